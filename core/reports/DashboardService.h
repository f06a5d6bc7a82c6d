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

struct CodeCount
{
    QString code;
    QString label;
    int count = 0;
};

struct MonthShare
{
    QDate month; // first day
    int answered = 0;
    int onTime = 0;
    std::optional<double> share() const; // onTime / answered; none without answers
};

// Everything as of the peildatum `on`, reconstructed from the dates a request keeps: a past
// peildatum is an approximation where those dates were overwritten (a request reopened counts as
// open since its receipt; the deadline is the one stored now).
struct DeadlineFigures
{
    QDate on;
    QList<CodeCount> openByState; // ontvangen, identificatie, in-behandeling (also 0)
    int open = 0;
    int overdue = 0; // open on `on`, effective deadline before `on`
    // A request whose clock stands still for identification is late against neither, though it may
    // count in overdue.
    int lateLegal = 0;
    int latePolicyOnly = 0;
    int dueToday = 0; // open, effective deadline == on
    int dueWithin7Days = 0;
    MonthlyBreakdown intakeByType; // the 12 months ending with on's month (up to on), by type;
                                   // a request with two types counts in both series
    int intake = 0; // requests received in those months (each request once)
    QList<MonthShare> onTimeByMonth; // the same months, answered in that month (up to on)
    std::optional<double> medianHandlingDays; // received → answered, answered in those months
    int answered = 0; // answered in those months (the median's population)
    int answeredLateLegal = 0;
    int answeredLatePolicyOnly = 0;
    int extended = 0; // requests received in those months whose extension was notified by on
    int extendedLate = 0; // of those: notified after the one-month legal deadline (art. 12(3))
};

// Destruction, anonymisation and holds as they stood on `on`; the stored items are those registered
// now.
struct RetentionFigures
{
    QDate on;
    // Held items included: a hold blocks destruction, not expiry.
    MonthlyBreakdown expiringByCategory;
    int expired = 0; // overdue for destruction: expired by on, not destroyed, not on hold
    QDate oldestExpired; // the earliest expiry among those; invalid when none
    int onHold = 0; // legal holds open on `on`
    int heldItems = 0; // expired items (by on) that those holds keep from destruction
    MonthlyBreakdown destructionsByMonth; // the 12 months ending with on's month, by kind
};

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
    QList<Review> reviewsOverdue;
};

// Aggregate queries, never rows loaded to be counted. For every figure a static function gives the
// list filter whose count() equals it, so that each chart can drill down
// (tests/reports/tst_dashboardservice proves it).
class DashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DashboardService)
public:
    explicit DashboardService(const Session &session);

    static constexpr int months = 12;
    static constexpr int topRecipientCount = 10;

    // Refused: the figures are empty and one user.denied event is left.
    DeadlineFigures deadlines(QDate on, ServiceError *error = nullptr) const;
    RetentionFigures retention(QDate on, ServiceError *error = nullptr) const;
    DisclosureFigures disclosures(QDate on, ServiceError *error = nullptr) const;

    // A contract with scripts: see `privacydesk-cli report dashboard --help`.
    static QJsonObject toJson(const DeadlineFigures &deadlines, const RetentionFigures &retention,
                              const DisclosureFigures &disclosures);

    // The months and "this year" are now's in Europe/Amsterdam.
    BreachFigures breaches(const QDateTime &now, ServiceError *error = nullptr) const;
    // now when on is today (Europe/Amsterdam), else the last second of on there.
    static QDateTime breachMoment(QDate on, const QDateTime &now);
    static QJsonObject breachesToJson(const BreachFigures &breaches);
    static QJsonArray breachClocksToJson(const QList<BreachClock> &clocks);

    static QList<QDate> monthsEndingWith(QDate on);
    static QList<QDate> monthsStartingWith(QDate on);
    static QString monthLabel(QDate month, const QLocale &locale);
    // The month's short name: "Sep" in English, never British CLDR's "Sept" beside "Aug".
    static QString shortMonthName(int month, const QLocale &locale);

    static CaseListFilter openCases(QDate on, std::optional<CaseState> state = {});
    static CaseListFilter overdueCases(QDate on);
    static CaseListFilter dueTodayCases(QDate on);
    static CaseListFilter dueWithin7DaysCases(QDate on);
    // type empty: every request once.
    static CaseListFilter intakeCases(QDate month, QDate on, std::optional<RequestType> type = {});
    static CaseListFilter answeredCases(QDate month, QDate on, std::optional<bool> onTime = {});
    static CaseListFilter answeredInWindowCases(QDate on);
    static CaseListFilter extendedCases(QDate on, bool lateOnly);
    static CaseListFilter lateCases(QDate on, LateClock clock);
    static CaseListFilter answeredLateCases(QDate on, LateClock clock);

    static DueQuery expiringIn(QDate month, QDate on, const QString &ruleCode = {});
    static DueQuery expiringInWindow(QDate on);
    static DueQuery expiredOn(QDate on); // RetentionFigures::expired
    static DestructionFilter destructionsIn(QDate month, QDate on, const QString &kind = {});
    static DestructionFilter destructionsInWindow(QDate on);

    static DisclosureFilter disclosuresIn(QDate month, QDate on,
                                          std::optional<RecipientCategory> category = {});
    static DisclosureFilter disclosuresInWindow(QDate on); // DisclosureFigures::total
    static DisclosureFilter disclosuresByBasis(QDate on, LegalBasis basis); // the whole window
    static DisclosureFilter disclosuresTo(QDate on, qint64 recipientId); // the whole window
    static DisclosureFilter toInform(QDate on);
    static DisclosureFilter prohibited(QDate on);

private:
    Session m_session;
};

QByteArray breakdownToCsv(const MonthlyBreakdown &breakdown, const QString &firstColumn,
                          const QLocale &locale);
QByteArray codeCountsToCsv(const QList<CodeCount> &counts, const QString &firstColumn,
                           const QString &countColumn);

} // namespace pd
