#pragma once

#include "util/ServiceError.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// The year report's counts that the dashboards do not show, over the same days; the role check is
// the caller's.
class YearReportRepository final
{
public:
    static bool channels(const QSqlDatabase &db, QDate from, QDate until,
                         QHash<QString, int> *counts, ServiceError *error);
    // As the dashboards count them; "" for a request closed without an outcome.
    static bool outcomes(const QSqlDatabase &db, QDate from, QDate until,
                         QHash<QString, int> *counts, ServiceError *error);
    struct BreachNotices
    {
        int notifiedToAp = 0; // ap_notified_at in [fromMoment, untilMoment)
        int subjectsInformed = 0; // subjects_notified_on in from..until
    };
    // Stored UTC moments of the first day's start and of the day after the last.
    static bool breachNotices(const QSqlDatabase &db, const QString &fromMoment,
                              const QString &untilMoment, QDate from, QDate until,
                              BreachNotices *notices, ServiceError *error);
};

} // namespace pd
