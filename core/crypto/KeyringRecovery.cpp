#include "crypto/KeyringPrivate.h"
#include "crypto/RecoveryKey.h"

#include <utility>

// The recovery slot: unlocking with the recovery key, and replacing it.

using namespace Qt::StringLiterals;

namespace pd {

using namespace keyring;

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

} // namespace pd
