#include "CliContext.h"
#include "HandChanges.h"
#include "audit/AuditLog.h"
#include "cases/TrailRows.h"
#include "demo/DemoData.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServerAnchor.h"
#include "store/ServerLocation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace pd::cli {

namespace {

// The Argon2id cost named by --kdf; nullopt (after a usage message) for an unknown profile.
std::optional<KdfParams> kdfProfile(const QCommandLineParser &parser)
{
    const QString profile = parser.value(QStringLiteral("kdf"));
    if (profile == QLatin1StringView("moderate") || profile.isEmpty())
        return KdfParams::moderate();
    if (profile == QLatin1StringView("sensitive"))
        return KdfParams::sensitive();
    if (profile == QLatin1StringView("test")) {
        // Only for automated tests: libsodium's minimum Argon2id cost protects nothing.
        CliContext::printError(QCoreApplication::translate(
            "pd::cli",
            "Warning: --kdf test makes the password easy to guess; use it only for tests."));
        return KdfParams::minimum();
    }
    CliContext::usage(
        QCoreApplication::translate("pd::cli", "Unknown --kdf profile '%1' (moderate, sensitive).")
            .arg(profile));
    return std::nullopt;
}

int runInit(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    // A server store is set up on the server, never made as a folder named after its address.
    if (ServerLocation::looksLikeServer(context.storeDirectory()))
        return CliContext::usage(QCoreApplication::translate(
            //: Dutch: "--store noemt een kluis op een PostgreSQL-server: die richt de beheerder in
            //: met `server init`. `init` maakt een kluis in een map."
            "pd::cli",
            "--store names a store on a PostgreSQL server: its administrator sets it up with "
            "`server init`. `init` makes a store in a folder."));
    const QString user = context.userName();
    if (user.trimmed().isEmpty())
        return CliContext::usage(QCoreApplication::translate("pd::cli", "init needs --user NAME."));
    StoreCreateOptions options;
    options.organisationName = parser.value(QStringLiteral("organisation"));
    options.displayName = parser.value(QStringLiteral("display-name"));
    const auto kdf = kdfProfile(parser);
    if (!kdf)
        return UsageError;
    options.kdf = *kdf;
    const SecureBytes password = context.readPassword(true);
    if (password.isEmpty())
        return Failure;
    if (password.size() < 10) {
        return CliContext::fail(QCoreApplication::translate(
            "pd::cli", "The password must have at least 10 characters."));
    }
    StoreError error;
    QString recoveryKey;
    const auto store
        = Store::create(context.storeDirectory(), user, password, options, &recoveryKey, &error);
    if (!store)
        return context.storeFailure(error);
    const StoreInfo info = store->info();
    if (parser.isSet(QStringLiteral("json"))) {
        CliContext::printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("store"), info.directory },
            { QStringLiteral("store_id"), info.storeId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("user"), store->userName() },
            { QStringLiteral("recovery_key"), recoveryKey },
        }));
    } else {
        CliContext::printLine(
            QCoreApplication::translate("pd::cli", "Store created in %1 for user %2.")
                .arg(info.directory, store->userName()));
        CliContext::printLine(QCoreApplication::translate(
            "pd::cli", "Recovery key (shown only now; print it and keep it in a safe place):"));
        CliContext::printLine(QStringLiteral("    ") + recoveryKey);
    }
    return Success;
}

QJsonObject infoJson(const Store &store)
{
    const StoreInfo info = store.info();
    return {
        { QStringLiteral("store"), info.directory },
        { QStringLiteral("store_id"), info.storeId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("schema_version"), info.schemaVersion },
        { QStringLiteral("cipher_version"), info.cipherVersion },
        { QStringLiteral("created"), info.created.toString(Qt::ISODate) },
        { QStringLiteral("organisation"), info.organisationName },
        { QStringLiteral("demo"), info.demo },
        { QStringLiteral("users"), info.userCount },
        { QStringLiteral("key_slots"), info.keySlotCount },
        { QStringLiteral("database_bytes"), info.databaseBytes },
        { QStringLiteral("user"), store.userName() },
    };
}

int runInfo(CliContext &context)
{
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    const Store &store = session->store();
    const QJsonObject json = infoJson(store);
    if (context.parser().isSet(QStringLiteral("json"))) {
        CliContext::printJson(QJsonDocument(json));
        return Success;
    }
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Store:          %1")
                              .arg(json.value(QStringLiteral("store")).toString()));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Store id:       %1")
                              .arg(json.value(QStringLiteral("store_id")).toString()));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Organisation:   %1")
                              .arg(json.value(QStringLiteral("organisation")).toString()));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Created:        %1")
                              .arg(CliContext::momentText(store.info().created)));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Schema version: %1")
                              .arg(json.value(QStringLiteral("schema_version")).toInt()));
    if (store.isServer()) {
        // No SQLCipher and no key slots there: the server's own encryption and logins.
        CliContext::printLine(
            //: Dutch: "Server:         %1 (versleuteling van de opslag: die van de server)"
            QCoreApplication::translate("pd::cli",
                                        "Server:         %1 (encryption at rest: the server's)")
                .arg(json.value(QStringLiteral("cipher_version")).toString()));
        CliContext::printLine(
            //: Dutch: "Gebruikers:     %1 (aanmeldrollen op de server)"
            QCoreApplication::translate("pd::cli", "Users:          %1 (login roles on the server)")
                .arg(json.value(QStringLiteral("users")).toInt()));
    } else {
        CliContext::printLine(QCoreApplication::translate("pd::cli", "Encryption:     SQLCipher %1")
                                  .arg(json.value(QStringLiteral("cipher_version")).toString()));
        CliContext::printLine(
            QCoreApplication::translate("pd::cli", "Users:          %1 (key slots: %2)")
                .arg(json.value(QStringLiteral("users")).toInt())
                .arg(json.value(QStringLiteral("key_slots")).toInt()));
    }
    if (store.isDemo())
        CliContext::printLine(
            QCoreApplication::translate("pd::cli", "This is a DEMO store with fictitious data."));
    return Success;
}

// A server store's trail that this computer saw longer, or different, was cut back or
// rewritten ([rolled-back]); after a restore from a backup by IT that is what happened on
// purpose. An administrator accepts the trail as it now is: the whole chain verified first, then
// its head kept as this computer's position, and the acceptance recorded in the trail itself.
int acceptRollback(const Session &session)
{
    if (!session.store().isServer())
        return CliContext::usage(QCoreApplication::translate(
            "pd::cli",
            //: Dutch: "--accept-rollback is voor een kluis op een server: een kluismap houdt
            //: haar kop zelf bij, in haar sleutelring."
            "--accept-rollback is for a store on a server: a store folder keeps its own head, in "
            "its keyring."));
    const QString storeId = session.store().storeId().toString(QUuid::WithoutBraces);
    UnitOfWork unit(session, Permission::ChangeSettings, QStringLiteral("store.rollback_accepted"),
                    storeId);
    if (ServiceError denied; !unit.permit(&denied))
        return CliContext::fail(denied);
    QSqlDatabase db = session.store().database();
    const AuditLog::Verification chain = AuditLog(db, storeId).verify();
    if (!chain.ok)
        return CliContext::fail(
            QCoreApplication::translate(
                "pd::cli",
                //: Dutch: "De audittrail op de server klopt niet; hij wordt niet aanvaard: %1"
                "The audit trail on the server does not verify; it is not accepted: %1")
                .arg(chain.reason));
    ServiceError failed;
    if (!unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *) {
                write.record(QStringLiteral("store"), storeId,
                             QStringLiteral("store.rollback_accepted"),
                             QJsonObject { { QStringLiteral("head"), chain.headSeq } });
                return true;
            },
            &failed))
        return CliContext::fail(failed);
    // The head kept after the acceptance is recorded, so that it is the trail's head.
    ServerAnchor::Head head;
    if (QString error; !ServerAnchor::accept(db, storeId, &head, &error))
        return CliContext::fail(error);
    CliContext::printLine(QCoreApplication::translate(
                              "pd::cli",
                              //: Dutch: "De audittrail zoals hij nu op de server staat is
                              //: aanvaard en vastgelegd; deze computer houdt hem vanaf
                              //: gebeurtenis %1 (hash %2) bij."
                              "The audit trail as it now stands on the server is accepted and "
                              "recorded; this computer keeps it from event %1 (hash %2) on.")
                              .arg(head.seq)
                              .arg(QString::fromLatin1(head.hash.toHex())));
    return Success;
}

int runVerify(CliContext &context)
{
    const Session *opened = context.openSession();
    if (!opened)
        return Failure;
    const Session &session = *opened;
    const Store &store = session.store();
    // On a server the trail is read only by the roles that may read every request: a KCC login
    // is refused there (and the refusal recorded), not told that the trail is broken.
    if (ServiceError denied; store.isServer()
        && !session.permitRead(Permission::ViewAllCases, QStringLiteral("store.verify"), {},
                               &denied))
        return CliContext::fail(
            denied.message + u' '
            + QCoreApplication::translate(
                //: Dutch: "Een kluis op een server controleert een beheerder, functionaris of
                //: auditor: de server laat een KCC-login de audittrail niet lezen."
                "pd::cli",
                "An administrator, privacy officer or auditor verifies a store on a server: the "
                "server lets no KCC login read the audit trail."));
    if (context.parser().isSet(QStringLiteral("accept-rollback")))
        return acceptRollback(session);
    QStringList problems;
    QStringList notes;
    // The audit chain from its verified checkpoint on; --full walks every event.
    const bool full = context.parser().isSet(QStringLiteral("full"));
    const bool ok
        = store.verify(&problems, TrailRows::all(),
                       full ? AuditLog::Scope::Full : AuditLog::Scope::SinceCheckpoint, &notes);
    // A change by hand leaves the store intact (the server described it in the trail), and is
    // shown with who and when.
    QString handError;
    const std::optional<HandChanges> byHand = handChanges(store, &handError);
    if (!byHand)
        return CliContext::fail(handError);
    if (store.isServer())
        notes += byHand->lines;
    if (context.parser().isSet(QStringLiteral("json"))) {
        CliContext::printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("ok"), ok },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
            { QStringLiteral("audit_full"), full },
            { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
            { QStringLiteral("changes_by_hand"), byHand->json },
        }));
    } else if (ok) {
        for (const QString &note : notes)
            CliContext::printLine(note);
        CliContext::printLine(
            store.isServer()
                ? QCoreApplication::translate(
                    //: Dutch: "De kluis is intact: de audittrail, de verzoeken en betrokkenen
                    //: ertegen en de schemaversie gecontroleerd (de databasebestanden houdt de
                    //: server bij)."
                    "pd::cli",
                    "The store is intact: the audit trail, the requests and persons against it "
                    "and the schema version verified (the server keeps the database files).")
                : QCoreApplication::translate(
                    "pd::cli", "The store is intact: database integrity and keyring verified."));
    } else {
        for (const QString &note : notes)
            CliContext::printLine(note);
        for (const QString &problem : problems)
            CliContext::printError(problem);
    }
    return ok ? Success
              : CliContext::fail(
                  QCoreApplication::translate("pd::cli", "Verification found %n problem(s).",
                                              nullptr, static_cast<int>(problems.size())));
}

int runDemo(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    // Fictitious requests never go into the corporation's server store.
    if (ServerLocation::looksLikeServer(context.storeDirectory()))
        return CliContext::usage(QCoreApplication::translate(
            //: Dutch: "Een demokluis met fictieve verzoeken staat altijd in een eigen map, nooit op
            //: een PostgreSQL-server: geef bij --store een map op."
            "pd::cli",
            "A demo store with fictitious requests always has a folder of its own, never a "
            "PostgreSQL server: give --store a folder."));
    bool ok = true;
    const int count = parser.isSet(QStringLiteral("cases"))
        ? parser.value(QStringLiteral("cases")).toInt(&ok)
        : 300;
    if (!ok || count < 0 || count > 1000000)
        return CliContext::usage(
            QCoreApplication::translate("pd::cli", "--cases takes a number from 0 to 1000000."));
    DemoOptions demo;
    demo.cases = count;
    if (parser.isSet(QStringLiteral("seed")))
        demo.seed = parser.value(QStringLiteral("seed")).toUInt();
    StoreCreateOptions options;
    options.demo = true;
    options.organisationName = QStringLiteral("Woningstichting Voorbeeld (demo)");
    options.displayName = QString::fromLatin1(DemoData::userDisplayName);
    const auto kdf = kdfProfile(parser);
    if (!kdf)
        return UsageError;
    options.kdf = *kdf;
    const QString user
        = context.userName().trimmed().isEmpty() ? QStringLiteral("demo") : context.userName();
    const SecureBytes password = context.readPassword(true);
    if (password.isEmpty())
        return Failure;
    StoreError error;
    const auto store
        = Store::create(context.storeDirectory(), user, password, options, nullptr, &error);
    if (!store)
        return context.storeFailure(error);
    QElapsedTimer timer;
    timer.start();
    QString failure;
    const bool generated = DemoData::generate(
        *store, demo,
        [](int done, int total) {
            CliContext::printError(
                QCoreApplication::translate("pd::cli", "%1 of %Ln fictitious request(s) written",
                                            nullptr, total)
                    .arg(QLocale().toString(done)));
            return true;
        },
        &failure);
    if (!generated)
        return CliContext::fail(failure);
    CliContext::printLine(
        QCoreApplication::translate(
            "pd::cli", "Demo store created in %1 with %Ln fictitious request(s) (user %2) in %3 s.",
            nullptr, count)
            .arg(store->directory(), store->userName(),
                 // A decimal comma in Dutch ("2,4 s"): the locale of the tool's language.
                 QLocale().toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)));
    return Success;
}

} // namespace

QList<Command> storeCommands()
{
    return {
        { .name = QStringLiteral("init"),
          .summary = QT_TRANSLATE_NOOP("pd::cli", "Create a new encrypted store."),
          .options
          = { { QStringLiteral("organisation"),
                QCoreApplication::translate("pd::cli", "Name of the organisation."),
                QCoreApplication::translate("pd::cli", "name") },
              { QStringLiteral("display-name"),
                QCoreApplication::translate(
                    "pd::cli", "Your own name, as letters are signed with it (default: --user)."),
                QCoreApplication::translate("pd::cli", "name") },
              { QStringLiteral("kdf"),
                QCoreApplication::translate("pd::cli",
                                            "Argon2id cost: moderate (default) or sensitive."),
                QCoreApplication::translate("pd::cli", "profile") } },
          .run = runInit,
          .arguments = {} },
        { .name = QStringLiteral("demo"),
          .summary
          = QT_TRANSLATE_NOOP("pd::cli", "Create a demo store filled with fictitious requests."),
          .options
          = { { QStringLiteral("cases"),
                QCoreApplication::translate("pd::cli", "How many requests (default 300)."),
                QCoreApplication::translate("pd::cli", "number") },
              { QStringLiteral("seed"),
                QCoreApplication::translate("pd::cli", "Seed: the same seed gives the same store."),
                QCoreApplication::translate("pd::cli", "number") },
              { QStringLiteral("kdf"),
                QCoreApplication::translate("pd::cli",
                                            "Argon2id cost: moderate (default) or sensitive."),
                QCoreApplication::translate("pd::cli", "profile") } },
          .run = runDemo,
          .arguments = {} },
        { .name = QStringLiteral("info"),
          .summary = QT_TRANSLATE_NOOP("pd::cli", "Show what the store is and holds."),
          .options = {},
          .run = runInfo,
          .arguments = {} },
        { .name = QStringLiteral("verify"),
          .summary
          = QT_TRANSLATE_NOOP("pd::cli", "Check the integrity of the database and the keyring."),
          .options
          = { option(QStringLiteral("full"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Verify every event of the audit trail, "
                                       "not only those since its last verified "
                                       "position.")),
              option(QStringLiteral("accept-rollback"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "A server store's trail that this computer saw longer "
                                       "or different (after a restore by IT): verify it whole "
                                       "and keep it as it now is (administrators).")) },
          .run = runVerify,
          .arguments = {} },
    };
}

} // namespace pd::cli
