#pragma once

// What the breach commands share (BreachCommands.cpp, BreachUpdateCommand.cpp): the breach's
// number, moments in Dutch time, the BSN confirmation, and the options of the processor's report
// with their reading, so that `breach add` and `breach update` take them alike.

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
    // A YYYY-MM-DDTHH:MM option read in Europe/Amsterdam; invalid when not given; on a bad value
    // the usage line is printed and *ok set to false.
    static QDateTime moment(const QCommandLineParser &p, const QString &name, bool *ok);
    // The number of the data breach: the one positional argument; nullopt (usage printed) else.
    static std::optional<QString> number(const QCommandLineParser &p, const char *command);
    static bool bsnOverride(const QCommandLineParser &p); // --confirm-not-bsn
    // A moment as the commands print it: the date and HH:mm, Dutch time; "-" when invalid.
    static QString momentText(const QDateTime &moment);

    // --processor, --processor-told and --processor-told-reason.
    static QList<QCommandLineOption> processorReportOptions();
    // What those options say: each given one set in *report. False (usage printed) on a bad
    // moment.
    static bool readProcessorReport(const QCommandLineParser &p, BreachProcessorReport *report);
};

} // namespace pd::cli
