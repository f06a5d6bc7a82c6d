#pragma once

class QWidget;

namespace pd::ui {

// Where the keyboard goes when a dialog opens: its first input (a line or text edit, a date or
// number field, a combo box), in tab order, that is visible and enabled. A dialog whose buttons
// were made before its fields (a base class that adds OK and Cancel) would otherwise open with
// the focus on a button, and the first space typed would press it.
QWidget *firstInput(QWidget *dialog); // nullptr when the dialog has no input
void focusFirstInput(QWidget *dialog); // leaves the focus where it is when there is none

// Installed once on the application (Application does it): every dialog opens with the
// keyboard in its first input — unless the dialog put it on an input, list or check box of its
// own choosing before it was shown, or does so in its showEvent — and every wizard page does
// so when it becomes current. One filter
// instead of a showEvent in every dialog, so that a new dialog, a QInputDialog or a QDialog put
// together in place cannot forget it. A dialog without any input keeps Qt's choice (its default
// button): never Cancel or a destructive button, which no dialog makes its default.
void watchDialogFocus();

} // namespace pd::ui
