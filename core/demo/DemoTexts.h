#pragma once

#include "cases/CaseCodes.h"

#include <QString>

class QRandomGenerator;

// Internal to demo/. Each pick draws once from random, so that a seed gives the same store.
namespace pd::demo {

QString firstName(QRandomGenerator &random);
QString lastName(QRandomGenerator &random);
QString street(QRandomGenerator &random);
QString city(QRandomGenerator &random);
QString description(QRandomGenerator &random);
QString extensionReason(QRandomGenerator &random);

RefusalGround refusalFor(RequestType type, Outcome outcome, bool specific);
QString grantedFor(RequestType type);
QString motivationFor(RefusalGround ground);

} // namespace pd::demo
