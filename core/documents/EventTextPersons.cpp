// The trail's events of a data subject in words: registered, their access report or export
// made (personSentence), and their own record after a request (ieder1: fields erased
// after a granted erasure, the address or the name corrected; correctionSentence), for the
// request's history and the AP dossier's chronology; and who asks: the identification asked for
// and checked, a representative's mandate asked for and received (identitySentence).
#include "cases/CaseCodes.h"
#include "cases/PersonCorrections.h"
#include "documents/EventText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

namespace {

const QString dash = QStringLiteral("—");

// The fields of a payload's array as their labels: "telefoonnummer, e-mailadres".
QString labels(const QJsonValue &codes)
{
    QStringList words;
    for (const QJsonValue &code : codes.toArray()) {
        const auto field = codes::from<PersonField>(code.toString());
        words << (field ? codes::label(*field) : code.toString());
    }
    return words.isEmpty() ? dash : words.join(QStringLiteral(", "));
}

} // namespace

// A data subject registered, or their access report or data export made.
QString EventText::personSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    if (action == QLatin1StringView("person.created")) {
        const auto relation
            = codes::from<Relation>(p.value(QLatin1StringView("relation")).toString());
        const QString relationText = relation ? codes::label(*relation) : dash;
        const QString klantnummer
            = p.value(QLatin1StringView("klantnummer")).toString().simplified();
        if (klantnummer.isEmpty())
            return tr("Data subject registered by %1: %2 (%3)")
                .arg(actor, payloadText(p, QLatin1StringView("name")), relationText);
        return tr("Data subject registered by %1: %2, customer number %3 (%4)")
            .arg(actor, payloadText(p, QLatin1StringView("name")), klantnummer, relationText);
    }
    if (action == QLatin1StringView("person.exported")) {
        QStringList formats;
        for (const QJsonValue &format : p.value(QLatin1StringView("formats")).toArray())
            formats << format.toString().toUpper();
        const int redacted = p.value(QLatin1StringView("redacted_findings")).toInt();
        const int findings = p.value(QLatin1StringView("findings")).toInt();
        return tr("Access report or data export made by %1 (%2); %n of %3 fragment(s) of other "
                  "people's data redacted",
                  nullptr, redacted)
            .arg(actor, formats.isEmpty() ? dash : formats.join(QLatin1StringView(", ")))
            .arg(findings);
    }
    return {};
}

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

// Who asks: the identification asked for and checked, and a representative's mandate,
// asked for and received, with the pause it gave the deadline.
QString EventText::identitySentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    if (action == QLatin1StringView("case.identification_requested")) {
        const QJsonArray requested = p.value(QLatin1StringView("requested")).toArray();
        const QJsonValue before = requested.at(0);
        const QJsonValue after = requested.size() > 1 ? requested.at(1) : requested.at(0);
        if (before.isString() && !before.toString().isEmpty() && before != after)
            return tr("Identification request date changed by %1 from %2 to %3")
                .arg(actor, isoDate(before), isoDate(after));
        return tr("Identification requested by %1 on %2").arg(actor, isoDate(after));
    }
    if (action == QLatin1StringView("case.mandate_requested")) {
        const QJsonArray requested = p.value(QLatin1StringView("requested")).toArray();
        //: Dutch: "Machtiging van %2 gevraagd door %1 op %3; de termijn wacht tot zij binnen is"
        return tr("Mandate of %2 requested by %1 on %3; the deadline waits until it arrives")
            .arg(actor, payloadText(p, QLatin1StringView("representative")),
                 isoDate(requested.size() > 1 ? requested.at(1) : requested.at(0)));
    }
    if (action == QLatin1StringView("case.mandate_received")) {
        //: Dutch: "Machtiging ontvangen, vastgelegd door %1: op %2; de termijn stond %n dag(en)
        //: stil, nieuwe termijn %3"
        return tr("Mandate received, recorded by %1: on %2; the deadline stood still %n day(s), "
                  "new deadline %3",
                  nullptr, p.value(QLatin1StringView("pause_days")).toInt())
            .arg(actor, isoDate(p.value(QLatin1StringView("received"))),
                 isoDate(p.value(QLatin1StringView("deadline"))));
    }
    if (action == QLatin1StringView("case.identification_received")) {
        const auto method = codes::from<IdMethod>(p.value(QLatin1StringView("method")).toString());
        const QString methodText
            = method ? codes::label(*method) : payloadText(p, QLatin1StringView("method"));
        const QString received = isoDate(p.value(QLatin1StringView("received")));
        if (p.value(QLatin1StringView("result")).toString() == QLatin1StringView("mislukt"))
            return tr("Identification checked by %1 on %2: failed (%3)")
                .arg(actor, received, methodText);
        return tr("Identification checked by %1 on %2: succeeded (%3)")
            .arg(actor, received, methodText);
    }
    return {};
}

} // namespace pd
