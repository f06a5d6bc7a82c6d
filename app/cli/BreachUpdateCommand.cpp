// privacydesk-cli breach update NUMBER: the processor's report recorded or corrected after the
// breach was added (art. 33(2) AVG). The processor's notice is our awareness: the 72 hours and
// the AP deadline are computed again from the first moment known, and the change is one event on
// the breach's trail with what was and what is (BreachService::recordProcessorReport).

#include "BreachOptions.h"
#include "CliContext.h"
#include "util/Clock.h"

#include <QJsonDocument>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class BreachUpdateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BreachUpdateCommand)
public:
    static int run(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach update");
        if (!number)
            return UsageError;
        BreachProcessorReport report;
        if (!BreachOptions::readProcessorReport(p, &report))
            return UsageError;
        if (p.isSet(QStringLiteral("late-reason")))
            report.lateReason = p.value(QStringLiteral("late-reason"));
        if (!report.processor && !report.toldAt && !report.reason && !report.lateReason)
            //: Dutch: "breach update heeft --processor-told, --processor-told-reason, --processor
            //: of --late-reason nodig."
            return CliContext::usage(tr("breach update needs --processor-told, "
                                        "--processor-told-reason, --processor or --late-reason."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        BreachService service(*session);
        ServiceError error;
        if (!service.recordProcessorReport(*number, report, CliContext::bsnCheck(p), &error))
            return CliContext::fail(error);
        const auto b = service.get(*number, &error);
        if (!b)
            return CliContext::readFailure(error, false);
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(breachToJson(*b, systemClock().now())));
            return Success;
        }
        //: Dutch: "%1: 72 uur vanaf %2, uiterlijk %3 melden aan de AP"
        CliContext::printLine(tr("%1: 72 hours from %2, notify the AP by %3")
                                  .arg(b->number, BreachOptions::momentText(b->clockStart()),
                                       BreachOptions::momentText(b->apDeadline())));
        return Success;
    }
};

QList<Command> breachUpdateCommands()
{
    const QCommandLineOption lateReason = option(
        QStringLiteral("late-reason"),
        QT_TRANSLATE_NOOP("pd::cli",
                          "The reasons for the delay, when the AP was already notified and the "
                          "earlier start makes that notification late (art. 33(1) GDPR)."),
        textValue);
    return {
        command(
            "breach update",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Record or correct the processor's report of a data breach after "
                              "it was added: the 72 hours and the AP deadline run from the first "
                              "moment known (art. 33(2) GDPR). Options not given stay as they "
                              "are. Moments are Dutch time."),
            "NUMBER",
            BreachOptions::processorReportOptions()
                + QList<QCommandLineOption> { lateReason, confirmNotBsnOption() },
            BreachUpdateCommand::run),
    };
}

} // namespace pd::cli
