// The destruction log (RetentionService, see Retention.h): an entry written with each destruction,
// tied to the audit trail's head at that moment, and the log read back with its filters.

#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace retention;

namespace retention {

bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error)
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

bool logDestruction(const QSqlDatabase &db, const QVariant &ruleId, DestructionRecord *record,
                    ServiceError *error)
{
    if (!lastEvent(db, &record->auditSeq, &record->proofHash, error))
        return false;
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

QString ruleTextOf(const RetentionRule &rule)
{
    // The breach register runs from the closing of the breach, stored as 'overig'.
    return QStringLiteral("%1: %2 %3 na %4")
        .arg(rule.category)
        .arg(rule.period.amount)
        .arg(RetentionCalendar::unitCode(rule.period.unit),
             rule.isBreachRegister() ? QStringLiteral("afsluiten-datalek")
                                     : RetentionCodes::code(rule.trigger));
}

} // namespace retention

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
                       "proof_hash, counts, kept FROM retention_destructions")
        + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(sql::limitValue(m_store.database(), limit));
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
        r.counts = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
        r.kept = query.value(14).toString();
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
