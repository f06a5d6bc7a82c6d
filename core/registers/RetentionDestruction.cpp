// The retention planner: destruction and its log (RetentionService, see Retention.h).

#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "users/Access.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
namespace pd {

using namespace retention;

QString DestructionPlan::description() const
{
    if (caseNumbers.isEmpty())
        return RetentionService::tr("Nothing to destroy.");
    return RetentionService::tr(
               "The data subject's name, address, phone number, e-mail address and customer "
               "number are replaced; the descriptions, representatives, callback numbers and "
               "%n note(s) of the request(s) %1 are removed; the details of %2 audit events are "
               "destroyed (the events themselves stay, so the audit trail still verifies). This "
               "cannot be undone.",
               nullptr, notes)
               .arg(caseNumbers.join(QStringLiteral(", ")))
               .arg(auditEvents)
        + (attachments > 0 ? u' '
                   + RetentionService::tr("%n file(s) kept with the requests (originals, "
                                          "mandates) are destroyed; their name goes, their size "
                                          "and fingerprint stay as proof.",
                                          nullptr, attachments)
                           : QString());
}

// --- destruction ---

bool RetentionService::recordItemDestroyed(qint64 itemId, const QString &method, bool bsnOverride,
                                           ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.item_destroyed"), QString::number(itemId), error))
        return false;
    if (method.trimmed().isEmpty()) {
        *error = invalid(tr("Enter how the data was destroyed."));
        return false;
    }
    if (!guard({ { tr("Method"), method } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(itemSelect + QStringLiteral("WHERE i.id = ?"));
    query.addBindValue(itemId);
    if (!query.exec() || !query.next()) {
        *error = { ServiceError::Code::NotFound, tr("This retention item no longer exists."), {} };
        return false;
    }
    const QDate today = m_clock.today();
    const RetentionItem item = itemFrom(query, today, 0);
    if (item.state == RetentionState::Destroyed) {
        *error = invalid(tr("This data has already been destroyed."));
        return false;
    }
    if (item.state == RetentionState::LegalHold) {
        *error = invalid(tr("This data is under a legal hold and may not be destroyed: %1")
                             .arg(item.holdReason));
        return false;
    }
    query.prepare(QStringLiteral("UPDATE retention_items SET destroyed_on = ?, destroyed_method = "
                                 "?, destroyed_by = ? WHERE id = ?"));
    query.addBindValue(isoDate(today));
    query.addBindValue(method.trimmed());
    query.addBindValue(m_store.userName());
    query.addBindValue(itemId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    const QString subject = QStringLiteral("P-%1").arg(item.personId);
    const QString what = QStringLiteral("%1 (buiten Privacydesk)").arg(item.rule.category);
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(item.personId),
                    QStringLiteral("retention.destroyed"),
                    { { QStringLiteral("rule"), item.rule.code },
                      { QStringLiteral("method"), method.trimmed() },
                      { QStringLiteral("expired_on"), isoDate(item.expires) } },
                    &auditError)
        || !flushOverrides(log, personEntity, QString::number(item.personId), error)) {
        if (!auditError.isEmpty())
            *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    query.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!query.exec() || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    const qint64 seq = query.value(0).toLongLong();
    const QString proof = QString::fromLatin1(query.value(1).toByteArray().toHex());
    query.prepare(QStringLiteral(
        "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, method, "
        "kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
        "proof_hash) VALUES (?, ?, ?, ?, 'item', ?, ?, ?, NULL, ?, ?, ?, ?)"));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(isoDate(today));
    query.addBindValue(m_store.userName());
    query.addBindValue(method.trimmed());
    query.addBindValue(item.rule.id);
    query.addBindValue(QStringLiteral("%1: %2 %3 na %4")
                           .arg(item.rule.category)
                           .arg(item.rule.period.amount)
                           .arg(RetentionCalendar::unitCode(item.rule.period.unit),
                                RetentionCodes::code(item.rule.trigger)));
    query.addBindValue(subject);
    query.addBindValue(isoDate(item.expires));
    query.addBindValue(what);
    query.addBindValue(seq);
    query.addBindValue(proof);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

DestructionPlan RetentionService::planDestruction(qint64 personId) const
{
    DestructionPlan plan;
    plan.personId = personId;
    if (ServiceError denied; !readable(m_store, m_clock, Permission::ViewRegisters,
                                       QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message; // what a caller shows before it destroys anything
        return plan;
    }
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // A failed read blocks: nothing is destroyed on a plan that could not be made, and the
    // dialog never shows "0 notes" because a count failed.
    const auto readFailed = [&plan](const QSqlQuery &failed) {
        plan.failure = ServiceError::fromSql(failed.lastError());
        plan.blocker = plan.failure.message;
        return plan;
    };
    query.prepare(
        QStringLiteral("SELECT klantnummer, name, anonymised_at FROM persons WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return readFailed(query);
    if (!query.next()) {
        plan.blocker = tr("The data subject no longer exists.");
        return plan;
    }
    plan.klantnummer = query.value(0).toString();
    plan.name = query.value(1).toString();
    if (!query.isNull(2)) {
        plan.blocker = tr("The request files of this data subject have already been destroyed.");
        return plan;
    }
    query.prepare(
        QStringLiteral("SELECT number, state FROM cases WHERE person_id = ? ORDER BY id"));
    query.addBindValue(personId);
    QStringList open;
    if (!query.exec())
        return readFailed(query);
    while (query.next()) {
        plan.caseNumbers << query.value(0).toString();
        const QString state = query.value(1).toString();
        if (!closedStates.contains(u'\'' + state + u'\''))
            open << query.value(0).toString();
    }
    const auto count = [&](const QString &sql, const QVariantList &values) -> std::optional<int> {
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    };
    const auto notes = count(QStringLiteral("SELECT count(*) FROM case_notes n JOIN cases c ON "
                                            "c.id = n.case_id WHERE c.person_id = ?"),
                             { personId });
    if (!notes)
        return readFailed(query);
    plan.notes = *notes;
    const auto attachments
        = count(QStringLiteral("SELECT count(*) FROM case_attachments a JOIN cases c ON c.id = "
                               "a.case_id WHERE c.person_id = ? AND a.destroyed_at IS NULL"),
                { personId });
    if (!attachments)
        return readFailed(query);
    plan.attachments = *attachments;
    const auto events = count(
        QStringLiteral("SELECT count(*) FROM audit_events WHERE payload IS NOT NULL AND "
                       "((entity_type = 'person' AND entity_id = ?) OR (entity_type = 'case' "
                       "AND entity_id IN (SELECT number FROM cases WHERE person_id = ?)))"),
        { QString::number(personId), personId });
    if (!events)
        return readFailed(query);
    plan.auditEvents = *events;

    if (plan.caseNumbers.isEmpty()) {
        plan.blocker = tr("This data subject has no request files.");
        return plan;
    }
    if (!open.isEmpty()) {
        plan.blocker = tr("The request(s) %1 are still open.").arg(open.join(QStringLiteral(", ")));
        return plan;
    }
    ServiceError failure;
    const auto hold = holdFor(personId, &failure);
    if (!failure.isError() && hold) {
        plan.blocker
            = tr("Destruction is blocked by a legal hold since %1: %2")
                  .arg(QLocale().toString(hold->placedOn, QLocale::ShortFormat), hold->reason);
        return plan;
    }
    const QDate today = m_clock.today();
    const QList<RetentionItem> items
        = failure.isError() ? QList<RetentionItem> {} : itemsFor(personId, today, 0, &failure);
    if (failure.isError()) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    for (const RetentionItem &item : items) {
        if (item.id == 0) {
            plan.expires = item.expires;
            if (item.expires > today)
                plan.blocker = tr("The retention period of these request files runs until %1.")
                                   .arg(QLocale().toString(item.expires, QLocale::ShortFormat));
        } else if (item.state != RetentionState::Destroyed) {
            // The person record is also what the organisation's other retention items point to.
            plan.blocker = tr("Other data of this data subject is still kept (%1, until %2): "
                              "record its destruction first.")
                               .arg(item.rule.category,
                                    QLocale().toString(item.expires, QLocale::ShortFormat));
        }
        if (!plan.blocker.isEmpty())
            break;
    }
    return plan;
}

namespace {

// PRAGMA wal_checkpoint(TRUNCATE) until its row says busy = 0 and every frame of the log was
// copied back (log = checkpointed): another connection in a read transaction keeps the log in
// use, and with it the old page images. A few short tries; false with why when it stays busy.
bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why)
{
    constexpr int attempts = 5;
    constexpr int pauseMs = 100;
    QSqlQuery query(db);
    int previousTimeout = -1;
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        previousTimeout = query.value(0).toInt();
    query.finish();
    // Each try waits for readers only briefly: the retries below are the waiting.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(pauseMs)))
        previousTimeout = -1;
    bool emptied = false;
    QString failure;
    for (int attempt = 0; attempt < attempts && !emptied; ++attempt) {
        if (attempt > 0)
            QThread::msleep(pauseMs);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
            failure = query.lastError().text();
            continue;
        }
        const int busy = query.value(0).toInt();
        const int log = query.value(1).toInt();
        const int checkpointed = query.value(2).toInt();
        query.finish();
        emptied = busy == 0 && log == checkpointed;
        if (!emptied)
            failure = QStringLiteral("busy=%1 log=%2 checkpointed=%3")
                          .arg(busy)
                          .arg(log)
                          .arg(checkpointed);
    }
    if (previousTimeout >= 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previousTimeout));
    if (!emptied)
        *why = failure;
    return emptied;
}

} // namespace

std::optional<DestructionRecord> RetentionService::destroyRequestFiles(qint64 personId,
                                                                       const QString &method,
                                                                       bool bsnOverride,
                                                                       ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.request_files_destroyed"), QString::number(personId),
                   error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("geanonimiseerd en auditdetails vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard({ { tr("Method"), how } }, bsnOverride, error))
        return std::nullopt;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    const DestructionPlan plan = planDestruction(personId);
    if (!plan.blocker.isEmpty()) {
        *error = plan.failure.isError() ? plan.failure : invalid(plan.blocker);
        return std::nullopt;
    }
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QDate today = m_clock.today();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = ServiceError::fromSql(query.lastError());
        return false;
    };
    const QString ofPerson = QStringLiteral("(SELECT id FROM cases WHERE person_id = ?)");
    if (!run(QStringLiteral("DELETE FROM case_notes WHERE case_id IN ") + ofPerson, { personId })
        || !run(QStringLiteral("UPDATE cases SET representative = NULL, description = NULL, "
                               "callback_phone = NULL, extension_reason = NULL, answer_channel "
                               "= NULL, motivation = NULL, no_identification_reason = NULL, "
                               "updated_at = ? WHERE person_id = ?"),
                { now, personId })
        || !run(QStringLiteral("UPDATE case_decisions SET motivation = NULL, granted = NULL "
                               "WHERE case_id IN ")
                    + ofPerson,
                { personId })
        || !run(QStringLiteral("UPDATE retention_holds SET reason = '' WHERE person_id = ?"),
                { personId })
        // An art. 19 exemption's reason may name the person: the words go, the fact stays.
        || !run(QStringLiteral("UPDATE art19_notifications SET exempt_reason = '' "
                               "WHERE exempt_reason IS NOT NULL AND case_id IN ")
                    + ofPerson,
                { personId })
        // Letters name the person: their texts go, their kind, date and hash stay as proof.
        || !run(QStringLiteral("UPDATE letters SET body = NULL, sent_how = NULL, destroyed_at = ? "
                               "WHERE body IS NOT NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        // The originals and mandates: the bytes and the name go (secure_delete zeroes the
        // freed pages), kind, size and fingerprint stay as proof.
        || !run(QStringLiteral("UPDATE case_attachments SET name = NULL, content = NULL, "
                               "destroyed_at = ? WHERE destroyed_at IS NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        || !run(
            QStringLiteral("UPDATE persons SET name = ?, klantnummer = NULL, street = NULL, "
                           "house_number = NULL, postcode = NULL, city = NULL, phone = NULL, "
                           "email = NULL, relation_end = NULL, source = NULL, anonymised_at = ? "
                           "WHERE id = ?"),
            { anonymisedName, now, personId })) {
        return std::nullopt;
    }
    AuditLog log = audit();
    QString auditError;
    int destroyed = 0;
    for (const QString &number : plan.caseNumbers) {
        const int count = log.destroyPayloads(caseEntity, number, &auditError);
        if (count < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return std::nullopt;
        }
        destroyed += count;
    }
    const int personCount
        = log.destroyPayloads(personEntity, QString::number(personId), &auditError);
    if (personCount < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    destroyed += personCount;

    const QString ruleText = files ? QStringLiteral("%1: %2 %3 na %4")
                                         .arg(files->category)
                                         .arg(files->period.amount)
                                         .arg(RetentionCalendar::unitCode(files->period.unit),
                                              RetentionCodes::code(files->trigger))
                                   : QString();
    QString what = QStringLiteral("persoon geanonimiseerd; %1 verzoekdossier(s); %2 "
                                  "notitie(s) verwijderd; %3 auditdetails vernietigd")
                       .arg(plan.caseNumbers.size())
                       .arg(plan.notes)
                       .arg(destroyed);
    if (plan.attachments > 0)
        what += QStringLiteral("; %1 bestand(en) vernietigd").arg(plan.attachments);
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.destroyed"),
                    { { QStringLiteral("rule"), files ? files->code : QString() },
                      { QStringLiteral("method"), how },
                      { QStringLiteral("cases"), QJsonArray::fromStringList(plan.caseNumbers) },
                      { QStringLiteral("expired_on"), isoDate(plan.expires) },
                      { QStringLiteral("audit_payloads"), destroyed },
                      { QStringLiteral("attachments"), plan.attachments } },
                    &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!flushOverrides(log, personEntity, QString::number(personId), error))
        return std::nullopt;
    if (!run(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"), {})
        || !query.next()) {
        return std::nullopt;
    }
    DestructionRecord record;
    record.auditSeq = query.value(0).toLongLong();
    record.proofHash = QString::fromLatin1(query.value(1).toByteArray().toHex());
    record.destroyedAt = m_clock.now();
    record.destroyedOn = today;
    record.destroyedBy = m_store.userName();
    record.method = how;
    record.kind = QStringLiteral("verzoekdossier");
    record.ruleText = ruleText;
    record.subjectRef = QStringLiteral("P-%1").arg(personId);
    record.caseNumbers = plan.caseNumbers;
    record.expiredOn = plan.expires;
    record.what = what;
    if (!run(QStringLiteral(
                 "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, "
                 "method, kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, "
                 "audit_seq, proof_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { now, isoDate(today), record.destroyedBy, how, record.kind,
               files ? QVariant(files->id) : QVariant(QMetaType(QMetaType::LongLong)), ruleText,
               record.subjectRef, plan.caseNumbers.join(u' '), isoDate(plan.expires), what,
               record.auditSeq, record.proofHash })) {
        return std::nullopt;
    }
    record.id = insertedRowId(db);
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    // Old page images of the destroyed rows must not linger in the write-ahead log. While
    // another connection reads, they may: then say so, never that the data is gone.
    QString checkpointFailure;
    if (!truncateWriteAheadLog(db, &checkpointFailure)) {
        qWarning("retention: WAL not emptied after destruction: %s", qPrintable(checkpointFailure));
        record.walWarning
            = tr("The data have been destroyed in the database, but older copies may remain in "
                 "its write-ahead log until the next checkpoint, because another program or "
                 "window was reading the store. Close the other windows and programs that use "
                 "this store; the log is emptied when the store is closed.");
    }
    return record;
}

namespace {

// " WHERE ..." over retention_destructions for the filter, with its values.
QString destructionWhere(const DestructionFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("destroyed_on >= ?");
        *values << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("destroyed_on <= ?");
        *values << isoDate(filter.to);
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        *values << filter.kind;
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QList<DestructionRecord> RetentionService::destructionLog(const DestructionFilter &filter,
                                                          int offset, int limit,
                                                          ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<DestructionRecord> result;
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT id, destroyed_at, destroyed_on, destroyed_by, method, kind, "
                       "rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
                       "proof_hash FROM retention_destructions")
        + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next()) {
        DestructionRecord r;
        r.id = query.value(0).toLongLong();
        r.destroyedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        r.destroyedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        r.destroyedBy = query.value(3).toString();
        r.method = query.value(4).toString();
        r.kind = query.value(5).toString();
        r.ruleText = query.value(6).toString();
        r.subjectRef = query.value(7).toString();
        r.caseNumbers = query.value(8).toString().split(u' ', Qt::SkipEmptyParts);
        r.expiredOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        r.what = query.value(10).toString();
        r.auditSeq = query.value(11).toLongLong();
        r.proofHash = query.value(12).toString();
        result << r;
    }
    return result;
}

int RetentionService::destructionCount(const DestructionFilter &filter, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return 0;
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM retention_destructions") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace pd
