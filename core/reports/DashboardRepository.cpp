#include "reports/DashboardRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "registers/DisclosureRepository.h"
#include "registers/RecipientRepository.h"
#include "reports/DashboardMonths.h"
#include "retention/RetentionDestructionRepository.h"
#include "sql/Dialect.h"
#include "sql/RowReader.h"
#include "terms/RetentionCalendar.h"
#include "terms/RetentionRepository.h"
#include "util/Clock.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringTokenizer>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace pd {

using dashboard::add;
using dashboard::emptyBreakdown;
using dashboard::isoDate;
using dashboard::isoDay;
using dashboard::lastOfMonth;
using dashboard::monthKey;
using dashboard::monthOrdinal;
using dashboard::Reads;

namespace {

// The persons under a legal hold open on the day bound twice: a list SQLite builds once per
// statement (the holds are few), where a correlated EXISTS would scan them per row.
// Functions, not variables built at start-up from another library's function: nothing here
// depends on the order in which start-up initialises variables.
QString heldOnSelect()
{
    return RetentionRepository::heldOnSql();
}

// What the reads of one peildatum share: the connection, the day and the first failure.
struct Peildatum
{
    QSqlDatabase db;
    Reads &reads;
    QDate on;
    QString day; // on as an ISO date
};

// --- deadlines ---

// Both clocks: the legal deadline is not stored, so the requests past the stored
// effective deadline (every request late against either clock is among them) are judged in C++
// as CaseQuery judges CaseListFilter::lateAgainst, so that the lists behind these figures count
// the same. The row holds CaseRepository::latenessColumnsSql() from column `first` on.
void judgeLate(sql::RowReader &row, int first, const DeadlinePolicy &policy, QDate on, int *legal,
               int *policyOnly)
{
    const Case stored = CaseRepository::latenessOf(row, first);
    const Lateness late = CaseQuery::clocksOf(stored, policy, on).lateness;
    if (CaseQuery::isLateAgainst(late, LateClock::Legal))
        ++*legal;
    else if (CaseQuery::isLateAgainst(late, LateClock::PolicyOnly))
        ++*policyOnly;
}

// Open on `on`: by the state each request was in then, with its deadline against `on`, and late
// against either clock. One read of the open requests' rows, openOnSql()'s two branches as two
// statements of a UNION ALL so that each is a range of its partial index (migration 0009),
// where a GROUP BY for the counts and a second read for the late ones read them twice (issue
// 42). The comparisons with the day are those the GROUP BY made, on the same ISO text.
void countOpen(const Peildatum &p, const DeadlinePolicy &policy, DeadlineFigures &f)
{
    for (CaseState state : codes::all<CaseState>())
        if (isOpen(state))
            f.openByState.append({ codes::code(state), codes::label(state), 0 });
    const QString &day = p.day;
    const QString week = isoDate(p.on.addDays(7));
    const QString columns = QStringLiteral("SELECT ") + CaseRepository::stateOnSql()
        + QStringLiteral(", ") + CaseRepository::deadlineSql() + QStringLiteral(", ")
        + CaseRepository::latenessColumnsSql() + QStringLiteral(" FROM ")
        + CaseRepository::tableSql(u"c");
    // The columns of `columns`, in its order: latenessColumnsSql()'s from Lateness on.
    enum OpenColumn { StateOn, Deadline, Lateness };
    const QStringList openOn = CaseRepository::openOnBranchesSql();
    QSqlQuery query(p.db);
    if (!p.reads.run(query,
                     columns + QStringLiteral(" WHERE ") + openOn.at(0)
                         + QStringLiteral(" UNION ALL ") + columns + QStringLiteral(" WHERE ")
                         + openOn.at(1),
                     { day, day, day, day, day, day, day }))
        return;
    sql::RowReader row(query);
    while (query.next()) {
        const QString code = query.value(StateOn).toString();
        for (CodeCount &c : f.openByState)
            if (c.code == code)
                ++c.count;
        ++f.open;
        const QVariant deadline = query.value(Deadline);
        if (deadline.isNull()) // no comparison holds for NULL, as in SQL
            continue;
        const QString due = deadline.toString();
        if (due < day) {
            ++f.overdue;
            judgeLate(row, Lateness, policy, p.on, &f.lateLegal, &f.latePolicyOnly);
        }
        if (due == day)
            ++f.dueToday;
        if (due >= day && due <= week)
            ++f.dueWithin7Days;
    }
    p.reads.ended(query);
}

// Intake per month: per request type (a request with two types in both), and requests. One
// statement for both, counted per day (per month on a server) and types_key, the kinds of a
// request as their codes comma-separated: an index-only range of cases_received_types, where
// the join with case_types read every request of the window from the table and sent one row
// per kind (on a server the dashboards' costliest statement). Bucketed here by month,
// as SQLite's GROUP BY by month sorted every row in a temporary B-tree.
void countIntake(const Peildatum &p, const QList<QDate> &window, DeadlineFigures &f)
{
    QList<QPair<QString, QString>> types;
    for (RequestType type : codes::all<RequestType>())
        types.append({ codes::code(type), codes::label(type) });
    f.intakeByType = emptyBreakdown(window, types);
    const QString from = isoDate(window.first());
    const int firstMonth = monthOrdinal(from);
    QSqlQuery query(p.db);
    if (!p.reads.run(query, CaseRepository::receivedTypesSql(p.db), { from, p.day }))
        return;
    // receivedTypesSql()'s columns, in its order.
    enum IntakeColumn { Received, TypesKey, Count };
    while (query.next()) {
        const int count = query.value(Count).toInt();
        f.intake += count;
        const qsizetype month = monthOrdinal(query.value(Received).toString()) - firstMonth;
        if (month < 0 || month >= window.size())
            continue;
        const QString key = query.value(TypesKey).toString();
        for (const QStringView type : QStringTokenizer(key, u',', Qt::SkipEmptyParts)) {
            for (MonthlyBreakdown::Series &series : f.intakeByType.series) {
                if (series.code == type) {
                    series.counts[month] += count;
                    break;
                }
            }
        }
    }
    p.reads.ended(query);
}

// The condition of a request answered between two bound days.
QString answeredInSql()
{
    return CaseRepository::closedBetweenSql();
}

// The middle one of the durations, or the mean of the two middle ones; none without any.
std::optional<double> median(std::vector<qint64> &durations)
{
    if (durations.empty())
        return std::nullopt;
    const auto middle = durations.begin() + qsizetype(durations.size() - 1) / 2;
    std::nth_element(durations.begin(), middle, durations.end());
    double median = double(*middle);
    if (durations.size() % 2 == 0)
        median = (median + double(*std::min_element(middle + 1, durations.end()))) / 2;
    return median;
}

// The answers of the window in one range of cases_closed_on: per month how many and how many
// by the effective deadline, and the median handling time in calendar days from receipt. One
// pass here instead of a GROUP BY and a sort in SQLite (54 ms at 100,000 requests).
void countAnswers(const Peildatum &p, const QList<QDate> &window, DeadlineFigures &f)
{
    for (const QDate &month : window)
        f.onTimeByMonth.append({ month, 0, 0 });
    const QString from = isoDate(window.first());
    const int firstMonth = monthOrdinal(from);
    QSqlQuery query(p.db);
    std::vector<qint64> durations;
    enum AnswerColumn { ClosedDate, ReceivedDate, Deadline };
    if (p.reads.run(query,
                    QStringLiteral("SELECT ") + CaseRepository::closedDateSql()
                        + QStringLiteral(", ") + CaseRepository::receivedDateSql()
                        + QStringLiteral(", ") + CaseRepository::deadlineSql()
                        + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c")
                        + QStringLiteral(" WHERE ") + answeredInSql(),
                    { from, p.day })) {
        while (query.next()) {
            const QString answered = query.value(ClosedDate).toString();
            const qsizetype month = monthOrdinal(answered) - firstMonth;
            if (month < 0 || month >= window.size())
                continue;
            MonthShare &share = f.onTimeByMonth[month];
            ++share.answered;
            if (answered <= query.value(Deadline).toString())
                ++share.onTime;
            ++f.answered;
            const QDate received = isoDay(query.value(ReceivedDate).toString());
            const QDate answeredOn = isoDay(answered);
            if (received.isValid() && answeredOn.isValid())
                durations.push_back(received.daysTo(answeredOn));
        }
        p.reads.ended(query);
    }
    f.medianHandlingDays = median(durations);
}

// Answered in the window after the stored effective deadline, judged against both clocks as
// countOpen() judges the open ones. A range of cases_answered_late (migration 46), which holds
// only the requests answered after their effective deadline, where cases_closed_on's range held
// every answer of the window.
void countAnsweredLate(const Peildatum &p, const DeadlinePolicy &policy, const QString &from,
                       DeadlineFigures &f)
{
    QSqlQuery query(p.db);
    if (!p.reads.run(query, DashboardRepository::answeredLateSql(), { from, p.day }))
        return;
    sql::RowReader row(query);
    while (query.next())
        judgeLate(row, 0, policy, p.on, &f.answeredLateLegal, &f.answeredLatePolicyOnly);
    p.reads.ended(query);
}

// Extensions of the requests received in the window, notified by `on`.
void countExtensions(const Peildatum &p, const QString &from, DeadlineFigures &f)
{
    QSqlQuery query(p.db);
    enum ExtensionColumn { Extended, ExtendedLate };
    if (p.reads.run(
            query,
            QStringLiteral("SELECT count(*), sum(CASE WHEN ")
                + sql::unindexedSql(p.db, CaseRepository::extensionLateSql())
                + QStringLiteral(" THEN 1 ELSE 0 END) FROM ") + CaseRepository::tableSql(u"c")
                + QStringLiteral(" WHERE ") + CaseRepository::receivedDateSql()
                + QStringLiteral(" BETWEEN ? AND ? AND ") + CaseRepository::extensionToldBySql(),
            { from, p.day, p.day })
        && query.next()) {
        f.extended = query.value(Extended).toInt();
        f.extendedLate = query.value(ExtendedLate).toInt();
    }
}

// --- retention ---

// The retention rules in their order (the seeded ones first), one series each, and the periods
// of the two kinds of items computed rather than stored.
struct RuleSeries
{
    QList<QPair<QString, QString>> rules; // code, category
    std::optional<RetentionPeriod> filesPeriod;
    QString filesCode;
    std::optional<RetentionPeriod> breachesPeriod;
};

RuleSeries readRules(const Peildatum &p)
{
    RuleSeries r;
    QSqlQuery query(p.db);
    enum RuleColumn { Code, Category, PeriodAmount, PeriodUnit };
    if (p.reads.run(query,
                    QStringLiteral("SELECT code, category, period_amount, period_unit FROM ")
                        + RetentionRepository::rulesTableSql(u"r") + QStringLiteral(" ORDER BY id"),
                    {})) {
        while (query.next()) {
            const QString code = query.value(Code).toString();
            r.rules.append({ code, query.value(Category).toString() });
            const RetentionPeriod period { query.value(PeriodAmount).toInt(),
                                           RetentionCalendar::unitFromCode(
                                               query.value(PeriodUnit).toString())
                                               .value_or(RetentionUnit::Years) };
            if (code == QLatin1StringView(RetentionRule::requestFilesCode)) {
                r.filesCode = code;
                r.filesPeriod = period;
            }
            if (code == QLatin1StringView(RetentionRule::breachRegisterCode))
                r.breachesPeriod = period;
        }
        p.reads.ended(query);
    }
    return r;
}

// Stored items not destroyed by `on`: per rule and month of expiry in the months ahead; and
// expired by `on`, held (kept by a legal hold) or overdue for destruction.
void countStoredItems(const Peildatum &p, const QList<QDate> &ahead, RetentionFigures &f)
{
    const QString &day = p.day;
    // expiringItemsSql()'s columns and expiredItemsSql()'s, in their order.
    enum ExpiringColumn { RuleCode, ExpiryMonth, ExpiringCount };
    enum ExpiredColumn { Held, ExpiredCount, EarliestExpiry };
    QSqlQuery query(p.db);
    if (p.reads.run(query, RetentionRepository::expiringItemsSql(),
                    { isoDate(ahead.first()), isoDate(lastOfMonth(ahead.last())), day })) {
        while (query.next())
            add(f.expiringByCategory, query.value(RuleCode).toString(),
                query.value(ExpiryMonth).toString(), query.value(ExpiringCount).toInt());
        p.reads.ended(query);
    }
    if (p.reads.run(query, RetentionRepository::expiredItemsSql(), { day, day, day, day })) {
        while (query.next()) {
            if (query.value(Held).toInt() != 0) {
                f.heldItems += query.value(ExpiredCount).toInt();
            } else {
                f.expired += query.value(ExpiredCount).toInt();
                const QDate oldest
                    = QDate::fromString(query.value(EarliestExpiry).toString(), Qt::ISODate);
                if (!f.oldestExpired.isValid() || oldest < f.oldestExpired)
                    f.oldestExpired = oldest;
            }
        }
        p.reads.ended(query);
    }
}

// The buckets of the request files by their trigger (last answer), from
// RetentionCalendar::latestTriggerExpiringBy so that they are exact: the latest trigger that
// expires before the months ahead, by the end of each of them and by `on`. A trigger's bucket
// is the first month whose bound it does not pass.
struct FileBuckets
{
    QString beforeAhead;
    QStringList monthBounds;
    QString expiredBound;
    MonthlyBreakdown::Series *files = nullptr; // the request files' series, if any
};

// person_files (migration 26) holds the persons' files as they are now: it answers for `on`
// when nothing in the store was received or answered after it (today).
bool filesAreCurrent(const Peildatum &p)
{
    enum LatestColumn { LatestReceived, LatestAnswer };
    QSqlQuery query(p.db);
    if (p.reads.run(query,
                    QStringLiteral("SELECT (SELECT max(") + CaseRepository::receivedDateSql()
                        + QStringLiteral(") FROM ") + CaseRepository::tableSql(u"c")
                        + QStringLiteral("), (SELECT max(last_answer) FROM person_files)"),
                    {})
        && query.next())
        return query.value(LatestReceived).toString() <= p.day
            && query.value(LatestAnswer).toString() <= p.day;
    return false;
}

// Counts `count` files whose trigger (last answer) is t, `held` of them kept by a legal hold:
// in the month ahead whose bound t does not pass, and as expired (held or not) by `on`. Keeps
// the earliest last answer of the expired files not held in *oldest.
void addFiles(const FileBuckets &b, const QString &t, int count, int held, RetentionFigures &f,
              QString *oldest)
{
    if (b.files && t > b.beforeAhead) {
        const auto month = std::lower_bound(b.monthBounds.cbegin(), b.monthBounds.cend(), t);
        if (month != b.monthBounds.cend())
            b.files->counts[month - b.monthBounds.cbegin()] += count;
    }
    if (t > b.expiredBound)
        return;
    f.heldItems += held;
    if (count == held)
        return;
    f.expired += count - held;
    if (oldest->isEmpty() || t < *oldest)
        *oldest = t;
}

// The files as they are now, in index ranges of person_files_answer: per month ahead the files
// expiring in it, then the expired ones not held (with the oldest) and the held ones. Returns
// the earliest last answer of the expired files not held.
QString countFilesInRanges(const Peildatum &p, const FileBuckets &b, RetentionFigures &f)
{
    const QString &day = p.day;
    const QString kept = QStringLiteral(" AND f.open_requests = 0 AND f.person_id NOT IN (")
        + PersonRepository::anonymisedIdsSql(u"p", true) + u')';
    QString sql;
    QVariantList values;
    for (qsizetype i = 0; i < b.monthBounds.size(); ++i) {
        sql += QStringLiteral("SELECT %1, count(*), NULL FROM person_files f WHERE "
                              "f.last_answer > ? AND f.last_answer <= ?")
                   .arg(i)
            + kept + QStringLiteral(" UNION ALL ");
        values << (i == 0 ? b.beforeAhead : b.monthBounds.at(i - 1)) << b.monthBounds.at(i) << day;
    }
    sql += QStringLiteral("SELECT -1, count(*), min(f.last_answer) FROM person_files f "
                          "WHERE f.last_answer <= ?")
        + kept + QStringLiteral(" AND f.person_id NOT IN (") + heldOnSelect()
        + QStringLiteral(") UNION ALL SELECT -2, count(*), NULL FROM person_files f WHERE "
                         "f.last_answer <= ?")
        + kept + QStringLiteral(" AND f.person_id IN (") + heldOnSelect() + u')';
    values << b.expiredBound << day << day << day << b.expiredBound << day << day << day;
    // Each branch's columns, in their order: the month's index (-1 expired, -2 held), the files,
    // the oldest last answer (of the expired ones).
    enum RangeColumn { Bucket, FileCount, OldestAnswer };
    QString oldest;
    QSqlQuery query(p.db);
    if (p.reads.run(query, sql, values)) {
        while (query.next()) {
            const int index = query.value(Bucket).toInt();
            const int count = query.value(FileCount).toInt();
            if (index == -1) {
                f.expired += count;
                oldest = query.value(OldestAnswer).toString();
            } else if (index == -2) {
                f.heldItems += count;
            } else if (b.files && index >= 0 && index < b.files->counts.size()) {
                b.files->counts[index] += count;
            }
        }
        p.reads.ended(query);
    }
    return oldest;
}

// The files as they are now. On a server in one range of person_files_answer: per last answer
// up to the last month ahead, how many files and how many of them held, bucketed here. The
// fourteen ranges of countFilesInRanges, each with its own list of anonymised persons, were a
// statement of 44 values that the server planned for 6 ms at every call; SQLite
// prepares them in a fraction of that and counts them faster than it sends the rows of one range
// (bench_dashboard), so a store folder keeps them. Returns the earliest last answer of the
// expired files not held.
QString countFilesNow(const Peildatum &p, const FileBuckets &b, RetentionFigures &f)
{
    if (!sql::isServer(p.db))
        return countFilesInRanges(p, b, f);
    const QString &day = p.day;
    const QString upTo
        = std::max(b.monthBounds.isEmpty() ? QString() : b.monthBounds.last(), b.expiredBound);
    QString oldest;
    enum AnswerColumn { LastAnswer, FileCount, HeldCount };
    QSqlQuery query(p.db);
    if (p.reads.run(query,
                    QStringLiteral("SELECT f.last_answer, count(*), sum(CASE WHEN f.person_id IN (")
                        + heldOnSelect()
                        + QStringLiteral(") THEN 1 ELSE 0 END) FROM person_files f WHERE "
                                         "f.last_answer <= ? AND f.open_requests = 0 AND "
                                         "f.person_id NOT IN (")
                        + PersonRepository::anonymisedIdsSql(u"p", true)
                        + QStringLiteral(") GROUP BY f.last_answer"),
                    { day, day, upTo, day })) {
        while (query.next())
            addFiles(b, query.value(LastAnswer).toString(), query.value(FileCount).toInt(),
                     query.value(HeldCount).toInt(), f, &oldest);
        p.reads.ended(query);
    }
    return oldest;
}

// An earlier peildatum: per person from cases_person_closed alone (migration 0009), in index
// order without a sort: the last answer, or '9' (after every date) while a request is open; a
// person counts when every request received by `on` was answered by then. The persons left out
// (anonymised by `on`, kept by a legal hold on `on`) are short lists. Returns the earliest last
// answer of the expired files not held.
QString countFilesThen(const Peildatum &p, const FileBuckets &b, RetentionFigures &f)
{
    const QString &day = p.day;
    QSqlQuery query(p.db);
    QSet<qint64> anonymised;
    QSet<qint64> held;
    if (p.reads.run(query, PersonRepository::anonymisedIdsSql(u"p", true), { day })) {
        while (query.next())
            anonymised.insert(query.value(0).toLongLong());
        p.reads.ended(query);
    }
    if (p.reads.run(query, heldOnSelect(), { day, day })) {
        while (query.next())
            held.insert(query.value(0).toLongLong());
        p.reads.ended(query);
    }
    QString oldest;
    // lastAnswerPerPersonSql()'s columns, in its order.
    enum PersonColumn { PersonId, LastAnswer };
    if (p.reads.run(query, CaseRepository::lastAnswerPerPersonSql(), { day, day })) {
        while (query.next()) {
            const qint64 person = query.value(PersonId).toLongLong();
            if (anonymised.contains(person))
                continue;
            addFiles(b, query.value(LastAnswer).toString(), 1, held.contains(person) ? 1 : 0, f,
                     &oldest);
        }
        p.reads.ended(query);
    }
    return oldest;
}

// Privacydesk's own request files, computed per person as RetentionService::due does with
// asOfOn: the trigger is the last answer of a person whose requests (received by `on`) were all
// answered by `on`, not anonymised by then.
void countRequestFiles(const Peildatum &p, const QList<QDate> &ahead, const RuleSeries &rules,
                       RetentionFigures &f)
{
    const RetentionPeriod &period = *rules.filesPeriod;
    const auto bound = [&period](QDate expiringBy) {
        return isoDate(RetentionCalendar::latestTriggerExpiringBy(expiringBy, period));
    };
    FileBuckets buckets;
    buckets.beforeAhead = bound(ahead.first().addDays(-1));
    for (const QDate &month : ahead)
        buckets.monthBounds << bound(lastOfMonth(month));
    buckets.expiredBound = bound(p.on);
    for (MonthlyBreakdown::Series &series : f.expiringByCategory.series)
        if (series.code == rules.filesCode)
            buckets.files = &series;

    const QString oldest
        = filesAreCurrent(p) ? countFilesNow(p, buckets, f) : countFilesThen(p, buckets, f);
    if (!oldest.isEmpty()) {
        const QDate expiry = RetentionCalendar::expiry(isoDay(oldest), period);
        if (!f.oldestExpired.isValid() || expiry < f.oldestExpired)
            f.oldestExpired = expiry;
    }
}

// The data-breach register, computed as RetentionService::due does with asOfOn: each breach
// closed by `on` (its closing day in Europe/Amsterdam is the trigger) and not destroyed by
// then. A register holds tens of breaches a year: read whole and bucketed here. No legal
// hold applies to them (they are no person's data).
void countBreachRegister(const Peildatum &p, const RetentionPeriod &period, RetentionFigures &f)
{
    const QString closedBy
        = BreachCodes::storedMoment(p.on.addDays(1).startOfDay(organisationTimeZone()).toUTC());
    ServiceError failure;
    const std::optional<QList<QDateTime>> closings
        = BreachRepository::closedNotDestroyed(p.db, closedBy, p.on, &failure);
    if (!closings) {
        p.reads.fail(failure);
        return;
    }
    for (const QDateTime &closedAt : *closings) {
        const QDate closed = organisationDay(closedAt);
        const QDate expires = RetentionCalendar::expiry(closed, period);
        add(f.expiringByCategory, QString::fromLatin1(RetentionRule::breachRegisterCode),
            monthKey(expires), 1);
        if (expires > p.on)
            continue;
        ++f.expired;
        if (!f.oldestExpired.isValid() || expires < f.oldestExpired)
            f.oldestExpired = expires;
    }
}

// The legal holds open on `on`.
void countHolds(const Peildatum &p, RetentionFigures &f)
{
    QSqlQuery query(p.db);
    if (p.reads.run(query, RetentionRepository::openHoldsOnSql(), { p.day, p.day }) && query.next())
        f.onHold = query.value(0).toInt();
}

// Destructions per month of the window, by kind (the series are already there).
void countDestructions(const Peildatum &p, RetentionFigures &f)
{
    enum DestructionColumn { Month, Kind, Count };
    QSqlQuery query(p.db);
    if (p.reads.run(query,
                    QStringLiteral("SELECT substr(destroyed_on, 1, 7), kind, count(*) FROM ")
                        + RetentionDestructionRepository::destructionsTableSql()
                        + QStringLiteral(" WHERE destroyed_on BETWEEN ? AND ? GROUP BY 1, 2"),
                    { isoDate(f.destructionsByMonth.months.first()), p.day })) {
        while (query.next())
            add(f.destructionsByMonth, query.value(Kind).toString(), query.value(Month).toString(),
                query.value(Count).toInt());
        p.reads.ended(query);
    }
}

} // namespace

// --- the figures ---

QString DashboardRepository::answeredLateSql()
{
    return QStringLiteral("SELECT ") + CaseRepository::latenessColumnsSql()
        + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c") + QStringLiteral(" WHERE ")
        + answeredInSql() + QStringLiteral(" AND ") + CaseRepository::closedDateSql()
        + QStringLiteral(" > ") + CaseRepository::deadlineSql();
}

bool DashboardRepository::deadlines(const QSqlDatabase &db, QDate on,
                                    const std::function<DeadlinePolicy(ServiceError *)> &policy,
                                    DeadlineFigures *figures, ServiceError *error)
{
    Reads reads;
    const Peildatum p { db, reads, on, isoDate(on) };
    DeadlineFigures &f = *figures;
    f.on = on;
    const QList<QDate> window = DashboardService::monthsEndingWith(on);
    const QString from = isoDate(window.first());

    ServiceError policyError;
    const DeadlinePolicy rules = policy(&policyError);
    reads.fail(policyError); // the figures are an error then, whatever was counted
    countOpen(p, rules, f);
    countIntake(p, window, f);
    countAnswers(p, window, f);
    countAnsweredLate(p, rules, from, f);
    countExtensions(p, from, f);
    return !reads.failed(error);
}

bool DashboardRepository::retention(const QSqlDatabase &db, QDate on, RetentionFigures *figures,
                                    ServiceError *error)
{
    Reads reads;
    const Peildatum p { db, reads, on, isoDate(on) };
    RetentionFigures &f = *figures;
    f.on = on;
    const QList<QDate> ahead = DashboardService::monthsStartingWith(on);

    const RuleSeries rules = readRules(p);
    f.expiringByCategory = emptyBreakdown(ahead, rules.rules);
    countStoredItems(p, ahead, f);
    if (rules.filesPeriod)
        countRequestFiles(p, ahead, rules, f);
    if (rules.breachesPeriod)
        countBreachRegister(p, *rules.breachesPeriod, f);
    countHolds(p, f);
    countDestructions(p, f);
    return !reads.failed(error);
}

bool DashboardRepository::disclosures(const QSqlDatabase &db, QDate on, DisclosureFigures *figures,
                                      ServiceError *error)
{
    Reads reads;
    DisclosureFigures &f = *figures;
    f.on = on;
    const QList<QDate> window = DashboardService::monthsEndingWith(on);
    const QString day = isoDate(on);
    const QString from = isoDate(window.first());

    QList<QPair<QString, QString>> categories;
    for (RecipientCategory category : codes::all<RecipientCategory>())
        categories.append({ codes::code(category), codes::label(category) });
    f.byCategory = emptyBreakdown(window, categories);

    // Per recipient and month: the category bars and the top recipients from one aggregate.
    // The recipients drive the loop so that each reads its range of disclosures_recipient
    // (recipient, date, id) without touching a table row.
    {
        struct Total
        {
            qint64 id = 0;
            QString name;
            QString category;
            int count = 0;
        };
        QHash<qint64, Total> totals;
        // perRecipientMonthSql()'s columns, in its order.
        enum RecipientMonthColumn { RecipientId, Name, Category, Month, Count };
        QSqlQuery query(db);
        if (reads.run(query, DisclosureRepository::perRecipientMonthSql(db), { from, day })) {
            while (query.next()) {
                const qint64 id = query.value(RecipientId).toLongLong();
                const int count = query.value(Count).toInt();
                Total &total = totals[id];
                total.id = id;
                total.name = query.value(Name).toString();
                total.category = query.value(Category).toString();
                total.count += count;
                add(f.byCategory, total.category, query.value(Month).toString(), count);
                f.total += count;
            }
            reads.ended(query);
        }
        QList<Total> ranked = totals.values();
        std::sort(ranked.begin(), ranked.end(), [](const Total &a, const Total &b) {
            if (a.count != b.count)
                return a.count > b.count;
            const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
        for (const Total &total : std::as_const(ranked).first(
                 std::min<qsizetype>(ranked.size(), DashboardService::topRecipientCount))) {
            const auto category = codes::from<RecipientCategory>(total.category);
            f.topRecipients.append({ total.id, total.name, total.category,
                                     category ? codes::label(*category) : total.category,
                                     total.count });
        }
    }

    for (LegalBasis basis : codes::all<LegalBasis>())
        f.byLegalBasis.append({ codes::code(basis), codes::label(basis), 0 });
    {
        // perLegalBasisSql()'s columns and overdueAgreementsSql()'s, in their order.
        enum BasisColumn { Basis, BasisCount };
        enum OverdueColumn { OverdueId, OverdueName, AgreementReview };
        QSqlQuery query(db);
        // Per basis a range of disclosures_basis (basis, date, id): an index-only count.
        QStringList bases;
        for (const CodeCount &basis : std::as_const(f.byLegalBasis))
            bases << u'\'' + basis.code + u'\'';
        if (reads.run(query, DisclosureRepository::perLegalBasisSql(bases), { from, day })) {
            while (query.next())
                for (CodeCount &basis : f.byLegalBasis)
                    if (basis.code == query.value(Basis).toString())
                        basis.count = query.value(BasisCount).toInt();
            reads.ended(query);
        }

        if (reads.run(query, DisclosureRepository::pendingCountSql(db), { day, day, day })
            && query.next())
            f.toInform = query.value(0).toInt();
        if (reads.run(query, DisclosureRepository::pendingPersonsSql(), { day, day, day })
            && query.next())
            f.toInformPersons = query.value(0).toInt();
        if (reads.run(query, DisclosureRepository::prohibitedCountSql(), { day }) && query.next())
            f.prohibited = query.value(0).toInt();

        // As Recipient::agreementOverdue: no signed agreement, or the review date has passed.
        if (reads.run(query, RecipientRepository::overdueAgreementsSql(db), { day })) {
            while (query.next())
                f.reviewsOverdue.append(
                    { query.value(OverdueId).toLongLong(), query.value(OverdueName).toString(),
                      QDate::fromString(query.value(AgreementReview).toString(), Qt::ISODate) });
            reads.ended(query);
        }
    }
    return !reads.failed(error);
}

} // namespace pd
