#include "mailbox/ImapClient.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

size_t collect(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

struct Upload
{
    const QByteArray *bytes = nullptr;
    qsizetype at = 0;
};

size_t supply(char *buffer, size_t size, size_t count, void *source)
{
    auto *upload = static_cast<Upload *>(source);
    const qsizetype left = upload->bytes->size() - upload->at;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    std::memcpy(buffer, upload->bytes->constData() + upload->at, size_t(n));
    upload->at += n;
    return size_t(n);
}

// A folder as an IMAP command names it: quoted (MailboxCodes::validFolder keeps quotes and
// backslashes out).
QString quoted(const QString &folder)
{
    return u'"' + folder + u'"';
}

} // namespace

struct ImapClient::Private
{
    MailboxAccount account;
    int timeout = 30;
    CURL *curl = nullptr;
    char errorText[CURL_ERROR_SIZE] = {};

    QString url(const QString &folder, const QString &rest = {}) const
    {
        const QString scheme
            = account.security == MailboxAccount::Security::Imaps ? u"imaps"_s : u"imap"_s;
        QString path;
        if (!folder.isEmpty())
            path = u'/' + QString::fromLatin1(QUrl::toPercentEncoding(folder));
        return u"%1://%2:%3%4%5"_s.arg(scheme, account.server).arg(account.port).arg(path, rest);
    }

    void prepare(const QString &target, QByteArray *out)
    {
        curl_easy_reset(curl);
        errorText[0] = 0;
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
        curl_easy_setopt(curl, CURLOPT_URL, target.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imaps,imap");
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeout));
        // TLS always, also after STARTTLS; the certificate and the name always checked.
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!account.caPem.isEmpty()) {
            curl_blob ca { const_cast<char *>(account.caPem.constData()),
                           size_t(account.caPem.size()), CURL_BLOB_COPY };
            curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &ca);
        }
        curl_easy_setopt(curl, CURLOPT_USERNAME, account.login.toUtf8().constData());
        if (account.auth == MailboxAccount::Auth::XOAuth2) {
            curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, account.secret.constData());
        } else {
            curl_easy_setopt(curl, CURLOPT_PASSWORD, account.secret.constData());
        }
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    }

    bool perform(QString *error)
    {
        const CURLcode code = curl_easy_perform(curl);
        if (code == CURLE_OK)
            return true;
        *error = failure(code);
        return false;
    }

    QString failure(CURLcode code) const
    {
        const QString detail = errorText[0] ? QString::fromUtf8(errorText)
                                            : QString::fromUtf8(curl_easy_strerror(code));
        const QString where = u"%1:%2"_s.arg(account.server).arg(account.port);
        switch (code) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_ISSUER_ERROR:
            //: Dutch: "De mailserver %1 toont geen certificaat dat te vertrouwen is (%2): de
            //: verbinding is geweigerd en er is niets verstuurd."
            return tr("The mail server %1 does not show a certificate that can be trusted (%2): "
                      "the connection was refused and nothing was sent.")
                .arg(where, detail);
        case CURLE_USE_SSL_FAILED:
            //: Dutch: "De mailserver %1 biedt geen STARTTLS: Privacydesk meldt zich niet aan
            //: zonder versleuteling."
            return tr("The mail server %1 does not offer STARTTLS: Privacydesk does not sign in "
                      "without encryption.")
                .arg(where);
        case CURLE_LOGIN_DENIED:
            //: Dutch: "De mailserver %1 weigert de aanmelding van %2: controleer het wachtwoord
            //: of het token."
            return tr("The mail server %1 refused the login of %2: check the password or the "
                      "token.")
                .arg(where, account.login);
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING:
            //: Dutch: "De mailserver %1 is niet bereikbaar (%2). Probeer het later opnieuw."
            return tr("The mail server %1 cannot be reached (%2). Try again later.")
                .arg(where, detail);
        default:
            //: Dutch: "De mailserver %1 gaf een fout: %2"
            return tr("The mail server %1 gave an error: %2").arg(where, detail);
        }
    }

    // A command sent as given, with folder selected first (none: no folder).
    std::optional<QByteArray> command(const QString &folder, const QString &text, QString *error)
    {
        QByteArray out;
        prepare(url(folder), &out);
        const QByteArray request = text.toUtf8();
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.constData());
        if (!perform(error))
            return std::nullopt;
        return out;
    }
};

ImapClient::ImapClient(MailboxAccount account, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    d->account = std::move(account);
    d->timeout = timeoutSeconds;
    d->curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
    d->account.secret.fill('\0');
}

std::optional<QList<ImapClient::Listed>> ImapClient::list(const QString &folder, QString *error)
{
    const std::optional<QByteArray> out
        = d->command(folder, u"UID FETCH 1:* (UID RFC822.SIZE)"_s, error);
    if (!out)
        return std::nullopt;
    static const QRegularExpression uid(u"\\bUID (\\d+)"_s);
    static const QRegularExpression size(u"\\bRFC822\\.SIZE (\\d+)"_s);
    QList<Listed> listed;
    for (const QByteArray &line : out->split('\n')) {
        const QString text = QString::fromLatin1(line);
        if (!text.contains(u" FETCH "_s))
            continue;
        const QRegularExpressionMatch u = uid.match(text);
        const QRegularExpressionMatch s = size.match(text);
        if (u.hasMatch() && s.hasMatch())
            listed.append({ u.captured(1).toLongLong(), s.captured(1).toLongLong() });
    }
    return listed;
}

std::optional<QByteArray> ImapClient::header(const QString &folder, qint64 uid, QString *error)
{
    QByteArray out;
    d->prepare(d->url(folder, u"/;UID=%1/;SECTION=HEADER"_s.arg(uid)), &out);
    if (!d->perform(error))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> ImapClient::message(const QString &folder, qint64 uid, QString *error)
{
    QByteArray out;
    d->prepare(d->url(folder, u"/;UID=%1"_s.arg(uid)), &out);
    const CURLcode code = curl_easy_perform(d->curl);
    if (code == CURLE_REMOTE_FILE_NOT_FOUND)
        return QByteArray(); // not (or no longer) in the folder
    if (code != CURLE_OK) {
        *error = d->failure(code);
        return std::nullopt;
    }
    return out;
}

ImapClient::Move ImapClient::move(const QString &folder, qint64 uid, const QString &to,
                                  qint64 *movedUid, QString *error)
{
    const std::optional<QByteArray> out
        = d->command(folder, u"UID MOVE %1 %2"_s.arg(uid).arg(quoted(to)), error);
    if (!out) {
        // A server may refuse the move of a message another session is moving at that moment
        // (Dovecot answers NO). Whether it is still in the folder says which it was.
        QString unknown;
        const std::optional<QByteArray> found
            = d->command(folder, u"UID SEARCH UID %1"_s.arg(uid), &unknown);
        static const QRegularExpression listed(u"^\\* SEARCH((?: \\d+)*)\\s*$"_s,
                                               QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match
            = found ? listed.match(QString::fromLatin1(*found)) : QRegularExpressionMatch();
        if (match.hasMatch()
            && !match.captured(1).split(u' ', Qt::SkipEmptyParts).contains(QString::number(uid)))
            return Move::Gone;
        return Move::Failed;
    }
    // "* OK [COPYUID <validity> <uid> <new uid>]": the server moved it for this session; a
    // message another session moved first is not in the folder any more, and nothing is said.
    static const QRegularExpression copied(u"\\[COPYUID \\d+ (\\d+) (\\d+)\\]"_s);
    const QRegularExpressionMatch match = copied.match(QString::fromLatin1(*out));
    if (!match.hasMatch() || match.captured(1).toLongLong() != uid)
        return Move::Gone;
    if (movedUid)
        *movedUid = match.captured(2).toLongLong();
    return Move::Moved;
}

bool ImapClient::ensureFolder(const QString &folder, QString *error)
{
    // CREATE first, then ask whether the folder is there: a server refuses to make a folder that
    // exists, also one another desk made a moment ago (two desks taking the first message at
    // once). Looking first and making it after left that moment open, and one desk failed on it.
    QString refused;
    if (d->command({}, u"CREATE %1"_s.arg(quoted(folder)), &refused))
        return true;
    QString unknown;
    if (d->command({}, u"STATUS %1 (UIDNEXT)"_s.arg(quoted(folder)), &unknown))
        return true;
    *error = refused; // why it could not be made, not why it is not there
    return false;
}

bool ImapClient::append(const QString &folder, const QByteArray &message, QString *error)
{
    QByteArray out;
    d->prepare(d->url(folder), &out);
    Upload upload { &message, 0 };
    curl_easy_setopt(d->curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(d->curl, CURLOPT_READFUNCTION, supply);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    return d->perform(error);
}

} // namespace pd
