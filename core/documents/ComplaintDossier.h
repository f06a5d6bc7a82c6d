#pragma once

#include "audit/AuditLog.h"
#include "cases/Case.h"
#include "cases/CaseService.h"
#include "cases/RestrictionDecision.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "print/EncryptedPdf.h"
#include "registers/Disclosures.h"
#include "registers/SystemChecklist.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "vera/VeraRepository.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace pd {

enum class DossierVersion {
    Complete,
    Complainant,
};

struct DossierMail
{
    QString fileName;
    QString subject;
    QString from; // the sender's address
    QString fromName; // the sender's name as the From header gives it ("Annelies Verbeek")
    QDateTime sent; // the Date header; invalid when absent
    QString text; // the text part
    QString problem; // why it could not be read (translated); then the rest is empty
};

struct ComplaintDossierContent
{
    DossierVersion version = DossierVersion::Complete;
    Case request;
    CaseDeadlines deadlines;
    OrganisationDetails organisation;
    QString apReference;
    QString preparedBy;
    QDateTime preparedAt; // UTC
    QList<AuditEvent> events; // the request's audit trail, in order
    QList<Attachment> attachments; // the request as received and other files kept, oldest first
    QList<DossierMail> mails; // the e-mails among the attachments (not destroyed), read
    QList<Letter> letters; // every letter recorded, oldest first
    QList<Disclosure> disclosures; // concerning the data subject, oldest first
    QList<PersonRestriction> restrictions;
    QList<RestrictionDecision> restrictionDecisions;
    QList<SystemCheck> systems;
    // The last search of the corporation's systems (VERA) for this request, if any: the
    // evidence of how they were searched (not what was found: that is the inzage report's).
    std::optional<VeraDiscoveryRecord> systemSearch;
    // An organisation's name is no third party's personal data wherever the dossier quotes it.
    QStringList recipientNames;
    // The subject's own wherever the dossier quotes them, never a third party's.
    QStringList formerNames;
    // Redacted in the inzage reports: kept from the complainant, marked in the complete version.
    QStringList redactedFragments;
    AuditLog::Verification verification;
    QHash<QString, QString> displayNames; // login → the user's name, for the people named

    QString nameOf(const QString &login) const;
    QString registeredBy() const;
    QString mandateCheckedBy() const;
    bool forComplainant() const { return version == DossierVersion::Complainant; }
};

// The dossier the AP asks for when a data subject complains about a request. One QTextDocument,
// so that the preview, the printer and the PDF are the same pages.
class ComplaintDossier final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ComplaintDossier)
public:
    explicit ComplaintDossier(const Session &session);

    // Empty removes it. Unchanged: true without an event.
    bool setApReference(const QString &caseNumber, const QString &reference, BsnCheck bsnCheck,
                        ServiceError *error);

    std::optional<ComplaintDossierContent> collect(const QString &caseNumber,
                                                   ServiceError *error) const;

    static QString documentTitle(const QString &caseNumber); // "AP complaint dossier AVG-…"
    static QString toHtml(const ComplaintDossierContent &content);
    static void fillDocument(QTextDocument *document, const ComplaintDossierContent &content);
    // Needs a QGuiApplication. A file that cannot be written records nothing; an event that
    // cannot be recorded leaves no file. Sealed: no plain copy on disk, and the generated password
    // is set once and never kept.
    struct Sealing
    {
        PasswordDelivery passwordBy = PasswordDelivery::Phone;
        QString *password = nullptr;
    };
    bool write(const ComplaintDossierContent &content, const OutputTarget &target,
               ServiceError *error, int *pages = nullptr, QString *sha256 = nullptr,
               const Sealing *sealing = nullptr) const;
    // False (nothing recorded) when it may not be recorded: the caller then cancels the job.
    struct Printed
    {
        QString printer;
        int job = 0;
        QString file;
        int pages = 0;
    };
    bool recordPrinted(const ComplaintDossierContent &content, const Printed &printed,
                       ServiceError *error) const;
    static QString versionCode(DossierVersion version); // "complete", "complainant"
    static QString versionLabel(DossierVersion version);

    // Groups of four joined by ':', so that no digit run can be taken for a BSN by the 11-proef.
    static QString formatHash(QByteArrayView hex);

private:
    bool readRedactedFragments(const QList<AuditEvent> &personEvents,
                               ComplaintDossierContent *content, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
