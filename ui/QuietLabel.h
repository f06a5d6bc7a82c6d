#pragma once

class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace pd::ui {

// The disabled text colour made darker again: quieter than the form's labels, enough contrast.
void setQuiet(QWidget *widget);
QLabel *quietLabel(QWidget *parent);
// A dialog's bottom row: why its action is not possible yet (taking the room), then Cancel and
// the action, at the bottom of a reason that wraps.
QHBoxLayout *reasonAndButtons(QLabel *reason, QPushButton *cancel, QPushButton *action);

} // namespace pd::ui
