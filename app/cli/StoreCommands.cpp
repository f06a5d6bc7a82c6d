#include "CliContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

int runInit(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QString user = context.userName();
    if (user.trimmed().isEmpty())
        return CliContext::usage(QCoreApplication::translate("pd::cli", "init needs --user NAME."));
    const QString profile = parser.value(QStringLiteral("kdf"));
    StoreCreateOptions options;
    options.organisationName = parser.value(QStringLiteral("organisation"));
    if (profile == QLatin1StringView("moderate") || profile.isEmpty()) {
        options.kdf = KdfParams::moderate();
    } else if (profile == QLatin1StringView("sensitive")) {
        options.kdf = KdfParams::sensitive();
    } else if (profile == QLatin1StringView("test")) {
        // Only for automated tests: libsodium's minimum Argon2id cost protects nothing.
        options.kdf = KdfParams::minimum();
        CliContext::printError(QCoreApplication::translate(
            "pd::cli",
            "Warning: --kdf test makes the password easy to guess; use it only for tests."));
    } else {
        return CliContext::usage(QCoreApplication::translate(
                                     "pd::cli", "Unknown --kdf profile '%1' (moderate, sensitive).")
                                     .arg(profile));
    }
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
    const auto store = context.openStore();
    if (!store)
        return Failure;
    const QJsonObject json = infoJson(*store);
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
                              .arg(json.value(QStringLiteral("created")).toString()));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Schema version: %1")
                              .arg(json.value(QStringLiteral("schema_version")).toInt()));
    CliContext::printLine(QCoreApplication::translate("pd::cli", "Encryption:     SQLCipher %1")
                              .arg(json.value(QStringLiteral("cipher_version")).toString()));
    CliContext::printLine(
        QCoreApplication::translate("pd::cli", "Users:          %1 (key slots: %2)")
            .arg(json.value(QStringLiteral("users")).toInt())
            .arg(json.value(QStringLiteral("key_slots")).toInt()));
    if (store->isDemo())
        CliContext::printLine(
            QCoreApplication::translate("pd::cli", "This is a DEMO store with fictitious data."));
    return Success;
}

int runVerify(CliContext &context)
{
    const auto store = context.openStore();
    if (!store)
        return Failure;
    QStringList problems;
    const bool ok = store->verify(&problems);
    if (context.parser().isSet(QStringLiteral("json"))) {
        CliContext::printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("ok"), ok },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
        }));
    } else if (ok) {
        CliContext::printLine(QCoreApplication::translate(
            "pd::cli", "The store is intact: database integrity and keyring verified."));
    } else {
        for (const QString &problem : problems)
            CliContext::printError(problem);
    }
    return ok ? Success
              : CliContext::fail(
                  QCoreApplication::translate("pd::cli", "Verification found %n problem(s).",
                                              nullptr, static_cast<int>(problems.size())));
}

} // namespace

QList<Command> storeCommands()
{
    return {
        { .name = QStringLiteral("init"),
          .summary = QT_TRANSLATE_NOOP("pd::cli", "Create a new encrypted store."),
          .addOptions =
              [](QCommandLineParser &parser) {
                  parser.addOptions({
                      { QStringLiteral("organisation"),
                        QCoreApplication::translate("pd::cli", "Name of the organisation."),
                        QCoreApplication::translate("pd::cli", "name") },
                      { QStringLiteral("kdf"),
                        QCoreApplication::translate(
                            "pd::cli", "Argon2id cost: moderate (default) or sensitive."),
                        QCoreApplication::translate("pd::cli", "profile") },
                  });
              },
          .run = runInit,
          .arguments = {} },
        { .name = QStringLiteral("info"),
          .summary = QT_TRANSLATE_NOOP("pd::cli", "Show what the store is and holds."),
          .addOptions = {},
          .run = runInfo,
          .arguments = {} },
        { .name = QStringLiteral("verify"),
          .summary
          = QT_TRANSLATE_NOOP("pd::cli", "Check the integrity of the database and the keyring."),
          .addOptions = {},
          .run = runVerify,
          .arguments = {} },
    };
}

} // namespace pd::cli
