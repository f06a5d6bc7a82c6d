// Verifying the audit trail: the chain walked (from its start, or from a verified checkpoint),
// the checkpoint kept, and one entity's events checked.

#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace pd {

using namespace auditchain;

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

} // namespace pd
