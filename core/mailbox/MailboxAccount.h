#pragma once

#include "domain/CodeTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pd {

// TLS always, the certificate verified: there is no plain-text mode, so no secret is ever sent in
// clear. The secret is kept in the store only, never in QSettings, a log, the audit trail, the
// environment or a command line.
struct MailboxAccount
{
    enum class Security { Imaps, StartTls };
    enum class Auth { Password, XOAuth2 };
    enum class Submission { StartTls, Tls }; // SMTP: STARTTLS (587) or TLS from the start (465)
    // Who puts the copy of what was sent in Sent: Privacydesk (IMAP APPEND), or the mail server
    // itself, as Microsoft 365 does with what SMTP AUTH submits (a second copy would double it).
    enum class SentCopy { Privacydesk, Server };

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

    // Sending answers: SMTP submission with the same login and secret. No server: not set up.
    QString smtpServer;
    int smtpPort = 587;
    Submission submission = Submission::StartTls;
    QString address; // the sender's address; empty: the login
    QString sentFolder = QStringLiteral("Verzonden items"); // where a copy of what was sent goes
    SentCopy sentCopy = SentCopy::Privacydesk;

    bool sends() const { return !smtpServer.isEmpty(); }
    QString fromAddress() const { return address.isEmpty() ? login : address; }
};

// Codes only ("imaps", "starttls"; "password", "xoauth2"): the account dialog words the choices.
template<>
const codes::Vocabulary<MailboxAccount::Security> &codes::vocabulary<MailboxAccount::Security>();
template<> const codes::Vocabulary<MailboxAccount::Auth> &codes::vocabulary<MailboxAccount::Auth>();
template<>
const codes::Vocabulary<MailboxAccount::Submission> &
codes::vocabulary<MailboxAccount::Submission>();
// "privacydesk", "server"
template<>
const codes::Vocabulary<MailboxAccount::SentCopy> &codes::vocabulary<MailboxAccount::SentCopy>();

class MailboxCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailboxCodes)
public:
    MailboxCodes() = delete;
    // withSecret: a new account must have one; an update may keep the stored one.
    static QString validate(const MailboxAccount &account, bool withSecret);
    // The sending part alone; empty when it is not set up or right.
    static QString validateSending(const MailboxAccount &account);
    // The server's own copy where it is known to keep one: Microsoft 365's SMTP AUTH endpoint.
    static MailboxAccount::SentCopy defaultSentCopy(const QString &smtpServer);
    // Printable ASCII without quotes or backslashes: IMAP's modified UTF-7 is not needed.
    static bool validFolder(const QString &folder);
};

} // namespace pd
