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

// The SQL of the audit trail's tables and the server's functions over them; the chain's rules stay
// in AuditLog and RecordedState. A failure gives the driver's own text, which the caller words.
class AuditRepository final
{
public:
    // The columns of headSql() and sealedHeadSql().
    enum HeadColumn { HeadSeq, HeadHash };
    // Plain text: the store's anchor runs it on SQLite's own handle inside the WAL hook.
    static const char *headSql();
    // With this transaction's own events: on a server they are sealed onto the chain first, which
    // holds the chain until the transaction ends.
    static QString sealedHeadSql(const QSqlDatabase &db);
    static const char *eventSql();
    static QString detailsCountSql(const QString &condition);
    // "a.entity_type || ''" keeps SQLite's planner on the action's index; PostgreSQL has no unary
    // "+" for text.
    static QString eventRecordedSql(const QString &entityIdSql, const QString &entityType,
                                    const QString &action, const QString &payloadLike);

    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    static bool head(const QSqlDatabase &db, std::optional<Head> *head, QString *error);
    static std::optional<qint64> othersCommitted(const QSqlDatabase &db, QString *error);

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
    // Several rows per INSERT: each INSERT runs the append-only trigger and SQLCipher journals its
    // pages.
    static std::optional<QString> insert(const QSqlDatabase &db, const QList<NewRow> &rows);

    // Several events run in a savepoint of their own, so a refused one leaves the caller's
    // transaction usable.
    static bool appendOnServer(const QSqlDatabase &db, const QList<AuditEntry> &entries,
                               QString *error);

    static bool eventsOf(const QSqlDatabase &db, const QString &entityType, const QString &entityId,
                         QList<AuditEvent> *events, QString *error);
    static bool changesByHand(const QSqlDatabase &db, const QString &table, qint64 rowId,
                              QList<AuditEvent> *events, QString *error);
    static bool allChangesByHand(const QSqlDatabase &db, int latest, QList<AuditEvent> *events,
                                 int *total, QString *error);
    // A store folder has no row trail: true and none.
    static bool rowChangesOf(const QSqlDatabase &db, const QString &entityType,
                             const QString &entityId, QHash<qint64, RowChange> *changes,
                             QString *error);
    static int destroyPayloads(const QSqlDatabase &db, const QString &entityType,
                               const QString &entityId, const QString &destroyedAt, QString *error);

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
    class ChainRows final
    {
        Q_DISABLE_COPY_MOVE(ChainRows)
    public:
        explicit ChainRows(const QSqlDatabase &db);
        bool fromSeq(qint64 startSeq, QString *error);
        bool ofEntity(const QString &entityType, const QString &entityId, QString *error);
        bool next();
        ChainRow row() const;
        std::optional<QByteArray> previousHash() const;
        QString errorText() const;

    private:
        QSqlDatabase m_db;
        QSqlQuery m_query;
    };

    struct Checkpoint
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray mac;
        QString verifiedAt;
    };
    // missingTable: a store from before migration 22.
    static bool checkpoint(const QSqlDatabase &db, std::optional<Checkpoint> *checkpoint,
                           bool *missingTable, QString *error);
    static bool hashOf(const QSqlDatabase &db, qint64 seq, std::optional<QByteArray> *hash,
                       QString *error);
    static bool keepCheckpoint(const QSqlDatabase &db, qint64 seq, const QByteArray &hash,
                               const QByteArray &mac, const QString &verifiedAt, QString *error);
    static bool dropCheckpoint(const QSqlDatabase &db, QString *error);

    // In the byte order of entity id (SQLite's BINARY, PostgreSQL's "C"), as RecordedState merges
    // them.
    class EntityEvents final
    {
        Q_DISABLE_COPY_MOVE(EntityEvents)
    public:
        EntityEvents(const QSqlDatabase &db, const QString &entityType);
        bool exec(QString *error);
        bool next();
        QByteArray entityIdBytes() const; // the entity id's UTF-8 bytes
        QString action() const;
        QByteArray payload() const;
        bool payloadDestroyed() const;
        QString errorText() const;

    private:
        QSqlDatabase m_db;
        QSqlQuery m_query;
    };
};

} // namespace pd
