#pragma once

// What `breach add` and `breach update` share, so that both read these options alike.

#include "CliContext.h"
#include "breaches/BreachService.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd::cli {

class BreachOptions final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BreachOptions)
public:
    // YYYY-MM-DDTHH:MM in Europe/Amsterdam; invalid when not given.
    static QDateTime moment(const QCommandLineParser &p, const QString &name, bool *ok);
    static std::optional<QString> number(const QCommandLineParser &p, const char *command);
    // The date and HH:mm in Dutch time; "-" when invalid.
    static QString momentText(const QDateTime &moment);

    static QList<QCommandLineOption> processorReportOptions();
    static bool readProcessorReport(const QCommandLineParser &p, BreachProcessorReport *report);
};

// breach letters, breach letters-sent (BreachLetterCommands.cpp): with the documents.
QList<Command> breachLetterCommands();

} // namespace pd::cli
