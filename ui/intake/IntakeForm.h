#pragma once

#include "cases/CaseCodes.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QDialog;
class QFormLayout;
class QFrame;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;
class QWidget;

namespace pd {
class CaseService;
class Store;
struct Case;
struct NewCase;
struct ServiceError;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class PersonSearchWidget;

// What the intake dialogs (the phone intake, the officer's "Nieuw verzoek" and the person search
// they share) build their forms from, so that they look and behave the same.
namespace intake {

// The phone intake speaks of the caller, the officer's intake of the data subject.
enum class Wording { Caller, DataSubject };

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
// A wrapped note in the quiet style (a hint, why saving is not possible yet); no objectName
// when objectName is empty.
QLabel *quietNote(QWidget *parent, const QString &objectName = {});
// A button that Return does not press: Enter keeps going to the dialog's default button.
QPushButton *sideButton(QWidget *parent, const QString &objectName = {});
// A list of rows in columns, one chosen at a time: no tree lines, one height for every row, the
// columns as many as sizes, each sized as given there.
QTreeWidget *rowList(QWidget *parent, const QString &objectName,
                     const QList<QHeaderView::ResizeMode> &sizes);
// A QLabel in the form's title style.
QLabel *titleLabel(QWidget *parent);
// The light blue panel beside a form (the phone intake's script, the officer's originals),
// width pixels wide; its layout is the caller's.
QFrame *sidePanel(QWidget *page, const QString &objectName, int width);
// The bold title at the top of a side panel.
QLabel *panelTitle(QWidget *panel);
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

// What the phone intake and the officer's "Nieuw verzoek" are both built around, so that each
// exists once: the dialog's two pages (the form, and the result page a saved request shows),
// Ctrl+Enter to save, the title, the person search, the kinds of request, the description, the
// BSN guard over every stored free text with one "this is not a BSN" for them all, why saving is
// not possible yet, the last save's error, Cancel and Save, and the question before a filled-in
// form is thrown away. The dialog adds its own fields (guard() for a stored free text), lays the
// form out with the pieces below and words what is its own.
//
// Its words are the phone intake's, translated under the context they were written in
// (pd::ui::IntakeDialog) so that they keep their Dutch; "Nieuw verzoek" used the same texts.
class IntakeForm final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::IntakeDialog)
    Q_DISABLE_COPY_MOVE(IntakeForm)
public:
    struct Setup
    {
        intake::Wording wording = intake::Wording::Caller;
        // Ticked on an empty form: the phone intake ticks inzage, what almost every caller asks.
        QList<RequestType> defaultTypes;
        bool withSay = false; // the result page's line of what to tell the caller
        std::function<void()> save; // Save and Ctrl+Enter
        std::function<void()> next; // the result page's "next" button
        // What the dialog checks before the person and the request (translated), or empty.
        std::function<QString()> ownReason;
    };

    // Fills dialog with the two pages and creates the shared widgets on the form page.
    IntakeForm(QDialog *dialog, const Session &session, Setup setup);
    ~IntakeForm();

    QWidget *formPage() const;
    QWidget *resultPage() const;
    bool onForm() const;

    // A stored free text of the dialog's own under the BSN guard: its message (to lay out under
    // it, see intake::withMessage); typing in it validates.
    MessageLabel *guard(QWidget *widget, QString (*label)());

    // Layout: the kinds of request (three to a row, rowSpacing apart when >= 0) as the first
    // row of a form layout, to which the dialog adds its rows and then the description's.
    QFormLayout *requestRows(int rowSpacing = -1) const;
    void addDescriptionRow(QFormLayout *rows) const;
    // The bottom of the form's column: the confirmation, a stretch, why saving is not possible,
    // the error, and Cancel and Save (beside them on the left, when given, with the row's space).
    void addFooter(QVBoxLayout *column, QWidget *besideButtons) const;
    // The form's column on the left, the panel on the right.
    void setColumns(QVBoxLayout *column, QWidget *panel) const;
    // The keyboard path, top to bottom: before, the person, the kinds, between, the description,
    // the confirmation, beforeSave, Save and Cancel.
    void setTabOrder(const QList<QWidget *> &before, const QList<QWidget *> &between,
                     const QList<QWidget *> &beforeSave) const;

    // The shared words; the dialog sets its own after.
    void retranslateUi();
    // The BSN guard on every field, then whether the form can be saved: shows why not and
    // enables Save.
    void validate();
    // Why saving is not possible now (translated): the dialog's own reason, the person's, no
    // kind ticked, a number like a BSN not confirmed; empty when it is.
    QString invalidReason() const;
    // Something typed or chosen here that the empty form does not have.
    bool hasInput() const;
    // Whether the dialog may close: when filledIn, only once "Discard this request?" (question
    // and the button that keeps the form in the dialog's words) is answered with Discard.
    bool mayClose(bool filledIn, const QString &question, const QString &keep) const;

    QList<RequestType> checkedTypes() const;
    void setCheckedTypes(const QList<RequestType> &types);

    // The locked desk's draft (IntakeDrafts): the person, the kinds (codes) and the description,
    // field name → value; and back (the person searched again and chosen if still found).
    void writeDraft(QJsonObject *fields) const;
    void restoreDraft(const QJsonObject &fields);

    // After validate(), the request so far: the person chosen or new, the kinds, the description;
    // nothing when saving is not possible now. Clears the last save's error.
    std::optional<NewCase> request();
    // Saves the request (the confirmation as ticked); a refusal shows as the form's error, and
    // everything stays as it was for the user to correct.
    std::optional<Case> add(CaseService &cases, const NewCase &request);
    // The same through another way of saving (the privacy mailbox takes its message with the
    // request): save(request, the confirmation as ticked, error).
    using Saver = std::function<std::optional<Case>(const NewCase &, bool, ServiceError *)>;
    std::optional<Case> add(const Saver &save, const NewCase &request);
    // The saved request's number on the result page, which then shows with Close the default.
    void showResult(const QString &number);
    // Back to the empty form: no person, the default kinds, no description, no confirmation, no
    // error; validated and shown with Save the default.
    void clear();
    void showForm();

    // The widgets, for the dialog to lay out, word and read.
    QLabel *title = nullptr;
    PersonSearchWidget *person = nullptr;
    QLabel *typesLabel = nullptr;
    QList<QCheckBox *> types;
    QLabel *descriptionLabel = nullptr;
    QPlainTextEdit *description = nullptr;
    QCheckBox *notBsn = nullptr;
    QLabel *reason = nullptr;
    MessageLabel *error = nullptr;
    QPushButton *cancelButton = nullptr;
    QPushButton *saveButton = nullptr;
    intake::ResultPage result;

private:
    void buildRequest(QWidget *page);

    QDialog *m_dialog;
    Setup m_setup;
    QStackedWidget *m_pages;
    QWidget *m_form;
    QWidget *m_result;
    MessageLabel *m_descriptionMessage = nullptr;
    QList<intake::GuardedField> m_guarded; // the request's own fields (the person's guard its own)
};

} // namespace pd::ui
