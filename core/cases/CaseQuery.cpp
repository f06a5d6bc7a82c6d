#include "cases/CaseQuery.h"

#include "cases/CaseListRepository.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QVariant>

#include <algorithm>

namespace pd {

namespace {

constexpr int maxSearchWords = 8;
// From this many matches a search walks the index of the list's order (see where()): the walk
// finds a page of 100 after about 100 * requests / matches entries, so at 2,000 matches of
// 50,000 it reads 2,500 index entries, about what reading 2,000 requests by id costs.
constexpr qint64 broadSearchHits = 2000;

QDate effectiveToday(const CaseListFilter &filter)
{
    return filter.today.isValid() ? filter.today : systemClock().today();
}

} // namespace

struct CaseQuery::Where
{
    CaseListConditions conditions; // the scope's, the filter's, the search's, the late ones
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

CaseQuery::CaseQuery(const Session &session, const QString &currentUser)
    : m_session(session)
    , m_user(currentUser)
    , m_scope(CaseScope::of(session))
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

QString CaseQuery::numberTail(const QString &typed)
{
    const QStringList words = searchWords(typed);
    if (words.isEmpty())
        return {};
    const auto digits = [](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(),
                           [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
    };
    // The numbers CaseService gives: AVG-<year>-NNNN.
    const bool prefixed = words.constFirst().compare(u"AVG", Qt::CaseInsensitive) == 0;
    if (prefixed && words.size() == 1)
        return {}; // "AVG" alone is every request, not a number
    for (qsizetype i = prefixed ? 1 : 0; i < words.size(); ++i) {
        if (!digits(words.at(i)))
            return {};
    }
    return words.join(u'-').toUpper();
}

bool CaseQuery::isRequestNumber(const QString &typed)
{
    if (numberTail(typed).isEmpty())
        return false;
    QStringList words = searchWords(typed);
    if (words.constFirst().compare(u"AVG", Qt::CaseInsensitive) == 0)
        words.removeFirst();
    return words.size() == 2 && words.constFirst().size() == 4;
}

CaseQuery::Where CaseQuery::where(const CaseListFilter &filter) const
{
    Where w;
    const QDate today = effectiveToday(filter);
    // First, so that every statement built on it (count, page, rowOf) keeps to the scope.
    w.conditions.sql += CaseListRepository::scopeCondition(m_scope, m_session.clock().today(),
                                                           &w.conditions.values);
    CaseListRepository::appendListConditions(&w.conditions, filter, m_user, today,
                                             filter.numberFindsAnyState ? numberTail(filter.search)
                                                                        : QString());
    CaseListRepository::appendPeriodConditions(&w.conditions, filter);
    const QString match = searchExpression(m_session.store().database(), filter.search);
    if (!match.isEmpty()) {
        // How the matches meet the list depends on how many there are. A few: each is read by
        // its id. Many ("AVG-2026" matches 38,652 of 50,000): a page walks the index of its sort
        // column testing each id against the matches and leaves after one page (pageSql),
        // where reading every match by id and sorting them cost 42 of the first page's 76 ms.
        // Counting the matches costs 0.1 ms for a few and 6 ms for 38,652: once per
        // search typed, not per page fetched (m_broadSearches only chooses the plan, so a count
        // that has since changed costs speed, never a row).
        w.match = match;
        w.searchOnly = w.conditions.sql.isEmpty() && !filter.lateAgainst;
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
        CaseListRepository::appendSearch(m_session.store().database(), &w.conditions, match);
    }
    // Last: the candidates are read with every other condition above.
    if (filter.lateAgainst)
        appendLate(&w, *filter.lateAgainst, today);
    return w;
}

std::optional<DeadlinePolicy> CaseQuery::policy(ServiceError *error) const
{
    return CaseService(m_session).policy(error);
}

void CaseQuery::appendLate(Where *w, LateClock clock, QDate today) const
{
    // The candidates past the stored effective deadline on today hold every request late
    // against either clock (CaseListRepository::forEachLateCandidate); each is judged here.
    // The policy first: a statement run while the candidates stream in would discard them on a
    // server (QPSQL reads one forward-only result per connection at a time).
    const std::optional<DeadlinePolicy> rules = policy(&w->error);
    QList<qint64> late;
    // Not "no late requests" when a read fails: the list says it could not be read.
    if (rules
        && CaseListRepository::forEachLateCandidate(
            m_session.store().database(), w->conditions, today,
            [&](qint64 id, const Case &stored) {
                if (isLateAgainst(clocksOf(stored, *rules, today).lateness, clock))
                    late << id;
            },
            &w->error)) {
        // Paging and sorting stay in SQL.
        CaseListRepository::appendIds(&w->conditions, late);
        return;
    }
    CaseListRepository::appendIds(&w->conditions, {});
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
    ServiceError failure;
    const std::optional<int> counted
        = CaseListRepository::count(m_session.store().database(), w.conditions, &failure);
    if (!counted) {
        failed(failure, error);
        return 0;
    }
    return *counted;
}

QMap<CaseState, int> CaseQuery::hiddenByState(const CaseListFilter &filter,
                                              ServiceError *error) const
{
    if (error)
        *error = {};
    if (filter.states.isEmpty() || CaseQuery::matchExpression(filter.search).isEmpty())
        return {};
    // The same requests without the states, then those the states (and a number typed) did not
    // let through: one statement, grouped by state.
    CaseListFilter others = filter;
    others.states.clear();
    others.numberFindsAnyState = false;
    Where w = where(others);
    if (failed(w.error, error))
        return {};
    CaseListRepository::appendLeftOut(&w.conditions, filter.states,
                                      filter.numberFindsAnyState ? numberTail(filter.search)
                                                                 : QString());
    ServiceError failure;
    const std::optional<QMap<CaseState, int>> counted
        = CaseListRepository::countByState(m_session.store().database(), w.conditions, &failure);
    if (!counted) {
        failed(failure, error);
        return {};
    }
    return *counted;
}

qint64 CaseQuery::matchCount(const QString &match, ServiceError *error) const
{
    return CaseRepository::searchMatches(m_session.store().database(), match, error).value_or(0);
}

QString CaseQuery::pageSql(const CaseListFilter &filter, CaseSort sort) const
{
    return pageSql(where(filter), sort, nullptr);
}

QString CaseQuery::pageSql(const Where &w, CaseSort sort, const CaseListRange *after) const
{
    const bool window = m_scope.intakeOnly();
    return CaseListRepository::pageSql(m_session.store().database(), w.conditions, w.broadSearch,
                                       scopedSort(sort, window), window, after);
}

QString CaseQuery::pageAfterSql(const CaseListFilter &filter, CaseSort sort,
                                const CaseListRow &last, int *values) const
{
    const Where w = where(filter);
    sort = scopedSort(sort, m_scope.intakeOnly());
    const CaseListRange first
        = CaseListRepository::rangesAfter(m_session.store().database(), sort, m_scope.intakeOnly(),
                                          last.sortKey, last.number)
              .constFirst();
    if (values)
        *values = static_cast<int>(w.conditions.values.size() + first.values.size());
    return pageSql(w, sort, &first);
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
    return runPage(filter, w, *rules, pageSql(w, sort, nullptr), {}, offset, limit, error);
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
    for (const CaseListRange &range : CaseListRepository::rangesAfter(
             m_session.store().database(), sort, m_scope.intakeOnly(), last.sortKey, last.number)) {
        const int wanted = limit - static_cast<int>(rows.size());
        if (wanted <= 0)
            break;
        ServiceError failure;
        rows += runPage(filter, w, *rules, pageSql(w, sort, &range), range.values, 0, wanted,
                        &failure);
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
    ServiceError failure;
    const std::optional<QList<CaseListRecord>> records
        = CaseListRepository::page(m_session.store().database(), sql, w.conditions, afterValues,
                                   offset, limit, m_scope.intakeOnly(), &failure);
    if (!records) {
        failed(failure, error);
        return rows;
    }
    rows.reserve(limit);
    for (const CaseListRecord &record : *records) {
        CaseListRow row = record.row;
        row.daysLeft = row.deadline.isValid() ? static_cast<int>(today.daysTo(row.deadline)) : 0;
        const Clocks clocks = clocksOf(record.stored, rules, today);
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
    const QSqlDatabase db = m_session.store().database();

    // The case's own sort key, if the filter lets it through.
    bool found = false;
    QVariant ownKey;
    QString ownNumber;
    ServiceError failure;
    if (!CaseListRepository::sortKeyOf(db, w.conditions, sort, window, caseId, &found, &ownKey,
                                       &ownNumber, &failure)) {
        failed(failure, error);
        return -1;
    }
    if (!found)
        return -1; // the filter excludes it

    // Its row is the number of rows before it in the same order.
    const std::optional<int> before = CaseListRepository::countBefore(
        db, w.conditions, sort, window, ownKey, ownNumber, &failure);
    if (!before) {
        failed(failure, error);
        return -1;
    }
    return *before;
}

QStringList CaseQuery::handlers(ServiceError *error) const
{
    if (error)
        *error = {};
    if (m_scope.intakeOnly())
        return {}; // the handler is not an intake field
    ServiceError failure;
    const std::optional<QStringList> names
        = CaseRepository::handlers(m_session.store().database(), &failure);
    failed(failure, error);
    return names.value_or(QStringList());
}

CaseQuery::Clocks CaseQuery::clocksOf(const Case &stored, const DeadlinePolicy &policy, QDate today)
{
    return clocksOn(stored, deadlinesFor(stored, policy), today);
}

} // namespace pd
