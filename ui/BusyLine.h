#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pd::ui {

// What a dialog is doing ("Unlocking… this takes a few seconds.") with a bar that only says it is
// busy, for work whose length is unknown. Hidden until the dialog shows it.
class BusyLine final : public QWidget
{
    Q_OBJECT
public:
    explicit BusyLine(QWidget *parent = nullptr);

    void setText(const QString &text);
    // While the dialog works the line stands where the reason its action is not possible stood.
    void showInPlaceOf(QWidget *reason, bool busy);

private:
    QLabel *m_text;
    QProgressBar *m_bar;
};

} // namespace pd::ui
