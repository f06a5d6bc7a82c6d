// The retention planner's statements above the other modules (RetentionDestructionRepository.h):
// the due list, what destruction reads of a person, the destruction log.
#include "retention/RetentionDestructionRepository.h"

#include "audit/AuditRepository.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "registers/DisclosureRepository.h"
#include "retention/RetentionShared.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/Statements.h"
#include "terms/RetentionRepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace pd {

using namespace retention;

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

// A statement with its values, in the order they bind.
struct Statement
{
    QString sql;
    QVariantList values;
};

// Per person whose requests are all answered (or closed), the last answer (trigger t), range-
// limited through latestTriggerExpiringBy. Which requests are closed, and on which day, is the
// requests' rule (CaseRepository::closedPersonsSql, closedDateSql).
Statement filesTriggers(const DueQuery &q, const RetentionRule &files)
{
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    const QString on = isoDate(q.on);
    const QString closed = CaseRepository::closedDateSql();
    Statement inner;
    inner.sql = CaseRepository::closedPersonsSql(q.asOfOn);
    if (q.asOfOn) // as it stood on `on`: the requests received by then, all answered by then
        inner.values << on << on;
    inner.sql += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") <= ?");
    inner.values << isoDate(RetentionCalendar::latestTriggerExpiringBy(until, files.period));
    if (!q.includeExpired) {
        inner.sql += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        inner.values << isoDate(RetentionCalendar::latestTriggerExpiringBy(q.on, files.period));
    }
    if (q.from.isValid()) {
        inner.sql += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        inner.values << isoDate(
            RetentionCalendar::latestTriggerExpiringBy(q.from.addDays(-1), files.period));
    }
    return inner;
}

// The computed request-file items of the due list, by trigger (counting: their number).
// The columns of filesStatement()'s list and of requestFilesItemOf()'s SELECT, in their order:
// requestFilesItem reads them.
enum FilesColumn { FilesPersonId, FilesKlantnummer, FilesName, FilesTrigger, FilesHoldReason };

Statement filesStatement(const DueQuery &q, const RetentionRule &files, bool counting,
                         const QString &limit)
{
    const Statement inner = filesTriggers(q, files);
    // Not anonymised (by `on`): the anonymised persons are a short list (persons_anonymised).
    const QString anonymised = u'(' + PersonRepository::anonymisedIdsSql(u"a", q.asOfOn) + u')';
    const QVariantList anonymisedValues
        = q.asOfOn ? QVariantList { isoDate(q.on) } : QVariantList {};
    Statement d;
    if (counting) {
        d.sql = QStringLiteral("SELECT count(*) FROM (") + inner.sql;
    } else {
        d.sql = QStringLiteral("SELECT p.id, ") + PersonRepository::labelSql(u"p")
            + QStringLiteral(", g.t, ")
            + RetentionRepository::holdReasonSql(q, QStringLiteral("p.id"))
            + QStringLiteral(" FROM (") + inner.sql;
        d.values << RetentionRepository::heldValues(q);
    }
    d.sql += QStringLiteral(") g ");
    d.values << inner.values;
    if (!counting)
        d.sql += PersonRepository::joinSql(u"p", u"g.person") + u' ';
    d.sql += QStringLiteral("WHERE g.person NOT IN ") + anonymised;
    d.values << anonymisedValues;
    if (!q.includeHeld) {
        d.sql += QStringLiteral(" AND g.person NOT IN ") + RetentionRepository::heldPersonsSql(q);
        d.values << RetentionRepository::heldValues(q);
    }
    if (!counting)
        d.sql += QStringLiteral(" ORDER BY g.t, p.id") + limit;
    return d;
}

QString limitSql(qint64 wanted)
{
    return wanted < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(wanted);
}

// A request-file item from a row: person id, customer number, name, trigger, hold reason.
RetentionItem requestFilesItem(const QSqlQuery &query, const RetentionRule &files, QDate on,
                               int withinDays)
{
    RetentionItem item;
    item.personId = query.value(FilesPersonId).toLongLong();
    item.klantnummer = query.value(FilesKlantnummer).toString();
    item.name = query.value(FilesName).toString();
    item.rule = files;
    item.trigger = QDate::fromString(query.value(FilesTrigger).toString(), Qt::ISODate);
    item.expires = RetentionCalendar::expiry(item.trigger, files.period);
    item.holdReason = query.value(FilesHoldReason).toString();
    item.state = RetentionService::stateOn(item.expires, on, withinDays,
                                           !query.isNull(FilesHoldReason), false);
    return item;
}

bool run(QSqlQuery &query, const Statement &statement, ServiceError *error)
{
    return statements::run(query, statement.sql, statement.values, error);
}

} // namespace

// --- the due list ---

std::optional<QList<RetentionItem>>
RetentionDestructionRepository::dueStored(const QSqlDatabase &db, const DueQuery &q, qint64 wanted,
                                          ServiceError *error)
{
    QSqlQuery query(db);
    Statement stored;
    stored.sql = RetentionRepository::dueItemsSql(q, false, limitSql(wanted), &stored.values);
    if (!run(query, stored, error))
        return std::nullopt;
    QList<RetentionItem> items;
    while (query.next()) {
        RetentionItem item = RetentionRepository::itemFrom(query, q.on, q.withinDays);
        if (q.asOfOn && item.destroyedOn > q.on) // not yet destroyed then
            item.state = RetentionService::stateOn(item.expires, q.on, q.withinDays,
                                                   RetentionRepository::itemHeld(query), false);
        items << item;
    }
    if (!statements::ended(query, error)) // never a shorter list of what is due
        return std::nullopt;
    return items;
}

std::optional<int> RetentionDestructionRepository::countDueStored(const QSqlDatabase &db,
                                                                  const DueQuery &q,
                                                                  ServiceError *error)
{
    Statement statement;
    statement.sql = RetentionRepository::dueItemsSql(q, true, {}, &statement.values);
    return statements::count(db, statement.sql, statement.values, error);
}

std::optional<QList<RetentionItem>>
RetentionDestructionRepository::dueRequestFiles(const QSqlDatabase &db, const DueQuery &q,
                                                const RetentionRule &files, qint64 wanted,
                                                ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, filesStatement(q, files, false, limitSql(wanted)), error))
        return std::nullopt;
    QList<RetentionItem> items;
    while (query.next())
        items << requestFilesItem(query, files, q.on, q.withinDays);
    if (!statements::ended(query, error))
        return std::nullopt;
    return items;
}

std::optional<int> RetentionDestructionRepository::countDueRequestFiles(const QSqlDatabase &db,
                                                                        const DueQuery &q,
                                                                        const RetentionRule &files,
                                                                        ServiceError *error)
{
    const Statement statement = filesStatement(q, files, true, {});
    return statements::count(db, statement.sql, statement.values, error);
}

bool RetentionDestructionRepository::requestFilesItemOf(const QSqlDatabase &db, qint64 personId,
                                                        const RetentionRule &files, QDate on,
                                                        int withinDays,
                                                        std::optional<RetentionItem> *found,
                                                        ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!statements::run(
            query,
            QStringLiteral("SELECT p.id, ") + PersonRepository::labelSql(u"p")
                + QStringLiteral(", MAX(") + CaseRepository::closedDateSql() + QStringLiteral("), ")
                + RetentionRepository::holdReasonSql(DueQuery {}, QStringLiteral("p.id"))
                + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c") + QStringLiteral(" ")
                + PersonRepository::joinSql(u"p", CaseRepository::personIdSql())
                + QStringLiteral(" WHERE p.id = ? AND ") + PersonRepository::presentSql(u"p")
                + QStringLiteral(" GROUP BY p.id, ") + PersonRepository::labelSql(u"p")
                + QStringLiteral(" HAVING SUM(CASE WHEN ") + CaseRepository::isClosedSql()
                + QStringLiteral(" THEN 0 ELSE 1 END) = 0"),
            { personId }, error))
        return false;
    if (query.next()) {
        RetentionItem item = requestFilesItem(query, files, on, withinDays);
        item.personId = personId;
        *found = item;
    }
    return true;
}

std::optional<QList<qint64>> RetentionDestructionRepository::reducedPersons(const QSqlDatabase &db,
                                                                            ServiceError *error)
{
    // A reduced person who came back with a new request holds more than that again.
    return statements::select(
        db,
        QStringLiteral("SELECT p.id FROM ") + PersonRepository::tableSql(u"p")
            + QStringLiteral(" WHERE ") + PersonRepository::reducedSql(u"p")
            + QStringLiteral(" AND ") + PersonRepository::presentSql(u"p")
            + QStringLiteral(" AND NOT ") + CaseRepository::requestsExistSql(u"p")
            + QStringLiteral(" ORDER BY p.id"),
        {}, [](const QSqlQuery &row) { return row.value(0).toLongLong(); }, error);
}

// --- what destruction reads and changes of a person ---

bool RetentionDestructionRepository::remainsOf(const QSqlDatabase &db, qint64 personId,
                                               Remains *left, ServiceError *error)
{
    QSqlQuery query(db);
    // The SELECT's columns, in its order.
    enum Column { Present, Reduced, OpenItemCount, RequestCount, OpenHoldCount };
    if (!sql::execute(query,
                      QStringLiteral("SELECT ") + PersonRepository::presentSql(u"p")
                          + QStringLiteral(", ") + PersonRepository::reducedSql(u"p")
                          + QStringLiteral(", ")
                          + RetentionRepository::openItemCountSql(QStringLiteral("p.id"))
                          + QStringLiteral(", ") + CaseRepository::requestCountSql(u"p")
                          + QStringLiteral(", ")
                          + RetentionRepository::openHoldCountSql(QStringLiteral("p.id"))
                          + QStringLiteral(" FROM ") + PersonRepository::tableSql(u"p")
                          + QStringLiteral(" WHERE p.id = ?"),
                      { personId })
        || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    left->present = query.value(Present).toBool();
    left->reduced = query.value(Reduced).toBool();
    left->remaining = query.value(OpenItemCount).toInt();
    left->withoutRequests = query.value(RequestCount).toInt() == 0;
    left->held = query.value(OpenHoldCount).toInt() > 0;
    return true;
}

std::optional<int> RetentionDestructionRepository::disclosureCount(const QSqlDatabase &db,
                                                                   qint64 personId,
                                                                   ServiceError *error)
{
    return statements::count(db, DisclosureRepository::countOfPersonSql(), { personId }, error);
}

std::optional<int> RetentionDestructionRepository::destructionCountOfRule(const QSqlDatabase &db,
                                                                          qint64 ruleId,
                                                                          ServiceError *error)
{
    return statements::count(
        db, QStringLiteral("SELECT count(*) FROM retention_destructions WHERE rule_id = ?"),
        { ruleId }, error);
}

std::optional<int> RetentionDestructionRepository::personAuditDetailsCount(const QSqlDatabase &db,
                                                                           qint64 personId,
                                                                           ServiceError *error)
{
    return statements::count(
        db,
        AuditRepository::detailsCountSql(
            QStringLiteral("(a.entity_type = 'person' AND a.entity_id = ?) OR (a.entity_type = "
                           "'case' AND a.entity_id IN ")
            + CaseRepository::numbersOfPersonSql()
            + QStringLiteral(") OR (a.entity_type = 'disclosure' AND a.entity_id IN (")
            + DisclosureRepository::idsOfPersonSql() + QStringLiteral("))")),
        { QString::number(personId), personId, personId }, error);
}

bool RetentionDestructionRepository::eraseExemptReasons(const QSqlDatabase &db, qint64 personId,
                                                        ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(
        query, DisclosureRepository::eraseExemptReasonsSql(CaseRepository::idsOfPersonSql()),
        { personId }, error);
}

// --- the destruction log ---

QString RetentionDestructionRepository::destructionsTableSql()
{
    return QStringLiteral("retention_destructions");
}

bool RetentionDestructionRepository::lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash,
                                               ServiceError *error)
{
    QSqlQuery query(db);
    if (!query.exec(AuditRepository::sealedHeadSql(db)) || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    *seq = query.value(AuditRepository::HeadSeq).toLongLong();
    *hash = QString::fromLatin1(query.value(AuditRepository::HeadHash).toByteArray().toHex());
    return true;
}

bool RetentionDestructionRepository::insertDestruction(const QSqlDatabase &db,
                                                       const QVariant &ruleId,
                                                       DestructionRecord *record,
                                                       ServiceError *error)
{
    QSqlQuery query(db);
    // A rule without text (a person without requests) or no description is the empty text:
    // QPSQL binds an empty QString as NULL.
    if (!sql::execute(
            query,
            QStringLiteral(
                "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, "
                "method, kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, "
                "audit_seq, proof_hash, counts, kept) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), "
                "?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"),
            { record->destroyedAt.toString(Qt::ISODateWithMs), isoDate(record->destroyedOn),
              record->destroyedBy, record->method, record->kind, ruleId, record->ruleText,
              record->subjectRef, nullable(record->caseNumbers.join(u' ')),
              isoDate(record->expiredOn), record->what, record->auditSeq, record->proofHash,
              record->counts.isEmpty()
                  ? QVariant(QMetaType(QMetaType::QString))
                  : QVariant(QString::fromUtf8(
                      QJsonDocument(record->counts).toJson(QJsonDocument::Compact))),
              nullable(record->kept) })) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    return statements::insertedId(db, &record->id, error);
}

std::optional<QList<DestructionRecord>>
RetentionDestructionRepository::destructions(const QSqlDatabase &db,
                                             const DestructionFilter &filter, int offset, int limit,
                                             ServiceError *error)
{
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(db);
    // The SELECT's columns, in its order.
    enum Column {
        Id,
        DestroyedAt,
        DestroyedOn,
        DestroyedBy,
        Method,
        Kind,
        RuleText,
        SubjectRef,
        CaseNumbers,
        ExpiredOn,
        What,
        AuditSeq,
        ProofHash,
        Counts,
        Kept
    };
    query.prepare(
        QStringLiteral("SELECT id, destroyed_at, destroyed_on, destroyed_by, method, kind, "
                       "rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
                       "proof_hash, counts, kept FROM retention_destructions")
        + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(sql::limitValue(db, limit));
    query.addBindValue(offset);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    const auto recordFrom = [](const QSqlQuery &row) {
        DestructionRecord r;
        r.id = row.value(Id).toLongLong();
        r.destroyedAt = QDateTime::fromString(row.value(DestroyedAt).toString(), Qt::ISODateWithMs);
        r.destroyedOn = QDate::fromString(row.value(DestroyedOn).toString(), Qt::ISODate);
        r.destroyedBy = row.value(DestroyedBy).toString();
        r.method = row.value(Method).toString();
        r.kind = row.value(Kind).toString();
        r.ruleText = row.value(RuleText).toString();
        r.subjectRef = row.value(SubjectRef).toString();
        r.caseNumbers = row.value(CaseNumbers).toString().split(u' ', Qt::SkipEmptyParts);
        r.expiredOn = QDate::fromString(row.value(ExpiredOn).toString(), Qt::ISODate);
        r.what = row.value(What).toString();
        r.auditSeq = row.value(AuditSeq).toLongLong();
        r.proofHash = row.value(ProofHash).toString();
        r.counts = QJsonDocument::fromJson(row.value(Counts).toString().toUtf8()).object();
        r.kept = row.value(Kept).toString();
        return r;
    };
    return statements::rows(query, recordFrom, error);
}

std::optional<int> RetentionDestructionRepository::destructionCount(const QSqlDatabase &db,
                                                                    const DestructionFilter &filter,
                                                                    ServiceError *error)
{
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM retention_destructions") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool RetentionDestructionRepository::truncateWriteAheadLog(const QSqlDatabase &db, QString *why)
{
    // A server store's log and old row versions are the server's (its VACUUM, its volume
    // encryption): the client has no log of its own to empty.
    if (sql::isServer(db))
        return true;
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
        // The pragma's columns, in their order.
        enum Column { Busy, Log, Checkpointed };
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
            failure = query.lastError().text();
            continue;
        }
        const int busy = query.value(Busy).toInt();
        const int log = query.value(Log).toInt();
        const int checkpointed = query.value(Checkpointed).toInt();
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

} // namespace pd
