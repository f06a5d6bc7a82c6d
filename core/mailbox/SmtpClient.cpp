#include "mailbox/SmtpClient.h"

#include "mailbox/MailServerFailure.h"
#include "net/Curl.h"

namespace pd {

using namespace Qt::StringLiterals;

namespace { } // namespace

struct SmtpClient::Private
{
    MailboxAccount account;
    int timeout = 120;
    CURL *curl = nullptr;
    net::Sink answers { 1024 * 1024 };

    QString where() const { return u"%1:%2"_s.arg(account.smtpServer).arg(account.smtpPort); }

    QString url() const
    {
        const QString scheme
            = account.submission == MailboxAccount::Submission::Tls ? u"smtps"_s : u"smtp"_s;
        // The name given in EHLO: the sender's domain, never the computer's own name.
        const QString address = account.fromAddress();
        const QString domain = address.mid(address.lastIndexOf(u'@') + 1);
        return u"%1://%2:%3/%4"_s.arg(scheme, account.smtpServer).arg(account.smtpPort).arg(domain);
    }

    // The handle set for the account: the URL, TLS verified, the login.
    void prepare()
    {
        curl_easy_reset(curl);
        answers = net::Sink(1024 * 1024);
        urlBytes = url().toUtf8();
        loginBytes = account.login.toUtf8();
        curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtps,smtp");
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeout));
        // TLS always, also after STARTTLS; the certificate and the name always checked.
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        net::verifyTls(curl, account.caPem);
        curl_easy_setopt(curl, CURLOPT_USERNAME, loginBytes.constData());
        if (account.auth == MailboxAccount::Auth::XOAuth2) {
            curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, account.secret.constData());
        } else {
            curl_easy_setopt(curl, CURLOPT_PASSWORD, account.secret.constData());
        }
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, net::collect);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &answers);
    }

    QByteArray urlBytes;
    QByteArray loginBytes;
};

SmtpClient::SmtpClient(MailboxAccount account, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    net::globalInit();
    d->account = std::move(account);
    d->timeout = timeoutSeconds;
    d->curl = curl_easy_init();
}

SmtpClient::~SmtpClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
    d->account.secret.fill('\0');
}

bool SmtpClient::check(QString *error)
{
    d->prepare();
    curl_easy_setopt(d->curl, CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(d->curl, CURLOPT_NOBODY, 1L);
    const CURLcode code = curl_easy_perform(d->curl);
    if (code == CURLE_OK)
        return true;
    *error = MailServerFailure::text(code, d->where(), d->account.login);
    return false;
}

SmtpClient::Result SmtpClient::send(const QString &to, const QByteArray &message)
{
    CURL *curl = d->curl;
    d->prepare();
    const QByteArray from = '<' + d->account.fromAddress().toUtf8() + '>';
    const QByteArray recipient = '<' + to.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, recipient.constData());
    net::Upload upload { &message, 0 };
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, net::supply);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);

    Result result;
    result.code = int(reply);
    if (code == CURLE_OK) {
        result.outcome = Outcome::Accepted;
        return result;
    }
    const QString detail = net::failureReason(code);
    if (code != CURLE_LOGIN_DENIED && reply >= 400 && reply < 600) {
        // The server's own words: its last line with that code (a QUIT's "221 Bye" follows it).
        const QByteArray replied = QByteArray::number(reply);
        QString words;
        for (const QByteArray &line : d->answers.bytes.split('\n')) {
            if (line.startsWith(replied))
                words = QString::fromUtf8(line).trimmed().left(300);
        }
        result.outcome = reply < 500 ? Outcome::TryLater : Outcome::Refused;
        result.reason = reply < 500
            //: Dutch: "De mailserver %1 neemt het bericht nu niet aan (%2): het wordt later
            //: opnieuw geprobeerd."
            ? tr("The mail server %1 does not take the message now (%2): it will be tried again "
                 "later.")
                  .arg(d->where(), words)
            //: Dutch: "De mailserver %1 weigert het bericht (%2): het is niet verstuurd."
            : tr("The mail server %1 refuses the message (%2): it was not sent.")
                  .arg(d->where(), words);
        return result;
    }
    // Whatever the error, once every byte was handed over the server may hold the message.
    if (upload.at == message.size() && message.size() > 0) {
        result.outcome = Outcome::Unsure;
        //: Dutch: "De verbinding met %1 viel weg nadat het hele bericht was overgedragen (%2):
        //: het kan zijn aangekomen. Het wordt niet opnieuw verstuurd zonder eerst te kijken."
        result.reason = tr("The connection to %1 was lost after the whole message was handed "
                           "over (%2): it may have arrived. It is not sent again without looking "
                           "first.")
                            .arg(d->where(), detail);
        return result;
    }
    result.outcome = Outcome::NotSent;
    result.reason = MailServerFailure::text(code, d->where(), d->account.login);
    return result;
}

} // namespace pd
