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
struct Case;
struct NewCase;
struct ServiceError;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class PersonSearchWidget;

// Shared by the phone intake and "Nieuw verzoek", so that they look and behave the same.
namespace intake {

enum class Wording { Caller, DataSubject };

struct GuardedField
{
    QWidget *widget = nullptr;
    MessageLabel *message = nullptr;
    QString (*label)() = nullptr; // the field's name in the message, translated when shown
};

QLabel *buddyLabel(QWidget *parent);
// The message takes no space while hidden.
QVBoxLayout *withMessage(QWidget *field, MessageLabel *message);
// Without Ctrl, Shift or Alt; the keypad's Enter counts.
bool isPlainReturn(const QKeyEvent *key);
QString fieldText(const QWidget *widget);
// Whether any field holds a number that passes the 11-proef: then the dialog asks for "this is
// not a BSN" before it saves.
bool guardFields(const QList<GuardedField> &fields);
void onEdited(const QList<GuardedField> &fields, QObject *receiver,
              const std::function<void()> &changed);
QLabel *quietNote(QWidget *parent, const QString &objectName = {});
// Return does not press it: Enter keeps going to the dialog's default button.
QPushButton *sideButton(QWidget *parent, const QString &objectName = {});
QTreeWidget *rowList(QWidget *parent, const QString &objectName,
                     const QList<QHeaderView::ResizeMode> &sizes);
QLabel *titleLabel(QWidget *parent);
// Its layout is the caller's.
QFrame *sidePanel(QWidget *page, const QString &objectName, int width);
QLabel *panelTitle(QWidget *panel);
QLabel *caseNumberLabel(QWidget *parent);

// Laid out on page; texts and connections are the dialog's.
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

// What both intake dialogs are built around, so that each piece exists once; the dialog adds its
// own fields (guard() for a stored free text). Translated under pd::ui::IntakeDialog, the context
// its words were written in, so that they keep their Dutch.
class IntakeForm final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::IntakeDialog)
    Q_DISABLE_COPY_MOVE(IntakeForm)
public:
    struct Setup
    {
        intake::Wording wording = intake::Wording::Caller;
        // Ticked on an empty form (the phone intake: inzage, what almost every caller asks).
        QList<RequestType> defaultTypes;
        bool withSay = false; // the result page's line of what to tell the caller
        std::function<void()> save; // Save and Ctrl+Enter
        std::function<void()> next; // the result page's "next" button
        // Checked before the person and the request (translated); empty: fine.
        std::function<QString()> ownReason;
    };

    IntakeForm(QDialog *dialog, const Session &session, Setup setup);
    ~IntakeForm();

    QWidget *formPage() const;
    QWidget *resultPage() const;
    bool onForm() const;

    // Typing in it validates; lay its message out under it (intake::withMessage).
    MessageLabel *guard(QWidget *widget, QString (*label)());

    // The first row of a form layout, three kinds to a row; the dialog adds its rows after.
    QFormLayout *requestRows(int rowSpacing = -1) const;
    void addDescriptionRow(QFormLayout *rows) const;
    void addFooter(QVBoxLayout *column, QWidget *besideButtons) const;
    void setColumns(QVBoxLayout *column, QWidget *panel) const;
    // before, the person, the kinds, between, the description, beforeSave, Save and Cancel.
    void setTabOrder(const QList<QWidget *> &before, const QList<QWidget *> &between,
                     const QList<QWidget *> &beforeSave) const;

    // The dialog sets its own words after.
    void retranslateUi();
    void validate();
    // Translated; empty when saving is possible.
    QString invalidReason() const;
    bool hasInput() const;
    // When filledIn, only once "Discard this request?" is answered with Discard.
    bool mayClose(bool filledIn, const QString &question, const QString &keep) const;

    QList<RequestType> checkedTypes() const;
    void setCheckedTypes(const QList<RequestType> &types);

    // The locked desk's draft (IntakeDrafts); restoring chooses the person again if still found.
    void writeDraft(QJsonObject *fields) const;
    void restoreDraft(const QJsonObject &fields);

    // After validate(); nothing when saving is not possible now. Clears the last save's error.
    std::optional<NewCase> request();
    // A refusal shows as the form's error, and everything stays for the user to correct.
    std::optional<Case> add(CaseService &cases, const NewCase &request);
    // The privacy mailbox saves its message with the request: save(request, notBsn, error).
    using Saver = std::function<std::optional<Case>(const NewCase &, BsnCheck, ServiceError *)>;
    std::optional<Case> add(const Saver &save, const NewCase &request);
    void showResult(const QString &number);
    void clear();
    void showForm();

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
