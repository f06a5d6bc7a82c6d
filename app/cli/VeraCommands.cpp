// privacydesk-cli vera …: the corporation's own systems over VERA, the housing sector's open API
// standard. add and remove are a beheerder's (a system is changed by removing and adding it);
// list shows them without their secrets; check asks each system's /ping (after a token, for
// client credentials). A key or client secret comes from a file only, never from the command
// line.

#include "CliContext.h"
#include "vera/VeraService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

using namespace Qt::StringLiterals;

namespace {

class VeraCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::VeraCommands)
public:
    static int runAdd(CliContext &context);
    static int runList(CliContext &context);
    static int runCheck(CliContext &context);
    static int runRemove(CliContext &context);
    static int runDiscover(CliContext &context);
    static int runSync(CliContext &context);

private:
    static int readSystem(const QCommandLineParser &p, VeraSystem *system);
    static QString nameArgument(const QCommandLineParser &p);
    static QJsonObject checkJson(const VeraService::Check &check);
    static void printCheck(const VeraService::Check &check);
    // list and check: the systems one of VeraService's reads gives; nullopt after saying why.
    using SystemsRead = std::optional<QList<VeraSystem>> (VeraService::*)(ServiceError *) const;
    static std::optional<QList<VeraSystem>> readSystems(CliContext &context, SystemsRead read);
    static void printNoSystems();
};

std::optional<QList<VeraSystem>> VeraCommands::readSystems(CliContext &context, SystemsRead read)
{
    const Session *session = context.openSession();
    if (!session)
        return std::nullopt;
    ServiceError error;
    auto systems = (VeraService(*session).*read)(&error);
    if (!systems)
        CliContext::readFailure(error);
    return systems;
}

void VeraCommands::printNoSystems()
{
    //: Dutch: "Er zijn nog geen systemen ingesteld: een beheerder voegt ze toe met
    //: privacydesk-cli vera add."
    CliContext::printLine(
        tr("No systems have been set up yet: a beheerder adds them with privacydesk-cli vera "
           "add."));
}

QString VeraCommands::nameArgument(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        //: Dutch: "Geef de naam van één systeem."
        CliContext::usage(tr("Give the name of one system."));
        return {};
    }
    return args.first();
}

int VeraCommands::readSystem(const QCommandLineParser &p, VeraSystem *s)
{
    s->name = nameArgument(p);
    if (s->name.isEmpty())
        return UsageError;
    const std::optional<VeraDomain> domain = codes::from<VeraDomain>(p.value(u"domain"_s));
    if (!domain) {
        QStringList known;
        for (const VeraDomain d : codes::all<VeraDomain>())
            known << codes::code(d);
        //: Dutch: "Geef met --domain het informatiedomein van het systeem: %1."
        return CliContext::usage(
            tr("Give the system's information domain with --domain: %1.").arg(known.join(u", "_s)));
    }
    s->domain = *domain;
    s->baseUrl = p.value(u"url"_s);
    const bool apiKey = p.isSet(u"api-key-file"_s);
    const bool clientCredentials
        = p.isSet(u"token-url"_s) || p.isSet(u"client-id"_s) || p.isSet(u"client-secret-file"_s);
    if (apiKey == clientCredentials)
        //: Dutch: "Geef --api-key-file, of --token-url met --client-id en
        //: --client-secret-file (OAuth2 client credentials)."
        return CliContext::usage(tr("Give --api-key-file, or --token-url with --client-id and "
                                    "--client-secret-file (OAuth2 client credentials)."));
    s->auth = apiKey ? VeraSystem::Auth::ApiKey : VeraSystem::Auth::ClientCredentials;
    s->tokenUrl = p.value(u"token-url"_s);
    s->clientId = p.value(u"client-id"_s);
    const QString secretFile = p.value(apiKey ? u"api-key-file"_s : u"client-secret-file"_s);
    if (!secretFile.isEmpty()) {
        const std::optional<QByteArray> secret
            = CliContext::readFile(secretFile, CliContext::FileRead::FirstLine);
        if (!secret)
            return Failure;
        s->secret = *secret;
    }
    if (p.isSet(u"ca"_s)) {
        const std::optional<QByteArray> ca
            = CliContext::readFile(p.value(u"ca"_s), CliContext::FileRead::Whole);
        if (!ca)
            return Failure;
        s->caPem = *ca;
    }
    s->writeBack = p.isSet(u"write-back"_s);
    if (p.isSet(u"customer-field"_s))
        s->customerField = p.value(u"customer-field"_s);
    if (const QString problem = VeraCodes::validate(*s); !problem.isEmpty())
        return CliContext::usage(problem);
    return Success;
}

QJsonObject VeraCommands::checkJson(const VeraService::Check &c)
{
    return { { u"name"_s, c.name },
             { u"domain"_s, codes::code(c.domain) },
             { u"status"_s, codes::code(c.status) },
             { u"error"_s, c.error } };
}

void VeraCommands::printCheck(const VeraService::Check &c)
{
    // The status's code (ok, geweigerd, ...), as --json and scripts have it: a check searches
    // nothing, so the report's words ("doorzocht") would claim too much.
    const QString line = u"%1  %2  %3"_s.arg(c.name, codes::label(c.domain), codes::code(c.status));
    CliContext::printLine(c.error.isEmpty() ? line : line + u"  "_s + c.error);
}

int VeraCommands::runAdd(CliContext &context)
{
    VeraSystem system;
    if (const int invalid = readSystem(context.parser(), &system); invalid != Success)
        return invalid;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    if (!VeraService(*session).addSystem(system, &error))
        return CliContext::fail(error);
    //: Dutch: "Systeem %1 (%2) is toegevoegd."
    CliContext::printLine(
        tr("System %1 (%2) was added.").arg(system.name.simplified(), codes::label(system.domain)));
    // Saved whatever the answer: the system may be out of reach of this computer only. What it
    // said goes to stderr, so that a script reads it as a warning.
    const VeraService::Check check = VeraService::check(system);
    if (check.status != VeraStatus::Ok)
        //: Dutch: "Let op: de controle van het systeem is niet gelukt: %1"
        CliContext::printError(
            tr("Warning: the check of the system did not succeed: %1").arg(check.error));
    return Success;
}

int VeraCommands::runList(CliContext &context)
{
    const auto systems = readSystems(context, &VeraService::systems);
    if (!systems)
        return Failure;
    if (context.parser().isSet(u"json"_s)) {
        printJsonArray(*systems, [&](const VeraSystem &s) {
            return QJsonObject { { u"name"_s, s.name },
                                 { u"domain"_s, codes::code(s.domain) },
                                 { u"url"_s, s.baseUrl },
                                 { u"auth"_s, codes::code(s.auth) },
                                 { u"token_url"_s, s.tokenUrl },
                                 { u"client_id"_s, s.clientId },
                                 { u"own_ca"_s, !s.caPem.isEmpty() },
                                 { u"write_back"_s, s.writeBack },
                                 { u"customer_field"_s, s.customerField },
                                 { u"added_at"_s, s.addedAt.toString(Qt::ISODate) },
                                 { u"added_by"_s, s.addedBy } };
        });
        return Success;
    }
    if (systems->isEmpty())
        printNoSystems();
    for (const VeraSystem &s : *systems)
        CliContext::printLine(u"%1  %2  %3  %4%5"_s.arg(
            s.name, codes::label(s.domain), s.baseUrl, codes::code(s.auth),
            //: Dutch: "  terugschrijven toegestaan"
            s.writeBack ? tr("  write-back allowed") : QString()));
    return Success;
}

int VeraCommands::runCheck(CliContext &context)
{
    const auto systems = readSystems(context, &VeraService::systemsToSearch);
    if (!systems)
        return Failure;
    QJsonArray list;
    bool allOk = true;
    for (const VeraSystem &s : *systems) {
        const VeraService::Check check = VeraService::check(s);
        allOk = allOk && check.status == VeraStatus::Ok;
        if (context.parser().isSet(u"json"_s))
            list.append(checkJson(check));
        else
            printCheck(check);
    }
    if (context.parser().isSet(u"json"_s))
        CliContext::printJson(QJsonDocument(list));
    else if (systems->isEmpty())
        printNoSystems();
    return allOk ? Success : Failure;
}

int VeraCommands::runRemove(CliContext &context)
{
    const QString name = nameArgument(context.parser());
    if (name.isEmpty())
        return UsageError;
    if (!context.parser().isSet(u"yes"_s))
        //: Dutch: "Systeem %1 verwijderen: Privacydesk zoekt er dan niet meer in. Bevestig met
        //: --yes."
        return CliContext::usage(
            tr("Removing system %1: Privacydesk no longer searches it. Confirm with --yes.")
                .arg(name));
    return context.act(
        [&](const Session &session, ServiceError *error) {
            return VeraService(session).removeSystem(name, error);
        },
        //: Dutch: "Systeem %1 is verwijderd."
        tr("System %1 was removed.").arg(name));
}

int VeraCommands::runDiscover(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        //: Dutch: "Geef het nummer van één verzoek."
        return CliContext::usage(tr("Give the number of one request."));
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    const bool json = p.isSet(u"json"_s);
    // Each system as it finishes, on stderr, so that --json output stays JSON.
    const auto progress = [](const VeraSystemResult &s, int done, int total) {
        CliContext::printError(u"[%1/%2] %3: %4 (%5)"_s.arg(done)
                                   .arg(total)
                                   .arg(s.name, codes::code(s.status))
                                   .arg(s.objects));
    };
    QStringList warnings;
    ServiceError error;
    VeraService vera(*session);
    const std::optional<VeraDiscoveryRecord> record
        = vera.discover(args.first(), {}, nullptr, progress, &warnings, &error);
    if (!record)
        return CliContext::fail(error);
    for (const QString &warning : warnings)
        CliContext::printError(warning);
    // The marks the search planned (a request to restrict or erase), sent now; one not done
    // stays on the request and in Vandaag.
    QJsonArray marks;
    sendVeraMarks(*session, args.first(), &marks);
    if (json) {
        QJsonObject out = VeraService::toJson(args.first(), *record);
        out.insert(u"marks"_s, marks);
        CliContext::printJson(QJsonDocument(out));
        return Success;
    }
    for (const VeraSystemResult &s : record->search.systems)
        CliContext::printLine(
            u"%1  %2  %3  %4%5"_s.arg(s.name, codes::label(s.domain), codes::label(s.status),
                                      //: Dutch: "%n object(en)"
                                      tr("%n object(s)", nullptr, s.objects),
                                      s.error.isEmpty() ? QString() : u"  "_s + s.error));
    for (const QString &link : record->search.unfollowed)
        //: Dutch: "Niet gevolgd (geen ingesteld systeem): %1"
        CliContext::printLine(tr("Not followed (no system set up for it): %1").arg(link));
    return Success;
}

int VeraCommands::runSync(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    if (!p.positionalArguments().isEmpty())
        //: Dutch: "vera sync neemt geen argumenten; noem een systeem met --system."
        return CliContext::usage(tr("vera sync takes no arguments; name a system with --system."));
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    // On stderr, so that --json output stays JSON: after the first page, then every 1,000.
    int said = -1;
    const auto progress = [&said](int objects) {
        if (said >= 0 && objects - said < 1000)
            return;
        said = objects;
        //: Dutch: "%n object(en) gelezen"
        CliContext::printError(tr("%n object(s) read", nullptr, objects));
    };
    ServiceError error;
    const std::optional<VeraService::SyncResult> result
        = VeraService(*session).sync(p.value(u"system"_s), {}, nullptr, progress, &error);
    if (!result)
        return CliContext::fail(error);
    if (p.isSet(u"json"_s)) {
        CliContext::printJson(QJsonDocument(VeraService::toJson(*result)));
        return Success;
    }
    //: Dutch: "%1: %2 en %3 gelezen; %4 niet als natuurlijk persoon gevonden." (%2, %3: the
    //: counts of contracts and relations, in words)
    CliContext::printLine(tr("%1: %2 and %3 read; %4 not found as a natural person.")
                              .arg(result->system,
                                   //: Dutch: "%n huurovereenkomst(en)"
                                   tr("%n rental contract(s)", nullptr, result->read.contracts),
                                   //: Dutch: "%n relatie(s)"
                                   tr("%n relation(s)", nullptr, result->read.relations))
                              .arg(result->read.unmatched));
    const ImportResult &imported = result->imported;
    //: Dutch: "%1 nieuw, %2 bijgewerkt, %3 ongewijzigd, %4 afgekeurd."
    CliContext::printLine(tr("%1 new, %2 updated, %3 unchanged, %4 rejected.")
                              .arg(imported.imported)
                              .arg(imported.updated)
                              .arg(imported.unchanged)
                              .arg(imported.rejected.size()));
    //: Dutch: "Bewaartermijnen: %1 aangemaakt, %2 verschoven, %3 verwijderd."
    CliContext::printLine(tr("Retention terms: %1 created, %2 moved, %3 removed.")
                              .arg(imported.terms.created)
                              .arg(imported.terms.moved)
                              .arg(imported.terms.removed));
    for (const ImportRejection &r : imported.rejected)
        //: Dutch: "relatie %1 (klantnummer %2): %3"
        CliContext::printLine(tr("relation %1 (customer number %2): %3")
                                  .arg(result->read.relationAt(r.line),
                                       result->read.customerNumberAt(r.line), r.reason));
    return Success;
}

} // namespace

QList<Command> veraCommands()
{
    return {
        command(
            "vera add",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Add one of the organisation's systems (VERA API; TLS, certificate "
                              "checked)."),
            "NAME",
            { option(u"domain"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The VERA information domain (relaties, "
                                       "overeenkomsten, financien, dossier, ...)."),
                     QT_TRANSLATE_NOOP("pd::cli", "domain")),
              option(u"url"_s, QT_TRANSLATE_NOOP("pd::cli", "The base URL of the domain's API."),
                     QT_TRANSLATE_NOOP("pd::cli", "url")),
              option(u"api-key-file"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Sign in with an API key (X-API-KEY) read from this "
                                       "file (first line)."),
                     QT_TRANSLATE_NOOP("pd::cli", "file")),
              option(u"token-url"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Sign in with OAuth2 client credentials: the token "
                                       "URL."),
                     QT_TRANSLATE_NOOP("pd::cli", "url")),
              option(u"client-id"_s, QT_TRANSLATE_NOOP("pd::cli", "The OAuth2 client id."),
                     QT_TRANSLATE_NOOP("pd::cli", "id")),
              option(u"client-secret-file"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Read the OAuth2 client secret from this file (first "
                                       "line)."),
                     QT_TRANSLATE_NOOP("pd::cli", "file")),
              option(u"ca"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Trust this certificate authority (PEM) instead of "
                                       "the system's."),
                     QT_TRANSLATE_NOOP("pd::cli", "file")),
              option(u"write-back"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Allow Privacydesk to mark records in this system.")),
              option(u"customer-field"_s,
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The relation's field that holds the customer number "
                                       "(code)."),
                     QT_TRANSLATE_NOOP("pd::cli", "field")) },
            VeraCommands::runAdd),
        command("vera list",
                QT_TRANSLATE_NOOP("pd::cli", "List the organisation's systems (no secrets)."), {},
                VeraCommands::runList),
        command(
            "vera check",
            QT_TRANSLATE_NOOP("pd::cli", "Ask every system's /ping (after a token, for OAuth2)."),
            {}, VeraCommands::runCheck),
        command("vera remove", QT_TRANSLATE_NOOP("pd::cli", "Remove a system (only with --yes)."),
                "NAME", { option(u"yes"_s, QT_TRANSLATE_NOOP("pd::cli", "Confirm the removal.")) },
                VeraCommands::runRemove),
        command("case discover",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Search the request's person in every system and keep what was "
                                  "found with the request."),
                "NUMBER", {}, VeraCommands::runDiscover),
        command("vera sync",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Read the relations' rental contracts from the Overeenkomsten "
                                  "system and derive their retention terms, as the person import "
                                  "does (one transaction)."),
                { option(u"system"_s,
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The Overeenkomsten system (when there are "
                                           "several)."),
                         nameValue) },
                VeraCommands::runSync),
    };
}

} // namespace pd::cli
