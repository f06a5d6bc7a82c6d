#pragma once

#include "cases/CaseCodes.h"

#include <QString>

class QRandomGenerator;

// The made-up words of the demo store (internal to demo/): names, addresses, what a request asks
// and what its answer says. Each pick draws once from random.
namespace pd::demo {

QString firstName(QRandomGenerator &random);
QString lastName(QRandomGenerator &random);
QString street(QRandomGenerator &random);
QString city(QRandomGenerator &random);
QString description(QRandomGenerator &random);
QString extensionReason(QRandomGenerator &random);

// A refusal ground that fits a request of this kind (Grounds). A partial grant names the
// exception that kept part of the data; a whole refusal is a repeated request (art. 12(5)), or
// an objection outweighed by compelling grounds.
RefusalGround refusalFor(RequestType type, Outcome outcome, bool specific);
// What a partial grant of that kind did (an erasure says what was erased).
QString grantedFor(RequestType type);
// The reasons in words a refusal on that ground gives (art. 12(4) AVG).
QString motivationFor(RefusalGround ground);

} // namespace pd::demo
