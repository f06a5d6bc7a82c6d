#pragma once

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace pd::ui {

// The disabled text colour made darker again: quieter than the form's labels, enough contrast.
void setQuiet(QWidget *widget);
QLabel *quietLabel(QWidget *parent);
// A dialog's bottom row: why its action is not possible yet (taking the room), then Cancel and
// the action, at the bottom of a reason that wraps.
QHBoxLayout *reasonAndButtons(QLabel *reason, QPushButton *cancel, QPushButton *action);
// The one column of the store's own dialogs (unlock, backup, restore, users), top to bottom.
QVBoxLayout *dialogColumn(QWidget *dialog);
// The head of the welcome and unlock dialogs: the application's logo, size pixels square, beside a
// title with a line below it.
QGridLayout *logoHeader(QWidget *dialog, int size, QWidget *title, QWidget *below, int spacing);
// Below such a dialog's fields: its message and busy line, the room left, then the bottom row.
void addMessageAndButtons(QVBoxLayout *column, QWidget *message, QWidget *busyLine,
                          QLayout *buttons);

} // namespace pd::ui
