#pragma once

// Shared by the store's source files; not for use outside core/store.

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

QSqlDatabase openDatabase(const QString &connection, const QString &dbPath, const SecureBytes &key,
                          bool create, StoreError *error);

inline constexpr auto keyedFromMetaKey = "audit_keyed_from";

// QFile::rename refuses an existing target; the folder is synced so the new name survives a power
// cut.
bool replaceFile(const QString &from, const QString &to);

bool makePrivatePath(const QString &path, StoreError *error);

// Removed only when it is this user's real folder holding only files named in names.
bool removeLeftover(const QString &path, const QStringList &names);
QStringList backupStagingNames();
const QRegularExpression &backupStagingPattern();
void removeKilledBackups(const QString &parent);
inline constexpr auto restoreStagingName = ".herstel";
// A running restore's staging folder is not a killed one's, whoever opens the store meanwhile.
inline constexpr auto restoreLockName = ".restore.lock";
// InUse while a restore still runs there, Io when anything else stands under that name.
StoreError removeKilledRestore(const QString &staging);

} // namespace storedetail

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
    // No keyring, key or lock on a server: the server keeps those.
    std::optional<ServerLocation> server;
    QUuid serverStoreId;
    // A problem fails verify and is an open warning; the note is for verify only.
    QString anchorProblem;
    QString anchorNote;

    AuditLog::Verification lastBackupAuditCheck; // of the last backupTo
    bool anchoring = false; // the WAL hook keeps the keyring's audit anchor up to date
    QStringList warnings; // Store::openWarnings

    ~Private();
    QString path(const char *fileName) const;
    StoreError acquireLock();
    StoreError openAndMigrate();
    // On failure the folder still has to be emptied.
    bool createDatabase(const StoreCreateOptions &options, const QString &userName,
                        const QString &userSlot, StoreError *error);
    bool writeNewKeyring(StoreError *error);
    StoreError checkAuditAnchor(const QSqlDatabase &db) const;
    // Events so far keep their plain hashes; keying starts after them.
    StoreError startAnchoring(QSqlDatabase &db);
    void stopAnchoring(const QSqlDatabase &db);
    StoreError writeAnchor(const AuditAnchor &anchor);
    // Failing costs only freshness: opening accepts an anchor behind the database.
    void updateAnchor();
    static int walHook(void *context, sqlite3 *handle, const char *databaseName, int frames);
    // The live database must pass quick_check first, or nothing is written (Corrupt).
    bool backup(QSqlDatabase &db, const QString &targetDir, StoreError *error,
                IntegrityCheck::Result *checked = nullptr) const;
    QString activeLogin(const QString &userName) const;
    // User slots no active row claims by its key_slot or login, other than the one unlocked with;
    // the recovery slot never.
    bool unclaimedSlots(const QString &unlockedSlot, QStringList *ids, StoreError *error) const;
    QString loginForSlot(const QString &slotId) const;
};

} // namespace pd
