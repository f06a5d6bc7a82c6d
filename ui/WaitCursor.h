#pragma once

#include <QCursor>
#include <QGuiApplication>
#include <QWidget>

namespace pd::ui {

class WaitCursor final
{
public:
    explicit WaitCursor(Qt::CursorShape shape = Qt::WaitCursor)
    {
        QGuiApplication::setOverrideCursor(shape);
    }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// For work that lets the event loop run (a worker thread, a queued step): only this widget shows
// that it is busy, where an override cursor would stand over every window of the desk.
inline void showBusyCursor(QWidget *widget, bool busy)
{
    if (busy)
        widget->setCursor(Qt::BusyCursor);
    else
        widget->unsetCursor();
}

} // namespace pd::ui
