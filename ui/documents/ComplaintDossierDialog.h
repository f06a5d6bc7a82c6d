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

namespace pd::ui {

class EncryptChoice;
class MessageLabel;

// The same pages the CLI writes (ComplaintDossier); collecting verifies the whole audit chain.
class ComplaintDossierDialog final : public QDialog
{
    Q_OBJECT
public:
    ComplaintDossierDialog(const Session &session, const QString &caseNumber,
                           QWidget *parent = nullptr);

    void reload();
    const std::optional<ComplaintDossierContent> &content() const { return m_content; }
    QString message() const;
    QString status() const; // the verification line shown

    bool recordApReference();
    // Saving records the version on the request's trail.
    void setVersion(DossierVersion version);
    DossierVersion version() const;
    // When encrypted, the password is shown once (AnswerPasswordDialog).
    bool saveAsPdf(const QString &path);
    int printTo(QPagedPaintDevice *device) const;
    bool print();

private:
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
    QCheckBox *m_confirmNotBsn = nullptr;
    QComboBox *m_version = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_status = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    EncryptChoice *m_encrypt = nullptr;
};

// Non-modal; deletes itself.
ComplaintDossierDialog *showComplaintDossier(QWidget *parent, const Session &session,
                                             const QString &caseNumber);

} // namespace pd::ui
