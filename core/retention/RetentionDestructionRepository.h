#pragma once

#include "retention/Retention.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace pd {

// The planner's statements on the other modules' tables and on the destruction log;
// RetentionRepository keeps the rules, items and holds.
class RetentionDestructionRepository final
{
public:
    // As of q.on when q.asOfOn: an item destroyed after it is not yet destroyed then.
    static std::optional<QList<RetentionItem>> dueStored(const QSqlDatabase &db, const DueQuery &q,
                                                         qint64 wanted, ServiceError *error);
    static std::optional<int> countDueStored(const QSqlDatabase &db, const DueQuery &q,
                                             ServiceError *error);
    // Without their case numbers.
    static std::optional<QList<RetentionItem>> dueRequestFiles(const QSqlDatabase &db,
                                                               const DueQuery &q,
                                                               const RetentionRule &files,
                                                               qint64 wanted, ServiceError *error);
    static std::optional<int> countDueRequestFiles(const QSqlDatabase &db, const DueQuery &q,
                                                   const RetentionRule &files, ServiceError *error);
    static bool requestFilesItemOf(const QSqlDatabase &db, qint64 personId,
                                   const RetentionRule &files, QDate on, int withinDays,
                                   std::optional<RetentionItem> *found, ServiceError *error);
    static std::optional<QList<qint64>> reducedPersons(const QSqlDatabase &db, ServiceError *error);

    struct Remains
    {
        bool present = false; // not anonymised
        bool reduced = false; // request files destroyed, name and customer number kept
        int remaining = 0; // items not yet destroyed
        bool withoutRequests = false;
        bool held = false; // under an open legal hold
    };
    static bool remainsOf(const QSqlDatabase &db, qint64 personId, Remains *left,
                          ServiceError *error);
    static std::optional<int> disclosureCount(const QSqlDatabase &db, qint64 personId,
                                              ServiceError *error);
    static std::optional<int> personAuditDetailsCount(const QSqlDatabase &db, qint64 personId,
                                                      ServiceError *error);
    static bool eraseExemptReasons(const QSqlDatabase &db, qint64 personId, ServiceError *error);

    static bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error);
    static bool insertDestruction(const QSqlDatabase &db, const QVariant &ruleId,
                                  DestructionRecord *record, ServiceError *error);
    static std::optional<QList<DestructionRecord>> destructions(const QSqlDatabase &db,
                                                                const DestructionFilter &filter,
                                                                int offset, int limit,
                                                                ServiceError *error);
    static std::optional<int>
    destructionCount(const QSqlDatabase &db, const DestructionFilter &filter, ServiceError *error);
    static QString destructionsTableSql();
    static std::optional<int> destructionCountOfRule(const QSqlDatabase &db, qint64 ruleId,
                                                     ServiceError *error);

    // Until every frame is copied back: a reader elsewhere keeps the old page images alive. false
    // with why when it stays busy; a server store has no log of its own: true.
    static bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why);
};

} // namespace pd
