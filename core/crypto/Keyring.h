#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace pd {

// Argon2id cost of one key slot. Stored per slot so that tests can use libsodium's minimum
// while real stores use at least the "moderate" limits (3 passes, 256 MiB).
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

// What anyone may read of a slot: no secrets, and no user name either (the keyring sits
// unencrypted beside the database, so a user is known only by a salted hash of the name).
struct KeySlotInfo
{
    QString id;
    KeySlotKind kind = KeySlotKind::User;
    KdfParams kdf;
    QDateTime created; // UTC
};

// Where the store's audit trail stood when it was last written, kept in the keyring,
// outside the database, under the keyring's MAC: an older copy of the database, a lost -wal or
// a trail cut off at its tail ends before the anchor or differs at its seq. keyedFrom is the
// first seq whose chain hash is keyed with the audit key (earlier events of a store made
// before keying keep their plain hashes), so nobody can move that switch point either.
struct AuditAnchor
{
    qint64 seq = 0; // the head's seq; 0 for an empty trail
    QByteArray hash; // the head's chain hash, 32 raw bytes (empty for seq 0)
    qint64 keyedFrom = 1;
    friend bool operator==(const AuditAnchor &, const AuditAnchor &) = default;
};

// The key slots of one store, LUKS-style, in a small file beside the database. It holds no
// personal data.
//
// A slot owns an X25519 key pair. Its secret key is wrapped with XChaCha20-Poly1305 under a
// key derived from the user's password with Argon2id (salt and limits in the slot, the slot's
// header as associated data). The store's master key is sealed to the slot's public key
// (crypto_box_seal). So a new master key (rekey after removing a user) can be sealed to every
// remaining slot without knowing their passwords, and a password change rewraps only one
// slot. The whole keyring is authenticated with a MAC keyed from the master key: after an
// unlock, any edit, added, removed or swapped slot is reported as Tampered.
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

    // 2: with the audit anchor and the wrapped audit key. A keyring without them (as every
    // keyring written before) is still written and read as version 1.
    static constexpr int formatVersion = 2;

    Keyring();
    ~Keyring();
    Keyring(Keyring &&) noexcept;
    Keyring &operator=(Keyring &&) noexcept;
    Keyring(const Keyring &) = delete;
    Keyring &operator=(const Keyring &) = delete;

    // An empty keyring with a new random store id.
    static Keyring create();
    // Refuses (NotRegularFile) anything but an ordinary file, without reading or following it.
    static Keyring load(const QString &path, Status *status);
    static Keyring parse(const QByteArray &bytes, Status *status); // never crashes on bad input
    QByteArray serialize() const;
    // Atomic (QSaveFile), file mode 0600.
    bool save(const QString &path, QString *errorString) const;

    bool isValid() const; // false for a keyring that failed to load
    QUuid storeId() const;
    QList<KeySlotInfo> keySlots() const; // not slots(): that is a Qt keyword macro
    bool hasUser(QStringView userName) const;
    bool hasRecoverySlot() const;

    // Unlocking returns the 32-byte master key, or an empty SecureBytes with *status set.
    // Every unlock verifies the keyring MAC with the key it found. unlockUser: UnknownUser for
    // a name without a slot (after a dummy Argon2id, for timing). unlockAnyUser: WrongPassword
    // when no user slot opens. unlockRecovery: NotFound without a recovery slot, WrongPassword
    // for text that is not a well-formed recovery key.
    SecureBytes unlockUser(QStringView userName, const SecureBytes &password, Status *status) const;
    SecureBytes unlockAnyUser(const SecureBytes &password, QString *slotId, Status *status) const;
    SecureBytes unlockRecovery(QStringView recoveryKeyText, Status *status) const;

    // Changes. Each needs the master key (changePassword recovers it from the old password),
    // refuses with Tampered if the current MAC does not verify under it, and re-computes the
    // MAC. The first slot added to a keyring from create() sets its master key. removeUser
    // does not rotate the master key: rekey the database, then call rewrapMasterKey.
    bool addUser(QStringView userName, const SecureBytes &password, const SecureBytes &masterKey,
                 const KdfParams &kdf, Status *status);
    bool changePassword(QStringView userName, const SecureBytes &oldPassword,
                        const SecureBytes &newPassword, const KdfParams &kdf, Status *status);
    bool removeUser(QStringView userName, const SecureBytes &masterKey, Status *status);
    // Takes out the user slot with this id, without rotating the master key (as removeUser).
    // For a slot no active user claims any more (Store's sweep after an interrupted removal or
    // add). NotFound for an unknown id and for the recovery slot, LastUser for the last user slot.
    bool removeSlot(QStringView slotId, const SecureBytes &masterKey, Status *status);
    // The id of the user's slot; empty when the name has none.
    QString slotIdOf(QStringView userName) const;
    // A new password for a user whose old one is not known (a beheerder's reset): the slot is
    // replaced in place by a fresh one (new key pair, new id) sealing masterKey. No rekey: the
    // user keeps access, only the password changes.
    bool resetPassword(QStringView userName, const SecureBytes &newPassword,
                       const SecureBytes &masterKey, const KdfParams &kdf, Status *status);
    // Replaces the recovery slot (revoking the old one); returns the new recovery key text as
    // RecoveryKey::format gives it, or an empty string with *status set.
    QString replaceRecoveryKey(const SecureBytes &masterKey, const KdfParams &kdf, Status *status);
    // After the database was rekeyed: seal newMasterKey to every slot, re-MAC.
    bool rewrapMasterKey(const SecureBytes &oldMasterKey, const SecureBytes &newMasterKey,
                         Status *status);
    bool verify(const SecureBytes &masterKey) const;

    // The audit anchor; false when the keyring has none yet (a version 1 keyring).
    bool hasAuditAnchor() const;
    AuditAnchor auditAnchor() const;
    // Sets the anchor (re-MACs; refuses with Tampered if the MAC does not verify). The first
    // anchor also makes the store's random 32-byte audit key, wrapped under a key derived
    // from the master key, so that it survives a rekey (rewrapMasterKey rewraps it).
    bool setAuditAnchor(const AuditAnchor &anchor, const SecureBytes &masterKey, Status *status);
    // The audit key, or empty (with *status) without an anchor or when it does not unwrap.
    SecureBytes auditKey(const SecureBytes &masterKey, Status *status) const;
    // The key of the audit trail's verified checkpoints: a dedicated subkey of the
    // master key (libsodium KDF, its own subkey id), never the master key itself. Empty when
    // masterKey is not a master key or libsodium fails.
    static SecureBytes auditCheckpointKey(const SecureBytes &masterKey);

private:
    struct Private;
    Private *d;
};

} // namespace pd
