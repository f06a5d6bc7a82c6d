#pragma once

#include <QCursor>
#include <QGuiApplication>

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

} // namespace pd::ui
