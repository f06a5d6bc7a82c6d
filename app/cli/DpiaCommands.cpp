// privacydesk-cli dpia …: the DPIA register (art. 35 AVG).

#include "CliContext.h"
#include "registers/Dpia.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class DpiaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DpiaCommands)
public:
    static int runList(CliContext &context)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const auto dpias = DpiaRegister(*session).list(&error);
        if (!dpias)
            return CliContext::readFailure(error);
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(*dpias, [&](const Dpia &d) { return DpiaRegister::toJson(d); });
            return Success;
        }
        const QDate today = systemClock().today();
        for (const Dpia &d : *dpias) {
            QString line = QStringLiteral("%1  %2  %3")
                               .arg(d.activityCode.leftJustified(5), d.activityName,
                                    DpiaRegister::status(d));
            if (d.reviewOn.isValid())
                //: Dutch: "herbeoordeling %1"
                line += QStringLiteral("  (")
                    + tr("review %1").arg(CliContext::dateText(d.reviewOn)) + u')';
            for (const QString &warning : DpiaRegister::warnings(d, today))
                line += QStringLiteral("\n       ") + warning;
            CliContext::printLine(line);
        }
        return Success;
    }

    static int runCriteria(CliContext &context)
    {
        using L = DpiaLists::List;
        if (context.parser().isSet(QStringLiteral("json"))) {
            QJsonObject json;
            for (L list : { L::ApList, L::Art35_3, L::Criteria }) {
                QJsonArray items;
                for (const DpiaListItem &item : DpiaLists::items(list))
                    items.append(QJsonObject { { QStringLiteral("code"), item.code },
                                               { QStringLiteral("label"), item.label },
                                               { QStringLiteral("text"), item.text } });
                json.insert(DpiaLists::code(list),
                            QJsonObject { { QStringLiteral("source"), DpiaLists::source(list) },
                                          { QStringLiteral("items"), items } });
            }
            CliContext::printJson(QJsonDocument(json));
            return Success;
        }
        for (L list : { L::ApList, L::Art35_3, L::Criteria }) {
            CliContext::printLine(DpiaLists::source(list) + u':');
            for (const DpiaListItem &item : DpiaLists::items(list))
                CliContext::printLine(QStringLiteral("  %1  %2").arg(item.code, item.label));
        }
        return Success;
    }

    // The options given, over d: Success or a usage error printed.
    static int readOptions(const QCommandLineParser &p, Dpia *d)
    {
        const auto codes = [&p](const char *name, QStringList *into) {
            if (p.isSet(QLatin1StringView(name)))
                *into = p.value(QLatin1StringView(name)).split(u',', Qt::SkipEmptyParts);
            for (QString &code : *into)
                code = code.trimmed();
        };
        const auto text = [&p](const char *name, QString *into) {
            if (p.isSet(QLatin1StringView(name)))
                *into = p.value(QLatin1StringView(name));
        };
        if (p.isSet(QStringLiteral("needed")) && p.isSet(QStringLiteral("not-needed")))
            //: Dutch: "Kies --needed of --not-needed, niet allebei."
            return CliContext::usage(tr("Choose --needed or --not-needed, not both."));
        codes("ap-list", &d->apList);
        codes("art35-3", &d->art35_3);
        codes("criteria", &d->criteria);
        text("reason", &d->reason);
        text("outcome", &d->outcome);
        text("consultation", &d->consultation);
        if (p.isSet(QStringLiteral("residual-risk"))) {
            const auto risk = codes::from<ResidualRisk>(p.value(QStringLiteral("residual-risk")));
            if (!risk)
                //: Dutch: "--residual-risk is laag, middel of hoog."
                return CliContext::usage(tr("--residual-risk is laag, middel or hoog."));
            d->residualRisk = *risk;
        }
        bool ok = true;
        for (const auto &[name, date] :
             { std::pair { "assessed", &d->assessedOn }, std::pair { "consulted", &d->consultedOn },
               std::pair { "review", &d->reviewOn } }) {
            if (p.isSet(QLatin1StringView(name)))
                *date = dateOption(p, QLatin1StringView(name), &ok);
        }
        if (!ok)
            return UsageError;
        if (p.isSet(QStringLiteral("needed")) || p.isSet(QStringLiteral("not-needed")))
            d->needed = p.isSet(QStringLiteral("needed"));
        return Success;
    }

    static int runWrite(CliContext &context, bool isNew)
    {
        const QCommandLineParser &p = context.parser();
        Dpia d;
        d.activityCode = p.value(QStringLiteral("activity")).trimmed();
        if (d.activityCode.isEmpty())
            //: Dutch: "dpia add en dpia set hebben --activity CODE nodig (register list)."
            return CliContext::usage(tr("dpia add and dpia set need --activity CODE (register "
                                        "list)."));
        if (isNew) {
            if (const int usage = readOptions(p, &d); usage != Success)
                return usage;
            // Without --needed or --not-needed: what the lists indicate.
            if (!p.isSet(QStringLiteral("needed")) && !p.isSet(QStringLiteral("not-needed")))
                d.needed = DpiaRegister::indication(d) != DpiaIndication::NotIndicated;
        }
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        DpiaRegister dpias(*session);
        ServiceError error;
        if (!isNew) {
            const auto stored = dpias.find(d.activityCode, &error);
            if (!stored)
                return CliContext::fail(error);
            d = *stored;
            if (const int usage = readOptions(p, &d); usage != Success)
                return usage;
        }
        const BsnCheck bsnCheck = CliContext::bsnCheck(p);
        const auto written
            = isNew ? dpias.add(d, bsnCheck, &error) : dpias.update(d, bsnCheck, &error);
        if (!written)
            return CliContext::fail(error);
        for (const QString &warning : DpiaRegister::warnings(*written, systemClock().today()))
            CliContext::printError(warning);
        return context.show(DpiaRegister::toJson(*written),
                            written->activityCode + QStringLiteral("  ")
                                + DpiaRegister::status(*written));
    }
};

namespace {

QList<QCommandLineOption> writeOptions()
{
    return {
        option(QStringLiteral("activity"),
               QT_TRANSLATE_NOOP("pd::cli", "The processing activity's number, e.g. C.3."),
               codeValue),
        option(QStringLiteral("needed"), QT_TRANSLATE_NOOP("pd::cli", "A DPIA is needed.")),
        option(QStringLiteral("not-needed"),
               QT_TRANSLATE_NOOP("pd::cli", "No DPIA is needed (--reason says why).")),
        option(QStringLiteral("ap-list"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Types on the AP's list that always need a DPIA, "
                                 "comma-separated (dpia criteria)."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        option(QStringLiteral("art35-3"),
               QT_TRANSLATE_NOOP("pd::cli", "The cases of art. 35(3) GDPR that apply: a, b, c."),
               QT_TRANSLATE_NOOP("pd::cli", "letters")),
        option(QStringLiteral("criteria"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The EDPB criteria met, comma-separated (dpia criteria); two "
                                 "or more: a DPIA is likely needed."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        option(QStringLiteral("reason"),
               QT_TRANSLATE_NOOP("pd::cli", "Why a DPIA is (not) needed."), textValue),
        option(QStringLiteral("assessed"), QT_TRANSLATE_NOOP("pd::cli", "Date of the DPIA."),
               dateValue),
        option(QStringLiteral("outcome"),
               QT_TRANSLATE_NOOP("pd::cli", "The DPIA's outcome and measures."), textValue),
        option(QStringLiteral("residual-risk"),
               QT_TRANSLATE_NOOP("pd::cli", "The residual risk: laag, middel or hoog."), codeValue),
        option(QStringLiteral("consulted"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Date the AP was consulted beforehand (art. 36(1) GDPR: when "
                                 "the residual risk stays high)."),
               dateValue),
        option(QStringLiteral("consultation"),
               QT_TRANSLATE_NOOP("pd::cli", "The consultation: reference and the AP's advice."),
               textValue),
        option(QStringLiteral("review"), QT_TRANSLATE_NOOP("pd::cli", "Date of the next review."),
               dateValue),
        confirmNotBsnOption(),
    };
}

} // namespace

QList<Command> dpiaCommands()
{
    using D = DpiaCommands;
    return {
        command(
            "dpia list",
            QT_TRANSLATE_NOOP("pd::cli", "List the DPIA assessments (art. 35) with what is due."),
            {}, D::runList),
        command("dpia criteria",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The AP's list, art. 35(3) and the EDPB criteria, with their "
                                  "codes and sources."),
                {}, D::runCriteria),
        command("dpia add",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record whether a processing activity needs a DPIA, and the "
                                  "DPIA."),
                writeOptions(), [](CliContext &context) { return D::runWrite(context, true); }),
        command("dpia set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change a DPIA assessment: only the options given change."),
                writeOptions(), [](CliContext &context) { return D::runWrite(context, false); }),
    };
}

} // namespace pd::cli
