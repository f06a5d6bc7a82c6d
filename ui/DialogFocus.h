#pragma once

class QWidget;

namespace pd::ui {

// Where the keyboard goes when a dialog opens: its first input (a line or text edit, a date or
// number field, a combo box), in tab order, that is visible and enabled. A dialog whose buttons
// were made before its fields (a base class that adds OK and Cancel) would otherwise open with
// the focus on a button, and the first space typed would press it (issue 17).
QWidget *firstInput(QWidget *dialog); // nullptr when the dialog has no input
void focusFirstInput(QWidget *dialog); // leaves the focus where it is when there is none

} // namespace pd::ui
