#pragma once

// Static members of one class so that lupdate sees every tr() in one context.

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

// --if-version N: change the request only if nobody changed it since it was read.
QCommandLineOption ifVersionOption();
QCommandLineOption receivedOption(); // --received DATE, of case add and deadline

class CaseCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CaseCommands)
public:
    static int runAdd(CliContext &context);
    // An e-mail original fills the channel, the receipt and the sender the options leave out.
    static int readRequest(const QCommandLineParser &p,
                           const std::optional<NewAttachment> &original, NewCase *request);
    // Without --original, --not-an-id-document and --confirm-not-bsn.
    static QList<QCommandLineOption> requestOptions();
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
    static int runSystems(CliContext &context);
    static int runSystemTick(CliContext &context);
    static int runSystemSent(CliContext &context);
    // For an inzage, erasure or rectification: Success unless a system is not searched yet (or with
    // --systems-open-ok, which warns); else Failure, the refusal printed.
    static int systemsOpenRefusal(const Session &session, const QString &number,
                                  const QCommandLineParser &p);

private:
    // Upper case; empty unless there is exactly one positional argument.
    static QString numberArgument(CliContext &context);
    // A change refused because the request changed since --if-version carries [conflict].
    static int serviceFailure(const ServiceError &error);
    static bool expectedVersion(const QCommandLineParser &p, std::optional<int> *version);
    static QString joinedCodes(const QStringList &codes);
    template<typename E> static QStringList codesOf(const QList<E> &values)
    {
        QStringList codes;
        for (E value : values)
            codes << codes::code(value);
        return codes;
    }
    static int readCompletionDetails(const QCommandLineParser &p, Completion *done);
    static int readGrounds(const QString &codes, QList<RefusalGround> *grounds);
    static int readTypeDecisions(const QCommandLineParser &p, Completion *completion);
    static int withCases(CliContext &context,
                         const std::function<int(const Session &, CaseService &)> &fn);
    static QJsonObject rowChangeJson(const RowChange &change);
    static void printCaseText(const Case &c, const CaseDeadlines &d);
    // case identify and case mandate: --requested and/or --received; check (optional) refuses what
    // else the receipt needs, having printed why.
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
