#pragma once

#include <QLineEdit>

class QAction;

namespace pd::ui {

// A password field with a show/hide action at its trailing edge. Hidden by default; the text
// is only ever taken out through takePassword()-style code in the dialogs, which wipes it.
class PasswordLineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

    // Zeroes the field's own text buffer in place (wipeSharedBuffer) and empties the field.
    // Best effort: a revealed password was also copied into the text layout, and the typing
    // history of QLineEdit's private control is freed without wiping.
    void clearSecret();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRevealAction();

    QAction *m_revealAction;
};

} // namespace pd::ui
