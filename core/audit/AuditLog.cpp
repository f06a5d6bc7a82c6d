#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "audit/AuditRepository.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QSqlError>
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
// Keyed chain (from the store's keyedFrom seq on): the same input bytes, hashed with
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

namespace {

// The chain's input for one event (see the wire format above) in input, which is reused: an
// import hashes 100,000 events with one buffer.
void chainInput(QByteArray &input, QByteArrayView prevHash, qint64 seq, QByteArrayView occurredAt,
                QByteArrayView actor, QByteArrayView entityType, QByteArrayView entityId,
                QByteArrayView action, QByteArrayView payloadHashBytes)
{
    std::array<char, 8> seqBytes {};
    qToBigEndian(seq, seqBytes.data());
    input.resize(0);
    addField(input, prevHash);
    addField(input, QByteArrayView(seqBytes.data(), qsizetype(seqBytes.size())));
    addField(input, occurredAt);
    addField(input, actor);
    addField(input, entityType);
    addField(input, entityId);
    addField(input, action);
    addField(input, payloadHashBytes);
}

// SHA-256 of the input, or BLAKE2b-256 keyed with key when given; empty when libsodium fails.
QByteArray chainHash(const QByteArray &input, const SecureBytes *key)
{
    if (!key)
        return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    QByteArray result(hashSize, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char *>(result.data()), size_t(hashSize),
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<unsigned long long>(input.size()), key->data(), key->size())
        != 0)
        return {};
    return result;
}

// The UTF-8 of one text field of the events of a batch, converted again only when the text
// differs from the event before's (an import's actor, entity type and actions repeat).
class Utf8Field
{
public:
    QByteArrayView of(const QString &text)
    {
        if (!m_valid || text != m_text) {
            m_text = text;
            m_utf8 = text.toUtf8();
            m_valid = true;
        }
        return m_utf8;
    }

private:
    QString m_text;
    QByteArray m_utf8;
    bool m_valid = false;
};

// The rows of one batch, each exactly as append() writes it (its own seq, moment, salt, payload
// and link). What is the same for every event is done once per batch: the salts drawn
// in one call, one hash object and one input buffer, the moment formatted again only when the
// clock moved on, the repeated texts converted once.
class BatchHasher
{
public:
    BatchHasher(const Clock &clock, const SecureBytes *chainKey, qint64 keyedFrom, qsizetype count)
        : m_clock(clock)
        , m_chainKey(chainKey)
        , m_keyedFrom(keyedFrom)
        , m_salts(saltSize * count, Qt::Uninitialized)
    {
        randombytes_buf(m_salts.data(), size_t(m_salts.size()));
    }

    // The row of the next entry, linked to prevHash; its hash is empty when libsodium failed.
    AuditRepository::NewRow next(const AuditEntry &entry, qint64 seq, const QByteArray &prevHash)
    {
        AuditRepository::NewRow row;
        row.seq = seq;
        row.entry = entry;
        const QDateTime now = m_clock.now();
        if (m_occurredAt.isEmpty() || now.toMSecsSinceEpoch() != m_formattedMs) {
            m_formattedMs = now.toMSecsSinceEpoch();
            m_occurredAt = now.toUTC().toString(Qt::ISODateWithMs);
            m_occurredAtUtf8 = m_occurredAt.toUtf8();
        }
        row.occurredAt = m_occurredAt;
        row.payload = entry.payloadText.isEmpty()
            ? QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)
            : entry.payloadText;
        row.salt = m_salts.mid(saltSize * m_used++, saltSize);
        m_payloadHash.reset();
        m_payloadHash.addData(row.salt);
        m_payloadHash.addData(row.payload);
        row.payloadHash = m_payloadHash.result();
        chainInput(m_input, prevHash, row.seq, m_occurredAtUtf8, m_actor.of(entry.actor),
                   m_entityType.of(entry.entityType), entry.entityId.toUtf8(),
                   m_action.of(entry.action), row.payloadHash);
        const bool keyed = m_chainKey && m_keyedFrom >= 1 && row.seq >= m_keyedFrom;
        row.hash = chainHash(m_input, keyed ? m_chainKey : nullptr);
        row.prevHash = prevHash;
        return row;
    }

private:
    const Clock &m_clock;
    const SecureBytes *m_chainKey;
    qint64 m_keyedFrom;
    QByteArray m_salts;
    qsizetype m_used = 0;
    QCryptographicHash m_payloadHash { QCryptographicHash::Sha256 };
    QByteArray m_input;
    qint64 m_formattedMs = 0;
    QString m_occurredAt;
    QByteArray m_occurredAtUtf8;
    Utf8Field m_actor;
    Utf8Field m_entityType;
    Utf8Field m_action;
};

} // namespace

QByteArray AuditLog::eventHash(QByteArrayView prevHash, qint64 seq, const QString &occurredAt,
                               const QString &actor, const QString &entityType,
                               const QString &entityId, const QString &action,
                               QByteArrayView payloadHashBytes) const
{
    QByteArray input;
    chainInput(input, prevHash, seq, occurredAt.toUtf8(), actor.toUtf8(), entityType.toUtf8(),
               entityId.toUtf8(), action.toUtf8(), payloadHashBytes);
    const bool keyed = m_chainKey && m_keyedFrom >= 1 && seq >= m_keyedFrom;
    return chainHash(input, keyed ? m_chainKey.get() : nullptr);
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

    std::optional<AuditRepository::Head> head;
    if (QString readError; !AuditRepository::head(m_db, &head, &readError)) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        setError(error, tr("The audit trail could not be read: %1").arg(readError));
        return false;
    }
    qint64 seq = 1;
    QByteArray prevHash = genesisHash(m_storeId);
    if (head) {
        seq = head->seq + 1;
        prevHash = head->hash;
    }

    // The rows, hashed in order along the chain, before anything is written.
    QList<AuditRepository::NewRow> rows;
    rows.reserve(entries.size());
    BatchHasher hasher(m_clock, m_chainKey.get(), m_keyedFrom, entries.size());
    for (const AuditEntry &entry : entries) {
        AuditRepository::NewRow row = hasher.next(entry, seq + rows.size(), prevHash);
        if (row.hash.size() != hashSize) {
            setError(error,
                     tr("The event could not be recorded in the audit trail: %1").arg(QString()));
            return false;
        }
        prevHash = row.hash;
        rows.append(std::move(row));
    }

    if (const std::optional<QString> failure = AuditRepository::insert(m_db, rows)) {
        //: Dutch: "De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1"
        setError(error, tr("The event could not be recorded in the audit trail: %1").arg(*failure));
        return false;
    }
    return true;
}

// A server store computes the chain itself (resources/server/audit.sql): the client names the
// events, the server's trigger gives each its seq, moment, actor (the login role), salt and
// hashes, in the order given. No application role may INSERT into the trail: the
// events go through the server's one door, pd_audit_append, which checks that the login's role
// may record each of them, as a JSON array of [entity_type, entity_id, action, payload], many
// per call. A statement PostgreSQL refuses aborts the whole transaction, so a batch of more than
// one event runs inside a savepoint of its own: a refused batch leaves the caller's transaction
// usable, as on SQLite. A single event does not pay the two round trips: its refusal leaves the
// caller's transaction failed, which the caller rolls back anyway.
bool AuditLog::appendOnServer(const QList<AuditEntry> &entries, QString *error)
{
    if (QString refused; !AuditRepository::appendOnServer(m_db, entries, &refused)) {
        setError(error, tr("The event could not be recorded in the audit trail: %1").arg(refused));
        return false;
    }
    return true;
}

QList<AuditEvent> AuditLog::eventsFor(const QString &entityType, const QString &entityId,
                                      ServiceError *error) const
{
    if (error)
        *error = {};
    QList<AuditEvent> events;
    if (QString readError;
        !AuditRepository::eventsOf(m_db, entityType, entityId, &events, &readError))
        return unreadable(readError, error);
    return events;
}

QList<AuditEvent> AuditLog::changesByHand(const QString &table, qint64 rowId,
                                          ServiceError *error) const
{
    if (error)
        *error = {};
    if (!sql::isServer(m_db))
        return {}; // nothing in a store folder records them
    QList<AuditEvent> events;
    if (QString readError; !AuditRepository::changesByHand(m_db, table, rowId, &events, &readError))
        return unreadable(readError, error);
    return events;
}

std::optional<AuditLog::ChangesByHand> AuditLog::allChangesByHand(int latest,
                                                                  ServiceError *error) const
{
    ChangesByHand found;
    if (!sql::isServer(m_db))
        return found; // nothing in a store folder records them
    if (QString readError;
        !AuditRepository::allChangesByHand(m_db, latest, &found.latest, &found.total, &readError)) {
        unreadable(readError, error);
        return std::nullopt;
    }
    return found;
}

QList<AuditEvent> AuditLog::unreadable(const QString &driverError, ServiceError *error)
{
    // The audit layer sits below the store, so not ServiceError::fromSql: the sentence of
    // verify(), with SQLite's own text as the detail.
    qWarning("AuditLog::eventsFor: %s", qPrintable(driverError));
    if (error)
        *error = { ServiceError::Code::Storage,
                   tr("The audit trail could not be read: %1").arg(driverError),
                   {},
                   driverError };
    return {};
}

int AuditLog::destroyPayloads(const QString &entityType, const QString &entityId, QString *error)
{
    QString refused;
    const int destroyed = AuditRepository::destroyPayloads(
        m_db, entityType, entityId, m_clock.now().toUTC().toString(Qt::ISODateWithMs), &refused);
    if (destroyed < 0)
        //: Dutch: "De details in het auditspoor konden niet worden vernietigd: %1"
        setError(error,
                 tr("The details in the audit trail could not be destroyed: %1").arg(refused));
    return destroyed;
}

} // namespace pd
