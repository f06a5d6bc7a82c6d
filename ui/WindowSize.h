#pragma once

#include <QSize>

class QWidget;

namespace pd::ui {

// Resizes a window or dialog to the size it wants, but never beyond this share of the screen it
// is on (its available area, without the task bar): at 1200×800 a 1000-pixel-high dialog would
// otherwise put its buttons below the screen.
void resizeWithinScreen(QWidget *window, QSize wanted, double share = 0.9);

} // namespace pd::ui
