// privacydesk-cli: everything a script, a scheduled task or a test needs without a screen.
// Wiring only: the commands live beside this file, the work in privacydesk_core.

#include "CliContext.h"
#include "util/LogFilter.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace pd;
using namespace pd::cli;

namespace {

QList<Command> allCommands()
{
    return storeCommands() + caseCommands() + attachmentCommands() + disclosureCommands()
        + retentionCommands() + registerCommands() + dpiaCommands() + keptDocumentCommands()
        + importCommands() + exportCommands() + reportCommands() + documentCommands()
        + userCommands() + settingsCommands() + breachCommands() + serverCommands() + holdCommands()
        + restrictionCommands() + consentCommands() + personCommands() + covenantCommands()
        + mailboxCommands() + veraCommands() + veraMarkCommands() + letterSendCommands();
}

QString commandList(const QList<Command> &commands)
{
    // The descriptions in one column, after the longest name.
    qsizetype width = 0;
    for (const Command &command : commands)
        width = std::max(width, command.name.size());
    QString text = QCoreApplication::translate("pd::cli", "Commands:") + u'\n';
    for (const Command &command : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command.name.leftJustified(width),
                         QCoreApplication::translate("pd::cli", command.summary));
    return text;
}

// The names of a command's positional arguments as --help shows them ("Argumenten: NUMMER"),
// word by word: "NUMBER FILE" is "NUMMER BESTAND".
constexpr const char *argumentNames[] = {
    QT_TRANSLATE_NOOP("pd::cli", "NUMBER"), QT_TRANSLATE_NOOP("pd::cli", "FILE"),
    QT_TRANSLATE_NOOP("pd::cli", "KEY"),    QT_TRANSLATE_NOOP("pd::cli", "VALUE"),
    QT_TRANSLATE_NOOP("pd::cli", "KIND"),   QT_TRANSLATE_NOOP("pd::cli", "NAME"),
    QT_TRANSLATE_NOOP("pd::cli", "ID"),     QT_TRANSLATE_NOOP("pd::cli", "LETTER"),
    QT_TRANSLATE_NOOP("pd::cli", "CODE"),   QT_TRANSLATE_NOOP("pd::cli", "DIR"),
    QT_TRANSLATE_NOOP("pd::cli", "YEAR"),   QT_TRANSLATE_NOOP("pd::cli", "LETTER_ID"),
};

QString translatedArguments(const QString &arguments)
{
    QStringList words = arguments.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        const QByteArray bare = word.toLatin1();
        const auto known = std::find_if(std::cbegin(argumentNames), std::cend(argumentNames),
                                        [&](const char *name) { return bare == name; });
        if (known != std::cend(argumentNames))
            word = QCoreApplication::translate("pd::cli", *known);
    }
    return words.join(u' ');
}

// QCommandLineParser says what is wrong in English (Qt's own translations are not loaded): the
// errors a user meets, in the tool's language; any other as Qt says it.
QString parserError(const QCommandLineParser &parser)
{
    static const QRegularExpression missing(QStringLiteral("^Missing value after '(.*)'\\.$"));
    static const QRegularExpression unknown(QStringLiteral("^Unknown option '(.*)'\\.$"));
    const QString text = parser.errorText();
    if (const QRegularExpressionMatch match = missing.match(text); match.hasMatch())
        return QCoreApplication::translate("pd::cli", "Missing value after '%1'.")
            .arg(match.captured(1));
    if (const QRegularExpressionMatch match = unknown.match(text); match.hasMatch())
        return QCoreApplication::translate("pd::cli", "Unknown option '%1'.")
            .arg(match.captured(1));
    return text;
}

// The language is known before the parser runs so that --help is already translated.
UiLanguage languageFromArguments(const QStringList &arguments)
{
    const auto it = std::find(arguments.cbegin(), arguments.cend(), QStringLiteral("--lang"));
    if (it != arguments.cend() && std::next(it) != arguments.cend())
        return languageFromCode(*std::next(it));
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1StringView("--lang=")))
            return languageFromCode(argument.mid(7));
    }
    const QString fromEnv = qEnvironmentVariable("PRIVACYDESK_LANG");
    return fromEnv.isEmpty() ? UiLanguage::Dutch : languageFromCode(fromEnv);
}

// The application (a QGuiApplication when a command writes a PDF, --pdf, or sends one, letter
// send: it needs fonts, offscreen), named, in the language the arguments ask for. argc is main's:
// Qt keeps a reference.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    const auto sends = std::adjacent_find(argv, argv + argc, [](const char *a, const char *b) {
        return qstrcmp(a, "letter") == 0 && qstrcmp(b, "send") == 0;
    });
    const bool pdf = sends != argv + argc || std::any_of(argv, argv + argc, [](const char *a) {
                         return qstrncmp(a, "--pdf", 5) == 0;
                     });
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = pdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Privacydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Privacydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVACYDESK_VERSION));
    installTranslations(languageFromArguments(QCoreApplication::arguments()));
    return app;
}

// The command the positional arguments name: of one or two words ("info", "case add"), the
// longest that matches wins. End when none does.
QList<Command>::const_iterator findCommand(const QList<Command> &commands, const QStringList &rest)
{
    const auto matches = [&](const Command &c) {
        const QStringList words = c.name.split(u' ');
        return words == rest.mid(0, words.size());
    };
    auto command = commands.cend();
    for (auto it = commands.cbegin(); it != commands.cend(); ++it) {
        if (matches(*it) && (command == commands.cend() || it->name.size() > command->name.size()))
            command = it;
    }
    return command;
}

// Runs the command with its own parser: the common options again (so they may follow the
// command), plus the command's options; what was given before the command still counts. rest:
// the positional arguments of the program, the command's name first. helpAsked: --help came
// before the command.
int runCommand(const Command &command, const QStringList &rest, bool helpAsked)
{
    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(
        QCoreApplication::translate("pd::cli", command.summary));
    addCommonOptions(commandParser);
    commandParser.addHelpOption();
    commandParser.addOptions(command.options);
    if (!command.arguments.isEmpty())
        commandParser.addPositionalArgument(translatedArguments(command.arguments), {});
    QStringList commandArguments { QCoreApplication::arguments().first() + u' ' + command.name };
    const QStringList global = QCoreApplication::arguments().mid(
        1, QCoreApplication::arguments().size() - 1 - rest.size());
    commandArguments += global;
    commandArguments += rest.mid(command.name.count(u' ') + 1);
    if (!commandParser.parse(commandArguments))
        return CliContext::usage(parserError(commandParser));
    if (commandParser.isSet(QStringLiteral("help")) || helpAsked) {
        // Qt's usage line names only the program; the command follows it, as it is typed
        // ("privacydesk-cli case show [opties] NUMMER").
        QString text = commandParser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = text.indexOf(program); at >= 0)
            text.insert(at + program.size(), u' ' + command.name);
        if (text.endsWith(u'\n'))
            text.chop(1);
        CliContext::printLine(text);
        return Success;
    }
    if (command.arguments.isEmpty() && !commandParser.positionalArguments().isEmpty()) {
        return CliContext::usage(QCoreApplication::translate("pd::cli", "Unexpected argument '%1'.")
                                     .arg(commandParser.positionalArguments().first()));
    }
    CliContext context(commandParser);
    return command.run(context);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything can log or crash: no personal data in log lines, no core dumps.
    pd::hardenProcess();
    pd::forgetLibpqEnvironment();
    pd::installLogFilter();
    // Under cron or root there is often no XDG_RUNTIME_DIR: a private one in RAM, so that the
    // CLI's stderr is its own one line (no Qt warning) and nothing spools into /tmp.
    pd::providePrivateRuntimeDir();
    pd::keepTemporaryFilesInMemory();

    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);

    const QList<Command> commands = allCommands();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("pd::cli",
                                    "Privacydesk on the command line: GDPR requests, "
                                    "registers and the encrypted store.")
        + u'\n' + commandList(commands));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addCommonOptions(parser);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("pd::cli", "command"),
                                 QCoreApplication::translate("pd::cli", "The command to run."));
    if (!parser.parse(QCoreApplication::arguments()))
        return CliContext::usage(parserError(parser));
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        if (parser.isSet(help))
            parser.showHelp(Success);
        return CliContext::usage(QCoreApplication::translate(
            "pd::cli", "No command given; see privacydesk-cli --help."));
    }
    const auto command = findCommand(commands, rest);
    if (command == commands.cend()) {
        return CliContext::usage(QCoreApplication::translate(
                                     "pd::cli", "Unknown command '%1'; see privacydesk-cli --help.")
                                     .arg(rest.first()));
    }
    return runCommand(*command, rest, parser.isSet(help));
}
