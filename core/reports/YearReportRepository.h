#pragma once

#include "util/ServiceError.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// The year report's own counts: what the dashboards do not show, over the same days
// as their figures, asked of the owners (CaseRepository::channelCountsSql, outcomeCountsSql;
// BreachRepository::noticeCountsSql). Read-only; false with *error set when a read failed (never
// zeros). The role check is the caller's (YearReportService).
class YearReportRepository final
{
public:
    // Requests received from..until (received_date), per channel code.
    static bool channels(const QSqlDatabase &db, QDate from, QDate until,
                         QHash<QString, int> *counts, ServiceError *error);
    // Requests answered (or closed) from..until, as the dashboards count them, per outcome code
    // ("" for a request closed without one).
    static bool outcomes(const QSqlDatabase &db, QDate from, QDate until,
                         QHash<QString, int> *counts, ServiceError *error);
    struct BreachNotices
    {
        int notifiedToAp = 0; // ap_notified_at in [fromMoment, untilMoment)
        int subjectsInformed = 0; // subjects_notified_on in from..until
    };
    // fromMoment, untilMoment: stored UTC moments (BreachCodes::storedMoment) of the first
    // day's start and of the day after the last.
    static bool breachNotices(const QSqlDatabase &db, const QString &fromMoment,
                              const QString &untilMoment, QDate from, QDate until,
                              BreachNotices *notices, ServiceError *error);
};

} // namespace pd
