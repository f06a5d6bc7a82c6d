// privacydesk-cli case mandate: a representative's mandate asked for and received, in
// the shape of case identify (runRequestedReceived, which both use). Asked for, the deadline
// waits; received, it runs again.
#include "CaseCommands.h"
#include "CliContext.h"

namespace pd::cli {

int CaseCommands::runRequestedReceived(CliContext &context, const QPair<QString, QString> &usage,
                                       const DatedStep &request, const DatedStep &receive,
                                       const std::function<bool(QDate)> &check)
{
    const QCommandLineParser &p = context.parser();
    const QString number = numberArgument(context);
    if (number.isEmpty())
        return CliContext::usage(usage.first);
    bool ok = true;
    const QDate requested = dateOption(p, QStringLiteral("requested"), &ok);
    const QDate received = dateOption(p, QStringLiteral("received"), &ok);
    if (!ok)
        return UsageError;
    if (!requested.isValid() && !received.isValid())
        return CliContext::usage(usage.second);
    if (check && !check(received))
        return UsageError;
    std::optional<int> version;
    if (!expectedVersion(p, &version))
        return UsageError;
    return withCases(context, [&](const Session &, CaseService &cases) {
        ServiceError error;
        if (requested.isValid() && !request(cases, number, requested, &error, version))
            return serviceFailure(error);
        // Both in one call: the receipt is meant for the version the request made.
        if (requested.isValid() && version)
            ++*version;
        if (received.isValid() && !receive(cases, number, received, &error, version))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runMandate(CliContext &context)
{
    return runRequestedReceived(
        context,
        { //: Dutch: "case mandate heeft het verzoeknummer nodig."
          tr("case mandate needs the case number."),
          //: Dutch: "case mandate heeft --requested DATUM en/of --received DATUM nodig."
          tr("case mandate needs --requested DATE and/or --received DATE.") },
        [](CaseService &cases, const QString &number, QDate day, ServiceError *error,
           std::optional<int> version) {
            return cases.requestMandate(number, day, error, version);
        },
        [](CaseService &cases, const QString &number, QDate day, ServiceError *error,
           std::optional<int> version) {
            return cases.receiveMandate(number, day, error, version);
        });
}

QList<Command> caseMandateCommands()
{
    return {
        command(
            "case mandate",
            QT_TRANSLATE_NOOP("pd::cli", "Record the mandate's request and/or its receipt."),
            "NUMBER",
            { option(QStringLiteral("requested"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date the mandate was requested."), dateValue),
              option(QStringLiteral("received"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date the mandate was received."), dateValue),
              ifVersionOption() },
            CaseCommands::runMandate),
    };
}

} // namespace pd::cli
