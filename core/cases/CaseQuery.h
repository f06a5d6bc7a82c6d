#pragma once

#include "cases/Case.h"
#include "cases/CaseCodes.h"
#include "session/Access.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)

namespace pd {

class CaseService;
class Store;
struct CaseFilter;
struct CaseListRange;
struct ServiceError;

// The clock a request is late against, as Lateness measures it. Each request late
// against either clock is in exactly one of the two.
enum class LateClock {
    Legal, // past the legal deadline (art. 12(3) GDPR), whatever the own deadline says
    PolicyOnly, // past the organisation's own deadline, still within the legal one
};

// What the case list shows: every condition set here must hold (AND).
struct CaseListFilter
{
    QSet<CaseState> states; // empty: every state
    std::optional<RequestType> type;
    std::optional<Channel> channel;
    std::optional<QString> handler; // an empty string: requests without a handler
    bool overdue = false; // open, and the effective deadline lies before today
    bool dueWithinWeek = false; // open, and today <= effective deadline <= today + 7
    // Open and waiting for the person: in identification, or made by a representative whose
    // mandate has not been received (Case::awaitsMandate, the "Vandaag" strip).
    bool awaitingIdentity = false;
    // These requests only: a list another module worked out (the requests whose art. 19
    // recipients are still to be told, DisclosureService::art19Pending). Empty list: none.
    std::optional<QList<qint64>> ids {};
    bool mine = false; // handled by the current user
    QString search; // as typed: words are prefixes, all must match (see CaseQuery::matchExpression)
    // A request number typed in the search (whole or its tail, CaseQuery::numberTail) finds its
    // request whatever the states say: the list's own state filter, not a drill-down's.
    bool numberFindsAnyState = false;
    QDate today; // invalid: the system's today

    // As of a peildatum (the dashboards' drill-down). A request is open on D when it was received
    // on or before D and not answered (or closed) on or before D, whatever its state now.
    QDate openOn {}; // valid: open on that day
    // With openOn: the state it was in that day, reconstructed from the identification dates
    // (asked → identificatie; received and succeeded → in-behandeling; failed → identificatie).
    std::optional<CaseState> stateOn {};
    QDate deadlineFrom {}; // valid: effective deadline on or after it
    QDate deadlineTo {}; // valid: effective deadline on or before it
    QDate receivedFrom {}; // valid: received on or after it
    QDate receivedTo {}; // valid: received on or before it
    // Answered (or closed) between these days, inclusive; either set: answered requests only.
    QDate answeredFrom {};
    QDate answeredTo {};
    std::optional<bool> answeredOnTime {}; // answered by the effective deadline (true) or after it
    QDate extendedBy {}; // valid: extended, the extension notified on or before that day
    bool extensionLate = false; // extended, notified after the one-month legal deadline
    // Late against that clock on today, or on the day of the answer when it was answered (or
    // closed) by today: Lateness, under the store's deadline policy. The legal deadline is not
    // stored, so this is judged in C++ on the requests SQL finds past the stored effective
    // deadline, which holds every request late against either clock; the late ones go back
    // into the statement as a list of ids.
    std::optional<LateClock> lateAgainst {};

    bool operator==(const CaseListFilter &other) const = default;
};

// One line of the case list; the columns the list shows and nothing more.
struct CaseListRow
{
    qint64 id = 0;
    QString number;
    QString personName;
    QList<RequestType> types; // sorted
    Channel channel = Channel::Email;
    QDate receivedDate;
    CaseState state = CaseState::Ontvangen;
    QDate deadline; // cases.deadline_effective, kept current by CaseService
    int daysLeft = 0; // from the filter's today to the deadline; negative when overdue
    QString handler;
    bool extended = false;
    QVariant sortKey; // the value the page was sorted on, for CaseQuery::pageAfter
    // Both clocks, from the stored dates under the store's policy, as of the filter's
    // today; a request answered (or closed) by then is measured on the day of its answer.
    QDate closedOn; // the day it was answered (or closed); invalid while open
    Lateness lateness;
    // Identification asked in time and not received (by today): both clocks stand still, and
    // the effective deadline shown is the earliest it can become.
    bool paused = false;
    // The person has a restriction of processing in force (art. 18 AVG).
    bool restricted = false;

    bool isOpen() const { return pd::isOpen(state); }
    bool isOverdue() const { return isOpen() && deadline.isValid() && daysLeft < 0; }
    bool isDueWithinWeek() const
    {
        return isOpen() && deadline.isValid() && daysLeft >= 0 && daysLeft <= 7;
    }
};

// The list's columns, in the order the list shows them.
enum class CaseColumn {
    Number,
    Person,
    Types,
    Channel,
    Received,
    State,
    Deadline,
    DaysLeft, // the same order as Deadline
    Handler,
};

struct CaseSort
{
    CaseColumn column = CaseColumn::Deadline;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Read-only queries behind the case list, built for 50,000 requests: counts and pages in SQL
// (one statement per page, the types aggregated in it), sorting that an index serves where it
// can, ties broken on the case number so that paging is stable, and search through the FTS4
// index of migration 0004. Reads on the store's connection; never writes.
//
// Every query keeps to the acting user's CaseScope, taken once when the object is made:
// a KCC-medewerker counts, pages and finds only the requests they logged in the last
// CaseScope::kccWindowDays days (relative to the clock's today, never the filter's), and their
// rows carry no handler and no extension mark. Other roles pay nothing for it beyond that one
// users query.
class CaseQuery final
{
public:
    CaseQuery(const Session &session, const QString &currentUser);

    // A read that fails sets *error (Storage; when given) and returns 0, no rows or -1: the
    // caller shows that the list could not be read, never an empty list.
    int count(const CaseListFilter &filter, ServiceError *error = nullptr) const;
    QList<CaseListRow> page(const CaseListFilter &filter, CaseSort sort, int offset, int limit,
                            ServiceError *error = nullptr) const;
    // The limit rows that follow last (a row of a page with the same filter and sort): keyset
    // paging, so that the thousandth page costs what the first does. Rows inserted or removed
    // in between do not shift it, unlike an offset.
    QList<CaseListRow> pageAfter(const CaseListFilter &filter, CaseSort sort,
                                 const CaseListRow &last, int limit,
                                 ServiceError *error = nullptr) const;
    // The row at which the case stands under this filter and sort, or -1 when the filter
    // excludes it (or it does not exist).
    int rowOf(const CaseListFilter &filter, CaseSort sort, qint64 caseId,
              ServiceError *error = nullptr) const;

    // The requests the search finds that the filter's states leave out, per state:
    // "1 afgerond verzoek gevonden – tonen". One count query; empty without a search or without
    // states, and on a failed read (then *error is set).
    QMap<CaseState, int> hiddenByState(const CaseListFilter &filter,
                                       ServiceError *error = nullptr) const;

    // Everyone who handles a request at present, sorted; for the handler filter.
    QStringList handlers(ServiceError *error = nullptr) const;
    QString currentUser() const { return m_user; }
    const CaseScope &scope() const { return m_scope; }

    // The FTS4 MATCH expression for what the user typed: letters and digits only, every word a
    // quoted prefix ("jan"*), all words required. Operators, quotes and other punctuation in
    // the input are separators, never syntax. Empty when nothing searchable remains.
    static QString matchExpression(const QString &typed);
    // The same words as db's full-text search takes them (sql::fullTextPrefixes: the FTS4
    // expression on a store folder, a tsquery on a server), and the statement that lists the
    // ids (case_search.docid) it finds with that one bound value. Empty when nothing
    // searchable remains.
    static QString searchExpression(const QSqlDatabase &db, const QString &typed);
    static QString searchSql(const QSqlDatabase &db);
    // What the user typed as a request number, whole or its tail as an officer types it
    // ("AVG-2026-0042", "2026 0042", "0042"): its words upper case joined by "-", when every word
    // is digits but a leading "AVG"; empty for anything else (a name, a postcode with letters).
    static QString numberTail(const QString &typed);

    // The SQL of page(), for EXPLAIN QUERY PLAN in tests and the benchmark.
    QString pageSql(const CaseListFilter &filter, CaseSort sort) const;
    // The SQL of pageAfter()'s first range after last, with the number of its values (the
    // filter's, then the range's; LIMIT and OFFSET follow), for EXPLAIN QUERY PLAN.
    QString pageAfterSql(const CaseListFilter &filter, CaseSort sort, const CaseListRow &last,
                         int *values = nullptr) const;

    // Both clocks of a request from its stored dates, for the list and the dashboards
    // alike: CaseRepository::latenessColumnsSql() names the columns of cases c to select, in
    // order, CaseRepository::latenessOf() reads them back into `stored`, and clocksOf() measures
    // them as of `today` (see CaseListFilter::lateAgainst). The list and the dashboards share
    // the other expressions over cases c too, from CaseRepository (closedDateSql, openOnSql,
    // stateOnSql, extensionLateSql).
    struct Clocks
    {
        Lateness lateness;
        QDate closedOn;
        bool paused = false;
    };
    static Clocks clocksOf(const Case &stored, const DeadlinePolicy &policy, QDate today);
    // The one rule behind clocksOf, for a request read whole: both clocks on `day`, where an
    // answer given after that day was not yet given then. So a request answered later (a
    // peildatum in the past) is measured on the day itself, one answered by then on the day of
    // its answer. c.answeredOn is the day it was answered (or closed).
    static Clocks clocksOn(Case c, const CaseDeadlines &deadlines, QDate day);
    static bool isLateAgainst(const Lateness &lateness, LateClock clock);

    // A request as CaseService::forEachListed reads it whole (`case list`), with its deadlines
    // and, unless it holds a KCC-medewerker's intake fields only (Case::intakeOnly: the clocks
    // depend on what is not theirs to read), both clocks on the list's day.
    struct Listed
    {
        const Case &request;
        CaseDeadlines deadlines;
        std::optional<Lateness> lateness;
    };
    // CaseService::forEachListed, each request with its deadlines under the policy read once for
    // the list (an intakeOnly request's from its stored request, as CaseService::deadlines gives
    // them) and its clocks on the filter's overdueOn, else on the clock's today. A policy, page
    // or deadline that cannot be read stops the list: false with *error set (Storage, or as the
    // service says); what was visited stays visited.
    static bool forEachListed(const CaseService &cases, const CaseFilter &filter, qint64 offset,
                              qint64 limit, const std::function<bool(const Listed &)> &visit,
                              ServiceError *error, const Clock &clock = systemClock());

private:
    struct Where;
    Where where(const CaseListFilter &filter) const;
    // The requests a MATCH expression finds in case_search; sets *error when unreadable.
    qint64 matchCount(const QString &match, ServiceError *error) const;
    // A page's statement (CaseListRepository::pageSql), after one of pageAfter's ranges.
    QString pageSql(const Where &w, CaseSort sort, const CaseListRange *after) const;
    QList<CaseListRow> runPage(const CaseListFilter &filter, const Where &w,
                               const DeadlinePolicy &rules, const QString &sql,
                               const QVariantList &afterValues, int offset, int limit,
                               ServiceError *error) const;
    // Narrows w to the requests it lets through that are late against the clock; sets w's
    // error when they could not be read.
    void appendLate(Where *w, LateClock clock, QDate today) const;
    std::optional<DeadlinePolicy> policy(ServiceError *error) const;
    Session m_session;
    QString m_user;
    CaseScope m_scope;
    // Per MATCH expression whether it is a broad search (see where()): a plan, read once per
    // search typed rather than per page fetched.
    mutable QHash<QString, bool> m_broadSearches;
};

} // namespace pd
