#pragma once

class QWidget;

namespace pd::ui {

// Where the keyboard goes when a dialog opens: its first input (a line or text edit, a date or
// number field, a combo box), in tab order, that is visible and enabled. A dialog whose buttons
// were made before its fields (a base class that adds OK and Cancel) would otherwise open with
// the focus on a button, and the first space typed would press it (issue 17).
QWidget *firstInput(QWidget *dialog); // nullptr when the dialog has no input
void focusFirstInput(QWidget *dialog); // leaves the focus where it is when there is none

// A dialog (or wizard page) whose keyboard belongs elsewhere than its first input names that
// widget here, e.g. a list to choose from or the check box a confirmation starts with.
void setInitialFocus(QWidget *widget);
// Where the keyboard goes when dialog (a dialog or a wizard page) opens: the widget named with
// setInitialFocus if it is shown and enabled, else firstInput(dialog); nullptr for neither.
QWidget *initialFocus(QWidget *dialog);

// Installed once on the application (Application does it): every dialog opens with the
// keyboard in initialFocus() — unless the dialog put it on an input or list of its own choosing
// before it was shown — and every wizard page does so when it becomes current. One filter
// instead of a showEvent in every dialog, so that a new dialog, a QInputDialog or a QDialog put
// together in place cannot forget it. A dialog without any input keeps Qt's choice (its default
// button): never Cancel or a destructive button, which no dialog makes its default.
void watchDialogFocus();

} // namespace pd::ui
