#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace pd {

struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    static KdfParams moderate();
    static KdfParams sensitive();
    static KdfParams minimum(); // tests only: crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN
    bool isAtLeastModerate() const;
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

enum class KeySlotKind { User, Recovery };

// No user name either: the keyring sits unencrypted beside the database, so a user is known by a
// salted hash of the name.
struct KeySlotInfo
{
    QString id;
    KeySlotKind kind = KeySlotKind::User;
    KdfParams kdf;
    QDateTime created; // UTC
};

// Kept outside the database under the keyring's MAC, so that an older database copy, a lost -wal or
// a cut-off trail shows; nobody can move keyedFrom either.
struct AuditAnchor
{
    qint64 seq = 0; // the head's seq; 0 for an empty trail
    QByteArray hash; // the head's chain hash, 32 raw bytes (empty for seq 0)
    qint64 keyedFrom = 1;
    friend bool operator==(const AuditAnchor &, const AuditAnchor &) = default;
};

// The key slots of one store, LUKS-style, beside the database; no personal data. The master key is
// sealed to each slot's public key, so that a rekey needs no user's password and a password change
// rewraps one slot. A MAC keyed from the master key reports any edited, added or swapped slot as
// Tampered.
class Keyring final
{
public:
    enum class Status {
        Ok,
        NotFound,
        IoError,
        Malformed,
        UnsupportedVersion,
        WrongPassword, // also for an unknown user: callers must not reveal which
        UnknownUser,
        Tampered,
        CryptoFailure, // libsodium failed (e.g. out of memory for Argon2id)
        LastUser, // removeUser: the last user slot cannot be removed
        DuplicateUser, // addUser: a slot for that user name exists already
        InvalidArgument, // empty user name or password, master key not 32 bytes, KDF out of range
        NotRegularFile, // load: the path is a symlink, FIFO, device or folder; it was not read
    };

    // A keyring without the audit anchor is still written and read as version 1.
    static constexpr int formatVersion = 2;

    Keyring();
    ~Keyring();
    Keyring(Keyring &&) noexcept;
    Keyring &operator=(Keyring &&) noexcept;
    Keyring(const Keyring &) = delete;
    Keyring &operator=(const Keyring &) = delete;

    static Keyring create();
    static Keyring load(const QString &path, Status *status);
    static Keyring parse(const QByteArray &bytes, Status *status); // never crashes on bad input
    QByteArray serialize() const;
    bool save(const QString &path, QString *errorString) const;

    bool isValid() const; // false for a keyring that failed to load
    QUuid storeId() const;
    QList<KeySlotInfo> keySlots() const; // not slots(): that is a Qt keyword macro
    bool hasUser(QStringView userName) const;
    bool hasRecoverySlot() const;

    // Empty with *status set on failure; every unlock verifies the MAC. An unknown user costs a
    // dummy Argon2id, for timing.
    SecureBytes unlockUser(QStringView userName, const SecureBytes &password, Status *status) const;
    SecureBytes unlockAnyUser(const SecureBytes &password, QString *slotId, Status *status) const;
    SecureBytes unlockRecovery(QStringView recoveryKeyText, Status *status) const;

    // Each needs the master key and refuses with Tampered when the MAC does not verify under it.
    // removeUser does not rotate the master key: rekey the database, then rewrapMasterKey.
    bool addUser(QStringView userName, const SecureBytes &password, const SecureBytes &masterKey,
                 const KdfParams &kdf, Status *status);
    bool changePassword(QStringView userName, const SecureBytes &oldPassword,
                        const SecureBytes &newPassword, const KdfParams &kdf, Status *status);
    bool removeUser(QStringView userName, const SecureBytes &masterKey, Status *status);
    // For a slot no active user claims any more (after an interrupted removal or add).
    bool removeSlot(QStringView slotId, const SecureBytes &masterKey, Status *status);
    QString slotIdOf(QStringView userName) const;
    // No rekey: the user keeps access, only the password changes.
    bool resetPassword(QStringView userName, const SecureBytes &newPassword,
                       const SecureBytes &masterKey, const KdfParams &kdf, Status *status);
    QString replaceRecoveryKey(const SecureBytes &masterKey, const KdfParams &kdf, Status *status);
    bool rewrapMasterKey(const SecureBytes &oldMasterKey, const SecureBytes &newMasterKey,
                         Status *status);
    bool verify(const SecureBytes &masterKey) const;

    bool hasAuditAnchor() const;
    AuditAnchor auditAnchor() const;
    // The first anchor also makes the audit key, wrapped under a key derived from the master key so
    // that it survives a rekey.
    bool setAuditAnchor(const AuditAnchor &anchor, const SecureBytes &masterKey, Status *status);
    SecureBytes auditKey(const SecureBytes &masterKey, Status *status) const;
    // A subkey of the master key, never the master key itself.
    static SecureBytes auditCheckpointKey(const SecureBytes &masterKey);

private:
    struct Private;
    Private *d;
};

} // namespace pd
