// The trail's events of holds on data outside Privacydesk and of restrictions of processing in
// words: EventText::holdSentence, for the request's history, the breach's and the AP
// dossier's chronology.
#include "cases/Restriction.h"
#include "documents/EventText.h"

#include <QJsonObject>

namespace pd {

namespace {

QString field(const QJsonObject &payload, QLatin1StringView key)
{
    const QString value = payload.value(key).toString().simplified();
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString day(const QJsonObject &payload, QLatin1StringView key)
{
    return EventText::date(QDate::fromString(payload.value(key).toString(), Qt::ISODate));
}

bool endsWith(const QString &action, const char *tail)
{
    return action.endsWith(QLatin1StringView(tail));
}

} // namespace

QString EventText::holdSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    const QString system = field(p, QLatin1StringView("system"));
    if (endsWith(action, ".external_hold_added")) {
        QString text = tr("Hold on data outside Privacydesk recorded by %1: %2, %3; recorded on "
                          "%4, the system overwrites it on %5")
                           .arg(actor, system, field(p, QLatin1StringView("secured")),
                                day(p, QLatin1StringView("recorded_on")),
                                day(p, QLatin1StringView("overwritten_on")));
        if (p.contains(QLatin1StringView("secured_on")))
            text += tr("; secured on %1 by %2")
                        .arg(day(p, QLatin1StringView("secured_on")),
                             field(p, QLatin1StringView("secured_by")));
        if (p.contains(QLatin1StringView("kept_until")))
            text += tr("; kept until %1").arg(day(p, QLatin1StringView("kept_until")));
        return text;
    }
    if (endsWith(action, ".external_hold_secured"))
        return (p.value(QLatin1StringView("late")).toBool()
                    //: Dutch: "Gegevens buiten Privacydesk veiliggesteld door %1: %2, op %3
                    //: door %4 (op of na de dag dat het systeem ze overschrijft)"
                    ? tr("Data outside Privacydesk secured by %1: %2, on %3 by %4 (on or after "
                         "the day the system overwrites them)")
                    : tr("Data outside Privacydesk secured by %1: %2, on %3 by %4"))
            .arg(actor, system, day(p, QLatin1StringView("secured_on")),
                 field(p, QLatin1StringView("secured_by")));
    if (endsWith(action, ".external_hold_released"))
        return tr("Hold on data outside Privacydesk released by %1: %2; reason: %3")
            .arg(actor, system, field(p, QLatin1StringView("reason")));
    if (endsWith(action, ".external_hold_viewed"))
        //: Dutch: "Bewaarde gegevens buiten Privacydesk bekeken (vastgelegd door %1): %2, op %3
        //: door %4; reden: %5"
        return tr("Held data outside Privacydesk viewed (recorded by %1): %2, on %3 by %4; "
                  "reason: %5")
            .arg(actor, system, day(p, QLatin1StringView("viewed_on")),
                 field(p, QLatin1StringView("viewed_by")), field(p, QLatin1StringView("reason")));
    if (endsWith(action, ".external_hold_kept")) {
        //: Dutch: "Bewaring van gegevens buiten Privacydesk vastgelegd tot %3 door %1: %2"
        QString text = tr("Hold on data outside Privacydesk kept until %3 by %1: %2")
                           .arg(actor, system, day(p, QLatin1StringView("kept_until")));
        if (p.contains(QLatin1StringView("closed_on")))
            text += action.startsWith(QLatin1StringView("breach."))
                //: Dutch: "; het datalek is afgesloten op %1"
                ? tr("; the data breach was closed on %1")
                      .arg(day(p, QLatin1StringView("closed_on")))
                //: Dutch: "; het verzoek is afgerond op %1"
                : tr("; the request was completed on %1")
                      .arg(day(p, QLatin1StringView("closed_on")));
        return text;
    }
    if (action == QLatin1StringView("case.restriction_recorded")
        || action == QLatin1StringView("person.restriction_recorded")) {
        const auto ground
            = codes::from<RestrictionGround>(p.value(QLatin1StringView("ground")).toString());
        return tr("Processing restricted by %1 (%2) from %3: %4; reason: %5")
            .arg(actor, ground ? codes::label(*ground) : QStringLiteral("—"),
                 day(p, QLatin1StringView("started_on")), field(p, QLatin1StringView("data")),
                 field(p, QLatin1StringView("reason")));
    }
    if (action == QLatin1StringView("case.restriction_lifted")
        || action == QLatin1StringView("person.restriction_lifted"))
        //: Dutch: "Beperking van de verwerking opgeheven door %1: %2, na de kennisgeving aan
        //: de betrokkene (brief %3, art. 18 lid 3 AVG)"
        return tr("Restriction of processing lifted by %1: %2, after the notice to the data "
                  "subject (letter %3, art. 18(3) GDPR)")
            .arg(actor, field(p, QLatin1StringView("data")))
            .arg(p.value(QLatin1StringView("letter")).toInteger());
    return {};
}

} // namespace pd
