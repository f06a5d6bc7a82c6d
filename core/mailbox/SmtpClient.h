#pragma once

#include "mailbox/MailboxAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace pd {

// SMTP submission from the privacy mailbox's account through libcurl: TLS always (STARTTLS or TLS
// from the start), the certificate and the name verified, the mailbox's own login and password or
// XOAUTH2 token, one recipient a message. Holds no store: a worker thread may use its own client.
class SmtpClient final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SmtpClient)
public:
    // What the server's answer means for the message:
    //  Accepted  the server took it (250 after DATA): it is sent.
    //  TryLater  a 4xx: not taken now, tried again later.
    //  Refused   a 5xx: not taken, and sending again will not change that.
    //  NotSent   no connection, no login, an untrusted certificate: not handed over.
    //  Unsure    the whole message was handed over, but the answer to it never came: the server
    //            may have taken it, so it is not sent again without looking first.
    enum class Outcome { Accepted, TryLater, Refused, NotSent, Unsure };
    struct Result
    {
        Outcome outcome = Outcome::NotSent;
        int code = 0; // the server's last reply code, 0 when none
        QString reason; // translated, for the person and the trail; empty when Accepted
    };

    explicit SmtpClient(MailboxAccount account, int timeoutSeconds = 120);
    ~SmtpClient();
    Q_DISABLE_COPY_MOVE(SmtpClient)

    Result send(const QString &to, const QByteArray &message);
    // Signs in and says NOOP: whether sending would get as far as the message. Sends nothing.
    bool check(QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
