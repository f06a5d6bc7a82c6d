// The trail's events of a data subject in words: registered, their access report or export
// made (personSentence), and their own record after a request (issue 38, ieder1: fields erased
// after a granted erasure, the address or the name corrected; correctionSentence), for the
// request's history and the AP dossier's chronology.
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
        const auto field = PersonFieldCodes::field(code.toString());
        words << (field ? PersonFieldCodes::label(*field) : code.toString());
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
        const auto relation = Codes::relation(p.value(QLatin1StringView("relation")).toString());
        const QString relationText = relation ? Codes::label(*relation) : dash;
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

} // namespace pd
