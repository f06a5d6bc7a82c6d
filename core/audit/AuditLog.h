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

struct AuditEntry
{
    QString actor;
    QString entityType;
    QString entityId;
    QString action;
    QJsonObject payload;
    // When set, used instead of payload: its compact JSON text, exactly as QJsonDocument would
    // write it.
    QByteArray payloadText {};
};

// The append-only, hash-chained audit trail, so that a dossier can state its chronology is complete
// and unaltered. Each payload is salted so that, once destroyed under a retention rule, its hash
// cannot be matched against guesses; the chain still verifies without it. From keyedFrom on the
// hash is keyed with the store's audit key, so that nobody with only the database can recompute the
// chain after an edit. A verification resumes from a checkpoint MAC'd with the checkpoint key (on a
// server guarded by its privileges); one that does not verify is not used, and a failed full walk
// drops it. append() writes only inside the caller's transaction: a change and its event commit
// together.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AuditLog)
public:
    AuditLog(QSqlDatabase db, QString storeId, const Clock &clock = systemClock());

    // Per connection; a connection without a key writes and checks plain hashes.
    static void setChainKey(const QString &connectionName, const SecureBytes &key,
                            qint64 keyedFrom);
    static void clearChainKey(const QString &connectionName);
    // Without one no checkpoint is used or kept.
    static void setCheckpointKey(const QString &connectionName, const SecureBytes &key);
    static void clearCheckpointKey(const QString &connectionName);

    bool append(const QString &actor, const QString &entityType, const QString &entityId,
                const QString &action, const QJsonObject &payload, QString *error);
    // All or nothing, each event exactly as append() would write it. On a server a refused event
    // leaves the caller's transaction failed: the caller rolls it back.
    bool appendBatch(const QList<AuditEntry> &entries, QString *error);

    struct Verification
    {
        bool ok = false;
        qint64 eventsChecked = 0;
        qint64 firstBrokenSeq = 0; // 0 when ok
        QString reason; // plain words (translated) for the first broken link
        qint64 headSeq = 0; // the verified position, for the dossier's closing statement
        QByteArray headHash; // hex
        // 0 when the whole chain was walked.
        qint64 resumedAfter = 0;
        QDateTime checkpointVerifiedAt; // UTC
        QString checkpointRefused;
    };
    Verification verify() const;

    enum class Scope {
        SinceCheckpoint, // from the verified checkpoint on (the whole chain when there is none)
        Full, // every event, whatever the checkpoint says
    };
    // Failing to write the checkpoint costs only time, never the result.
    Verification verifyWithCheckpoint(Scope scope) const;
    Verification verifyEntity(const QString &entityType, const QString &entityId) const;
    Verification verifyFrom(qint64 seq, const QByteArray &hash) const;

    // A read that failed is an error, never an empty history.
    QList<AuditEvent> eventsFor(const QString &entityType, const QString &entityId,
                                ServiceError *error = nullptr) const;
    // A store folder records none: there RecordedState finds such a change.
    QList<AuditEvent> changesByHand(const QString &table, qint64 rowId,
                                    ServiceError *error = nullptr) const;
    struct ChangesByHand
    {
        int total = 0;
        QList<AuditEvent> latest;
    };
    std::optional<ChangesByHand> allChangesByHand(int latest, ServiceError *error) const;
    // -1 with *error when the database refuses.
    int destroyPayloads(const QString &entityType, const QString &entityId, QString *error);

private:
    bool appendOnServer(const QList<AuditEntry> &entries, QString *error);
    static QList<AuditEvent> unreadable(const QString &driverError, ServiceError *error);
    QByteArray eventHash(QByteArrayView prevHash, qint64 seq, const QString &occurredAt,
                         const QString &actor, const QString &entityType, const QString &entityId,
                         const QString &action, QByteArrayView payloadHashBytes) const;
    struct Row;
    QString rowProblem(const Row &row, const QByteArray &expectedPrev) const;
    bool keepsCheckpoints() const;
    QByteArray checkpointMac(qint64 seq, QByteArrayView hash) const;
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
