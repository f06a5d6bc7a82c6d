#include "reports/YearReportRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "reports/DashboardRepository.h"

namespace pd {

using dashboard::Reads;

namespace {

// Code, count rows into counts; a NULL code counts as "".
bool countsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
              QHash<QString, int> *counts, ServiceError *error)
{
    enum CountColumn { Code, Count };
    Reads reads;
    QSqlQuery query(db);
    if (reads.run(query, sql, values)) {
        while (query.next())
            (*counts)[query.value(Code).toString()] += query.value(Count).toInt();
        reads.ended(query);
    }
    return !reads.failed(error);
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool YearReportRepository::channels(const QSqlDatabase &db, QDate from, QDate until,
                                    QHash<QString, int> *counts, ServiceError *error)
{
    return countsOf(db, CaseRepository::channelCountsSql(), { day(from), day(until) }, counts,
                    error);
}

bool YearReportRepository::outcomes(const QSqlDatabase &db, QDate from, QDate until,
                                    QHash<QString, int> *counts, ServiceError *error)
{
    // As the dashboards' answers (CaseRepository::closedBetweenSql).
    return countsOf(db, CaseRepository::outcomeCountsSql(), { day(from), day(until) }, counts,
                    error);
}

bool YearReportRepository::breachNotices(const QSqlDatabase &db, const QString &fromMoment,
                                         const QString &untilMoment, QDate from, QDate until,
                                         BreachNotices *notices, ServiceError *error)
{
    // noticeCountsSql()'s columns, in its order.
    enum NoticeColumn { NotifiedToAp, SubjectsInformed };
    Reads reads;
    QSqlQuery query(db);
    if (reads.run(query, BreachRepository::noticeCountsSql(),
                  { fromMoment, untilMoment, day(from), day(until) })) {
        if (query.next()) {
            notices->notifiedToAp = query.value(NotifiedToAp).toInt();
            notices->subjectsInformed = query.value(SubjectsInformed).toInt();
        } else {
            reads.fail(ServiceError::fromSql(query.lastError()));
        }
    }
    return !reads.failed(error);
}

} // namespace pd
