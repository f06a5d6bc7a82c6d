// Verifying the audit trail: the chain walked (from its start, or from a verified checkpoint),
// the checkpoint kept, and one entity's events checked.

#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "audit/AuditRepository.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"

#include <QVariant>
#include <QtEndian>

#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace pd {

using namespace auditchain;

// An event as verify checks it, read by AuditRepository::ChainRows.
struct AuditLog::Row : AuditRepository::ChainRow
{
};

namespace {

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
    AuditRepository::ChainRows rows(m_db);
    if (QString readError; !rows.fromSeq(startSeq, &readError)) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(readError);
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

    while (rows.next()) {
        const Row row { rows.row() };
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
    if (const QString readError = rows.errorText(); !readError.isEmpty()) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(readError);
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
        std::optional<AuditRepository::Checkpoint> stored;
        bool missingTable = false;
        if (QString readError;
            !AuditRepository::checkpoint(m_db, &stored, &missingTable, &readError)) {
            // A store without the table (before migration 22) has no checkpoint; any other
            // refusal is reported, and the whole chain decides.
            if (!missingTable)
                //: Dutch: "Het laatst gecontroleerde punt van de audittrail kon niet worden
                //: gelezen (%1); de hele audittrail is gecontroleerd."
                refused = tr("The last verified position of the audit trail could not be read "
                             "(%1); the whole trail was verified.")
                              .arg(readError);
        } else if (stored) {
            seq = stored->seq;
            hash = stored->hash;
            const QByteArray &mac = stored->mac;
            verifiedAt = QDateTime::fromString(stored->verifiedAt, Qt::ISODateWithMs);
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
        std::optional<QByteArray> stored;
        if (QString readError; !AuditRepository::hashOf(m_db, seq, &stored, &readError)) {
            Verification failed;
            //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
            failed.reason = tr("The audit trail could not be read: %1").arg(readError);
            return failed;
        }
        if (!stored || *stored != hash) {
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
    QString failure;
    bool kept = false;
    if (result.ok && result.headSeq > 0) {
        if (result.resumedAfter == result.headSeq)
            return; // resumed from it and nothing new: it stands
        const QByteArray hash = QByteArray::fromHex(result.headHash);
        // A server checks the hash against its event and computes the row itself.
        QByteArray mac;
        if (!sql::isServer(m_db)) {
            mac = checkpointMac(result.headSeq, hash);
            if (mac.isEmpty())
                return;
        }
        kept = AuditRepository::keepCheckpoint(m_db, result.headSeq, hash, mac,
                                               m_clock.now().toUTC().toString(Qt::ISODateWithMs),
                                               &failure);
    } else if (full && result.firstBrokenSeq > 0) {
        // The chain is broken: no later verification may resume past the break.
        kept = AuditRepository::dropCheckpoint(m_db, &failure);
    } else {
        return;
    }
    if (!kept)
        qWarning("AuditLog: the audit trail's checkpoint could not be kept: %s",
                 qPrintable(failure));
}

AuditLog::Verification AuditLog::verifyEntity(const QString &entityType,
                                              const QString &entityId) const
{
    Verification result;
    AuditRepository::ChainRows rows(m_db);
    if (QString readError; !rows.ofEntity(entityType, entityId, &readError)) {
        //: Dutch: "Het auditspoor kon niet worden gelezen: %1"
        result.reason = tr("The audit trail could not be read: %1").arg(readError);
        return result;
    }
    while (rows.next()) {
        const Row row { rows.row() };
        const std::optional<QByteArray> previous = rows.previousHash();
        QByteArray expectedPrev;
        if (row.seq == 1) {
            expectedPrev = genesisHash(m_storeId);
        } else if (!previous) {
            result.firstBrokenSeq = row.seq - 1;
            //: Dutch: "Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3."
            result.reason = tr("Event %1 is missing: the chain jumps from %2 to %3.")
                                .arg(row.seq - 1)
                                .arg(row.seq - 2)
                                .arg(row.seq);
            return result;
        } else {
            expectedPrev = *previous;
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
    if (const QString readError = rows.errorText(); !readError.isEmpty()) {
        result.reason = tr("The audit trail could not be read: %1").arg(readError);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pd
