// The complaint dossier's data: the AP's reference kept with the request, and everything the
// dossier shows, read at one moment. The document itself: ComplaintDossierDocument.cpp.
#include "documents/ComplaintDossier.h"

#include "cases/Attachments.h"
#include "cases/CaseRepository.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "print/PrintedDocument.h"
#include "registers/Recipients.h"
#include "retention/Restrictions.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "util/Clock.h"
#include "util/OutputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace pd {

namespace {

// The data subject's restrictions of processing and what each under a or d waits for.
bool readRestrictions(const Session &session, const CaseService &cases,
                      ComplaintDossierContent *content, ServiceError *error)
{
    const qint64 person = content->request.person.id;
    const auto restrictions = RestrictionService(session).ofPerson(person, error);
    if (!restrictions)
        return false;
    content->restrictions = *restrictions;
    const auto decisions = RestrictionDecisions::of(cases, session.store().database(), person,
                                                    content->restrictions, error);
    if (!decisions)
        return false;
    content->restrictionDecisions = *decisions;
    return true;
}

const QString caseEntity = QStringLiteral("case");

// The e-mails kept with the request, read: the dossier shows what the tenant wrote,
// not only a file name and a hash. A file that cannot be read as an e-mail says why; a file
// that cannot be read from the store stops the dossier (*error).
std::optional<QList<DossierMail>> readMails(const AttachmentService &files,
                                            const QString &caseNumber,
                                            const QList<Attachment> &attachments,
                                            ServiceError *error)
{
    QList<DossierMail> mails;
    for (const Attachment &file : attachments) {
        if (!file.isMail() || file.isDestroyed())
            continue;
        const std::optional<QByteArray> bytes = files.content(caseNumber, file.id, error);
        if (!bytes)
            return std::nullopt;
        DossierMail mail;
        mail.fileName = file.name;
        QString why;
        if (const std::optional<MailMessage> message
            = AttachmentService::readMail(file.name, *bytes, &why)) {
            mail.subject = message->subject;
            mail.from = message->from.address;
            mail.fromName = message->from.name.simplified();
            mail.sent = message->date;
            mail.text = message->text.trimmed();
        } else {
            mail.problem
                = ComplaintDossier::tr("The file could not be read as an e-mail: %1").arg(why);
        }
        mails << mail;
    }
    return mails;
}

} // namespace

QString ComplaintDossierContent::nameOf(const QString &login) const
{
    const QString name = displayNames.value(login).trimmed();
    return name.isEmpty() ? login : name;
}

QString ComplaintDossierContent::registeredBy() const
{
    for (const AuditEvent &event : events) {
        if (event.action == QLatin1StringView("case.created"))
            return event.actor;
    }
    return {};
}

QString ComplaintDossierContent::mandateCheckedBy() const
{
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        if (event->action == QLatin1StringView("case.mandate_received"))
            return event->actor;
    }
    return request.mandate.received.isValid() ? registeredBy() : QString();
}

ComplaintDossier::ComplaintDossier(const Session &session)
    : m_session(session)
{ }

QString ComplaintDossier::documentTitle(const QString &caseNumber)
{
    return tr("AP complaint dossier %1").arg(caseNumber);
}

QString ComplaintDossier::formatHash(QByteArrayView hex)
{
    const QString text = QString::fromLatin1(hex).trimmed().toLower();
    QStringList groups;
    for (qsizetype i = 0; i < text.size(); i += 4)
        groups << text.mid(i, 4);
    return groups.join(u':');
}

bool ComplaintDossier::setApReference(const QString &caseNumber, const QString &reference,
                                      BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ProduceDocuments, QStringLiteral("case.ap_reference"),
                    caseNumber);
    if (!unit.permit(error))
        return false;
    const QString value = reference.simplified();
    if (value.size() > 100) {
        *error = { ServiceError::Code::Invalid,
                   tr("The AP reference is too long (at most 100 characters)."),
                   {} };
        return false;
    }
    if (!unit.guard({ { tr("AP reference"), value } }, bsnCheck, error))
        return false;
    // A request that could not be read is that error, never "there is no request".
    const std::optional<Case> c = CaseService(m_session).find(caseNumber, error);
    if (!c)
        return false;
    const std::optional<QString> before
        = CaseRepository::apReference(m_session.store().database(), c->number, error);
    if (!before)
        return false;
    if (*before == value)
        return true;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!CaseRepository::setApReference(m_session.store().database(), c->id, value,
                                                m_session.clock().now().toString(Qt::ISODateWithMs),
                                                m_session.userName(), failure))
                return false;
            write.record(caseEntity, c->number, QStringLiteral("case.ap_reference"),
                         { { QStringLiteral("reference"), QJsonArray { *before, value } } });
            return true;
        },
        error);
}

bool ComplaintDossier::readRedactedFragments(const QList<AuditEvent> &personEvents,
                                             ComplaintDossierContent *content,
                                             ServiceError *error) const
{
    QSet<QString> ids;
    for (const AuditEvent &event : personEvents) {
        if (event.action != QLatin1StringView(PersonExport::auditAction))
            continue;
        for (const QJsonValue &id :
             event.payload.value(QLatin1StringView("redacted_ids")).toArray())
            ids << id.toString();
    }
    if (ids.isEmpty())
        return true;
    // The findings as they stand now: a finding's id holds while its text is unchanged.
    const std::optional<PersonReport> report
        = PersonReportLoader(m_session).load(content->request.person.id, error);
    if (!report && error->code == ServiceError::Code::NotFound) {
        *error = {}; // anonymised: the texts the fragments stood in are gone with the person
        return true;
    }
    if (!report)
        return false;
    const auto findings = PersonReview(m_session).findings(*report, error);
    if (!findings)
        return false;
    for (const ReviewFinding &f : *findings) {
        if (ids.contains(f.id) && !content->redactedFragments.contains(f.text))
            content->redactedFragments << f.text;
    }
    return true;
}

std::optional<ComplaintDossierContent> ComplaintDossier::collect(const QString &caseNumber,
                                                                 ServiceError *error) const
{
    const Session::Held role(m_session); // one users query for every part of the dossier
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("dossier.read"),
                              caseNumber.trimmed().toUpper(), error))
        return std::nullopt;
    *error = {};
    const CaseService cases(m_session);
    const std::optional<Case> c = cases.find(caseNumber, error);
    if (!c)
        return std::nullopt;
    ComplaintDossierContent content;
    content.request = *c;
    const std::optional<CaseDeadlines> deadlines = cases.deadlines(*c, error);
    if (!deadlines)
        return std::nullopt;
    content.deadlines = *deadlines;
    content.organisation = OrganisationSettings(m_session).details();
    const std::optional<QString> reference
        = CaseRepository::apReference(m_session.store().database(), c->number, error);
    if (!reference)
        return std::nullopt;
    content.apReference = *reference;
    content.preparedBy = m_session.store().userName();
    content.preparedAt = m_session.clock().now();
    // The dossier states the chronology: a history that could not be read stops it.
    content.events = cases.timeline(c->number, error);
    if (error->isError())
        return std::nullopt;
    // On a server a change made by hand to the request's own row (psql, a script) is chained by
    // the server as an event of the table: the chronology holds it too, in its place, so that
    // "every event of the audit trail for the request" stays true there.
    const QList<AuditEvent> byHand = support::auditLog(m_session.store(), m_session.clock())
                                         .changesByHand(QStringLiteral("cases"), c->id, error);
    if (error->isError())
        return std::nullopt;
    if (!byHand.isEmpty()) {
        content.events.append(byHand);
        std::sort(content.events.begin(), content.events.end(),
                  [](const AuditEvent &a, const AuditEvent &b) { return a.seq < b.seq; });
    }
    const auto attachments = AttachmentService(m_session).list(c->number, error);
    if (!attachments)
        return std::nullopt;
    content.attachments = *attachments;
    const auto mails
        = readMails(AttachmentService(m_session), c->number, content.attachments, error);
    if (!mails)
        return std::nullopt;
    content.mails = *mails;
    content.letters = LetterService(m_session).letters(c->number, error);
    if (error->isError())
        return std::nullopt;
    content.disclosures = DisclosureService(m_session).forPerson(c->person.id, error);
    if (error->isError())
        return std::nullopt;
    std::reverse(content.disclosures.begin(), content.disclosures.end());
    if (!readRestrictions(m_session, cases, &content, error))
        return std::nullopt;
    const auto systems = SystemChecklist(m_session).of(c->number, error);
    if (!systems)
        return std::nullopt;
    content.systems = *systems;
    if (!VeraRepository::latestDiscovery(m_session.store().database(), c->id, &content.systemSearch,
                                         error, VeraRepository::Objects::Without))
        return std::nullopt;
    for (const Recipient &recipient : RecipientService(m_session).list(true, error))
        content.recipientNames << recipient.name;
    if (error->isError())
        return std::nullopt;
    const QList<AuditEvent> personEvents
        = support::auditLog(m_session.store(), m_session.clock())
              .eventsFor(QStringLiteral("person"), QString::number(c->person.id), error);
    if (error->isError())
        return std::nullopt;
    content.formerNames = PersonReport::formerNamesIn(personEvents, c->person.name);
    if (!readRedactedFragments(personEvents, &content, error))
        return std::nullopt;
    // The people the dossier names by their name, not their login.
    if (!UserRepository::displayNames(m_session.store().database(), &content.displayNames, error))
        return std::nullopt;
    // The chain from its verified checkpoint on (so a dossier costs what was written
    // since, not the whole store), and each of the request's own events against its hash and
    // its predecessor, whatever the checkpoint covers. The earlier break wins.
    const AuditLog audit = support::auditLog(m_session.store(), m_session.clock());
    content.verification = audit.verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    const AuditLog::Verification own = audit.verifyEntity(caseEntity, c->number);
    if (!own.ok
        && (content.verification.ok || content.verification.firstBrokenSeq == 0
            || (own.firstBrokenSeq > 0
                && own.firstBrokenSeq < content.verification.firstBrokenSeq))) {
        content.verification.ok = false;
        content.verification.firstBrokenSeq = own.firstBrokenSeq;
        content.verification.reason = own.reason;
    }
    return content;
}

QString ComplaintDossier::versionCode(DossierVersion version)
{
    return version == DossierVersion::Complainant ? QStringLiteral("complainant")
                                                  : QStringLiteral("complete");
}

QString ComplaintDossier::versionLabel(DossierVersion version)
{
    if (version == DossierVersion::Complainant)
        //: Dutch: "Versie voor de klager (zonder wat de klager niet mag zien)"
        return tr("Version for the complainant (without what the complainant may not see)");
    //: Dutch: "Volledige versie voor de AP (met markeringen)"
    return tr("Complete version for the AP (with markings)");
}

bool ComplaintDossier::write(const ComplaintDossierContent &content, const OutputTarget &target,
                             ServiceError *error, int *pages, QString *sha256,
                             const Sealing *sealing) const
{
    // Never into this store's folder, whatever the caller knew.
    OutputTarget checked = target;
    if (checked.storeDirectory.isEmpty())
        checked.storeDirectory = m_session.store().directory();
    const auto failed = [error](const QString &message) {
        *error = { ServiceError::Code::Storage, message, {} };
        return false;
    };
    if (const QString why
        = OutputFile::refusal(checked.path, checked.overwrite, checked.storeDirectory);
        !why.isEmpty())
        return failed(why);
    const QString number = content.request.number;
    UnitOfWork unit(m_session, Permission::ViewRegisters, QStringLiteral("case.dossier_made"),
                    number);
    if (!unit.permit(error))
        return false;
    QTextDocument document;
    fillDocument(&document, content);
    int painted = 0;
    QByteArray bytes
        = PrintedDocument::pdf(&document, documentTitle(number),
                               PrintedDocument::marking(m_session.store()), {}, &painted);
    if (painted == 0 || bytes.isEmpty())
        return failed(tr("Could not write %1.").arg(checked.path));
    QString password;
    if (sealing) {
        QString why;
        bytes = EncryptedPdf::seal(bytes, {}, &password, &why);
        if (bytes.isEmpty())
            return failed(why);
    }
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QJsonObject payload { { QStringLiteral("version"), versionCode(content.version) },
                          { QStringLiteral("pages"), painted },
                          { QStringLiteral("sha256"), hash } };
    if (sealing) {
        payload.insert(QStringLiteral("encrypted"), true);
        payload.insert(QStringLiteral("password_by"),
                       EncryptedPdf::deliveryCode(sealing->passwordBy));
    }
    bool written = false;
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            write.record(caseEntity, number, QStringLiteral("case.dossier_made"), payload);
            // The file after the event, inside the unit: a file that cannot be written undoes
            // the event.
            write.then([&](ServiceError *why) {
                QString writeError;
                if (!OutputFile::write(checked, bytes, &writeError)) {
                    *why = { ServiceError::Code::Storage, writeError, {} };
                    return false;
                }
                written = true;
                return true;
            });
            return true;
        },
        error);
    if (!recorded) {
        if (written)
            QFile::remove(checked.path);
        return false;
    }
    if (pages)
        *pages = painted;
    if (sha256)
        *sha256 = hash;
    if (sealing && sealing->password)
        *sealing->password = password;
    return true;
}

bool ComplaintDossier::recordPrinted(const ComplaintDossierContent &content, const Printed &printed,
                                     ServiceError *error) const
{
    const QString number = content.request.number;
    UnitOfWork unit(m_session, Permission::ViewRegisters, QStringLiteral("case.dossier_printed"),
                    number);
    if (!unit.permit(error))
        return false;
    QJsonObject payload { { QStringLiteral("version"), versionCode(content.version) },
                          { QStringLiteral("pages"), printed.pages } };
    if (!printed.file.isEmpty()) {
        // What was written is what the AP gets: its fingerprint, never the path (a folder name
        // may hold a name).
        QFile file(printed.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = { ServiceError::Code::Storage,
                       tr("Could not read %1.").arg(QFileInfo(printed.file).fileName()),
                       {} };
            return false;
        }
        payload.insert(
            QStringLiteral("sha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    } else {
        payload.insert(QStringLiteral("printer"), printed.printer);
        payload.insert(QStringLiteral("print_job"), printed.job);
    }
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            write.record(caseEntity, number, QStringLiteral("case.dossier_printed"), payload);
            return true;
        },
        error);
}

} // namespace pd
