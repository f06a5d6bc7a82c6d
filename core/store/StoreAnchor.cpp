#include "audit/AuditLog.h"
#include "audit/AuditRepository.h"
#include "sql/SqlCipherDriver.h"
#include "store/MetaRepository.h"
#include "store/StorePrivate.h"

#include <QSqlDatabase>

#include <sqlite3.h>
#include <utility>

namespace pd {

using namespace storedetail;

// ---- The audit anchor ----
//
// The keyring holds where the audit trail stood (seq, hash) and from which seq its hashes
// are keyed. Opening checks the database against it: a head before the anchor, or another
// hash at the anchor's seq, means the database is older than the keyring (an older copy, a
// deleted -wal with committed transactions, a trail cut off at its tail) or its trail was
// rewritten. The anchor follows every commit (the WAL hook below) and is written after the
// commit, never before: a kill in between leaves it behind the database, which is fine;
// ahead of it it never is, so a normal crash is never taken for a rollback.

namespace {

// The audit trail's head as the connection sees it: seq 0 and no hash when empty (or when the
// schema has no audit trail yet). False when it cannot be read.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash;
};

sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const sql::SqlCipherDriver *>(db.driver());
    return driver ? driver->sqliteHandle() : nullptr;
}

// Raw SQLite on purpose: it also runs inside the WAL hook, under SQLite's own call.
bool readAuditRow(sqlite3 *handle, const char *sql, qint64 bindSeq, AuditHead *out)
{
    *out = {};
    if (!handle)
        return false;
    sqlite3_stmt *table = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                           "'audit_events'",
                           -1, &table, nullptr)
        != SQLITE_OK)
        return false;
    const int tableStep = sqlite3_step(table);
    sqlite3_finalize(table);
    if (tableStep == SQLITE_DONE)
        return true; // no audit trail in this schema
    if (tableStep != SQLITE_ROW)
        return false;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    if (bindSeq > 0)
        sqlite3_bind_int64(statement, 1, bindSeq);
    const int step = sqlite3_step(statement);
    bool ok = step == SQLITE_DONE;
    if (step == SQLITE_ROW) {
        out->seq = sqlite3_column_int64(statement, 0);
        const int size = sqlite3_column_bytes(statement, 1);
        out->hash = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 1)), size);
        ok = true;
    }
    sqlite3_finalize(statement);
    return ok;
}

bool readAuditHead(sqlite3 *handle, AuditHead *head)
{
    return readAuditRow(handle, AuditRepository::headSql(), 0, head);
}

bool readAuditEvent(sqlite3 *handle, qint64 seq, AuditHead *event)
{
    return readAuditRow(handle, AuditRepository::eventSql(), seq, event);
}

} // namespace

StoreError Store::Private::checkAuditAnchor(const QSqlDatabase &db) const
{
    sqlite3 *handle = sqliteOf(db);
    AuditHead head;
    if (!readAuditHead(handle, &head))
        return { StoreError::Code::Corrupt, QStringLiteral("audit head unreadable") };
    const QString metaKeyedFrom = MetaRepository::value(db, QLatin1StringView(keyedFromMetaKey));
    if (!keyring.hasAuditAnchor()) {
        // The keyring is written before the database records the switch: a database that
        // knows it with a keyring that does not is an older keyring put back.
        if (!metaKeyedFrom.isEmpty())
            return { StoreError::Code::KeyringTampered,
                     QStringLiteral("keyring without audit anchor, database keyed") };
        return {};
    }
    const AuditAnchor anchor = keyring.auditAnchor();
    if (!metaKeyedFrom.isEmpty() && metaKeyedFrom.toLongLong() != anchor.keyedFrom)
        return { StoreError::Code::RolledBack,
                 QStringLiteral("keyed-from %1 in the database, %2 in the keyring")
                     .arg(metaKeyedFrom)
                     .arg(anchor.keyedFrom) };
    if (head.seq < anchor.seq)
        return {
            StoreError::Code::RolledBack,
            QStringLiteral("audit head %1 before the anchor %2").arg(head.seq).arg(anchor.seq)
        };
    if (anchor.seq > 0) {
        AuditHead atAnchor;
        if (!readAuditEvent(handle, anchor.seq, &atAnchor))
            return { StoreError::Code::Corrupt, QStringLiteral("audit event unreadable") };
        if (atAnchor.seq != anchor.seq || atAnchor.hash != anchor.hash)
            return { StoreError::Code::RolledBack,
                     QStringLiteral("audit event %1 differs from the anchor").arg(anchor.seq) };
    }
    return {};
}

StoreError Store::Private::startAnchoring(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteOf(db);
    AuditHead head;
    if (!handle || !readAuditHead(handle, &head))
        return { StoreError::Code::Corrupt, QStringLiteral("audit head unreadable") };
    if (!keyring.hasAuditAnchor()) {
        qCInfo(lcStore) << "keying the audit trail from event" << head.seq + 1;
        if (StoreError error
            = writeAnchor({ head.seq, head.seq > 0 ? head.hash : QByteArray(), head.seq + 1 });
            error.isError())
            return error;
    }
    const AuditAnchor anchor = keyring.auditAnchor();
    if (MetaRepository::value(db, QLatin1StringView(keyedFromMetaKey)).isEmpty()
        && !MetaRepository::insert(db, QLatin1StringView(keyedFromMetaKey),
                                   QString::number(anchor.keyedFrom)))
        qCWarning(lcStore) << "cannot record the keyed-from point in the database";
    Keyring::Status status = Keyring::Status::Ok;
    const SecureBytes auditKey = keyring.auditKey(masterKey, &status);
    if (auditKey.isEmpty())
        return keyringError(status, QStringLiteral("audit key does not unwrap"));
    AuditLog::setChainKey(connection, auditKey, anchor.keyedFrom);
    const SecureBytes checkpointKey = Keyring::auditCheckpointKey(masterKey);
    if (checkpointKey.isEmpty())
        return { StoreError::Code::Internal, QStringLiteral("checkpoint key not derived") };
    AuditLog::setCheckpointKey(connection, checkpointKey);
    sqlite3_wal_hook(handle, &Private::walHook, this);
    anchoring = true;
    updateAnchor();
    return {};
}

void Store::Private::stopAnchoring(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteOf(db)) {
        sqlite3_wal_hook(handle, nullptr, nullptr);
        sqlite3_wal_autocheckpoint(handle, 1000); // SQLite's default, which the hook replaced
    }
    AuditLog::clearChainKey(connection);
    AuditLog::clearCheckpointKey(connection);
    anchoring = false;
}

StoreError Store::Private::writeAnchor(const AuditAnchor &anchor)
{
    Keyring::Status status = Keyring::Status::Ok;
    Keyring next = Keyring::parse(keyring.serialize(), &status);
    if (status != Keyring::Status::Ok || !next.setAuditAnchor(anchor, masterKey, &status))
        return keyringError(status, QStringLiteral("setting the audit anchor failed"));
    QString saveError;
    if (!next.save(path(keyringFileName), &saveError))
        return { StoreError::Code::Io, saveError };
    keyring = std::move(next);
    return {};
}

void Store::Private::updateAnchor()
{
    if (!anchoring || !keyring.hasAuditAnchor())
        return;
    AuditHead head;
    if (!readAuditHead(sqliteOf(QSqlDatabase::database(connection, false)), &head))
        return;
    AuditAnchor anchor = keyring.auditAnchor();
    if (head.seq <= anchor.seq) {
        if (head.seq < anchor.seq || head.hash != anchor.hash)
            qCWarning(lcStore) << "audit head" << head.seq << "no longer at its anchor";
        return;
    }
    // The anchor only moves along its own chain: if the anchored event was changed or
    // removed, it stays where it is, for opening and verify to report.
    if (anchor.seq > 0) {
        AuditHead atAnchor;
        if (!readAuditEvent(sqliteOf(QSqlDatabase::database(connection, false)), anchor.seq,
                            &atAnchor)
            || atAnchor.hash != anchor.hash) {
            qCWarning(lcStore) << "audit event" << anchor.seq << "differs from its anchor";
            return;
        }
    }
    anchor.seq = head.seq;
    anchor.hash = head.hash;
    if (const StoreError error = writeAnchor(anchor); error.isError())
        qCWarning(lcStore) << "audit anchor not written:" << error.detail();
}

int Store::Private::walHook(void *context, sqlite3 *handle, const char *databaseName, int frames)
{
    if (frames >= 1000)
        sqlite3_wal_checkpoint(handle, databaseName);
    static_cast<Private *>(context)->updateAnchor();
    return SQLITE_OK;
}

} // namespace pd
