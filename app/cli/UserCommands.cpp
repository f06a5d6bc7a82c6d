// privacydesk-cli user …, recovery-key regenerate, backup and restore: users, key slots and
// backups. Every command acts as the user whose password it was given (--user, or the slot the
// password opens), with that user's role; UserService enforces it and audits refusals.

#include "CliContext.h"
#include "cases/TrailRows.h"
#include "retention/Retention.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <unistd.h>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class UserCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::UserCommands)
public:
    static QString nameArgument(CliContext &context)
    {
        const QStringList args = context.parser().positionalArguments();
        return args.size() == 1 ? args.first().trimmed() : QString();
    }

    static QString codeName(UserError::Code code)
    {
        // In the order of UserError::Code.
        static constexpr std::array names { "none",        "denied",         "not-found",
                                            "invalid",     "duplicate",      "last-beheerder",
                                            "remove-self", "wrong-password", "server-login",
                                            "storage" };
        static_assert(names.size() == static_cast<std::size_t>(UserError::Code::Storage) + 1);
        const auto at = static_cast<std::size_t>(code);
        return QLatin1StringView(at < names.size() ? names.at(at) : "unknown");
    }

    static int userFailure(CliContext &context, const UserError &error)
    {
        QString line = error.message + QStringLiteral(" [%1").arg(codeName(error.code));
        if (context.parser().isSet(QStringLiteral("verbose")) && !error.detail.isEmpty())
            line += QStringLiteral(": ") + error.detail;
        return CliContext::fail(line + u']');
    }

    // The new password: first line of --new-password-file, or a line of standard input with
    // --new-password-stdin (after the login password when that came from standard input too).
    // Never from argv. Empty after an error message.
    static SecureBytes readNewPassword(CliContext &context)
    {
        QCommandLineParser &parser = context.parser();
        QByteArray bytes;
        if (parser.isSet(QStringLiteral("new-password-file"))) {
            QFile file;
            if (!CliContext::openRegularFile(&file,
                                             parser.value(QStringLiteral("new-password-file")),
                                             tr("the new password file")))
                return {};
            bytes = file.readLine(4096);
        } else if (parser.isSet(QStringLiteral("new-password-stdin"))) {
            char c = 0;
            while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
                bytes.append(c);
            c = 0;
        } else {
            CliContext::usage(tr("Give the new password with --new-password-file FILE or "
                                 "--new-password-stdin."));
            return {};
        }
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.size() < UserService::minimumPasswordLength) {
            wipe(bytes);
            CliContext::fail(tr("The new password must have at least %n character(s).", nullptr,
                                static_cast<int>(UserService::minimumPasswordLength)));
            return {};
        }
        return SecureBytes::takeFrom(bytes);
    }

    // A usage error (before any password is read) when no source for the new password is given.
    static bool newPasswordSourceGiven(CliContext &context)
    {
        if (context.parser().isSet(QStringLiteral("new-password-file"))
            || context.parser().isSet(QStringLiteral("new-password-stdin")))
            return true;
        CliContext::usage(tr("Give the new password with --new-password-file FILE or "
                             "--new-password-stdin."));
        return false;
    }

    static QList<QCommandLineOption> newPasswordOptions()
    {
        return {
            option(QStringLiteral("new-password-file"),
                   QT_TRANSLATE_NOOP("pd::cli",
                                     "Read the new password from this file (first "
                                     "line)."),
                   QT_TRANSLATE_NOOP("pd::cli", "file")),
            option(QStringLiteral("new-password-stdin"),
                   QT_TRANSLATE_NOOP("pd::cli",
                                     "Read the new password from standard input (the "
                                     "line after the password, if that came from "
                                     "there too).")),
        };
    }

    static int runList(CliContext &context)
    {
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        UserError error;
        const QList<UserAccount> accounts
            = UserService(context.store(), *session).list(false, &error);
        if (error.isError())
            return userFailure(context, error);
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(accounts, [&](const UserAccount &account) {
                return QJsonObject {
                    { QStringLiteral("login"), account.login },
                    { QStringLiteral("display_name"), account.displayName },
                    { QStringLiteral("role"), UserService::roleCode(account.role) },
                    { QStringLiteral("created"), account.created.toString(Qt::ISODate) },
                };
            });
            return Success;
        }
        for (const UserAccount &account : accounts)
            CliContext::printLine(
                QStringLiteral("%1\t%2\t%3")
                    .arg(account.login, UserService::roleCode(account.role), account.displayName));
        return Success;
    }

    static int runAdd(CliContext &context)
    {
        QCommandLineParser &parser = context.parser();
        const QString name = nameArgument(context);
        if (name.isEmpty())
            return CliContext::usage(tr("user add needs one NAME."));
        const std::optional<Role> role
            = UserService::roleFromCode(parser.value(QStringLiteral("role")));
        if (!role)
            return CliContext::usage(
                tr("user add needs --role beheerder, functionaris, kcc or auditor."));
        if (!newPasswordSourceGiven(context))
            return UsageError;
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        const SecureBytes newPassword = readNewPassword(context);
        if (newPassword.isEmpty())
            return Failure;
        UserError error;
        if (!UserService(context.store(), *session)
                 .add(name, parser.value(QStringLiteral("display-name")), *role, newPassword,
                      &error))
            return userFailure(context, error);
        CliContext::printLine(
            tr("User %1 added with the role %2.")
                .arg(UserService::normalisedLogin(name), UserService::roleCode(*role)));
        return Success;
    }

    // The name a user's letters are signed with.
    static int runRename(CliContext &context)
    {
        const QString name = nameArgument(context);
        const QString displayName = context.parser().value(QStringLiteral("display-name"));
        if (name.isEmpty() || displayName.trimmed().isEmpty())
            //: Dutch: "user rename heeft één NAAM en --display-name \"Voornaam Achternaam\" nodig."
            return CliContext::usage(
                tr("user rename needs one NAME and --display-name \"First Last\"."));
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        UserError error;
        if (!UserService(context.store(), *session).setDisplayName(name, displayName, &error))
            return userFailure(context, error);
        //: Dutch: "Gebruiker %1 heet nu %2; brieven worden met die naam ondertekend."
        CliContext::printLine(
            tr("User %1 is now named %2; letters are signed with that name.")
                .arg(UserService::normalisedLogin(name), displayName.simplified()));
        return Success;
    }

    static int runRemove(CliContext &context)
    {
        const QString name = nameArgument(context);
        if (name.isEmpty())
            return CliContext::usage(tr("user remove needs one NAME."));
        if (!context.parser().isSet(QStringLiteral("yes")))
            return CliContext::usage(
                tr("Removing %1 re-encrypts the store and cannot be undone; confirm with --yes.")
                    .arg(name));
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        UserError error;
        if (!UserService(context.store(), *session).remove(name, &error))
            return userFailure(context, error);
        CliContext::printLine(tr("User %1 removed; the store is re-encrypted with a new key.")
                                  .arg(UserService::normalisedLogin(name)));
        return Success;
    }

    static int runPasswd(CliContext &context)
    {
        const QString name = nameArgument(context);
        if (name.isEmpty())
            return CliContext::usage(tr("user passwd needs one NAME."));
        if (!newPasswordSourceGiven(context))
            return UsageError;
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        const SecureBytes newPassword = readNewPassword(context);
        if (newPassword.isEmpty())
            return Failure;
        UserService users(context.store(), *session);
        UserError error;
        // Your own password: the one given proves it. Someone else's: a beheerder's reset.
        const bool own = !session->store().openedWithRecoveryKey()
            && UserService::normalisedLogin(name)
                == UserService::normalisedLogin(session->store().userName());
        const bool ok = own ? users.changePassword(name, password, newPassword, &error)
                            : users.resetPassword(name, newPassword, &error);
        if (!ok)
            return userFailure(context, error);
        CliContext::printLine(
            tr("The password of %1 is changed.").arg(UserService::normalisedLogin(name)));
        return Success;
    }

    static int runRegenerate(CliContext &context)
    {
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        UserError error;
        QString recoveryKey = UserService(context.store(), *session).regenerateRecoveryKey(&error);
        if (recoveryKey.isEmpty())
            return userFailure(context, error);
        CliContext::printLine(
            tr("New recovery key (the old one no longer opens the store). Print it and keep it "
               "locked away; it is shown only now:"));
        CliContext::printLine(recoveryKey);
        wipe(recoveryKey);
        return Success;
    }

    // backup --to DIR [--keep N]: a new dated folder inside DIR (made if missing, 0700), the
    // desk's naming (BackupFolders); with --keep the oldest backups of this store in DIR beyond
    // the newest N go, after the new one verified. Made for cron: one line per folder.
    static int runBackup(CliContext &context)
    {
        QCommandLineParser &parser = context.parser();
        const QString folder = parser.value(QStringLiteral("to"));
        if (folder.isEmpty())
            return CliContext::usage(tr("backup needs --to FOLDER."));
        int keep = 0;
        if (parser.isSet(QStringLiteral("keep"))) {
            bool isNumber = false;
            keep = parser.value(QStringLiteral("keep")).trimmed().toInt(&isNumber);
            if (!isNumber || keep < 1)
                return CliContext::usage(
                    tr("--keep needs the number of backups to keep, 1 or more."));
        }
        if (ServerLocation::looksLikeServer(context.storeDirectory())) {
            if (keep > 0)
                return CliContext::usage(tr("--keep is for backups of a store folder; a server's "
                                            "backup files are kept as IT keeps them."));
            return runServerBackup(context, folder);
        }
        SecureBytes password;
        const Session *session = context.openSession(&password);
        if (!session)
            return Failure;
        UserError denied;
        StoreError storeError;
        QString made;
        if (!UserService::backupInto(*session, folder, &made, &denied, &storeError))
            return denied.isError() ? userFailure(context, denied)
                                    : context.storeFailure(storeError);
        CliContext::printLine(
            tr("Backup made and verified in %1.").arg(QDir::toNativeSeparators(made)));
        // Every backup walks the whole audit trail. A broken one: the backup stays,
        // and no older backup is removed (one of them may be from before the change).
        if (const AuditLog::Verification chain = session->store().lastBackupAuditCheck(); !chain.ok)
            return CliContext::fail(tr("[audit-chain-broken] The audit trail does not verify "
                                       "(event %1): %2 Older backups were not removed.")
                                        .arg(chain.firstBrokenSeq)
                                        .arg(chain.reason));
        if (keep == 0)
            return Success;
        UserService::BackupPruning pruning;
        const bool pruned = UserService::pruneBackups(*session, folder, keep, made, &pruning,
                                                      &denied, &storeError);
        for (const QString &removed : std::as_const(pruning.removed))
            CliContext::printLine(
                tr("Old backup removed: %1.").arg(QDir::toNativeSeparators(removed)));
        for (const QString &kept : std::as_const(pruning.unidentified))
            CliContext::printError(tr("Not removed: %1 is named like a backup but is not "
                                      "recognisably a backup of this store.")
                                       .arg(QDir::toNativeSeparators(kept)));
        if (pruned)
            return Success;
        if (denied.isError())
            return userFailure(context, denied);
        const QString newBackup = QDir::toNativeSeparators(made);
        const QString failed = QDir::toNativeSeparators(pruning.failed);
        QString line;
        if (pruning.failed.isEmpty())
            line = tr("The old backups in %1 could not be listed; the new backup in %2 is kept.")
                       .arg(QDir::toNativeSeparators(QDir(folder).absolutePath()), newBackup);
        else if (pruning.removed.contains(pruning.failed))
            line = tr("The old backup %1 was removed, but this could not be recorded in the audit "
                      "trail; the new backup in %2 is kept.")
                       .arg(failed, newBackup);
        else
            line = tr("The old backup %1 could not be removed; the new backup in %2 is kept.")
                       .arg(failed, newBackup);
        line += u' ' + storeError.message();
        const QString code = StoreError::codeName(storeError.code());
        line += parser.isSet(QStringLiteral("verbose")) && !storeError.detail().isEmpty()
            ? QStringLiteral(" [%1: %2]").arg(code, storeError.detail())
            : QStringLiteral(" [%1]").arg(code);
        return CliContext::fail(line);
    }

    // "Woonstichting De Linde, store id 8c0f…" or, when the name cannot be read, the id alone.
    static QString storeName(const QString &organisation, const QUuid &id)
    {
        const QString idText = id.toString(QUuid::WithoutBraces);
        return organisation.trimmed().isEmpty()
            ? tr("store id %1").arg(idText)
            : tr("%1, store id %2").arg(organisation.trimmed(), idText);
    }

    // What a backup or restore of a server store reads first, in this order: the location, the
    // login's password, the backup's passphrase. nullopt after printing why.
    struct ServerCredentials
    {
        ServerLocation location;
        SecureBytes password;
        SecureBytes passphrase;
    };
    static std::optional<ServerCredentials> serverCredentials(CliContext &context)
    {
        QString why;
        std::optional<ServerLocation> location
            = ServerLocation::parse(context.storeDirectory(), &why);
        if (!location) {
            if (!why.isEmpty())
                CliContext::fail(why);
            return std::nullopt;
        }
        SecureBytes password = context.readPassword();
        if (password.isEmpty())
            return std::nullopt;
        SecureBytes passphrase = context.readBackupPassphrase();
        if (passphrase.isEmpty())
            return std::nullopt;
        return ServerCredentials { *std::move(location), std::move(password),
                                   std::move(passphrase) };
    }

    // A server store: pg_dump, encrypted with a passphrase of its own, by the
    // database's owner (ServerSetup::backup).
    static int runServerBackup(CliContext &context, const QString &folder)
    {
        const std::optional<ServerCredentials> server = serverCredentials(context);
        if (!server)
            return Failure;
        QString why;
        QString file;
        if (!ServerSetup::backup(server->location, context.userName(), server->password,
                                 server->passphrase, folder, &file, &why))
            return CliContext::fail(why);
        CliContext::printLine(tr("Backup made: %1.").arg(QDir::toNativeSeparators(file)));
        return Success;
    }

    static int runServerRestore(CliContext &context, const QString &source)
    {
        const std::optional<ServerCredentials> server = serverCredentials(context);
        if (!server)
            return Failure;
        QString why;
        DestructionReplay replay;
        if (!RetentionService::restoreServer(source, server->passphrase, server->location,
                                             context.userName(), server->password, systemClock(),
                                             TrailRows::all(), &why, &replay))
            return CliContext::fail(why);
        CliContext::printLine(
            tr("Restored from %1 into %2.")
                .arg(QDir::toNativeSeparators(QFileInfo(source).absoluteFilePath()),
                     server->location.toString()));
        return reportReplay(replay);
    }

    static int runRestore(CliContext &context)
    {
        const QString source = context.parser().value(QStringLiteral("from"));
        if (source.isEmpty())
            return CliContext::usage(tr("restore needs --from FOLDER."));
        if (ServerLocation::looksLikeServer(context.storeDirectory()))
            return runServerRestore(context, source);
        const SecureBytes password = context.readPassword();
        if (password.isEmpty())
            return Failure;
        QString safety;
        StoreError error;
        Store::RestoreIdentities identities;
        DestructionReplay replay;
        ServiceError replayError;
        if (!RetentionService::restore(source, context.storeDirectory(), context.userName(),
                                       password, systemClock(), &safety, &error,
                                       context.parser().isSet(QStringLiteral("other-store")),
                                       &identities, &replay, &replayError)) {
            if (replayError.isError())
                //: Dutch: "Er is niets teruggezet: opnieuw vernietigen wat na het maken van de
                //: back-up is vernietigd, is mislukt: %1 De kluis is zoals ze was."
                return CliContext::fail(
                    tr("Nothing was restored: destroying again what was destroyed after the "
                       "backup was made failed: %1 The store is as it was.")
                        .arg(replayError.message));
            if (error.code() != StoreError::Code::OtherStore)
                return context.storeFailure(error);
            return CliContext::fail(
                tr("The backup in %1 belongs to another store (%2) than the store in %3 (%4). "
                   "Add --other-store to replace this store by it; nothing was changed.")
                    .arg(QDir::toNativeSeparators(QDir(source).absolutePath()),
                         storeName(identities.backupOrganisation, identities.backupStoreId),
                         QDir::toNativeSeparators(QDir(context.storeDirectory()).absolutePath()),
                         storeName(identities.storeOrganisation, identities.storeId))
                + QStringLiteral(" [%1]").arg(StoreError::codeName(error.code())));
        }
        if (!safety.isEmpty())
            CliContext::printLine(tr("The store as it was is kept in %1.").arg(safety));
        CliContext::printLine(tr("Restored from %1.").arg(QDir(source).absolutePath()));
        return reportReplay(replay);
    }

    // What a restore destroyed again of what the replaced store had destroyed after the
    // backup (RetentionService::restore), and what it could not check. A replay that failed
    // restored nothing: the command failed before this.
    static int reportReplay(const DestructionReplay &replay)
    {
        if (!replay.replayed.isEmpty())
            //: Dutch: "Opnieuw vernietigd, omdat het na het maken van deze back-up was
            //: vernietigd: %1."
            CliContext::printLine(
                tr("Destroyed again, because it was destroyed after this backup was made: %1.")
                    .arg(replay.replayed.join(QStringLiteral(", "))));
        if (!replay.note.isEmpty())
            CliContext::printError(replay.note);
        if (!replay.uncheckedWhy.isEmpty())
            //: Dutch: "Waarschuwing: wat na het maken van deze back-up is vernietigd, kon niet
            //: worden nagegaan: %1 Vergelijk het vernietigingsregister van de kluis zoals die
            //: was met dat van de teruggezette kluis."
            CliContext::printError(
                tr("Warning: what was destroyed after this backup was made could not be checked: "
                   "%1 Compare the destruction log of the store as it was with the restored one.")
                    .arg(replay.uncheckedWhy));
        return Success;
    }
};

namespace {

// A server store's backup passphrase, for `backup` and `restore` alike.
QCommandLineOption passphraseFileOption()
{
    return option(QStringLiteral("passphrase-file"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "A server store: the file with the backup's passphrase (or "
                                    "PRIVACYDESK_BACKUP_PASSPHRASE)."),
                  QT_TRANSLATE_NOOP("pd::cli", "file"));
}

// `backup` and `restore`.
QList<Command> backupCommands()
{
    return {
        command(
            "backup",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Make an encrypted, verified backup in a new dated folder inside a "
                              "folder."),
            { option(QStringLiteral("to"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The folder that receives a new dated "
                                       "backup folder (made if missing)."),
                     QT_TRANSLATE_NOOP("pd::cli", "folder")),
              passphraseFileOption(),
              option(QStringLiteral("keep"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Afterwards remove this store's oldest "
                                       "backups in the folder beyond the "
                                       "newest N."),
                     QT_TRANSLATE_NOOP("pd::cli", "N")) },
            UserCommands::runBackup),
        command(
            "restore",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Replace the (closed) store by a backup, after a backup of it "
                              "(beheerder)."),
            { option(QStringLiteral("from"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The backup folder (a server store: "
                                       "the backup file)."),
                     QT_TRANSLATE_NOOP("pd::cli", "folder")),
              passphraseFileOption(),
              option(QStringLiteral("other-store"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Confirm that the backup is of another store than the one "
                                       "it replaces.")) },
            UserCommands::runRestore),
    };
}

} // namespace

QList<Command> userCommands()
{
    return QList<Command> {
        command("user list", QT_TRANSLATE_NOOP("pd::cli", "List the users and their roles."), {},
                UserCommands::runList),
        command(
            "user add",
            QT_TRANSLATE_NOOP("pd::cli", "Add a user with a role and a password (beheerder)."),
            "NAME",
            QList<QCommandLineOption> {
                option(QStringLiteral("role"),
                       QT_TRANSLATE_NOOP("pd::cli", "beheerder, functionaris, kcc or auditor."),
                       QT_TRANSLATE_NOOP("pd::cli", "role")),
                option(QStringLiteral("display-name"),
                       QT_TRANSLATE_NOOP("pd::cli", "The name shown (default: NAME)."), nameValue),
            } + UserCommands::newPasswordOptions(),
            UserCommands::runAdd),
        command("user rename",
                QT_TRANSLATE_NOOP(
                    "pd::cli",
                    "Change the name a user's letters are signed with, not the login (beheerder)."),
                "NAME",
                { option(QStringLiteral("display-name"),
                         QT_TRANSLATE_NOOP("pd::cli", "The name letters are signed with."),
                         nameValue) },
                UserCommands::runRename),
        command("user remove",
                QT_TRANSLATE_NOOP("pd::cli", "Remove a user and re-encrypt the store (beheerder)."),
                "NAME", { confirmRemovalOption() }, UserCommands::runRemove),
        command("user passwd",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change your password, or reset another user's (beheerder)."),
                "NAME", UserCommands::newPasswordOptions(), UserCommands::runPasswd),
        command("recovery-key regenerate",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Make a new recovery key and revoke the old one (beheerder)."),
                {}, UserCommands::runRegenerate),
    }
    + backupCommands();
}

} // namespace pd::cli
