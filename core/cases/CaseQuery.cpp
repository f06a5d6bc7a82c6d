#include "cases/CaseQuery.h"

#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pd {

namespace {

constexpr int maxSearchWords = 8;
// From this many matches a search walks the index of the list's order (see where()): the walk
// finds a page of 100 after about 100 * requests / matches entries, so at 2,000 matches of
// 50,000 it reads 2,500 index entries, about what reading 2,000 requests by id costs.
constexpr qint64 broadSearchHits = 2000;

// The requests a search finds (one bound value, sql::fullTextPrefixes).
QString searchCondition(const QSqlDatabase &db)
{
    return QStringLiteral(" AND c.id IN (SELECT docid FROM case_search WHERE ")
        + sql::fullTextCondition(db) + u')';
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate effectiveToday(const CaseListFilter &filter)
{
    return filter.today.isValid() ? filter.today : systemClock().today();
}

// Word for word as in the partial index cases_open_deadline of migration 0004: SQLite uses a
// partial index only when the query repeats its condition.
const QString openStates = QStringLiteral("('ontvangen', 'identificatie', 'in-behandeling')");

QSet<CaseState> openStateSet()
{
    return { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
}

// The expression a column sorts on. Person and Types need the persons join or a subquery; the
// others are served by an index of migration 0004 (with the number as second key).
//
// window: the query keeps to a KCC-medewerker's week (CaseScope), a range of the receipt index
// that holds a handful of rows. Then a "+" keeps the planner off the sort column's index, which
// it would otherwise walk from end to end to avoid sorting that handful (measured in the plans
// of tst_kccvisibility).
QString sortKey(const QSqlDatabase &db, CaseColumn column, bool window)
{
    const auto plus = [&db, window](const QString &key) {
        return window ? sql::unindexed(db, key) : key;
    };
    switch (column) {
    case CaseColumn::Number:
        return plus(QStringLiteral("c.number"));
    case CaseColumn::Person:
        return sql::noCase(db, QStringLiteral("p.name"));
    case CaseColumn::Types:
        // Kept on the case by the triggers of migration 21, so that an index serves it.
        return plus(QStringLiteral("c.types_key"));
    case CaseColumn::Channel:
        return plus(QStringLiteral("c.channel"));
    case CaseColumn::Received:
        return QStringLiteral("c.received_date");
    case CaseColumn::State:
        // The order of the workflow, not of the alphabet; word for word as the index
        // cases_state_rank_number of migration 21.
        return plus(QStringLiteral("CASE c.state WHEN 'ontvangen' THEN 0 WHEN 'identificatie' "
                                   "THEN 1 WHEN 'in-behandeling' THEN 2 WHEN 'afgerond' THEN 3 "
                                   "WHEN 'ingetrokken' THEN 4 ELSE 5 END"));
    case CaseColumn::Deadline:
    case CaseColumn::DaysLeft:
        return plus(QStringLiteral("c.deadline_effective"));
    case CaseColumn::Handler:
        return plus(QStringLiteral("c.handler"));
    }
    return plus(QStringLiteral("c.number"));
}

bool nullable(CaseColumn column)
{
    return column == CaseColumn::Handler || column == CaseColumn::Deadline
        || column == CaseColumn::DaysLeft;
}

// key in the sort's direction. A column that may be NULL has its NULLs where SQLite puts them
// (first ascending, last descending) on both backends; the others are written plainly, so that
// a server index on (key, number) serves the order forwards or backwards.
QString orderTerm(const QSqlDatabase &db, const QString &key, CaseSort sort, bool mayBeNull)
{
    const bool descending = sort.order == Qt::DescendingOrder;
    if (mayBeNull)
        return sql::orderTerm(db, key, descending);
    return key + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
}

QString orderBy(const QSqlDatabase &db, CaseSort sort, bool window)
{
    const QString key
        = orderTerm(db, sortKey(db, sort.column, window), sort, nullable(sort.column));
    if (sort.column == CaseColumn::Number)
        return QStringLiteral(" ORDER BY ") + key;
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", ")
        + orderTerm(db, QStringLiteral("c.number"), sort, false);
}

QString fromClause(const QSqlDatabase &db, CaseSort sort, bool window)
{
    if (window && sort.column == CaseColumn::Person) {
        // The week's requests first, then their persons: not every person in name order.
        return QStringLiteral(" FROM cases c") + sql::drivingJoin(db)
            + PersonRepository::tableSql(u"p")
            + QStringLiteral(" ON p.id = c.person_id WHERE 1 = 1");
    }
    // CROSS JOIN fixes the loop order: persons in name order (persons_name_nocase), then their
    // cases, so that a page is read without sorting every case.
    return sort.column == CaseColumn::Person
        ? QStringLiteral(" FROM ") + PersonRepository::tableSql(u"p") + sql::drivingJoin(db)
            + QStringLiteral("cases c ON c.person_id = p.id WHERE 1 = 1")
        : QStringLiteral(" FROM cases c WHERE 1 = 1");
}

QList<RequestType> typesFromText(const QString &text)
{
    QList<RequestType> types;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto type = Codes::requestType(code))
            types << *type;
    }
    std::sort(types.begin(), types.end());
    return types;
}

// The condition "this row comes before the row with (key, number)" in the given order, as
// SQLite orders: NULL first ascending, last descending; ties broken on the number in the
// sort's direction. Row values, so that an index on (key, number) serves it as a range.
QString precedes(const QSqlDatabase &db, CaseColumn column, bool window, bool descending,
                 const QVariant &key, const QString &number, QVariantList *values)
{
    const QString less = descending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (column == CaseColumn::Number) {
        *values << number;
        return sortKey(db, column, window) + less + u'?';
    }
    const QString k = sortKey(db, column, window);
    if (key.isNull()) {
        *values << number;
        return descending
            ? QStringLiteral("(") + k + QStringLiteral(" IS NOT NULL OR c.number > ?)")
            : QStringLiteral("(") + k + QStringLiteral(" IS NULL AND c.number < ?)");
    }
    *values << key << number;
    QString condition
        = QStringLiteral("(") + k + QStringLiteral(", c.number)") + less + QStringLiteral("(?, ?)");
    if (!descending && nullable(column))
        condition = u'(' + condition + QStringLiteral(" OR ") + k + QStringLiteral(" IS NULL)");
    return condition;
}

// One range of the rows after a row: a condition and its values. pageAfter reads the ranges in
// turn until the page is full.
struct Range
{
    QString condition;
    QVariantList values;
    bool keyFixed = false; // the condition fixes the key: only the number orders the range
};

// The rows after the row with (key, number) in the sort's order, as ranges that an index on
// (key, number) serves without an OR: a page after row 40,000 then reads one page of the index,
// not the 40,000 rows before it. NULL keys come first ascending and last descending (as SQLite
// orders them), a range of their own.
QList<Range> rangesAfter(const QSqlDatabase &db, CaseColumn column, bool window, bool descending,
                         const QVariant &key, const QString &number)
{
    const QString k = sortKey(db, column, window);
    const QString num = QStringLiteral("c.number");
    const QString after = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    if (column == CaseColumn::Number)
        return { { k + after + u'?', { number } } };
    if (key.isNull()) {
        QList<Range> ranges { { k + QStringLiteral(" IS NULL AND ") + num + after + u'?',
                                { number } } };
        if (!descending)
            ranges.append({ k + QStringLiteral(" IS NOT NULL"), {} });
        return ranges;
    }
    // Rows with the same key after the number, then the rows with a later key: two ranges of
    // the index on (key, number). A row value (key, number) > (?, ?) would be one, but SQLite
    // does not seek on it when the key is an expression (the state) or in another table (the
    // person's name), and then reads every row of the key before the row.
    QList<Range> ranges {
        { k + QStringLiteral(" = ? AND ") + num + after + u'?', { key, number }, true },
        { k + after + u'?', { key } },
    };
    if (descending && nullable(column))
        ranges.append({ k + QStringLiteral(" IS NULL"), {} });
    return ranges;
}

} // namespace

struct CaseQuery::Where
{
    QString sql; // " AND ..." clauses over cases c
    QVariantList values;
    QString match; // the search's MATCH expression, empty without a search
    qint64 matches = -1; // its matches in case_search when where() counted them, else -1
    bool broadSearch = false; // at least broadSearchHits matches: pages walk the sort index
    bool searchOnly = false; // the search is the only condition
    ServiceError error; // a read the conditions needed failed: no statement may run on them
};

namespace {

// Sets *error (when given) and says whether there was one.
bool failed(const ServiceError &failure, ServiceError *error)
{
    if (error)
        *error = failure;
    return failure.isError();
}

} // namespace

CaseQuery::CaseQuery(const Store &store, const QString &currentUser, const Clock &clock)
    : m_store(store)
    , m_user(currentUser)
    , m_clock(clock)
    , m_scope(CaseScope::of(store))
{ }

namespace {

// What the user typed as search words: letters and digits only (see matchExpression).
QStringList searchWords(const QString &typed)
{
    QStringList words;
    QString word;
    const auto flush = [&words, &word] {
        if (!word.isEmpty() && words.size() < maxSearchWords)
            words << word;
        word.clear();
    };
    for (const QChar ch : typed) {
        // Marks belong to the letter before them (unicode61 folds them away with the letter).
        if (ch.isLetterOrNumber() || (ch.isMark() && !word.isEmpty()))
            word += ch;
        else
            flush();
    }
    flush();
    return words;
}

// The handler is not an intake field: a KCC-medewerker's list (CaseScope::intakeOnly) is not
// ordered by it either, but by the number.
CaseSort scopedSort(CaseSort sort, bool intakeOnly)
{
    if (intakeOnly && sort.column == CaseColumn::Handler)
        sort.column = CaseColumn::Number;
    return sort;
}

} // namespace

QString CaseQuery::matchExpression(const QString &typed)
{
    QStringList quoted;
    for (const QString &word : searchWords(typed))
        quoted << u'"' + word + QStringLiteral("*\"");
    return quoted.join(u' ');
}

QString CaseQuery::searchExpression(const QSqlDatabase &db, const QString &typed)
{
    return sql::fullTextPrefixes(db, searchWords(typed));
}

QString CaseQuery::searchSql(const QSqlDatabase &db)
{
    return CaseRepository::searchSql(db);
}

namespace {

// The conditions on what a request is now: its state, kind, channel and handler, and its
// deadline against today.
void appendListConditions(const CaseListFilter &filter, const QString &user, QDate today,
                          QString *sql, QVariantList *values)
{
    if (filter.states == openStateSet()) {
        // Literally, so that the partial index on open requests (migration 0004) applies.
        *sql += QStringLiteral(" AND c.state IN ") + openStates;
    } else if (!filter.states.isEmpty()) {
        QList<CaseState> states(filter.states.cbegin(), filter.states.cend());
        std::sort(states.begin(), states.end());
        QStringList marks;
        for (CaseState state : states) {
            marks << QStringLiteral("?");
            *values << Codes::code(state);
        }
        *sql += QStringLiteral(" AND c.state IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    if (filter.type) {
        *sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM case_types t WHERE t.case_id = c.id AND t.type = ?)");
        *values << Codes::code(*filter.type);
    }
    if (filter.channel) {
        *sql += QStringLiteral(" AND c.channel = ?");
        *values << Codes::code(*filter.channel);
    }
    if (filter.handler) {
        if (filter.handler->isEmpty()) {
            *sql += QStringLiteral(" AND (c.handler IS NULL OR c.handler = '')");
        } else {
            *sql += QStringLiteral(" AND c.handler = ?");
            *values << *filter.handler;
        }
    }
    if (filter.mine) {
        *sql += QStringLiteral(" AND c.handler = ?");
        *values << user;
    }
    if (filter.overdue) {
        *sql += QStringLiteral(" AND c.state IN ") + openStates
            + QStringLiteral(" AND c.deadline_effective < ?");
        *values << isoDate(today);
    }
    if (filter.dueWithinWeek) {
        *sql += QStringLiteral(" AND c.state IN ") + openStates
            + QStringLiteral(" AND c.deadline_effective BETWEEN ? AND ?");
        *values << isoDate(today) << isoDate(today.addDays(7));
    }
}

// The conditions on its history: open (and in which state) on a day, its deadline, receipt,
// answer and extension within a period.
void appendPeriodConditions(const CaseListFilter &filter, QString *sql, QVariantList *values)
{
    if (filter.openOn.isValid()) {
        *sql += QStringLiteral(" AND ") + CaseRepository::openOnSql();
        *values << isoDate(filter.openOn) << isoDate(filter.openOn) << isoDate(filter.openOn);
        if (filter.stateOn) {
            *sql += QStringLiteral(" AND ") + CaseRepository::stateOnSql() + QStringLiteral(" = ?");
            *values << isoDate(filter.openOn) << isoDate(filter.openOn)
                    << Codes::code(*filter.stateOn);
        }
    }
    if (filter.deadlineFrom.isValid()) {
        *sql += QStringLiteral(" AND c.deadline_effective >= ?");
        *values << isoDate(filter.deadlineFrom);
    }
    if (filter.deadlineTo.isValid()) {
        *sql += QStringLiteral(" AND c.deadline_effective <= ?");
        *values << isoDate(filter.deadlineTo);
    }
    if (filter.receivedFrom.isValid()) {
        *sql += QStringLiteral(" AND c.received_date >= ?");
        *values << isoDate(filter.receivedFrom);
    }
    if (filter.receivedTo.isValid()) {
        *sql += QStringLiteral(" AND c.received_date <= ?");
        *values << isoDate(filter.receivedTo);
    }
    if (filter.answeredFrom.isValid() || filter.answeredTo.isValid() || filter.answeredOnTime) {
        *sql += QStringLiteral(" AND c.closed_at IS NOT NULL");
        if (filter.answeredFrom.isValid()) {
            *sql += QStringLiteral(" AND ") + CaseRepository::closedDateSql()
                + QStringLiteral(" >= ?");
            *values << isoDate(filter.answeredFrom);
        }
        if (filter.answeredTo.isValid()) {
            *sql += QStringLiteral(" AND ") + CaseRepository::closedDateSql()
                + QStringLiteral(" <= ?");
            *values << isoDate(filter.answeredTo);
        }
        if (filter.answeredOnTime)
            *sql += QStringLiteral(" AND ") + CaseRepository::closedDateSql()
                + (*filter.answeredOnTime ? QStringLiteral(" <= ") : QStringLiteral(" > "))
                + QStringLiteral("c.deadline_effective");
    }
    if (filter.extendedBy.isValid()) {
        *sql += QStringLiteral(" AND c.extended = 1 AND c.extension_notified <= ?");
        *values << isoDate(filter.extendedBy);
    }
    if (filter.extensionLate)
        *sql += QStringLiteral(" AND ") + CaseRepository::extensionLateSql();
}

} // namespace

CaseQuery::Where CaseQuery::where(const CaseListFilter &filter) const
{
    Where w;
    const QDate today = effectiveToday(filter);
    // First, so that every statement built on it (count, page, rowOf) keeps to the scope.
    w.sql += m_scope.condition(m_clock.today(), &w.values);
    appendListConditions(filter, m_user, today, &w.sql, &w.values);
    appendPeriodConditions(filter, &w.sql, &w.values);
    const QString match = searchExpression(m_store.database(), filter.search);
    if (!match.isEmpty()) {
        // How the matches meet the list depends on how many there are. A few: each is read by
        // its id. Many ("AVG-2026" matches 38,652 of 50,000): a page walks the index of its sort
        // column testing each id against the matches and leaves after one page (pageSql),
        // where reading every match by id and sorting them cost 42 of the first page's 76 ms
        // (issue 19). Counting the matches costs 0.1 ms for a few and 6 ms for 38,652: once per
        // search typed, not per page fetched (m_broadSearches only chooses the plan, so a count
        // that has since changed costs speed, never a row).
        w.match = match;
        w.searchOnly = w.sql.isEmpty() && !filter.lateAgainst;
        if (const auto known = m_broadSearches.constFind(match); known != m_broadSearches.cend()) {
            w.broadSearch = *known;
        } else {
            w.matches = matchCount(match, &w.error);
            if (w.error.isError())
                return w;
            if (m_broadSearches.size() >= 256)
                m_broadSearches.clear();
            w.broadSearch = w.matches >= broadSearchHits;
            m_broadSearches.insert(match, w.broadSearch);
        }
        w.sql += searchCondition(m_store.database());
        w.values << match;
    }
    // Last: the candidates are read with every other condition above.
    if (filter.lateAgainst)
        w.sql += judgedLate(w, *filter.lateAgainst, today, &w.error);
    return w;
}

std::optional<DeadlinePolicy> CaseQuery::policy(ServiceError *error) const
{
    return CaseService(m_store, m_clock).policy(error);
}

QString CaseQuery::judgedLate(const Where &w, LateClock clock, QDate today,
                              ServiceError *error) const
{
    // The candidates: past the stored effective deadline on today. Every request late against
    // either clock is among them, because the effective deadline is the earlier of the two
    // (CaseService keeps it current). Three disjoint branches, each with the filter's other
    // conditions, as one UNION ALL: each branch then reads a range of its own index (the
    // state and deadline; the day of the answer), where one OR read every request (660 ms
    // against 95 ms for 50,000 in the dev build).
    const QString day = isoDate(today);
    const QString closed = CaseRepository::closedDateSql();
    const QList<std::pair<QString, QVariantList>> branches {
        // Open now (closed_at is set exactly when the state is a closed one).
        { QStringLiteral(" AND c.state IN ") + openStates
              + QStringLiteral(" AND c.deadline_effective < ?"),
          { day } },
        // Answered after today: open on today (a peildatum in the past).
        { QStringLiteral(" AND c.closed_at IS NOT NULL AND ") + closed
              + QStringLiteral(" > ? AND c.deadline_effective < ?"),
          { day, day } },
        // Answered by today, after the deadline.
        { QStringLiteral(" AND c.closed_at IS NOT NULL AND ") + closed
              + QStringLiteral(" <= ? AND ") + closed + QStringLiteral(" > c.deadline_effective"),
          { day } },
    };
    QStringList statements;
    QVariantList values;
    for (const auto &[condition, bound] : branches) {
        statements << QStringLiteral("SELECT c.id, ") + CaseRepository::latenessColumnsSql()
                + QStringLiteral(" FROM cases c WHERE 1 = 1") + w.sql + condition;
        values << w.values << bound;
    }
    // The policy first: a statement run while the candidates stream in would discard them on a
    // server (QPSQL reads one forward-only result per connection at a time).
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return QStringLiteral(" AND 0 = 1");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(statements.join(QStringLiteral(" UNION ALL ")));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        // Not "no late requests": the list says it could not be read (issue 15).
        *error = ServiceError::fromSql(query.lastError());
        return QStringLiteral(" AND 0 = 1");
    }
    QStringList late;
    while (query.next()) {
        if (isLateAgainst(clocksOf(query, 1, *rules, today).lateness, clock))
            late << QString::number(query.value(0).toLongLong());
    }
    // Ids as literals (integers read from the store, never text typed by anyone): a bound list
    // would run into SQLite's limit on variables. Paging and sorting stay in SQL.
    if (late.isEmpty())
        return QStringLiteral(" AND 0 = 1");
    return QStringLiteral(" AND c.id IN (") + late.join(u',') + u')';
}

int CaseQuery::count(const CaseListFilter &filter, ServiceError *error) const
{
    const Where w = where(filter);
    if (failed(w.error, error))
        return 0;
    if (w.searchOnly) { // case_search holds one row per request (migration 4's triggers)
        ServiceError failure;
        const qint64 matches = w.matches >= 0 ? w.matches : matchCount(w.match, &failure);
        return failed(failure, error) ? 0 : static_cast<int>(matches);
    }
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE 1 = 1") + w.sql);
    for (const QVariant &value : w.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        failed(ServiceError::fromSql(query.lastError()), error);
        return 0;
    }
    return query.value(0).toInt();
}

qint64 CaseQuery::matchCount(const QString &match, ServiceError *error) const
{
    return CaseRepository::searchMatches(m_store.database(), match, error).value_or(0);
}

QString CaseQuery::pageSql(const CaseListFilter &filter, CaseSort sort) const
{
    return pageSql(where(filter), sort, QString());
}

QString CaseQuery::pageSql(const Where &w, CaseSort sort, const QString &afterCondition,
                           bool keyFixed) const
{
    // Two steps: the ids of the page in order (sorting only what the order needs), then the
    // columns for those ids, so that the types are aggregated for the page's rows only.
    // "+c.state" keeps the planner off the state index here: walking the index of the sort
    // column and stopping after one page beats collecting every open case and sorting them
    // (measured: 8 ms against 71 ms for the first 100 open cases of 50,000 by deadline).
    const QSqlDatabase db = m_store.database();
    const bool window = m_scope.intakeOnly();
    sort = scopedSort(sort, window);
    QString pageWhere = w.sql;
    if (!sql::isServer(db)) {
        pageWhere.replace(QStringLiteral(" c.state IN "), QStringLiteral(" +c.state IN "));
        // Many matches: "+c.id" keeps the planner on the sort column's index (see where()).
        if (w.broadSearch) {
            const QString search = searchCondition(db);
            pageWhere.replace(search, QStringLiteral(" AND +") + search.sliced(5));
        }
    }
    const QString inner = QStringLiteral("SELECT c.id AS id, ") + sortKey(db, sort.column, window)
        + QStringLiteral(" AS k") + fromClause(db, sort, window) + pageWhere
        + (afterCondition.isEmpty() ? QString() : QStringLiteral(" AND ") + afterCondition)
        // With the key fixed, the number alone: SQLite does not see that an index on an
        // expression (the state) already orders an equality range on it, and would sort it.
        + (keyFixed ? orderBy(db, { CaseColumn::Number, sort.order }, window)
                    : orderBy(db, sort, window))
        + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString outerKey = sort.column == CaseColumn::Person
        ? sql::noCase(db, QStringLiteral("pg.k"))
        : QStringLiteral("pg.k");
    const QString outerOrder = QStringLiteral(" ORDER BY ")
        + orderTerm(db, outerKey, sort, nullable(sort.column)) + QStringLiteral(", ")
        + orderTerm(db, QStringLiteral("c.number"), sort, false);
    // A KCC-medewerker's rows carry the intake fields only (CaseScope): on a server the other
    // columns are not even readable for them, and a store folder reads no more.
    const QString officerColumns = window
        ? QStringLiteral("NULL, c.extended, pg.k, c.received_date, NULL, NULL, c.extended, NULL, "
                         "NULL")
        : QStringLiteral("c.handler, c.extended, pg.k, ") + CaseRepository::latenessColumnsSql();
    return QStringLiteral("SELECT c.id, c.number, p.name, (SELECT ")
        + sql::groupConcat(db, QStringLiteral("t.type"))
        + QStringLiteral(" FROM case_types t WHERE t.case_id = c.id), c.channel, c.received_date, "
                         "c.state, c.deadline_effective, ")
        + officerColumns + QStringLiteral(" FROM (")
        + inner
        // CROSS JOIN: the page drives the loop; never a scan of all cases for 100 rows.
        + QStringLiteral(") AS pg") + sql::drivingJoin(db)
        + QStringLiteral("cases c ON c.id = pg.id") + sql::drivingJoin(db)
        + PersonRepository::tableSql(u"p") + QStringLiteral(" ON p.id = c.person_id") + outerOrder;
}

QString CaseQuery::pageAfterSql(const CaseListFilter &filter, CaseSort sort,
                                const CaseListRow &last, int *values) const
{
    const Where w = where(filter);
    sort = scopedSort(sort, m_scope.intakeOnly());
    const Range first = rangesAfter(m_store.database(), sort.column, m_scope.intakeOnly(),
                                    sort.order == Qt::DescendingOrder, last.sortKey, last.number)
                            .constFirst();
    if (values)
        *values = static_cast<int>(w.values.size() + first.values.size());
    return pageSql(w, sort, first.condition, first.keyFixed);
}

QList<CaseListRow> CaseQuery::page(const CaseListFilter &filter, CaseSort sort, int offset,
                                   int limit, ServiceError *error) const
{
    const Where w = where(filter);
    if (failed(w.error, error))
        return {};
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return {};
    return runPage(filter, w, *rules, pageSql(w, sort, QString()), {}, offset, limit, error);
}

QList<CaseListRow> CaseQuery::pageAfter(const CaseListFilter &filter, CaseSort sort,
                                        const CaseListRow &last, int limit,
                                        ServiceError *error) const
{
    const Where w = where(filter);
    if (failed(w.error, error))
        return {};
    // Once for the page, whichever of its ranges the rows come from: every row's clocks need it.
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return {};
    QList<CaseListRow> rows;
    sort = scopedSort(sort, m_scope.intakeOnly());
    for (const Range &range :
         rangesAfter(m_store.database(), sort.column, m_scope.intakeOnly(),
                     sort.order == Qt::DescendingOrder, last.sortKey, last.number)) {
        const int wanted = limit - static_cast<int>(rows.size());
        if (wanted <= 0)
            break;
        ServiceError failure;
        rows += runPage(filter, w, *rules, pageSql(w, sort, range.condition, range.keyFixed),
                        range.values, 0, wanted, &failure);
        if (failed(failure, error))
            return {};
    }
    return rows;
}

QList<CaseListRow> CaseQuery::runPage(const CaseListFilter &filter, const Where &w,
                                      const DeadlinePolicy &rules, const QString &sql,
                                      const QVariantList &afterValues, int offset, int limit,
                                      ServiceError *error) const
{
    QList<CaseListRow> rows;
    if (error)
        *error = {};
    if (limit <= 0)
        return rows;
    const QDate today = effectiveToday(filter);
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : w.values)
        query.addBindValue(value);
    for (const QVariant &value : afterValues)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(std::max(0, offset));
    if (!query.exec()) {
        failed(ServiceError::fromSql(query.lastError()), error);
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        CaseListRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.personName = query.value(2).toString();
        row.types = typesFromText(query.value(3).toString());
        row.channel = Codes::channel(query.value(4).toString()).value_or(Channel::Email);
        row.receivedDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        row.state = Codes::caseState(query.value(6).toString()).value_or(CaseState::Ontvangen);
        row.deadline = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        row.daysLeft = row.deadline.isValid() ? static_cast<int>(today.daysTo(row.deadline)) : 0;
        if (!m_scope.intakeOnly()) {
            row.handler = query.value(8).toString();
            row.extended = query.value(9).toInt() != 0;
        }
        row.sortKey = query.value(10);
        const Clocks clocks = clocksOf(query, 11, rules, today);
        row.closedOn = clocks.closedOn;
        row.lateness = clocks.lateness;
        row.paused = clocks.paused;
        rows << row;
    }
    return rows;
}

int CaseQuery::rowOf(const CaseListFilter &filter, CaseSort sort, qint64 caseId,
                     ServiceError *error) const
{
    if (error)
        *error = {};
    const Where w = where(filter);
    if (failed(w.error, error))
        return -1;
    const bool window = m_scope.intakeOnly();
    sort = scopedSort(sort, window);
    QSqlDatabase db = m_store.database();
    const QString key = sortKey(db, sort.column, window);

    // The case's own sort key, if the filter lets it through.
    QSqlQuery own(db);
    own.setForwardOnly(true);
    own.prepare(QStringLiteral("SELECT ") + key + QStringLiteral(", c.number")
                + fromClause(db, sort, window) + QStringLiteral(" AND c.id = ?") + w.sql);
    own.addBindValue(caseId);
    for (const QVariant &value : w.values)
        own.addBindValue(value);
    if (!own.exec()) {
        failed(ServiceError::fromSql(own.lastError()), error);
        return -1;
    }
    if (!own.next())
        return -1; // the filter excludes it
    const QVariant ownKey = own.value(0);
    const QString ownNumber = own.value(1).toString();
    own.finish();

    // Its row is the number of rows before it in the same order.
    QVariantList values;
    const QString before = precedes(db, sort.column, window, sort.order == Qt::DescendingOrder,
                                    ownKey, ownNumber, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*)") + fromClause(db, sort, window) + w.sql
                  + QStringLiteral(" AND ") + before);
    for (const QVariant &value : w.values)
        query.addBindValue(value);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        failed(ServiceError::fromSql(query.lastError()), error);
        return -1;
    }
    return query.value(0).toInt();
}

QStringList CaseQuery::handlers(ServiceError *error) const
{
    if (error)
        *error = {};
    if (m_scope.intakeOnly())
        return {}; // the handler is not an intake field
    ServiceError failure;
    const std::optional<QStringList> names = CaseRepository::handlers(m_store.database(), &failure);
    failed(failure, error);
    return names.value_or(QStringList());
}

CaseQuery::Clocks CaseQuery::clocksOf(const QSqlQuery &query, int first,
                                      const DeadlinePolicy &policy, QDate today)
{
    const auto date = [&query, first](int i) {
        return QDate::fromString(query.value(first + i).toString(), Qt::ISODate);
    };
    Case c;
    c.receivedDate = date(0);
    c.identification.requested = date(1);
    c.identification.received = date(2);
    c.extended = query.value(first + 3).toInt() != 0;
    c.extensionNotified = date(4);
    c.answeredOn = date(5);
    return clocksOn(c, deadlinesFor(c, policy), today);
}

} // namespace pd
