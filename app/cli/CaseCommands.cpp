// privacydesk-cli case …: the case core for scripts and tests (deadline: DeadlineCommand.cpp).

#include "CaseCommands.h"

#include "ListOutput.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "cases/Grounds.h"
#include "documents/CompletionGate.h"
#include "documents/PortabilityGate.h"
#include "letters/Letters.h"
#include "registers/PersonImport.h"
#include "retention/HoldsAtClose.h"
#include "session/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// The one request number given, in capitals; empty unless exactly one is given.
QString CaseCommands::numberArgument(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    return args.size() == 1 ? args.first().trimmed().toUpper() : QString();
}

// A refusal as the service words it; a change refused because the request changed since the
// version the script read (--if-version) carries the code [conflict].
int CaseCommands::serviceFailure(const ServiceError &error)
{
    if (error.code == ServiceError::Code::Conflict)
        return CliContext::fail(error.message + QStringLiteral(" [conflict]"));
    return CliContext::fail(error);
}

// --if-version N: the Case::version ("version" of case show --json) the change is meant for;
// without it the change applies to the request as it is. False (a usage error printed) when N
// is not a number.
bool CaseCommands::expectedVersion(const QCommandLineParser &p, std::optional<int> *version)
{
    if (!p.isSet(QStringLiteral("if-version")))
        return true;
    bool ok = false;
    const int value = p.value(QStringLiteral("if-version")).toInt(&ok);
    if (!ok || value < 0) {
        CliContext::usage(tr("--if-version takes the request's version, a whole number from "
                             "case show --json; not '%1'.")
                              .arg(p.value(QStringLiteral("if-version"))));
        return false;
    }
    *version = value;
    return true;
}

QString CaseCommands::joinedCodes(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

// Runs fn with an open store and its case service; the common part of every case command.
int CaseCommands::withCases(CliContext &context,
                            const std::function<int(const Session &, CaseService &)> &fn)
{
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    CaseService cases(*session);
    return fn(*session, cases);
}

void CaseCommands::printCaseText(const Case &c, const CaseDeadlines &d)
{
    QStringList types;
    for (RequestType type : c.types)
        types << codes::label(type);
    CliContext::printLine(QStringLiteral("%1  %2").arg(c.number, c.person.name));
    CliContext::printLine(tr("  Kind:      %1").arg(types.join(QStringLiteral(", "))));
    if (const QString address = addressLine(c.person); !address.isEmpty())
        //: Dutch: "  Adres:     %1"
        CliContext::printLine(tr("  Address:   %1").arg(address));
    CliContext::printLine(tr("  State:     %1").arg(codes::label(c.state)));
    CliContext::printLine(tr("  Received:  %1 (%2)")
                              .arg(CliContext::dateText(c.receivedDate), codes::label(c.channel)));
    CliContext::printLine(tr("  Deadline:  %1 (%2 binds)%3")
                              .arg(CliContext::dateText(d.current),
                                   d.currentBinding == Binding::Legal ? tr("legal") : tr("policy"),
                                   c.extended ? tr(", extended") : QString()));
    if (!c.representative.trimmed().isEmpty()) {
        QStringList who { c.representative.simplified() };
        if (c.representativeAuthority)
            who << codes::label(*c.representativeAuthority);
        if (!c.representativeOrganisation.trimmed().isEmpty())
            who << c.representativeOrganisation.simplified();
        //: Dutch: "  Gemachtigde: %1"
        CliContext::printLine(tr("  Representative: %1").arg(who.join(QStringLiteral(", "))));
    }
    if (!c.intakeOnly)
        //: Dutch: "  Behandelaar: %1"
        CliContext::printLine(
            tr("  Handler:   %1").arg(c.handler.isEmpty() ? tr("nobody yet") : c.handler));
    if (const QString mandate = CaseWorkflow::mandatePauseText(c, d.all); !mandate.isEmpty())
        //: Dutch: "  Machtiging: %1 (gemachtigde %2)"
        CliContext::printLine(
            tr("  Mandate:   %1 (representative %2)").arg(mandate, c.representative.trimmed()));
}

// The data subject as the options give it: name, customer number, relation, e-mail and the
// postal address; a usage error for a relation or an address it cannot read.
int CaseCommands::readPerson(const QCommandLineParser &p, Person *person)
{
    person->name = p.value(QStringLiteral("person"));
    person->klantnummer = p.value(QStringLiteral("klantnummer"));
    if (p.isSet(QStringLiteral("relation"))) {
        const auto relation = codes::from<Relation>(p.value(QStringLiteral("relation")));
        if (!relation)
            return CliContext::usage(tr("Unknown relation '%1' (%2).")
                                         .arg(p.value(QStringLiteral("relation")),
                                              joinedCodes(codesOf(codes::all<Relation>()))));
        person->relation = *relation;
    } else {
        person->relation = Relation::Huurder;
    }
    person->email = p.value(QStringLiteral("email"));
    // The tenant's postal address for the letters' address block.
    if (p.isSet(QStringLiteral("address"))) {
        const auto address = PersonImport::typedAddress(p.value(QStringLiteral("address")));
        if (!address)
            //: Dutch: "Geef het adres als 'straat en huisnummer, postcode plaats', bijvoorbeeld
            //: \"Kerkpad 12, 6582 BC Heumen\"."
            return CliContext::usage(tr("Give the address as 'street and number, postcode city', "
                                        "for example \"Kerkpad 12, 6582 BC Heumen\"."));
        person->street = address->street;
        person->houseNumber = address->houseNumber;
        person->postcode = address->postcode;
        person->city = address->city;
    }
    return Success;
}

int CaseCommands::runList(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    bool ok = true;
    CaseFilter filter;
    if (p.isSet(QStringLiteral("state"))) {
        filter.state = codes::from<CaseState>(p.value(QStringLiteral("state")));
        if (!filter.state)
            return CliContext::usage(tr("Unknown state '%1' (%2).")
                                         .arg(p.value(QStringLiteral("state")),
                                              joinedCodes(codesOf(codes::all<CaseState>()))));
    }
    filter.overdueOn = dateOption(p, QStringLiteral("overdue-on"), &ok);
    if (!ok)
        return UsageError;
    const std::optional<ListWindow> window = listWindow(p);
    if (!window)
        return UsageError;
    const std::optional<JsonListWriter::Format> format = JsonListWriter::formatOf(p);
    return withCases(context, [&](const Session &, CaseService &cases) {
        // Printed while it is read, a page at a time: a read that fails halfway
        // leaves what was printed, without the closing "]" of --json, and exits 1; a list
        // that could not be read at all is exit 1, never an empty list.
        ServiceError error;
        std::optional<JsonListWriter> json;
        if (format)
            json.emplace(*format);
        const bool read = CaseQuery::forEachListed(
            cases, filter, window->offset, window->limit,
            [&](const CaseQuery::Listed &listed) {
                const Case &c = listed.request;
                if (json) {
                    // Days past each clock on the --overdue-on day, else today;
                    // written as it is read, without a QJsonObject.
                    json->append([&](JsonWriter &element) {
                        writeCaseJson(element, c, listed.deadlines,
                                      listed.lateness ? &*listed.lateness : nullptr);
                    });
                } else {
                    // Who handles it, where the role may see it (not an intake field).
                    //: Dutch: "  behandelaar %1"
                    CliContext::printLine(
                        QStringLiteral("%1  %2  %3  %4")
                            .arg(c.number, codes::code(c.state).leftJustified(17),
                                 CliContext::dateText(listed.deadlines.current), c.person.name)
                        + (c.handler.isEmpty() ? QString() : tr("  handler %1").arg(c.handler)));
                }
                return true;
            },
            &error);
        if (!read)
            return CliContext::readFailure(error);
        if (json && !json->finish())
            return static_cast<int>(Failure);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runShow(CliContext &context)
{
    const QString number = numberArgument(context);
    if (number.isEmpty())
        return CliContext::usage(tr("case show needs the case number."));
    return withCases(context, [&](const Session &session, CaseService &cases) {
        ServiceError error;
        const auto found = cases.find(number, &error);
        if (!found)
            return CliContext::readFailure(error, false);
        const auto d = cases.deadlines(*found, &error);
        if (!d)
            return CliContext::readFailure(error, false);
        if (context.parser().isSet(QStringLiteral("json")))
            CliContext::printJson(
                QJsonDocument(withRestrictions(session, *found, caseToJson(*found, *d))));
        else
            printCaseText(*found, *d);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runIdentify(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    std::optional<IdMethod> method;
    const auto needsMethod = [&](QDate received) {
        if (!received.isValid())
            return true;
        method = codes::from<IdMethod>(p.value(QStringLiteral("method")));
        if (!method)
            CliContext::usage(tr("With --received, --method is needed (%1).")
                                  .arg(joinedCodes(codesOf(codes::all<IdMethod>()))));
        return method.has_value();
    };
    return runRequestedReceived(
        context,
        { tr("case identify needs the case number."),
          tr("case identify needs --requested DATE and/or --received DATE.") },
        [](CaseService &cases, const QString &number, QDate day, ServiceError *error,
           std::optional<int> version) {
            return cases.requestIdentification(number, day, error, version);
        },
        [&](CaseService &cases, const QString &number, QDate day, ServiceError *error,
            std::optional<int> version) {
            return cases.receiveIdentification(number, day, *method,
                                               !p.isSet(QStringLiteral("failed")), error, version);
        },
        needsMethod);
}

int CaseCommands::runExtend(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QString number = numberArgument(context);
    bool ok = true;
    const QDate notified = dateOption(p, QStringLiteral("notified"), &ok);
    if (!ok)
        return UsageError;
    if (number.isEmpty() || !p.isSet(QStringLiteral("reason")) || !notified.isValid())
        return CliContext::usage(
            tr("case extend needs the case number, --reason TEXT and --notified DATE."));
    std::optional<int> version;
    if (!expectedVersion(p, &version))
        return UsageError;
    return withCases(context, [&](const Session &session, CaseService &cases) {
        // Never an extension whose notice cannot be made: the organisation's details
        // first, for a user who may extend (the others get the service's refusal).
        const QString refused = session.may(Permission::EditCases)
            ? LetterService(session).organisationRefusal(LetterKind::Verlengingsbericht)
            : QString();
        if (!refused.isEmpty())
            //: Dutch: "De verlenging is niet vastgelegd: er kan geen verlengingsbericht worden
            //: gemaakt. %1 [notice-impossible]"
            return CliContext::fail(tr("The extension was not recorded: no extension notice can "
                                       "be made. %1 [notice-impossible]")
                                        .arg(refused));
        ServiceError error;
        if (!cases.extend(number, p.value(QStringLiteral("reason")), notified,
                          CliContext::bsnCheck(p), &error, version))
            return serviceFailure(error);
        const auto updated = cases.find(number, &error);
        const auto deadlines = updated ? cases.deadlines(*updated, &error) : std::nullopt;
        if (!deadlines) { // extended and recorded; only the check afterwards could not read
            CliContext::printError(
                tr("The extension was recorded, but the check of its notice could not be "
                   "read: %1")
                    .arg(error.message));
            return static_cast<int>(Success);
        }
        if (deadlines->extensionLegallyLate)
            CliContext::printError(
                tr("Warning: the data subject was told after the one-month legal "
                   "deadline; the extension is not legally valid."));
        if (deadlines->extensionAfterOwnDeadline)
            CliContext::printError(
                //: Dutch: "Waarschuwing: de eigen termijn van de organisatie (%1) was al voorbij
                //: toen de betrokkene werd geïnformeerd (%2). De eigen termijn is niet gehaald;
                //: de verlenging verandert dat niet. Dit is vastgelegd."
                tr("Warning: the organisation's own deadline (%1) had passed when the data "
                   "subject was told (%2). The own deadline was not met; the extension does not "
                   "change that. This has been recorded.")
                    .arg(CliContext::dateText(deadlines->all.policy),
                         CliContext::dateText(updated->extensionNotified)));
        if (deadlines->extensionBeyondOwnPolicy)
            CliContext::printError(
                //: Dutch: "Let op: het eigen beleid kent geen verlenging. De eigen termijn (%1)
                //: wordt niet gehaald; alleen de wettelijke termijn is verlengd, tot %2 (art. 12
                //: lid 3 AVG). De afwijking van het eigen beleid is vastgelegd."
                tr("Note: the own policy has no extension. The own deadline (%1) is not met; "
                   "only the legal deadline was extended, to %2 (art. 12(3) GDPR). The "
                   "departure from the own policy has been recorded.")
                    .arg(CliContext::dateText(deadlines->all.policy),
                         CliContext::dateText(deadlines->all.legalExtended)));
        return static_cast<int>(Success);
    });
}

// A comma-separated list of refusal grounds by their codes; Success, or a usage error printed
// with the codes that may be chosen.
int CaseCommands::readGrounds(const QString &codes, QList<RefusalGround> *grounds)
{
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        if (const auto ground = codes::from<RefusalGround>(code.trimmed())) {
            *grounds << *ground;
            continue;
        }
        QStringList choosable;
        for (RefusalGround g : codes::all<RefusalGround>()) {
            if (!Grounds::isLegacy(g))
                choosable << codes::code(g);
        }
        return CliContext::usage(
            tr("Unknown ground '%1' (%2).").arg(code.trimmed(), joinedCodes(choosable)));
    }
    return Success;
}

// The decision per kind of a combined request: --decision TYPE=OUTCOME[:GROUNDS],
// --motivation-for TYPE=TEXT, --granted-for TYPE=TEXT (each repeatable); Success, or a usage
// error printed.
int CaseCommands::readTypeDecisions(const QCommandLineParser &p, Completion *completion)
{
    for (const QString &value : p.values(QStringLiteral("decision"))) {
        const QString type = value.section(u'=', 0, 0).trimmed();
        const QString decided = value.section(u'=', 1);
        TypeDecision decision;
        const auto requestType = codes::from<RequestType>(type);
        const auto typeOutcome = codes::from<Outcome>(decided.section(u':', 0, 0).trimmed());
        if (!requestType || !typeOutcome)
            return CliContext::usage(tr("--decision takes TYPE=OUTCOME[:GROUNDS], for example "
                                        "verwijdering=deels-toegewezen:art-17-3-b; not '%1'.")
                                         .arg(value));
        decision.type = *requestType;
        decision.outcome = *typeOutcome;
        if (const int usage = readGrounds(decided.section(u':', 1), &decision.grounds);
            usage != Success)
            return usage;
        completion->decisions << decision;
    }
    for (const QString &name :
         { QStringLiteral("motivation-for"), QStringLiteral("granted-for") }) {
        for (const QString &value : p.values(name)) {
            const auto type = codes::from<RequestType>(value.section(u'=', 0, 0).trimmed());
            auto it = std::find_if(completion->decisions.begin(), completion->decisions.end(),
                                   [&](const TypeDecision &d) { return type && d.type == *type; });
            if (!value.contains(u'=') || it == completion->decisions.end())
                return CliContext::usage(
                    tr("--%1 takes TYPE=TEXT for a kind given with --decision; not '%2'.")
                        .arg(name, value));
            (name == QLatin1StringView("granted-for") ? it->granted : it->motivation)
                = value.section(u'=', 1);
        }
    }
    return Success;
}

int CaseCommands::runComplete(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QString number = numberArgument(context);
    bool ok = true;
    Completion completion;
    completion.answered = dateOption(p, QStringLiteral("answered"), &ok);
    if (!ok)
        return UsageError;
    if (const int usage = readTypeDecisions(p, &completion); usage != Success)
        return usage;
    std::optional<Outcome> outcome = codes::from<Outcome>(p.value(QStringLiteral("outcome")));
    if (!p.isSet(QStringLiteral("outcome")) && !completion.decisions.isEmpty())
        outcome = CaseWorkflow::summary(completion.decisions);
    if (number.isEmpty() || !outcome || !completion.answered.isValid())
        return CliContext::usage(
            tr("case complete needs the case number, --outcome (%1) or --decision, and "
               "--answered DATE.")
                .arg(joinedCodes(codesOf(codes::all<Outcome>()))));
    completion.outcome = *outcome;
    if (const int usage = readGrounds(p.value(QStringLiteral("grounds")), &completion.grounds);
        usage != Success)
        return usage;
    completion.motivation = p.value(QStringLiteral("motivation"));
    completion.granted = p.value(QStringLiteral("granted"));
    if (completion.decisions.isEmpty() && CaseWorkflow::needsMotivation(*outcome)
        && completion.motivation.trimmed().isEmpty())
        return CliContext::usage(
            tr("case complete --outcome %1 needs --motivation TEXT: the reasons for the "
               "decision in words (art. 12(4) GDPR).")
                .arg(codes::code(*outcome)));
    completion.directMarketing = p.isSet(QStringLiteral("direct-marketing"));
    if (const int usage = readCompletionDetails(p, &completion); usage != Success)
        return usage;
    HoldsAtClose holds; // The holds still held
    if (!readHoldsAtClose(p, &holds))
        return UsageError;
    completion.noIdentificationReason = p.value(QStringLiteral("no-identification-reason"));
    completion.answerChannel = p.value(QStringLiteral("answer-channel"));
    std::optional<int> version;
    if (!expectedVersion(p, &version))
        return UsageError;
    return withCases(context, [&](const Session &session, CaseService &cases) {
        if (const int open = systemsOpenRefusal(session, number, p); open != Success)
            return open;
        if (const int held = holdsAtCloseRefusal(session, true, number, holds); held != Success)
            return held;
        ServiceError error;
        // Never a decision recorded whose letter is refused afterwards, nor one whose
        // export would hold nothing (the service runs the same gate; here it gets its code).
        const std::optional<QString> refusal
            = PortabilityGate::completionRefusal(session, number, completion, &error);
        if (!refusal)
            return serviceFailure(error);
        if (!refusal->isEmpty())
            return CliContext::fail(*refusal + QStringLiteral(" [empty-export]"));
        cases.setCompletionRule(CompletionGate::rule(session));
        if (!HoldsClosing(session).completeRequest(cases, number, completion, holds,
                                                   CliContext::bsnCheck(p), &error, version))
            return serviceFailure(error);
        // The marks a granted erasure planned in the organisation's systems, sent after the
        // decision's commit; one not done stays on the request and in Vandaag.
        sendVeraMarks(session, number);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runNote(CliContext &context)
{
    const QString number = numberArgument(context);
    if (number.isEmpty() || !context.parser().isSet(QStringLiteral("text")))
        return CliContext::usage(tr("case note needs the case number and --text TEXT."));
    return withCases(context, [&](const Session &, CaseService &cases) {
        ServiceError error;
        if (!cases.addNote(number, context.parser().value(QStringLiteral("text")),
                           CliContext::bsnCheck(context.parser()), &error,
                           context.parser().isSet(QStringLiteral("not-for-complainant"))))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

int CaseCommands::runReopen(CliContext &context)
{
    const QString number = numberArgument(context);
    if (number.isEmpty() || !context.parser().isSet(QStringLiteral("reason")))
        return CliContext::usage(tr("case reopen needs the case number and --reason TEXT."));
    std::optional<int> version;
    if (!expectedVersion(context.parser(), &version))
        return UsageError;
    return withCases(context, [&](const Session &, CaseService &cases) {
        ServiceError error;
        if (!cases.reopen(number, context.parser().value(QStringLiteral("reason")),
                          CliContext::bsnCheck(context.parser()), &error, version))
            return serviceFailure(error);
        return static_cast<int>(Success);
    });
}

// What case add and mailbox take read into a request (readRequest), without the original.
QList<QCommandLineOption> CaseCommands::requestOptions()
{
    return { option(QStringLiteral("person"),
                    QT_TRANSLATE_NOOP("pd::cli", "Name of the data subject."), nameValue),
             option(QStringLiteral("klantnummer"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Customer number (an existing data subject is reused)."),
                    QT_TRANSLATE_NOOP("pd::cli", "number")),
             option(QStringLiteral("relation"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Relation: huurder (default), ex-huurder, woningzoekende, …"),
                    codeValue),
             option(QStringLiteral("type"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Kind of request, one or more: inzage, "
                                      "rectificatie, verwijdering, …"),
                    QT_TRANSLATE_NOOP("pd::cli", "types")),
             option(QStringLiteral("channel"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "How it came in: telefoon, email, brief, balie, "
                                      "webformulier, gemachtigde, ap."),
                    codeValue),
             receivedOption(),
             option(QStringLiteral("note"),
                    QT_TRANSLATE_NOOP("pd::cli", "Short description of the request."), textValue),
             option(QStringLiteral("representative"),
                    QT_TRANSLATE_NOOP("pd::cli", "Representative acting for the data subject."),
                    nameValue),
             option(QStringLiteral("mandate"),
                    QT_TRANSLATE_NOOP("pd::cli", "How the representative is authorised."),
                    textValue),
             option(QStringLiteral("representative-address"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Where letters to the representative go: "
                                      "\"Dorpsstraat 3, 6582 AB Heumen\"."),
                    QT_TRANSLATE_NOOP("pd::cli", "address")),
             option(QStringLiteral("representative-organisation"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "The organisation the representative works for: "
                                      "\"Bewindvoering Salland\"."),
                    nameValue),
             option(QStringLiteral("representative-authority"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "In what capacity the representative acts: gemachtigde, "
                                      "bewindvoerder, curator, mentor, ouder."),
                    codeValue),
             option(QStringLiteral("received-by"),
                    QT_TRANSLATE_NOOP("pd::cli", "User who received the request (default: you)."),
                    QT_TRANSLATE_NOOP("pd::cli", "user")),
             option(QStringLiteral("phone"), QT_TRANSLATE_NOOP("pd::cli", "Callback number."),
                    QT_TRANSLATE_NOOP("pd::cli", "number")),
             option(QStringLiteral("email"),
                    QT_TRANSLATE_NOOP("pd::cli", "E-mail address of a new data subject."),
                    QT_TRANSLATE_NOOP("pd::cli", "address")),
             option(QStringLiteral("address"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Postal address of a new data subject: \"Kerkpad "
                                      "12, 6582 BC Heumen\"."),
                    QT_TRANSLATE_NOOP("pd::cli", "address")) };
}

// Registering a request and reading the register.
QCommandLineOption ifVersionOption()
{
    return option(QStringLiteral("if-version"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "Change the request only if it is still at this version "
                                    "(\"version\" of case show --json); otherwise refused with "
                                    "[conflict]."),
                  QT_TRANSLATE_NOOP("pd::cli", "N"));
}

QCommandLineOption receivedOption()
{
    return option(QStringLiteral("received"), QT_TRANSLATE_NOOP("pd::cli", "Date of receipt."),
                  dateValue);
}

QList<Command> caseRecordCommands()
{
    const QCommandLineOption original
        = option(QStringLiteral("original"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "The request as received (.eml, .msg, PDF, scan), kept in the "
                                   "store. An e-mail gives the channel, receipt and sender."),
                 QT_TRANSLATE_NOOP("pd::cli", "file"));
    return {
        command("case add",
                QT_TRANSLATE_NOOP("pd::cli", "Register a new request; prints its number."), "",
                CaseCommands::requestOptions()
                    + QList<QCommandLineOption> { original, notIdDocumentOption(),
                                                  confirmNotBsnOption() },
                CaseCommands::runAdd),
        command(
            "case list", QT_TRANSLATE_NOOP("pd::cli", "List requests."), "",
            QList<QCommandLineOption> {
                option(QStringLiteral("state"), QT_TRANSLATE_NOOP("pd::cli", "Only this state."),
                       codeValue),
                option(QStringLiteral("overdue-on"),
                       QT_TRANSLATE_NOOP(
                           "pd::cli", "Only requests open and past their deadline on this date."),
                       dateValue) }
                + listOptions(),
            CaseCommands::runList),
        command("case show", QT_TRANSLATE_NOOP("pd::cli", "Show one request with its deadlines."),
                "NUMBER", {}, CaseCommands::runShow),
    };
}

// The steps of a request before its decision: identification and extension.
QList<Command> caseProgressCommands()
{
    return {
        command(
            "case identify",
            QT_TRANSLATE_NOOP("pd::cli", "Record the identification request and/or its receipt."),
            "NUMBER",
            { option(QStringLiteral("requested"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date identification was requested."), dateValue),
              option(QStringLiteral("received"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date identification was received."), dateValue),
              option(QStringLiteral("method"),
                     QT_TRANSLATE_NOOP(
                         "pd::cli", "How: balie, kopie-id, klantgegevens, portaal, gemachtigde."),
                     codeValue),
              option(QStringLiteral("failed"),
                     QT_TRANSLATE_NOOP("pd::cli", "The identification failed.")),
              ifVersionOption() },
            CaseCommands::runIdentify),
        command(
            "case extend",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Extend the term (reasons, and the date the data subject was told)."),
            "NUMBER",
            { option(QStringLiteral("reason"),
                     QT_TRANSLATE_NOOP("pd::cli", "Reasons for the extension."), textValue),
              option(QStringLiteral("notified"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date the data subject was told."), dateValue),
              confirmNotBsnOption(), ifVersionOption() },
            CaseCommands::runExtend),
    };
}

// The decision on a request.
QList<Command> caseDecisionCommands()
{
    return {
        command("case complete",
                QT_TRANSLATE_NOOP("pd::cli", "Complete a request with its outcome."), "NUMBER",
                QList<QCommandLineOption> {
                    option(QStringLiteral("outcome"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "toegewezen, deels-toegewezen, afgewezen, ingetrokken "
                                             "(by the data subject), niet-in-behandeling "
                                             "(identity not established)."),
                           codeValue),
                    option(QStringLiteral("grounds"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Grounds for a refusal, fitting the kind of request: "
                                             "art-12-5, art-15-4 (inzage), art-17-3-a … art-17-3-e "
                                             "(verwijdering), art-18-2 (beperking), art-20-1, "
                                             "art-20-4 (overdraagbaarheid), art-21-dwingend "
                                             "(bezwaar), "
                                             "art-41-1-a … art-41-1-j, art-23 (only with "
                                             "art-41-1-…), overig."),
                           QT_TRANSLATE_NOOP("pd::cli", "codes")),
                    option(QStringLiteral("motivation"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The reasons for the decision in words (required for "
                                             "afgewezen and deels-toegewezen)."),
                           textValue),
                    option(QStringLiteral("granted"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "What was done (required for deels-toegewezen, "
                                             "allowed for toegewezen): a rectification's old → "
                                             "new value per item, what was erased or "
                                             "restricted (the motivation says what is kept and "
                                             "why), the lists an objection stopped."),
                           textValue),
                    option(QStringLiteral("decision"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The decision on one kind of a combined request, "
                                             "repeatable: TYPE=OUTCOME[:GROUNDS], e.g. "
                                             "inzage=toegewezen, "
                                             "verwijdering=deels-toegewezen:art-17-3-b. --outcome "
                                             "may then be left out."),
                           QT_TRANSLATE_NOOP("pd::cli", "type=outcome:grounds")),
                    option(QStringLiteral("motivation-for"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The reasons for one kind's decision, "
                                             "repeatable: TYPE=TEXT."),
                           QT_TRANSLATE_NOOP("pd::cli", "type=text")),
                    option(QStringLiteral("granted-for"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "What was done for one kind granted in "
                                             "full or in part, repeatable: TYPE=TEXT."),
                           QT_TRANSLATE_NOOP("pd::cli", "type=text")),
                    option(QStringLiteral("direct-marketing"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The objection is against direct "
                                             "marketing (art. 21(3): absolute). "
                                             "nieuwsbrief, reclame-mail or "
                                             "reclame-telefoon in --objection imply "
                                             "it.")),
                    option(QStringLiteral("no-identification-reason"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Why the request is decided although no "
                                             "identification was recorded."),
                           textValue),
                    option(QStringLiteral("answered"),
                           QT_TRANSLATE_NOOP("pd::cli", "Date the answer was sent."), dateValue),
                    option(QStringLiteral("answer-channel"),
                           QT_TRANSLATE_NOOP("pd::cli", "How the answer was sent."), textValue),
                    confirmNotBsnOption(), ifVersionOption() }
                    + CaseCommands::completionDetailOptions(),
                CaseCommands::runComplete),
    };
}

// Notes, reopening and the request's audit events.
QList<Command> caseNoteCommands()
{
    return {
        command(
            "case note", QT_TRANSLATE_NOOP("pd::cli", "Add a note to a request."), "NUMBER",
            { option(QStringLiteral("text"), QT_TRANSLATE_NOOP("pd::cli", "The note."), textValue),
              // What the tenant may not read, marked by hand.
              option(QStringLiteral("not-for-complainant"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Mark the note \"niet aan klager verstrekken\": "
                                       "the AP complaint dossier marks it, the version "
                                       "for the complainant and the access report leave "
                                       "it out.")),
              confirmNotBsnOption() },
            CaseCommands::runNote),
        command("case reopen", QT_TRANSLATE_NOOP("pd::cli", "Reopen a closed request."), "NUMBER",
                { option(QStringLiteral("reason"),
                         QT_TRANSLATE_NOOP("pd::cli", "Why it is reopened."), textValue),
                  confirmNotBsnOption(), ifVersionOption() },
                CaseCommands::runReopen),
        command("case timeline", QT_TRANSLATE_NOOP("pd::cli", "The audit events of one request."),
                "NUMBER", {}, CaseCommands::runTimeline),
    };
}

QList<Command> caseCommands()
{
    return caseRecordCommands() + caseAssignCommands() + caseProgressCommands()
        + caseMandateCommands() + caseDecisionCommands() + caseTransmitCommands()
        + caseNoteCommands() + caseSystemCommands() + deadlineCommands();
}

} // namespace pd::cli
