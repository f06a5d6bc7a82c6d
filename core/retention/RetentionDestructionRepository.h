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

// The retention planner's statements above the other modules: the due list (stored
// items and the request files computed from the cases), what destruction reads and counts of a
// person (their requests, disclosures and audit details), the destruction log
// (retention_destructions) with the audit trail's head it repeats as proof, and emptying the
// write-ahead log after a destruction. RetentionRepository keeps the rules, items and holds.
// Every function runs on the connection it is given, inside the caller's transaction, and
// reports a failed read as an error (ServiceError::fromSql), never as an empty result.
class RetentionDestructionRepository final
{
public:
    // --- the due list ---

    // The stored items the query selects, by expiry (then id), at most wanted (-1: all); as of
    // q.on when q.asOfOn (an item destroyed after it is not yet destroyed then).
    static std::optional<QList<RetentionItem>> dueStored(const QSqlDatabase &db, const DueQuery &q,
                                                         qint64 wanted, ServiceError *error);
    static std::optional<int> countDueStored(const QSqlDatabase &db, const DueQuery &q,
                                             ServiceError *error);
    // The request-file items under the rule files the query selects: per person whose
    // requests are all closed, the last answer the trigger; by trigger (then person), at most
    // wanted (-1: all). Without their case numbers.
    static std::optional<QList<RetentionItem>> dueRequestFiles(const QSqlDatabase &db,
                                                               const DueQuery &q,
                                                               const RetentionRule &files,
                                                               qint64 wanted, ServiceError *error);
    static std::optional<int> countDueRequestFiles(const QSqlDatabase &db, const DueQuery &q,
                                                   const RetentionRule &files, ServiceError *error);
    // The person's request-file item under files when every request of theirs is closed (and
    // they are not anonymised): false when the read failed, true with *found empty when there
    // is none. Without its case numbers.
    static bool requestFilesItemOf(const QSqlDatabase &db, qint64 personId,
                                   const RetentionRule &files, QDate on, int withinDays,
                                   std::optional<RetentionItem> *found, ServiceError *error);
    // The reduced data subjects (name and customer number kept for another rule) who have no
    // request again, by id.
    static std::optional<QList<qint64>> reducedPersons(const QSqlDatabase &db, ServiceError *error);

    // --- what destruction reads and changes of a person ---

    // What remains of a person when one of their items has been destroyed.
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
    // The disclosures naming the person.
    static std::optional<int> disclosureCount(const QSqlDatabase &db, qint64 personId,
                                              ServiceError *error);
    // The audit events of the person, their requests and the disclosures naming them that
    // still hold their details.
    static std::optional<int> personAuditDetailsCount(const QSqlDatabase &db, qint64 personId,
                                                      ServiceError *error);
    // The reasons of an art. 19 exemption of the person's requests' disclosures go.
    static bool eraseExemptReasons(const QSqlDatabase &db, qint64 personId, ServiceError *error);

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
    // The log's table (the dashboard counts its entries).
    static QString destructionsTableSql();
    // How many entries name the rule (a rule the log names cannot be removed).
    static std::optional<int> destructionCountOfRule(const QSqlDatabase &db, qint64 ruleId,
                                                     ServiceError *error);

    // PRAGMA wal_checkpoint(TRUNCATE) until its row says busy = 0 and every frame of the log was
    // copied back (log = checkpointed): another connection in a read transaction keeps the log
    // in use, and with it the old page images. A few short tries; false with why when it stays
    // busy. A server store has no log of its own: true.
    static bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why);
};

} // namespace pd
