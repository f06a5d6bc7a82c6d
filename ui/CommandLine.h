#pragma once

#include "util/Translations.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::ui {

// Deliberately no way to pass a password: command lines are visible to other users of the
// machine and end up in shell histories.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::CommandLine)
public:
    QString storeDirectory;
    bool demo = false;
    std::optional<UiLanguage> language;

    // --lang before anything is translated, so that --help speaks it; nullopt when absent or bad.
    static std::optional<UiLanguage> peekLanguage(const QStringList &arguments);

    // --help and --version print and exit; a bad value prints a reason to stderr, nullopt.
    static std::optional<CommandLine> parse(const QStringList &arguments);
};

} // namespace pd::ui
