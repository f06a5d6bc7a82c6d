#include "crypto/KeyringPrivate.h"

#include <utility>

// The keyring: its MAC, unlocking a user's slot, and the changes to the user slots.

using namespace Qt::StringLiterals;

namespace pd {

using namespace keyring;

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

bool Keyring::addUser(QStringView userName, const SecureBytes &password,
                      const SecureBytes &masterKey, const KdfParams &kdf, Status *status)
{
    if (!isValid())
        return report(status, Status::Malformed);
    if (normalisedUserName(userName).isEmpty() || password.isEmpty()
        || masterKey.size() != masterKeyBytes || !kdfInRange(kdf))
        return report(status, Status::InvalidArgument);
    if (d->keySlots.size() >= maxSlots)
        return report(status, Status::InvalidArgument);
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok)
        return report(status, s);
    if (d->findUser(userName) >= 0)
        return report(status, Status::DuplicateUser);
    const QString tag = d->userTag(userName);
    if (tag.isEmpty())
        return report(status, Status::CryptoFailure);
    Slot slot;
    if (const Status s = d->makeSlot(KeySlotKind::User, tag, password, masterKey, kdf, &slot);
        s != Status::Ok)
        return report(status, s);
    d->keySlots.append(std::move(slot));
    d->mac = d->computeMac(masterKey);
    return report(status, Status::Ok);
}

bool Keyring::changePassword(QStringView userName, const SecureBytes &oldPassword,
                             const SecureBytes &newPassword, const KdfParams &kdf, Status *status)
{
    if (!isValid())
        return report(status, Status::Malformed);
    if (newPassword.isEmpty() || !kdfInRange(kdf))
        return report(status, Status::InvalidArgument);
    const qsizetype index = d->findUser(userName);
    if (index < 0) {
        d->dummyKdf();
        return report(status, Status::UnknownUser);
    }
    const Slot &current = d->keySlots.at(index);
    SecureBytes sk;
    if (const Status s = d->openSecretKey(current, oldPassword, &sk); s != Status::Ok)
        return report(status, s);
    // The master key is needed to check the keyring before changing it and to re-MAC it.
    SecureBytes master;
    if (const Status s = Private::openMaster(current, sk, &master); s != Status::Ok)
        return report(status, s);
    if (!d->macMatches(master))
        return report(status, Status::Tampered);
    Slot updated = current;
    updated.kdf = kdf;
    updated.salt = randomBytes(saltBytes);
    if (const Status s = d->wrapSecretKey(&updated, newPassword, sk); s != Status::Ok)
        return report(status, s);
    d->keySlots[index] = std::move(updated);
    d->mac = d->computeMac(master);
    return report(status, Status::Ok);
}

bool Keyring::removeUser(QStringView userName, const SecureBytes &masterKey, Status *status)
{
    if (!isValid())
        return report(status, Status::Malformed);
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok)
        return report(status, s);
    const Status s = d->removeUserSlotAt(d->findUser(userName), masterKey, Status::UnknownUser);
    return report(status, s);
}

bool Keyring::removeSlot(QStringView slotId, const SecureBytes &masterKey, Status *status)
{
    if (!isValid())
        return report(status, Status::Malformed);
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok)
        return report(status, s);
    qsizetype index = -1;
    for (qsizetype i = 0; i < d->keySlots.size(); ++i) {
        if (d->keySlots.at(i).kind == KeySlotKind::User && d->keySlots.at(i).id == slotId)
            index = i;
    }
    const Status s = d->removeUserSlotAt(index, masterKey, Status::NotFound);
    return report(status, s);
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
    if (!isValid())
        return report(status, Status::Malformed);
    if (newPassword.isEmpty() || masterKey.size() != masterKeyBytes || !kdfInRange(kdf))
        return report(status, Status::InvalidArgument);
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok)
        return report(status, s);
    const qsizetype index = d->findUser(userName);
    if (index < 0)
        return report(status, Status::UnknownUser);
    Slot slot;
    if (const Status s = d->makeSlot(KeySlotKind::User, d->keySlots.at(index).userTag, newPassword,
                                     masterKey, kdf, &slot);
        s != Status::Ok)
        return report(status, s);
    d->keySlots[index] = std::move(slot);
    d->mac = d->computeMac(masterKey);
    return report(status, Status::Ok);
}

bool Keyring::rewrapMasterKey(const SecureBytes &oldMasterKey, const SecureBytes &newMasterKey,
                              Status *status)
{
    if (!isValid())
        return report(status, Status::Malformed);
    if (newMasterKey.size() != masterKeyBytes)
        return report(status, Status::InvalidArgument);
    if (const Status s = d->checkMacForChange(oldMasterKey); s != Status::Ok)
        return report(status, s);
    // Seal into a copy first so that a failure leaves the keyring as it was.
    QList<Slot> resealed = d->keySlots;
    for (Slot &slot : resealed) {
        QByteArray sealed(static_cast<qsizetype>(sealedMasterBytes), '\0');
        if (crypto_box_seal(bytes(sealed), newMasterKey.data(), newMasterKey.size(), bytes(slot.pk))
            != 0)
            return report(status, Status::CryptoFailure);
        slot.sealedMaster = sealed;
    }
    // The audit key stays the same (the chain hashed with it must keep verifying): only its
    // wrapping follows the master key.
    if (d->hasAnchor) {
        Status s = Status::Ok;
        const SecureBytes auditKey = this->auditKey(oldMasterKey, &s);
        if (auditKey.isEmpty() || (s = d->wrapAuditKey(auditKey, newMasterKey)) != Status::Ok)
            return report(status, s == Status::Ok ? Status::CryptoFailure : s);
    }
    d->keySlots = std::move(resealed);
    d->mac = d->computeMac(newMasterKey);
    return report(status, Status::Ok);
}

bool Keyring::verify(const SecureBytes &masterKey) const
{
    return isValid() && d->macMatches(masterKey);
}

} // namespace pd
