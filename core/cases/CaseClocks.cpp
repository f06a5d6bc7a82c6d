// CaseQuery's clocks: how late a request is on a day against the legal and the policy deadline,
// for the list (appendLate), the dashboards and the CLI's case list alike (one rule, clocksOn;
// clocksOf, which measures the dates CaseRepository::latenessOf reads, is in CaseQuery.cpp).

#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "util/Clock.h"

namespace pd {

namespace {

// Answered after the day (a peildatum in the past): open on that day.
bool openOn(const Case &c, QDate day)
{
    return !c.answeredOn.isValid() || c.answeredOn > day;
}

// clocksOn's lateness, measured on the day when the request was open then, else on the day of
// its answer. Only then a copy of the request without its answer (`case list --json`
// copied every request for it).
Lateness latenessOn(const Case &c, const CaseDeadlines &deadlines, QDate day)
{
    if (!c.answeredOn.isValid() || !openOn(c, day))
        return Lateness::of(c, deadlines, day);
    Case open = c;
    open.answeredOn = QDate();
    return Lateness::of(open, deadlines, day);
}

} // namespace

CaseQuery::Clocks CaseQuery::clocksOn(Case c, const CaseDeadlines &deadlines, QDate day)
{
    Clocks clocks;
    clocks.closedOn = c.answeredOn;
    clocks.lateness = latenessOn(c, deadlines, day);
    clocks.paused = (deadlines.all.suspended || deadlines.all.mandateSuspended) && openOn(c, day);
    return clocks;
}

bool CaseQuery::forEachListed(const CaseService &cases, const CaseFilter &filter, qint64 offset,
                              qint64 limit, const std::function<bool(const Listed &)> &visit,
                              ServiceError *error, const Clock &clock)
{
    if (error)
        *error = {};
    ServiceError failure;
    // Once for the list: a request's deadlines are a pure function of it and the policy.
    const std::optional<DeadlinePolicy> rules = cases.policy(&failure);
    if (!rules) {
        if (error)
            *error = failure;
        return false;
    }
    const QDate day = filter.overdueOn.isValid() ? filter.overdueOn : clock.today();
    ServiceError unreadable;
    const bool read = cases.forEachListed(
        filter, offset, limit,
        [&](const Case &c) {
            // A KCC-medewerker's request holds the intake fields only: the service reads the
            // identification and extension its deadlines depend on.
            const std::optional<CaseDeadlines> d
                = c.intakeOnly ? cases.deadlines(c, &unreadable) : deadlinesFor(c, *rules);
            if (!d)
                return false;
            std::optional<Lateness> lateness;
            if (!c.intakeOnly)
                lateness = latenessOn(c, *d, day); // clocksOn's, without a copy of c
            return visit({ c, *d, lateness });
        },
        &failure);
    if (!read || unreadable.isError()) {
        if (error)
            *error = read ? unreadable : failure;
        return false;
    }
    return true;
}

bool CaseQuery::isLateAgainst(const Lateness &lateness, LateClock clock)
{
    switch (clock) {
    case LateClock::Legal:
        return lateness.legalDays > 0;
    case LateClock::PolicyOnly:
        return lateness.policyDays > 0 && lateness.legalDays == 0;
    }
    return false;
}

} // namespace pd
