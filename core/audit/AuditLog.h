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

#include <memory>

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
// Keyed chain (issue 15): from the seq the store names (keyedFrom, kept in its keyring) on,
//   hash = BLAKE2b-256 keyed with the store's audit key, over the same fields
// so that nobody with only the database can recompute the chain after an edit. The key is
// known per connection: Store registers it (setChainKey) for the connection it opens. On a
// connection without a key every event is checked and written with the plain hash.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AuditLog)
public:
    AuditLog(QSqlDatabase db, QString storeId, const Clock &clock = systemClock());

    // The store's audit key for one connection (by name), and the first keyed seq.
    static void setChainKey(const QString &connectionName, const SecureBytes &key,
                            qint64 keyedFrom);
    static void clearChainKey(const QString &connectionName);
    // The genesis prev_hash of a store's chain (raw 32 bytes).
    static QByteArray genesis(const QString &storeId);

    bool append(const QString &actor, const QString &entityType, const QString &entityId,
                const QString &action, const QJsonObject &payload, QString *error);

    struct Verification
    {
        bool ok = false;
        qint64 eventsChecked = 0;
        qint64 firstBrokenSeq = 0; // 0 when ok
        QString reason; // plain words (translated) for the first broken link
        qint64 headSeq = 0; // the verified position, for the dossier's closing statement
        QByteArray headHash; // hex
    };
    // Walks the whole chain in order (streaming, constant memory): contiguous seq from 1,
    // prev_hash links, recomputed hashes, and payloads against their hashes where present.
    Verification verify() const;

    // One entity's events in order. A read SQLite refused (or broke off) is a Storage error in
    // *error (when given) and no events, never an empty history (issue 15).
    QList<AuditEvent> eventsFor(const QString &entityType, const QString &entityId,
                                ServiceError *error = nullptr) const;
    // Destroys the payloads of one entity's events (retention); returns how many, or -1 (and
    // *error) when the database refuses.
    int destroyPayloads(const QString &entityType, const QString &entityId, QString *error);

private:
    QByteArray eventHash(QByteArrayView prevHash, qint64 seq, const QString &occurredAt,
                         const QString &actor, const QString &entityType, const QString &entityId,
                         const QString &action, QByteArrayView payloadHashBytes) const;

    QSqlDatabase m_db;
    QString m_storeId;
    const Clock &m_clock;
    std::shared_ptr<const SecureBytes> m_chainKey; // null: plain hashes only
    qint64 m_keyedFrom = 0;
};

} // namespace pd
