// privacydesk-cli case assign: who handles a request, as the desk's "Assign handler…" records
// it. The login must be an active user whose role may handle requests (CaseService::assign).
#include "CaseCommands.h"
#include "CliContext.h"

namespace pd::cli {

int CaseCommands::runAssign(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QString number = numberArgument(context);
    if (number.isEmpty() || !p.isSet(QStringLiteral("handler")))
        //: Dutch: "case assign heeft het verzoeknummer en --handler INLOGNAAM nodig."
        return CliContext::usage(tr("case assign needs the case number and --handler LOGIN."));
    std::optional<int> version;
    if (!expectedVersion(p, &version))
        return UsageError;
    return withCases(context, [&](const Session &, CaseService &cases) {
        ServiceError error;
        if (!cases.assign(number, p.value(QStringLiteral("handler")), &error, version))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

QList<Command> caseAssignCommands()
{
    return {
        command("case assign",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Assign the handler of a request (a functionaris or beheerder; "
                                  "an empty login: nobody)."),
                "NUMBER",
                { option(QStringLiteral("handler"),
                         QT_TRANSLATE_NOOP("pd::cli", "The handler's login."),
                         QT_TRANSLATE_NOOP("pd::cli", "login")),
                  ifVersionOption() },
                CaseCommands::runAssign),
    };
}

} // namespace pd::cli
