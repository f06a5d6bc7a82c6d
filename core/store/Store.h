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

// The slow half of opening (Argon2id): safe on any thread; it holds no connection and no lock.
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
    Keyring m_pendingKeyring;
    SecureBytes m_pendingMasterKey;
    QString m_pendingSlotId;
    StoreError m_error;
};

// A store folder: privacydesk.db (SQLCipher), keyring.pdk (key slots, no personal data), .lock (one
// process at a time), backups/ (taken before every migration). The connection belongs to the
// thread that opened it; destroying the Store wipes the key.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Store)

public:
    static constexpr auto databaseFileName = "privacydesk.db";
    static constexpr auto keyringFileName = "keyring.pdk";
    static constexpr auto lockFileName = ".lock";
    static constexpr auto backupDirName = "backups";
    // Opening completes or discards it ("Key rotation" in StoreKeySlots.cpp).
    static constexpr auto pendingKeyringFileName = "keyring.pdk.pending";
    static constexpr auto lastBackupKey = "backup.last";
    // UTC, ISO 8601; the result is "ok" or SQLite's first problems.
    static constexpr auto lastIntegrityCheckKey = "integrity.last_check";
    static constexpr auto integrityResultKey = "integrity.last_result";

    static bool looksLikeStore(const QString &directory);
    static QString defaultDirectory();
    static QString demoDirectory();
    // The demo folder holds only the demo, the default folder never the demo.
    static bool demoFolderRule(const QString &directory, bool demo, StoreError *error);

    // The folder must be empty or not exist; *recoveryKey is shown to the user exactly once.
    static std::unique_ptr<Store> create(const QString &directory, const QString &userName,
                                         const SecureBytes &password,
                                         const StoreCreateOptions &options, QString *recoveryKey,
                                         StoreError *error);
    // An empty userName tries every slot. A removed user's slot answers WrongPassword, as a wrong
    // password does.
    static std::unique_ptr<Store> open(const QString &directory, const QString &userName,
                                       const SecureBytes &password, StoreError *error);
    static std::unique_ptr<Store> openWithRecoveryKey(const QString &directory,
                                                      QStringView recoveryKey, StoreError *error);

    static std::shared_ptr<StoreKey> unlock(const QString &directory, const QString &userName,
                                            const SecureBytes &password);
    static std::shared_ptr<StoreKey> unlockWithRecoveryKey(const QString &directory,
                                                           QStringView recoveryKey);
    static std::unique_ptr<Store> open(const std::shared_ptr<StoreKey> &key, StoreError *error);
    static std::shared_ptr<StoreKey> prepareNew(const QString &userName,
                                                const SecureBytes &password, const KdfParams &kdf);
    static std::unique_ptr<Store> create(const QString &directory,
                                         const std::shared_ptr<StoreKey> &prepared,
                                         const StoreCreateOptions &options, QString *recoveryKey,
                                         StoreError *error);

    // No keyring, lock or folder: what needs them answers NotOnServer. While a restore is
    // unfinished it opens only with Restoring::Yes, for that restore.
    enum class Restoring { No, Yes };
    static std::unique_ptr<Store> openServer(const ServerLocation &location,
                                             const QString &userName, const SecureBytes &password,
                                             StoreError *error,
                                             Restoring restoring = Restoring::No);
    bool isServer() const;
    std::optional<ServerLocation> serverLocation() const;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    QString directory() const;
    QString databasePath() const;
    // The actor of every change, as the users row's login; "herstelsleutel" with the recovery key.
    QString userName() const;
    bool isDemo() const;
    // Known since opening: no read. info() reads the database every time.
    QUuid storeId() const;
    StoreInfo info() const;

    // rows: cases/TrailRows::all(); none given is itself a problem.
    bool verify(QStringList *problems, const RecordedState::Sources &rows,
                AuditLog::Scope auditScope = AuditLog::Scope::Full,
                QStringList *notes = nullptr) const;

    // To run on another thread, with its own connection; then recordIntegrityCheck.
    std::unique_ptr<IntegrityCheck> integrityCheck() const;
    // A cancelled check writes nothing.
    bool recordIntegrityCheck(const IntegrityCheck::Result &result, StoreError *error) const;
    struct IntegrityRecord
    {
        QDateTime at; // UTC; invalid when no check ever ran
        bool ok = false;
        QString problems; // what the failed check reported
    };
    bool lastIntegrityCheck(IntegrityRecord *record, StoreError *error) const;

    // Translated sentences about what opening repaired, for the beheerder.
    QStringList openWarnings() const;

    bool openedWithRecoveryKey() const;

    // Never a half folder, over a file or into the store's folder; failing quick_check is Corrupt.
    // A broken audit chain is logged, named in the event and drops the checkpoint, so that later
    // verifications report it; the backup is still made.
    bool backupTo(const QString &directory, StoreError *error) const;
    AuditLog::Verification lastBackupAuditCheck() const;
    // Invalid when never.
    QDateTime lastBackup() const;
    bool backupInto(const QString &parent, const QDateTime &localTime, QString *made,
                    StoreError *error) const;
    // Only a backup of this store; *removed even when recording it then failed.
    bool removeBackup(const QString &directory, bool *removed, StoreError *error) const;

    // In order, stopping at the first failure: the backup staged and verified (the live store
    // untouched); a safety backup of the live store; the staged copy made whole (store.restored,
    // then beforeReplace); under the lock the database renamed into place, the one moment the store
    // changes; opened once more as a check. Another store's backup is OtherStore unless otherStore.
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
    // beforeReplace's work on the staged store; false refuses the restore.
    using StagedWork = std::function<bool(Store &staged, StoreError *error)>;
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, QString *safetyBackup,
                        StoreError *error, bool otherStore, RestoreIdentities *identities = nullptr,
                        const StagedWork &beforeReplace = {});

    // Key slots: the store does the mechanics; who may, the users table and the events are
    // UserService's. New slots get the costliest user slot's Argon2id cost.
    KdfParams keySlotKdf() const;
    bool hasKeySlot(const QString &userName) const;
    // The new slot's id, or empty with *error.
    QString addKeySlot(const QString &userName, const SecureBytes &password, StoreError *error);
    // Without a new master key: only to undo an uncommitted add, or for a password reset.
    bool dropKeySlot(const QString &userName, StoreError *error);
    bool changeKeySlotPassword(const QString &userName, const SecureBytes &oldPassword,
                               const SecureBytes &newPassword, StoreError *error);
    QString resetKeySlotPassword(const QString &userName, const SecureBytes &newPassword,
                                 StoreError *error);
    // Shown once; the old one is revoked.
    QString replaceRecoveryKey(StoreError *error);
    // With a fresh master key, so that a copied old key or keyring opens nothing written from now
    // on. Needs no other connection and no open transaction.
    bool removeKeySlotAndRekey(const QString &userName, StoreError *error);

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
    // A verifier made on the client.
    bool setServerPassword(const QString &userName, const SecureBytes &password, StoreError *error);
    bool rekeyWith(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                   StoreError *error);
    void completeInterruptedRemovals(const QString &unlockedSlot);
    bool changeKeyring(const std::function<bool(Keyring &, Keyring::Status *)> &edit,
                       const char *what, StoreError *error, QString *newSlot = nullptr);
    std::unique_ptr<Private> d;
};

} // namespace pd
