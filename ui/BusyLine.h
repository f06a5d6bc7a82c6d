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

private:
    QLabel *m_text;
    QProgressBar *m_bar;
};

} // namespace pd::ui
