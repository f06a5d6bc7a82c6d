#pragma once

#include <QLineEdit>

class QAction;

namespace pd::ui {

// Hidden by default; the dialogs take the text out only through code that wipes it.
class PasswordLineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

    // Best effort: a revealed password was also copied into the text layout, and QLineEdit's typing
    // history is freed without wiping.
    void clearSecret();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRevealAction();

    QAction *m_revealAction;
};

} // namespace pd::ui
