// privacydesk-cli mailbox …: the privacy mailbox over IMAP. fetch shows what waits on
// the server (nothing of it is kept in the store), list what the store recorded of the messages
// taken, take registers one as a request (the options of case add), dismiss sets one aside with
// a reason. The account's secret comes from a file only, never from the command line.

#include "CaseCommands.h"
#include "CliContext.h"
#include "mailbox/MailboxService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

using namespace Qt::StringLiterals;

namespace {

class MailboxCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::MailboxCommands)
public:
    static int runAccountSet(CliContext &context);
    static int runAccountShow(CliContext &context);
    static int runFetch(CliContext &context);
    static int runList(CliContext &context);
    static int runTake(CliContext &context);
    static int runDismiss(CliContext &context);

private:
    static int readAccount(const QCommandLineParser &p, MailboxAccount *account);
    static int readSending(const QCommandLineParser &p, MailboxAccount *account);
    // MailboxService::recover, before the folder is read; what it did on stderr.
    static void recover(const Session &session, const MailboxAccount &account);
    // The one UID argument; 0 after printing the usage.
    static qint64 uidArgument(const QCommandLineParser &p);
    // The account and the message uid from the server, for take and dismiss.
    static int
    withMessage(CliContext &context,
                const std::function<int(const Session &, MailboxService &, const MailboxAccount &,
                                        qint64, const QByteArray &)> &fn);
};

int MailboxCommands::readAccount(const QCommandLineParser &p, MailboxAccount *a)
{
    a->server = p.value(u"server"_s);
    a->login = p.value(u"login"_s);
    if (p.isSet(u"security"_s)) {
        const auto security = codes::from<MailboxAccount::Security>(p.value(u"security"_s));
        if (!security)
            //: Dutch: "Onbekende beveiliging ‘%1’ (imaps, starttls)."
            return CliContext::usage(
                tr("Unknown security '%1' (imaps, starttls).").arg(p.value(u"security"_s)));
        a->security = *security;
    }
    a->port = a->security == MailboxAccount::Security::Imaps ? 993 : 143;
    if (p.isSet(u"port"_s)) {
        bool ok = false;
        a->port = p.value(u"port"_s).toInt(&ok);
        if (!ok)
            //: Dutch: "--port verwacht een getal."
            return CliContext::usage(tr("--port needs a number."));
    }
    for (const auto &[option, field] :
         { std::pair { u"folder"_s, &a->folder }, std::pair { u"done-folder"_s, &a->doneFolder },
           std::pair { u"dismiss-folder"_s, &a->dismissFolder } }) {
        if (p.isSet(option))
            *field = p.value(option);
    }
    if (p.isSet(u"mailbox-password-file"_s) && p.isSet(u"oauth2-token-file"_s))
        //: Dutch: "Geef een wachtwoord of een token, niet allebei."
        return CliContext::usage(tr("Give a password or a token, not both."));
    a->auth = p.isSet(u"oauth2-token-file"_s) ? MailboxAccount::Auth::XOAuth2
                                              : MailboxAccount::Auth::Password;
    for (const QString &option : { u"mailbox-password-file"_s, u"oauth2-token-file"_s }) {
        if (!p.isSet(option))
            continue;
        const std::optional<QByteArray> secret
            = CliContext::readFile(p.value(option), CliContext::FileRead::FirstLine);
        if (!secret)
            return Failure;
        a->secret = *secret;
    }
    if (p.isSet(u"ca-file"_s)) {
        const std::optional<QByteArray> ca
            = CliContext::readFile(p.value(u"ca-file"_s), CliContext::FileRead::Whole);
        if (!ca)
            return Failure;
        a->caPem = *ca;
    }
    if (a->server.isEmpty() || a->login.isEmpty())
        //: Dutch: "mailbox account set heeft --server en --login nodig."
        return CliContext::usage(tr("mailbox account set needs --server and --login."));
    return readSending(p, a);
}

int MailboxCommands::readSending(const QCommandLineParser &p, MailboxAccount *a)
{
    a->smtpServer = p.value(u"smtp-server"_s);
    if (p.isSet(u"smtp-security"_s)) {
        const auto security = codes::from<MailboxAccount::Submission>(p.value(u"smtp-security"_s));
        if (!security)
            //: Dutch: "Onbekende beveiliging voor versturen ‘%1’ (starttls, tls)."
            return CliContext::usage(tr("Unknown security for sending '%1' (starttls, tls).")
                                         .arg(p.value(u"smtp-security"_s)));
        a->submission = *security;
    }
    a->smtpPort = a->submission == MailboxAccount::Submission::Tls ? 465 : 587;
    if (p.isSet(u"smtp-port"_s)) {
        bool ok = false;
        a->smtpPort = p.value(u"smtp-port"_s).toInt(&ok);
        if (!ok)
            //: Dutch: "--smtp-port verwacht een getal."
            return CliContext::usage(tr("--smtp-port needs a number."));
    }
    if (p.isSet(u"from-address"_s))
        a->address = p.value(u"from-address"_s);
    if (p.isSet(u"sent-folder"_s))
        a->sentFolder = p.value(u"sent-folder"_s);
    a->sentCopy = MailboxCodes::defaultSentCopy(a->smtpServer);
    if (p.isSet(u"sent-copy"_s)) {
        const auto copy = codes::from<MailboxAccount::SentCopy>(p.value(u"sent-copy"_s));
        if (!copy)
            //: Dutch: "Onbekende waarde voor --sent-copy ‘%1’ (privacydesk, server)."
            return CliContext::usage(tr("Unknown value for --sent-copy '%1' (privacydesk, server).")
                                         .arg(p.value(u"sent-copy"_s)));
        a->sentCopy = *copy;
    }
    const bool sendingOption = p.isSet(u"smtp-port"_s) || p.isSet(u"smtp-security"_s)
        || p.isSet(u"from-address"_s) || p.isSet(u"sent-folder"_s) || p.isSet(u"sent-copy"_s);
    if (!a->sends() && sendingOption)
        //: Dutch: "De opties voor versturen horen bij --smtp-server."
        return CliContext::usage(tr("The options for sending go with --smtp-server."));
    return Success;
}

int MailboxCommands::runAccountSet(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    MailboxAccount account;
    if (const int invalid = readAccount(p, &account); invalid != Success)
        return invalid;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    MailboxService mailbox(*session);
    ServiceError error;
    if (account.secret.isEmpty()) {
        // The stored secret stays (a change of the folders): the check needs it.
        if (const std::optional<MailboxAccount> stored = mailbox.account(&error);
            stored && stored->auth == account.auth)
            account.secret = stored->secret;
    }
    if (const QString problem = MailboxCodes::validate(account, true); !problem.isEmpty())
        return CliContext::usage(problem);
    if (!p.isSet(u"no-check"_s)) {
        QString why;
        if (!MailboxService::check(account, &why))
            //: Dutch: "Het postvak is niet ingesteld: %1"
            return CliContext::fail(tr("The mailbox was not set up: %1").arg(why));
    }
    if (!mailbox.setAccount(account, &error))
        return CliContext::fail(error);
    //: Dutch: "Het privacypostvak is ingesteld: %1 op %2."
    CliContext::printLine(
        tr("The privacy mailbox is set up: %1 on %2.").arg(account.login, account.server));
    return Success;
}

int MailboxCommands::runAccountShow(CliContext &context)
{
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    const std::optional<MailboxAccount> a = MailboxService(*session).account(&error);
    if (!a)
        return CliContext::fail(error);
    const QJsonObject json { { u"server"_s, a->server },
                             { u"port"_s, a->port },
                             { u"security"_s, codes::code(a->security) },
                             { u"login"_s, a->login },
                             { u"auth"_s, codes::code(a->auth) },
                             { u"own_ca"_s, !a->caPem.isEmpty() },
                             { u"folder"_s, a->folder },
                             { u"done_folder"_s, a->doneFolder },
                             { u"dismiss_folder"_s, a->dismissFolder },
                             { u"smtp_server"_s, a->smtpServer },
                             { u"smtp_port"_s, a->smtpPort },
                             { u"smtp_security"_s, codes::code(a->submission) },
                             { u"from_address"_s, a->fromAddress() },
                             { u"sent_folder"_s, a->sentFolder },
                             { u"sent_copy"_s, codes::code(a->sentCopy) } };
    if (context.parser().isSet(u"json"_s)) {
        CliContext::printJson(QJsonDocument(json));
        return Success;
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        CliContext::printLine(u"%1: %2"_s.arg(it.key(), it.value().toVariant().toString()));
    return Success;
}

void MailboxCommands::recover(const Session &session, const MailboxAccount &account)
{
    // What a desk that stopped halfway left pending, put back first; said on stderr, so that
    // --json output stays JSON.
    ServiceError error;
    const std::optional<QString> recovered = MailboxService(session).recover(account, &error);
    const QString said = recovered.value_or(error.message);
    if (!said.isEmpty())
        CliContext::printError(said);
}

int MailboxCommands::runFetch(CliContext &context)
{
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    const std::optional<MailboxAccount> account = MailboxService(*session).account(&error);
    if (!account)
        return CliContext::fail(error);
    recover(*session, *account);
    QString why;
    const std::optional<QList<MailboxMessage>> waiting = MailboxService::waiting(*account, &why);
    if (!waiting)
        return CliContext::fail(why);
    if (context.parser().isSet(u"json"_s)) {
        printJsonArray(*waiting, [&](const MailboxMessage &m) {
            return QJsonObject {
                { u"uid"_s, m.uid },
                { u"size"_s, m.size },
                { u"from_name"_s, m.fromName },
                { u"from_address"_s, m.fromAddress },
                { u"subject"_s, m.subject },
                { u"date"_s, m.date.isValid() ? m.date.toUTC().toString(Qt::ISODate) : QString() },
                { u"message_id"_s, m.key }
            };
        });
        return Success;
    }
    for (const MailboxMessage &m : *waiting)
        CliContext::printLine(u"%1  %2  %3  %4  %5"_s.arg(
            QString::number(m.uid).rightJustified(5), CliContext::momentText(m.date),
            QLocale().formattedDataSize(m.size), m.fromAddress, m.subject));
    return Success;
}

int MailboxCommands::runList(CliContext &context)
{
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    const std::optional<QList<HandledMessage>> handled
        = MailboxService(*session).handled(1000, &error);
    if (!handled)
        return CliContext::readFailure(error);
    QJsonArray list;
    for (const HandledMessage &m : *handled) {
        if (!context.parser().isSet(u"json"_s)) {
            CliContext::printLine(u"%1  %2  %3  %4  %5"_s.arg(
                CliContext::momentText(m.handledAt),
                m.registered ? m.caseNumber : tr("dismissed: %1").arg(m.reason), m.movedTo,
                m.handledBy, m.key));
            continue;
        }
        list.append(QJsonObject { { u"message_id"_s, m.key },
                                  { u"sha256"_s, m.sha256 },
                                  { u"size"_s, m.size },
                                  { u"state"_s, m.registered ? u"registered"_s : u"dismissed"_s },
                                  { u"case"_s, m.caseNumber },
                                  { u"reason"_s, m.reason },
                                  { u"moved_to"_s, m.movedTo },
                                  { u"handled_at"_s, m.handledAt.toString(Qt::ISODateWithMs) },
                                  { u"handled_by"_s, m.handledBy } });
    }
    if (context.parser().isSet(u"json"_s))
        CliContext::printJson(QJsonDocument(list));
    return Success;
}

qint64 MailboxCommands::uidArgument(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 uid = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || uid <= 0) {
        //: Dutch: "Geef het nummer (UID) van één bericht, zoals mailbox fetch het toont."
        CliContext::usage(tr("Give the number (UID) of one message, as mailbox fetch shows it."));
        return 0;
    }
    return uid;
}

int MailboxCommands::withMessage(
    CliContext &context,
    const std::function<int(const Session &, MailboxService &, const MailboxAccount &, qint64,
                            const QByteArray &)> &fn)
{
    const qint64 uid = uidArgument(context.parser());
    if (uid == 0)
        return UsageError;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    MailboxService mailbox(*session);
    ServiceError error;
    const std::optional<MailboxAccount> account = mailbox.account(&error);
    if (!account)
        return CliContext::fail(error);
    recover(*session, *account);
    QString why;
    const std::optional<QByteArray> message = MailboxService::fetch(*account, uid, &why);
    if (!message)
        return CliContext::fail(why);
    return fn(*session, mailbox, *account, uid, *message);
}

int MailboxCommands::runTake(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    return withMessage(
        context,
        [&](const Session &session, MailboxService &mailbox, const MailboxAccount &account,
            qint64 uid, const QByteArray &message) {
            const NewAttachment original { MailboxService::fileName(message, uid), message,
                                           AttachmentKind::Origineel, false,
                                           p.isSet(u"not-an-id-document"_s) };
            NewCase request;
            if (const int invalid = CaseCommands::readRequest(p, original, &request);
                invalid != Success)
                return invalid;
            ServiceError error;
            const std::optional<Case> created
                = mailbox.take(account, uid, message, request, CliContext::bsnCheck(p), &error);
            CaseService cases(session);
            return CaseCommands::printAdded(cases, created, error, p.isSet(u"json"_s));
        });
}

int MailboxCommands::runDismiss(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    if (p.value(u"reason"_s).trimmed().isEmpty())
        //: Dutch: "mailbox dismiss heeft --reason TEKST nodig: waarom is het geen verzoek?"
        return CliContext::usage(
            tr("mailbox dismiss needs --reason TEXT: why is it not a request?"));
    return withMessage(context,
                       [&](const Session &, MailboxService &mailbox, const MailboxAccount &account,
                           qint64 uid, const QByteArray &message) {
                           ServiceError error;
                           if (!mailbox.dismiss(account, uid, message, p.value(u"reason"_s),
                                                CliContext::bsnCheck(p), &error))
                               return CliContext::fail(error);
                           //: Dutch: "Bericht %1 is afgewezen en verplaatst naar %2."
                           CliContext::printLine(tr("Message %1 was dismissed and moved to %2.")
                                                     .arg(uid)
                                                     .arg(account.dismissFolder));
                           return static_cast<int>(Success);
                       });
}

// mailbox account set's options for sending answers (SMTP submission).
QList<QCommandLineOption> sendingOptions()
{
    return {
        option(u"smtp-server"_s,
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The SMTP server answers are sent through, with the "
                                 "same login (none: no sending)."),
               QT_TRANSLATE_NOOP("pd::cli", "host")),
        option(u"smtp-port"_s,
               QT_TRANSLATE_NOOP("pd::cli", "Its port (587 for starttls, 465 for tls)."),
               QT_TRANSLATE_NOOP("pd::cli", "number")),
        option(u"smtp-security"_s, QT_TRANSLATE_NOOP("pd::cli", "starttls (default) or tls."),
               codeValue),
        option(u"from-address"_s,
               QT_TRANSLATE_NOOP("pd::cli", "The sender's address (default: the login)."),
               QT_TRANSLATE_NOOP("pd::cli", "address")),
        option(u"sent-folder"_s,
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Where a copy of what was sent goes (Verzonden "
                                 "items)."),
               nameValue),
        option(u"sent-copy"_s,
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Who puts that copy there: privacydesk, or server when the mail "
                                 "server keeps one itself (the default for smtp.office365.com)."),
               codeValue),
    };
}

} // namespace

QList<Command> mailboxCommands()
{
    return {
        command(
            "mailbox account set",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Set the privacy mailbox's IMAP account (TLS, certificate checked)."),
            QList<QCommandLineOption> {
                option(u"server"_s, QT_TRANSLATE_NOOP("pd::cli", "The IMAP server."),
                       QT_TRANSLATE_NOOP("pd::cli", "host")),
                option(u"port"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "The port (993 for imaps, 143 for "
                                         "starttls)."),
                       QT_TRANSLATE_NOOP("pd::cli", "number")),
                option(u"security"_s, QT_TRANSLATE_NOOP("pd::cli", "imaps (default) or starttls."),
                       codeValue),
                option(u"login"_s, QT_TRANSLATE_NOOP("pd::cli", "The mailbox's user name."),
                       nameValue),
                option(u"mailbox-password-file"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Read the mailbox's password from this file (first "
                                         "line)."),
                       QT_TRANSLATE_NOOP("pd::cli", "file")),
                option(u"oauth2-token-file"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Sign in with XOAUTH2 (Microsoft 365): the access "
                                         "token from this file (first line)."),
                       QT_TRANSLATE_NOOP("pd::cli", "file")),
                option(u"ca-file"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Trust this certificate authority (PEM) instead of "
                                         "the system's."),
                       QT_TRANSLATE_NOOP("pd::cli", "file")),
                option(u"folder"_s, QT_TRANSLATE_NOOP("pd::cli", "Where requests arrive (INBOX)."),
                       nameValue),
                option(
                    u"done-folder"_s,
                    QT_TRANSLATE_NOOP("pd::cli", "Where registered messages go (Geregistreerd)."),
                    nameValue),
                option(u"dismiss-folder"_s,
                       QT_TRANSLATE_NOOP("pd::cli", "Where dismissed messages go (Geen verzoek)."),
                       nameValue),
                option(u"no-check"_s,
                       QT_TRANSLATE_NOOP("pd::cli", "Save without signing in first.")) }
                + sendingOptions(),
            MailboxCommands::runAccountSet),
        command("mailbox account show",
                QT_TRANSLATE_NOOP("pd::cli", "Show the privacy mailbox's account (no secret)."), {},
                MailboxCommands::runAccountShow),
        command("mailbox fetch",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Show the messages waiting in the mailbox (read from the "
                                  "server, nothing kept)."),
                {}, MailboxCommands::runFetch),
        command("mailbox list",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "List the messages taken from the mailbox: registered or "
                                  "dismissed."),
                {}, MailboxCommands::runList),
        command("mailbox take",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Register a message as a request (exactly once); prints its "
                                  "number."),
                "NUMBER",
                CaseCommands::requestOptions()
                    + QList<QCommandLineOption> { notIdDocumentOption(), confirmNotBsnOption() },
                MailboxCommands::runTake),
        command(
            "mailbox dismiss",
            QT_TRANSLATE_NOOP("pd::cli", "Set a message aside as not a request, with the reason."),
            "NUMBER",
            { option(u"reason"_s, QT_TRANSLATE_NOOP("pd::cli", "Why it is not a request."),
                     textValue),
              confirmNotBsnOption() },
            MailboxCommands::runDismiss),
    };
}

} // namespace pd::cli
