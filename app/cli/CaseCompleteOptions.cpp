// What a request concerned and where its answer goes: case complete's options for
// the data a rectification, erasure or restriction changed (art. 19 GDPR asks only the
// recipients of those) and what an objection was about, each stopped or not; and case
// transmit, the controller a portability export goes to directly (art. 20(2) GDPR). Kept
// apart from CaseCommands.cpp, which holds the other case commands.
#include "CaseCommands.h"
#include "cases/CaseJson.h"

namespace pd::cli {

QList<QCommandLineOption> CaseCommands::completionDetailOptions()
{
    const QList<QCommandLineOption> options {
        option(QStringLiteral("data"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The data a (partly) granted rectification, erasure or "
                                 "restriction changed, as the disclosures' data categories: naw, "
                                 "naam, adres, "
                                 "telefoonnummer, emailadres, contact (both), klantnummer, "
                                 "huurgegevens, betaalgegevens, rekeningnummer, inkomen, "
                                 "huishouden, overlast, gezondheid, strafrechtelijk, overig. "
                                 "Art. 19 then asks only the recipients that received one of "
                                 "them."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        option(QStringLiteral("objection"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "What the objection was about and is stopped: nieuwsbrief, "
                                 "reclame-mail, reclame-telefoon (direct marketing); enquetes, "
                                 "deurwaarder, overlast, cameratoezicht, convenant, overig "
                                 "(with --objection-other) (weighed under art. 21(1))."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        option(QStringLiteral("objection-kept"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "What the objection was about and goes on (the motivation says "
                                 "why); codes as for --objection."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        option(QStringLiteral("objection-other"),
               QT_TRANSLATE_NOOP("pd::cli", "What else the objection was about, in words."),
               textValue),
        option(QStringLiteral("systems-open-ok"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Complete although a system on the request's list is not "
                                 "searched yet (case systems); without it that is refused.")),
    };
    return options + holdsAtCloseOptions();
}

int CaseCommands::readCompletionDetails(const QCommandLineParser &p, Completion *done)
{
    for (const QString &code : p.value(QStringLiteral("data")).split(u',', Qt::SkipEmptyParts)) {
        const auto category = codes::from<DataCategory>(code.trimmed());
        if (!category)
            return CliContext::usage(
                tr("Unknown data category '%1' (%2).")
                    .arg(code.trimmed(), joinedCodes(dataCodes(codes::all<DataCategory>()))));
        done->changedData << *category;
    }
    for (const QString &name : { QStringLiteral("objection"), QStringLiteral("objection-kept") }) {
        for (const QString &code : p.value(name).split(u',', Qt::SkipEmptyParts)) {
            const auto subject = codes::from<ObjectionSubject>(code.trimmed());
            if (!subject)
                //: Dutch: "Onbekend onderwerp van bezwaar '%1' (%2)."
                return CliContext::usage(
                    tr("Unknown objection subject '%1' (%2).")
                        .arg(code.trimmed(), joinedCodes(codesOf(codes::all<ObjectionSubject>()))));
            ObjectionPart part { *subject, {}, name == QLatin1StringView("objection") };
            if (*subject == ObjectionSubject::Overig)
                part.text = p.value(QStringLiteral("objection-other"));
            done->objection << part;
        }
    }
    const bool other = std::any_of(
        done->objection.cbegin(), done->objection.cend(),
        [](const ObjectionPart &part) { return part.subject == ObjectionSubject::Overig; });
    if (p.isSet(QStringLiteral("objection-other")) && !other)
        //: Dutch: "--objection-other hoort bij overig in --objection of --objection-kept."
        return CliContext::usage(
            tr("--objection-other goes with overig in --objection or --objection-kept."));
    return Success;
}

int CaseCommands::runTransmitTo(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QString number = numberArgument(context);
    const bool clear = p.isSet(QStringLiteral("clear"));
    if (number.isEmpty() || clear == p.isSet(QStringLiteral("name")))
        //: Dutch: "case transmit heeft het nummer van het verzoek nodig en --name NAAM met
        //: --address ADRES, of --clear."
        return CliContext::usage(tr("case transmit needs the request's number and --name NAME "
                                    "with --address ADDRESS, or --clear."));
    std::optional<int> version;
    if (!expectedVersion(p, &version))
        return UsageError;
    const ReceivingController to = clear
        ? ReceivingController {}
        : ReceivingController { p.value(QStringLiteral("name")),
                                p.value(QStringLiteral("address")) };
    return withCases(context, [&](const Session &, CaseService &cases) {
        ServiceError error;
        if (!cases.setTransmitTo(number, to, CliContext::bsnCheck(p), &error, version))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

QList<Command> caseTransmitCommands()
{
    return {
        command(
            "case transmit",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Record the controller a portability request's data export "
                              "goes to directly (art. 20(2) GDPR); export person NUMBER "
                              "--transmit then makes it for that controller."),
            "NUMBER",
            { option(QStringLiteral("name"),
                     QT_TRANSLATE_NOOP("pd::cli", "The receiving controller's name."), textValue),
              option(QStringLiteral("address"),
                     QT_TRANSLATE_NOOP("pd::cli", "Its postal address or e-mail address."),
                     textValue),
              option(QStringLiteral("clear"),
                     QT_TRANSLATE_NOOP("pd::cli", "The export goes to the data subject again.")),
              confirmNotBsnOption(), ifVersionOption() },
            CaseCommands::runTransmitTo),
    };
}

} // namespace pd::cli
