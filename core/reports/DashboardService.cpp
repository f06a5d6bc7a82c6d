#include "reports/DashboardService.h"

#include "breaches/Breach.h"
#include "cases/CaseService.h"
#include "persons/PersonRepository.h"
#include "registers/RetentionCalendar.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Csv.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace pd {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

// The month of an ISO date ("yyyy-MM..."), counted from year 0: consecutive months differ by
// one. -1 for text that is not one.
int monthOrdinal(QStringView iso)
{
    if (iso.size() < 7 || iso.at(4) != u'-')
        return -1;
    bool yearOk = false;
    bool monthOk = false;
    const int year = iso.first(4).toInt(&yearOk);
    const int month = iso.sliced(5, 2).toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

// An ISO date ("yyyy-MM-dd"), invalid for anything else.
QDate isoDay(QStringView iso)
{
    if (iso.size() != 10 || iso.at(4) != u'-' || iso.at(7) != u'-')
        return {};
    return QDate(iso.first(4).toInt(), iso.sliced(5, 2).toInt(), iso.sliced(8, 2).toInt());
}

// The reads of one set of figures: each runs a read-only statement with positional values, and
// the first that fails is kept, so that the figures are an error, never zeros (issue 15).
class Reads
{
public:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok && !m_failure.isError())
            m_failure = ServiceError::fromSql(query.lastError());
        return ok;
    }
    // A read outside run() that failed (the deadline policy).
    void fail(const ServiceError &failure)
    {
        if (!m_failure.isError())
            m_failure = failure;
    }
    // Sets *error (when given); true when a read failed.
    bool failed(ServiceError *error) const
    {
        if (error)
            *error = m_failure;
        return m_failure.isError();
    }

private:
    ServiceError m_failure;
};

// An empty breakdown over months with one zero series per key.
MonthlyBreakdown emptyBreakdown(const QList<QDate> &months,
                                const QList<QPair<QString, QString>> &keys)
{
    MonthlyBreakdown breakdown;
    breakdown.months = months;
    for (const auto &[code, label] : keys)
        breakdown.series.append({ code, label, QList<int>(months.size(), 0) });
    return breakdown;
}

// Adds count to the series code in the month "yyyy-MM"; unknown keys and months are ignored
// (a code removed from the vocabulary, a month outside the window).
void add(MonthlyBreakdown &breakdown, const QString &code, const QString &month, int count)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const qsizetype index = breakdown.months.indexOf(first);
    if (index < 0)
        return;
    for (MonthlyBreakdown::Series &series : breakdown.series) {
        if (series.code == code) {
            series.counts[index] += count;
            return;
        }
    }
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

// The persons under a legal hold open on the day bound twice: a list SQLite builds once per
// statement (the holds are few), where a correlated EXISTS would scan them per row.
const QString heldOnSelect = QStringLiteral(
    "SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= ? AND (h.released_on IS NULL "
    "OR h.released_on > ?)");
const QString heldOn = u'(' + heldOnSelect + u')';

} // namespace

// --- figures ---

int MonthlyBreakdown::total() const
{
    int sum = 0;
    for (const Series &s : series)
        for (int count : s.counts)
            sum += count;
    return sum;
}

int MonthlyBreakdown::totalIn(int monthIndex) const
{
    int sum = 0;
    for (const Series &s : series)
        sum += s.counts.value(monthIndex);
    return sum;
}

std::optional<double> MonthShare::share() const
{
    if (answered <= 0)
        return std::nullopt;
    return double(onTime) / double(answered);
}

DashboardService::DashboardService(const Store &store)
    : m_store(store)
{ }

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

QString DashboardService::monthLabel(QDate month, const QLocale &locale)
{
    return locale.monthName(month.month(), QLocale::ShortFormat) + u' '
        + QString::number(month.year());
}

DeadlineFigures DashboardService::deadlines(QDate on, ServiceError *error) const
{
    if (!readable(m_store, systemClock(), Permission::ViewRegisters,
                  QStringLiteral("dashboard.read"), {}, error))
        return {};
    Reads reads;
    DeadlineFigures f;
    f.on = on;
    const QList<QDate> window = monthsEndingWith(on);
    const QString day = isoDate(on);
    const QString from = isoDate(window.first());
    const QString closed = CaseQuery::closedDateSql();
    QSqlDatabase db = m_store.database();

    // Open on `on`, by the state each request was in then, with its deadline against `on`.
    for (CaseState state : Codes::caseStates())
        if (isOpen(state))
            f.openByState.append({ Codes::code(state), Codes::label(state), 0 });
    {
        QSqlQuery query(db);
        if (reads.run(
                query,
                QStringLiteral("SELECT ") + CaseQuery::stateOnSql()
                    + QStringLiteral(
                        ", count(*), "
                        "sum(CASE WHEN c.deadline_effective < ? THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN c.deadline_effective = ? THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN c.deadline_effective BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                        "FROM cases c WHERE ")
                    + CaseQuery::openOnSql() + QStringLiteral(" GROUP BY 1"),
                { day, day, day, day, day, isoDate(on.addDays(7)), day, day, day })) {
            while (query.next()) {
                const QString code = query.value(0).toString();
                const int count = query.value(1).toInt();
                for (CodeCount &c : f.openByState)
                    if (c.code == code)
                        c.count += count;
                f.open += count;
                f.overdue += query.value(2).toInt();
                f.dueToday += query.value(3).toInt();
                f.dueWithin7Days += query.value(4).toInt();
            }
        }
    }

    // Intake per month: per request type (a request with two types in both), and requests. The
    // rows are bucketed here: the join reads two index ranges, where SQLite's GROUP BY over them
    // sorted every row in a temporary B-tree (41 of 50 ms at 100,000 requests, issue 19).
    QList<QPair<QString, QString>> types;
    for (RequestType type : Codes::requestTypes())
        types.append({ Codes::code(type), Codes::label(type) });
    f.intakeByType = emptyBreakdown(window, types);
    const int firstMonth = monthOrdinal(from);
    {
        QSqlQuery query(db);
        if (reads.run(query,
                      QStringLiteral("SELECT c.received_date, t.type FROM cases c JOIN case_types "
                                     "t ON t.case_id = c.id WHERE c.received_date BETWEEN ? AND ?"),
                      { from, day })) {
            while (query.next()) {
                const qsizetype month = monthOrdinal(query.value(0).toString()) - firstMonth;
                const QString type = query.value(1).toString();
                if (month < 0 || month >= window.size())
                    continue;
                for (MonthlyBreakdown::Series &series : f.intakeByType.series) {
                    if (series.code == type) {
                        ++series.counts[month];
                        break;
                    }
                }
            }
        }
        if (reads.run(query,
                      QStringLiteral(
                          "SELECT count(*) FROM cases c WHERE c.received_date BETWEEN ? AND ?"),
                      { from, day })
            && query.next())
            f.intake = query.value(0).toInt();
    }

    // The answers of the window in one range of cases_closed_on: per month how many and how
    // many by the effective deadline, and the median handling time in calendar days from
    // receipt (the middle one, or the mean of the two middle ones). One pass here instead of a
    // GROUP BY and a sort in SQLite (54 ms at 100,000 requests, issue 19).
    for (const QDate &month : window)
        f.onTimeByMonth.append({ month, 0, 0 });
    const QString answeredIn = QStringLiteral("c.closed_at IS NOT NULL AND ") + closed
        + QStringLiteral(" BETWEEN ? AND ?");
    {
        QSqlQuery query(db);
        std::vector<qint64> durations;
        if (reads.run(query,
                      QStringLiteral("SELECT ") + closed
                          + QStringLiteral(", c.received_date, c.deadline_effective FROM cases c "
                                           "WHERE ")
                          + answeredIn,
                      { from, day })) {
            while (query.next()) {
                const QString answered = query.value(0).toString();
                const qsizetype month = monthOrdinal(answered) - firstMonth;
                if (month < 0 || month >= window.size())
                    continue;
                MonthShare &share = f.onTimeByMonth[month];
                ++share.answered;
                if (answered <= query.value(2).toString())
                    ++share.onTime;
                ++f.answered;
                const QDate received = isoDay(query.value(1).toString());
                const QDate answeredOn = isoDay(answered);
                if (received.isValid() && answeredOn.isValid())
                    durations.push_back(received.daysTo(answeredOn));
            }
        }
        if (!durations.empty()) {
            const auto middle = durations.begin() + qsizetype(durations.size() - 1) / 2;
            std::nth_element(durations.begin(), middle, durations.end());
            double median = double(*middle);
            if (durations.size() % 2 == 0)
                median = (median + double(*std::min_element(middle + 1, durations.end()))) / 2;
            f.medianHandlingDays = median;
        }
    }

    // Both clocks (issue 14): the legal deadline is not stored, so the requests past the stored
    // effective deadline (every request late against either clock is among them) are read and
    // judged in C++ as CaseQuery judges CaseListFilter::lateAgainst, so that the lists behind
    // these figures count the same. Open on `on` first, then the answers of the window.
    {
        ServiceError policyError;
        const DeadlinePolicy policy
            = CaseService(m_store).policy(&policyError).value_or(DeadlinePolicy {});
        reads.fail(policyError); // the figures are an error then, whatever was counted
        const auto judge
            = [&](const QString &sql, const QVariantList &values, int *legal, int *policyOnly) {
                  QSqlQuery query(db);
                  if (!reads.run(query, sql, values))
                      return;
                  while (query.next()) {
                      const Lateness late = CaseQuery::clocksOf(query, 0, policy, on).lateness;
                      if (CaseQuery::isLateAgainst(late, LateClock::Legal))
                          ++*legal;
                      else if (CaseQuery::isLateAgainst(late, LateClock::PolicyOnly))
                          ++*policyOnly;
                  }
              };
        // openOnSql() and the deadline, its two branches as two statements: each then reads its
        // partial index (migration 0009), where the OR with these columns read every request.
        const QString columns = QStringLiteral("SELECT ") + CaseQuery::latenessColumnsSql();
        judge(columns
                  + QStringLiteral(" FROM cases c WHERE c.closed_at IS NULL AND c.received_date "
                                   "<= ? AND c.deadline_effective < ? UNION ALL ")
                  + columns + QStringLiteral(" FROM cases c WHERE c.closed_at IS NOT NULL AND ")
                  + closed
                  + QStringLiteral(" > ? AND c.received_date <= ? AND c.deadline_effective < ?"),
              { day, day, day, day, day }, &f.lateLegal, &f.latePolicyOnly);
        judge(QStringLiteral("SELECT ") + CaseQuery::latenessColumnsSql()
                  + QStringLiteral(" FROM cases c WHERE ") + answeredIn + QStringLiteral(" AND ")
                  + closed + QStringLiteral(" > c.deadline_effective"),
              { from, day }, &f.answeredLateLegal, &f.answeredLatePolicyOnly);
    }

    // Extensions of the requests received in the window, notified by `on`.
    {
        QSqlQuery query(db);
        if (reads.run(query,
                      QStringLiteral("SELECT count(*), sum(CASE WHEN ")
                          + sql::unindexedSql(db, CaseQuery::extensionLateSql())
                          + QStringLiteral(" THEN 1 ELSE 0 END) FROM cases c WHERE c.received_date "
                                           "BETWEEN ? AND ? AND c.extended = 1 AND "
                                           "c.extension_notified <= ?"),
                      { from, day, day })
            && query.next()) {
            f.extended = query.value(0).toInt();
            f.extendedLate = query.value(1).toInt();
        }
    }
    if (reads.failed(error))
        return {}; // never zeros for figures that could not be read
    return f;
}

RetentionFigures DashboardService::retention(QDate on, ServiceError *error) const
{
    if (!readable(m_store, systemClock(), Permission::ViewRegisters,
                  QStringLiteral("dashboard.read"), {}, error))
        return {};
    Reads reads;
    RetentionFigures f;
    f.on = on;
    const QString day = isoDate(on);
    const QList<QDate> ahead = monthsStartingWith(on);
    const QDate aheadEnd = lastOfMonth(ahead.last());
    QSqlDatabase db = m_store.database();

    // One series per rule, in the order of the rules (the seeded ones first).
    QList<QPair<QString, QString>> rules;
    std::optional<RetentionPeriod> filesPeriod;
    QString filesCode;
    std::optional<RetentionPeriod> breachesPeriod;
    {
        QSqlQuery query(db);
        if (reads.run(query,
                      QStringLiteral("SELECT code, category, period_amount, period_unit FROM "
                                     "retention_rules ORDER BY id"),
                      {})) {
            while (query.next()) {
                const QString code = query.value(0).toString();
                rules.append({ code, query.value(1).toString() });
                const RetentionPeriod period { query.value(2).toInt(),
                                               RetentionCalendar::unitFromCode(
                                                   query.value(3).toString())
                                                   .value_or(RetentionUnit::Years) };
                if (code == QLatin1StringView(RetentionRule::requestFilesCode)) {
                    filesCode = code;
                    filesPeriod = period;
                }
                if (code == QLatin1StringView(RetentionRule::breachRegisterCode))
                    breachesPeriod = period;
            }
        }
    }
    f.expiringByCategory = emptyBreakdown(ahead, rules);

    // Stored items not destroyed by `on`: per rule and month of expiry in the months ahead.
    const QString notDestroyed = QStringLiteral("(i.destroyed_on IS NULL OR i.destroyed_on > ?)");
    {
        QSqlQuery query(db);
        if (reads.run(query,
                      QStringLiteral("SELECT r.code, substr(i.expires_on, 1, 7), count(*) FROM "
                                     "retention_items i JOIN retention_rules r ON r.id = i.rule_id "
                                     "WHERE i.expires_on BETWEEN ? AND ? AND ")
                          + notDestroyed + QStringLiteral(" GROUP BY 1, 2"),
                      { isoDate(ahead.first()), isoDate(aheadEnd), day })) {
            while (query.next())
                add(f.expiringByCategory, query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toInt());
        }
        // Expired by `on`: held (kept by a legal hold) or overdue for destruction.
        if (reads.run(query,
                      QStringLiteral("SELECT i.person_id IN ") + heldOn
                          + QStringLiteral(", count(*), min(i.expires_on) FROM retention_items i "
                                           "WHERE i.expires_on <= ? AND ")
                          + notDestroyed + QStringLiteral(" GROUP BY 1"),
                      { day, day, day, day })) {
            while (query.next()) {
                if (query.value(0).toInt() != 0) {
                    f.heldItems += query.value(1).toInt();
                } else {
                    f.expired += query.value(1).toInt();
                    const QDate oldest = QDate::fromString(query.value(2).toString(), Qt::ISODate);
                    if (!f.oldestExpired.isValid() || oldest < f.oldestExpired)
                        f.oldestExpired = oldest;
                }
            }
        }
    }

    // Privacydesk's own request files, computed per person as RetentionService::due does with
    // asOfOn: the trigger is the last answer of a person whose requests (received by `on`) were
    // all answered by `on`, not anonymised by then. The trigger ranges of the expiry months come
    // from RetentionCalendar::latestTriggerExpiringBy, so the buckets are exact.
    if (filesPeriod) {
        const auto bound = [&filesPeriod](QDate expiringBy) {
            return isoDate(RetentionCalendar::latestTriggerExpiringBy(expiringBy, *filesPeriod));
        };
        // The latest trigger (last answer) that expires by the end of each month ahead, and by
        // `on`: a trigger's bucket is the first month whose bound it does not pass.
        const QString beforeAhead = bound(ahead.first().addDays(-1));
        QStringList monthBounds;
        for (const QDate &month : ahead)
            monthBounds << bound(lastOfMonth(month));
        const QString expiredBound = bound(on);
        const QString closed = CaseQuery::closedDateSql();

        MonthlyBreakdown::Series *files = nullptr;
        for (MonthlyBreakdown::Series &series : f.expiringByCategory.series)
            if (series.code == filesCode)
                files = &series;
        const QString anonymisedSelect = PersonRepository::anonymisedIdsSql(u"p", true);
        QString oldest; // the earliest last answer of the expired files not held
        QSqlQuery query(db);

        // person_files (migration 26) holds the persons' files as they are now: it answers for
        // `on` when nothing in the store was received or answered after it (today).
        bool current = false;
        if (reads.run(query,
                      QStringLiteral("SELECT (SELECT max(received_date) FROM cases), (SELECT "
                                     "max(last_answer) FROM person_files)"),
                      {})
            && query.next())
            current = query.value(0).toString() <= day && query.value(1).toString() <= day;

        if (current) {
            // Index ranges of person_files_answer: per month ahead the files expiring in it,
            // then the expired ones not held (with the oldest) and the held ones.
            const QString kept = QStringLiteral(" AND f.open_requests = 0 AND f.person_id NOT IN (")
                + anonymisedSelect + u')';
            QString sql;
            QVariantList values;
            for (qsizetype i = 0; i < monthBounds.size(); ++i) {
                sql += QStringLiteral("SELECT %1, count(*), NULL FROM person_files f WHERE "
                                      "f.last_answer > ? AND f.last_answer <= ?")
                           .arg(i)
                    + kept + QStringLiteral(" UNION ALL ");
                values << (i == 0 ? beforeAhead : monthBounds.at(i - 1)) << monthBounds.at(i)
                       << day;
            }
            sql += QStringLiteral("SELECT -1, count(*), min(f.last_answer) FROM person_files f "
                                  "WHERE f.last_answer <= ?")
                + kept + QStringLiteral(" AND f.person_id NOT IN (") + heldOnSelect
                + QStringLiteral(") UNION ALL SELECT -2, count(*), NULL FROM person_files f WHERE "
                                 "f.last_answer <= ?")
                + kept + QStringLiteral(" AND f.person_id IN (") + heldOnSelect + u')';
            values << expiredBound << day << day << day << expiredBound << day << day << day;
            if (reads.run(query, sql, values)) {
                while (query.next()) {
                    const int index = query.value(0).toInt();
                    const int count = query.value(1).toInt();
                    if (index == -1) {
                        f.expired += count;
                        oldest = query.value(2).toString();
                    } else if (index == -2) {
                        f.heldItems += count;
                    } else if (files && index >= 0 && index < files->counts.size()) {
                        files->counts[index] += count;
                    }
                }
            }
        } else {
            // An earlier peildatum: per person from cases_person_closed alone (migration 0009),
            // in index order without a sort: the last answer, or '9' (after every date) while a
            // request is open; a person counts when every request received by `on` was
            // answered by then. The persons left out (anonymised by `on`, kept by a legal hold
            // on `on`) are short lists.
            QSet<qint64> anonymised;
            QSet<qint64> held;
            if (reads.run(query, anonymisedSelect, { day }))
                while (query.next())
                    anonymised.insert(query.value(0).toLongLong());
            if (reads.run(query, heldOnSelect, { day, day }))
                while (query.next())
                    held.insert(query.value(0).toLongLong());
            if (reads.run(query,
                          QStringLiteral("SELECT c.person_id, MAX(CASE WHEN c.closed_at IS NULL "
                                         "THEN '9' ELSE ")
                              + closed
                              + QStringLiteral(" END) AS t FROM cases c WHERE c.received_date <= "
                                               "? GROUP BY c.person_id HAVING MAX(CASE WHEN "
                                               "c.closed_at IS NULL THEN '9' ELSE ")
                              + closed + QStringLiteral(" END) <= ?"),
                          { day, day })) {
                while (query.next()) {
                    const qint64 person = query.value(0).toLongLong();
                    if (anonymised.contains(person))
                        continue;
                    const QString t = query.value(1).toString();
                    if (files && t > beforeAhead) {
                        const auto month
                            = std::lower_bound(monthBounds.cbegin(), monthBounds.cend(), t);
                        if (month != monthBounds.cend())
                            ++files->counts[month - monthBounds.cbegin()];
                    }
                    if (t > expiredBound)
                        continue;
                    if (held.contains(person)) {
                        ++f.heldItems;
                        continue;
                    }
                    ++f.expired;
                    if (oldest.isEmpty() || t < oldest)
                        oldest = t;
                }
            }
        }
        if (!oldest.isEmpty()) {
            const QDate expiry = RetentionCalendar::expiry(isoDay(oldest), *filesPeriod);
            if (!f.oldestExpired.isValid() || expiry < f.oldestExpired)
                f.oldestExpired = expiry;
        }
    }

    // The data-breach register, computed as RetentionService::due does with asOfOn: each breach
    // closed by `on` (its closing day in Europe/Amsterdam is the trigger) and not destroyed by
    // then. A register holds tens of breaches a year: read whole and bucketed here. No legal
    // hold applies to them (they are no person's data).
    if (breachesPeriod) {
        QSqlQuery query(db);
        const QString closedBy
            = BreachCodes::storedMoment(on.addDays(1).startOfDay(organisationTimeZone()).toUTC());
        if (reads.run(query,
                      QStringLiteral("SELECT closed_at FROM breaches WHERE state = 'gesloten' AND "
                                     "closed_at IS NOT NULL AND closed_at < ? AND (destroyed_on "
                                     "IS NULL OR destroyed_on > ?)"),
                      { closedBy, day })) {
            while (query.next()) {
                const QDate closed
                    = organisationDay(BreachCodes::momentFromStored(query.value(0).toString()));
                const QDate expires = RetentionCalendar::expiry(closed, *breachesPeriod);
                add(f.expiringByCategory, QString::fromLatin1(RetentionRule::breachRegisterCode),
                    monthKey(expires), 1);
                if (expires > on)
                    continue;
                ++f.expired;
                if (!f.oldestExpired.isValid() || expires < f.oldestExpired)
                    f.oldestExpired = expires;
            }
            if (query.lastError().isValid())
                reads.fail(ServiceError::fromSql(query.lastError()));
        }
    }

    {
        QSqlQuery query(db);
        if (reads.run(
                query,
                QStringLiteral("SELECT count(*) FROM retention_holds h WHERE h.placed_on <= ? "
                               "AND (h.released_on IS NULL OR h.released_on > ?)"),
                { day, day })
            && query.next())
            f.onHold = query.value(0).toInt();
    }

    // Destructions per month, by kind.
    const QList<QDate> past = monthsEndingWith(on);
    f.destructionsByMonth
        = emptyBreakdown(past,
                         { { QStringLiteral("verzoekdossier"), tr("Request files") },
                           { QStringLiteral("item"), tr("Other data") },
                           { QStringLiteral("datalek"), tr("Data breaches") } });
    {
        QSqlQuery query(db);
        if (reads.run(query,
                      QStringLiteral("SELECT substr(destroyed_on, 1, 7), kind, count(*) FROM "
                                     "retention_destructions WHERE destroyed_on BETWEEN ? AND ? "
                                     "GROUP BY 1, 2"),
                      { isoDate(past.first()), day })) {
            while (query.next())
                add(f.destructionsByMonth, query.value(1).toString(), query.value(0).toString(),
                    query.value(2).toInt());
        }
    }
    if (reads.failed(error))
        return {}; // never zeros for figures that could not be read
    return f;
}

DisclosureFigures DashboardService::disclosures(QDate on, ServiceError *error) const
{
    if (!readable(m_store, systemClock(), Permission::ViewRegisters,
                  QStringLiteral("dashboard.read"), {}, error))
        return {};
    Reads reads;
    DisclosureFigures f;
    f.on = on;
    const QList<QDate> window = monthsEndingWith(on);
    const QString day = isoDate(on);
    const QString from = isoDate(window.first());
    QSqlDatabase db = m_store.database();

    QList<QPair<QString, QString>> categories;
    for (RecipientCategory category : RecipientCodes::categories())
        categories.append({ RecipientCodes::code(category), RecipientCodes::label(category) });
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
        QSqlQuery query(db);
        if (reads.run(
                query,
                QStringLiteral("SELECT r.id, r.name, r.category, substr(d.disclosed_on, 1, 7), "
                               "count(*) FROM recipients r")
                    + sql::drivingJoin(db)
                    + QStringLiteral("disclosures d ON d.recipient_id = r.id WHERE "
                                     "d.disclosed_on BETWEEN ? AND ? GROUP BY r.id, 4"),
                { from, day })) {
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                const int count = query.value(4).toInt();
                Total &total = totals[id];
                total.id = id;
                total.name = query.value(1).toString();
                total.category = query.value(2).toString();
                total.count += count;
                add(f.byCategory, total.category, query.value(3).toString(), count);
                f.total += count;
            }
        }
        QList<Total> ranked = totals.values();
        std::sort(ranked.begin(), ranked.end(), [](const Total &a, const Total &b) {
            if (a.count != b.count)
                return a.count > b.count;
            const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
        for (const Total &total :
             std::as_const(ranked).first(std::min<qsizetype>(ranked.size(), topRecipientCount))) {
            const auto category = RecipientCodes::category(total.category);
            f.topRecipients.append({ total.id, total.name, total.category,
                                     category ? RecipientCodes::label(*category) : total.category,
                                     total.count });
        }
    }

    for (LegalBasis basis : DisclosureCodes::legalBases())
        f.byLegalBasis.append({ DisclosureCodes::code(basis), DisclosureCodes::label(basis), 0 });
    {
        QSqlQuery query(db);
        // Per basis a range of disclosures_basis (basis, date, id): an index-only count.
        QStringList bases;
        for (const CodeCount &basis : std::as_const(f.byLegalBasis))
            bases << u'\'' + basis.code + u'\'';
        if (reads.run(
                query,
                QStringLiteral("SELECT legal_basis, count(*) FROM disclosures WHERE legal_basis "
                               "IN (")
                    + bases.join(QStringLiteral(", "))
                    + QStringLiteral(") AND disclosed_on BETWEEN ? AND ? GROUP BY 1"),
                { from, day })) {
            while (query.next())
                for (CodeCount &basis : f.byLegalBasis)
                    if (basis.code == query.value(0).toString())
                        basis.count = query.value(1).toInt();
        }

        const QString pending = DisclosureService::pendingOnSql(db);
        if (reads.run(query, QStringLiteral("SELECT count(*) FROM disclosures d WHERE ") + pending,
                      { day, day, day })
            && query.next())
            f.toInform = query.value(0).toInt();
        // The same disclosures as pendingOnSql, as two index-only ranges whose ids, in order,
        // find the persons (the OR form would read each disclosure from the table to join).
        if (reads.run(
                query,
                QStringLiteral(
                    "SELECT count(DISTINCT dp.person_id) FROM (SELECT d.id FROM disclosures d "
                    "WHERE d.informed = 'nog-te-doen' AND d.disclosed_on <= ? UNION ALL SELECT "
                    "d.id FROM disclosures d WHERE d.informed = 'geinformeerd' AND d.informed_on "
                    "> ? AND d.disclosed_on <= ? ORDER BY 1) x JOIN disclosure_persons dp ON "
                    "dp.disclosure_id = x.id"),
                { day, day, day })
            && query.next())
            f.toInformPersons = query.value(0).toInt();
        if (reads.run(
                query,
                QStringLiteral("SELECT count(*) FROM disclosures d WHERE d.informed = 'verboden' "
                               "AND d.disclosed_on <= ?"),
                { day })
            && query.next())
            f.prohibited = query.value(0).toInt();

        // As Recipient::agreementOverdue: no signed agreement, or the review date has passed.
        if (reads.run(
                query,
                QStringLiteral("SELECT id, name, agreement_review FROM recipients WHERE role = "
                               "'verwerker' AND removed_at IS NULL AND (agreement_signed IS NULL "
                               "OR agreement_signed = '' OR agreement_review < ?) ORDER BY ")
                    + sql::orderTerm(db, QStringLiteral("agreement_review"), false)
                    + QStringLiteral(", ") + sql::byteOrder(db, QStringLiteral("name"))
                    + QStringLiteral(", id"),
                { day })) {
            while (query.next())
                f.reviewsOverdue.append(
                    { query.value(0).toLongLong(), query.value(1).toString(),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate) });
        }
    }
    if (reads.failed(error))
        return {}; // never zeros for figures that could not be read
    return f;
}

// --- JSON ---

BreachFigures DashboardService::breaches(const QDateTime &now, ServiceError *error) const
{
    return BreachService(m_store).figures(now, error);
}

QDateTime DashboardService::breachMoment(QDate on, const QDateTime &now)
{
    if (organisationDay(now) == on)
        return now.toUTC();
    return on.addDays(1).startOfDay(organisationTimeZone()).addSecs(-1).toUTC();
}

QJsonObject DashboardService::breachesToJson(const BreachFigures &f)
{
    const QList<BreachNature> natures = BreachCodes::natures();
    QJsonArray byMonth;
    for (qsizetype i = 0; i < f.months.size(); ++i) {
        QJsonObject month { { QStringLiteral("month"), monthKey(f.months.at(i)) },
                            { QStringLiteral("total"), f.totalByMonth.value(i) } };
        for (qsizetype n = 0; n < natures.size(); ++n)
            month.insert(BreachCodes::code(natures.at(n)), f.byMonthAndNature.value(i).value(n));
        byMonth.append(month);
    }
    QJsonArray clocks;
    for (const BreachClock &c : f.clocks)
        clocks.append(
            QJsonObject { { QStringLiteral("number"), c.number },
                          { QStringLiteral("title"), c.title },
                          { QStringLiteral("ap_deadline"), BreachCodes::isoLocal(c.deadline) },
                          { QStringLiteral("hours_left"), c.hoursLeft } });
    return { { QStringLiteral("open"), f.open },
             { QStringLiteral("clock_running"), f.clockRunning },
             { QStringLiteral("notified_late_this_year"), f.notifiedLateThisYear },
             { QStringLiteral("by_month"), byMonth },
             { QStringLiteral("clocks"), clocks } };
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
