#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace pd::ui {

// The application's wait cursor for as long as a synchronous piece of work holds the GUI thread
// (a key slot written, a backup copied, a dossier collected); restored on every way out.
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

} // namespace pd::ui
