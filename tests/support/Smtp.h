#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace pd::test {

class Dovecot;

// A private Postfix for the tests of answers sent by e-mail: its own configuration, queue and
// data directories in a folder of the test (master in the foreground, nothing chrooted, nothing
// of the system's written, of its files only what the postfix package installed read), on free
// ports of 127.0.0.1, so that several run at once. Two submission ports: one with STARTTLS required
// before AUTH, one with implicit TLS as on 465, both showing the Dovecot fixture's certificate
// (signed by its caPem()). Only an authenticated client may send, and Postfix asks Dovecot whether
// it is one (the same login and password as the mailbox's IMAP, XOAUTH2 with the token Dovecot
// accepts). Every accepted message, to any address of any domain, is handed to Dovecot over LMTP
// and lands in the one user's INBOX, where the test reads it back (delivered(), or over IMAP as a
// tenant would). Beside it a tiny server (python3) that hangs up after DATA.
//
// Postfix's master runs only as root (it exits at once otherwise): available() is false for anyone
// else. The tests run as root in CI.
class SmtpServer final
{
public:
    // Recipients turned away at RCPT, every time: later (450 4.2.1, to be tried again later) and
    // refused (550 5.1.1, no such mailbox). A tenant's address for the ordinary case.
    static constexpr auto laterRecipient = "later@huurder.example";
    static constexpr auto refusedRecipient = "refused@huurder.example";
    static constexpr auto tenantRecipient = "jan@huurder.example";

    // One message as Dovecot stored it for one recipient.
    struct Delivery
    {
        QByteArray recipient; // its Delivered-To
        QByteArray raw; // with CRLF, as IMAP serves it: the trace headers first
        QByteArray message; // raw without them (Return-Path, Delivered-To, Received)
    };

    SmtpServer();
    ~SmtpServer();
    Q_DISABLE_COPY_MOVE(SmtpServer)

    // Whether Postfix (and python3 for the cut server) is there and this is root, and Dovecot
    // can take the deliveries (Dovecot::availableSmtpDelivery).
    static bool available(QString *why);
    // Starts Postfix and the cut server in folder, for dovecot, which must have been started
    // with enableSmtpDelivery(); false, with *error (the log included), when they did not come
    // up. dovecot must outlive this server.
    bool start(const QString &folder, const Dovecot &dovecot, QString *error);
    void stop();

    // STARTTLS (smtp://), required before AUTH and MAIL.
    int submissionPort() const { return m_submissionPort; }
    // Implicit TLS (smtps://).
    int smtpsPort() const { return m_smtpsPort; }
    // Implicit TLS, AUTH PLAIN or LOGIN with Dovecot::login and Dovecot::password, MAIL, RCPT
    // and DATA taken; after the message's final dot it closes the connection without answering.
    int cutPort() const { return m_cutPort; }
    // The authority that signed all three ports' certificate (the Dovecot fixture's).
    QByteArray caPem() const { return m_caPem; }

    // What Dovecot holds in the INBOX, in the order it was delivered (one per recipient).
    QList<Delivery> delivered() const;
    // Waits until the INBOX holds at least count messages; false, with *error (Postfix's log),
    // when timeoutMs passed first.
    bool waitForDelivery(int count, int timeoutMs, QString *error) const;
    // The messages the cut server read to their final dot, in order, dot-unstuffed, with CRLF.
    QList<QByteArray> cutReceived() const;
    // Postfix's log (for a failure's message).
    QString log() const;

private:
    bool writeConfiguration(const Dovecot &dovecot, QString *error);
    bool makeQueue(QString *error);
    bool startCutServer(const Dovecot &dovecot, QString *error);
    bool startWatchdog(QString *error);

    QString m_folder;
    QString m_maildir;
    std::unique_ptr<QProcess> m_master;
    std::unique_ptr<QProcess> m_watchdog;
    std::unique_ptr<QProcess> m_cut;
    int m_submissionPort = 0;
    int m_smtpsPort = 0;
    int m_cutPort = 0;
    QByteArray m_caPem;
};

// raw without the trace headers a delivery puts before the message's own (Return-Path,
// Delivered-To, Received, each with its folded lines).
QByteArray withoutTraceHeaders(const QByteArray &raw);

} // namespace pd::test
