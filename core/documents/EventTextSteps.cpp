// The sentences of two steps of a request's life that say more than their action: an
// extension (told late, or beyond a policy without one of its own) and a handler assigned.
#include "documents/EventText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

// A request's extension (case.extended): the notice told after the first month or after the
// own deadline, or beyond a policy without an extension of its own, says so.
QString EventText::extendedSentence(const QString &actor, const QJsonObject &p)
{
    const QString reason = payloadText(p, QLatin1StringView("reason"));
    const QString notified = isoDate(p.value(QLatin1StringView("notified")));
    const QString deadline = isoDate(p.value(QLatin1StringView("deadline")));
    if (p.value(QLatin1StringView("legally_late")).toBool())
        return tr("Deadline extended by %1: %2 (data subject told on %3, after the first "
                  "month, so the legal deadline is not extended; deadline %4)")
            .arg(actor, reason, notified, deadline);
    if (p.value(QLatin1StringView("after_own_deadline")).toBool())
        //: Dutch: "Termijn verlengd door %1: %2 (betrokkene geïnformeerd op %3, na de eigen
        //: termijn: die is niet gehaald; uiterste datum %4)"
        return tr("Deadline extended by %1: %2 (data subject told on %3, after the own "
                  "deadline, which was not met; deadline %4)")
            .arg(actor, reason, notified, deadline);
    if (p.value(QLatin1StringView("beyond_own_policy")).toBool())
        //: Dutch: "Termijn verlengd door %1 op grond van artikel 12 lid 3 AVG, in afwijking
        //: van het eigen beleid (dat kent geen verlenging): %2 (betrokkene geïnformeerd op
        //: %3; de eigen termijn van %4 wordt niet gehaald; wettelijke uiterste datum %5)"
        return tr("Deadline extended by %1 under article 12(3) GDPR, departing from the own "
                  "policy (which has no extension): %2 (data subject told on %3; the own "
                  "deadline of %4 is not met; legal deadline %5)")
            .arg(actor, reason, notified, deadline,
                 isoDate(p.value(QLatin1StringView("legal_deadline"))));
    return tr("Deadline extended by %1: %2 (data subject told on %3; new deadline %4)")
        .arg(actor, reason, notified, deadline);
}

// case.assigned: the handler before and after ("handler": [old, new], logins or, in the AP
// dossier, names).
QString EventText::assignedSentence(const QString &actor, const QJsonObject &payload)
{
    const QJsonArray handler = payload.value(QLatin1StringView("handler")).toArray();
    const QString before = handler.at(0).toString();
    const QString after = handler.at(1).toString();
    if (after.isEmpty())
        //: Dutch: "Behandelaar %2 losgelaten door %1: niemand behandelt het verzoek nu"
        return tr("Handler %2 released by %1: nobody handles the request now").arg(actor, before);
    //: Dutch: "Behandelaar toegewezen door %1: %2 (was %3)"
    return tr("Handler assigned by %1: %2 (was %3)")
        .arg(actor, after, before.isEmpty() ? tr("nobody") : before);
}

} // namespace pd
