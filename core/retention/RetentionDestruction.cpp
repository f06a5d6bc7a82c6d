// The retention planner: destruction (RetentionService, see Retention.h). Its log is
// RetentionLog.cpp, what it says RetentionDestructionText.cpp, the plan as the user sees it
// RetentionPlan.cpp and who the data subject is RetentionIdentity.cpp.

#include "cases/CaseRepository.h"
#include "cases/RestrictionRepository.h"
#include "letters/LetterRepository.h"
#include "outbox/OutboxRepository.h"
#include "persons/PersonRepository.h"
#include "registers/ConsentRepository.h"
#include "registers/DisclosureRepository.h"
#include "registers/SystemChecklistRepository.h"
#include "retention/ExternalHoldRepository.h"
#include "retention/Retention.h"
#include "retention/RetentionDestructionRepository.h"
#include "retention/RetentionDestructionText.h"
#include "retention/RetentionIdentity.h"
#include "retention/RetentionPlan.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "terms/RetentionRepository.h"
#include "users/IntakeDraftRepository.h"
#include "vera/VeraRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
namespace pd {

using namespace retention;
using namespace Qt::StringLiterals;

namespace {

const QString disclosureEntity = QStringLiteral("disclosure");

// The ids of the intake drafts (of every user) that name the person; nothing with *error when
// the read failed.
std::optional<QList<qint64>> draftsNaming(const QSqlDatabase &db, const Identity &who,
                                          ServiceError *error)
{
    const auto drafts = IntakeDraftRepository::all(db, error);
    if (!drafts)
        return std::nullopt;
    QList<qint64> ids;
    for (const auto &[id, text] : *drafts) {
        const QJsonObject fields = QJsonDocument::fromJson(text.toUtf8()).object();
        if (draftNames(fields, who))
            ids << id;
    }
    return ids;
}

// Steps every destruction of a person takes, also of a remainder: the person goes out of the
// disclosures that named them and the intake drafts that name them are deleted.
//
// A disclosure is the organisation's proof of what it shared, with whom and on which basis, so
// it stays with its date, recipient, legal basis, data categories and purpose; what goes is who:
// the link to the person (counted in destroyed_persons, "1 betrokkene, vernietigd") and the
// person in its free texts. data_text describes the data shared about the persons concerned,
// so when the person was the only one it goes whole; when others remain it stays for them with
// this person's name, customer number, address, phone and e-mail replaced. The purpose, the
// covenant or statute (basis_text), who asked (requested_by: the recipient's side, but it may
// be the data subject or name them) and why they were not told are the organisation's words
// about the disclosure, not about the person: they stay with the person's details replaced.
// The audit details of these disclosures name the person (ids and texts): they are destroyed.
bool sweepTraces(const QSqlDatabase &db, const Identity &who, const QString &now,
                 UnitOfWork::Write &write, AuditLog &log, Sweep *sweep, ServiceError *error)
{
    const std::optional<QList<DisclosureNaming>> rows
        = DisclosureRepository::naming(db, who.personId, error);
    if (!rows)
        return false;
    for (const DisclosureNaming &row : *rows) {
        if (!DisclosureRepository::removePerson(
                db, row.id, who.personId,
                DisclosureScrubbed { row.alone ? QString() : scrubbed(row.dataText, who),
                                     scrubbed(row.purpose, who), scrubbed(row.basisText, who),
                                     scrubbed(row.requestedBy, who),
                                     scrubbed(row.notInformedReason, who) },
                now, error))
            return false;
        QString auditError;
        const int payloads
            = log.destroyPayloads(disclosureEntity, QString::number(row.id), &auditError);
        if (payloads < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
        // The disclosure's own trail says that a data subject went from it (and a server sees
        // its changed rows described: resources/server/audit.sql).
        write.record(disclosureEntity, QString::number(row.id),
                     QStringLiteral("disclosure.person_destroyed"),
                     { { QStringLiteral("alone"), row.alone } });
        sweep->auditPayloads += payloads;
        ++sweep->disclosures;
    }
    const std::optional<QList<qint64>> drafts = draftsNaming(db, who, error);
    if (!drafts)
        return false;
    for (const qint64 id : *drafts) {
        if (!IntakeDraftRepository::removeById(db, id, error))
            return false;
        ++sweep->drafts;
    }
    return true;
}

using Remains = RetentionDestructionRepository::Remains;

// Where a destruction runs: the connection (in the unit's transaction), the unit's write (its
// events, the acting user), the audit trail (the details it destroys) and when.
struct Destroying
{
    const QSqlDatabase &db;
    UnitOfWork::Write &write;
    AuditLog &log;
    const QString &now;
};

// The last of a person without requests goes (recordItemDestroyed): their traces are swept
// (sweepTraces), the person is anonymised and their audit details are destroyed; *counts and
// the end of *what say so for the log.
bool destroyRemainder(const Destroying &at, qint64 personId, bool reduced, QJsonObject *counts,
                      QString *what, ServiceError *error)
{
    Identity who;
    Sweep sweep;
    if (!readIdentity(at.db, personId, &who, error)
        || !sweepTraces(at.db, who, at.now, at.write, at.log, &sweep, error)
        || !PersonRepository::anonymise(at.db, personId, anonymisedName, at.now, error))
        return false;
    QString auditError;
    const int payloads
        = at.log.destroyPayloads(personEntity, QString::number(personId), &auditError);
    if (payloads < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    *counts = remainderCounts(sweep, payloads);
    *what += remainderWhat(reduced, *counts);
    return true;
}

// The person's requests into plan (caseNumbers, searchRows), the numbers of those still open
// into *open; false with *error when the read failed.
bool readCases(const QSqlDatabase &db, qint64 personId, DestructionPlan *plan, QStringList *open,
               ServiceError *error)
{
    const auto requests = CaseRepository::requestsOfPerson(db, personId, error);
    if (!requests)
        return false;
    for (const auto &[number, state] : *requests) {
        plan->caseNumbers << number;
        if (!closedStates.contains(u'\'' + state + u'\''))
            *open << number;
    }
    plan->searchRows = static_cast<int>(plan->caseNumbers.size());
    return true;
}

// How much of the person a destruction takes, counted into plan: notes, files, letters (with
// the breach letters), AP references, disclosures and audit details; false with *error when a
// count failed.
bool countWhatGoes(const QSqlDatabase &db, qint64 personId, DestructionPlan *plan,
                   ServiceError *error)
{
    const auto contents = CaseRepository::countContentsOf(db, personId, error);
    if (!contents)
        return false;
    plan->notes = contents->notes;
    plan->attachments = contents->attachments;
    const auto letters = LetterRepository::letterTextsCount(
        db, u" IN "_s + CaseRepository::idsOfPersonSql(), { personId }, error);
    if (!letters)
        return false;
    plan->letters = *letters;
    plan->apReferences = contents->apReferences;
    const auto disclosures = RetentionDestructionRepository::disclosureCount(db, personId, error);
    if (!disclosures)
        return false;
    plan->disclosures = *disclosures;
    // The letters "kennisgeving datalek" name the person too: counted with the
    // request letters, destroyed with them.
    const auto breachLetters = LetterRepository::breachLetterTextsCount(db, personId, error);
    if (!breachLetters)
        return false;
    plan->letters += *breachLetters;
    const auto events
        = RetentionDestructionRepository::personAuditDetailsCount(db, personId, error);
    if (!events)
        return false;
    plan->auditEvents = *events;
    return true;
}

// What the person's request files hold about them goes (destroyRequestFiles): notes,
// descriptions, motivations, hold and exemption reasons, letter texts, files and AP
// references (the request files' part: CaseRepository::eraseContentsOf); what stays is the
// proof that they were there. False with *error when a statement failed.
bool eraseRequestContents(const QSqlDatabase &db, UnitOfWork::Write &write, qint64 personId,
                          const QString &now, ServiceError *error)
{
    const QString ofPerson = CaseRepository::idsOfPersonSql();
    return CaseRepository::eraseContentsOf(db, personId, now, error)
        && RetentionRepository::eraseHoldReasons(db, personId, error)
        // What a restriction and a hold on outside data say may name the person.
        && RestrictionRepository::eraseTextsOf(db, personId, error)
        // A consent's purpose and how it was given or withdrawn may name the person;
        // its dates stay.
        && ConsentRepository::eraseTextsOf(db, personId, error)
        && ExternalHoldRepository::eraseTextsOf(db, ofPerson, personId, error)
        // An art. 19 exemption's reason may name the person: the words go, the fact stays.
        && RetentionDestructionRepository::eraseExemptReasons(db, personId, error)
        // A note on a system searched may name the person; who, when and the result
        // stay.
        && SystemChecklistRepository::eraseNotes(db, u" IN "_s + ofPerson, { personId }, error)
        // What the organisation's systems were found to hold: the objects go, the proof of the
        // search (which systems, when, by whom, how many) stays.
        && VeraRepository::eraseDiscoveries(db, ofPerson, personId, error)
        // A letter sent by e-mail: the message is among the files; the outbox's copy and the
        // address go, the fact that it was sent stays.
        && OutboxRepository::eraseMailOf(db, ofPerson, personId, error)
        // Letters name the person: their texts go, their kind, date and hash stay as proof.
        && LetterRepository::eraseLetterTexts(write.database(), u" IN "_s + ofPerson, { personId },
                                              now, error)
        // A data breach's letter to the person: the same (the breach itself stays in its
        // register under its own rule; the link to the anonymised person stays as a count).
        && LetterRepository::eraseBreachLetterTexts(write.database(), personId, now, error);
}

// Who the requests stay with once their files are destroyed (destroyRequestFiles): the person
// themself, anonymised, or reduced to the name and customer number another rule keeps (keep),
// the requests then going to a new anonymous data subject. That subject's id; nothing with
// *error when a statement failed.
std::optional<qint64> anonymiseOrReduce(const Destroying &at, qint64 personId, bool keep,
                                        bool personOnly, ServiceError *error)
{
    if (keep && personOnly) {
        // No requests to detach: the person keeps the name and customer number for the items
        // not yet recorded as destroyed, and nothing else.
        if (!PersonRepository::reduce(at.db, personId, at.now, error))
            return std::nullopt;
        return personId;
    }
    if (keep) {
        // Another rule keeps the name and customer number: the requests must not stay with
        // them, or the destroyed request files would still say who they were about. They move
        // to a new anonymous data subject; the person keeps only what that rule needs.
        const std::optional<qint64> copy = PersonRepository::anonymousCopy(
            at.db, personId, anonymisedName, at.now, at.write.session().userName(), error);
        if (!copy)
            return std::nullopt;
        if (!CaseRepository::moveRequests(at.db, personId, *copy, error)
            || !PersonRepository::reduce(at.db, personId, at.now, error))
            return std::nullopt;
        return copy;
    }
    if (!PersonRepository::anonymise(at.db, personId, anonymisedName, at.now, error))
        return std::nullopt;
    return personId;
}

// The audit details of the requests and of the person go; their number is added to
// *destroyed. False with *error when the trail could not be changed.
bool destroyRequestPayloads(AuditLog &log, const QStringList &caseNumbers, qint64 personId,
                            int *destroyed, ServiceError *error)
{
    QString auditError;
    for (const QString &number : caseNumbers) {
        const int count = log.destroyPayloads(caseEntity, number, &auditError);
        if (count < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
        *destroyed += count;
    }
    const int personCount
        = log.destroyPayloads(personEntity, QString::number(personId), &auditError);
    if (personCount < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    *destroyed += personCount;
    return true;
}

} // namespace

// --- destruction ---

bool RetentionService::recordItemDestroyed(qint64 itemId, const QString &method, BsnCheck bsnCheck,
                                           ServiceError *error, QString *outcome)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("retention.item_destroyed"),
                    QString::number(itemId));
    if (!unit.permit(error))
        return false;
    if (method.trimmed().isEmpty()) {
        *error = invalid(tr("Enter how the data was destroyed."));
        return false;
    }
    if (!guard(unit, { { tr("Method"), method } }, bsnCheck, error))
        return false;
    DestructionRecord record;
    QString said;
    bool finish = false;
    if (!unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *failure) {
                return recordItemDestroyedIn(write, itemId, method, &record, &said, &finish,
                                             failure);
            },
            error))
        return false;
    // As after destroying request files: no old page of the person may stay in the log.
    if (finish && !emptyWriteAheadLog(m_session.store().database()))
        said += u' ' + itemWalWarningText();
    if (outcome)
        *outcome = said;
    return true;
}

bool RetentionService::recordItemDestroyedIn(UnitOfWork::Write &write, qint64 itemId,
                                             const QString &method, DestructionRecord *record,
                                             QString *said, bool *finish, ServiceError *error)
{
    const QSqlDatabase db = m_session.store().database();
    const QDate today = m_session.clock().today();
    std::optional<RetentionItem> stored;
    if (!RetentionRepository::itemById(db, itemId, today, &stored, error))
        return false;
    if (!stored) {
        *error = { ServiceError::Code::NotFound, tr("This retention item no longer exists."), {} };
        return false;
    }
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    const RetentionItem item = *stored;
    if (item.state == RetentionState::Destroyed) {
        *error = invalid(tr("This data has already been destroyed."));
        return false;
    }
    // A replay repeats a destruction that happened: a hold the older copy still shows was
    // released before it.
    if (item.state == RetentionState::LegalHold && !m_replay) {
        *error = invalid(tr("This data is under a legal hold and may not be destroyed: %1")
                             .arg(item.holdReason));
        return false;
    }
    if (!RetentionRepository::markItemDestroyed(db, itemId, isoDate(today), method.trimmed(),
                                                m_session.store().userName(), error))
        return false;
    // A person without requests, reduced (request files destroyed, name and customer number
    // kept for other data) or imported from the ERP only: when this was the last item not yet
    // destroyed, no new request came in and no legal hold is open, what Privacydesk holds of
    // them goes now. While another item runs, they stay as they are.
    Remains left;
    if (!RetentionDestructionRepository::remainsOf(db, item.personId, &left, error))
        return false;
    const bool present = left.present;
    const bool reduced = left.reduced;
    // A replay does what the destruction it repeats did, whatever the older copy would decide.
    *finish = m_replay ? present && m_replay->personGone
                       : present && left.withoutRequests && left.remaining == 0 && !left.held;
    if (present && left.withoutRequests && !*finish) {
        // What still keeps the person, for the page (read in the same transaction).
        ServiceError readError;
        const QList<RetentionItem> kept = othersKept(*this, item, today, &readError);
        if (readError.isError()) {
            *error = readError;
            return false;
        }
        *said = keptAfterItemText(reduced, kept);
    }
    if (*finish)
        *said = lastItemText();
    AuditLog log = support::auditLog(m_session.store(), m_session.clock());
    QJsonObject counts;
    QString what = QStringLiteral("%1 (buiten Privacydesk)").arg(item.rule.category);
    if (*finish
        && !destroyRemainder({ db, write, log, now }, item.personId, reduced, &counts, &what,
                             error))
        return false;
    QJsonObject payload { { QStringLiteral("rule"), item.rule.code },
                          { QStringLiteral("method"), method.trimmed() },
                          { QStringLiteral("expired_on"), isoDate(item.expires) } };
    if (*finish)
        payload.insert(QStringLiteral("counts"), counts);
    write.record(personEntity, QString::number(item.personId),
                 QStringLiteral("retention.destroyed"), payload);
    write.overrideAbout(personEntity, QString::number(item.personId));
    record->destroyedAt = m_session.clock().now();
    record->destroyedOn = today;
    record->destroyedBy = m_session.store().userName();
    record->method = method.trimmed();
    record->kind = QStringLiteral("item");
    record->ruleText = ruleTextOf(item.rule);
    record->subjectRef = QStringLiteral("P-%1").arg(item.personId);
    record->expiredOn = item.expires;
    record->what = what;
    record->counts = counts;
    // The log's entry repeats the audit trail's head: written after the events.
    const qint64 ruleId = item.rule.id;
    write.then([this, ruleId, record](ServiceError *failure) {
        return logDestruction(m_session.store().database(), ruleId, record, failure);
    });
    return true;
}

DestructionPlan RetentionService::planDestruction(qint64 personId) const
{
    DestructionPlan plan;
    plan.personId = personId;
    if (ServiceError denied; !m_session.permitRead(Permission::ViewRegisters,
                                                   QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message; // what a caller shows before it destroys anything
        return plan;
    }
    QSqlDatabase db = m_session.store().database();
    // A failed read blocks: nothing is destroyed on a plan that could not be made, and the
    // dialog never shows "0 notes" because a count failed.
    const auto readFailed = [&plan](const ServiceError &failed) {
        plan.failure = failed;
        plan.blocker = plan.failure.message;
        return plan;
    };
    std::optional<PersonRecord> stored;
    if (ServiceError failed; !PersonRepository::byId(db, personId, &stored, &failed)) {
        plan.failure = failed;
        plan.blocker = plan.failure.message;
        return plan;
    }
    if (!stored) {
        plan.blocker = tr("The data subject no longer exists.");
        return plan;
    }
    plan.klantnummer = stored->person.klantnummer;
    plan.name = stored->person.name;
    if (stored->anonymised) {
        plan.blocker = tr("The request files of this data subject have already been destroyed.");
        return plan;
    }
    const bool reduced = stored->reduced;
    QStringList open;
    if (ServiceError failed; !readCases(db, personId, &plan, &open, &failed)
        || !countWhatGoes(db, personId, &plan, &failed))
        return readFailed(failed);
    Identity who;
    if (ServiceError failure; !readIdentity(db, personId, &who, &failure)) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    ServiceError draftsFailed;
    const std::optional<QList<qint64>> drafts = draftsNaming(db, who, &draftsFailed);
    if (!drafts)
        return readFailed(draftsFailed);
    plan.drafts = static_cast<int>(drafts->size());

    if (!open.isEmpty()) {
        plan.blocker
            = tr("The request(s) %1 are still open.", nullptr, static_cast<int>(open.size()))
                  .arg(open.join(QStringLiteral(", ")));
        if (!m_replay) // a replay needs the whole plan (see destroyRequestFiles)
            return plan;
    }
    ServiceError failure;
    const auto hold = holdFor(personId, &failure);
    if (!failure.isError() && hold) {
        plan.blocker
            = tr("Destruction is blocked by a legal hold since %1: %2")
                  .arg(QLocale().toString(hold->placedOn, QLocale::ShortFormat), hold->reason);
        if (!m_replay)
            return plan;
    }
    const QDate today = m_session.clock().today();
    const QList<RetentionItem> items
        = failure.isError() ? QList<RetentionItem> {} : itemsFor(personId, today, 0, &failure);
    if (failure.isError()) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    weighItems(items, reduced, today, &plan);
    return plan;
}

std::optional<DestructionRecord> RetentionService::destroyRequestFiles(qint64 personId,
                                                                       const QString &method,
                                                                       BsnCheck bsnCheck,
                                                                       ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters,
                    QStringLiteral("retention.request_files_destroyed"), QString::number(personId));
    if (!unit.permit(error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("geanonimiseerd en auditdetails vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard(unit, { { tr("Method"), how } }, bsnCheck, error))
        return std::nullopt;
    DestructionRecord record;
    if (!unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *failure) {
                return destroyRequestFilesIn(write, personId, how, &record, failure);
            },
            error))
        return std::nullopt;
    // Old page images of the destroyed rows must not linger in the write-ahead log. While
    // another connection reads, they may: then say so, never that the data is gone.
    if (!emptyWriteAheadLog(m_session.store().database()))
        record.walWarning = walWarningText();
    return record;
}

bool RetentionService::destroyRequestFilesIn(UnitOfWork::Write &write, qint64 personId,
                                             const QString &how, DestructionRecord *record,
                                             ServiceError *error)
{
    const DestructionPlan plan = planDestruction(personId);
    if (blocked(plan.blocker, plan.failure, error))
        return false;
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    const QSqlDatabase db = m_session.store().database();
    Identity who;
    if (!readIdentity(db, personId, &who, error))
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    const bool keep = m_replay ? m_replay->reduced : !plan.kept.isEmpty();
    // The data breaches whose letters to the person go: each says so in its own trail below.
    QStringList breachesWritten;
    if (!LetterRepository::breachesWrittenTo(write.database(), personId, &breachesWritten, error)
        || !eraseRequestContents(db, write, personId, now, error))
        return false;
    AuditLog log = support::auditLog(m_session.store(), m_session.clock());
    Sweep sweep;
    if (!sweepTraces(db, who, now, write, log, &sweep, error))
        return false;
    // The anonymous data subject the requests stay with, and whom the log names (P-<id>).
    const bool personOnly = plan.withoutRequests;
    const std::optional<qint64> anonymous
        = anonymiseOrReduce({ db, write, log, now }, personId, keep, personOnly, error);
    if (!anonymous)
        return false;
    const qint64 subject = *anonymous;
    // The triggers rebuilt the requests' rows of the search index without the person; merging
    // the index drops the old terms from its superseded segments too (FTS4; a server's tsvector
    // rows were replaced whole, its old row versions are the server's to vacuum).
    if (!CaseRepository::optimiseSearch(db, error))
        return false;
    int destroyed = sweep.auditPayloads;
    if (!destroyRequestPayloads(log, plan.caseNumbers, personId, &destroyed, error))
        return false;
    // A person without requests: the rule is none of the request files' (the items name theirs).
    const QString ruleCode = files && !personOnly ? files->code : QString();
    const QJsonObject counts = requestFileCounts(plan, sweep, destroyed);
    *record = requestFilesRecord(plan, keep, counts,
                                 files && !personOnly ? ruleTextOf(*files) : QString());
    record->subjectRef = QStringLiteral("P-%1").arg(subject);
    recordRequestFilesDestroyed(write, plan, breachesWritten, ruleCode, how, keep, personId,
                                subject, destroyed, counts);
    record->method = how;
    // The log's entry repeats the audit trail's head: written after the events.
    const QVariant ruleId
        = files && !personOnly ? QVariant(files->id) : QVariant(QMetaType(QMetaType::LongLong));
    write.then([this, ruleId, record](ServiceError *failure) {
        return logDestruction(m_session.store().database(), ruleId, record, failure);
    });
    return true;
}

DestructionRecord RetentionService::requestFilesRecord(const DestructionPlan &plan, bool keep,
                                                       const QJsonObject &counts,
                                                       const QString &ruleText) const
{
    const QString kept = keptForLog(plan.kept);
    DestructionRecord record;
    record.destroyedAt = m_session.clock().now();
    record.destroyedOn = m_session.clock().today();
    record.destroyedBy = m_session.store().userName();
    // Without requests, what went is the person's data from outside (the ERP): "other data".
    record.kind = plan.withoutRequests ? QStringLiteral("item") : QStringLiteral("verzoekdossier");
    record.ruleText = ruleText;
    record.caseNumbers = plan.caseNumbers;
    record.expiredOn = plan.expires;
    record.what = requestFilesWhat(plan, keep, counts, kept);
    record.counts = counts;
    record.kept = kept;
    return record;
}

void RetentionService::recordRequestFilesDestroyed(UnitOfWork::Write &write,
                                                   const DestructionPlan &plan,
                                                   const QStringList &breachesWritten,
                                                   const QString &ruleCode, const QString &how,
                                                   bool keep, qint64 personId, qint64 subject,
                                                   int destroyed, const QJsonObject &counts)
{
    // Each request and data breach whose data went says so in its own chronology (a server
    // also sees every changed row described by its own entity: resources/server/audit.sql).
    for (const AuditEntry &event :
         touchedEvents(plan, breachesWritten, m_session.store().userName(), ruleCode, how))
        write.record(event.entityType, event.entityId, event.action, event.payload);
    if (keep && subject != personId) {
        // The person's own trail says what happened to them and what is kept, without the
        // requests (those are named in the event of their new anonymous data subject).
        QJsonArray keptRules;
        for (const RetentionItem &item : plan.kept)
            keptRules.append(item.rule.code);
        write.record(personEntity, QString::number(personId), QStringLiteral("retention.destroyed"),
                     { { QStringLiteral("rule"), ruleCode },
                       { QStringLiteral("method"), how },
                       { QStringLiteral("kept"), keptRules } });
    }
    write.record(personEntity, QString::number(subject), QStringLiteral("retention.destroyed"),
                 { { QStringLiteral("rule"), ruleCode },
                   { QStringLiteral("method"), how },
                   { QStringLiteral("cases"), QJsonArray::fromStringList(plan.caseNumbers) },
                   { QStringLiteral("expired_on"), isoDate(plan.expires) },
                   { QStringLiteral("audit_payloads"), destroyed },
                   { QStringLiteral("attachments"), plan.attachments },
                   { QStringLiteral("counts"), counts } });
    write.overrideAbout(personEntity, QString::number(subject));
}

} // namespace pd
