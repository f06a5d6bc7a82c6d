// The trail's events of the person's own record after a request in words (issue 38, ieder1):
// fields erased after a granted erasure, the address or the name corrected. EventText's
// correctionSentence, for the request's history and the AP dossier's chronology.
#include "cases/PersonCorrections.h"
#include "documents/EventText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

namespace {

// The fields of a payload's array as their labels: "telefoonnummer, e-mailadres".
QString labels(const QJsonValue &codes)
{
    QStringList words;
    for (const QJsonValue &code : codes.toArray()) {
        const auto field = PersonFieldCodes::field(code.toString());
        words << (field ? PersonFieldCodes::label(*field) : code.toString());
    }
    return words.isEmpty() ? QStringLiteral("—") : words.join(QStringLiteral(", "));
}

} // namespace

QString EventText::correctionSentence(const AuditEvent &event, const QString &actor)
{
    const QJsonObject &p = event.payload;
    if (event.action == QLatin1StringView("case.person_erased"))
        //: Dutch: "Gegevens verwijderd uit Privacydesk door %1: %2"
        return tr("Data erased in Privacydesk by %1: %2")
            .arg(actor, labels(p.value(QLatin1StringView("fields"))));
    if (event.action == QLatin1StringView("case.person_corrected"))
        //: Dutch: "Gegevens van de betrokkene gecorrigeerd door %1: %2"
        return tr("Data subject's record corrected by %1: %2")
            .arg(actor, labels(p.value(QLatin1StringView("fields"))));
    if (event.action == QLatin1StringView("person.updated")
        && p.contains(QLatin1StringView("erased")))
        //: Dutch: "Gegevens van de betrokkene verwijderd door %1: %2"
        return tr("Data subject's data erased by %1: %2")
            .arg(actor, labels(p.value(QLatin1StringView("erased"))));
    return {};
}

} // namespace pd
