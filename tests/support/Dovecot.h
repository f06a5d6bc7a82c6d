#pragma once

#include "mailbox/MailboxAccount.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <functional>
#include <memory>

namespace pd::test {

// A private Dovecot IMAP server for the privacy mailbox's tests: `dovecot -F` with a
// configuration of its own in a folder of the test (its base_dir, state_dir, log file and
// maildir), listening on 127.0.0.1 on two free ports: IMAPS and IMAP with STARTTLS, TLS
// required (ssl = required: no login in clear), with a certificate for 127.0.0.1 signed by a
// certificate authority the test makes with the openssl program. One user (passwd-file),
// stored as the user running the test; under root (CI) the mail belongs to Dovecot's own
// "dovecot" user, as Dovecot runs no mail or login process as root.
class Dovecot final
{
public:
    static constexpr auto login = "privacy@woonstad.example";
    static constexpr auto password = "postvak-wachtwoord-2026";

    Dovecot();
    ~Dovecot();
    Q_DISABLE_COPY_MOVE(Dovecot)

    // Whether the dovecot and openssl programs are there (the tests say so when not).
    static bool available(QString *why);
    // Before start(): the mailbox also takes XOAUTH2 (as Microsoft 365 does) with this access
    // token, which a tiny introspection server (python3 http.server, on another free port of
    // 127.0.0.1) answers for as Entra ID would: active for this token, inactive for any other.
    // Needs python3 (availableOAuth2).
    void acceptOAuth2Token(const QByteArray &token) { m_token = token; }
    static bool availableOAuth2(QString *why);
    // Before start(): Dovecot also serves a private Postfix (SmtpServer, Smtp.h). Its SASL
    // authentication (the same login and password, AUTH LOGIN as well as PLAIN, XOAUTH2 when
    // acceptOAuth2Token was set; a wrong password refused at once) on authPort(), and LMTP on
    // lmtpPort(), both on 127.0.0.1, where every recipient, of any domain, is delivered into the
    // one user's INBOX, the Delivered-To header saying for whom. Needs dovecot-lmtpd.
    void enableSmtpDelivery() { m_smtp = true; }
    static bool availableSmtpDelivery(QString *why);
    // Makes the CAs and the certificate, writes the configuration into folder and starts the
    // server; false, with *error (the server's log included), when it did not come up.
    bool start(const QString &folder, QString *error);
    void stop();

    int imapsPort() const { return m_imapsPort; }
    int starttlsPort() const { return m_starttlsPort; }
    // With enableSmtpDelivery(): where Postfix authenticates and delivers.
    int authPort() const { return m_authPort; }
    int lmtpPort() const { return m_lmtpPort; }
    // The server's certificate (for 127.0.0.1 and localhost, signed by caPem()) and its key, as
    // files, for another server of the test to show; and the INBOX's maildir (new/ and cur/).
    QString certificateFile() const { return m_folder + QStringLiteral("/server.pem"); }
    QString keyFile() const { return m_folder + QStringLiteral("/server.key"); }
    QString maildir() const { return m_folder + QStringLiteral("/mail"); }
    // The CA that signed the server's certificate, and another one that did not.
    QByteArray caPem() const { return m_caPem; }
    QByteArray otherCaPem() const { return m_otherCaPem; }
    // The account of the mailbox over IMAPS, trusting caPem().
    MailboxAccount account() const;
    // Delivers message into folder of the mailbox (IMAP APPEND over IMAPS).
    bool deliver(const QByteArray &message, QString *error,
                 const QString &folder = QStringLiteral("INBOX")) const;
    // Delivers count messages (message(i) for i = 0 … count-1) straight into the INBOX's maildir,
    // as a mail server's delivery agent does, in the order given: 100,000 in seconds where
    // APPEND takes minutes. Dovecot reads them at the next command.
    bool deliverStraight(int count, const std::function<QByteArray(int)> &message,
                         QString *error) const;
    // The server's log (for a failure's message).
    QString log() const;

private:
    bool makeCertificates(QString *error);
    // The introspection server and Dovecot's oauth2 passdb; the configuration's lines.
    bool startIntrospection(QString *config, QString *error);
    QString configuration(uint uid, uint gid, const QString &users, const QString &oauth2) const;

    QString m_folder;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QProcess> m_introspection;
    QByteArray m_token;
    int m_imapsPort = 0;
    int m_starttlsPort = 0;
    bool m_smtp = false;
    int m_authPort = 0;
    int m_lmtpPort = 0;
    QByteArray m_caPem;
    QByteArray m_otherCaPem;
};

// A message as a mail program delivers it: CRLF, with From, To, Subject, Date, Message-ID.
QByteArray mailMessage(const QString &fromName, const QString &fromAddress, const QString &subject,
                       const QString &date, const QString &messageId, const QString &body);
// The request every mailbox test delivers: Jan Jansen asks for inzage, sent at 23:30 UTC on
// 31 March 2026, which is 1 April in the Netherlands (summer time).
QByteArray inzageverzoek(const QString &messageId = QStringLiteral("inzage-1@mail.example"));

} // namespace pd::test
