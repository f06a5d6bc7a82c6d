// privacydesk-cli settings show / set: the organisation's settings for scripts and installers
// (the keys are a contract, see core/organisation/SettingValues.h).

#include "CliContext.h"
#include "settings/SettingValues.h"

#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class SettingsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::SettingsCommands)
public:
    static int runShow(CliContext &context)
    {
        if (!context.parser().positionalArguments().isEmpty())
            return CliContext::usage(tr("settings show takes no arguments."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const std::optional<QJsonObject> read = SettingValues(*session).all(&error);
        if (!read)
            return CliContext::readFailure(error, false);
        const QJsonObject values = *read;
        if (context.parser().isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(values));
            return Success;
        }
        for (const QString &key : SettingValues::keys())
            CliContext::printLine(
                QStringLiteral("%1  %2").arg(key.leftJustified(28), values.value(key).toString()));
        return Success;
    }

    static int runSet(CliContext &context)
    {
        const QStringList args = context.parser().positionalArguments();
        if (args.size() != 2)
            return CliContext::usage(
                tr("settings set needs a key and a value (settings show lists the keys)."));
        if (!SettingValues::keys().contains(args.at(0)))
            return CliContext::usage(
                tr("Unknown setting '%1'. Known settings: %2.")
                    .arg(args.at(0), SettingValues::keys().join(QStringLiteral(", "))));
        return context.act([&](const Session &session, ServiceError *error) {
            return SettingValues(session).set(args.at(0), args.at(1),
                                              CliContext::bsnCheck(context.parser()), error);
        });
    }
};

QList<Command> settingsCommands()
{
    return {
        command("settings show",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Show the organisation's settings (name, address, contact, "
                                  "deadline policy, security)."),
                {}, SettingsCommands::runShow),
        command("settings set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change one setting, with the same checks and audit as the "
                                  "desk."),
                "KEY VALUE", { confirmNotBsnOption() }, SettingsCommands::runSet),
    };
}

} // namespace pd::cli
