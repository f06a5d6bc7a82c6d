// The data-breach register's retention items (RetentionBreachRepository.h): computed from
// the closed breaches (through BreachRepository::tableSql and its column fragments), as the
// request files are from the closed requests.
#include "retention/RetentionBreachRepository.h"

#include "audit/AuditRepository.h"
#include "breaches/Breach.h"
#include "breaches/BreachRepository.h"
#include "retention/RetentionShared.h"
#include "sql/StatementText.h"
#include "store/Statements.h"
#include "terms/RetentionRepository.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace retention;

namespace {

// The first moment of a day in Europe/Amsterdam as stored (UTC text): closed_at before it is
// closed on an earlier day there, so that a range of closing days is a range of stored text.
QString startOfLocalDay(QDate day)
{
    return BreachCodes::storedMoment(day.startOfDay(organisationTimeZone()).toUTC());
}

// " WHERE ..." over breaches b for the closed breaches whose period under `period` ends in the
// range of the query (the trigger is the closing day in Amsterdam), with its values. As the
// request files: closed and not destroyed now, or (asOfOn) closed by `on` and not destroyed by
// then. A breach that was reopened is open: its earlier closing no longer counts.
QString dueWhere(const DueQuery &q, const RetentionPeriod &period, QVariantList *values)
{
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    // Closed on or before `latest` (Amsterdam): before the start of the next day there.
    const auto closedBy = [&period](QDate expiringBy) {
        return startOfLocalDay(
            RetentionCalendar::latestTriggerExpiringBy(expiringBy, period).addDays(1));
    };
    const QString closedAt = BreachRepository::closedAtSql(u"b");
    QString where = QStringLiteral(" WHERE ") + BreachRepository::isClosedSql(u"b");
    if (q.asOfOn) {
        where += QStringLiteral(" AND ") + BreachRepository::notDestroyedBySql(u"b")
            + QStringLiteral(" AND ") + closedAt + QStringLiteral(" < ?");
        *values << isoDate(q.on) << startOfLocalDay(q.on.addDays(1));
    } else {
        where += QStringLiteral(" AND ") + BreachRepository::notDestroyedSql(u"b");
    }
    where += QStringLiteral(" AND ") + closedAt + QStringLiteral(" < ?");
    *values << closedBy(until);
    if (!q.includeExpired) {
        where += QStringLiteral(" AND ") + closedAt + QStringLiteral(" >= ?");
        *values << closedBy(q.on);
    }
    if (q.from.isValid()) {
        where += QStringLiteral(" AND ") + closedAt + QStringLiteral(" >= ?");
        *values << closedBy(q.from.addDays(-1));
    }
    return where;
}

} // namespace

std::optional<QList<RetentionBreachRepository::DueBreach>>
RetentionBreachRepository::dueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                       const RetentionPeriod &period, qint64 wanted,
                                       ServiceError *error)
{
    QVariantList values;
    const QString where = dueWhere(q, period, &values);
    enum Column { Number, Title, ClosedAt }; // the SELECT's columns, in its order
    return statements::select(
        db,
        QStringLiteral("SELECT ") + BreachRepository::numberSql(u"b") + QStringLiteral(", ")
            + BreachRepository::titleSql(u"b") + QStringLiteral(", ")
            + BreachRepository::closedAtSql(u"b") + QStringLiteral(" FROM ")
            + BreachRepository::tableSql(u"b") + where + QStringLiteral(" ORDER BY ")
            + BreachRepository::closedAtSql(u"b") + QStringLiteral(", b.id")
            + (wanted < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(wanted)),
        values,
        [](const QSqlQuery &row) {
            return DueBreach { row.value(Number).toString(), row.value(Title).toString(),
                               row.value(ClosedAt).toString() };
        },
        error);
}

std::optional<int> RetentionBreachRepository::countDueBreaches(const QSqlDatabase &db,
                                                               const DueQuery &q,
                                                               const RetentionPeriod &period,
                                                               ServiceError *error)
{
    QVariantList values;
    const QString where = dueWhere(q, period, &values);
    QSqlQuery query(db);
    if (!sql::execute(query,
                      QStringLiteral("SELECT count(*) FROM ") + BreachRepository::tableSql(u"b")
                          + where,
                      values)
        || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<int> RetentionBreachRepository::auditDetailsCount(const QSqlDatabase &db,
                                                                const QString &entityType,
                                                                const QString &entityId,
                                                                ServiceError *error)
{
    return statements::count(
        db,
        AuditRepository::detailsCountSql(QStringLiteral("a.entity_type = ? AND a.entity_id = ?")),
        { entityType, entityId }, error);
}

} // namespace pd
