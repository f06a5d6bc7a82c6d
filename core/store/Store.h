#pragma once

#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>

namespace pd {

struct StoreCreateOptions
{
    QString organisationName;
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
// the PDSQLCIPHER driver, checks cipher_version and quick_check, and applies pending schema
// migrations in one transaction after a backup. The database connection belongs to the thread
// that opened the store. Destroying the Store closes the database, wipes the key and releases
// the lock.
class Store final
{
public:
    static constexpr auto databaseFileName = "privacydesk.db";
    static constexpr auto keyringFileName = "keyring.pdk";
    static constexpr auto lockFileName = ".lock";
    static constexpr auto backupDirName = "backups";

    // A folder that holds (at least) our keyring: opening it makes sense.
    static bool looksLikeStore(const QString &directory);
    // Where the store lives unless the user chose another folder (the GUI and the CLI agree),
    // and where the demo store with fictitious data lives, apart from it.
    static QString defaultDirectory();
    static QString demoDirectory();

    // The folder must be empty or not exist. recoveryKey receives the printable recovery key,
    // shown to the user exactly once.
    static std::unique_ptr<Store> create(const QString &directory, const QString &userName,
                                         const SecureBytes &password,
                                         const StoreCreateOptions &options, QString *recoveryKey,
                                         StoreError *error);
    // userName may be empty: then every user slot is tried (the CLI without --user).
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

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    QString directory() const;
    QString databasePath() const;
    // The acting user: every change made through this store is attributed to this name.
    QString userName() const;
    bool isDemo() const;
    StoreInfo info() const;

    // Full PRAGMA integrity_check, the keyring MAC and the audit chain (its first broken link);
    // problems in plain words.
    bool verify(QStringList *problems) const;

    // An encrypted, verified copy of the database (sqlcipher_export) and keyring in directory.
    bool backupTo(const QString &directory, StoreError *error) const;

    // Maps a failed SQL operation on this store to a StoreError (disk full, read-only, ...).
    static StoreError errorFromSql(const QSqlError &sqlError);

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace pd
