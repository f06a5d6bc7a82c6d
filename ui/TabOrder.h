#pragma once

#include <QList>

class QWidget;

namespace pd::ui {

// Tab goes from each widget of order to the next (a compound widget, a combo box or a table,
// moves as one with the widgets inside it).
void chainTabOrder(const QList<QWidget *> &order);

// The widgets Tab stops at inside container, in the order its layouts draw them: boxes in
// their order, a grid row by row, a form label before field; a widget that takes focus counts
// as one stop, a widget without a layout of its own (a scroll area, a splitter) as one block.
QList<QWidget *> inLayoutOrder(QWidget *container);

// Tab follows the page as drawn. Called again after the page added widgets (new widgets join
// the window's tab chain at its end, wherever they are drawn).
void followLayout(QWidget *container);

} // namespace pd::ui
