#include "reports/YearReportRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, ServiceError *error)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = ServiceError::fromSql(query.lastError());
    return ok;
}

// Code, count rows into counts; a NULL code counts as "".
bool countsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
              QHash<QString, int> *counts, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, sql, values, error))
        return false;
    while (query.next())
        (*counts)[query.value(0).toString()] += query.value(1).toInt();
    if (query.lastError().isValid()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    return true;
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool YearReportRepository::channels(const QSqlDatabase &db, QDate from, QDate until,
                                    QHash<QString, int> *counts, ServiceError *error)
{
    return countsOf(db,
                    QStringLiteral("SELECT c.channel, count(*) FROM ")
                        + CaseRepository::tableSql(u"c")
                        + QStringLiteral(" WHERE c.received_date BETWEEN ? AND ? GROUP BY 1"),
                    { day(from), day(until) }, counts, error);
}

bool YearReportRepository::outcomes(const QSqlDatabase &db, QDate from, QDate until,
                                    QHash<QString, int> *counts, ServiceError *error)
{
    // As the dashboards' answers (DashboardRepository: answeredInSql).
    return countsOf(
        db,
        QStringLiteral("SELECT c.outcome, count(*) FROM ") + CaseRepository::tableSql(u"c")
            + QStringLiteral(" WHERE c.closed_at IS NOT NULL AND ")
            + CaseRepository::closedDateSql() + QStringLiteral(" BETWEEN ? AND ? GROUP BY 1"),
        { day(from), day(until) }, counts, error);
}

bool YearReportRepository::breachNotices(const QSqlDatabase &db, const QString &fromMoment,
                                         const QString &untilMoment, QDate from, QDate until,
                                         BreachNotices *notices, ServiceError *error)
{
    QSqlQuery query(db);
    const QString table = BreachRepository::tableSql(u"b");
    if (!run(query,
             QStringLiteral("SELECT (SELECT count(*) FROM ") + table
                 + QStringLiteral(" WHERE b.ap_notified_at >= ? AND b.ap_notified_at < ?), "
                                  "(SELECT count(*) FROM ")
                 + table + QStringLiteral(" WHERE b.subjects_notified_on BETWEEN ? AND ?)"),
             { fromMoment, untilMoment, day(from), day(until) }, error))
        return false;
    if (!query.next()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    notices->notifiedToAp = query.value(0).toInt();
    notices->subjectsInformed = query.value(1).toInt();
    return true;
}

} // namespace pd
