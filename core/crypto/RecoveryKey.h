#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace pd::RecoveryKey {

// 200 random bits as 40 Crockford base32 characters in groups of five; parsing accepts lower case,
// spaces and look-alikes (O for 0, I and L for 1).
SecureBytes generate(); // 25 random bytes
QString format(const SecureBytes &key); // "XXXXX-XXXXX-..." (8 groups)
SecureBytes parse(QStringView text);

} // namespace pd::RecoveryKey
