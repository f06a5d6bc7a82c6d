#include "audit/AuditLog.h"

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

namespace {

constexpr qsizetype saltSize = 16;
constexpr qsizetype hashSize = 32;
constexpr auto chainTag = "privacydesk-audit-v1";

QByteArray genesisHash(const QString &storeId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(chainTag));
    hash.addData(storeId.toUtf8());
    return hash.result();
}

QByteArray payloadHash(QByteArrayView salt, QByteArrayView payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(payload);
    return hash.result();
}

void addField(QByteArray &input, QByteArrayView bytes)
{
    std::array<char, 4> length {};
    qToBigEndian(static_cast<quint32>(bytes.size()), length.data());
    input.append(length.data(), qsizetype(length.size()));
    input.append(bytes);
}

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

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
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
    struct Pending
    {
        QString occurredAt;
        QByteArray payload;
        QByteArray salt;
        QByteArray payloadHash;
        QByteArray prevHash;
        QByteArray hash;
    };
    std::vector<Pending> rows;
    rows.reserve(size_t(entries.size()));
    for (const AuditEntry &entry : entries) {
        Pending row;
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

    // Several rows per INSERT (issue 19): every INSERT into audit_events runs the append-only
    // trigger, which may abort, so SQLite keeps a statement journal for it, and SQLCipher
    // encrypts every page the statement changes into that journal. One row per statement
    // encrypted the table's last pages once per event (a third of an import's page crypto).
    constexpr qsizetype rowsPerInsert = 64; // 704 parameters: below SQLite's limit of 999
    QSqlQuery insert(m_db);
    qsizetype preparedRows = 0;
    const auto insertFailed = [&insert, error] {
        //: Dutch: "De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1"
        setError(error,
                 tr("The event could not be recorded in the audit trail: %1")
                     .arg(insert.lastError().text()));
        return false;
    };
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
    // One INSERT is atomic on its own; more are made so by a savepoint of their own.
    const bool several = entries.size() > rowsPerInsert;
    QSqlQuery savepoint(m_db);
    if (several && !savepoint.exec(u"SAVEPOINT pd_audit_batch"_s)) {
        setError(error,
                 tr("The event could not be recorded in the audit trail: %1")
                     .arg(savepoint.lastError().text()));
        return false;
    }
    const auto undo = [&] {
        if (several) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK TO SAVEPOINT pd_audit_batch"_s);
            rollback.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s);
        }
        return false;
    };
    for (qsizetype first = 0; first < entries.size(); first += rowsPerInsert) {
        const qsizetype count = std::min(rowsPerInsert, entries.size() - first);
        if (count != preparedRows && !prepare(count)) {
            insertFailed();
            return undo();
        }
        for (qsizetype i = 0; i < count; ++i) {
            const AuditEntry &entry = entries.at(first + i);
            const Pending &row = rows.at(size_t(first + i));
            const int base = int(i) * 11;
            insert.bindValue(base, seq + first + i);
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
        if (!insert.exec()) {
            insertFailed();
            return undo();
        }
    }
    if (several && !savepoint.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s)) {
        setError(error,
                 tr("The event could not be recorded in the audit trail: %1")
                     .arg(savepoint.lastError().text()));
        return undo();
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

struct AuditLog::Row
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

    // From the columns of rowColumns, in that order.
    static Row from(const QSqlQuery &query)
    {
        constexpr int first = 0;
        Row row;
        row.seq = query.value(first).toLongLong();
        row.occurredAt = query.value(first + 1).toString();
        row.actor = query.value(first + 2).toString();
        row.entityType = query.value(first + 3).toString();
        row.entityId = query.value(first + 4).toString();
        row.action = query.value(first + 5).toString();
        row.payload = query.value(first + 6);
        row.salt = query.value(first + 7);
        row.payloadDigest = query.value(first + 8).toByteArray();
        row.prevHash = query.value(first + 9).toByteArray();
        row.storedHash = query.value(first + 10).toByteArray();
        row.destroyedRecorded = !query.value(first + 11).isNull();
        return row;
    }
};

namespace {

constexpr auto rowColumns = "seq, occurred_at, actor, entity_type, entity_id, action, payload, "
                            "payload_salt, payload_hash, prev_hash, hash, payload_destroyed_at";
constexpr auto checkpointTag = "privacydesk-audit-checkpoint-v1";

} // namespace

QString AuditLog::rowProblem(const Row &row, const QByteArray &expectedPrev) const
{
    const qint64 seq = row.seq;
    if (row.prevHash != expectedPrev) {
        if (seq == 1) {
            //: Dutch: "Gebeurtenis 1 hoort niet bij dit archief: het begin van de keten klopt
            //: niet."
            return tr("Event 1 does not belong to this store: the start of its "
                      "chain does not match.");
        }
        //: Dutch: "Gebeurtenis %1 sluit niet aan op gebeurtenis %2: er zijn gebeurtenissen
        //: ingevoegd, verwijderd of van volgorde verwisseld."
        return tr("Event %1 does not follow on from event %2: events were "
                  "inserted, removed or put in a different order.")
            .arg(seq)
            .arg(seq - 1);
    }
    if (row.storedHash.size() != hashSize || row.payloadDigest.size() != hashSize
        || row.storedHash
            != eventHash(row.prevHash, seq, row.occurredAt, row.actor, row.entityType, row.entityId,
                         row.action, row.payloadDigest)) {
        //: Dutch: "Gebeurtenis %1 is na het vastleggen gewijzigd: haar gegevens (tijdstip,
        //: gebruiker, onderwerp of handeling) passen niet meer bij haar hash."
        return tr("Event %1 was changed after it was recorded: its time, user, "
                  "subject or action no longer match its hash.")
            .arg(seq);
    }
    if (!row.payload.isNull()) {
        if (row.salt.isNull()) {
            //: Dutch: "Gebeurtenis %1 heeft nog een inhoud maar geen zout meer: de inhoud
            //: kan niet worden gecontroleerd."
            return tr("Event %1 still has its details but no longer its salt: "
                      "the details cannot be checked.")
                .arg(seq);
        }
        if (payloadHash(row.salt.toByteArray(), row.payload.toString().toUtf8())
            != row.payloadDigest) {
            //: Dutch: "De details van gebeurtenis %1 zijn na het vastleggen gewijzigd:
            //: ze passen niet meer bij hun hash."
            return tr("The details of event %1 were changed after it was "
                      "recorded: they no longer match their hash.")
                .arg(seq);
        }
    } else if (!row.salt.isNull() || !row.destroyedRecorded) {
        // Destruction removes payload and salt together and records when; anything else
        // was done outside destroyPayloads().
        //: Dutch: "De details van gebeurtenis %1 zijn verwijderd buiten de bewaarregels om."
        return tr("The details of event %1 were removed other than by the "
                  "retention rules.")
            .arg(seq);
    }
    return {};
}

AuditLog::Verification AuditLog::verify() const
{
    return walk(1, genesisHash(m_storeId));
}

AuditLog::Verification AuditLog::verifyFrom(qint64 seq, const QByteArray &hash) const
{
    Verification result = walk(seq + 1, hash);
    result.resumedAfter = seq;
    return result;
}

AuditLog::Verification AuditLog::walk(qint64 startSeq, const QByteArray &prevHash) const
{
    Verification result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true); // streams: one row in memory, whatever the length of the chain
    // A prepared statement keeps SQLite's reason when it is refused.
    bool read = query.prepare(u"SELECT %1 FROM audit_events WHERE seq >= ? ORDER BY seq"_s.arg(
        QLatin1StringView(rowColumns)));
    if (read) {
        query.addBindValue(startSeq);
        read = query.exec();
    }
    if (!read) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(query.lastError().text());
        return result;
    }

    qint64 expectedSeq = startSeq;
    QByteArray expectedPrev = prevHash;
    if (startSeq > 1) { // resuming: the head so far is the checkpoint
        result.headSeq = startSeq - 1;
        result.headHash = prevHash.toHex();
    }
    const auto broken = [&result](qint64 seq, const QString &reason) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.reason = reason;
        return result;
    };

    while (query.next()) {
        const Row row = Row::from(query);
        const qint64 seq = row.seq;
        if (seq != expectedSeq) {
            if (seq > expectedSeq && expectedSeq == 1) {
                //: Dutch: "Gebeurtenis 1 ontbreekt: het spoor begint pas bij %1."
                return broken(1, tr("Event 1 is missing: the chain starts at %1.").arg(seq));
            }
            if (seq > expectedSeq && seq == expectedSeq + 1) {
                //: Dutch: "Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3."
                return broken(expectedSeq,
                              tr("Event %1 is missing: the chain jumps from %2 to %3.")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(seq));
            }
            if (seq > expectedSeq) {
                //: Dutch: "Gebeurtenissen %1 tot en met %2 ontbreken: het spoor springt van %3
                //: naar %4."
                return broken(expectedSeq,
                              tr("Events %1 to %2 are missing: the chain jumps from %3 to %4.")
                                  .arg(expectedSeq)
                                  .arg(seq - 1)
                                  .arg(expectedSeq - 1)
                                  .arg(seq));
            }
            //: Dutch: "Gebeurtenis %1 heeft een ongeldig volgnummer; verwacht was %2."
            return broken(seq,
                          tr("Event %1 has an invalid sequence number; %2 was expected.")
                              .arg(seq)
                              .arg(expectedSeq));
        }
        if (const QString problem = rowProblem(row, expectedPrev); !problem.isEmpty())
            return broken(seq, problem);

        ++result.eventsChecked;
        result.headSeq = seq;
        result.headHash = row.storedHash.toHex();
        expectedSeq = seq + 1;
        expectedPrev = row.storedHash;
    }
    if (query.lastError().isValid()) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(query.lastError().text());
        return result;
    }
    result.ok = true;
    return result;
}

bool AuditLog::keepsCheckpoints() const
{
    return m_checkpointKey || sql::isServer(m_db);
}

QByteArray AuditLog::checkpointMac(qint64 seq, QByteArrayView hash) const
{
    std::array<char, 8> seqBytes {};
    qToBigEndian(seq, seqBytes.data());
    QByteArray input;
    addField(input, QByteArrayView(checkpointTag));
    addField(input, m_storeId.toUtf8());
    addField(input, QByteArrayView(seqBytes.data(), qsizetype(seqBytes.size())));
    addField(input, hash);
    // A server writes the row only through its own function (resources/server/audit.sql), which
    // computes the same fields under plain SHA-256: no key of the client's guards it there, the
    // server's privileges do.
    if (sql::isServer(m_db))
        return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    if (!m_checkpointKey || m_checkpointKey->size() < crypto_generichash_KEYBYTES_MIN
        || !initSodium())
        return {};
    QByteArray mac(hashSize, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(hashSize),
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<unsigned long long>(input.size()), m_checkpointKey->data(),
                           m_checkpointKey->size())
        != 0)
        return {};
    return mac;
}

AuditLog::Verification AuditLog::verifyWithCheckpoint(Scope scope) const
{
    if (scope == Scope::Full || !keepsCheckpoints()) {
        const Verification result = walk(1, genesisHash(m_storeId));
        keepCheckpoint(result, true);
        return result;
    }
    // The checkpoint, if the store has one and it holds.
    QString refused;
    qint64 seq = 0;
    QByteArray hash;
    QDateTime verifiedAt;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(
                u"SELECT seq, hash, mac, verified_at FROM audit_checkpoints WHERE id = 1"_s)) {
            // A store without the table (before migration 22) has no checkpoint; any other
            // refusal is reported, and the whole chain decides.
            if (sql::isServer(m_db) || m_db.tables().contains(u"audit_checkpoints"_s))
                //: Dutch: "Het laatst gecontroleerde punt van de audittrail kon niet worden
                //: gelezen (%1); de hele audittrail is gecontroleerd."
                refused = tr("The last verified position of the audit trail could not be read "
                             "(%1); the whole trail was verified.")
                              .arg(query.lastError().text());
        } else if (query.next()) {
            seq = query.value(0).toLongLong();
            hash = query.value(1).toByteArray();
            const QByteArray mac = query.value(2).toByteArray();
            verifiedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            const QByteArray expected = checkpointMac(seq, hash);
            if (seq < 1 || hash.size() != hashSize || mac.size() != hashSize
                || expected.size() != hashSize
                || crypto_verify_32(reinterpret_cast<const unsigned char *>(mac.constData()),
                                    reinterpret_cast<const unsigned char *>(expected.constData()))
                    != 0) {
                //: Dutch: "Het laatst gecontroleerde punt van de audittrail is niet aanvaard:
                //: de controlecode klopt niet (vervalst, van een andere kluis of van vóór een
                //: nieuwe hoofdsleutel); de hele audittrail is gecontroleerd."
                refused = tr("The last verified position of the audit trail was not accepted: "
                             "its authentication code does not match (forged, from another "
                             "store, or from before a new master key); the whole trail was "
                             "verified.");
                seq = 0;
            }
        }
    }
    if (seq > 0) {
        QSqlQuery event(m_db);
        event.setForwardOnly(true);
        event.prepare(u"SELECT hash FROM audit_events WHERE seq = ?"_s);
        event.addBindValue(seq);
        if (!event.exec()) {
            Verification failed;
            //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
            failed.reason
                = tr("The audit trail could not be read: %1").arg(event.lastError().text());
            return failed;
        }
        if (!event.next() || event.value(0).toByteArray() != hash) {
            //: Dutch: "Het laatst gecontroleerde punt van de audittrail (gebeurtenis %1)
            //: past niet meer bij de audittrail: die gebeurtenis ontbreekt of is gewijzigd;
            //: de hele audittrail is gecontroleerd."
            refused = tr("The last verified position of the audit trail (event %1) no longer "
                         "matches the trail: that event is missing or was changed; the whole "
                         "trail was verified.")
                          .arg(seq);
            seq = 0;
        }
    }
    Verification result = seq > 0 ? walk(seq + 1, hash) : walk(1, genesisHash(m_storeId));
    if (seq > 0) {
        result.resumedAfter = seq;
        result.checkpointVerifiedAt = verifiedAt.toUTC();
    }
    result.checkpointRefused = refused;
    keepCheckpoint(result, seq == 0);
    return result;
}

void AuditLog::keepCheckpoint(const Verification &result, bool full) const
{
    // Only on its own: never inside a caller's transaction, which may still roll back the
    // events it verified.
    if (!keepsCheckpoints() || sql::isInTransaction(m_db))
        return;
    const bool server = sql::isServer(m_db);
    QSqlQuery query(m_db);
    bool prepared = false;
    if (result.ok && result.headSeq > 0) {
        if (result.resumedAfter == result.headSeq)
            return; // resumed from it and nothing new: it stands
        const QByteArray hash = QByteArray::fromHex(result.headHash);
        if (server) {
            // The server checks the hash against its event and computes the row itself.
            prepared = query.prepare(u"SELECT pd_audit_keep_checkpoint(?, ?)"_s);
            query.addBindValue(result.headSeq);
            query.addBindValue(hash);
        } else {
            const QByteArray mac = checkpointMac(result.headSeq, hash);
            if (mac.isEmpty())
                return;
            prepared = query.prepare(u"INSERT OR REPLACE INTO audit_checkpoints "
                                     "(id, seq, hash, mac, verified_at) VALUES (1, ?, ?, ?, ?)"_s);
            query.addBindValue(result.headSeq);
            query.addBindValue(hash);
            query.addBindValue(mac);
            query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
        }
    } else if (full && result.firstBrokenSeq > 0) {
        // The chain is broken: no later verification may resume past the break.
        prepared = query.prepare(server ? u"SELECT pd_audit_drop_checkpoint()"_s
                                        : u"DELETE FROM audit_checkpoints"_s);
    } else {
        return;
    }
    if (!prepared || !query.exec())
        qWarning("AuditLog: the audit trail's checkpoint could not be kept: %s",
                 qPrintable(query.lastError().text()));
}

AuditLog::Verification AuditLog::verifyEntity(const QString &entityType,
                                              const QString &entityId) const
{
    Verification result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT e.seq, e.occurred_at, e.actor, e.entity_type, e.entity_id, "
                       "e.action, e.payload, e.payload_salt, e.payload_hash, e.prev_hash, e.hash, "
                       "e.payload_destroyed_at, p.hash FROM audit_events e "
                       "LEFT JOIN audit_events p ON p.seq = e.seq - 1 "
                       "WHERE e.entity_type = ? AND e.entity_id = ? ORDER BY e.seq"_s)) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(query.lastError().text());
        return result;
    }
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    if (!query.exec()) {
        result.reason = tr("The audit trail could not be read: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        const Row row = Row::from(query);
        QByteArray expectedPrev;
        if (row.seq == 1) {
            expectedPrev = genesisHash(m_storeId);
        } else if (query.value(12).isNull()) {
            result.firstBrokenSeq = row.seq - 1;
            //: Dutch: "Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3."
            result.reason = tr("Event %1 is missing: the chain jumps from %2 to %3.")
                                .arg(row.seq - 1)
                                .arg(row.seq - 2)
                                .arg(row.seq);
            return result;
        } else {
            expectedPrev = query.value(12).toByteArray();
        }
        if (const QString problem = rowProblem(row, expectedPrev); !problem.isEmpty()) {
            result.firstBrokenSeq = row.seq;
            result.reason = problem;
            return result;
        }
        ++result.eventsChecked;
        result.headSeq = row.seq;
        result.headHash = row.storedHash.toHex();
    }
    if (query.lastError().isValid()) {
        result.reason = tr("The audit trail could not be read: %1").arg(query.lastError().text());
        return result;
    }
    result.ok = true;
    return result;
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
