#include "domain/DeadlineCalendar.h"

#include "domain/Holidays.h"
#include "domain/LawAlone.h"

#include <algorithm>

namespace pd {

namespace {

constexpr int DaysPerWeek = 7;

bool isDayBased(PeriodUnit unit)
{
    return unit == PeriodUnit::Days || unit == PeriodUnit::Weeks;
}

int inDays(Period period)
{
    return period.unit == PeriodUnit::Weeks ? period.amount * DaysPerWeek : period.amount;
}

// The end of one period: from the start, plus the identification pause, then (if asked) the
// next working day. The pause goes in before the move (domain.md), so a pause that pushes the
// deadline off a weekend does not get the weekend's days on top.
QDate deadline(QDate end, int pauseDays, bool move, const WorkingDays &workingDays)
{
    const QDate paused = end.addDays(pauseDays);
    return move ? workingDays.nextWorkingDayFrom(paused) : paused;
}

} // namespace

QDate addPeriod(QDate from, Period period)
{
    if (!from.isValid())
        return {};
    switch (period.unit) {
    case PeriodUnit::Days:
    case PeriodUnit::Weeks:
        return from.addDays(inDays(period));
    case PeriodUnit::Months:
        // QDate::addMonths keeps the day of the month and clamps it to the last day of a
        // shorter month: exactly art. 3(2)(c), and no end-of-month-to-end-of-month rule.
        return from.addMonths(period.amount);
    }
    return {};
}

DeadlinePolicy lawAlonePolicy()
{
    DeadlinePolicy policy;
    policy.base = { 1, PeriodUnit::Months };
    policy.extension = { 2, PeriodUnit::Months };
    policy.moveToWorkingDay = true;
    return policy;
}

bool isLawAlone(const DeadlinePolicy &policy)
{
    const DeadlinePolicy law = lawAlonePolicy();
    return policy.base == law.base && policy.extension == law.extension && policy.moveToWorkingDay;
}

QDate addPeriods(QDate from, Period first, Period second)
{
    if (first.unit == PeriodUnit::Months && second.unit == PeriodUnit::Months)
        return addPeriod(from, { first.amount + second.amount, PeriodUnit::Months });
    if (isDayBased(first.unit) && isDayBased(second.unit))
        return addPeriod(from, { inDays(first) + inDays(second), PeriodUnit::Days });
    return addPeriod(addPeriod(from, first), second);
}

Deadlines computeDeadlines(const DeadlineInput &input, const DeadlinePolicy &policy)
{
    Deadlines result;
    if (!input.received.isValid())
        return result;

    // Identification: only a request sent within the allowed days stops the clock. A request
    // dated before receipt (a typing error, or asked at the counter) counts as on the day.
    QDate start = input.received;
    int pauseDays = 0;
    if (input.identificationRequested.isValid()) {
        const QDate requested = std::max(input.identificationRequested, input.received);
        if (input.received.daysTo(requested) > policy.identificationRequestWithinDays) {
            result.identificationLate = true;
        } else if (!input.identificationReceived.isValid()) {
            result.suspended = true; // the minimum dates: the pause is not known yet
        } else if (policy.identificationModel == IdentificationModel::Restart) {
            start = std::max(input.identificationReceived, input.received);
            result.pauseApplied = start != input.received;
        } else {
            pauseDays = static_cast<int>(
                std::max<qint64>(0, requested.daysTo(input.identificationReceived)));
            result.pauseApplied = pauseDays > 0;
        }
    }
    result.periodStart = start;
    result.pauseDays = pauseDays;
    // The mandate's pause: the days from its request to its receipt that the identification
    // did not already stop (its pause, or the days before a restart).
    if (input.mandateRequested.isValid()) {
        const QDate requested = std::max(input.mandateRequested, input.received);
        if (input.received.daysTo(requested) > policy.identificationRequestWithinDays) {
            result.mandateLate = true;
        } else if (!input.mandateReceived.isValid()) {
            result.mandateSuspended = true;
        } else {
            const QDate covered = start != input.received
                ? start
                : (pauseDays > 0 ? input.identificationReceived : QDate());
            const QDate coveredFrom = start != input.received
                ? input.received
                : std::max(input.identificationRequested, input.received);
            int days = 0;
            for (QDate day = requested; day < input.mandateReceived; day = day.addDays(1)) {
                if (!(covered.isValid() && day >= coveredFrom && day < covered))
                    ++days;
            }
            result.mandatePauseDays = days;
        }
    }
    pauseDays += result.mandatePauseDays;

    // Reg. 1182/71 art. 3(4) moves a legal deadline only over Saturdays, Sundays and the public
    // holidays of the State (here: Algemene termijnenwet). An organisation's own closing days
    // are its business, not the law's: they move only the policy deadline. Moving the legal
    // deadline over them would show a date later than the AP accepts.
    const WorkingDays legalDays { QSet<QDate>() };
    const WorkingDays workingDays(policy.closingDays);
    constexpr Period OneMonth { 1, PeriodUnit::Months };
    constexpr Period ThreeMonths { 3, PeriodUnit::Months };

    result.legal = deadline(addPeriod(start, OneMonth), pauseDays, true, legalDays);
    result.legalExtended = deadline(addPeriod(start, ThreeMonths), pauseDays, true, legalDays);
    result.policy
        = deadline(addPeriod(start, policy.base), pauseDays, policy.moveToWorkingDay, workingDays);
    result.policyExtended = deadline(addPeriods(start, policy.base, policy.extension), pauseDays,
                                     policy.moveToWorkingDay, workingDays);

    result.binding = result.policy < result.legal ? Binding::Policy : Binding::Legal;
    result.effective = result.binding == Binding::Policy ? result.policy : result.legal;
    // A policy without an extension of its own ("binnen vier weken") cannot extend its own
    // term; the law's extension (art. 12(3) AVG) stays available beyond it: extended, only the
    // legal deadline counts.
    result.bindingExtended
        = policy.extension.amount > 0 && result.policyExtended < result.legalExtended
        ? Binding::Policy
        : Binding::Legal;
    result.effectiveExtended
        = result.bindingExtended == Binding::Policy ? result.policyExtended : result.legalExtended;
    return result;
}

QString bindingCode(Binding binding)
{
    switch (binding) {
    case Binding::Legal:
        return QStringLiteral("legal");
    case Binding::Policy:
        return QStringLiteral("policy");
    }
    return {};
}

std::optional<Binding> parseBinding(const QString &code)
{
    for (const Binding binding : { Binding::Legal, Binding::Policy }) {
        if (code == bindingCode(binding))
            return binding;
    }
    return std::nullopt;
}

QString unitCode(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Days:
        return QStringLiteral("days");
    case PeriodUnit::Weeks:
        return QStringLiteral("weeks");
    case PeriodUnit::Months:
        return QStringLiteral("months");
    }
    return {};
}

std::optional<PeriodUnit> parseUnit(const QString &code)
{
    for (const PeriodUnit unit : { PeriodUnit::Days, PeriodUnit::Weeks, PeriodUnit::Months }) {
        if (code == unitCode(unit))
            return unit;
    }
    return std::nullopt;
}

QString identificationModelCode(IdentificationModel model)
{
    switch (model) {
    case IdentificationModel::Pause:
        return QStringLiteral("pause");
    case IdentificationModel::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

std::optional<IdentificationModel> parseIdentificationModel(const QString &code)
{
    for (const IdentificationModel model :
         { IdentificationModel::Pause, IdentificationModel::Restart }) {
        if (code == identificationModelCode(model))
            return model;
    }
    return std::nullopt;
}

} // namespace pd
