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
struct MailMessage;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class PdfView;

// Read-only: an e-mail is shown as plain text, nothing in it run, loaded or followed; a PDF is
// drawn from memory (PdfView). Privacydesk renders no other files itself; opening one outside
// saves a copy after warning that it leaves the encrypted store.
class AttachmentViewDialog final : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewDialog(const Session &session, const Attachment &attachment,
                         QWidget *parent = nullptr);
    ~AttachmentViewDialog() override;

    bool isLoaded() const { return m_loaded; }
    // Empty for a file that is no e-mail.
    QString mailSubject() const;
    QString mailText() const;
    QString message() const;
    // nullptr for a file that is no PDF.
    PdfView *pdfView() const { return m_pdf; }
    QString textNotice() const;

    // Overwrites only after the file dialog asked; false with message() set.
    bool saveCopyTo(const QString &path, bool overwrite);

public Q_SLOTS:
    void saveAs();
    void openOutside();

private:
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
