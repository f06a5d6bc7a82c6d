#pragma once

// What the store's source files (Store.cpp, StoreCreate.cpp, StoreAnchor.cpp, StoreBackup.cpp,
// StoreKeySlots.cpp, ...) share: the
// Store's private state and the helpers more than one of them needs. Not for use outside
// core/store.

#include "store/ServerLocation.h"
#include "store/Store.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>

struct sqlite3;

namespace pd {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace storedetail {

inline constexpr std::size_t masterKeySize = 32;

QString nowIso();

QString normalisedLogin(const QString &userName);

StoreError keyringError(Keyring::Status status, const QString &detail);

QString uniqueConnectionName();

// Opens dbPath with the PDSQLCIPHER driver under key; on failure the connection is removed.
QSqlDatabase openDatabase(const QString &connection, const QString &dbPath, const SecureBytes &key,
                          bool create, StoreError *error);

// The meta key of the first audit event whose chain hash is keyed (the keyring's anchor holds it
// too).
inline constexpr auto keyedFromMetaKey = "audit_keyed_from";

// rename(2): replaces target atomically (QFile::rename refuses an existing target), then syncs
// the folder so that the new name survives a power cut.
bool replaceFile(const QString &from, const QString &to);

// Every missing folder of path made owner-only (0700), whatever the umask.
bool makePrivatePath(const QString &path, StoreError *error);

// A killed backup's or restore's leftovers (BackupLeftovers.cpp).
// A temporary folder of a killed run, removed only when it is a real folder of this user that
// holds nothing but files named in names; true when it is gone or was never there.
bool removeLeftover(const QString &path, const QStringList &names);
// What a backup's temporary folder may hold, and its name: ".<name>.tmp-<pid>-XXXXXX".
QStringList backupStagingNames();
const QRegularExpression &backupStagingPattern();
// Removes the temporary folders that killed backups into parent left there.
void removeKilledBackups(const QString &parent);
// The folder inside the store's folder where a restore stages the backup.
inline constexpr auto restoreStagingName = ".herstel";
// The lock a restore holds in its staging folder from start to end: the staging folder of a
// running restore is not a killed one's, whoever opens the store meanwhile.
inline constexpr auto restoreLockName = ".restore.lock";
// Removes the staging folder (".herstel") a killed restore left: InUse while a restore is still
// running there, Io when anything else stands under that name.
StoreError removeKilledRestore(const QString &staging);

} // namespace storedetail

// The open store's state: its folder, database connection, key, keyring and lock. Store.cpp
// opens, StoreCreate.cpp creates, StoreAnchor.cpp anchors, StoreBackup.cpp backs up,
// StoreKeySlots.cpp changes the key slots.
struct Store::Private
{
    QString directory;
    QString connection;
    QString user;
    SecureBytes masterKey;
    Keyring keyring;
    std::unique_ptr<QLockFile> lock;
    bool demo = false;
    bool recovery = false;
    // A server store: where it lives and its id (from meta; a store folder has it in
    // the keyring). No keyring, key or lock then: the server keeps those.
    std::optional<ServerLocation> server;
    QUuid serverStoreId;
    // The trail against the head this computer kept of it (ServerAnchor): a problem
    // fails verify and is an open warning; the note is for verify only.
    QString anchorProblem;
    QString anchorNote;

    AuditLog::Verification lastBackupAuditCheck; // of the last backupTo
    bool anchoring = false; // the WAL hook keeps the keyring's audit anchor up to date
    QStringList warnings; // Store::openWarnings

    ~Private();
    QString path(const char *fileName) const;
    // Takes the store's lock file: one Privacydesk process per store.
    StoreError acquireLock();
    // Opens the database, checks it belongs to the keyring, migrates. Called with the lock held
    // and masterKey set.
    StoreError openAndMigrate();
    // A new store (StoreCreate.cpp), with the lock held and masterKey and keyring set: the
    // database file made owner-only, opened, migrated, its meta rows and first user written.
    // The connection is closed again; on failure the folder still has to be emptied.
    bool createDatabase(const StoreCreateOptions &options, const QString &userName,
                        const QString &userSlot, StoreError *error);
    // Then the keyring, written last (until it exists the folder is not a store), and the
    // anchoring started on the new connection.
    bool writeNewKeyring(StoreError *error);
    StoreError checkAuditAnchor(const QSqlDatabase &db) const;
    // After a successful open (or create): a keyring without an anchor gets one (the events so
    // far keep their plain hashes; keying starts after them), the audit key is registered for
    // the connection and the WAL hook installed.
    StoreError startAnchoring(QSqlDatabase &db);
    void stopAnchoring(const QSqlDatabase &db);
    // Writes the anchor into a copy of the keyring, saves that whole (QSaveFile), then takes it.
    StoreError writeAnchor(const AuditAnchor &anchor);
    // Moves the anchor to the current head, if it moved. Failing costs only freshness: the old
    // anchor stays behind the database, which opening accepts.
    void updateAnchor();
    // After every commit on the store's connection (SQLite calls it once the commit is done and
    // the write lock released). It replaces SQLite's own auto-checkpoint, so it does that too.
    static int walHook(void *context, sqlite3 *handle, const char *databaseName, int frames);
    // A verified backup folder (see Store::backupTo); opening takes one before a migration.
    // The live database passes PRAGMA quick_check first, or nothing is written (Corrupt);
    // *checked (when given) receives that check.
    bool backup(QSqlDatabase &db, const QString &targetDir, StoreError *error,
                IntegrityCheck::Result *checked = nullptr) const;
    // The login of an active user row with that (typed) name; empty when the row is missing or
    // removed. The row's login is the user's name from now on (received_by, handler, the audit
    // trail's actor), however it was typed.
    QString activeLogin(const QString &userName) const;
    // User slots that no active users row claims, in keyring order. A slot is claimed by the
    // key_slot of an active row, or by an active login's name (a password reset replaces the
    // slot before the row learns its new id), or by being the slot this process unlocked with.
    // Unclaimed are the slot of a removal whose rekey never ran (the row says removed first)
    // and the slot of an add whose row never committed. The recovery slot is never a candidate.
    bool unclaimedSlots(const QString &unlockedSlot, QStringList *ids, StoreError *error) const;
    QString loginForSlot(const QString &slotId) const;
};

} // namespace pd
