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
struct CaseFilter;
struct CaseListRange;
struct ServiceError;

// Each late request is in exactly one of the two.
enum class LateClock {
    Legal, // past the legal deadline (art. 12(3) GDPR), whatever the own deadline says
    PolicyOnly, // past the organisation's own deadline, still within the legal one
};

struct CaseListFilter
{
    QSet<CaseState> states; // empty: every state
    std::optional<RequestType> type;
    std::optional<Channel> channel;
    std::optional<QString> handler; // an empty string: requests without a handler
    bool overdue = false; // open, and the effective deadline lies before today
    bool dueWithinWeek = false; // open, and today <= effective deadline <= today + 7
    bool awaitingIdentity = false;
    // Empty list: none.
    std::optional<QList<qint64>> ids {};
    bool mine = false; // handled by the current user
    QString search; // as typed: words are prefixes, all must match (see CaseQuery::matchExpression)
    // A request number typed in the search finds its request whatever the states say.
    bool numberFindsAnyState = false;
    QDate today; // invalid: the system's today

    // Open on D: received by D and not answered or closed by D, whatever its state now.
    QDate openOn {}; // valid: open on that day
    // Reconstructed from the identification dates.
    std::optional<CaseState> stateOn {};
    QDate deadlineFrom {}; // valid: effective deadline on or after it
    QDate deadlineTo {}; // valid: effective deadline on or before it
    QDate receivedFrom {}; // valid: received on or after it
    QDate receivedTo {}; // valid: received on or before it
    // Either set: answered requests only.
    QDate answeredFrom {};
    QDate answeredTo {};
    std::optional<bool> answeredOnTime {}; // answered by the effective deadline (true) or after it
    QDate extendedBy {}; // valid: extended, the extension notified on or before that day
    bool extensionLate = false; // extended, notified after the one-month legal deadline
    // Judged in C++ (the legal deadline is not stored) on the requests SQL finds past the stored
    // effective deadline.
    std::optional<LateClock> lateAgainst {};

    bool operator==(const CaseListFilter &other) const = default;
};

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
    QDate closedOn; // the day it was answered (or closed); invalid while open
    Lateness lateness;
    // Identification asked in time and not received: both clocks stand still.
    bool paused = false;
    bool restricted = false;

    bool isOpen() const { return pd::isOpen(state); }
    bool isOverdue() const { return isOpen() && deadline.isValid() && daysLeft < 0; }
    bool isDueWithinWeek() const
    {
        return isOpen() && deadline.isValid() && daysLeft >= 0 && daysLeft <= 7;
    }
};

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

// Built for 50,000 requests; never writes. Every query keeps to the acting user's CaseScope, taken
// once when made (a KCC week counts from the clock's today, never the filter's).
class CaseQuery final
{
public:
    CaseQuery(const Session &session, const QString &currentUser);

    // A failed read sets *error and returns 0, no rows or -1: never shown as an empty list.
    int count(const CaseListFilter &filter, ServiceError *error = nullptr) const;
    QList<CaseListRow> page(const CaseListFilter &filter, CaseSort sort, int offset, int limit,
                            ServiceError *error = nullptr) const;
    // Keyset paging: rows inserted or removed in between do not shift it.
    QList<CaseListRow> pageAfter(const CaseListFilter &filter, CaseSort sort,
                                 const CaseListRow &last, int limit,
                                 ServiceError *error = nullptr) const;
    // -1 when the filter excludes it.
    int rowOf(const CaseListFilter &filter, CaseSort sort, qint64 caseId,
              ServiceError *error = nullptr) const;

    // Empty on a failed read too (then *error is set).
    QMap<CaseState, int> hiddenByState(const CaseListFilter &filter,
                                       ServiceError *error = nullptr) const;

    QStringList handlers(ServiceError *error = nullptr) const;
    QString currentUser() const { return m_user; }
    const CaseScope &scope() const { return m_scope; }

    // Operators and punctuation are separators, never syntax; empty if nothing searchable remains.
    static QString matchExpression(const QString &typed);
    static QString searchExpression(const QSqlDatabase &db, const QString &typed);
    // Empty unless every word is digits (but a leading "AVG").
    static QString numberTail(const QString &typed);
    // A whole request number: "AVG-2026-0042", "2026-0042", "avg 2026 42" (a year of four
    // digits, then digits). Not a customer number or a postcode: one group of digits.
    static bool isRequestNumber(const QString &typed);

    QString pageSql(const CaseListFilter &filter, CaseSort sort) const;
    QString pageAfterSql(const CaseListFilter &filter, CaseSort sort, const CaseListRow &last,
                         int *values = nullptr) const;

    struct Clocks
    {
        Lateness lateness;
        QDate closedOn;
        bool paused = false;
    };
    static Clocks clocksOf(const Case &stored, const DeadlinePolicy &policy, QDate today);
    // An answer given after day was not yet given then.
    static Clocks clocksOn(Case c, const CaseDeadlines &deadlines, QDate day);
    static bool isLateAgainst(const Lateness &lateness, LateClock clock);

    // No clocks for an intakeOnly request: they depend on what is not theirs to read.
    struct Listed
    {
        const Case &request;
        CaseDeadlines deadlines;
        std::optional<Lateness> lateness;
    };
    // A policy, page or deadline that cannot be read stops the list with *error; what was visited
    // stays visited.
    static bool forEachListed(const CaseService &cases, const CaseFilter &filter, qint64 offset,
                              qint64 limit, const std::function<bool(const Listed &)> &visit,
                              ServiceError *error, const Clock &clock = systemClock());

private:
    struct Where;
    Where where(const CaseListFilter &filter) const;
    qint64 matchCount(const QString &match, ServiceError *error) const;
    QString pageSql(const Where &w, CaseSort sort, const CaseListRange *after) const;
    QList<CaseListRow> runPage(const CaseListFilter &filter, const Where &w,
                               const DeadlinePolicy &rules, const QString &sql,
                               const QVariantList &afterValues, int offset, int limit,
                               ServiceError *error) const;
    void appendLate(Where *w, LateClock clock, QDate today) const;
    std::optional<DeadlinePolicy> policy(ServiceError *error) const;
    Session m_session;
    QString m_user;
    CaseScope m_scope;
    mutable QHash<QString, bool> m_broadSearches;
};

} // namespace pd
