#pragma once

#include "crypto/Keyring.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QtEndian>

#include <sodium.h>

// Shared by the keyring's files, not part of the crypto API.
namespace pd::keyring {

using Status = Keyring::Status;

using namespace Qt::StringLiterals;

constexpr auto formatName = "privacydesk-keyring"_L1;
constexpr auto kdfAlgName = "argon2id13"_L1;
constexpr auto kindUser = "user"_L1;
constexpr auto kindRecovery = "recovery"_L1;

constexpr std::size_t masterKeyBytes = 32;
static_assert(masterKeyBytes == crypto_kdf_KEYBYTES);
constexpr std::size_t kekBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t saltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t userSaltBytes = 16;
static_assert(userSaltBytes >= crypto_generichash_KEYBYTES_MIN);
constexpr std::size_t pkBytes = crypto_box_PUBLICKEYBYTES;
constexpr std::size_t skBytes = crypto_box_SECRETKEYBYTES;
constexpr std::size_t wrappedSkBytes = skBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t sealedMasterBytes = masterKeyBytes + crypto_box_SEALBYTES;
constexpr std::size_t macBytes = crypto_generichash_BYTES; // 32
static_assert(macBytes == crypto_verify_32_BYTES);
constexpr std::size_t userTagBytes = 32;
constexpr std::size_t slotIdBytes = 8; // 16 hex characters

constexpr quint64 macSubkeyId = 1;
constexpr char macContext[crypto_kdf_CONTEXTBYTES + 1] = "PDKEYRNG";
constexpr quint64 auditWrapSubkeyId = 2;
constexpr quint64 auditCheckpointSubkeyId = 3;
constexpr std::size_t auditKeyBytes = 32;
constexpr std::size_t wrappedAuditKeyBytes
    = auditKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Slots keep the associated data of version 1: a new keyring version must not orphan them.
constexpr quint64 slotAdVersion = 1;

// The file is read before anything is authenticated: a hostile file must neither crash us nor make
// Argon2id run for hours.
constexpr qsizetype maxFileBytes = 1024 * 1024;
constexpr qsizetype maxSlots = 64;
constexpr quint64 maxOpsLimit = 64;
constexpr quint64 maxMemLimit = quint64(4) << 30; // 4 GiB

struct Slot
{
    QString id;
    KeySlotKind kind = KeySlotKind::User;
    QString userTag; // hex; empty for the recovery slot
    QString created; // ISO 8601 UTC, kept verbatim because it is MACed
    KdfParams kdf;
    QByteArray salt;
    QByteArray pk;
    QByteArray nonce;
    QByteArray wrappedSk;
    QByteArray sealedMaster;
};

inline void setStatus(Status *status, Status value)
{
    if (status)
        *status = value;
}

// Sets *status and says whether it is Ok: `return report(status, Status::Malformed);`.
inline bool report(Status *status, Status value)
{
    setStatus(status, value);
    return value == Status::Ok;
}

inline const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

inline unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

QLatin1StringView kindName(KeySlotKind kind);
bool kdfInRange(const KdfParams &kdf);
QString normalisedUserName(QStringView userName);
QString randomHex(std::size_t size);
QByteArray randomBytes(std::size_t size);
Status deriveKek(const SecureBytes &password, const QByteArray &salt, const KdfParams &kdf,
                 SecureBytes *kek);

// Length-prefixed, so that no two different field lists give the same bytes.
class Canonical final
{
public:
    explicit Canonical(QLatin1StringView domain) { addString(domain); }

    void addBytes(const QByteArray &value)
    {
        addLength(static_cast<quint64>(value.size()));
        m_bytes.append(value);
    }
    void addString(QStringView value) { addBytes(value.toUtf8()); }
    void addString(QLatin1StringView value) { addBytes(QByteArray(value.data(), value.size())); }
    void addNumber(quint64 value)
    {
        const quint64 big = qToBigEndian(value);
        m_bytes.append(reinterpret_cast<const char *>(&big), sizeof big);
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    void addLength(quint64 length) { addNumber(length); }
    QByteArray m_bytes;
};

} // namespace pd::keyring

namespace pd {

struct Keyring::Private
{
    bool valid = false;
    QUuid storeId;
    QByteArray userSalt;
    QList<keyring::Slot> keySlots;
    QByteArray mac; // empty only while the keyring has never held a slot
    bool hasAnchor = false; // version 2
    AuditAnchor anchor;
    QByteArray auditKeyNonce;
    QByteArray wrappedAuditKey;

    int version() const { return hasAnchor ? 2 : 1; }
    Status auditWrapKey(const SecureBytes &masterKey, SecureBytes *key) const;
    QByteArray auditKeyAssociatedData() const;
    // Both left as they were on failure.
    Status wrapAuditKey(const SecureBytes &auditKey, const SecureBytes &masterKey);

    QByteArray slotAssociatedData(const keyring::Slot &slot) const;
    QByteArray macInput() const;
    QByteArray computeMac(const SecureBytes &masterKey) const;
    bool macMatches(const SecureBytes &masterKey) const;
    Status checkMacForChange(const SecureBytes &masterKey) const;
    QString userTag(QStringView userName) const;
    qsizetype findUser(QStringView userName) const;
    qsizetype userSlotCount() const;
    Status removeUserSlotAt(qsizetype index, const SecureBytes &masterKey, Status notFound);
    QString newSlotId() const;
    void dummyKdf() const;

    Status makeSlot(KeySlotKind kind, const QString &tag, const SecureBytes &password,
                    const SecureBytes &masterKey, const KdfParams &kdf, keyring::Slot *slot) const;
    Status wrapSecretKey(keyring::Slot *slot, const SecureBytes &password,
                         const SecureBytes &sk) const;
    Status openSecretKey(const keyring::Slot &slot, const SecureBytes &password,
                         SecureBytes *sk) const;
    static Status openMaster(const keyring::Slot &slot, const SecureBytes &sk,
                             SecureBytes *masterKey);
    bool readSlots(const QJsonValue &slotsValue);
    bool readAnchor(const QJsonObject &object);

    SecureBytes unlockSlot(const keyring::Slot &slot, const SecureBytes &password,
                           Status *status) const;
};

} // namespace pd
