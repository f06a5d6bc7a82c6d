#pragma once

// privacydesk-cli case … and deadline: the commands' implementations, as static members of one
// class so that lupdate sees every tr() in one context. CaseCommands.cpp holds the case
// commands and their table, DeadlineCommand.cpp the deadline calculator.

#include "CliContext.h"
#include "audit/RowChange.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd::cli {

// For the changes of a request (optimistic locking).
inline constexpr const char *ifVersionHelp = QT_TRANSLATE_NOOP(
    "pd::cli",
    "Change the request only if it is still at this version (\"version\" of case show "
    "--json); otherwise refused with [conflict].");

class CaseCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CaseCommands)
public:
    static int runAdd(CliContext &context);
    // The request the options describe (requestOptions()), with original (when given) as its
    // original: an e-mail fills the channel, the receipt and the sender unless the options say
    // them (MailIntake). Success, or the usage error printed (CaseAddCommand.cpp).
    static int readRequest(const QCommandLineParser &p,
                           const std::optional<NewAttachment> &original, NewCase *request);
    // The options of a new request, without --original, --not-an-id-document and
    // --confirm-not-bsn (case add, mailbox take).
    static QList<QCommandLineOption> requestOptions();
    // What case add prints of a request added (its number, or with json the request and its
    // deadlines); the refusal as the service words it.
    static int printAdded(const CaseService &cases, const std::optional<Case> &created,
                          const ServiceError &failure, bool json);
    static int readPerson(const QCommandLineParser &p, Person *person); // Success or usage
    static int runList(CliContext &context);
    static int runShow(CliContext &context);
    static int runIdentify(CliContext &context);
    static int runMandate(CliContext &context); // CaseMandateCommand.cpp
    static int runAssign(CliContext &context); // CaseAssignCommand.cpp
    static int runExtend(CliContext &context);
    static int runComplete(CliContext &context);
    static int runTransmitTo(CliContext &context);
    static int runNote(CliContext &context);
    static int runReopen(CliContext &context);
    static int runTimeline(CliContext &context);
    static int runDeadline(CliContext &context);
    static QList<QCommandLineOption> completionDetailOptions();
    // case systems, case system tick (CaseSystemCommands.cpp).
    static int runSystems(CliContext &context);
    static int runSystemTick(CliContext &context);
    static int runSystemSent(CliContext &context);
    // case complete of an inzage, erasure or rectification with a system not searched: Success
    // when none is open (or --systems-open-ok, which prints the warning), else the refusal
    // printed (Failure).
    static int systemsOpenRefusal(const Session &session, const QString &number,
                                  const QCommandLineParser &p);

private:
    // The request number: the one positional argument, upper case; empty unless there is one.
    static QString numberArgument(CliContext &context);
    // A refusal as the service words it; a change refused because the request changed since the
    // version the script read (--if-version) carries the code [conflict].
    static int serviceFailure(const ServiceError &error);
    // --if-version N: the Case::version ("version" of case show --json) the change is meant for;
    // without it the change applies to the request as it is. False (a usage error printed) when N
    // is not a number.
    static bool expectedVersion(const QCommandLineParser &p, std::optional<int> *version);
    static QString joinedCodes(const QStringList &codes);
    template<typename E> static QStringList codesOf(const QList<E> &values)
    {
        QStringList codes;
        for (E value : values)
            codes << Codes::code(value);
        return codes;
    }
    // case complete's --data, --objection, --objection-kept and --objection-other
    // (CaseCompleteOptions.cpp): read into done; Success, or a usage error printed.
    static int readCompletionDetails(const QCommandLineParser &p, Completion *done);
    // case complete's --grounds and the grounds of a --decision; its --decision,
    // --motivation-for and --granted-for (CaseCommands.cpp).
    static int readGrounds(const QString &codes, QList<RefusalGround> *grounds);
    static int readTypeDecisions(const QCommandLineParser &p, Completion *completion);
    // Runs fn with an open store and its case service; the common part of every case command.
    static int withCases(CliContext &context,
                         const std::function<int(const Session &, CaseService &)> &fn);
    static QJsonObject rowChangeJson(const RowChange &change);
    static void printCaseText(const Case &c, const CaseDeadlines &d);
    // case identify and case mandate: NUMBER with a step asked for (--requested)
    // and/or received (--received), on the version given (--if-version); usage: the messages
    // for a missing number and for missing dates; check (optional) refuses what else the
    // receipt needs, having printed why.
    using DatedStep = std::function<bool(CaseService &, const QString &number, QDate day,
                                         ServiceError *, std::optional<int> version)>;
    static int runRequestedReceived(CliContext &context, const QPair<QString, QString> &usage,
                                    const DatedStep &request, const DatedStep &receive,
                                    const std::function<bool(QDate)> &check = {});
};

// The command table's groups, in the order of `privacydesk-cli help`.
QList<Command> caseRecordCommands(); // case add, list, show
QList<Command> caseProgressCommands(); // case identify, extend
QList<Command> caseMandateCommands(); // case mandate (CaseMandateCommand.cpp)
QList<Command> caseAssignCommands(); // case assign (CaseAssignCommand.cpp)
QList<Command> caseDecisionCommands(); // case complete
QList<Command> caseTransmitCommands(); // case transmit (CaseCompleteOptions.cpp)
QList<Command> caseNoteCommands(); // case note, reopen, timeline
QList<Command> caseSystemCommands(); // case systems, case system tick (CaseSystemCommands.cpp)
QList<Command> deadlineCommands(); // deadline

} // namespace pd::cli
