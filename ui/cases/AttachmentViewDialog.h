#pragma once

#include "cases/Case.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>
#include <QString>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace pd {
class Store;
struct MailMessage;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class PdfView;

// One file kept with a request, read-only. An e-mail is shown as text (its headers, its body,
// the names of the files attached to it) in a plain-text view: nothing in it is run, loaded
// or followed. A PDF is shown inside (PdfView, from memory), with what the officer
// must check by eye (a scan without a text layer). Privacydesk does not render images or other
// files itself; "Open outside Privacydesk…" (for a PDF the second choice) saves a copy where
// the officer chooses, after a warning that the copy leaves the encrypted store, and hands it
// to the system's viewer. "Save as…" writes a copy through
// AttachmentService::saveCopy (recorded; never over a file without the save dialog's
// confirmation). A file that cannot be read (or no longer matches its fingerprint) shows why.
class AttachmentViewDialog final : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewDialog(const Session &session, const Attachment &attachment,
                         QWidget *parent = nullptr);
    ~AttachmentViewDialog() override;

    bool isLoaded() const { return m_loaded; }
    // The e-mail's subject and text as shown (empty for other files).
    QString mailSubject() const;
    QString mailText() const;
    QString message() const;
    // The PDF shown inside (nullptr for other files), and what the checks could not read.
    PdfView *pdfView() const { return m_pdf; }
    QString textNotice() const;

    // A copy at path (overwrite only after the file dialog asked); false with message() set.
    bool saveCopyTo(const QString &path, bool overwrite);

public Q_SLOTS:
    void saveAs();
    void openOutside();

private:
    // A row of the details: the label and its value as selectable text.
    QLabel *addDetailRow(const QString &label, const QString &value);
    void showMail(const MailMessage &mail, QVBoxLayout *layout);
    // read: the content could be read.
    void showFile(bool read, QVBoxLayout *layout);
    void showPdf(const QByteArray &content, QVBoxLayout *layout);
    QString askTarget(const QString &caption, const QString &folder);

    const Session m_session;
    Attachment m_attachment;
    bool m_loaded = false;

    QFormLayout *m_details = nullptr;
    QLabel *m_subject = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_parts = nullptr;
    PdfView *m_pdf = nullptr;
    MessageLabel *m_textNotice = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace pd::ui
