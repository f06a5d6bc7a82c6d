#pragma once

#include "crypto/SecureBytes.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace pd {

// One entry of the audit trail.
struct AuditEvent
{
    qint64 seq = 0;
    QDateTime occurredAt; // UTC
    QString actor; // the acting user
    QString entityType; // "case", "person", "store", ...
    QString entityId; // e.g. the case number
    QString action; // stable code: "case.created", "case.extended", "bsn.override", ...
    QJsonObject payload; // old → new values; empty when destroyed
    bool payloadDestroyed = false;
};

// One event to be appended (AuditLog::appendBatch): what append() takes, as a value.
struct AuditEntry
{
    QString actor;
    QString entityType;
    QString entityId;
    QString action;
    QJsonObject payload;
    // When set, the payload's compact JSON text as util/JsonWriter writes it (exactly
    // what QJsonDocument would write for the QJsonObject), and payload is not used.
    QByteArray payloadText {};
};

// The append-only, hash-chained audit trail, so that a dossier can state that its chronology is
// complete and unaltered.
//
//   payload_hash = SHA-256(salt ‖ payload)         salt: 16 random bytes per event
//   hash         = SHA-256(prev_hash ‖ seq ‖ occurred_at ‖ actor ‖ entity_type ‖ entity_id ‖
//                          action ‖ payload_hash)  (each field length-prefixed)
//   prev_hash of the first event = SHA-256("privacydesk-audit-v1" ‖ store id)
//
// The payload (which may name people) is salted so that, once it is destroyed under a
// retention rule, its hash cannot be matched against guesses; the chain still verifies without
// it. Triggers in the schema refuse deletes and every update except that destruction.
// append() writes inside the caller's transaction: a change and its event commit together (it
// refuses to run outside one, and never begins or commits itself).
//
// Keyed chain: from the seq the store names (keyedFrom, kept in its keyring) on,
//   hash = BLAKE2b-256 keyed with the store's audit key, over the same fields
// so that nobody with only the database can recompute the chain after an edit. The key is
// known per connection: Store registers it (setChainKey) for the connection it opens. On a
// connection without a key every event is checked and written with the plain hash.
//
// Checkpoint: verifying the whole chain costs O(all events), so a dossier or `verify`
// resumes from the last verified position instead. After a verification that passed, the head
// it reached (seq and chain hash) is kept in the table audit_checkpoints with
//   mac = BLAKE2b-256 keyed with the store's checkpoint key (Keyring::auditCheckpointKey, a
//         subkey of the master key), over F("privacydesk-audit-checkpoint-v1") ‖ F(store id) ‖
//         F(seq) ‖ F(hash)           (F as in the chain: length-prefixed)
// so that nobody with only the database can move it. A checkpoint whose MAC does not verify
// (forged, another store's, or from before a rekey), or whose event is missing or no longer
// carries its hash, is not used: the whole chain is verified and the reason reported. What a
// checkpoint cannot see is a change before it; Scope::Full (`verify --full`, every backup)
// re-verifies everything, and a full verification that fails drops the checkpoint, so that
// every later verification walks the whole chain and reports the break too.
// On a server no key of the client's exists: the row is written only by the server's
// own function (pd_audit_keep_checkpoint, which checks the hash against its event), with the
// same fields under plain SHA-256 in mac, and the chain before it is append-only for every
// application role: there the server's privileges guard the checkpoint as they guard the chain.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AuditLog)
public:
    AuditLog(QSqlDatabase db, QString storeId, const Clock &clock = systemClock());

    // The store's audit key for one connection (by name), and the first keyed seq.
    static void setChainKey(const QString &connectionName, const SecureBytes &key,
                            qint64 keyedFrom);
    static void clearChainKey(const QString &connectionName);
    // The store's checkpoint key for one connection; without one no checkpoint is used or kept.
    static void setCheckpointKey(const QString &connectionName, const SecureBytes &key);
    static void clearCheckpointKey(const QString &connectionName);
    // The genesis prev_hash of a store's chain (raw 32 bytes).
    static QByteArray genesis(const QString &storeId);

    bool append(const QString &actor, const QString &entityType, const QString &entityId,
                const QString &action, const QJsonObject &payload, QString *error);
    // Many events in one go, in order, each exactly as append() would write it (its own seq,
    // time, salt and link; one event per entry): the chain head is read once and the INSERT
    // prepared once for the whole batch (an import of 100,000 persons). All or
    // nothing: an entry without its fields refuses the batch before anything is written, and a
    // write that fails part-way rolls the batch back to where it began (a savepoint inside the
    // caller's transaction, which stays open). An empty batch writes nothing and succeeds. On a
    // server a single event the server refuses leaves the caller's transaction failed
    // (PostgreSQL aborts it): the caller rolls it back, as it does after any failed append.
    bool appendBatch(const QList<AuditEntry> &entries, QString *error);

    struct Verification
    {
        bool ok = false;
        qint64 eventsChecked = 0;
        qint64 firstBrokenSeq = 0; // 0 when ok
        QString reason; // plain words (translated) for the first broken link
        qint64 headSeq = 0; // the verified position, for the dossier's closing statement
        QByteArray headHash; // hex
        // The checkpoint the walk resumed after (events up to it were verified
        // before, at checkpointVerifiedAt); 0 when the whole chain was walked.
        qint64 resumedAfter = 0;
        QDateTime checkpointVerifiedAt; // UTC
        // Why a stored checkpoint was not used (translated); empty when none was refused.
        QString checkpointRefused;
    };
    // Walks the whole chain in order (streaming, constant memory): contiguous seq from 1,
    // prev_hash links, recomputed hashes, and payloads against their hashes where present.
    Verification verify() const;

    enum class Scope {
        SinceCheckpoint, // from the verified checkpoint on (the whole chain when there is none)
        Full, // every event, whatever the checkpoint says
    };
    // verify(), resuming from the checkpoint for SinceCheckpoint, and then (outside a
    // transaction, with a checkpoint key) keeping the checkpoint: moved to the head when the
    // chain verified, dropped when a full walk found it broken. Failing to write it costs only
    // time, never the result.
    Verification verifyWithCheckpoint(Scope scope) const;
    // Each of one entity's events against its own hash, its payload hash and its predecessor's
    // hash (a point read each): O(the entity's events), for a dossier that vouches for one
    // request's events whatever the checkpoint covers. eventsChecked counts them.
    Verification verifyEntity(const QString &entityType, const QString &entityId) const;
    // The events after seq, the first of them linked to hash (raw bytes), each as verify()
    // checks it, to the head: for a position kept elsewhere (ServerAnchor).
    Verification verifyFrom(qint64 seq, const QByteArray &hash) const;

    // One entity's events in order. A read SQLite refused (or broke off) is a Storage error in
    // *error (when given) and no events, never an empty history.
    QList<AuditEvent> eventsFor(const QString &entityType, const QString &entityId,
                                ServiceError *error = nullptr) const;
    // The changes made by hand (psql, a script) to one row of a table, in order: on a server the
    // server records each as an event of its own (entity "table", the table's name, action
    // "sql.changed", the row's id in the payload: resources/server/audit.sql). A store folder
    // records none (there RecordedState finds such a change). Errors as eventsFor.
    QList<AuditEvent> changesByHand(const QString &table, qint64 rowId,
                                    ServiceError *error = nullptr) const;
    // The changes made by hand anywhere in the store, as verify and server check show them:
    // how many, and the latest few (in order). A store folder records none (total 0).
    struct ChangesByHand
    {
        int total = 0;
        QList<AuditEvent> latest;
    };
    std::optional<ChangesByHand> allChangesByHand(int latest, ServiceError *error) const;
    // Destroys the payloads of one entity's events (retention); returns how many, or -1 (and
    // *error) when the database refuses.
    int destroyPayloads(const QString &entityType, const QString &entityId, QString *error);

private:
    bool appendOnServer(const QList<AuditEntry> &entries, QString *error);
    // A read of events that failed (eventsFor, changesByHand): logged, *error (when given) the
    // Storage error with the driver's text, and no events.
    static QList<AuditEvent> unreadable(const QString &driverError, ServiceError *error);
    QByteArray eventHash(QByteArrayView prevHash, qint64 seq, const QString &occurredAt,
                         const QString &actor, const QString &entityType, const QString &entityId,
                         const QString &action, QByteArrayView payloadHashBytes) const;
    struct Row;
    // The first thing wrong with one event given the hash it must follow; empty when none.
    QString rowProblem(const Row &row, const QByteArray &expectedPrev) const;
    // Whether this connection keeps a checkpoint: a store's with its checkpoint key, a server's.
    bool keepsCheckpoints() const;
    QByteArray checkpointMac(qint64 seq, QByteArrayView hash) const;
    // Walks from startSeq on (expecting prevHash before it) to the head.
    Verification walk(qint64 startSeq, const QByteArray &prevHash) const;
    void keepCheckpoint(const Verification &result, bool full) const;

    QSqlDatabase m_db;
    QString m_storeId;
    const Clock &m_clock;
    std::shared_ptr<const SecureBytes> m_chainKey; // null: plain hashes only
    qint64 m_keyedFrom = 0;
    std::shared_ptr<const SecureBytes> m_checkpointKey; // null: no checkpoints
};

} // namespace pd
