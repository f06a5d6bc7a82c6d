#pragma once

class QWidget;

namespace pd::ui {

// The first visible, enabled input in tab order: a dialog whose buttons were made before its
// fields would otherwise open on a button, and the first space typed would press it.
QWidget *firstInput(QWidget *dialog); // nullptr when the dialog has no input
void focusFirstInput(QWidget *dialog); // leaves the focus where it is when there is none

// One application filter instead of a showEvent per dialog, so that no dialog can forget it. A
// dialog that chose its own focus keeps it; one without any input keeps Qt's choice. Its push
// buttons without an Alt-letter get one (giveButtonsAltLetters), on every page of a wizard.
void watchDialogFocus();

} // namespace pd::ui
