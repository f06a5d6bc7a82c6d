// privacydesk-cli case systems, case system tick and case system sent: the
// systems searched for an inzage, erasure or rectification, the day the data found went
// separately, and case complete's refusal while one is not ticked. Kept apart from
// CaseCommands.cpp, which holds the other case commands.

#include "CaseCommands.h"
#include "registers/SystemChecklist.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace pd::cli {

namespace {

QString resultCodes()
{
    QStringList codes;
    for (SystemSearchResult result : codes::all<SystemSearchResult>())
        codes << codes::code(result);
    return codes.join(QStringLiteral(", "));
}

} // namespace

int CaseCommands::runSystems(CliContext &context)
{
    const QString number = numberArgument(context);
    if (number.isEmpty())
        //: Dutch: "case systems heeft het verzoeknummer nodig."
        return CliContext::usage(tr("case systems needs the case number."));
    return withCases(context, [&](const Session &session, CaseService &) {
        ServiceError error;
        const auto list = SystemChecklist(session).of(number, &error);
        if (!list)
            return CliContext::readFailure(error);
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(
                *list, [&](const SystemCheck &check) { return SystemChecklist::toJson(check); });
            return static_cast<int>(Success);
        }
        for (const SystemCheck &check : *list) {
            //: Dutch: "nog niet doorzocht"
            QString line = check.system + QStringLiteral("  ")
                + (check.searched ? SystemChecklist::resultText(check) : tr("not searched yet"));
            if (check.sentOn.isValid())
                //: Dutch: " op %1": the day the data were sent separately
                line += tr(" on %1").arg(check.sentOn.toString(Qt::ISODate));
            if (check.searched)
                line += QStringLiteral("  %1, %2")
                            .arg(check.searchedBy,
                                 organisationTime(check.searchedAt)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (!check.note.isEmpty())
                line += QStringLiteral("  ") + check.note;
            if (check.attachmentId > 0)
                line += QStringLiteral("  [%1 %2]")
                            .arg(check.attachmentId)
                            .arg(check.attachmentName);
            CliContext::printLine(line);
        }
        return static_cast<int>(Success);
    });
}

int CaseCommands::runSystemTick(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    const auto result = codes::from<SystemSearchResult>(p.value(QStringLiteral("result")));
    if (args.size() != 2 || !result)
        //: Dutch: "case system tick heeft het verzoeknummer, het systeem en --result nodig (%1)."
        return CliContext::usage(
            tr("case system tick needs the case number, the system and --result (%1).")
                .arg(resultCodes()));
    SystemTick tick;
    tick.system = args.at(1);
    tick.result = *result;
    tick.note = p.value(QStringLiteral("note"));
    bool dated = true;
    tick.sentOn = dateOption(p, QStringLiteral("sent-on"), &dated);
    if (!dated)
        return UsageError;
    if (p.isSet(QStringLiteral("attachment"))) {
        bool ok = false;
        tick.attachmentId = p.value(QStringLiteral("attachment")).toLongLong(&ok);
        if (!ok || tick.attachmentId <= 0)
            //: Dutch: "--attachment heeft het nummer van een bestand van het verzoek nodig (case attachments)."
            return CliContext::usage(tr("--attachment takes the id of one of the request's files "
                                        "(case attachments)."));
    }
    const QString number = args.at(0).trimmed().toUpper();
    return withCases(context, [&](const Session &session, CaseService &) {
        ServiceError error;
        if (!SystemChecklist(session).tick(number, tick, CliContext::bsnCheck(p), &error))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runSystemSent(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    bool ok = true;
    const QDate day = dateOption(p, QStringLiteral("on"), &ok);
    if (!ok)
        return UsageError;
    if (args.size() != 2 || !day.isValid())
        //: Dutch: "case system sent heeft het verzoeknummer, het systeem en --on DATUM nodig."
        return CliContext::usage(
            tr("case system sent needs the case number, the system and --on DATE."));
    const QString number = args.at(0).trimmed().toUpper();
    return withCases(context, [&](const Session &session, CaseService &) {
        ServiceError error;
        if (!SystemChecklist(session).recordSent(number, args.at(1), day, &error))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

int CaseCommands::systemsOpenRefusal(const Session &session, const QString &number,
                                     const QCommandLineParser &p)
{
    ServiceError error;
    const auto open = SystemChecklist(session).open(number, &error);
    if (!open)
        return serviceFailure(error);
    if (open->isEmpty())
        return Success;
    if (p.isSet(QStringLiteral("systems-open-ok"))) {
        CliContext::printError(SystemChecklist::openWarning(*open));
        return Success;
    }
    //: Dutch: "Vink elk systeem af met case system tick, of rond toch af met --systems-open-ok."
    return CliContext::fail(SystemChecklist::openWarning(*open) + u' '
                            + tr("Tick each system with case system tick, or complete anyway "
                                 "with --systems-open-ok."));
}

QList<Command> caseSystemCommands()
{
    return {
        command("case systems",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The systems to search for an inzage, erasure or "
                                  "rectification, and what each search found."),
                "NUMBER", {}, CaseCommands::runSystems),
        command("case system tick",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Tick a system as searched for a request: who (you), when (now), "
                                  "the result and a note or file."),
                "NUMBER NAME",
                { option(QStringLiteral("result"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "niets-gevonden, gevonden (to be sent "
                                           "separately), apart-verstrekt (sent separately; "
                                           "--sent-on: the day), gewist (erasure), "
                                           "gecorrigeerd (rectification), niet-doorzoekbaar "
                                           "(with --note: why)."),
                         codeValue),
                  option(QStringLiteral("note"),
                         QT_TRANSLATE_NOOP("pd::cli", "What was searched or found."), textValue),
                  option(QStringLiteral("attachment"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "One of the request's files that shows the "
                                           "search (its id: case attachments)."),
                         QT_TRANSLATE_NOOP("pd::cli", "id")),
                  option(QStringLiteral("sent-on"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "With apart-verstrekt: the day the data found "
                                           "were sent separately."),
                         dateValue),
                  confirmNotBsnOption() },
                CaseCommands::runSystemTick),
        command("case system sent",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record the day the data a search found were sent separately "
                                  "(apart-verstrekt; the note and file stay; also after "
                                  "completion)."),
                "NUMBER NAME",
                { option(QStringLiteral("on"),
                         QT_TRANSLATE_NOOP("pd::cli", "The day they were sent."), dateValue) },
                CaseCommands::runSystemSent),
    };
}

} // namespace pd::cli
