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

// Added to in CaseQuery's order: the scope, the filter, the search, the late requests.
struct CaseListConditions
{
    QString sql;
    QVariantList values;
};

struct CaseListRange
{
    QString condition;
    QVariantList values;
    bool keyFixed = false; // the condition fixes the key: only the number orders the range
};

struct CaseListRecord
{
    CaseListRow row;
    Case stored;
};

// What differs per backend is here. window: a KCC user's week, with the intake fields only and the
// sort keys kept off the other columns' indexes.
class CaseListRepository final
{
public:
    // Empty when the scope is all().
    static QString scopeCondition(const CaseScope &scope, QDate today, QVariantList *values);

    // numberTail: a request whose number ends in it passes whatever its state.
    static void appendListConditions(CaseListConditions *conditions, const CaseListFilter &filter,
                                     const QString &user, QDate today,
                                     const QString &numberTail = {});
    static void appendLeftOut(CaseListConditions *conditions, const QSet<CaseState> &states,
                              const QString &numberTail);
    static void appendPeriodConditions(CaseListConditions *conditions,
                                       const CaseListFilter &filter);
    static void appendSearch(const QSqlDatabase &db, CaseListConditions *conditions,
                             const QString &match);
    // Ids as literals (integers from the store): a bound list would hit SQLite's variable limit.
    static void appendIds(CaseListConditions *conditions, const QList<qint64> &ids);

    // Art. 19 candidates as a subquery: id, person_id, answered, changed (codes comma-separated).
    static QString art19CandidatesSql();

    static std::optional<int> count(const QSqlDatabase &db, const CaseListConditions &conditions,
                                    ServiceError *error);
    static std::optional<QMap<CaseState, int>>
    countByState(const QSqlDatabase &db, const CaseListConditions &conditions, ServiceError *error);
    static bool forEachLateCandidate(const QSqlDatabase &db, const CaseListConditions &conditions,
                                     QDate today,
                                     const std::function<void(qint64, const Case &)> &each,
                                     ServiceError *error);
    // broadSearch: the page walks the sort column's index. Values: the conditions', the range's,
    // then LIMIT and OFFSET.
    static QString pageSql(const QSqlDatabase &db, const CaseListConditions &conditions,
                           bool broadSearch, CaseSort sort, bool window,
                           const CaseListRange *after = nullptr);
    static std::optional<QList<CaseListRecord>> page(const QSqlDatabase &db, const QString &sql,
                                                     const CaseListConditions &conditions,
                                                     const QVariantList &afterValues, int offset,
                                                     int limit, bool window, ServiceError *error);
    // Ranges that an index on (key, number) serves without an OR.
    static QList<CaseListRange> rangesAfter(const QSqlDatabase &db, CaseSort sort, bool window,
                                            const QVariant &key, const QString &number);
    // *found false when the conditions do not let it through.
    static bool sortKeyOf(const QSqlDatabase &db, const CaseListConditions &conditions,
                          CaseSort sort, bool window, qint64 caseId, bool *found, QVariant *key,
                          QString *number, ServiceError *error);
    static std::optional<int> countBefore(const QSqlDatabase &db,
                                          const CaseListConditions &conditions, CaseSort sort,
                                          bool window, const QVariant &key, const QString &number,
                                          ServiceError *error);
};

} // namespace pd
