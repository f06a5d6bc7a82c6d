// The SQL of the retention planner's tables (RetentionRepository.h, issue 37).
#include "registers/RetentionRepository.h"

#include "registers/RetentionShared.h"
#include "sql/Dialect.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ServiceError *error)
{
    query.prepare(sql);
    bindAll(query, values);
    if (query.exec())
        return true;
    *error = ServiceError::fromSql(query.lastError());
    return false;
}

const QString holdColumns = QStringLiteral(
    "SELECT h.id, h.person_id, p.klantnummer, p.name, h.reason, h.placed_on, h.placed_by "
    "FROM retention_holds h ");

LegalHold holdFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toLongLong(),
             query.value(2).toString(),   query.value(3).toString(),
             query.value(4).toString(),   QDate::fromString(query.value(5).toString(), Qt::ISODate),
             query.value(6).toString() };
}

std::optional<QList<LegalHold>> holdsFrom(QSqlQuery &query, ServiceError *error)
{
    QList<LegalHold> result;
    while (query.next())
        result << holdFrom(query);
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return result;
}

// category, trigger_event, period_amount, period_unit, legal_ground, relations: in this order
// in both the UPDATE and the INSERT of a rule.
QVariantList ruleValues(const RetentionRule &rule)
{
    return { rule.category,
             RetentionCodes::code(rule.trigger),
             rule.period.amount,
             RetentionCalendar::unitCode(rule.period.unit),
             nullable(rule.legalGround),
             nullable(rule.relations.join(u',')) };
}

bool oneRule(const QSqlDatabase &db, const QString &condition, const QVariant &value,
             std::optional<RetentionRule> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT ") + ruleColumns
                 + QStringLiteral(" FROM retention_rules r WHERE ") + condition,
             { value }, error))
        return false;
    if (query.next()) {
        *found = ruleFrom(query, 0);
        return true;
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    return true;
}

} // namespace

std::optional<QList<RetentionRule>> RetentionRepository::rules(const QSqlDatabase &db,
                                                               ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT ") + ruleColumns
                 + QStringLiteral(" FROM retention_rules r ORDER BY r.id"),
             {}, error))
        return std::nullopt;
    QList<RetentionRule> result;
    while (query.next())
        result << ruleFrom(query, 0);
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return result;
}

bool RetentionRepository::ruleByCode(const QSqlDatabase &db, const QString &code,
                                     std::optional<RetentionRule> *found, ServiceError *error)
{
    return oneRule(db, QStringLiteral("r.code = ?"), code, found, error);
}

bool RetentionRepository::ruleById(const QSqlDatabase &db, qint64 id,
                                   std::optional<RetentionRule> *found, ServiceError *error)
{
    return oneRule(db, QStringLiteral("r.id = ?"), id, found, error);
}

std::optional<bool> RetentionRepository::codeTaken(const QSqlDatabase &db, const QString &code,
                                                   ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT count(*) FROM retention_rules WHERE code = ?"), { code },
             error))
        return std::nullopt;
    if (!query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt() != 0;
}

std::optional<qint64> RetentionRepository::insertRule(const QSqlDatabase &db,
                                                      const RetentionRule &rule, const QString &now,
                                                      ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO retention_rules (code, category, trigger_event, "
                            "period_amount, period_unit, legal_ground, relations, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             QVariantList { rule.code } + ruleValues(rule) + QVariantList { now, now }, error))
        return std::nullopt;
    return insertedRowId(db);
}

bool RetentionRepository::updateRule(const QSqlDatabase &db, const RetentionRule &rule,
                                     const QString &now, ServiceError *error)
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("UPDATE retention_rules SET category = ?, trigger_event = ?, "
                              "period_amount = ?, period_unit = ?, legal_ground = ?, relations = "
                              "?, updated_at = ? WHERE id = ?"),
               ruleValues(rule) + QVariantList { now, rule.id }, error);
}

std::optional<QList<std::pair<qint64, QDate>>>
RetentionRepository::manualItemsOf(const QSqlDatabase &db, qint64 ruleId, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT id, trigger_date FROM retention_items WHERE rule_id = ? AND "
                            "destroyed_on IS NULL AND derived = 0"),
             { ruleId }, error))
        return std::nullopt;
    QList<std::pair<qint64, QDate>> items;
    while (query.next())
        items.append({ query.value(0).toLongLong(),
                       QDate::fromString(query.value(1).toString(), Qt::ISODate) });
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return items;
}

bool RetentionRepository::setItemExpiry(const QSqlDatabase &db, qint64 itemId,
                                        const QString &expiresOn, ServiceError *error)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("UPDATE retention_items SET expires_on = ? WHERE id = ?"),
               { expiresOn, itemId }, error);
}

bool RetentionRepository::insertHold(const QSqlDatabase &db, qint64 personId, const QString &reason,
                                     const QString &placedOn, const QString &placedBy,
                                     ServiceError *error)
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("INSERT INTO retention_holds (person_id, reason, placed_on, "
                              "placed_by) VALUES (?, ?, ?, ?)"),
               { personId, reason, placedOn, placedBy }, error);
}

bool RetentionRepository::releaseHold(const QSqlDatabase &db, qint64 personId,
                                      const QString &releasedOn, const QString &releasedBy,
                                      ServiceError *error)
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("UPDATE retention_holds SET released_on = ?, released_by = ? "
                              "WHERE person_id = ? AND released_on IS NULL"),
               { releasedOn, releasedBy, personId }, error);
}

std::optional<QList<LegalHold>> RetentionRepository::openHolds(const QSqlDatabase &db,
                                                               ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             holdColumns + PersonRepository::joinSql(u"p", u"h.person_id")
                 + QStringLiteral(" WHERE h.released_on IS NULL ORDER BY h.placed_on, h.id"),
             {}, error))
        return std::nullopt;
    return holdsFrom(query, error);
}

std::optional<QList<LegalHold>> RetentionRepository::holdsOn(const QSqlDatabase &db,
                                                             const QString &on, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             holdColumns + PersonRepository::joinSql(u"p", u"h.person_id")
                 + QStringLiteral(" WHERE h.placed_on <= ? AND (h.released_on IS NULL OR "
                                  "h.released_on > ?) ORDER BY h.placed_on, h.id"),
             { on, on }, error))
        return std::nullopt;
    return holdsFrom(query, error);
}

bool RetentionRepository::openHoldOf(const QSqlDatabase &db, qint64 personId,
                                     std::optional<LegalHold> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!run(query,
             holdColumns + PersonRepository::joinSql(u"p", u"h.person_id")
                 + QStringLiteral(" WHERE h.released_on IS NULL AND h.person_id = ? ORDER BY "
                                  "h.id LIMIT 1"),
             { personId }, error))
        return false;
    if (query.next()) {
        *found = holdFrom(query);
        return true;
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    return true;
}

bool RetentionRepository::eraseHoldReasons(const QSqlDatabase &db, qint64 personId,
                                           ServiceError *error)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("UPDATE retention_holds SET reason = '' WHERE person_id = ?"),
               { personId }, error);
}

bool RetentionRepository::lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash,
                                    ServiceError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"))
        || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    *seq = query.value(0).toLongLong();
    *hash = QString::fromLatin1(query.value(1).toByteArray().toHex());
    return true;
}

bool RetentionRepository::insertDestruction(const QSqlDatabase &db, const QVariant &ruleId,
                                            DestructionRecord *record, ServiceError *error)
{
    QSqlQuery query(db);
    // A rule without text (a person without requests) or no description is the empty text:
    // QPSQL binds an empty QString as NULL.
    query.prepare(QStringLiteral(
        "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, method, "
        "kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
        "proof_hash, counts, kept) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, "
        "COALESCE(?, ''), ?, ?, ?, ?)"));
    bindAll(query,
            { record->destroyedAt.toString(Qt::ISODateWithMs), isoDate(record->destroyedOn),
              record->destroyedBy, record->method, record->kind, ruleId, record->ruleText,
              record->subjectRef, nullable(record->caseNumbers.join(u' ')),
              isoDate(record->expiredOn), record->what, record->auditSeq, record->proofHash,
              record->counts.isEmpty()
                  ? QVariant(QMetaType(QMetaType::QString))
                  : QVariant(QString::fromUtf8(
                      QJsonDocument(record->counts).toJson(QJsonDocument::Compact))),
              nullable(record->kept) });
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    record->id = insertedRowId(db);
    return true;
}

std::optional<QList<DestructionRecord>>
RetentionRepository::destructions(const QSqlDatabase &db, const DestructionFilter &filter,
                                  int offset, int limit, ServiceError *error)
{
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(db);
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
    QList<DestructionRecord> result;
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
        r.counts = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
        r.kept = query.value(14).toString();
        result << r;
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return result;
}

std::optional<int> RetentionRepository::destructionCount(const QSqlDatabase &db,
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

} // namespace pd
