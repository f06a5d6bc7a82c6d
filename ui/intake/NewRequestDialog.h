#pragma once

#include "Retranslated.h"
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
class QPushButton;
class QTimeEdit;
class QTreeWidget;

namespace pd::ui {

class MessageLabel;
class RepresentativeRows;

// The privacy officer's intake from every channel, often days after the request arrived; the
// time of receipt only when known (Dutch time). The originals are read into memory only and kept
// in the store with the request, in one transaction (CaseService::add).
class NewRequestDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    enum class Page { Form, Result };

    explicit NewRequestDialog(const Session &session, QWidget *parent = nullptr);
    ~NewRequestDialog() override;

    Page page() const;
    QString invalidReason() const;
    bool hasInput() const;
    QString createdNumber() const { return m_createdNumber; }
    QList<NewAttachment> files() const;
    QString fileMessage() const;
    // What the officer must check by eye (a scan without a text layer).
    QString fileNotice() const;
    void setSaver(IntakeForm::Saver saver) { m_saver = std::move(saver); }

    // The files are not in the draft, only their names, to be added again.
    QJsonObject draftFields() const;
    void restoreDraft(const QJsonObject &fields, const QDateTime &savedAt);
    void draftUnreadable(const QString &why);

public Q_SLOTS:
    // Checks each file (size, identity document); the first e-mail fills the form.
    int addFiles(const QStringList &paths);
    // Checked and listed as a file is; false when it was not added.
    bool addOriginal(const NewAttachment &file);
    void chooseFiles();
    void save();
    void startNew();
    void reject() override;

Q_SIGNALS:
    void caseCreated(const QString &number);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm(QWidget *page);
    QGridLayout *buildReceipt(QWidget *page);
    void fillReceivedBy();
    QFrame *buildOriginals(QWidget *page);
    void connectOriginals();
    void retranslateUi() override;
    QString receiptReason() const;
    void validate();
    void updateDeadline();
    void updateFiles();
    void fillFromMail(const MailMessage &mail);
    bool keep(std::optional<PickedFile> picked);
    QDateTime receivedAt() const;
    QDate today() const;

    const Session m_session;
    QString m_actingLogin;
    std::optional<DeadlinePolicy> m_policy; // nothing: it could not be read (read again)
    QList<PickedFile> m_files;
    QString m_createdNumber;
    IntakeForm::Saver m_saver; // empty: CaseService::add
    // Kept to the second while the officer leaves the filled date and time.
    QDateTime m_mailReceivedAt;
    QStringList m_filledFields;
    std::unique_ptr<IntakeForm> m_form; // the pages, the data subject and what both intakes ask

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

    std::optional<Case> m_created;
    std::optional<CaseDeadlines> m_createdDeadlines; // nothing: could not be read
};

} // namespace pd::ui
