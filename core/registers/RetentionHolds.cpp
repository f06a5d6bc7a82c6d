// The retention planner: legal holds (RetentionService, see Retention.h).

#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace retention;

// --- legal holds ---

bool RetentionService::placeHold(qint64 personId, const QString &reason, bool bsnOverride,
                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_placed"), QString::number(personId), error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the reason for the legal hold, for example an open complaint "
                            "at the Autoriteit Persoonsgegevens."));
        return false;
    }
    if (!guard({ { tr("Reason for the legal hold"), reason } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    ServiceError presentError;
    const std::optional<bool> present = PersonRepository::exists(
        db, personId, PersonRepository::Anonymised::Excluded, &presentError);
    if (!present || !*present) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    ServiceError readError;
    if (holdFor(personId, &readError) || readError.isError()) {
        *error = readError.isError()
            ? readError
            : invalid(tr("This data subject is already under a legal hold."));
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO retention_holds (person_id, reason, placed_on, "
                                 "placed_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(personId);
    query.addBindValue(reason.trimmed());
    query.addBindValue(isoDate(m_clock.today()));
    query.addBindValue(m_store.userName());
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.placed"),
                    { { QStringLiteral("reason"), reason.trimmed() } }, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!flushOverrides(log, personEntity, QString::number(personId), error))
        return false;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool RetentionService::releaseHold(qint64 personId, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_released"), QString::number(personId), error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    ServiceError readError;
    if (!holdFor(personId, &readError)) {
        *error = readError.isError() ? readError
                                     : invalid(tr("This data subject is not under a legal hold."));
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE retention_holds SET released_on = ?, released_by = ? "
                                 "WHERE person_id = ? AND released_on IS NULL"));
    query.addBindValue(isoDate(m_clock.today()));
    query.addBindValue(m_store.userName());
    query.addBindValue(personId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.released"), {}, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

namespace {

const QString holdSelect
    = QStringLiteral(
          "SELECT h.id, h.person_id, p.klantnummer, p.name, h.reason, h.placed_on, h.placed_by "
          "FROM retention_holds h ")
    + PersonRepository::joinSql(u"p", u"h.person_id")
    + QStringLiteral(" WHERE h.released_on IS NULL ");

LegalHold holdFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toLongLong(),
             query.value(2).toString(),   query.value(3).toString(),
             query.value(4).toString(),   QDate::fromString(query.value(5).toString(), Qt::ISODate),
             query.value(6).toString() };
}

} // namespace

QList<LegalHold> RetentionService::holds(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<LegalHold> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(holdSelect + QStringLiteral("ORDER BY h.placed_on, h.id"))) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << holdFrom(query);
    return result;
}

QList<LegalHold> RetentionService::holdsOn(QDate on, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<LegalHold> result;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral(
            "SELECT h.id, h.person_id, p.klantnummer, p.name, h.reason, h.placed_on, h.placed_by "
            "FROM retention_holds h ")
        + PersonRepository::joinSql(u"p", u"h.person_id")
        + QStringLiteral(" WHERE h.placed_on <= ? AND (h.released_on IS NULL OR h.released_on > ?) "
                         "ORDER BY h.placed_on, h.id"));
    query.addBindValue(isoDate(on));
    query.addBindValue(isoDate(on));
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << holdFrom(query);
    return result;
}

std::optional<LegalHold> RetentionService::holdFor(qint64 personId, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(holdSelect + QStringLiteral("AND h.person_id = ? ORDER BY h.id LIMIT 1"));
    query.addBindValue(personId);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return holdFrom(query);
}

} // namespace pd
