#pragma once

#include "documents/ComplaintDossier.h"
#include "documents/DocumentPreview.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPushButton;

namespace pd {
class Store;
}

namespace pd::ui {

class EncryptChoice;
class MessageLabel;

// The AP complaint dossier of one request: the AP's reference (recorded on the request, logged),
// whether the audit trail verifies, and "Print…" (straight to the print dialog),
// "Print preview…" or "Save as PDF…" of the same pages the CLI writes (ComplaintDossier).
// Collecting verifies the whole audit chain.
class ComplaintDossierDialog final : public QDialog
{
    Q_OBJECT
public:
    ComplaintDossierDialog(const Session &session, const QString &caseNumber,
                           QWidget *parent = nullptr);

    // Reads the request and verifies the audit chain again (after a change).
    void reload();
    const std::optional<ComplaintDossierContent> &content() const { return m_content; }
    QString message() const;
    QString status() const; // the verification line shown

    // Records the AP reference typed (what "Record" does); false: the reason is shown.
    bool recordApReference();
    // Which version the preview and the PDF show: the complete one for the AP or
    // the one for the complainant. Saving records it on the request's trail.
    void setVersion(DossierVersion version);
    DossierVersion version() const;
    // Encrypted when "Encrypted" is ticked (with how the password goes): the password is then
    // shown once (AnswerPasswordDialog).
    bool saveAsPdf(const QString &path);
    int printTo(QPagedPaintDevice *device) const;
    // "Print…" (Ctrl+P): the print dialog at once; what happened is shown inline. False when
    // nothing was printed.
    bool print();

private:
    // The constructor's parts, in this order.
    void setUpFields();
    void layOut();
    void connectControls();
    void showDossier();
    DocumentPreview::Document document() const;
    DocumentPreview::PrintedHandler recordPrinted();
    void preview();
    void askAndSave();

    const Session m_session;
    QString m_number;
    bool m_mayRecord = false; // the role may record the AP reference (ProduceDocuments)
    std::optional<ComplaintDossierContent> m_content;
    QLineEdit *m_reference = nullptr;
    QCheckBox *m_bsnOverride = nullptr;
    QComboBox *m_version = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_status = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    // "Save as PDF" writes it encrypted, the password shown once.
    EncryptChoice *m_encrypt = nullptr;
};

// Opens the dossier dialog for a request (non-modal, deletes itself): what the lead hooks to
// the case detail's "AP complaint dossier…" action.
ComplaintDossierDialog *showComplaintDossier(QWidget *parent, const Session &session,
                                             const QString &caseNumber);

} // namespace pd::ui
