#pragma once

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace pd {

// Pure, so every date an officer is judged on can be tested. Counted as Regulation 1182/71 art. 3
// says: the day of receipt does not count; a month ends on the same date or the month's last day; a
// last day off work moves to the next working day.

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

struct DeadlinePolicy
{
    Period base { 30, PeriodUnit::Days };
    Period extension { 30, PeriodUnit::Days };
    bool moveToWorkingDay = true; // apply art. 3(4) to the policy deadline as well
    IdentificationModel identificationModel = IdentificationModel::Pause;
    // Identification asked for later than this after receipt does not stop the clock.
    int identificationRequestWithinDays = 7;
    QSet<QDate> closingDays;
};

// Local calendar dates; an invalid QDate means none.
struct DeadlineInput
{
    QDate received;
    QDate identificationRequested;
    QDate identificationReceived;
    QDate mandateRequested {};
    QDate mandateReceived {};
};

enum class Binding { Legal, Policy };

struct Deadlines
{
    QDate legal; // one month (art. 12(3) AVG), moved to a working day
    QDate legalExtended; // three months from receipt as one period, moved
    QDate policy;
    QDate policyExtended; // base + extension from receipt as one period
    QDate effective; // min(legal, policy)
    // A policy without an extension of its own still has the law's (art. 12(3) AVG).
    QDate effectiveExtended;
    Binding binding = Binding::Legal;
    Binding bindingExtended = Binding::Legal;
    int pauseDays = 0; // days added in the pause model (0 in the restart model)
    bool pauseApplied = false; // the identification moved the deadlines (either model)
    bool identificationLate = false; // requested after the allowed days: clock kept running
    bool suspended = false; // identification requested in time, not yet received: clock stopped
    QDate periodStart; // the day the period runs from (receipt, or identification in Restart)
    int mandatePauseDays = 0;
    bool mandateLate = false; // asked for after the allowed days: the clock kept running
    bool mandateSuspended = false; // asked for in time, not yet received: clock stopped
};

// Until identification arrives the case is suspended, and the dates are the minimum.
Deadlines computeDeadlines(const DeadlineInput &input, const DeadlinePolicy &policy = {});

// Runs from the day after `from`; not moved to a working day.
QDate addPeriod(QDate from, Period period);
QDate addPeriods(QDate from, Period first, Period second);

QString bindingCode(Binding binding); // "legal" / "policy"
std::optional<Binding> parseBinding(const QString &code);
QString unitCode(PeriodUnit unit); // "days" / "weeks" / "months"
std::optional<PeriodUnit> parseUnit(const QString &code);
QString identificationModelCode(IdentificationModel model); // "pause" / "restart"
std::optional<IdentificationModel> parseIdentificationModel(const QString &code);

} // namespace pd
