// libFuzzer target: Keyring::parse on arbitrary bytes (keyring.pdk is read from a folder anyone
// may have altered). It must never crash, and a keyring it accepts must survive a round trip:
// serialize() of it parses again to the same bytes.
#include "crypto/Keyring.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    pd::Keyring::Status status = pd::Keyring::Status::Ok;
    const pd::Keyring keyring = pd::Keyring::parse(bytes, &status);
    if (!keyring.isValid())
        return 0;

    (void)keyring.storeId();
    (void)keyring.keySlots();
    (void)keyring.hasRecoverySlot();
    (void)keyring.hasUser(u"j.devries"_s);

    const QByteArray serialized = keyring.serialize();
    pd::Keyring::Status again = pd::Keyring::Status::Ok;
    const pd::Keyring reparsed = pd::Keyring::parse(serialized, &again);
    if (!reparsed.isValid() || reparsed.serialize() != serialized
        || reparsed.keySlots().size() != keyring.keySlots().size())
        std::abort();
    return 0;
}
