#pragma once

#include "breaches/BreachService.h"
#include "cases/CaseQuery.h"
#include "registers/Disclosures.h"
#include "retention/Retention.h"
#include "session/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace pd {

class Store;

// Stacked bars: one series per key (request type, rule category, ...), one count per month.
struct MonthlyBreakdown
{
    QList<QDate> months; // the first day of each month, oldest first (12 entries)
    struct Series
    {
        QString code; // stable (JSON, CSV)
        QString label; // translated
        QList<int> counts; // one per month
    };
    QList<Series> series; // every known key in its natural order, also the all-zero ones
    int total() const;
    int totalIn(int monthIndex) const;
};

// One bar or slice: a code with its translated label and a count.
struct CodeCount
{
    QString code;
    QString label;
    int count = 0;
};

// Answers sent in one month and how many of them by the effective deadline.
struct MonthShare
{
    QDate month; // first day
    int answered = 0;
    int onTime = 0;
    std::optional<double> share() const; // onTime / answered; none without answers
};

// "Termijnen". Everything as of the peildatum `on`: a request exists on D when it was received
// on or before D, and is open on D when it was not answered (or closed) on or before D.
// Reconstructed from the dates a request keeps, so a past peildatum is an approximation where
// those dates were overwritten: a request answered, reopened and still open counts as open since
// its receipt; only the last identification receipt is kept (a failed one followed by another is
// not seen); the effective deadline is the one stored now (an extension notified after D already
// counts); a late extension is the "legally_late" its case.extended audit event recorded.
struct DeadlineFigures
{
    QDate on;
    QList<CodeCount> openByState; // ontvangen, identificatie, in-behandeling (also 0)
    int open = 0;
    int overdue = 0; // open on `on`, effective deadline before `on`
    // Both clocks apart, as Lateness measures them on `on`: open then and past the
    // legal deadline; open then and past only the organisation's own deadline. A request whose
    // clock stands still for identification is late against neither, though its (earliest)
    // effective deadline may count in overdue.
    int lateLegal = 0;
    int latePolicyOnly = 0;
    int dueToday = 0; // open, effective deadline == on
    // Open, on <= effective deadline <= on + 7 (as CaseListFilter::dueWithinWeek).
    int dueWithin7Days = 0;
    MonthlyBreakdown intakeByType; // the 12 months ending with on's month (up to on), by type;
                                   // a request with two types counts in both series
    int intake = 0; // requests received in those months (each request once)
    QList<MonthShare> onTimeByMonth; // the same months, answered in that month (up to on)
    std::optional<double> medianHandlingDays; // received → answered, answered in those months
    int answered = 0; // answered in those months (the median's population)
    // Of those, answered after the legal deadline; after only the organisation's own deadline.
    int answeredLateLegal = 0;
    int answeredLatePolicyOnly = 0;
    int extended = 0; // requests received in those months whose extension was notified by on
    int extendedLate = 0; // of those: notified after the one-month legal deadline (art. 12(3))
};

// "Bewaartermijnen". Destruction, anonymisation and legal holds are taken as they stood on
// `on` (from their dates); the stored items are those registered now (their registration date
// does not count), request-file items as RetentionService::due computes them with asOfOn.
struct RetentionFigures
{
    QDate on;
    // The 12 months starting with on's month, by rule category, stored items and computed
    // request-file items alike; not destroyed by `on`; held items included (a hold blocks
    // destruction, not expiry).
    MonthlyBreakdown expiringByCategory;
    int expired = 0; // overdue for destruction: expired by on, not destroyed, not on hold
    QDate oldestExpired; // the earliest expiry among those; invalid when none
    int onHold = 0; // legal holds open on `on`
    int heldItems = 0; // expired items (by on) that those holds keep from destruction
    MonthlyBreakdown destructionsByMonth; // the 12 months ending with on's month, by kind
};

// "Verstrekkingen". Disclosures dated up to `on`.
struct DisclosureFigures
{
    QDate on;
    MonthlyBreakdown byCategory; // the 12 months ending with on's month, by recipient category
    QList<CodeCount> byLegalBasis; // the same window, a .. f (also 0)
    int total = 0; // disclosures in the window
    int toInform = 0; // disclosures up to on whose data subject had not been told on `on`
    int toInformPersons = 0; // distinct data subjects of those
    int prohibited = 0; // disclosures up to on where telling is legally prohibited
    struct TopRecipient
    {
        qint64 id = 0;
        QString name;
        QString category; // code
        QString categoryLabel;
        int count = 0;
    };
    QList<TopRecipient> topRecipients; // the 10 with most disclosures in the window
    struct Review
    {
        qint64 id = 0;
        QString name;
        QDate review; // invalid: no agreement signed
    };
    // Processors (not archived) without a signed agreement or whose review date lies before
    // on, as Recipient::agreementOverdue says; oldest review first.
    QList<Review> reviewsOverdue;
};

// The three dashboards: aggregate queries on the store's connection (never rows loaded to be
// counted), read-only, the same numbers for the GUI and `privacydesk-cli report dashboard`.
// For every figure a static function gives the list filter behind it, whose count() equals the
// figure (tests/reports/tst_dashboardservice proves it), so that each chart can drill down.
class DashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DashboardService)
public:
    explicit DashboardService(const Session &session);

    static constexpr int months = 12;
    static constexpr int topRecipientCount = 10;

    // Each needs Permission::ViewRegisters ("dashboard.read"): refused, the figures are empty
    // and one user.denied event is left (error, when given, says why).
    DeadlineFigures deadlines(QDate on, ServiceError *error = nullptr) const;
    RetentionFigures retention(QDate on, ServiceError *error = nullptr) const;
    DisclosureFigures disclosures(QDate on, ServiceError *error = nullptr) const;

    // {"on", "deadlines": {...}, "retention": {...}, "disclosures": {...}}, snake_case keys; see
    // `privacydesk-cli report dashboard --help`. A contract with scripts.
    static QJsonObject toJson(const DeadlineFigures &deadlines, const RetentionFigures &retention,
                              const DisclosureFigures &disclosures);

    // "Datalekken": the register as it stands at now (BreachService::figures, which
    // needs Permission::ViewRegisters); the months and "this year" are now's in Europe/Amsterdam.
    BreachFigures breaches(const QDateTime &now, ServiceError *error = nullptr) const;
    // The moment the breach figures of peildatum `on` are taken at: now when on is today (in
    // Europe/Amsterdam), else the last second of on there.
    static QDateTime breachMoment(QDate on, const QDateTime &now);
    // The "breaches" object of `report dashboard --json`: {"open", "clock_running",
    // "notified_late_this_year", "by_month": [{"month": "2026-03", "total", one count per nature
    // code}], "clocks": [{"number", "title", "ap_deadline", "hours_left"}]}.
    static QJsonObject breachesToJson(const BreachFigures &breaches);
    // Its "clocks" (also `today --json`'s "breach_clocks"): [{"number", "title", "ap_deadline",
    // "hours_left"}].
    static QJsonArray breachClocksToJson(const QList<BreachClock> &clocks);

    // The months of a window: 12 first days, oldest first, ending (or, for retention expiry,
    // starting) with on's month.
    static QList<QDate> monthsEndingWith(QDate on);
    static QList<QDate> monthsStartingWith(QDate on);
    // "jan. 2026" / "Jan 2026": short month labels for axes and CSV, in the given locale.
    static QString monthLabel(QDate month, const QLocale &locale);

    // --- drill-down: deadlines (for CaseQuery::count / page) ---
    static CaseListFilter openCases(QDate on, std::optional<CaseState> state = {});
    static CaseListFilter overdueCases(QDate on);
    static CaseListFilter dueTodayCases(QDate on);
    static CaseListFilter dueWithin7DaysCases(QDate on);
    // Received in month (up to on); type empty: every request once (DeadlineFigures::intake per
    // month).
    static CaseListFilter intakeCases(QDate month, QDate on, std::optional<RequestType> type = {});
    // Answered in month (up to on); onTime: only those by (true) or after (false) the deadline.
    static CaseListFilter answeredCases(QDate month, QDate on, std::optional<bool> onTime = {});
    // Answered in the 12-month window (DeadlineFigures::answered).
    static CaseListFilter answeredInWindowCases(QDate on);
    static CaseListFilter extendedCases(QDate on, bool lateOnly);
    // Open on `on` and late against the clock then (lateLegal, latePolicyOnly).
    static CaseListFilter lateCases(QDate on, LateClock clock);
    // Answered in the 12-month window, late against the clock (answeredLateLegal, ...PolicyOnly).
    static CaseListFilter answeredLateCases(QDate on, LateClock clock);

    // --- drill-down: retention (for RetentionService::due / countDue) ---
    // Expiring in month (a month of expiringByCategory) under the rule with that code.
    static DueQuery expiringIn(QDate month, QDate on, const QString &ruleCode = {});
    // Everything expiring in the 12 months of expiringByCategory (its total()).
    static DueQuery expiringInWindow(QDate on);
    static DueQuery expiredOn(QDate on); // RetentionFigures::expired
    // Legal holds open on `on`: RetentionService::holdsOn(on). Destructions in month:
    // RetentionService::destructionLog(destructionsIn(month, on)).
    static DestructionFilter destructionsIn(QDate month, QDate on, const QString &kind = {});
    // The 12 months of destructionsByMonth (its total()).
    static DestructionFilter destructionsInWindow(QDate on);

    // --- drill-down: disclosures (for DisclosureService::count / page) ---
    static DisclosureFilter disclosuresIn(QDate month, QDate on,
                                          std::optional<RecipientCategory> category = {});
    static DisclosureFilter disclosuresInWindow(QDate on); // DisclosureFigures::total
    static DisclosureFilter disclosuresByBasis(QDate on, LegalBasis basis); // the whole window
    static DisclosureFilter disclosuresTo(QDate on, qint64 recipientId); // the whole window
    static DisclosureFilter toInform(QDate on);
    static DisclosureFilter prohibited(QDate on);

private:
    // The acting user with the role read once, for every figure of this service.
    Session m_session;
};

// A breakdown as CSV for Dutch Excel (util/Csv: BOM, ';', CRLF, formula-injection guarded): a
// header row (firstColumn, then the series labels, then "Totaal"/"Total"), one row per month
// labelled with monthLabel(month, locale).
QByteArray breakdownToCsv(const MonthlyBreakdown &breakdown, const QString &firstColumn,
                          const QLocale &locale);
// Code counts as CSV: header (firstColumn, count column), one row per code with its label.
QByteArray codeCountsToCsv(const QList<CodeCount> &counts, const QString &firstColumn,
                           const QString &countColumn);

} // namespace pd
