// The options the breach commands share (BreachOptions.h).
#include "BreachOptions.h"

#include "util/Clock.h"

namespace pd::cli {

QDateTime BreachOptions::moment(const QCommandLineParser &p, const QString &name, bool *ok)
{
    if (!p.isSet(name))
        return {};
    const QDateTime moment = BreachCodes::parseLocalMoment(p.value(name));
    if (!moment.isValid()) {
        CliContext::usage(tr("--%1 needs a date and time as YYYY-MM-DDTHH:MM (Dutch time); "
                             "'%2' is not one.")
                              .arg(name, p.value(name)));
        *ok = false;
    }
    return moment;
}

std::optional<QString> BreachOptions::number(const QCommandLineParser &p, const char *command)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        CliContext::usage(tr("%1 needs the number of the data breach (DL-YYYY-NNNN).")
                              .arg(QLatin1StringView(command)));
        return std::nullopt;
    }
    return args.first().trimmed();
}

// Breach moments are Dutch time, whatever zone the computer is set to.
QString BreachOptions::momentText(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("-");
    const QDateTime local = organisationTime(moment);
    return CliContext::dateText(local.date()) + u' '
        + local.time().toString(QStringLiteral("HH:mm"));
}

QList<QCommandLineOption> BreachOptions::processorReportOptions()
{
    return { option(QStringLiteral("processor"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "The processor involved, by its name in the "
                                      "recipients catalogue."),
                    nameValue),
             option(QStringLiteral("processor-told"),
                    QT_TRANSLATE_NOOP("pd::cli", "When the processor told us."), momentValue),
             option(QStringLiteral("processor-told-reason"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "When the processor told us before --discovered: "
                                      "why its report did not make us aware. Without "
                                      "it the 72 hours run from the report (art. 33(2) "
                                      "GDPR)."),
                    textValue) };
}

bool BreachOptions::readProcessorReport(const QCommandLineParser &p, BreachProcessorReport *report)
{
    bool ok = true;
    if (p.isSet(QStringLiteral("processor-told")))
        report->toldAt = moment(p, QStringLiteral("processor-told"), &ok);
    if (p.isSet(QStringLiteral("processor")))
        report->processor = p.value(QStringLiteral("processor"));
    if (p.isSet(QStringLiteral("processor-told-reason")))
        report->reason = p.value(QStringLiteral("processor-told-reason"));
    return ok;
}

} // namespace pd::cli
