#include "WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace pd::ui {

void resizeWithinScreen(QWidget *window, QSize wanted, double share)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        wanted = wanted.boundedTo(screen->availableSize() * share);
    window->resize(wanted);
}

} // namespace pd::ui
