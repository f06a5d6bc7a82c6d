#include "reports/DashboardMonths.h"
#include "reports/DashboardService.h"
#include "util/Clock.h"

#include <algorithm>

// The list filters behind each figure (drill-down) and the month windows they share with the
// figures.
namespace pd {

using dashboard::firstOfMonth;
using dashboard::lastOfMonth;

QList<QDate> DashboardService::monthsEndingWith(QDate on)
{
    return monthsStartingWith(firstOfMonth(on).addMonths(-(months - 1)));
}

QList<QDate> DashboardService::monthsStartingWith(QDate on)
{
    QList<QDate> result;
    const QDate first = firstOfMonth(on);
    for (int i = 0; i < months; ++i)
        result << first.addMonths(i);
    return result;
}

// --- drill-down ---

CaseListFilter DashboardService::openCases(QDate on, std::optional<CaseState> state)
{
    CaseListFilter filter;
    filter.today = on;
    filter.openOn = on;
    filter.stateOn = state;
    return filter;
}

CaseListFilter DashboardService::overdueCases(QDate on)
{
    CaseListFilter filter = openCases(on);
    filter.deadlineTo = on.addDays(-1);
    return filter;
}

CaseListFilter DashboardService::dueTodayCases(QDate on)
{
    CaseListFilter filter = openCases(on);
    filter.deadlineFrom = on;
    filter.deadlineTo = on;
    return filter;
}

CaseListFilter DashboardService::dueWithin7DaysCases(QDate on)
{
    CaseListFilter filter = openCases(on);
    filter.deadlineFrom = on;
    filter.deadlineTo = on.addDays(7);
    return filter;
}

CaseListFilter DashboardService::intakeCases(QDate month, QDate on, std::optional<RequestType> type)
{
    CaseListFilter filter;
    filter.today = on;
    filter.type = type;
    filter.receivedFrom = firstOfMonth(month);
    filter.receivedTo = std::min(lastOfMonth(month), on);
    return filter;
}

CaseListFilter DashboardService::answeredCases(QDate month, QDate on, std::optional<bool> onTime)
{
    CaseListFilter filter;
    filter.today = on;
    filter.answeredFrom = firstOfMonth(month);
    filter.answeredTo = std::min(lastOfMonth(month), on);
    filter.answeredOnTime = onTime;
    return filter;
}

CaseListFilter DashboardService::answeredInWindowCases(QDate on)
{
    CaseListFilter filter;
    filter.today = on;
    filter.answeredFrom = monthsEndingWith(on).first();
    filter.answeredTo = on;
    return filter;
}

CaseListFilter DashboardService::extendedCases(QDate on, bool lateOnly)
{
    CaseListFilter filter;
    filter.today = on;
    filter.receivedFrom = monthsEndingWith(on).first();
    filter.receivedTo = on;
    filter.extendedBy = on;
    filter.extensionLate = lateOnly;
    return filter;
}

CaseListFilter DashboardService::lateCases(QDate on, LateClock clock)
{
    CaseListFilter filter = openCases(on);
    filter.lateAgainst = clock;
    return filter;
}

CaseListFilter DashboardService::answeredLateCases(QDate on, LateClock clock)
{
    CaseListFilter filter = answeredInWindowCases(on);
    filter.lateAgainst = clock;
    return filter;
}

DueQuery DashboardService::expiringIn(QDate month, QDate on, const QString &ruleCode)
{
    DueQuery query;
    query.on = on;
    query.withinDays = std::max<int>(0, int(on.daysTo(lastOfMonth(month))));
    query.includeExpired = true;
    query.includeHeld = true;
    query.from = firstOfMonth(month);
    query.ruleCode = ruleCode;
    query.asOfOn = true;
    return query;
}

DueQuery DashboardService::expiringInWindow(QDate on)
{
    // expiringIn's conditions over the whole window: from the first month's first day to the
    // last month's last day.
    const QList<QDate> window = monthsStartingWith(on);
    DueQuery query = expiringIn(window.first(), on);
    query.withinDays = std::max<int>(0, int(on.daysTo(lastOfMonth(window.last()))));
    return query;
}

DueQuery DashboardService::expiredOn(QDate on)
{
    DueQuery query;
    query.on = on;
    query.withinDays = 0;
    query.includeExpired = true;
    query.includeHeld = false;
    query.asOfOn = true;
    return query;
}

DestructionFilter DashboardService::destructionsIn(QDate month, QDate on, const QString &kind)
{
    return { firstOfMonth(month), std::min(lastOfMonth(month), on), kind };
}

DestructionFilter DashboardService::destructionsInWindow(QDate on)
{
    return { monthsEndingWith(on).first(), on, {} };
}

DisclosureFilter DashboardService::disclosuresInWindow(QDate on)
{
    DisclosureFilter filter;
    filter.from = monthsEndingWith(on).first();
    filter.to = on;
    return filter;
}

DisclosureFilter DashboardService::disclosuresIn(QDate month, QDate on,
                                                 std::optional<RecipientCategory> category)
{
    DisclosureFilter filter;
    filter.category = category;
    filter.from = firstOfMonth(month);
    filter.to = std::min(lastOfMonth(month), on);
    return filter;
}

DisclosureFilter DashboardService::disclosuresByBasis(QDate on, LegalBasis basis)
{
    DisclosureFilter filter = disclosuresInWindow(on);
    filter.basis = basis;
    return filter;
}

DisclosureFilter DashboardService::disclosuresTo(QDate on, qint64 recipientId)
{
    DisclosureFilter filter = disclosuresInWindow(on);
    filter.recipientId = recipientId;
    return filter;
}

DisclosureFilter DashboardService::toInform(QDate on)
{
    DisclosureFilter filter;
    filter.pendingOn = on;
    return filter;
}

DisclosureFilter DashboardService::prohibited(QDate on)
{
    DisclosureFilter filter;
    filter.informed = InformedStatus::Prohibited;
    filter.to = on;
    return filter;
}

QDateTime DashboardService::breachMoment(QDate on, const QDateTime &now)
{
    if (organisationDay(now) == on)
        return now.toUTC();
    return on.addDays(1).startOfDay(organisationTimeZone()).addSecs(-1).toUTC();
}

} // namespace pd
