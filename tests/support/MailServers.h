#pragma once

#include "Dovecot.h"
#include "Smtp.h"
#include "mailbox/MailboxAccount.h"

#include <QString>

namespace pd::test {

// The privacy mailbox's two servers for the tests of answers sent by e-mail: the private Dovecot
// (its IMAP, the logins Postfix asks it about, the deliveries) and the private Postfix in front
// of it. Postfix stops first: it needs Dovecot while it runs.
class MailServers final
{
public:
    bool start(const QString &folder, QString *error)
    {
        m_dovecot.enableSmtpDelivery();
        return m_dovecot.start(folder + QStringLiteral("/dovecot"), error)
            && m_smtp.start(folder + QStringLiteral("/postfix"), m_dovecot, error);
    }
    // Before start(): sign-ins with this OAuth2 access token (XOAUTH2) are taken too.
    void acceptOAuth2Token(const QByteArray &token) { m_dovecot.acceptOAuth2Token(token); }
    Dovecot &dovecot() { return m_dovecot; }
    SmtpServer &smtp() { return m_smtp; }

    // The mailbox's account, sending through Postfix: STARTTLS on its submission port, or TLS
    // from the start; the sender is the mailbox's login.
    MailboxAccount account(MailboxAccount::Submission submission
                           = MailboxAccount::Submission::StartTls) const
    {
        MailboxAccount a = m_dovecot.account();
        a.smtpServer = QStringLiteral("127.0.0.1");
        a.submission = submission;
        a.smtpPort = submission == MailboxAccount::Submission::Tls ? m_smtp.smtpsPort()
                                                                   : m_smtp.submissionPort();
        return a;
    }

private:
    Dovecot m_dovecot;
    SmtpServer m_smtp;
};

} // namespace pd::test
