#include "breaches/Breach.h"
#include "reports/DashboardMonths.h"
#include "reports/DashboardService.h"
#include "util/Csv.h"

#include <QJsonArray>

// The figures as `report dashboard --json` gives them and as CSV for Dutch Excel.
namespace pd {

using dashboard::isoDate;
using dashboard::monthKey;

namespace {

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonArray breakdownToJson(const MonthlyBreakdown &breakdown)
{
    QJsonArray months;
    for (qsizetype i = 0; i < breakdown.months.size(); ++i) {
        QJsonObject counts;
        for (const MonthlyBreakdown::Series &series : breakdown.series)
            counts.insert(series.code, series.counts.value(i));
        months.append(QJsonObject { { QStringLiteral("month"), monthKey(breakdown.months[i]) },
                                    { QStringLiteral("total"), breakdown.totalIn(int(i)) },
                                    { QStringLiteral("counts"), counts } });
    }
    return months;
}

QJsonObject codeCountsToJson(const QList<CodeCount> &counts)
{
    QJsonObject json;
    for (const CodeCount &count : counts)
        json.insert(count.code, count.count);
    return json;
}

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString DashboardService::monthLabel(QDate month, const QLocale &locale)
{
    return shortMonthName(month.month(), locale) + u' ' + QString::number(month.year());
}

// British English in CLDR (Qt's en_GB) abbreviates September to four letters, every other month
// to three: a chart axis read "Aug '26, Sept '26, Oct '26". English style writes "Sep".
QString DashboardService::shortMonthName(int month, const QLocale &locale)
{
    const QString name = locale.monthName(month, QLocale::ShortFormat);
    if (locale.language() == QLocale::English && name == QLatin1StringView("Sept"))
        return QStringLiteral("Sep");
    return name;
}

// --- JSON ---

QJsonObject DashboardService::breachesToJson(const BreachFigures &f)
{
    const QList<BreachNature> natures = codes::all<BreachNature>();
    QJsonArray byMonth;
    for (qsizetype i = 0; i < f.months.size(); ++i) {
        QJsonObject month { { QStringLiteral("month"), monthKey(f.months.at(i)) },
                            { QStringLiteral("total"), f.totalByMonth.value(i) } };
        for (qsizetype n = 0; n < natures.size(); ++n)
            month.insert(codes::code(natures.at(n)), f.byMonthAndNature.value(i).value(n));
        byMonth.append(month);
    }
    return { { QStringLiteral("open"), f.open },
             { QStringLiteral("clock_running"), f.clockRunning },
             { QStringLiteral("notified_late_this_year"), f.notifiedLateThisYear },
             { QStringLiteral("by_month"), byMonth },
             { QStringLiteral("clocks"), breachClocksToJson(f.clocks) } };
}

QJsonArray DashboardService::breachClocksToJson(const QList<BreachClock> &clocks)
{
    QJsonArray array;
    for (const BreachClock &c : clocks)
        array.append(
            QJsonObject { { QStringLiteral("number"), c.number },
                          { QStringLiteral("title"), c.title },
                          { QStringLiteral("ap_deadline"), BreachCodes::isoLocal(c.deadline) },
                          { QStringLiteral("hours_left"), c.hoursLeft } });
    return array;
}

QJsonObject DashboardService::toJson(const DeadlineFigures &d, const RetentionFigures &r,
                                     const DisclosureFigures &x)
{
    QJsonArray shares;
    for (const MonthShare &share : d.onTimeByMonth)
        shares.append(QJsonObject { { QStringLiteral("month"), monthKey(share.month) },
                                    { QStringLiteral("answered"), share.answered },
                                    { QStringLiteral("on_time"), share.onTime },
                                    { QStringLiteral("share"), optionalNumber(share.share()) } });
    const QJsonObject deadlines {
        { QStringLiteral("on"), isoDate(d.on) },
        { QStringLiteral("open"), d.open },
        { QStringLiteral("open_by_state"), codeCountsToJson(d.openByState) },
        { QStringLiteral("overdue"), d.overdue },
        { QStringLiteral("late_legal"), d.lateLegal },
        { QStringLiteral("late_policy_only"), d.latePolicyOnly },
        { QStringLiteral("due_today"), d.dueToday },
        { QStringLiteral("due_within_7_days"), d.dueWithin7Days },
        { QStringLiteral("intake"), d.intake },
        { QStringLiteral("intake_by_type_by_month"), breakdownToJson(d.intakeByType) },
        { QStringLiteral("on_time_share_by_month"), shares },
        { QStringLiteral("answered"), d.answered },
        { QStringLiteral("answered_late_legal"), d.answeredLateLegal },
        { QStringLiteral("answered_late_policy_only"), d.answeredLatePolicyOnly },
        { QStringLiteral("median_handling_days"), optionalNumber(d.medianHandlingDays) },
        { QStringLiteral("extended"), d.extended },
        { QStringLiteral("extended_late"), d.extendedLate },
    };
    const QJsonObject retention {
        { QStringLiteral("on"), isoDate(r.on) },
        { QStringLiteral("expiring_by_category_by_month"), breakdownToJson(r.expiringByCategory) },
        { QStringLiteral("expired"), r.expired },
        { QStringLiteral("oldest_expired"), jsonDate(r.oldestExpired) },
        { QStringLiteral("on_hold"), r.onHold },
        { QStringLiteral("held_items"), r.heldItems },
        { QStringLiteral("destructions_by_month"), breakdownToJson(r.destructionsByMonth) },
    };
    QJsonArray top;
    for (const DisclosureFigures::TopRecipient &t : x.topRecipients)
        top.append(QJsonObject { { QStringLiteral("id"), t.id },
                                 { QStringLiteral("name"), t.name },
                                 { QStringLiteral("category"), t.category },
                                 { QStringLiteral("count"), t.count } });
    QJsonArray reviews;
    for (const DisclosureFigures::Review &review : x.reviewsOverdue)
        reviews.append(QJsonObject { { QStringLiteral("id"), review.id },
                                     { QStringLiteral("name"), review.name },
                                     { QStringLiteral("review"), jsonDate(review.review) } });
    const QJsonObject disclosures {
        { QStringLiteral("on"), isoDate(x.on) },
        { QStringLiteral("total"), x.total },
        { QStringLiteral("by_category_by_month"), breakdownToJson(x.byCategory) },
        { QStringLiteral("by_legal_basis"), codeCountsToJson(x.byLegalBasis) },
        { QStringLiteral("to_inform"), x.toInform },
        { QStringLiteral("to_inform_persons"), x.toInformPersons },
        { QStringLiteral("prohibited"), x.prohibited },
        { QStringLiteral("top_recipients"), top },
        { QStringLiteral("reviews_overdue"), reviews },
    };
    return { { QStringLiteral("on"), isoDate(d.on) },
             { QStringLiteral("deadlines"), deadlines },
             { QStringLiteral("retention"), retention },
             { QStringLiteral("disclosures"), disclosures } };
}

// --- CSV ---

QByteArray breakdownToCsv(const MonthlyBreakdown &breakdown, const QString &firstColumn,
                          const QLocale &locale)
{
    QStringList header { firstColumn };
    for (const MonthlyBreakdown::Series &series : breakdown.series)
        header << series.label;
    header << DashboardService::tr("Total");
    QString text = Csv::row(header);
    for (qsizetype i = 0; i < breakdown.months.size(); ++i) {
        QStringList row { DashboardService::monthLabel(breakdown.months[i], locale) };
        for (const MonthlyBreakdown::Series &series : breakdown.series)
            row << QString::number(series.counts.value(i));
        row << QString::number(breakdown.totalIn(int(i)));
        text += Csv::row(row);
    }
    return Csv::file(text);
}

QByteArray codeCountsToCsv(const QList<CodeCount> &counts, const QString &firstColumn,
                           const QString &countColumn)
{
    QString text = Csv::row({ firstColumn, countColumn });
    for (const CodeCount &count : counts)
        text += Csv::row({ count.label, QString::number(count.count) });
    return Csv::file(text);
}

} // namespace pd
