#pragma once

#include <QFrame>

class QLabel;

namespace pd::ui {

// The yellow band that marks a demo store wherever it is open. It says "DEMO — fictitious
// data" in words with a warning icon, so that it does not depend on colour to be understood.
class DemoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
};

} // namespace pd::ui
