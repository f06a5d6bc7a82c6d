#pragma once

#include "cases/CaseCodes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

// Which ground can refuse which kind of request (domain.md, "Outcomes and their grounds"; issue
// 14). Art. 15(4) GDPR limits only access; art. 17(3)(a)–(e) only erasure, with its letter named;
// art. 18(2) only restriction; art. 20(1) and (4) only portability; art. 21(1) only an objection,
// and never one against direct marketing (art. 21(3) makes that objection absolute). Art. 12(5),
// art. 41 UAVG with its ground (a)–(j) and "other" fit every kind. Art. 23 GDPR only allows the
// legislator to restrict rights: it is never a ground on its own, only beside art. 41 UAVG, the
// Dutch provision that does so. A request of several kinds (inzage and verwijdering) takes a
// ground that fits at least one of them. The codes of the first releases without their letter
// (art-17-3, art-41-uavg) stay readable on old requests and are never accepted again.
class Grounds final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Grounds)
public:
    // The kinds of request the ground can refuse: every kind for the general grounds.
    static QList<RequestType> fittingTypes(RefusalGround ground);
    static bool fits(RefusalGround ground, RequestType type);
    static bool fitsAny(RefusalGround ground, const QList<RequestType> &types);
    // A code of the first releases without the provision's letter: shown, never chosen.
    static bool isLegacy(RefusalGround ground);
    // Art. 17(3)(a)–(e) GDPR, each with its letter named.
    static bool isArt17_3Letter(RefusalGround ground);
    // Art. 41(1)(a)–(j) UAVG, each with its ground named.
    static bool isArt41Uavg(RefusalGround ground);
    // The grounds that can be chosen for a request of these kinds, in the order of Codes.
    static QList<RefusalGround> choosable(const QList<RequestType> &types);
    // The provision alone, translated ("Art. 15(4) GDPR"): the label up to its colon.
    static QString article(RefusalGround ground);
    // Why these grounds cannot refuse a request of these kinds (one translated sentence that
    // names the ground and the kind), or an empty string. onlyAbsolute: the objection is
    // against direct marketing only (art. 21(2) and (3) GDPR, CaseWorkflow::onlyAbsolute).
    static QString check(const QList<RequestType> &types, const QList<RefusalGround> &grounds,
                         bool onlyAbsolute);
};

} // namespace pd
