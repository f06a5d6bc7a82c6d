#pragma once

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace pd {

// The deadline calendar: a pure function from dates and a policy to deadlines. No clock, no
// store, no widgets, so that every date a privacy officer is judged on can be tested with a
// known answer. Sources and rules: shared/domain.md, "Deadlines — get these exactly right".
//
// Periods are counted as Regulation 1182/71 and EDPB Guidelines 01/2022 §158–161 say:
// art. 3(1) the day of receipt does not count; art. 3(2)(c) a period in months ends on the
// same date in the last month, or on that month's last day when the date does not exist
// (31 Jan + 1 month = 28/29 Feb; there is no end-of-month rule, 28 Feb + 1 month = 28 Mar);
// art. 3(4) a last day on a Saturday, Sunday or public holiday moves to the next working day.

enum class PeriodUnit { Days, Weeks, Months };

struct Period
{
    int amount = 0;
    PeriodUnit unit = PeriodUnit::Days;

    friend bool operator==(const Period &, const Period &) = default;
};

enum class IdentificationModel {
    Pause, // the days waiting for identification are added to the deadline (EDPB §159)
    Restart, // the period runs from the day identification is received (UK approach)
};

// The organisation's own, stricter target and how identification affects the clock. The
// defaults: 30 days, extension +30 days, and the own deadline moved to the next working day like
// the legal one (no letter promises an answer on a day nobody works), unless the organisation
// says otherwise (settings deadline.move_to_working_day).
struct DeadlinePolicy
{
    Period base { 30, PeriodUnit::Days };
    Period extension { 30, PeriodUnit::Days };
    bool moveToWorkingDay = true; // apply art. 3(4) to the policy deadline as well
    IdentificationModel identificationModel = IdentificationModel::Pause;
    // The pause (or restart) counts only when identification was requested at most this many
    // days after receipt ("without undue delay"); later, the clock kept running.
    int identificationRequestWithinDays = 7;
    // Organisation closing days; they move deadlines like public holidays do.
    QSet<QDate> closingDays;
};

// Calendar dates only: the caller turns the received date-time into the local date. An
// invalid QDate means "none".
struct DeadlineInput
{
    QDate received;
    QDate identificationRequested;
    QDate identificationReceived;
    // A representative's request: the day the mandate was asked for and the day it
    // arrived. Its own pause, beside the identification's (EDPB §159: the controller may wait for
    // what it needs to know the request is the person's).
    QDate mandateRequested {};
    QDate mandateReceived {};
};

// Which deadline is the effective one: the earlier wins, the legal one on a tie.
enum class Binding { Legal, Policy };

struct Deadlines
{
    QDate legal; // one month (art. 12(3) AVG), moved to a working day
    QDate legalExtended; // three months from receipt as one period, moved
    QDate policy;
    QDate policyExtended; // base + extension from receipt as one period
    QDate effective; // min(legal, policy)
    // min(legalExtended, policyExtended); legalExtended for a policy without an extension of its
    // own ("binnen vier weken"): the law's extension (art. 12(3) AVG) stays available, beyond
    // the own policy, and moves only the legal deadline.
    QDate effectiveExtended;
    Binding binding = Binding::Legal;
    Binding bindingExtended = Binding::Legal;
    int pauseDays = 0; // days added in the pause model (0 in the restart model)
    bool pauseApplied = false; // the identification moved the deadlines (either model)
    bool identificationLate = false; // requested after the allowed days: clock kept running
    bool suspended = false; // identification requested in time, not yet received: clock stopped
    QDate periodStart; // the day the period runs from (receipt, or identification in Restart)
    // The mandate's pause, counted like the identification's: asked for within the
    // allowed days, the days until it arrived are added (in either model), except the days the
    // identification's pause or restart already covers.
    int mandatePauseDays = 0;
    bool mandateLate = false; // asked for after the allowed days: the clock kept running
    bool mandateSuspended = false; // asked for in time, not yet received: clock stopped
};

// All deadlines of one case. Pure: the same input always gives the same output. Pause model:
// the days from the identification request to its receipt are added to each deadline before
// the move. Restart model: the period runs from the identification's receipt. Not yet
// received: suspended, and the dates shown are the minimum (without any pause). A mandate asked
// for adds its own days the same way (mandatePauseDays, mandateSuspended), never a day twice.
Deadlines computeDeadlines(const DeadlineInput &input, const DeadlinePolicy &policy = {});

// The end date of a period that runs from the day after `from` (art. 3(1) and 3(2)), not moved.
QDate addPeriod(QDate from, Period period);
// Two periods counted as one from the same start: 1 month + 2 months = 3 months (not 1 month
// then 2 months, which differs from 31 January); weeks and days are summed as days; a mix of
// months with days or weeks is counted one after the other.
QDate addPeriods(QDate from, Period first, Period second);

// Stable codes for the CLI, JSON and settings.
QString bindingCode(Binding binding); // "legal" / "policy"
std::optional<Binding> parseBinding(const QString &code);
QString unitCode(PeriodUnit unit); // "days" / "weeks" / "months"
std::optional<PeriodUnit> parseUnit(const QString &code);
QString identificationModelCode(IdentificationModel model); // "pause" / "restart"
std::optional<IdentificationModel> parseIdentificationModel(const QString &code);

} // namespace pd
