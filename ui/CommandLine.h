#pragma once

#include "util/Translations.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::ui {

// The GUI's command line: --store DIR, --demo, --lang nl|en (plus --help and --version).
// There is deliberately no way to pass a password: command lines are visible to other users
// of the machine and end up in shell histories.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::CommandLine)
public:
    QString storeDirectory;
    bool demo = false;
    std::optional<UiLanguage> language;

    // A first look for --lang before anything is translated, so that --help can already
    // speak the chosen language. Returns nothing when --lang is absent or not nl/en.
    static std::optional<UiLanguage> peekLanguage(const QStringList &arguments);

    // Parses the arguments. --help and --version print and exit (QCommandLineParser::process);
    // a bad value prints a one-line reason to stderr and returns nothing.
    static std::optional<CommandLine> parse(const QStringList &arguments);
};

} // namespace pd::ui
