#include "cases/CaseListRepository.h"

#include "cases/Case.h"
#include "cases/CaseCodes.h"
#include "cases/CaseRepository.h"
#include "cases/RestrictionRepository.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "sql/RowReader.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"
#include "util/IsoText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringTokenizer>

#include <algorithm>

namespace pd {

using statements::failed;

namespace {

using support::isoDate;

// The requests a search finds (one bound value, sql::fullTextPrefixes).
QString searchCondition(const QSqlDatabase &db)
{
    return QStringLiteral(" AND c.id IN (") + CaseRepository::searchSql(db) + u')';
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
        // Surname first, as Dutch lists sort ("Jan de Vries" under V): the key kept with the
        // person, which persons_sort_name_nocase serves.
        return sql::noCase(db, PersonRepository::sortNameSql(u"p"));
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
        return QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c") + sql::drivingJoin(db)
            + PersonRepository::tableSql(u"p")
            + QStringLiteral(" ON p.id = c.person_id WHERE 1 = 1");
    }
    // CROSS JOIN fixes the loop order: persons in name order (persons_sort_name_nocase), then their
    // cases, so that a page is read without sorting every case.
    if (sort.column == CaseColumn::Person)
        return QStringLiteral(" FROM ") + PersonRepository::tableSql(u"p") + sql::drivingJoin(db)
            + CaseRepository::tableSql(u"c") + QStringLiteral(" ON c.person_id = p.id WHERE 1 = 1");
    return QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c")
        + QStringLiteral(" WHERE 1 = 1");
}

QList<RequestType> typesFromText(QStringView text)
{
    QList<RequestType> types;
    for (const QStringView code : qTokenize(text, u',', Qt::SkipEmptyParts)) {
        if (const auto type = codes::from<RequestType>(code))
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

// "c.state IN (...)" for the states, or empty for none (every state); their values to values.
QString stateCondition(const QSet<CaseState> &states, QVariantList *values)
{
    if (states.isEmpty())
        return {};
    // Literally, so that the partial index on open requests (migration 0004) applies.
    if (states == openStateSet())
        return QStringLiteral("c.state IN ") + openStates;
    QList<CaseState> sorted(states.cbegin(), states.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList marks;
    for (CaseState state : sorted) {
        marks << QStringLiteral("?");
        *values << codes::code(state);
    }
    return QStringLiteral("c.state IN (") + marks.join(QStringLiteral(", ")) + u')';
}

// The request whose number is the tail typed (CaseQuery::numberTail: "AVG-2026-0042",
// "2026-0042", "0042"), whole or the part after a "-", and as a prefix while it is being typed.
// The full-text search has already narrowed the requests to a few; this tests their numbers.
QString numberCondition(const QString &tail, QVariantList *values)
{
    *values << QString(tail + u'%') << QString(QStringLiteral("%-") + tail + u'%');
    return QStringLiteral("(upper(c.number) LIKE ? OR upper(c.number) LIKE ?)");
}

} // namespace

// The rows after the row with (key, number) in the sort's order, as ranges that an index on
// (key, number) serves without an OR: a page after row 40,000 then reads one page of the index,
// not the 40,000 rows before it. NULL keys come first ascending and last descending (as SQLite
// orders them), a range of their own.
QList<CaseListRange> CaseListRepository::rangesAfter(const QSqlDatabase &db, CaseSort sort,
                                                     bool window, const QVariant &key,
                                                     const QString &number)
{
    const CaseColumn column = sort.column;
    const bool descending = sort.order == Qt::DescendingOrder;
    const QString k = sortKey(db, column, window);
    const QString num = QStringLiteral("c.number");
    const QString after = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    if (column == CaseColumn::Number)
        return { { k + after + u'?', { number } } };
    if (key.isNull()) {
        QList<CaseListRange> ranges { { k + QStringLiteral(" IS NULL AND ") + num + after + u'?',
                                        { number } } };
        if (!descending)
            ranges.append({ k + QStringLiteral(" IS NOT NULL"), {} });
        return ranges;
    }
    // Rows with the same key after the number, then the rows with a later key: two ranges of
    // the index on (key, number). A row value (key, number) > (?, ?) would be one, but SQLite
    // does not seek on it when the key is an expression (the state) or in another table (the
    // person's name), and then reads every row of the key before the row.
    QList<CaseListRange> ranges {
        { k + QStringLiteral(" = ? AND ") + num + after + u'?', { key, number }, true },
        { k + after + u'?', { key } },
    };
    if (descending && nullable(column))
        ranges.append({ k + QStringLiteral(" IS NULL"), {} });
    return ranges;
}

// The conditions on what a request is now: its state, kind, channel and handler, and its
// deadline against today.
QString CaseListRepository::scopeCondition(const CaseScope &scope, QDate today,
                                           QVariantList *values)
{
    if (scope.all())
        return {};
    if (scope.none())
        return QStringLiteral(" AND 0 = 1");
    // The date first: a range of cases_received_number, then the login per row of that week.
    *values << scope.since(today).toString(Qt::ISODate) << scope.login();
    return QStringLiteral(" AND c.received_date >= ? AND c.received_by = ?");
}

void CaseListRepository::appendListConditions(CaseListConditions *conditions,
                                              const CaseListFilter &filter, const QString &user,
                                              QDate today, const QString &numberTail)
{
    QString *sql = &conditions->sql;
    QVariantList *values = &conditions->values;
    QString states = stateCondition(filter.states, values);
    if (!states.isEmpty() && !numberTail.isEmpty())
        states
            = u'(' + states + QStringLiteral(" OR ") + numberCondition(numberTail, values) + u')';
    if (!states.isEmpty())
        *sql += QStringLiteral(" AND ") + states;
    if (filter.type) {
        *sql += QStringLiteral(" AND ") + CaseRepository::hasTypeSql(QStringLiteral("= ?"));
        *values << codes::code(*filter.type);
    }
    if (filter.channel) {
        *sql += QStringLiteral(" AND c.channel = ?");
        *values << codes::code(*filter.channel);
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
    if (filter.awaitingIdentity) {
        *sql += QStringLiteral(" AND c.state IN ") + openStates
            + QStringLiteral(" AND (c.state = ? OR (TRIM(COALESCE(c.representative, '')) <> ''"
                             " AND c.mandate_received IS NULL))");
        *values << codes::code(CaseState::Identificatie);
    }
    if (filter.ids)
        appendIds(conditions, *filter.ids);
}

// The conditions on its history: open (and in which state) on a day, its deadline, receipt,
// answer and extension within a period.
void CaseListRepository::appendPeriodConditions(CaseListConditions *conditions,
                                                const CaseListFilter &filter)
{
    QString *sql = &conditions->sql;
    QVariantList *values = &conditions->values;
    if (filter.openOn.isValid()) {
        *sql += QStringLiteral(" AND ") + CaseRepository::openOnSql();
        *values << isoDate(filter.openOn) << isoDate(filter.openOn) << isoDate(filter.openOn);
        if (filter.stateOn) {
            *sql += QStringLiteral(" AND ") + CaseRepository::stateOnSql() + QStringLiteral(" = ?");
            *values << isoDate(filter.openOn) << isoDate(filter.openOn)
                    << codes::code(*filter.stateOn);
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

void CaseListRepository::appendLeftOut(CaseListConditions *conditions,
                                       const QSet<CaseState> &states, const QString &numberTail)
{
    const QString shown = stateCondition(states, &conditions->values);
    if (shown.isEmpty()) {
        conditions->sql += QStringLiteral(" AND 0 = 1"); // every state: none left out
        return;
    }
    conditions->sql += QStringLiteral(" AND NOT ") + shown;
    if (!numberTail.isEmpty())
        conditions->sql
            += QStringLiteral(" AND NOT ") + numberCondition(numberTail, &conditions->values);
}

void CaseListRepository::appendSearch(const QSqlDatabase &db, CaseListConditions *conditions,
                                      const QString &match)
{
    conditions->sql += searchCondition(db);
    conditions->values << match;
}

void CaseListRepository::appendIds(CaseListConditions *conditions, const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        conditions->sql += QStringLiteral(" AND 0 = 1");
        return;
    }
    QStringList literals;
    literals.reserve(ids.size());
    for (const qint64 id : ids)
        literals << QString::number(id);
    conditions->sql += QStringLiteral(" AND c.id IN (") + literals.join(u',') + u')';
}

QString CaseListRepository::art19CandidatesSql()
{
    QStringList kinds;
    for (const RequestType type : codes::all<RequestType>()) {
        if (CaseWorkflow::changesData(type))
            kinds << u'\'' + codes::code(type) + u'\'';
    }
    return QStringLiteral("SELECT c.id, c.person_id, c.answered_on AS answered, c.changed_data "
                          "AS changed FROM ")
        + CaseRepository::tableSql(u"c")
        + QStringLiteral(" WHERE c.state = '%1' AND c.outcome IN ('%2', '%3') AND ")
              .arg(codes::code(CaseState::Afgerond), codes::code(Outcome::Toegewezen),
                   codes::code(Outcome::DeelsToegewezen))
        + CaseRepository::hasTypeSql(QStringLiteral("IN (") + kinds.join(QStringLiteral(", "))
                                     + u')');
}

std::optional<int> CaseListRepository::count(const QSqlDatabase &db,
                                             const CaseListConditions &conditions,
                                             ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query,
                      QStringLiteral("SELECT count(*) FROM ") + CaseRepository::tableSql(u"c")
                          + QStringLiteral(" WHERE 1 = 1") + conditions.sql,
                      conditions.values)
        || !query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QMap<CaseState, int>>
CaseListRepository::countByState(const QSqlDatabase &db, const CaseListConditions &conditions,
                                 ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query,
                      QStringLiteral("SELECT c.state, count(*) FROM ")
                          + CaseRepository::tableSql(u"c") + QStringLiteral(" WHERE 1 = 1")
                          + conditions.sql + QStringLiteral(" GROUP BY c.state"),
                      conditions.values)) {
        failed(query, error);
        return std::nullopt;
    }
    enum Column { State, Count }; // the SELECT's columns, in its order
    QMap<CaseState, int> counts;
    while (query.next()) {
        if (const auto state = codes::from<CaseState>(query.value(State).toString()))
            counts[*state] += query.value(Count).toInt();
    }
    if (!statements::ended(query, error))
        return std::nullopt;
    return counts;
}

bool CaseListRepository::forEachLateCandidate(const QSqlDatabase &db,
                                              const CaseListConditions &conditions, QDate today,
                                              const std::function<void(qint64, const Case &)> &each,
                                              ServiceError *error)
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
                + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c")
                + QStringLiteral(" WHERE 1 = 1") + conditions.sql + condition;
        values << conditions.values << bound;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query, statements.join(QStringLiteral(" UNION ALL ")), values))
        return failed(query, error);
    enum Column { Id, LatenessColumns }; // each branch's columns, in its order
    sql::RowReader row(query);
    while (query.next())
        each(row.integer(Id), CaseRepository::latenessOf(row, LatenessColumns));
    return statements::ended(query, error);
}

namespace {

// pageSql()'s columns, in its order, in either variant (window or not). The request's lateness
// (CaseRepository::latenessColumnsSql) starts at PageLateness; a restriction in force is last.
enum PageColumn {
    PageId,
    PageNumber,
    PagePersonName,
    PageTypesKey,
    PageChannel,
    PageReceivedDate,
    PageState,
    PageDeadline,
    PageHandler,
    PageExtended,
    PageSortKey,
    PageLateness
};

} // namespace

QString CaseListRepository::pageSql(const QSqlDatabase &db, const CaseListConditions &conditions,
                                    bool broadSearch, CaseSort sort, bool window,
                                    const CaseListRange *after)
{
    // "+c.state" keeps the planner off the state index here: walking the index of the sort
    // column and stopping after one page beats collecting every open case and sorting them
    // (measured: 8 ms against 71 ms for the first 100 open cases of 50,000 by deadline).
    QString pageWhere = conditions.sql;
    if (!sql::isServer(db)) {
        pageWhere.replace(QStringLiteral(" c.state IN "), QStringLiteral(" +c.state IN "));
        // Many matches: "+c.id" keeps the planner on the sort column's index (see
        // CaseQuery::where).
        if (broadSearch) {
            const QString search = searchCondition(db);
            pageWhere.replace(search, QStringLiteral(" AND +") + search.sliced(5));
        }
    }
    const bool keyFixed = after && after->keyFixed;
    const QString where = pageWhere
        + (!after ? QString() : QStringLiteral(" AND ") + after->condition)
        // With the key fixed, the number alone: SQLite does not see that an index on an
        // expression (the state) already orders an equality range on it, and would sort it.
        + (keyFixed ? orderBy(db, { CaseColumn::Number, sort.order }, window)
                    : orderBy(db, sort, window))
        + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString key = sortKey(db, sort.column, window);
    // A KCC-medewerker's rows carry the intake fields only (CaseScope): on a server the other
    // columns are not even readable for them, and a store folder reads no more. The kinds from
    // the request's own types_key (the sorted codes, kept by the triggers of migration 0021),
    // not one search of case_types per row.
    const auto columns = [&](const QString &keyColumn) -> QString {
        const QString scoped = window
            ? QString(QStringLiteral("NULL, c.extended, ") + keyColumn
                      + QStringLiteral(
                          ", c.received_date, NULL, NULL, c.extended, NULL, NULL, NULL, NULL"))
            : QString(QStringLiteral("c.handler, c.extended, ") + keyColumn + QStringLiteral(", ")
                      + CaseRepository::latenessColumnsSql());
        return QStringLiteral("SELECT c.id, c.number, ") + PersonRepository::nameSql(u"p")
            + QStringLiteral(", c.types_key, c.channel, c.received_date, c.state, "
                             "c.deadline_effective, ")
            + scoped + QStringLiteral(", ")
            + RestrictionRepository::activeExistsSql(QStringLiteral("c.person_id"));
    };
    if (sql::isServer(db)) {
        // One step on a server: PostgreSQL walks the sort column's index and stops after the
        // page, taking each row's person on the way. Given the page's ids first (below), it could
        // hash-join them with every request read from end to end, as the statistics of some
        // stores of 5,000 requests led it to (11 ms against 2 ms for the first page,
        // under load; tst_casequery::deskListPageWalksTheSortIndexAtScale).
        const QString from = sort.column == CaseColumn::Person
            ? fromClause(db, sort, window)
            : QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c") + QStringLiteral(" JOIN ")
                + PersonRepository::tableSql(u"p")
                + QStringLiteral(" ON p.id = c.person_id WHERE 1 = 1");
        return columns(key) + from + where;
    }
    // Two steps on a store folder: the ids of the page in order (sorting only what the order
    // needs), then the columns for those ids.
    const QString inner = QStringLiteral("SELECT c.id AS id, ") + key + QStringLiteral(" AS k")
        + fromClause(db, sort, window) + where;
    const QString outerKey = sort.column == CaseColumn::Person
        ? sql::noCase(db, QStringLiteral("pg.k"))
        : QStringLiteral("pg.k");
    const QString outerOrder = QStringLiteral(" ORDER BY ")
        + orderTerm(db, outerKey, sort, nullable(sort.column)) + QStringLiteral(", ")
        + orderTerm(db, QStringLiteral("c.number"), sort, false);
    return columns(QStringLiteral("pg.k")) + QStringLiteral(" FROM (")
        + inner
        // CROSS JOIN: the page drives the loop; never a scan of all cases for 100 rows.
        + QStringLiteral(") AS pg CROSS JOIN ") + CaseRepository::tableSql(u"c")
        + QStringLiteral(" ON c.id = pg.id CROSS JOIN ") + PersonRepository::tableSql(u"p")
        + QStringLiteral(" ON p.id = c.person_id") + outerOrder;
}

std::optional<QList<CaseListRecord>>
CaseListRepository::page(const QSqlDatabase &db, const QString &sql,
                         const CaseListConditions &conditions, const QVariantList &afterValues,
                         int offset, int limit, bool window, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query, sql,
                      conditions.values + afterValues
                          + QVariantList { limit, std::max(0, offset) })) {
        failed(query, error);
        return std::nullopt;
    }
    QList<CaseListRecord> records;
    records.reserve(limit);
    // The last column: a restriction of processing in force. Its place once, not per
    // row: QSqlQuery::record() builds a field of every column each time (two fifths
    // of the client's time on a server when the list was scrolled to the end).
    const int restrictedColumn = query.record().count() - 1;
    // Texts as text(), codes and dates from their view(), without a QVariant or QString of
    // their own (QSqlQuery::value was a fifth of the client's time on a server).
    sql::RowReader reader(query);
    while (query.next()) {
        CaseListRecord record;
        CaseListRow &row = record.row;
        row.id = reader.integer(PageId);
        row.number = reader.text(PageNumber);
        row.personName = reader.text(PagePersonName);
        row.types = typesFromText(reader.view(PageTypesKey));
        row.channel = codes::from<Channel>(reader.view(PageChannel)).value_or(Channel::Email);
        row.receivedDate = isoDay(reader.view(PageReceivedDate));
        row.state = codes::from<CaseState>(reader.view(PageState)).value_or(CaseState::Ontvangen);
        row.deadline = isoDay(reader.view(PageDeadline));
        if (!window) {
            row.handler = reader.text(PageHandler);
            row.extended = reader.integer(PageExtended) != 0;
        }
        row.sortKey = query.value(PageSortKey);
        record.stored = CaseRepository::latenessOf(reader, PageLateness);
        row.restricted = reader.integer(restrictedColumn) != 0;
        records << record;
    }
    if (!statements::ended(query, error)) // never the rows before a failed one as the page
        return std::nullopt;
    return records;
}

bool CaseListRepository::sortKeyOf(const QSqlDatabase &db, const CaseListConditions &conditions,
                                   CaseSort sort, bool window, qint64 caseId, bool *found,
                                   QVariant *key, QString *number, ServiceError *error)
{
    *found = false;
    QSqlQuery own(db);
    own.setForwardOnly(true);
    enum Column { SortKey, Number }; // the SELECT's columns, in its order
    if (!sql::execute(own,
                      QStringLiteral("SELECT ") + sortKey(db, sort.column, window)
                          + QStringLiteral(", c.number") + fromClause(db, sort, window)
                          + QStringLiteral(" AND c.id = ?") + conditions.sql,
                      QVariantList { caseId } + conditions.values))
        return failed(own, error);
    if (!own.next())
        return true; // the conditions exclude it
    *found = true;
    *key = own.value(SortKey);
    *number = own.value(Number).toString();
    return true;
}

std::optional<int> CaseListRepository::countBefore(const QSqlDatabase &db,
                                                   const CaseListConditions &conditions,
                                                   CaseSort sort, bool window, const QVariant &key,
                                                   const QString &number, ServiceError *error)
{
    QVariantList values;
    const QString before = precedes(db, sort.column, window, sort.order == Qt::DescendingOrder, key,
                                    number, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query,
                      QStringLiteral("SELECT count(*)") + fromClause(db, sort, window)
                          + conditions.sql + QStringLiteral(" AND ") + before,
                      conditions.values + values)
        || !query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace pd
