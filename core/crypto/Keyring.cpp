#include "crypto/Keyring.h"

#include "crypto/RecoveryKey.h"
#include "crypto/RegularFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

using Status = Keyring::Status;

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
// The key that wraps the audit key: derived from the master key, like the MAC key.
constexpr quint64 auditWrapSubkeyId = 2;
// The MAC key of the audit trail's checkpoint row in the database (issue 19).
constexpr quint64 auditCheckpointSubkeyId = 3;
constexpr std::size_t auditKeyBytes = 32;
constexpr std::size_t wrappedAuditKeyBytes
    = auditKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Slots keep the associated data of version 1: a new keyring version must not orphan them.
constexpr quint64 slotAdVersion = 1;

// Parse limits: the file is read before anything is authenticated, and a hostile file must
// neither crash us nor make one Argon2id run for hours or exhaust memory.
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

void setStatus(Status *status, Status value)
{
    if (status)
        *status = value;
}

QLatin1StringView kindName(KeySlotKind kind)
{
    return kind == KeySlotKind::User ? kindUser : kindRecovery;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

bool kdfInRange(const KdfParams &kdf)
{
    return kdf.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && kdf.opsLimit <= maxOpsLimit
        && kdf.memLimit >= crypto_pwhash_MEMLIMIT_MIN && kdf.memLimit <= maxMemLimit;
}

// Length-prefixed fields, so that no two different field lists give the same bytes.
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

QString normalisedUserName(QStringView userName)
{
    return userName.trimmed().toString().toCaseFolded().normalized(QString::NormalizationForm_KC);
}

QString randomHex(std::size_t size)
{
    QByteArray raw(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(raw.data(), size);
    return QString::fromLatin1(raw.toHex());
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray raw(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(raw.data(), size);
    return raw;
}

// Argon2id of a password into a 32-byte key-encryption key.
Status deriveKek(const SecureBytes &password, const QByteArray &salt, const KdfParams &kdf,
                 SecureBytes *kek)
{
    static const char emptyPassword = 0; // crypto_pwhash wants a non-null pointer
    const char *pw
        = password.isEmpty() ? &emptyPassword : reinterpret_cast<const char *>(password.data());
    SecureBytes out(kekBytes);
    if (salt.size() != static_cast<qsizetype>(saltBytes) || !kdfInRange(kdf))
        return Status::CryptoFailure;
    if (crypto_pwhash(out.data(), out.size(), pw, password.size(), bytes(salt), kdf.opsLimit,
                      static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Status::CryptoFailure; // usually out of memory
    *kek = std::move(out);
    return Status::Ok;
}

} // namespace

// ---- KdfParams ----

KdfParams KdfParams::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

KdfParams KdfParams::sensitive()
{
    return { crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE };
}

KdfParams KdfParams::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool KdfParams::isAtLeastModerate() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MODERATE
        && memLimit >= crypto_pwhash_MEMLIMIT_MODERATE;
}

// ---- Keyring ----

struct Keyring::Private
{
    bool valid = false;
    QUuid storeId;
    QByteArray userSalt;
    QList<Slot> keySlots;
    QByteArray mac; // empty only while the keyring has never held a slot
    bool hasAnchor = false; // version 2
    AuditAnchor anchor;
    QByteArray auditKeyNonce;
    QByteArray wrappedAuditKey;

    int version() const { return hasAnchor ? 2 : 1; }
    Status auditWrapKey(const SecureBytes &masterKey, SecureBytes *key) const;
    QByteArray auditKeyAssociatedData() const;
    // Wraps auditKey under the key derived from masterKey into auditKeyNonce/wrappedAuditKey
    // (both left as they were on failure).
    Status wrapAuditKey(const SecureBytes &auditKey, const SecureBytes &masterKey);

    QByteArray slotAssociatedData(const Slot &slot) const;
    QByteArray macInput() const;
    QByteArray computeMac(const SecureBytes &masterKey) const;
    bool macMatches(const SecureBytes &masterKey) const;
    Status checkMacForChange(const SecureBytes &masterKey) const;
    QString userTag(QStringView userName) const;
    qsizetype findUser(QStringView userName) const;
    qsizetype userSlotCount() const;
    // Removes the user slot at index (-1: none found) unless it is the last one, and re-MACs.
    Status removeUserSlotAt(qsizetype index, const SecureBytes &masterKey, Status notFound);
    QString newSlotId() const;
    void dummyKdf() const;

    Status makeSlot(KeySlotKind kind, const QString &tag, const SecureBytes &password,
                    const SecureBytes &masterKey, const KdfParams &kdf, Slot *slot) const;
    Status wrapSecretKey(Slot *slot, const SecureBytes &password, const SecureBytes &sk) const;
    Status openSecretKey(const Slot &slot, const SecureBytes &password, SecureBytes *sk) const;
    static Status openMaster(const Slot &slot, const SecureBytes &sk, SecureBytes *masterKey);
    SecureBytes unlockSlot(const Slot &slot, const SecureBytes &password, Status *status) const;
};

QByteArray Keyring::Private::slotAssociatedData(const Slot &slot) const
{
    Canonical c("privacydesk-keyring-slot-ad"_L1);
    c.addString(formatName);
    c.addNumber(slotAdVersion);
    c.addBytes(storeId.toRfc4122());
    c.addString(slot.id);
    c.addString(kindName(slot.kind));
    c.addString(slot.userTag);
    c.addString(kdfAlgName);
    c.addNumber(slot.kdf.opsLimit);
    c.addNumber(slot.kdf.memLimit);
    c.addBytes(slot.salt);
    c.addBytes(slot.pk);
    return c.bytes();
}

QByteArray Keyring::Private::macInput() const
{
    Canonical c("privacydesk-keyring-mac"_L1);
    c.addString(formatName);
    c.addNumber(static_cast<quint64>(version()));
    c.addBytes(storeId.toRfc4122());
    c.addBytes(userSalt);
    c.addNumber(static_cast<quint64>(keySlots.size()));
    for (const Slot &slot : keySlots) {
        c.addString(slot.id);
        c.addString(kindName(slot.kind));
        c.addString(slot.userTag);
        c.addString(slot.created);
        c.addString(kdfAlgName);
        c.addNumber(slot.kdf.opsLimit);
        c.addNumber(slot.kdf.memLimit);
        c.addBytes(slot.salt);
        c.addBytes(slot.pk);
        c.addBytes(slot.nonce);
        c.addBytes(slot.wrappedSk);
        c.addBytes(slot.sealedMaster);
    }
    if (hasAnchor) {
        c.addNumber(static_cast<quint64>(anchor.seq));
        c.addBytes(anchor.hash);
        c.addNumber(static_cast<quint64>(anchor.keyedFrom));
        c.addBytes(auditKeyNonce);
        c.addBytes(wrappedAuditKey);
    }
    return c.bytes();
}

Status Keyring::Private::auditWrapKey(const SecureBytes &masterKey, SecureBytes *key) const
{
    if (masterKey.size() != masterKeyBytes)
        return Status::InvalidArgument;
    SecureBytes out(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_kdf_derive_from_key(out.data(), out.size(), auditWrapSubkeyId, macContext,
                                   masterKey.data())
        != 0)
        return Status::CryptoFailure;
    *key = std::move(out);
    return Status::Ok;
}

Status Keyring::Private::wrapAuditKey(const SecureBytes &auditKey, const SecureBytes &masterKey)
{
    SecureBytes wrapKey;
    if (const Status s = auditWrapKey(masterKey, &wrapKey); s != Status::Ok)
        return s;
    const QByteArray nonce = randomBytes(nonceBytes);
    const QByteArray ad = auditKeyAssociatedData();
    QByteArray wrapped(static_cast<qsizetype>(wrappedAuditKeyBytes), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes(wrapped), &length, auditKey.data(), auditKey.size(), bytes(ad),
            static_cast<unsigned long long>(ad.size()), nullptr, bytes(nonce), wrapKey.data())
        != 0)
        return Status::CryptoFailure;
    auditKeyNonce = nonce;
    wrappedAuditKey = wrapped;
    return Status::Ok;
}

QByteArray Keyring::Private::auditKeyAssociatedData() const
{
    Canonical c("privacydesk-keyring-audit-key"_L1);
    c.addBytes(storeId.toRfc4122());
    return c.bytes();
}

QByteArray Keyring::Private::computeMac(const SecureBytes &masterKey) const
{
    if (masterKey.size() != masterKeyBytes)
        return {};
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    if (crypto_kdf_derive_from_key(macKey.data(), macKey.size(), macSubkeyId, macContext,
                                   masterKey.data())
        != 0)
        return {};
    const QByteArray input = macInput();
    QByteArray result(static_cast<qsizetype>(macBytes), Qt::Uninitialized);
    if (crypto_generichash(bytes(result), macBytes, bytes(input),
                           static_cast<unsigned long long>(input.size()), macKey.data(),
                           macKey.size())
        != 0)
        return {};
    return result;
}

bool Keyring::Private::macMatches(const SecureBytes &masterKey) const
{
    if (mac.size() != static_cast<qsizetype>(macBytes))
        return false;
    const QByteArray expected = computeMac(masterKey);
    if (expected.size() != static_cast<qsizetype>(macBytes))
        return false;
    return crypto_verify_32(bytes(expected), bytes(mac)) == 0;
}

Status Keyring::Private::checkMacForChange(const SecureBytes &masterKey) const
{
    if (masterKey.size() != masterKeyBytes)
        return Status::InvalidArgument;
    // A keyring that never held a slot has no MAC yet: its first slot sets the master key.
    if (keySlots.isEmpty() && mac.isEmpty())
        return Status::Ok;
    return macMatches(masterKey) ? Status::Ok : Status::Tampered;
}

QString Keyring::Private::userTag(QStringView userName) const
{
    QByteArray name = normalisedUserName(userName).toUtf8();
    QByteArray tag(static_cast<qsizetype>(userTagBytes), Qt::Uninitialized);
    const int rc = crypto_generichash(bytes(tag), userTagBytes, bytes(name),
                                      static_cast<unsigned long long>(name.size()), bytes(userSalt),
                                      static_cast<std::size_t>(userSalt.size()));
    wipe(name);
    if (rc != 0)
        return {};
    return QString::fromLatin1(tag.toHex());
}

qsizetype Keyring::Private::findUser(QStringView userName) const
{
    if (normalisedUserName(userName).isEmpty())
        return -1;
    const QString tag = userTag(userName);
    if (tag.isEmpty())
        return -1;
    for (qsizetype i = 0; i < keySlots.size(); ++i) {
        if (keySlots.at(i).kind == KeySlotKind::User && keySlots.at(i).userTag == tag)
            return i;
    }
    return -1;
}

qsizetype Keyring::Private::userSlotCount() const
{
    qsizetype n = 0;
    for (const Slot &slot : keySlots) {
        if (slot.kind == KeySlotKind::User)
            ++n;
    }
    return n;
}

Status Keyring::Private::removeUserSlotAt(qsizetype index, const SecureBytes &masterKey,
                                          Status notFound)
{
    if (index < 0)
        return notFound;
    if (userSlotCount() <= 1)
        return Status::LastUser;
    keySlots.removeAt(index);
    mac = computeMac(masterKey);
    return Status::Ok;
}

QString Keyring::Private::newSlotId() const
{
    for (;;) {
        const QString id = randomHex(slotIdBytes);
        bool taken = false;
        for (const Slot &slot : keySlots)
            taken = taken || slot.id == id;
        if (!taken)
            return id;
    }
}

// Costs what a real slot would, so that an unknown user name cannot be told apart by timing.
void Keyring::Private::dummyKdf() const
{
    KdfParams kdf = KdfParams::minimum();
    for (const Slot &slot : keySlots) {
        if (slot.kind == KeySlotKind::User) {
            kdf = slot.kdf;
            break;
        }
    }
    SecureBytes kek;
    const SecureBytes password = SecureBytes::random(16);
    static_cast<void>(deriveKek(password, randomBytes(saltBytes), kdf, &kek));
}

Status Keyring::Private::wrapSecretKey(Slot *slot, const SecureBytes &password,
                                       const SecureBytes &sk) const
{
    SecureBytes kek;
    if (const Status s = deriveKek(password, slot->salt, slot->kdf, &kek); s != Status::Ok)
        return s;
    slot->nonce = randomBytes(nonceBytes);
    const QByteArray ad = slotAssociatedData(*slot);
    QByteArray wrapped(static_cast<qsizetype>(wrappedSkBytes), Qt::Uninitialized);
    unsigned long long wrappedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes(wrapped), &wrappedLength, sk.data(), sk.size(), bytes(ad),
            static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot->nonce), kek.data())
            != 0
        || wrappedLength != wrappedSkBytes)
        return Status::CryptoFailure;
    slot->wrappedSk = wrapped;
    return Status::Ok;
}

Status Keyring::Private::makeSlot(KeySlotKind kind, const QString &tag, const SecureBytes &password,
                                  const SecureBytes &masterKey, const KdfParams &kdf,
                                  Slot *slot) const
{
    Slot s;
    s.id = newSlotId();
    s.kind = kind;
    s.userTag = tag;
    s.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    s.kdf = kdf;
    s.salt = randomBytes(saltBytes);
    s.pk = QByteArray(static_cast<qsizetype>(pkBytes), '\0');
    SecureBytes sk(skBytes);
    if (crypto_box_keypair(bytes(s.pk), sk.data()) != 0)
        return Status::CryptoFailure;
    if (const Status st = wrapSecretKey(&s, password, sk); st != Status::Ok)
        return st;
    s.sealedMaster = QByteArray(static_cast<qsizetype>(sealedMasterBytes), '\0');
    if (crypto_box_seal(bytes(s.sealedMaster), masterKey.data(), masterKey.size(), bytes(s.pk))
        != 0)
        return Status::CryptoFailure;
    *slot = std::move(s);
    return Status::Ok;
}

Status Keyring::Private::openSecretKey(const Slot &slot, const SecureBytes &password,
                                       SecureBytes *sk) const
{
    SecureBytes kek;
    if (const Status s = deriveKek(password, slot.salt, slot.kdf, &kek); s != Status::Ok)
        return s;
    const QByteArray ad = slotAssociatedData(slot);
    SecureBytes out(skBytes);
    unsigned long long outLength = 0;
    if (slot.wrappedSk.size() != static_cast<qsizetype>(wrappedSkBytes)
        || slot.nonce.size() != static_cast<qsizetype>(nonceBytes)
        || crypto_aead_xchacha20poly1305_ietf_decrypt(
               out.data(), &outLength, nullptr, bytes(slot.wrappedSk), wrappedSkBytes, bytes(ad),
               static_cast<unsigned long long>(ad.size()), bytes(slot.nonce), kek.data())
            != 0
        || outLength != skBytes)
        return Status::WrongPassword;
    // The AD binds pk, but check the pair anyway: a slot whose keys disagree is not ours.
    unsigned char derivedPk[pkBytes];
    const bool pairOk = crypto_scalarmult_base(derivedPk, out.data()) == 0
        && slot.pk.size() == static_cast<qsizetype>(pkBytes)
        && sodium_memcmp(derivedPk, bytes(slot.pk), pkBytes) == 0;
    if (!pairOk)
        return Status::Tampered;
    *sk = std::move(out);
    return Status::Ok;
}

Status Keyring::Private::openMaster(const Slot &slot, const SecureBytes &sk, SecureBytes *masterKey)
{
    SecureBytes out(masterKeyBytes);
    if (slot.sealedMaster.size() != static_cast<qsizetype>(sealedMasterBytes)
        || crypto_box_seal_open(out.data(), bytes(slot.sealedMaster), sealedMasterBytes,
                                bytes(slot.pk), sk.data())
            != 0)
        return Status::Tampered;
    *masterKey = std::move(out);
    return Status::Ok;
}

SecureBytes Keyring::Private::unlockSlot(const Slot &slot, const SecureBytes &password,
                                         Status *status) const
{
    SecureBytes sk;
    if (const Status s = openSecretKey(slot, password, &sk); s != Status::Ok) {
        setStatus(status, s);
        return {};
    }
    SecureBytes master;
    if (const Status s = openMaster(slot, sk, &master); s != Status::Ok) {
        setStatus(status, s);
        return {};
    }
    if (!macMatches(master)) {
        setStatus(status, Status::Tampered);
        return {};
    }
    setStatus(status, Status::Ok);
    return master;
}

Keyring::Keyring()
    : d(new Private)
{ }

Keyring::~Keyring()
{
    delete d;
}

Keyring::Keyring(Keyring &&other) noexcept
    : d(std::exchange(other.d, nullptr))
{ }

Keyring &Keyring::operator=(Keyring &&other) noexcept
{
    if (this != &other) {
        delete d;
        d = std::exchange(other.d, nullptr);
    }
    return *this;
}

Keyring Keyring::create()
{
    initSodium();
    Keyring keyring;
    keyring.d->valid = true;
    keyring.d->storeId = QUuid::createUuid();
    keyring.d->userSalt = randomBytes(userSaltBytes);
    return keyring;
}

Keyring Keyring::load(const QString &path, Status *status)
{
    // Only an ordinary file is read, never followed through a link and never blocking on a
    // FIFO (RegularFile.h): the same check as for the database files of a store folder.
    FileKind kind = FileKind::Regular;
    const int fd = openRegularFile(path, &kind);
    if (fd < 0) {
        setStatus(status,
                  kind == FileKind::Missing          ? Status::NotFound
                      : kind == FileKind::NotRegular ? Status::NotRegularFile
                                                     : Status::IoError);
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        setStatus(status, Status::IoError);
        return {};
    }
    if (file.size() > maxFileBytes) {
        setStatus(status, Status::Malformed);
        return {};
    }
    const QByteArray contents = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        setStatus(status, Status::IoError);
        return {};
    }
    return parse(contents, status);
}

namespace {

bool readString(const QJsonObject &object, QLatin1StringView key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool readBase64(const QJsonObject &object, QLatin1StringView key, std::size_t size, QByteArray *out)
{
    QString text;
    if (!readString(object, key, &text))
        return false;
    const qsizetype maxEncoded = static_cast<qsizetype>(((size + 2) / 3) * 4);
    if (text.size() > maxEncoded)
        return false;
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != static_cast<qsizetype>(size))
        return false;
    *out = result.decoded;
    return true;
}

bool readInteger(const QJsonObject &object, QLatin1StringView key, quint64 min, quint64 max,
                 quint64 *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    // Written so that NaN fails too; only then is the conversion defined.
    if (!(v >= static_cast<double>(min) && v <= static_cast<double>(max)) || std::floor(v) != v)
        return false;
    *out = static_cast<quint64>(v);
    return true;
}

bool isLowerHex(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool parseSlot(const QJsonValue &value, Slot *slot)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    Slot s;
    QString kind;
    if (!readString(object, "id"_L1, &s.id) || !isLowerHex(s.id, slotIdBytes * 2)
        || !readString(object, "kind"_L1, &kind))
        return false;
    if (kind == kindUser) {
        s.kind = KeySlotKind::User;
        if (!readString(object, "user"_L1, &s.userTag) || !isLowerHex(s.userTag, userTagBytes * 2))
            return false;
    } else if (kind == kindRecovery) {
        s.kind = KeySlotKind::Recovery;
        if (object.contains("user"_L1))
            return false;
    } else {
        return false;
    }
    if (!readString(object, "created"_L1, &s.created) || s.created.size() > 64
        || !QDateTime::fromString(s.created, Qt::ISODate).isValid())
        return false;

    const QJsonValue kdfValue = object.value("kdf"_L1);
    if (!kdfValue.isObject())
        return false;
    const QJsonObject kdf = kdfValue.toObject();
    QString alg;
    if (!readString(kdf, "alg"_L1, &alg) || alg != kdfAlgName
        || !readInteger(kdf, "ops"_L1, crypto_pwhash_OPSLIMIT_MIN, maxOpsLimit, &s.kdf.opsLimit)
        || !readInteger(kdf, "mem"_L1, crypto_pwhash_MEMLIMIT_MIN, maxMemLimit, &s.kdf.memLimit)
        || !readBase64(kdf, "salt"_L1, saltBytes, &s.salt))
        return false;

    if (!readBase64(object, "pk"_L1, pkBytes, &s.pk)
        || !readBase64(object, "nonce"_L1, nonceBytes, &s.nonce)
        || !readBase64(object, "wrapped_sk"_L1, wrappedSkBytes, &s.wrappedSk)
        || !readBase64(object, "sealed_master"_L1, sealedMasterBytes, &s.sealedMaster))
        return false;
    *slot = std::move(s);
    return true;
}

} // namespace

Keyring Keyring::parse(const QByteArray &bytesIn, Status *status)
{
    initSodium();
    const auto malformed = [status] {
        setStatus(status, Status::Malformed);
        return Keyring();
    };
    if (bytesIn.size() > maxFileBytes)
        return malformed();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytesIn, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    const QJsonObject root = document.object();

    QString format;
    if (!readString(root, "format"_L1, &format) || format != formatName)
        return malformed();
    const QJsonValue versionValue = root.value("version"_L1);
    if (!versionValue.isDouble())
        return malformed();
    const double version = versionValue.toDouble();
    if (!(version >= 1.0) || std::floor(version) != version)
        return malformed();
    if (version > formatVersion) {
        setStatus(status, Status::UnsupportedVersion);
        return {};
    }

    Keyring keyring;
    Private &p = *keyring.d;
    QString storeId;
    if (!readString(root, "store_id"_L1, &storeId) || storeId.size() > 64)
        return malformed();
    p.storeId = QUuid::fromString(storeId);
    if (p.storeId.isNull())
        return malformed();
    if (!readBase64(root, "user_salt"_L1, userSaltBytes, &p.userSalt))
        return malformed();

    const QJsonValue slotsValue = root.value("slots"_L1);
    if (!slotsValue.isArray())
        return malformed();
    const QJsonArray slotArray = slotsValue.toArray();
    if (slotArray.size() > maxSlots)
        return malformed();
    QSet<QString> ids;
    QSet<QString> tags;
    int recoverySlots = 0;
    for (const QJsonValue &value : slotArray) {
        Slot slot;
        if (!parseSlot(value, &slot))
            return malformed();
        if (ids.contains(slot.id))
            return malformed();
        ids.insert(slot.id);
        if (slot.kind == KeySlotKind::User) {
            if (tags.contains(slot.userTag))
                return malformed();
            tags.insert(slot.userTag);
        } else if (++recoverySlots > 1) {
            return malformed();
        }
        p.keySlots.append(std::move(slot));
    }

    const QJsonValue anchorValue = root.value("audit_anchor"_L1);
    if (version >= 2.0) {
        if (!anchorValue.isObject())
            return malformed();
        const QJsonObject anchor = anchorValue.toObject();
        quint64 seq = 0;
        quint64 keyedFrom = 0;
        constexpr quint64 maxSeq = quint64(1) << 53; // exact in a JSON number
        if (!readInteger(anchor, "seq"_L1, 0, maxSeq, &seq)
            || !readInteger(anchor, "keyed_from"_L1, 1, maxSeq, &keyedFrom)
            || !readBase64(anchor, "key_nonce"_L1, nonceBytes, &p.auditKeyNonce)
            || !readBase64(anchor, "wrapped_key"_L1, wrappedAuditKeyBytes, &p.wrappedAuditKey))
            return malformed();
        if (seq > 0 && !readBase64(anchor, "hash"_L1, macBytes, &p.anchor.hash))
            return malformed();
        if (seq == 0 && anchor.contains("hash"_L1))
            return malformed();
        p.anchor.seq = static_cast<qint64>(seq);
        p.anchor.keyedFrom = static_cast<qint64>(keyedFrom);
        p.hasAnchor = true;
    } else if (!anchorValue.isUndefined()) {
        return malformed();
    }

    QString macText;
    if (!readString(root, "mac"_L1, &macText))
        return malformed();
    if (macText.isEmpty()) {
        if (!p.keySlots.isEmpty())
            return malformed(); // a keyring with slots is always MACed
    } else if (!readBase64(root, "mac"_L1, macBytes, &p.mac)) {
        return malformed();
    }

    p.valid = true;
    setStatus(status, Status::Ok);
    return keyring;
}

QByteArray Keyring::serialize() const
{
    if (!isValid())
        return {};
    QJsonArray slotArray;
    for (const Slot &slot : d->keySlots) {
        QJsonObject kdf;
        kdf.insert("alg"_L1, kdfAlgName);
        kdf.insert("ops"_L1, static_cast<double>(slot.kdf.opsLimit));
        kdf.insert("mem"_L1, static_cast<double>(slot.kdf.memLimit));
        kdf.insert("salt"_L1, QString::fromLatin1(slot.salt.toBase64()));
        QJsonObject object;
        object.insert("id"_L1, slot.id);
        object.insert("kind"_L1, kindName(slot.kind));
        if (slot.kind == KeySlotKind::User)
            object.insert("user"_L1, slot.userTag);
        object.insert("created"_L1, slot.created);
        object.insert("kdf"_L1, kdf);
        object.insert("pk"_L1, QString::fromLatin1(slot.pk.toBase64()));
        object.insert("nonce"_L1, QString::fromLatin1(slot.nonce.toBase64()));
        object.insert("wrapped_sk"_L1, QString::fromLatin1(slot.wrappedSk.toBase64()));
        object.insert("sealed_master"_L1, QString::fromLatin1(slot.sealedMaster.toBase64()));
        slotArray.append(object);
    }
    QJsonObject root;
    root.insert("format"_L1, formatName);
    root.insert("version"_L1, d->version());
    root.insert("store_id"_L1, d->storeId.toString(QUuid::WithoutBraces));
    root.insert("user_salt"_L1, QString::fromLatin1(d->userSalt.toBase64()));
    root.insert("slots"_L1, slotArray);
    if (d->hasAnchor) {
        QJsonObject anchor;
        anchor.insert("seq"_L1, static_cast<double>(d->anchor.seq));
        if (d->anchor.seq > 0)
            anchor.insert("hash"_L1, QString::fromLatin1(d->anchor.hash.toBase64()));
        anchor.insert("keyed_from"_L1, static_cast<double>(d->anchor.keyedFrom));
        anchor.insert("key_nonce"_L1, QString::fromLatin1(d->auditKeyNonce.toBase64()));
        anchor.insert("wrapped_key"_L1, QString::fromLatin1(d->wrappedAuditKey.toBase64()));
        root.insert("audit_anchor"_L1, anchor);
    }
    root.insert("mac"_L1, QString::fromLatin1(d->mac.toBase64()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Keyring::save(const QString &path, QString *errorString) const
{
    const auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!isValid())
        return fail(u"The keyring is not valid."_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Restrict the temporary file before anything is written to it.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.setPermissions(ownerOnly))
        return fail(file.errorString());
    const QByteArray contents = serialize();
    if (file.write(contents) != contents.size())
        return fail(file.errorString());
    // QSaveFile buffers the write; a full disk shows when the buffer is written out. commit()
    // writes it out too, but Qt 6.4's commit() does not see that write fail and renames the
    // short temporary file over the keyring (a full disk left keyring.pdk empty: the store lost).
    // Flushed here first, a failure cancels the save and the old keyring stays.
    if (!file.flush())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    if (!QFile::setPermissions(path, ownerOnly))
        return fail(u"Cannot restrict the permissions of %1."_s.arg(path));
    return true;
}

bool Keyring::isValid() const
{
    return d && d->valid;
}

QUuid Keyring::storeId() const
{
    return isValid() ? d->storeId : QUuid();
}

QList<KeySlotInfo> Keyring::keySlots() const
{
    QList<KeySlotInfo> result;
    if (!isValid())
        return result;
    for (const Slot &slot : d->keySlots) {
        KeySlotInfo info;
        info.id = slot.id;
        info.kind = slot.kind;
        info.kdf = slot.kdf;
        info.created = QDateTime::fromString(slot.created, Qt::ISODate).toUTC();
        result.append(info);
    }
    return result;
}

bool Keyring::hasUser(QStringView userName) const
{
    return isValid() && d->findUser(userName) >= 0;
}

bool Keyring::hasRecoverySlot() const
{
    if (!isValid())
        return false;
    for (const Slot &slot : d->keySlots) {
        if (slot.kind == KeySlotKind::Recovery)
            return true;
    }
    return false;
}

SecureBytes Keyring::unlockUser(QStringView userName, const SecureBytes &password,
                                Status *status) const
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return {};
    }
    const qsizetype index = d->findUser(userName);
    if (index < 0) {
        d->dummyKdf();
        setStatus(status, Status::UnknownUser);
        return {};
    }
    return d->unlockSlot(d->keySlots.at(index), password, status);
}

SecureBytes Keyring::unlockAnyUser(const SecureBytes &password, QString *slotId,
                                   Status *status) const
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return {};
    }
    bool triedAny = false;
    for (const Slot &slot : d->keySlots) {
        if (slot.kind != KeySlotKind::User)
            continue;
        triedAny = true;
        Status s = Status::WrongPassword;
        SecureBytes master = d->unlockSlot(slot, password, &s);
        if (s == Status::WrongPassword)
            continue;
        setStatus(status, s);
        if (s != Status::Ok)
            return {}; // Tampered or CryptoFailure: stop, do not look further
        if (slotId)
            *slotId = slot.id;
        return master;
    }
    if (!triedAny)
        d->dummyKdf();
    setStatus(status, Status::WrongPassword);
    return {};
}

SecureBytes Keyring::unlockRecovery(QStringView recoveryKeyText, Status *status) const
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return {};
    }
    const Slot *recovery = nullptr;
    for (const Slot &slot : d->keySlots) {
        if (slot.kind == KeySlotKind::Recovery)
            recovery = &slot;
    }
    if (!recovery) {
        setStatus(status, Status::NotFound);
        return {};
    }
    const SecureBytes key = RecoveryKey::parse(recoveryKeyText);
    if (key.isEmpty()) {
        setStatus(status, Status::WrongPassword); // a mistyped key is a wrong key
        return {};
    }
    return d->unlockSlot(*recovery, key, status);
}

bool Keyring::addUser(QStringView userName, const SecureBytes &password,
                      const SecureBytes &masterKey, const KdfParams &kdf, Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (normalisedUserName(userName).isEmpty() || password.isEmpty()
        || masterKey.size() != masterKeyBytes || !kdfInRange(kdf)) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    if (d->keySlots.size() >= maxSlots) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    if (d->findUser(userName) >= 0) {
        setStatus(status, Status::DuplicateUser);
        return false;
    }
    const QString tag = d->userTag(userName);
    if (tag.isEmpty()) {
        setStatus(status, Status::CryptoFailure);
        return false;
    }
    Slot slot;
    if (const Status s = d->makeSlot(KeySlotKind::User, tag, password, masterKey, kdf, &slot);
        s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    d->keySlots.append(std::move(slot));
    d->mac = d->computeMac(masterKey);
    setStatus(status, Status::Ok);
    return true;
}

bool Keyring::changePassword(QStringView userName, const SecureBytes &oldPassword,
                             const SecureBytes &newPassword, const KdfParams &kdf, Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (newPassword.isEmpty() || !kdfInRange(kdf)) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    const qsizetype index = d->findUser(userName);
    if (index < 0) {
        d->dummyKdf();
        setStatus(status, Status::UnknownUser);
        return false;
    }
    const Slot &current = d->keySlots.at(index);
    SecureBytes sk;
    if (const Status s = d->openSecretKey(current, oldPassword, &sk); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    // The master key is needed to check the keyring before changing it and to re-MAC it.
    SecureBytes master;
    if (const Status s = Private::openMaster(current, sk, &master); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    if (!d->macMatches(master)) {
        setStatus(status, Status::Tampered);
        return false;
    }
    Slot updated = current;
    updated.kdf = kdf;
    updated.salt = randomBytes(saltBytes);
    if (const Status s = d->wrapSecretKey(&updated, newPassword, sk); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    d->keySlots[index] = std::move(updated);
    d->mac = d->computeMac(master);
    setStatus(status, Status::Ok);
    return true;
}

bool Keyring::removeUser(QStringView userName, const SecureBytes &masterKey, Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    const Status s = d->removeUserSlotAt(d->findUser(userName), masterKey, Status::UnknownUser);
    setStatus(status, s);
    return s == Status::Ok;
}

bool Keyring::removeSlot(QStringView slotId, const SecureBytes &masterKey, Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < d->keySlots.size(); ++i) {
        if (d->keySlots.at(i).kind == KeySlotKind::User && d->keySlots.at(i).id == slotId)
            index = i;
    }
    const Status s = d->removeUserSlotAt(index, masterKey, Status::NotFound);
    setStatus(status, s);
    return s == Status::Ok;
}

QString Keyring::slotIdOf(QStringView userName) const
{
    if (!isValid())
        return {};
    const qsizetype index = d->findUser(userName);
    return index < 0 ? QString() : d->keySlots.at(index).id;
}

bool Keyring::resetPassword(QStringView userName, const SecureBytes &newPassword,
                            const SecureBytes &masterKey, const KdfParams &kdf, Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (newPassword.isEmpty() || masterKey.size() != masterKeyBytes || !kdfInRange(kdf)) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    const qsizetype index = d->findUser(userName);
    if (index < 0) {
        setStatus(status, Status::UnknownUser);
        return false;
    }
    Slot slot;
    if (const Status s = d->makeSlot(KeySlotKind::User, d->keySlots.at(index).userTag, newPassword,
                                     masterKey, kdf, &slot);
        s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    d->keySlots[index] = std::move(slot);
    d->mac = d->computeMac(masterKey);
    setStatus(status, Status::Ok);
    return true;
}

QString Keyring::replaceRecoveryKey(const SecureBytes &masterKey, const KdfParams &kdf,
                                    Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return {};
    }
    if (masterKey.size() != masterKeyBytes || !kdfInRange(kdf)) {
        setStatus(status, Status::InvalidArgument);
        return {};
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return {};
    }
    const SecureBytes key = RecoveryKey::generate();
    Slot slot;
    if (const Status s = d->makeSlot(KeySlotKind::Recovery, {}, key, masterKey, kdf, &slot);
        s != Status::Ok) {
        setStatus(status, s);
        return {};
    }
    d->keySlots.removeIf([](const Slot &s) { return s.kind == KeySlotKind::Recovery; });
    d->keySlots.append(std::move(slot));
    d->mac = d->computeMac(masterKey);
    setStatus(status, Status::Ok);
    return RecoveryKey::format(key);
}

bool Keyring::rewrapMasterKey(const SecureBytes &oldMasterKey, const SecureBytes &newMasterKey,
                              Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (newMasterKey.size() != masterKeyBytes) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    if (const Status s = d->checkMacForChange(oldMasterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    // Seal into a copy first so that a failure leaves the keyring as it was.
    QList<Slot> resealed = d->keySlots;
    for (Slot &slot : resealed) {
        QByteArray sealed(static_cast<qsizetype>(sealedMasterBytes), '\0');
        if (crypto_box_seal(bytes(sealed), newMasterKey.data(), newMasterKey.size(), bytes(slot.pk))
            != 0) {
            setStatus(status, Status::CryptoFailure);
            return false;
        }
        slot.sealedMaster = sealed;
    }
    // The audit key stays the same (the chain hashed with it must keep verifying): only its
    // wrapping follows the master key.
    if (d->hasAnchor) {
        Status s = Status::Ok;
        const SecureBytes auditKey = this->auditKey(oldMasterKey, &s);
        if (auditKey.isEmpty() || (s = d->wrapAuditKey(auditKey, newMasterKey)) != Status::Ok) {
            setStatus(status, s == Status::Ok ? Status::CryptoFailure : s);
            return false;
        }
    }
    d->keySlots = std::move(resealed);
    d->mac = d->computeMac(newMasterKey);
    setStatus(status, Status::Ok);
    return true;
}

bool Keyring::verify(const SecureBytes &masterKey) const
{
    return isValid() && d->macMatches(masterKey);
}

bool Keyring::hasAuditAnchor() const
{
    return isValid() && d->hasAnchor;
}

AuditAnchor Keyring::auditAnchor() const
{
    return hasAuditAnchor() ? d->anchor : AuditAnchor();
}

bool Keyring::setAuditAnchor(const AuditAnchor &anchor, const SecureBytes &masterKey,
                             Status *status)
{
    if (!isValid()) {
        setStatus(status, Status::Malformed);
        return false;
    }
    if (anchor.seq < 0 || anchor.keyedFrom < 1
        || (anchor.seq > 0 && anchor.hash.size() != static_cast<qsizetype>(macBytes))
        || (anchor.seq == 0 && !anchor.hash.isEmpty()) || masterKey.size() != masterKeyBytes) {
        setStatus(status, Status::InvalidArgument);
        return false;
    }
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok) {
        setStatus(status, s);
        return false;
    }
    if (!d->hasAnchor) {
        if (const Status s = d->wrapAuditKey(SecureBytes::random(auditKeyBytes), masterKey);
            s != Status::Ok) {
            setStatus(status, s);
            return false;
        }
        d->hasAnchor = true;
    }
    d->anchor = anchor;
    d->mac = d->computeMac(masterKey);
    setStatus(status, Status::Ok);
    return true;
}

SecureBytes Keyring::auditCheckpointKey(const SecureBytes &masterKey)
{
    if (masterKey.size() != masterKeyBytes || !initSodium())
        return {};
    SecureBytes key(crypto_generichash_KEYBYTES);
    if (crypto_kdf_derive_from_key(key.data(), key.size(), auditCheckpointSubkeyId, macContext,
                                   masterKey.data())
        != 0)
        return {};
    return key;
}

SecureBytes Keyring::auditKey(const SecureBytes &masterKey, Status *status) const
{
    if (!hasAuditAnchor()) {
        setStatus(status, Status::NotFound);
        return {};
    }
    if (!d->macMatches(masterKey)) {
        setStatus(status, Status::Tampered);
        return {};
    }
    SecureBytes wrapKey;
    if (const Status s = d->auditWrapKey(masterKey, &wrapKey); s != Status::Ok) {
        setStatus(status, s);
        return {};
    }
    const QByteArray ad = d->auditKeyAssociatedData();
    SecureBytes key(auditKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr, bytes(d->wrappedAuditKey),
            static_cast<unsigned long long>(d->wrappedAuditKey.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(d->auditKeyNonce), wrapKey.data())
            != 0
        || length != auditKeyBytes) {
        setStatus(status, Status::Tampered);
        return {};
    }
    setStatus(status, Status::Ok);
    return key;
}

} // namespace pd
