#pragma once

#include "audit/AuditLog.h"
#include "audit/RecordedState.h"
#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"
#include "store/IntegrityCheck.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

struct StoreCreateOptions
{
    QString organisationName;
    // The first beheerder's name as letters are signed with it; empty: the login.
    QString displayName;
    KdfParams kdf = KdfParams::moderate();
    bool demo = false; // marked in the store; the UI never lets a demo pass for real data
};

struct StoreInfo
{
    QString directory;
    QUuid storeId;
    int schemaVersion = 0;
    QString cipherVersion;
    QDateTime created; // UTC
    QString organisationName;
    bool demo = false;
    int userCount = 0;
    int keySlotCount = 0;
    qint64 databaseBytes = 0;
};

// The slow half of opening a store: the keyring read and the master key unlocked with Argon2id
// (about a second and 256 MiB). Safe to produce on any thread; it holds no database connection
// and takes no lock. Hand it to Store::open on the thread that will use the store.
class StoreKey final
{
public:
    ~StoreKey(); // wipes a recovery key that was prepared but never handed out
    bool isValid() const { return !m_error.isError(); }
    StoreError error() const { return m_error; }

private:
    friend class Store;
    QString m_directory;
    QString m_user;
    QString m_slotId;
    bool m_recovery = false;
    QString m_recoveryKey; // only for a key prepared for a new store
    Keyring m_keyring;
    SecureBytes m_masterKey;
    // A keyring.pdk.pending beside the keyring (a rekey or restore that was interrupted): the
    // same credentials unlocked against it, tried when the master key above opens nothing.
    Keyring m_pendingKeyring;
    SecureBytes m_pendingMasterKey;
    QString m_pendingSlotId;
    StoreError m_error;
};

// One open Privacydesk store: a folder with the SQLCipher database, its keyring and a lock.
//
//   privacydesk.db   SQLCipher, raw 256-bit master key, cipher_page_size 4096, WAL
//   keyring.pdk      key slots (see Keyring); no personal data
//   .lock            QLockFile: one Privacydesk process at a time
//   backups/         encrypted copies taken before every schema migration
//
// Opening unlocks the master key from the user's slot, opens the database with it through
// the PDSQLCIPHER driver, checks that it belongs to the keyring (store id, audit anchor), and
// applies pending schema migrations in one transaction after a verified backup. The full
// integrity check of the file is not part of opening (it grows with the store): see
// IntegrityCheck. The database connection belongs to the thread
// that opened the store. Destroying the Store closes the database, wipes the key and releases
// the lock.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Store)

public:
    static constexpr auto databaseFileName = "privacydesk.db";
    static constexpr auto keyringFileName = "keyring.pdk";
    static constexpr auto lockFileName = ".lock";
    static constexpr auto backupDirName = "backups";
    // The next keyring while the database is rekeyed or restored: see "Key rotation" in
    // StoreKeySlots.cpp. Opening completes (or discards) it.
    static constexpr auto pendingKeyringFileName = "keyring.pdk.pending";
    // Settings key of the last backup made with backupTo (UTC, ISO 8601).
    static constexpr auto lastBackupKey = "backup.last";
    // Settings keys of the last integrity check (recordIntegrityCheck): when (UTC, ISO 8601)
    // and what it found ("ok", or SQLite's first problems).
    static constexpr auto lastIntegrityCheckKey = "integrity.last_check";
    static constexpr auto integrityResultKey = "integrity.last_result";

    // A folder that holds (at least) our keyring: opening it makes sense.
    static bool looksLikeStore(const QString &directory);
    // Where the store lives unless the user chose another folder (the GUI and the CLI agree),
    // and where the demo store with fictitious data lives, apart from it.
    static QString defaultDirectory();
    static QString demoDirectory();
    // False (DemoFolder) when a store with this demo flag may not live in directory: the demo
    // folder holds only the demo, the default folder never the demo. Create and restore ask it.
    static bool demoFolderRule(const QString &directory, bool demo, StoreError *error);

    // The folder must be empty or not exist. recoveryKey receives the printable recovery key,
    // shown to the user exactly once.
    static std::unique_ptr<Store> create(const QString &directory, const QString &userName,
                                         const SecureBytes &password,
                                         const StoreCreateOptions &options, QString *recoveryKey,
                                         StoreError *error);
    // userName may be empty: then every user slot is tried (the CLI without --user). A slot
    // opens only for an active user (a users row that is not removed); otherwise the answer is
    // WrongPassword, as for a wrong password. The recovery key needs no user.
    static std::unique_ptr<Store> open(const QString &directory, const QString &userName,
                                       const SecureBytes &password, StoreError *error);
    static std::unique_ptr<Store> openWithRecoveryKey(const QString &directory,
                                                      QStringView recoveryKey, StoreError *error);

    // The same in two halves, so that a window stays responsive while the key is derived:
    // unlock() on a worker thread, open() on the thread that will use the store.
    static std::shared_ptr<StoreKey> unlock(const QString &directory, const QString &userName,
                                            const SecureBytes &password);
    static std::shared_ptr<StoreKey> unlockWithRecoveryKey(const QString &directory,
                                                           QStringView recoveryKey);
    static std::unique_ptr<Store> open(const std::shared_ptr<StoreKey> &key, StoreError *error);
    // Likewise for a new store: prepareNew() makes the master key and a keyring with the user's
    // and the recovery slot (two Argon2id derivations; any thread), create() the rest.
    static std::shared_ptr<StoreKey> prepareNew(const QString &userName,
                                                const SecureBytes &password, const KdfParams &kdf);
    static std::unique_ptr<Store> create(const QString &directory,
                                         const std::shared_ptr<StoreKey> &prepared,
                                         const StoreCreateOptions &options, QString *recoveryKey,
                                         StoreError *error);

    // A server store (see ServerSetup): logs in to location as the PostgreSQL login
    // role userName (the Privacydesk user) with its password, on the store's schema, which must
    // have this version's schema and an active users row for the login. No keyring, lock or
    // folder: key slots, backupTo, restore and the SQLite integrity check answer NotOnServer.
    // While a restore of the store has not finished (its database closed to the store's groups,
    // ServerSetup::openToGroups), it opens only with Restoring::Yes: for that restore alone.
    enum class Restoring { No, Yes };
    static std::unique_ptr<Store> openServer(const ServerLocation &location,
                                             const QString &userName, const SecureBytes &password,
                                             StoreError *error,
                                             Restoring restoring = Restoring::No);
    // Whether this store lives on a server, and where (nullopt for a store folder).
    bool isServer() const;
    std::optional<ServerLocation> serverLocation() const;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    QString directory() const;
    QString databasePath() const;
    // The acting user: every change made through this store is attributed to this name. The
    // login of their users row (trimmed, case-folded), however it was typed when opening;
    // "herstelsleutel" for a store opened with the recovery key.
    QString userName() const;
    bool isDemo() const;
    // The store's identity (StoreInfo::storeId), known since it was opened: no read. What the
    // audit trail's events carry; info() reads the rest from the database every time.
    QUuid storeId() const;
    StoreInfo info() const;

    // Full PRAGMA integrity_check, the keyring MAC, the audit chain (its first broken link) and
    // the rows against what their trail last recorded; problems in plain words. The rows are
    // read from the sources given (RecordedState): cases/TrailRows::all(), the one list, since
    // the store sees no module's table; a verify given none reports that as a problem. The
    // audit chain is walked whole (Full, `verify --full`) or from its verified checkpoint on
    // (AuditLog::Scope::SinceCheckpoint, the CLI's `verify`). notes (when given) receives what
    // is worth knowing but no problem: the checkpoint it resumed from, or why a stored
    // checkpoint was not used.
    bool verify(QStringList *problems, const RecordedState::Sources &rows,
                AuditLog::Scope auditScope = AuditLog::Scope::Full,
                QStringList *notes = nullptr) const;

    // The database's integrity check, to run on another thread (IntegrityCheck::run) with a
    // connection of its own; record its result here afterwards with recordIntegrityCheck.
    std::unique_ptr<IntegrityCheck> integrityCheck() const;
    // Notes a finished check in the settings (a cancelled one is not a check: nothing is
    // written). False with *error when it could not be written.
    bool recordIntegrityCheck(const IntegrityCheck::Result &result, StoreError *error) const;
    struct IntegrityRecord
    {
        QDateTime at; // UTC; invalid when no check ever ran
        bool ok = false;
        QString problems; // what the failed check reported
    };
    // The last recorded check. False with *error when the settings cannot be read.
    bool lastIntegrityCheck(IntegrityRecord *record, StoreError *error) const;

    // What opening had to repair and the beheerder should know (plain sentences, already
    // translated): today the key slots of an interrupted user removal (or add) it took out.
    // The CLI prints them on stderr, the desk shows them after unlocking.
    QStringList openWarnings() const;

    // True when the store was opened with the recovery key instead of a user's password.
    bool openedWithRecoveryKey() const;

    // An encrypted, verified copy of the database (sqlcipher_export) and keyring in directory,
    // a new folder (or an empty one): written into a private temporary folder beside it, every
    // file flushed, then renamed into place, so that a failure leaves no half folder. Never into
    // the store's folder (except its backups/), never over an existing file or backup; files
    // 0600, folders 0700 whatever the umask. A full disk is DiskFull, an unwritable place
    // ReadOnlyLocation, an existing target TargetExists, the store's folder InsideStore.
    // Records the moment in the settings (lastBackupKey) with a store.backed_up audit event.
    // The live database passes PRAGMA quick_check first (recorded like a weekly check);
    // a damaged store is refused (Corrupt), so that no backup passes damage on as verified.
    // Every backup also re-verifies the whole audit chain (the checkpoint that spares
    // the everyday verifications cannot see a change before it): a broken chain does not stop
    // the backup (the copy is what a restore needs), it is logged, named in the store.backed_up
    // event and kept in lastBackupAuditCheck(), and the checkpoint is dropped so that every
    // later verification reports the break.
    bool backupTo(const QString &directory, StoreError *error) const;
    // The full audit verification of this Store's last backupTo (eventsChecked 0 before one).
    AuditLog::Verification lastBackupAuditCheck() const;
    // When backupTo last succeeded on this store; invalid when never (for a reminder).
    QDateTime lastBackup() const;
    // A backup (backupTo) in a new dated folder inside parent (BackupFolders::newFolderIn for
    // localTime, on the organisation's clock: the desk's and the CLI's naming), parent made if
    // missing (0700). Never in the store's folder, its backups/ included (InsideStore), never in a
    // file (TargetExists); a name taken meanwhile is passed for the next number. *made: the folder
    // written.
    bool backupInto(const QString &parent, const QDateTime &localTime, QString *made,
                    StoreError *error) const;
    // Removes directory when it is a backup of this store (BackupFolders::identify: exactly
    // its database and keyring, this store's id; otherwise NotAStore or OtherStore and nothing
    // is touched): the two files, then the folder, so that nothing else is ever deleted. Records
    // a store.backup_removed audit event. *removed tells whether the folder is gone, also when
    // the record then failed (an error).
    bool removeBackup(const QString &directory, bool *removed, StoreError *error) const;

    // Replaces the store in storeDirectory (which no process may have open) by the backup in
    // backupDirectory. In this order, and stopping at the first failure:
    //   1. the backup is copied into a staging folder inside the store folder and verified
    //      there: the credentials unlock its keyring, the database opens with that key, passes
    //      PRAGMA integrity_check, belongs to the keyring and has a schema this version knows,
    //      and the acting user is an active beheerder in it. Until here the live store is not
    //      touched (a wrong password or a damaged backup changes nothing).
    //   2. a second backup of the live store (if there is one) goes to its backups/ folder:
    //      verified through sqlcipher_export when the same credentials open it, otherwise
    //      (the live store is damaged or has other users) a byte-for-byte copy of its files,
    //      checked by SHA-256. Without it nothing is replaced.
    //   3. the staged copy is opened and made whole where it stands: the store.restored audit
    //      event, then what beforeReplace adds (RetentionService: the destructions the live
    //      store did after the backup was made, done again), committed in the staged database
    //      and checkpointed into its one file. beforeReplace failing refuses the restore.
    //   4. with the store's lock held: keyring → keyring.pdk.pending, the old WAL removed,
    //      database renamed into place, pending keyring renamed into place. A crash in between
    //      is completed by the next open (see "Key rotation" in StoreKeySlots.cpp). The rename
    //      of the database is the one moment the store changes: before it the old store
    //      stands, after it the restored one with what step 3 did; never the backup without it.
    //   5. the restored store is opened once more, as the check that it opens.
    // The staging folder (".herstel") holds the backup's encrypted files only, and is removed
    // when the restore ends; what a killed restore left there is removed by the next restore or
    // open of the store (removeKilledRestore).
    // userName may be empty (every slot is tried). safetyBackup receives the folder of step 2
    // (empty when the folder held no store).
    // A backup of another store (another store id in its keyring than the live keyring's) is
    // refused with StoreError::Code::OtherStore unless otherStore is set (the CLI's
    // --other-store, the desk's confirmation); identities then says which stores they are.
    struct RestoreIdentities
    {
        QUuid backupStoreId;
        QString backupOrganisation;
        QUuid storeId;
        QString storeOrganisation; // empty when these credentials do not open the live store
    };
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, QString *safetyBackup,
                        StoreError *error);
    // The work of step 3, on the staged store opened as userName; false with *error set when it
    // failed (nothing is replaced then).
    using StagedWork = std::function<bool(Store &staged, StoreError *error)>;
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, QString *safetyBackup,
                        StoreError *error, bool otherStore, RestoreIdentities *identities = nullptr,
                        const StagedWork &beforeReplace = {});

    // Key slots. The store does the mechanics and writes keyring.pdk atomically; who may ask
    // for them, the users table and the audit events are UserService's business.
    // New slots get the Argon2id cost of the costliest user slot already in the keyring.
    KdfParams keySlotKdf() const;
    bool hasKeySlot(const QString &userName) const;
    // Returns the new slot's id, or an empty string with *error set.
    QString addKeySlot(const QString &userName, const SecureBytes &password, StoreError *error);
    // Takes a slot out without rotating the master key: only to undo an addKeySlot whose user
    // row did not commit, or to replace a slot whose owner keeps access (password reset).
    bool dropKeySlot(const QString &userName, StoreError *error);
    bool changeKeySlotPassword(const QString &userName, const SecureBytes &oldPassword,
                               const SecureBytes &newPassword, StoreError *error);
    // A new password without the old one (Keyring::resetPassword); returns the new slot id.
    QString resetKeySlotPassword(const QString &userName, const SecureBytes &newPassword,
                                 StoreError *error);
    // The new recovery key text (shown once), or empty with *error set. The old one is revoked.
    QString replaceRecoveryKey(StoreError *error);
    // Removes the user's slot and rekeys the database with a fresh master key sealed to every
    // remaining slot, so that a copied old key or keyring opens nothing written from now on.
    // Needs no other connection to the database and no open transaction.
    bool removeKeySlotAndRekey(const QString &userName, StoreError *error);

    // Maps a failed SQL operation on this store to a StoreError (disk full, read-only, ...).
    static StoreError errorFromSql(const QSqlError &sqlError);

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    static void loadPending(
        StoreKey *key,
        const std::function<SecureBytes(const Keyring &, QString *, Keyring::Status *)> &unlock);
    bool verifyServer(QStringList *problems, const RecordedState::Sources &rows,
                      AuditLog::Scope auditScope, QStringList *notes) const;
    void verifyAuditChain(AuditLog::Scope scope, QStringList *found, QStringList *notes) const;
    // A server store's login role gets a new password (a verifier made on the client).
    bool setServerPassword(const QString &userName, const SecureBytes &password, StoreError *error);
    // A keyring change that takes slots out: a fresh master key, the database rekeyed (see
    // "Key rotation" in StoreKeySlots.cpp).
    bool rekeyWith(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                   StoreError *error);
    // At open: takes out every user slot that no active users row claims (see StoreKeySlots.cpp).
    void completeInterruptedRemovals(const QString &unlockedSlot);
    // One keyring change: edit a copy, save it whole, then take it (*newSlot: the slot it added).
    bool changeKeyring(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                       const char *what, StoreError *error, QString *newSlot = nullptr);
    std::unique_ptr<Private> d;
};

} // namespace pd
