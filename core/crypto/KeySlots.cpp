#include "crypto/KeyringPrivate.h"

#include <QDateTime>

#include <utility>

// One key slot's cryptography: the user tag, the Argon2id key-encryption key, the wrapped
// secret key and the master key sealed to the slot.

using namespace Qt::StringLiterals;

namespace pd {

using namespace keyring;

namespace keyring {

QLatin1StringView kindName(KeySlotKind kind)
{
    return kind == KeySlotKind::User ? kindUser : kindRecovery;
}

bool kdfInRange(const KdfParams &kdf)
{
    return kdf.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && kdf.opsLimit <= maxOpsLimit
        && kdf.memLimit >= crypto_pwhash_MEMLIMIT_MIN && kdf.memLimit <= maxMemLimit;
}

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

} // namespace keyring

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

} // namespace pd
