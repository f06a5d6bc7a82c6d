#include "crypto/KeyringPrivate.h"

#include <utility>

// The audit anchor kept under the keyring's MAC, the audit key wrapped under the master key,
// and the audit trail's checkpoint key.

using namespace Qt::StringLiterals;

namespace pd {

using namespace keyring;

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
    if (!isValid())
        return report(status, Status::Malformed);
    if (anchor.seq < 0 || anchor.keyedFrom < 1
        || (anchor.seq > 0 && anchor.hash.size() != static_cast<qsizetype>(macBytes))
        || (anchor.seq == 0 && !anchor.hash.isEmpty()) || masterKey.size() != masterKeyBytes)
        return report(status, Status::InvalidArgument);
    if (const Status s = d->checkMacForChange(masterKey); s != Status::Ok)
        return report(status, s);
    if (!d->hasAnchor) {
        if (const Status s = d->wrapAuditKey(SecureBytes::random(auditKeyBytes), masterKey);
            s != Status::Ok)
            return report(status, s);
        d->hasAnchor = true;
    }
    d->anchor = anchor;
    d->mac = d->computeMac(masterKey);
    return report(status, Status::Ok);
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
