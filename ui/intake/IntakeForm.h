#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QKeyEvent;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace pd::ui {

class MessageLabel;

// What the intake dialogs (the phone intake, the officer's "Nieuw verzoek" and the person search
// they share) build their forms from, so that they look and behave the same.
namespace intake {

// A stored free-text field and the BSN guard's message under it.
struct GuardedField
{
    QWidget *widget = nullptr;
    MessageLabel *message = nullptr;
    QString (*label)() = nullptr; // the field's name in the message, translated when shown
};

// A form label, left-aligned, that gets its buddy later.
QLabel *buddyLabel(QWidget *parent);
// A field with its BSN message right under it; the message takes no space while hidden.
QVBoxLayout *withMessage(QWidget *field, MessageLabel *message);
// Return or Enter without Ctrl, Shift or Alt (the keypad's Enter counts).
bool isPlainReturn(const QKeyEvent *key);
// The text of a QLineEdit or QPlainTextEdit, else empty.
QString fieldText(const QWidget *widget);
// Runs the BSN guard on each field and shows its message under the field. Returns whether any
// field holds a number that passes the 11-proef, so that the dialog asks for "this is not a
// BSN" before it saves.
bool guardFields(const QList<GuardedField> &fields);
// Calls changed (in receiver's context) whenever the text of one of the fields changes.
void onEdited(const QList<GuardedField> &fields, QObject *receiver,
              const std::function<void()> &changed);
// A QLabel in the form's title style.
QLabel *titleLabel(QWidget *parent);
// The big, selectable case number of a result page.
QLabel *caseNumberLabel(QWidget *parent);

// The page a saved intake shows: a card with the title, the big case number, optionally a line
// to say to the caller, the deadline in large type and the details, and under it "next" (the
// next call or request) and "close". Laid out on page; texts and connections are the dialog's.
struct ResultPage
{
    QLabel *title = nullptr;
    QLabel *number = nullptr; // objectName resultNumber
    QLabel *say = nullptr; // only withSay
    QLabel *deadline = nullptr; // objectName resultDeadline
    QLabel *details = nullptr; // objectName resultDetails
    QPushButton *next = nullptr;
    QPushButton *close = nullptr; // objectName closeButton, the default
};
ResultPage buildResultPage(QWidget *page, bool withSay);

} // namespace intake

} // namespace pd::ui
