#pragma once

class QObject;
class QWidget;

namespace pd::ui {

// Alt+letter is a command, never text. Qt on Linux hands an Alt+letter that no enabled control
// takes to the focused field as the typed letter: an "o" at the end of a completed request's
// summary, in an AP reference or a phone intake. One application filter drops those keys in
// every text field. (watchDialogFocus gives every push button of a dialog an Alt-letter of its
// own, so that the key reaches a button instead: Qt's OK, Annuleren and Opslaan have none.)
void keepAltLettersOutOfText();

// A line, plain or rich text field that is not read-only: where a stray letter lands in what the
// user writes. Spin and combo boxes are left to the caller, which weighs them its own way.
bool isWritableText(const QObject *object);

// The buttons of window without an Alt-letter get the first letter of their text that no other
// control of the window uses (hidden ones included: they are shown when needed).
void giveButtonsAltLetters(QWidget *window);

} // namespace pd::ui
