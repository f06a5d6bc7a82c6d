// What BreachService checks and records without the store: the description's rules, what a
// close still misses, and the description's texts and payload for the guard and the trail.

#include "breaches/BreachService.h"
#include "domain/InputLimits.h"

#include <QJsonArray>

namespace pd {

// The first moment of a day in Amsterdam, in UTC.
QDateTime BreachService::startOfLocalDay(QDate day)
{
    return day.startOfDay(organisationTimeZone()).toUTC();
}

QString BreachService::decisionMomentRefusal(const Breach &breach, const QDateTime &at,
                                             const QDateTime &now)
{
    const auto text = [](const QDateTime &moment) {
        return organisationTime(moment).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    };
    if (at > now)
        //: Dutch: "Het moment van de beslissing (%1) ligt in de toekomst: vul in wanneer de
        //: beslissing is genomen."
        return tr("The moment of the decision (%1) lies in the future: enter when it was "
                  "taken.")
            .arg(text(at));
    // Before the first moment we knew, the processor's report included: nothing was decided.
    if (const QDateTime first = breach.firstKnown(); first.isValid() && at < first)
        //: Dutch: "Het moment van de beslissing (%1) ligt vóór het eerste moment dat wij van het
        //: datalek wisten (%2)."
        return tr("The moment of the decision (%1) lies before the first moment we knew of the "
                  "breach (%2).")
            .arg(text(at), text(first));
    return {};
}

QString BreachService::validate(const Breach &b, const QDateTime &now)
{
    if (b.title.trimmed().isEmpty())
        return tr("Enter a short title for the data breach.");
    if (const QString why = InputLimits::checkLengths(
            { { tr("Title"), b.title, InputLimits::maxShortText },
              { tr("What happened"), b.description, InputLimits::maxLongText },
              { tr("Group of people"), b.groupText, InputLimits::maxShortText },
              { tr("Measures before the breach"), b.measuresBefore, InputLimits::maxLongText },
              { tr("Measures taken"), b.measuresTaken, InputLimits::maxLongText },
              { tr("Likely consequences"), b.consequences, InputLimits::maxLongText },
              //: Dutch: "Wat er is gebeurd, voor de betrokkenen"
              { tr("What happened, for the people"), b.subjectsDescription,
                InputLimits::maxLongText },
              //: Dutch: "Gevolgen, voor de betrokkenen"
              { tr("Consequences, for the people"), b.subjectsConsequences,
                InputLimits::maxLongText },
              //: Dutch: "Wat wij hebben gedaan, voor de betrokkenen"
              { tr("What we did, for the people"), b.subjectsMeasures, InputLimits::maxLongText },
              //: Dutch: "Andere gegevens"
              { tr("Other data"), b.dataText, InputLimits::maxLongText },
              { tr("International aspects"), b.international, InputLimits::maxLongText },
              { processorToldReasonLabel(), b.processorToldReason, InputLimits::maxLongText } });
        !why.isEmpty())
        return why;
    if (!b.dataText.trimmed().isEmpty() && !b.data.contains(DataCategory::Overig))
        //: Dutch: "Omschrijf andere gegevens alleen als ‘Overig’ bij de soorten gegevens is gekozen."
        return tr("Describe other data only when 'Other' is chosen among the kinds of data.");
    if (!b.discoveredAt.isValid())
        return tr("Enter when the data breach was discovered (date and time).");
    const QDateTime earliest = startOfLocalDay(InputLimits::earliestDate());
    if (b.discoveredAt < earliest)
        return tr("The moment of discovery lies before 1990.");
    if (now.isValid() && b.discoveredAt > now)
        return tr("The moment of discovery lies in the future.");
    if (b.occurredAt.isValid()) {
        if (b.occurredAt < earliest)
            return tr("The moment the breach happened lies before 1990.");
        if (b.occurredAt > b.discoveredAt)
            return tr("The breach cannot have happened after it was discovered.");
    }
    if ((b.persons && *b.persons < 0) || (b.records && *b.records < 0))
        return tr("A number of people or records cannot be negative.");
    if (b.processorToldAt.isValid()) {
        if (b.processorId <= 0 && b.processorName.trimmed().isEmpty())
            return tr("Choose the processor that reported the breach.");
        if (b.processorToldAt < earliest)
            return tr("The moment the processor told us lies before 1990.");
        if (now.isValid() && b.processorToldAt > now)
            return tr("The moment the processor told us lies in the future.");
    }
    if (!b.processorToldReason.trimmed().isEmpty() && !b.earlierAwareness())
        //: Dutch: "Zeg alleen waarom de 72 uur niet bij de melding van de verwerker beginnen als
        //: die melding vóór het moment van ontdekking kwam."
        return tr("Say why the 72 hours do not start at the processor's report only when that "
                  "report came before the moment of discovery.");
    return {};
}

QString BreachService::awarenessWarning(const Breach &b)
{
    const std::optional<QDateTime> earlier = b.earlierAwareness();
    if (!earlier)
        return {};
    const auto local = [](const QDateTime &utc) {
        return utc.toTimeZone(organisationTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (!b.processorToldReason.trimmed().isEmpty())
        //: Dutch: "De verwerker meldde het lek op %1, vóór het moment van ontdekking (%2). De 72
        //: uur lopen vanaf de ontdekking, omdat u heeft vastgelegd waarom de melding van de
        //: verwerker ons niet op de hoogte bracht."
        return tr("The processor reported the breach on %1, before the moment of discovery (%2). "
                  "The 72 hours run from the discovery, because you recorded why the processor's "
                  "report did not make us aware.")
            .arg(local(*earlier), local(b.discoveredAt));
    //: Dutch: "De verwerker meldde het lek op %1, vóór het moment van ontdekking (%2). De 72 uur
    //: lopen vanaf de melding van de verwerker (artikel 33 lid 2 AVG), tenzij u vastlegt waarom
    //: die melding ons niet op de hoogte bracht."
    return tr("The processor reported the breach on %1, before the moment of discovery (%2). The "
              "72 hours run from the processor's report (art. 33(2) GDPR), unless you record why "
              "that report did not make us aware.")
        .arg(local(*earlier), local(b.discoveredAt));
}

QStringList BreachService::missingForClose(const Breach &b)
{
    QStringList missing;
    if (!b.risk) {
        missing << tr("the assessment of the risk");
        return missing;
    }
    if (b.apDecision.yes && !b.apNotifiedAt.isValid())
        missing << tr("the notification to the Dutch Data Protection Authority (AP)");
    if (b.subjectsDecision.yes && !b.subjectsNotifiedOn.isValid())
        missing << tr("informing the people concerned (or a public notice)");
    return missing;
}

QJsonObject BreachService::descriptionPayload(const Breach &b)
{
    const QJsonArray natures = codes::jsonCodes(b.natures);
    QJsonArray data;
    for (DataCategory c : b.data)
        data.append(codes::code(c));
    QJsonObject payload { { QStringLiteral("title"), b.title },
                          { QStringLiteral("discovered_at"),
                            BreachCodes::storedMoment(b.discoveredAt) },
                          { QStringLiteral("natures"), natures },
                          { QStringLiteral("data"), data } };
    if (b.occurredAt.isValid())
        payload.insert(QStringLiteral("occurred_at"), BreachCodes::storedMoment(b.occurredAt));
    if (b.persons)
        payload.insert(QStringLiteral("persons"), *b.persons);
    if (b.records)
        payload.insert(QStringLiteral("records"), *b.records);
    if (b.processorId > 0)
        payload.insert(QStringLiteral("processor_id"), b.processorId);
    if (b.discoveredAt.isValid())
        payload.insert(QStringLiteral("clock_start"), BreachCodes::storedMoment(b.clockStart()));
    if (!b.processorToldReason.trimmed().isEmpty())
        payload.insert(QStringLiteral("processor_told_reason"), b.processorToldReason.trimmed());
    return payload;
}

QList<QPair<QString, QString>> BreachService::descriptionTexts(const Breach &b)
{
    return { { tr("Title"), b.title },
             { tr("What happened"), b.description },
             { tr("Group of people"), b.groupText },
             { tr("Measures before the breach"), b.measuresBefore },
             { tr("Measures taken"), b.measuresTaken },
             { tr("Likely consequences"), b.consequences },
             { tr("What happened, for the people"), b.subjectsDescription },
             { tr("Consequences, for the people"), b.subjectsConsequences },
             { tr("What we did, for the people"), b.subjectsMeasures },
             { tr("Other data"), b.dataText },
             { tr("International aspects"), b.international },
             { processorToldReasonLabel(), b.processorToldReason } };
}

QString BreachService::processorToldReasonLabel()
{
    //: Dutch: "Waarom de 72 uur niet bij de melding van de verwerker beginnen"
    return tr("Why the 72 hours do not start at the processor's report");
}

} // namespace pd
