#pragma once

#include "cases/CaseCodes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

// Which ground can refuse which kind of request (domain.md, "Outcomes and their grounds"). Art. 23
// GDPR is never a ground alone, only beside art. 41 UAVG; an objection to direct marketing is
// absolute (art. 21(3)). The first releases' codes without their letter are shown, never chosen.
class Grounds final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Grounds)
public:
    static QList<RequestType> fittingTypes(RefusalGround ground);
    static bool fits(RefusalGround ground, RequestType type);
    static bool fitsAny(RefusalGround ground, const QList<RequestType> &types);
    static bool isLegacy(RefusalGround ground);
    static bool isArt17_3Letter(RefusalGround ground);
    static bool isArt41Uavg(RefusalGround ground);
    static QList<RefusalGround> choosable(const QList<RequestType> &types);
    static QString article(RefusalGround ground);
    // Empty when they can. onlyAbsolute: an objection against direct marketing only.
    static QString check(const QList<RequestType> &types, const QList<RefusalGround> &grounds,
                         bool onlyAbsolute);
};

} // namespace pd
