#pragma once

#include "cases/Case.h"
#include "cases/CaseQuery.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>

namespace pd {

// The conditions of a case list (an " AND ..." over cases c and their values, in order), built
// here from a CaseListFilter and added to in CaseQuery's order (the scope, the filter, the
// search, the late requests). Every statement of the list runs on them.
struct CaseListConditions
{
    QString sql;
    QVariantList values;
};

// One range of the rows after a row: a condition and its values. CaseQuery::pageAfter reads the
// ranges in turn until the page is full.
struct CaseListRange
{
    QString condition;
    QVariantList values;
    bool keyFixed = false; // the condition fixes the key: only the number orders the range
};

// A row of a page as stored: the list's columns, and the stored dates its clocks are measured
// from (Case::receivedDate, identification, extended, extensionNotified, answeredOn). daysLeft
// and the clocks are CaseQuery's, on the filter's today.
struct CaseListRecord
{
    CaseListRow row;
    Case stored;
};

// The case list's statements, for CaseQuery: the filter's conditions, the sorting,
// the pages (by offset and by keyset ranges), a request's row, the count and the candidates of
// the late requests. What differs per backend is here (the planner hints of a store folder, the
// full-text search, the order of NULLs). Every function runs on the connection it is given;
// a failed read is an error (ServiceError::fromSql), never an empty result.
//
// window: the list keeps to a KCC-medewerker's week (CaseScope::intakeOnly): the rows carry the
// intake fields only and the sort keys keep the planner off the indexes of the other columns.
class CaseListRepository final
{
public:
    // --- the conditions ---

    // " AND …" over cases c that keeps only the requests in scope on today, with its values
    // appended; empty when the scope is all().
    static QString scopeCondition(const CaseScope &scope, QDate today, QVariantList *values);

    // What the request is now: its state, kind, channel and handler (`user`'s for mine), and its
    // deadline against today. numberTail (CaseQuery::numberTail, when given): a request whose
    // number it is, or ends in, passes whatever its state.
    static void appendListConditions(CaseListConditions *conditions, const CaseListFilter &filter,
                                     const QString &user, QDate today,
                                     const QString &numberTail = {});
    // The requests that states (and numberTail, as above) leave out.
    static void appendLeftOut(CaseListConditions *conditions, const QSet<CaseState> &states,
                              const QString &numberTail);
    // Its history: open (and in which state) on a day, its deadline, receipt, answer and
    // extension within a period.
    static void appendPeriodConditions(CaseListConditions *conditions,
                                       const CaseListFilter &filter);
    // The requests the full-text search finds with match (sql::fullTextPrefixes).
    static void appendSearch(const QSqlDatabase &db, CaseListConditions *conditions,
                             const QString &match);
    // These requests only (none: no request). Ids as literals (integers read from the store,
    // never text typed by anyone): a bound list would run into SQLite's limit on variables.
    static void appendIds(CaseListConditions *conditions, const QList<qint64> &ids);

    // For DisclosureRepository::art19Pending: the completed, (partly) granted
    // rectifications, erasures and restrictions (art. 19 GDPR applies to them, as
    // DisclosureService::art19Applies says), as a subquery of four columns: id, person_id,
    // answered (the day answered), changed (the categories of data changed, their codes
    // comma-separated; NULL or empty: none recorded).
    static QString art19CandidatesSql();

    // --- the statements ---

    // How many requests the conditions let through.
    static std::optional<int> count(const QSqlDatabase &db, const CaseListConditions &conditions,
                                    ServiceError *error);
    // How many requests the conditions let through, per state (the states with none left out).
    static std::optional<QMap<CaseState, int>>
    countByState(const QSqlDatabase &db, const CaseListConditions &conditions, ServiceError *error);
    // The candidates of the late requests on today (past the stored effective deadline), each
    // with the stored dates of its clocks (as CaseRepository::latenessOf reads them), in the
    // order read; false with *error when the read failed.
    static bool forEachLateCandidate(const QSqlDatabase &db, const CaseListConditions &conditions,
                                     QDate today,
                                     const std::function<void(qint64, const Case &)> &each,
                                     ServiceError *error);
    // A page's statement (sort: as the scope allows), after a range of pageAfter when given;
    // broadSearch: the search finds so many that the page walks the sort column's index. Its
    // values: the conditions', the range's, then LIMIT and OFFSET.
    static QString pageSql(const QSqlDatabase &db, const CaseListConditions &conditions,
                           bool broadSearch, CaseSort sort, bool window,
                           const CaseListRange *after = nullptr);
    // The rows of a page's statement, at most limit from offset.
    static std::optional<QList<CaseListRecord>> page(const QSqlDatabase &db, const QString &sql,
                                                     const CaseListConditions &conditions,
                                                     const QVariantList &afterValues, int offset,
                                                     int limit, bool window, ServiceError *error);
    // The rows after the row with (key, number) in the sort's order, as ranges that an index on
    // (key, number) serves without an OR.
    static QList<CaseListRange> rangesAfter(const QSqlDatabase &db, CaseSort sort, bool window,
                                            const QVariant &key, const QString &number);
    // The sort key and number of the request, when the conditions let it through: false when
    // the read failed, true with *found false when they do not.
    static bool sortKeyOf(const QSqlDatabase &db, const CaseListConditions &conditions,
                          CaseSort sort, bool window, qint64 caseId, bool *found, QVariant *key,
                          QString *number, ServiceError *error);
    // How many requests the conditions let through come before the one with (key, number).
    static std::optional<int> countBefore(const QSqlDatabase &db,
                                          const CaseListConditions &conditions, CaseSort sort,
                                          bool window, const QVariant &key, const QString &number,
                                          ServiceError *error);
};

} // namespace pd
