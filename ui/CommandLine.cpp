#include "CommandLine.h"

#include <QCommandLineParser>

#include <cstdio>

namespace pd::ui {
namespace {
std::optional<UiLanguage> languageOf(const QString &value)
{
    const QString code = value.trimmed().toLower();
    if (code == u"nl")
        return UiLanguage::Dutch;
    if (code == u"en")
        return UiLanguage::English;
    return std::nullopt;
}
} // namespace

std::optional<UiLanguage> CommandLine::peekLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return languageOf(arguments.at(i + 1));
        for (const QStringView prefix : { u"--lang=", u"-lang=" }) {
            if (argument.startsWith(prefix))
                return languageOf(argument.mid(prefix.size()));
        }
    }
    return std::nullopt;
}

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Privacydesk: GDPR requests, disclosures and retention periods for housing "
           "corporations, in an encrypted store. The password is always typed in the "
           "application, never given on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringList { QStringLiteral("store") },
        tr("Open the store in folder <dir> instead of the last one used."), tr("dir"));
    const QCommandLineOption demoOption(
        QStringList { QStringLiteral("demo") },
        tr("Open the demo store with fictitious data (it is created when missing)."));
    const QCommandLineOption langOption(QStringList { QStringLiteral("lang") },
                                        tr("Language of the user interface: nl or en."),
                                        tr("language"));
    parser.addOption(storeOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.process(arguments);

    CommandLine result;
    result.storeDirectory = parser.value(storeOption);
    result.demo = parser.isSet(demoOption);
    if (parser.isSet(langOption)) {
        result.language = languageOf(parser.value(langOption));
        if (!result.language) {
            const QString message
                = tr("Unknown language \"%1\"; use nl or en.").arg(parser.value(langOption));
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
            return std::nullopt;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        const QString message = tr("Unexpected argument \"%1\". Passwords are never given on the "
                                   "command line; see --help.")
                                    .arg(parser.positionalArguments().constFirst());
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        return std::nullopt;
    }
    return result;
}

} // namespace pd::ui
