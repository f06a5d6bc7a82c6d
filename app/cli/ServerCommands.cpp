#include "CliContext.h"
#include "HandChanges.h"
#include "store/Migrations.h"
#include "store/ServerSetup.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

std::optional<ServerLocation> serverLocation(const CliContext &context)
{
    const QString location = context.storeDirectory();
    if (!ServerLocation::looksLikeServer(location)) {
        CliContext::usage(QCoreApplication::translate(
            "pd::cli",
            "The server commands need a server store: --store "
            "postgresql://HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA "
            "or postgresql:///DATABASE?host=SOCKET_FOLDER."));
        return std::nullopt;
    }
    QString why;
    std::optional<ServerLocation> parsed = ServerLocation::parse(location, &why);
    if (!parsed)
        CliContext::fail(why);
    return parsed;
}

// server init and upgrade: done by the login role that owns the database (--user), with its
// password; missingUser is the usage when --user is not given.
int runAsOwner(CliContext &context, const char *missingUser,
               const std::function<int(const ServerLocation &location, const QString &admin,
                                       const SecureBytes &password)> &fn)
{
    const std::optional<ServerLocation> location = serverLocation(context);
    if (!location)
        return UsageError;
    const QString admin = context.userName().trimmed();
    if (admin.isEmpty())
        return CliContext::usage(QCoreApplication::translate("pd::cli", missingUser));
    const SecureBytes password = context.readPassword();
    if (password.isEmpty())
        return Failure;
    return fn(*location, admin, password);
}

int runServerInit(CliContext &context)
{
    return runAsOwner(
        context,
        QT_TRANSLATE_NOOP("pd::cli",
                          "server init needs --user ADMIN: the login role that owns the database."),
        [&](const ServerLocation &location, const QString &admin, const SecureBytes &password) {
            QString error;
            if (!ServerSetup::init(location, admin, password,
                                   context.parser().value(QStringLiteral("organisation")), &error))
                return CliContext::fail(error);
            CliContext::printLine(
                QCoreApplication::translate("pd::cli",
                                            "Store set up on %1; %2 is its first administrator. "
                                            "Add the other users with `user add`.")
                    .arg(location.toString(), admin));
            return int { Success };
        });
}

int runServerUpgrade(CliContext &context)
{
    return runAsOwner(
        context,
        QT_TRANSLATE_NOOP("pd::cli",
                          "server upgrade needs --user ADMIN: the login role that owns the "
                          "database."),
        [](const ServerLocation &location, const QString &admin, const SecureBytes &password) {
            QString error;
            int from = 0;
            if (!ServerSetup::upgrade(location, admin, password, &from, &error))
                return CliContext::fail(error);
            CliContext::printLine(
                QCoreApplication::translate("pd::cli", "Store on %1 upgraded from schema %2 to %3.")
                    .arg(location.toString())
                    .arg(from)
                    .arg(latestSchemaVersion()));
            return int { Success };
        });
}

int runServerCheck(CliContext &context)
{
    if (!serverLocation(context))
        return UsageError;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    const Store &store = session->store();
    const QList<ServerSetup::Finding> findings = ServerSetup::check(store.database());
    bool allOk = !findings.isEmpty();
    QJsonArray checks;
    for (const ServerSetup::Finding &finding : findings) {
        allOk = allOk && finding.ok;
        checks.append(QJsonObject { { QStringLiteral("ok"), finding.ok },
                                    { QStringLiteral("check"), finding.what } });
    }
    // The changes made by hand are shown, not judged: IT may have had a reason, and the
    // request's timeline and the dossier show each with the request.
    QString handError;
    const std::optional<HandChanges> byHand = handChanges(store, &handError);
    if (!byHand)
        return CliContext::fail(handError);
    if (context.parser().isSet(QStringLiteral("json"))) {
        CliContext::printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("store"), store.directory() },
                                        { QStringLiteral("ok"), allOk },
                                        { QStringLiteral("checks"), checks },
                                        { QStringLiteral("changes_by_hand"), byHand->json } }));
    } else {
        for (const ServerSetup::Finding &finding : findings)
            CliContext::printLine(
                (finding.ok ? QStringLiteral("[ok]      ") : QStringLiteral("[PROBLEM] "))
                + finding.what);
        for (const QString &line : byHand->lines)
            CliContext::printLine(line);
    }
    return allOk ? Success : Failure;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        command("server init",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Set up a store on a PostgreSQL server (--store postgresql://…): "
                                  "the schema, the group roles, privileges and policies; --user "
                                  "(the login role that owns the database and may create roles) "
                                  "becomes its first administrator."),
                { option(QStringLiteral("organisation"),
                         QT_TRANSLATE_NOOP("pd::cli", "The organisation's name."), nameValue) },
                runServerInit),
        command("server upgrade",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Bring a store on a PostgreSQL server to this version's schema "
                                  "(run by the login role that owns the database, as server "
                                  "init)."),
                {}, runServerUpgrade),
        command("server check",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Check a server store: encryption of the connection, group "
                                  "roles, row-level security, the audit trail's triggers, "
                                  "schema version. Ends with 1 when something is wrong."),
                {}, runServerCheck),
    };
}

} // namespace pd::cli
