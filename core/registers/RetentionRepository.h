#pragma once

#include "registers/Retention.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace pd {

// The SQL of the retention planner's own tables (issue 37): so far the rules (retention_rules),
// the legal holds (retention_holds), the destruction log (retention_destructions) and the
// data-breach register's items (computed from the breaches); the stored items
// (retention_items) are still read and written in Retention*.cpp.
// Every function runs on the connection it is given, inside the caller's transaction, and
// reports a failed read as an error (ServiceError::fromSql), never as an empty result.
class RetentionRepository final
{
public:
    // --- rules (retention_rules) ---

    // Every rule, by id.
    static std::optional<QList<RetentionRule>> rules(const QSqlDatabase &db, ServiceError *error);
    // The rule with this code (or id): false when the read failed, true with *found empty when
    // there is none.
    static bool ruleByCode(const QSqlDatabase &db, const QString &code,
                           std::optional<RetentionRule> *found, ServiceError *error);
    static bool ruleById(const QSqlDatabase &db, qint64 id, std::optional<RetentionRule> *found,
                         ServiceError *error);
    // Whether a rule has this code.
    static std::optional<bool> codeTaken(const QSqlDatabase &db, const QString &code,
                                         ServiceError *error);
    // The new rule (rule.code and its columns, created and updated now); its id.
    static std::optional<qint64> insertRule(const QSqlDatabase &db, const RetentionRule &rule,
                                            const QString &now, ServiceError *error);
    // The stored rule rule.id takes rule's columns (not its code), updated now.
    static bool updateRule(const QSqlDatabase &db, const RetentionRule &rule, const QString &now,
                           ServiceError *error);
    // The rule's manual items (not derived) not yet destroyed: id and trigger day.
    static std::optional<QList<std::pair<qint64, QDate>>>
    manualItemsOf(const QSqlDatabase &db, qint64 ruleId, ServiceError *error);
    static bool setItemExpiry(const QSqlDatabase &db, qint64 itemId, const QString &expiresOn,
                              ServiceError *error);

    // --- legal holds (retention_holds), with the person's customer number and name ---

    static bool insertHold(const QSqlDatabase &db, qint64 personId, const QString &reason,
                           const QString &placedOn, const QString &placedBy, ServiceError *error);
    // The person's open hold is released.
    static bool releaseHold(const QSqlDatabase &db, qint64 personId, const QString &releasedOn,
                            const QString &releasedBy, ServiceError *error);
    // The open holds, by the day placed.
    static std::optional<QList<LegalHold>> openHolds(const QSqlDatabase &db, ServiceError *error);
    // The holds open on a day (ISO date), by the day placed.
    static std::optional<QList<LegalHold>> holdsOn(const QSqlDatabase &db, const QString &on,
                                                   ServiceError *error);
    // The person's open hold: false when the read failed, true with *found empty when none.
    static bool openHoldOf(const QSqlDatabase &db, qint64 personId, std::optional<LegalHold> *found,
                           ServiceError *error);
    // The reasons of the person's holds become '' (destruction: the fact stays, the words go).
    static bool eraseHoldReasons(const QSqlDatabase &db, qint64 personId, ServiceError *error);

    // --- the data-breach register's items (RetentionBreachRepository.cpp) ---

    // A closed breach whose retention period ends in the range of a query.
    struct DueBreach
    {
        QString number;
        QString title;
        QString closedAt; // as stored
    };
    // The closed breaches whose period under `period` ends in the range of q (the trigger is
    // the closing day in Amsterdam), by closing; at most wanted of them (-1: all).
    static std::optional<QList<DueBreach>> dueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                                       const RetentionPeriod &period, qint64 wanted,
                                                       ServiceError *error);
    // How many dueBreaches would give without a limit.
    static std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                               const RetentionPeriod &period, ServiceError *error);
    // How many audit events of the entity still hold their details.
    static std::optional<int> auditDetailsCount(const QSqlDatabase &db, const QString &entityType,
                                                const QString &entityId, ServiceError *error);

    // --- the replay of destructions on a restored copy (RetentionReplayRepository.cpp) ---

    // The number and created_at of every request of an anonymised data subject.
    static std::optional<QHash<QString, QString>> anonymisedRequestsMade(const QSqlDatabase &db,
                                                                         ServiceError *error);
    // The destruction log as traces, in order: the requests among requestMade's by number and
    // moment of creation, a breach by number and moment of reporting, a person by id and
    // moment of creation.
    static std::optional<QList<DestructionTrace>>
    destructionTraces(const QSqlDatabase &db, const QHash<QString, QString> &requestMade,
                      ServiceError *error);
    // The person of the request with this number made at createdAt (stored moment); 0: none.
    static std::optional<qint64> personOfRequest(const QSqlDatabase &db, const QString &number,
                                                 const QString &createdAt, ServiceError *error);
    // The person's stored item under the rule: false when the read failed, true with *itemId 0
    // when there is none; *destroyedOn as stored (empty: not destroyed).
    static bool itemOf(const QSqlDatabase &db, qint64 personId, qint64 ruleId, qint64 *itemId,
                       QString *destroyedOn, ServiceError *error);

    // --- the destruction log (retention_destructions) ---

    // The latest audit event: its sequence number and its hash (hex), the proof a
    // destruction-log entry repeats.
    static bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error);
    // Writes the entry under ruleId (NULL: no rule) as record says (auditSeq and proofHash
    // included) and sets record->id.
    static bool insertDestruction(const QSqlDatabase &db, const QVariant &ruleId,
                                  DestructionRecord *record, ServiceError *error);
    // The entries the filter selects, newest first: at most limit (negative: all) after offset.
    static std::optional<QList<DestructionRecord>> destructions(const QSqlDatabase &db,
                                                                const DestructionFilter &filter,
                                                                int offset, int limit,
                                                                ServiceError *error);
    static std::optional<int>
    destructionCount(const QSqlDatabase &db, const DestructionFilter &filter, ServiceError *error);
};

} // namespace pd
