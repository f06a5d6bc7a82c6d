#pragma once

#include "cases/AttachmentReader.h"
#include "cases/Case.h"
#include "intake/IntakeForm.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;
class QTreeWidget;

namespace pd {
class Clock;
class Store;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class RepresentativeRows;

// "Nieuw verzoek": the privacy officer registers a request that arrived by any channel (e-mail,
// letter, web form, counter, telephone, representative, forwarded by the AP), often days after
// it arrived. The date of receipt is required and never in the future; the time only when it is
// known (Dutch time: a request has no moment of receipt otherwise, see NewCase::receivedAt).
// The deadline preview follows the date as it is typed. The data subject is found with the
// phone intake's own search (PersonSearchWidget). The original — the e-mail, the letter's scan,
// a mandate — is dropped on the dialog or added with "Add file…", read into memory only and
// kept inside the store with the request, in one transaction (CaseService::add). An e-mail
// fills the channel, the date and time of receipt, the sender and the subject, and says so under
// the files; the officer checks them before saving. Every stored free text is BSN-guarded as it is
// typed.
//
// From the keyboard: Tab through the form, Ctrl+Enter (or Enter on the default button) saves,
// Escape asks before it throws a filled-in form away.
class NewRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Form, Result };

    explicit NewRequestDialog(const Session &session, QWidget *parent = nullptr);
    ~NewRequestDialog() override;

    Page page() const;
    // Why saving is not possible now (translated), or empty.
    QString invalidReason() const;
    bool hasInput() const;
    QString createdNumber() const { return m_createdNumber; }
    // The files that will be kept with the request, in the list's order.
    QList<NewAttachment> files() const;
    // The last message about a file that was not added (translated), or empty.
    QString fileMessage() const;
    // What the officer must check by eye in the files kept (a scan without a text layer).
    QString fileNotice() const;
    // How the request is saved instead of CaseService::add: the privacy mailbox takes its
    // message with the request (MailboxWindow).
    void setSaver(IntakeForm::Saver saver) { m_saver = std::move(saver); }

    // The locked desk (as the phone intake): the form as a draft, field
    // name → value (codes, not labels), for IntakeDrafts; empty when there is nothing to keep.
    // The files are not kept in it, only their names, to be added again.
    QJsonObject draftFields() const;
    // Fills the form from a draft and says above the buttons that it was restored, and which
    // files to add again.
    void restoreDraft(const QJsonObject &fields, const QDateTime &savedAt);
    // A draft kept when the desk locked could not be read (why, translated): said on the form.
    void draftUnreadable(const QString &why);

public Q_SLOTS:
    // Reads and checks each file (size, identity document) and lists the ones kept; the first
    // e-mail fills the form. Returns how many were added.
    int addFiles(const QStringList &paths);
    // An original already in memory (the privacy mailbox's message), checked and
    // listed as a file is; an e-mail fills the form. False when it was not added.
    bool addOriginal(const NewAttachment &file);
    // "Add file…": the file dialog, then addFiles().
    void chooseFiles();
    void save();
    // An empty form for the next request.
    void startNew();
    void reject() override;

Q_SIGNALS:
    void caseCreated(const QString &number);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm(QWidget *page);
    // The channel, the moment of receipt with the deadline it gives, who received it, the
    // representative and the mandate.
    QGridLayout *buildReceipt(QWidget *page);
    void fillReceivedBy();
    // The panel of the originals beside the form.
    QFrame *buildOriginals(QWidget *page);
    void connectOriginals();
    void retranslateUi();
    // What this dialog asks before the person and the request (IntakeForm::Setup::ownReason).
    QString receiptReason() const;
    void validate();
    void updateDeadline();
    void updateFiles();
    void fillFromMail(const MailMessage &mail);
    // Lists a file read and checked; the first e-mail fills the form. False: none.
    bool keep(std::optional<PickedFile> picked);
    QDateTime receivedAt() const;
    QDate today() const;

    const Session m_session;
    QString m_actingLogin;
    std::optional<DeadlinePolicy> m_policy; // nothing: it could not be read (read again)
    QList<PickedFile> m_files;
    QString m_createdNumber;
    IntakeForm::Saver m_saver; // empty: CaseService::add
    // The Date of the e-mail the form was filled from: kept to the second when the officer
    // leaves the date and time as filled.
    QDateTime m_mailReceivedAt;
    QStringList m_filledFields;
    std::unique_ptr<IntakeForm> m_form; // the pages, the data subject and what both intakes ask

    // Form page: what only the officer's intake asks
    MessageLabel *m_filled = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_receivedLabel = nullptr;
    QDateEdit *m_received = nullptr;
    QCheckBox *m_timeKnown = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_deadline = nullptr;
    MessageLabel *m_dateMessage = nullptr; // why a date of receipt cannot be
    QLabel *m_receivedByLabel = nullptr;
    QComboBox *m_receivedBy = nullptr;
    std::unique_ptr<RepresentativeRows> m_representative;

    // The originals panel
    QLabel *m_filesTitle = nullptr;
    QLabel *m_filesHint = nullptr;
    QTreeWidget *m_fileList = nullptr;
    QLabel *m_dropZone = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_removeFile = nullptr;
    QPushButton *m_addFile = nullptr;
    MessageLabel *m_fileMessage = nullptr;
    MessageLabel *m_fileNotice = nullptr;
    QLabel *m_filesNote = nullptr;

    // Result page
    std::optional<Case> m_created;
    std::optional<CaseDeadlines> m_createdDeadlines; // nothing: could not be read
};

} // namespace pd::ui
