#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// The privacy mailbox's IMAP account, as the store keeps it (mailbox_account): one
// per store, set by a beheerder, read by the officers who take its messages.
//
// TLS always, the server's certificate always verified (against caPem when given, else the
// system's authorities): IMAPS (port 993) or STARTTLS (143, refused when the server does not
// offer it). There is no plain-text mode, so neither a password nor a token is ever sent in
// clear. The secret is the password, or with XOAUTH2 (Microsoft 365) the OAuth2 access token
// that IT supplies; it is kept in the store only (encrypted at rest in a store folder), never in
// QSettings, a log, the audit trail, the environment or a command line.
struct MailboxAccount
{
    enum class Security { Imaps, StartTls };
    enum class Auth { Password, XOAuth2 };

    QString server;
    int port = 993;
    Security security = Security::Imaps;
    QString login;
    Auth auth = Auth::Password;
    QByteArray secret; // the password or the access token; never shown, never logged
    QByteArray caPem; // the certificate authority to trust, PEM; empty: the system's
    QString folder = QStringLiteral("INBOX"); // where new requests arrive
    QString doneFolder = QStringLiteral("Geregistreerd"); // where a registered message goes
    QString dismissFolder = QStringLiteral("Geen verzoek"); // where a dismissed message goes
};

// The codes the store, the CLI and the events use ("imaps", "starttls"; "password", "xoauth2").
class MailboxCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailboxCodes)
public:
    MailboxCodes() = delete;
    static QString code(MailboxAccount::Security security);
    static QString code(MailboxAccount::Auth auth);
    static std::optional<MailboxAccount::Security> security(const QString &code);
    static std::optional<MailboxAccount::Auth> auth(const QString &code);
    // The first problem with the account (translated), or empty. withSecret: a secret must be
    // there (a new account; an update may keep the stored one).
    static QString validate(const MailboxAccount &account, bool withSecret);
    // A folder name the desks can use: printable ASCII without quotes or backslashes (IMAP's
    // modified UTF-7 is not needed for the names a corporation gives these folders).
    static bool validFolder(const QString &folder);
};

} // namespace pd
