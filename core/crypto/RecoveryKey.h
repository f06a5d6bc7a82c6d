#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace pd::RecoveryKey {

// A recovery key is 200 random bits written as 40 Crockford base32 characters in eight groups
// of five ("7K3QF-..."), easy to print, read back and type. Normalising accepts lower case,
// spaces, dashes and the look-alikes O→0, I/L→1.
SecureBytes generate(); // 25 random bytes
QString format(const SecureBytes &key); // "XXXXX-XXXXX-..." (8 groups)
// Bytes of a typed key; empty when it is not 40 valid characters after normalising.
SecureBytes parse(QStringView text);

} // namespace pd::RecoveryKey
