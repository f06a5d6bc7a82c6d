#pragma once

#include "audit/AuditLog.h"
#include "audit/RowChange.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pd {

// The statements of the audit trail's own tables: audit_events, audit_checkpoints
// and the server's functions over them (pd_audit_append, pd_audit_destroy_payloads,
// pd_audit_keep_checkpoint, pd_audit_drop_checkpoint). The chain's rules (hashing, linking,
// verifying, the checkpoint's MAC, the sentences) stay in AuditLog and RecordedState; their SQL
// is written here. Every function runs on the connection it is given, inside the caller's
// transaction where there is one; a failure gives the driver's own text, which the caller words.
class AuditRepository final
{
public:
    // --- statements other code runs itself ---

    // The chain's last event: seq, hash (no row when the trail is empty). Plain text, because
    // the store's anchor also runs it on SQLite's own handle inside the WAL hook.
    static const char *headSql();
    // The head including this transaction's own events, for a record that names it inside the
    // transaction (a destruction's): on a server the transaction's waiting events are sealed
    // onto the chain first, which holds the chain until the transaction ends.
    static QString sealedHeadSql(const QSqlDatabase &db);
    // One event's seq and hash by its seq (one '?').
    static const char *eventSql();
    // The number of events (alias a) whose details are not destroyed, of the entities the
    // condition names on a.entity_type and a.entity_id (its own '?'s).
    static QString detailsCountSql(const QString &condition);
    // A condition: the entity whose id is entityIdSql (a column of the caller's query) has an
    // event of that type and action whose details contain payloadLike (a LIKE pattern). The
    // entity type is compared as "a.entity_type || ''", which keeps SQLite's planner on the
    // action's index (audit_events_extended, migration 0009) where the entity's would read every
    // event of the entity; PostgreSQL has no unary "+" for text.
    static QString eventRecordedSql(const QString &entityIdSql, const QString &entityType,
                                    const QString &action, const QString &payloadLike);

    // --- appending ---

    // The last event of the chain: its seq and hash.
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    // false with *error when the read failed; *head empty when the trail is empty.
    static bool head(const QSqlDatabase &db, std::optional<Head> *head, QString *error);
    // On a server store: how many audit events other sessions have committed
    // (pd_audit_others(), resources/server/audit.sql), for ChangeFeed; nullopt with *error
    // when the server did not answer.
    static std::optional<qint64> othersCommitted(const QSqlDatabase &db, QString *error);

    // One event as it is inserted, hashed along the chain (a store folder's append).
    struct NewRow
    {
        qint64 seq = 0;
        QString occurredAt;
        AuditEntry entry;
        QByteArray payload; // the hashed JSON text, UTF-8
        QByteArray salt;
        QByteArray payloadHash;
        QByteArray prevHash;
        QByteArray hash;
    };
    // Inserts rows in order, several per INSERT (every INSERT runs the append-only
    // trigger, and SQLCipher encrypts the pages each statement changes into its journal); more
    // than one INSERT run inside a savepoint of their own, rolled back when one fails. The
    // failing statement's error text, or nothing when every row is in.
    static std::optional<QString> insert(const QSqlDatabase &db, const QList<NewRow> &rows);

    // A server store's one door for events (resources/server/audit.sql): pd_audit_append, many
    // events per call as a JSON array of [entity_type, entity_id, action, payload]; more than
    // one event inside a savepoint of their own, rolled back when the server refuses one, so
    // the caller's transaction stays usable. false with *error (the driver's text).
    static bool appendOnServer(const QSqlDatabase &db, const QList<AuditEntry> &entries,
                               QString *error);

    // --- reading ---

    // One entity's events in order; false with *error (the driver's text) when the read was
    // refused or broke off.
    static bool eventsOf(const QSqlDatabase &db, const QString &entityType, const QString &entityId,
                         QList<AuditEvent> *events, QString *error);
    // On a server: the changes made by hand to one row of a table, as the server records them
    // (entity "table", action "sql.changed", the row's id in the payload). As eventsOf.
    static bool changesByHand(const QSqlDatabase &db, const QString &table, qint64 rowId,
                              QList<AuditEvent> *events, QString *error);
    // Every change made by hand that the server recorded (sql.changed, about any entity or
    // table): how many in *total, and the latest `latest` of them in order.
    static bool allChangesByHand(const QSqlDatabase &db, int latest, QList<AuditEvent> *events,
                                 int *total, QString *error);
    // On a server: the row trail's records that an entity's sql.changed events name (the
    // payload's 'change' in the event's transaction), by the event's seq. A store folder has no
    // row trail: true and none.
    static bool rowChangesOf(const QSqlDatabase &db, const QString &entityType,
                             const QString &entityId, QHash<qint64, RowChange> *changes,
                             QString *error);
    // Destroys the payloads of one entity's events (on a server through its function); how
    // many, or -1 with *error (the driver's text).
    static int destroyPayloads(const QSqlDatabase &db, const QString &entityType,
                               const QString &entityId, const QString &destroyedAt, QString *error);

    // --- verifying ---

    // One event as verify checks it: its columns as stored.
    struct ChainRow
    {
        qint64 seq = 0;
        QString occurredAt;
        QString actor;
        QString entityType;
        QString entityId;
        QString action;
        QVariant payload;
        QVariant salt;
        QByteArray payloadDigest;
        QByteArray prevHash;
        QByteArray storedHash;
        bool destroyedRecorded = false;
    };
    // The chain's events as a cursor, streamed (one row in memory): from a seq on, or one
    // entity's with the hash of the event before each.
    class ChainRows final
    {
        Q_DISABLE_COPY_MOVE(ChainRows)
    public:
        explicit ChainRows(const QSqlDatabase &db);
        // Every event from startSeq on, in order. false with *error when refused.
        bool fromSeq(qint64 startSeq, QString *error);
        // One entity's events in order, each with the hash of the event before it
        // (previousHash). false with *error when refused.
        bool ofEntity(const QString &entityType, const QString &entityId, QString *error);
        bool next();
        ChainRow row() const;
        // The hash of the event before this one (ofEntity); empty when that event is missing.
        std::optional<QByteArray> previousHash() const;
        // The read's error text when it broke off; empty when none.
        QString errorText() const;

    private:
        QSqlDatabase m_db;
        QSqlQuery m_query;
    };

    // The stored checkpoint.
    struct Checkpoint
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray mac;
        QString verifiedAt;
    };
    // false with *error when the read failed (missingTable: the store has no such table, from
    // before migration 22); *checkpoint empty when there is none.
    static bool checkpoint(const QSqlDatabase &db, std::optional<Checkpoint> *checkpoint,
                           bool *missingTable, QString *error);
    // The hash event seq is stored with; empty when there is no such event. false with *error
    // when the read failed.
    static bool hashOf(const QSqlDatabase &db, qint64 seq, std::optional<QByteArray> *hash,
                       QString *error);
    // The checkpoint moved to seq and hash: on a store folder with the mac and the moment given,
    // on a server by its own function (which checks the hash and computes the row). false with
    // *error.
    static bool keepCheckpoint(const QSqlDatabase &db, qint64 seq, const QByteArray &hash,
                               const QByteArray &mac, const QString &verifiedAt, QString *error);
    // The checkpoint dropped (the chain is broken). false with *error.
    static bool dropCheckpoint(const QSqlDatabase &db, QString *error);

    // The events of one entity type in the byte order of their entity id (SQLite's BINARY,
    // PostgreSQL's "C"), then in order: what RecordedState merges with the rows it checks. A
    // cursor: exec() once, then next() while it is true.
    class EntityEvents final
    {
        Q_DISABLE_COPY_MOVE(EntityEvents)
    public:
        EntityEvents(const QSqlDatabase &db, const QString &entityType);
        // false with *error (the driver's text) when the read was refused.
        bool exec(QString *error);
        bool next();
        QByteArray entityIdBytes() const; // the entity id's UTF-8 bytes
        QString action() const;
        QByteArray payload() const;
        bool payloadDestroyed() const;
        // The read's error text when it broke off; empty when none.
        QString errorText() const;

    private:
        QSqlDatabase m_db;
        QSqlQuery m_query;
    };
};

} // namespace pd
