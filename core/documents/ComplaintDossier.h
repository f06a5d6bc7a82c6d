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

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace pd {

class Store;

// Which dossier: the complete one for the AP, with the parts the complainant may not
// see marked "niet aan klager verstrekken", or the version for the complainant without them
// (the AP usually shares the controller's answer with the complainant).
enum class DossierVersion {
    Complete,
    Complainant,
};

// The e-mail the request came in as (a stored .eml or Outlook .msg, read with core/mail): what the
// tenant wrote.
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

// Everything the dossier of one request shows, read from the store at one moment.
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
    // The data subject's restrictions of processing (art. 18), in force first, and what each
    // under a or d waits for or that its request was decided.
    QList<PersonRestriction> restrictions;
    QList<RestrictionDecision> restrictionDecisions;
    // The systems searched for an inzage, erasure or rectification (empty for
    // another request), ticked or not.
    QList<SystemCheck> systems;
    // The names of the recipients in the catalogue, archived too: an organisation's name is no
    // third party's personal data wherever the dossier quotes it.
    QStringList recipientNames;
    // The data subject's names before a correction (ieder1: a rectified surname): their
    // own wherever the dossier quotes them, never a third party's (PersonReport::formerNamesIn).
    QStringList formerNames;
    // What the officer redacted in the person's inzage reports (the findings whose ids a
    // person.exported event records as redacted, as they stand now): kept from the complainant
    // wherever the dossier quotes them, marked in the complete version.
    QStringList redactedFragments;
    // Of the chain from its verified checkpoint on and of the request's own events,
    // when the dossier was made.
    AuditLog::Verification verification;
    QHash<QString, QString> displayNames; // login → the user's name, for the people named

    // The name of the user with this login ("Jan de Vries"); the login when no name is known.
    QString nameOf(const QString &login) const;
    // Who entered the request in Privacydesk: the actor of its case.created event.
    QString registeredBy() const;
    // Who recorded that the representative's mandate was received: the actor of the
    // last case.mandate_received event, or of case.created when it came with the request.
    QString mandateCheckedBy() const;
    bool forComplainant() const { return version == DossierVersion::Complainant; }
};

// The dossier the Autoriteit Persoonsgegevens asks for when a data subject complains about a
// request (domain.md, "Complaints to the Autoriteit Persoonsgegevens"): a cover page, a summary
// of receipt, identification, deadlines and whether they were met, extension, completion and
// outcome; the full chronology from the audit trail; the letters sent (full text as
// appendices); the disclosures concerning the person; and a closing statement that the
// chronology is complete and unaltered with the verified position of the audit chain — or a
// warning when the chain does not verify. One QTextDocument, so that the GUI's print preview,
// the printer and the CLI's PDF are the same pages (PrintedDocument: A4, "Vertrouwelijk" and
// "pagina X van Y" on every page). Never a BSN: every text in it passed the BSN guard when it
// was stored, and hashes are printed so that no run of more than four digits occurs.
class ComplaintDossier final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ComplaintDossier)
public:
    explicit ComplaintDossier(const Session &session);

    // Reading the dossier or its AP reference needs Permission::ViewRegisters ("dossier.read").
    // The AP's reference of the complaint about this request; empty when not known, or with a
    // Storage *error when it could not be read.
    QString apReference(const QString &caseNumber, ServiceError *error = nullptr) const;
    // Records (or, empty, removes) the AP reference: BSN-guarded, audited as case.ap_reference
    // on the request. Unchanged: true without an event.
    bool setApReference(const QString &caseNumber, const QString &reference, bool bsnOverride,
                        ServiceError *error);

    // Reads the request and verifies the whole audit chain (so it takes as long as
    // AuditLog::verify()). NotFound for an unknown request.
    std::optional<ComplaintDossierContent> collect(const QString &caseNumber,
                                                   ServiceError *error) const;

    static QString documentTitle(const QString &caseNumber); // "AP complaint dossier AVG-…"
    static QString toHtml(const ComplaintDossierContent &content);
    // A document ready for PrintedDocument::paint().
    static void fillDocument(QTextDocument *document, const ComplaintDossierContent &content);
    // collect() and write(): an A4 PDF at path, recorded. Needs a QGuiApplication.
    bool writePdf(const QString &caseNumber, const OutputTarget &target, ServiceError *error,
                  int *pages = nullptr, DossierVersion version = DossierVersion::Complete) const;
    // The dossier of content (in its version) as an A4 PDF at target, and that it was made
    // recorded on the request's trail in the same unit: "case.dossier_made" with the
    // version ("complete" or "complainant"), the pages and the PDF's SHA-256 (*sha256). Needs
    // Permission::ViewRegisters, as reading it does. A file that cannot be written records
    // nothing; an event that cannot be recorded leaves no file.
    // With sealing the PDF is written encrypted (EncryptedPdf: PDF 2.0, AES-256; no
    // plain copy on disk), *sealing->password set once to the generated password (never kept)
    // and the event says so: "encrypted": true and "password_by" (the code).
    struct Sealing
    {
        PasswordDelivery passwordBy = PasswordDelivery::Phone;
        QString *password = nullptr;
    };
    bool write(const ComplaintDossierContent &content, const OutputTarget &target,
               ServiceError *error, int *pages = nullptr, QString *sha256 = nullptr,
               const Sealing *sealing = nullptr) const;
    // A dossier printed from the desk: "case.dossier_printed" on the request's trail
    // with the version, the pages and either the CUPS queue and job or, printed to a file, the
    // file's SHA-256. False (nothing recorded) when it may not be recorded; the caller then
    // cancels the job.
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
    // The label shown in the desk and in the document (translated).
    static QString versionLabel(DossierVersion version);

    // A SHA-256 in hex as printed: groups of four joined by ':', so that no digit run in it can
    // be mistaken for a BSN by a reader's or a scanner's 11-proef.
    static QString formatHash(QByteArrayView hex);

private:
    // content->redactedFragments from the person's trail: the findings of the person's review
    // that an export recorded as redacted (person.exported "redacted_ids"). False with *error
    // when the report or its review could not be read.
    bool readRedactedFragments(const QList<AuditEvent> &personEvents,
                               ComplaintDossierContent *content, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
