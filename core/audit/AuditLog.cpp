#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <array>
#include <optional>
#include <sodium.h>
#include <vector>

// Wire format of the chain (version "privacydesk-audit-v1"). Changing any of this breaks
// every existing chain, so it is written down here exactly:
//
//   genesis      = SHA-256("privacydesk-audit-v1" ‖ store id)
//                  store id: QUuid text without braces, lower case, UTF-8 ("1b4e28ba-...").
//                  Plain concatenation: the tag has a fixed length, so nothing is ambiguous.
//   payload      = QJsonDocument(payload).toJson(Compact), UTF-8; the stored text is exactly
//                  the hashed text ("{}" for an empty payload; never NULL until destroyed).
//   payload_hash = SHA-256(salt ‖ payload), salt = 16 bytes from randombytes_buf.
//   hash         = SHA-256(F(prev_hash) ‖ F(seq) ‖ F(occurred_at) ‖ F(actor) ‖ F(entity_type) ‖
//                          F(entity_id) ‖ F(action) ‖ F(payload_hash))
//                  F(x) = 4-byte big-endian byte length of x ‖ x
//                  seq as 8-byte big-endian signed integer; prev_hash and payload_hash as
//                  their raw 32 bytes; text fields as their stored UTF-8 bytes.
//   occurred_at  = UTC, ISO 8601 with milliseconds ("2024-05-01T09:30:00.000Z"), hashed as
//                  the exact stored text, so verification never reformats a date.
//   payload_hash, prev_hash, hash are stored as BLOBs of 32 raw bytes; headHash is hex.
//
// Keyed chain (from the store's keyedFrom seq on, issue 15): the same input bytes, hashed with
//   hash = crypto_generichash (BLAKE2b), 32 bytes, keyed with the store's 32-byte audit key
// (random, kept wrapped in the keyring). Events before keyedFrom (written before keying) keep
// SHA-256. keyedFrom itself is in the keyring, under its MAC.

using namespace Qt::StringLiterals;

namespace pd {

using namespace auditchain;

namespace {

struct ChainKeyEntry
{
    std::shared_ptr<const SecureBytes> key;
    qint64 keyedFrom = 0;
};

QMutex &chainKeyMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ChainKeyEntry> &chainKeys()
{
    static QHash<QString, ChainKeyEntry> keys;
    return keys;
}

QHash<QString, std::shared_ptr<const SecureBytes>> &checkpointKeys()
{
    static QHash<QString, std::shared_ptr<const SecureBytes>> keys;
    return keys;
}

// One row of a batch, hashed along the chain before anything is written.
struct PendingRow
{
    QString occurredAt;
    QByteArray payload;
    QByteArray salt;
    QByteArray payloadHash;
    QByteArray prevHash;
    QByteArray hash;
};

// Inserts the hashed rows of entries, from seq firstSeq on. Several rows per INSERT (issue 19):
// every INSERT into audit_events runs the append-only trigger, which may abort, so SQLite keeps
// a statement journal for it, and SQLCipher encrypts every page the statement changes into that
// journal. One row per statement encrypted the table's last pages once per event (a third of an
// import's page crypto). One INSERT is atomic on its own; more are made so by a savepoint of
// their own. The failing statement's error text, or nothing when every row is in.
std::optional<QString> insertRows(const QSqlDatabase &db, qint64 firstSeq,
                                  const QList<AuditEntry> &entries,
                                  const std::vector<PendingRow> &rows)
{
    constexpr qsizetype rowsPerInsert = 64; // 704 parameters: below SQLite's limit of 999
    QSqlQuery insert(db);
    qsizetype preparedRows = 0;
    const auto prepare = [&](qsizetype count) {
        QString sql = u"INSERT INTO audit_events (seq, occurred_at, actor, entity_type, "
                      "entity_id, action, payload, payload_salt, payload_hash, prev_hash, hash) "
                      "VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                          : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        preparedRows = count;
        return insert.prepare(sql);
    };
    const bool several = entries.size() > rowsPerInsert;
    QSqlQuery savepoint(db);
    if (several && !savepoint.exec(u"SAVEPOINT pd_audit_batch"_s))
        return savepoint.lastError().text();
    const auto undo = [&](const QString &failure) {
        if (several) {
            QSqlQuery rollback(db);
            rollback.exec(u"ROLLBACK TO SAVEPOINT pd_audit_batch"_s);
            rollback.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s);
        }
        return failure;
    };
    for (qsizetype first = 0; first < entries.size(); first += rowsPerInsert) {
        const qsizetype count = std::min(rowsPerInsert, entries.size() - first);
        if (count != preparedRows && !prepare(count))
            return undo(insert.lastError().text());
        for (qsizetype i = 0; i < count; ++i) {
            const AuditEntry &entry = entries.at(first + i);
            const PendingRow &row = rows.at(size_t(first + i));
            const int base = int(i) * 11;
            insert.bindValue(base, firstSeq + first + i);
            insert.bindValue(base + 1, row.occurredAt);
            insert.bindValue(base + 2, entry.actor);
            insert.bindValue(base + 3, entry.entityType);
            insert.bindValue(base + 4, entry.entityId);
            insert.bindValue(base + 5, entry.action);
            insert.bindValue(base + 6, QString::fromUtf8(row.payload));
            insert.bindValue(base + 7, row.salt);
            insert.bindValue(base + 8, row.payloadHash);
            insert.bindValue(base + 9, row.prevHash);
            insert.bindValue(base + 10, row.hash);
        }
        if (!insert.exec())
            return undo(insert.lastError().text());
    }
    if (several && !savepoint.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s))
        return undo(savepoint.lastError().text());
    return std::nullopt;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, QString storeId, const Clock &clock)
    : m_db(std::move(db))
    , m_storeId(std::move(storeId))
    , m_clock(clock)
{
    const QMutexLocker locker(&chainKeyMutex());
    const auto found = chainKeys().constFind(m_db.connectionName());
    if (found != chainKeys().constEnd()) {
        m_chainKey = found->key;
        m_keyedFrom = found->keyedFrom;
    }
    m_checkpointKey = checkpointKeys().value(m_db.connectionName());
}

void AuditLog::setChainKey(const QString &connectionName, const SecureBytes &key, qint64 keyedFrom)
{
    const QMutexLocker locker(&chainKeyMutex());
    chainKeys().insert(connectionName,
                       { std::make_shared<const SecureBytes>(key.clone()), keyedFrom });
}

void AuditLog::clearChainKey(const QString &connectionName)
{
    const QMutexLocker locker(&chainKeyMutex());
    chainKeys().remove(connectionName);
}

void AuditLog::setCheckpointKey(const QString &connectionName, const SecureBytes &key)
{
    const QMutexLocker locker(&chainKeyMutex());
    checkpointKeys().insert(connectionName, std::make_shared<const SecureBytes>(key.clone()));
}

void AuditLog::clearCheckpointKey(const QString &connectionName)
{
    const QMutexLocker locker(&chainKeyMutex());
    checkpointKeys().remove(connectionName);
}

QByteArray AuditLog::genesis(const QString &storeId)
{
    return genesisHash(storeId);
}

QByteArray AuditLog::eventHash(QByteArrayView prevHash, qint64 seq, const QString &occurredAt,
                               const QString &actor, const QString &entityType,
                               const QString &entityId, const QString &action,
                               QByteArrayView payloadHashBytes) const
{
    std::array<char, 8> seqBytes {};
    qToBigEndian(seq, seqBytes.data());
    QByteArray input;
    addField(input, prevHash);
    addField(input, QByteArrayView(seqBytes.data(), qsizetype(seqBytes.size())));
    addField(input, occurredAt.toUtf8());
    addField(input, actor.toUtf8());
    addField(input, entityType.toUtf8());
    addField(input, entityId.toUtf8());
    addField(input, action.toUtf8());
    addField(input, payloadHashBytes);
    if (!m_chainKey || m_keyedFrom < 1 || seq < m_keyedFrom)
        return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    QByteArray result(hashSize, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char *>(result.data()), size_t(hashSize),
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<unsigned long long>(input.size()), m_chainKey->data(),
                           m_chainKey->size())
        != 0)
        return {};
    return result;
}

bool AuditLog::append(const QString &actor, const QString &entityType, const QString &entityId,
                      const QString &action, const QJsonObject &payload, QString *error)
{
    return appendBatch({ AuditEntry { actor, entityType, entityId, action, payload } }, error);
}

bool AuditLog::appendBatch(const QList<AuditEntry> &entries, QString *error)
{
    for (const AuditEntry &entry : entries) {
        if (entry.actor.isEmpty() || entry.entityType.isEmpty() || entry.entityId.isEmpty()
            || entry.action.isEmpty()) {
            //: Dutch: "Een gebeurtenis in het auditspoor heeft een gebruiker, een soort, een
            //: kenmerk en een handeling nodig."
            setError(error,
                     tr("An audit event needs an actor, an entity type, an entity id and an "
                        "action."));
            return false;
        }
    }
    // Reading the head and inserting after it is only safe under the write lock, and a change
    // without its event must never commit: so the caller's transaction is required.
    if (!sql::isInTransaction(m_db)) {
        //: Dutch: "Een gebeurtenis in het auditspoor kan alleen binnen een transactie worden
        //: vastgelegd, samen met de wijziging die zij beschrijft."
        setError(error,
                 tr("An audit event can only be recorded inside a transaction, together "
                    "with the change it describes."));
        return false;
    }
    if (entries.isEmpty())
        return true;
    if (sql::isServer(m_db))
        return appendOnServer(entries, error);
    if (!initSodium()) {
        //: Dutch: "De cryptografische bibliotheek (libsodium) werkt niet."
        setError(error, tr("The cryptographic library (libsodium) does not work."));
        return false;
    }

    QSqlQuery head(m_db);
    head.setForwardOnly(true);
    if (!head.exec(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s)) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        setError(error, tr("The audit trail could not be read: %1").arg(head.lastError().text()));
        return false;
    }
    qint64 seq = 1;
    QByteArray prevHash = genesisHash(m_storeId);
    if (head.next()) {
        seq = head.value(0).toLongLong() + 1;
        prevHash = head.value(1).toByteArray();
    }
    head.finish();

    // The rows, hashed in order along the chain, before anything is written.
    std::vector<PendingRow> rows;
    rows.reserve(size_t(entries.size()));
    for (const AuditEntry &entry : entries) {
        PendingRow row;
        row.occurredAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
        row.payload = QJsonDocument(entry.payload).toJson(QJsonDocument::Compact);
        row.salt = QByteArray(saltSize, Qt::Uninitialized);
        randombytes_buf(row.salt.data(), size_t(row.salt.size()));
        row.payloadHash = payloadHash(row.salt, row.payload);
        row.hash = eventHash(prevHash, seq + qint64(rows.size()), row.occurredAt, entry.actor,
                             entry.entityType, entry.entityId, entry.action, row.payloadHash);
        if (row.hash.size() != hashSize) {
            setError(error,
                     tr("The event could not be recorded in the audit trail: %1").arg(QString()));
            return false;
        }
        row.prevHash = prevHash;
        prevHash = row.hash;
        rows.push_back(std::move(row));
    }

    if (const std::optional<QString> failure = insertRows(m_db, seq, entries, rows)) {
        //: Dutch: "De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1"
        setError(error, tr("The event could not be recorded in the audit trail: %1").arg(*failure));
        return false;
    }
    return true;
}

// A server store computes the chain itself (resources/server/audit.sql): the client names the
// events, the server's trigger gives each its seq, moment, actor (the login role), salt and
// hashes, in the order given. No application role may INSERT into the trail (issue 36): the
// events go through the server's one door, pd_audit_append, which checks that the login's role
// may record each of them, as a JSON array of [entity_type, entity_id, action, payload], many
// per call. A statement PostgreSQL refuses aborts the whole transaction, so a batch of more than
// one event runs inside a savepoint of its own: a refused batch leaves the caller's transaction
// usable, as on SQLite. A single event does not pay the two round trips: its refusal leaves the
// caller's transaction failed, which the caller rolls back anyway.
bool AuditLog::appendOnServer(const QList<AuditEntry> &entries, QString *error)
{
    constexpr qsizetype eventsPerCall = 512;
    const auto failed = [error](const QSqlQuery &query) {
        setError(error,
                 tr("The event could not be recorded in the audit trail: %1")
                     .arg(query.lastError().text()));
        return false;
    };
    const bool several = entries.size() > 1;
    QSqlQuery savepoint(m_db);
    if (several && !savepoint.exec(u"SAVEPOINT pd_audit_batch"_s))
        return failed(savepoint);
    QSqlQuery append(m_db);
    bool ok = append.prepare(u"SELECT pd_audit_append(CAST(? AS jsonb))"_s);
    for (qsizetype first = 0; ok && first < entries.size(); first += eventsPerCall) {
        const qsizetype count = std::min(eventsPerCall, entries.size() - first);
        QJsonArray events;
        for (qsizetype i = first; i < first + count; ++i) {
            const AuditEntry &entry = entries.at(i);
            events.append(QJsonArray {
                entry.entityType, entry.entityId, entry.action,
                QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)) });
        }
        append.addBindValue(
            QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)));
        ok = append.exec();
    }
    if (!ok) {
        failed(append);
        if (several) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK TO SAVEPOINT pd_audit_batch"_s);
            rollback.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s);
        }
        return false;
    }
    if (several && !savepoint.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s))
        return failed(savepoint);
    return true;
}

QList<AuditEvent> AuditLog::eventsFor(const QString &entityType, const QString &entityId,
                                      ServiceError *error) const
{
    return readEvents(u"entity_type = ? AND entity_id = ?"_s, { entityType, entityId }, error);
}

QList<AuditEvent> AuditLog::changesByHand(const QString &table, qint64 rowId,
                                          ServiceError *error) const
{
    if (!sql::isServer(m_db)) {
        if (error)
            *error = {};
        return {}; // nothing in a store folder records them
    }
    return readEvents(u"entity_type = 'table' AND entity_id = ? AND action = 'sql.changed' AND "
                      "payload::jsonb ->> 'id' = ?"_s,
                      { table, QString::number(rowId) }, error);
}

QList<AuditEvent> AuditLog::readEvents(const QString &where, const QVariantList &values,
                                       ServiceError *error) const
{
    if (error)
        *error = {};
    // The audit layer sits below the store, so not ServiceError::fromSql: the sentence of
    // verify(), with SQLite's own text as the detail.
    const auto readFailure = [error](const QSqlError &sqlError) {
        qWarning("AuditLog::eventsFor: %s", qPrintable(sqlError.text()));
        if (error)
            *error = { ServiceError::Code::Storage,
                       tr("The audit trail could not be read: %1").arg(sqlError.text()),
                       {},
                       sqlError.text() };
        return QList<AuditEvent>();
    };
    QList<AuditEvent> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A refused prepare keeps SQLite's reason; exec() would only say that nothing was prepared.
    if (!query.prepare(u"SELECT seq, occurred_at, actor, entity_type, entity_id, action, payload "
                       "FROM audit_events WHERE %1 ORDER BY seq"_s.arg(where)))
        return readFailure(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return readFailure(query.lastError());
    while (query.next()) {
        AuditEvent event;
        event.seq = query.value(0).toLongLong();
        event.occurredAt
            = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
        event.actor = query.value(2).toString();
        event.entityType = query.value(3).toString();
        event.entityId = query.value(4).toString();
        event.action = query.value(5).toString();
        const QVariant payload = query.value(6);
        if (payload.isNull()) {
            event.payloadDestroyed = true;
        } else {
            QJsonParseError parseError;
            const QJsonDocument document
                = QJsonDocument::fromJson(payload.toString().toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                qWarning("AuditLog::eventsFor: payload of event %lld is not JSON", event.seq);
            event.payload = document.object();
        }
        events.append(event);
    }
    if (query.lastError().isValid()) // a step that failed part-way: not the whole history
        return readFailure(query.lastError());
    return events;
}

int AuditLog::destroyPayloads(const QString &entityType, const QString &entityId, QString *error)
{
    if (sql::isServer(m_db)) {
        // The only change the server allows on an audit row, through its own function.
        QSqlQuery destroy(m_db);
        destroy.prepare(u"SELECT pd_audit_destroy_payloads(?, ?)"_s);
        destroy.addBindValue(entityType);
        destroy.addBindValue(entityId);
        if (!destroy.exec() || !destroy.next()) {
            setError(error,
                     tr("The details in the audit trail could not be destroyed: %1")
                         .arg(destroy.lastError().text()));
            return -1;
        }
        return destroy.value(0).toInt();
    }
    // One statement, so atomic on its own; inside a caller's transaction it commits with it.
    // secure_delete (set by the driver) overwrites the freed bytes in the database file.
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE audit_events SET payload = NULL, payload_salt = NULL, "
                  "payload_destroyed_at = ? "
                  "WHERE entity_type = ? AND entity_id = ? AND payload IS NOT NULL"_s);
    query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    if (!query.exec()) {
        //: Dutch: "De details in het auditspoor konden niet worden vernietigd: %1"
        setError(error,
                 tr("The details in the audit trail could not be destroyed: %1")
                     .arg(query.lastError().text()));
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace pd
