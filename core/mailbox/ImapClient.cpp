#include "mailbox/ImapClient.h"

#include "mailbox/MailServerFailure.h"
#include "net/Curl.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype answerLimit = ImapClient::maxMessageSize + 1024 * 1024;

// A folder as an IMAP command names it: quoted (MailboxCodes::validFolder keeps quotes and
// backslashes out).
QString quoted(const QString &folder)
{
    return u'"' + folder + u'"';
}

// One FETCH answer's items, read from at (just after "FETCH (") to its closing parenthesis, the
// literals by their announced length (so a header line that looks like an answer is read as the
// header it is). false when the answer is cut off.
bool readItems(const QByteArray &lines, qsizetype *at, ImapClient::Listed *out)
{
    qsizetype i = *at;
    const qsizetype n = lines.size();
    while (i < n) {
        while (i < n && lines.at(i) == ' ')
            ++i;
        if (i >= n)
            return false;
        if (lines.at(i) == ')') {
            *at = i + 1;
            return true;
        }
        const qsizetype nameStart = i;
        while (i < n && lines.at(i) != ' ' && lines.at(i) != '[' && lines.at(i) != ')')
            ++i;
        if (i < n && lines.at(i) == '[') {
            const qsizetype close = lines.indexOf(']', i);
            if (close < 0)
                return false;
            i = close + 1;
        }
        const QByteArray name = lines.sliced(nameStart, i - nameStart);
        while (i < n && lines.at(i) == ' ')
            ++i;
        if (i >= n)
            return false;
        QByteArray value;
        if (lines.at(i) == '{') {
            const qsizetype close = lines.indexOf('}', i);
            bool ok = false;
            const qint64 length
                = close < 0 ? -1 : lines.sliced(i + 1, close - i - 1).toLongLong(&ok);
            const qsizetype data = ok ? lines.indexOf('\n', close) + 1 : 0;
            if (!ok || length < 0 || data <= 0 || data + length > n)
                return false;
            value = lines.sliced(data, qsizetype(length));
            i = data + qsizetype(length);
        } else if (lines.at(i) == '(') {
            int depth = 0;
            do {
                depth += lines.at(i) == '(' ? 1 : lines.at(i) == ')' ? -1 : 0;
                ++i;
            } while (i < n && depth > 0);
        } else if (lines.at(i) == '"') {
            for (++i; i < n && lines.at(i) != '"'; ++i) {
                if (lines.at(i) == '\\')
                    ++i;
            }
            ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && lines.at(i) != ' ' && lines.at(i) != ')')
                ++i;
            value = lines.sliced(valueStart, i - valueStart);
        }
        if (name == "UID")
            out->uid = value.toLongLong();
        else if (name == "RFC822.SIZE")
            out->size = value.toLongLong();
        else if (name.startsWith("BODY["))
            out->header = value;
    }
    return false;
}

// The messages of the FETCH answers among lines (every line of a command, the sign-in's too).
QList<ImapClient::Listed> fetchedIn(const QByteArray &lines)
{
    static const QRegularExpression fetch(u"^\\* \\d+ FETCH \\("_s);
    QList<ImapClient::Listed> listed;
    qsizetype at = 0;
    while (at < lines.size()) {
        qsizetype end = lines.indexOf('\n', at);
        if (end < 0)
            end = lines.size();
        const QByteArray line = lines.sliced(at, std::min<qsizetype>(end - at, 64));
        const QRegularExpressionMatch match = fetch.match(QString::fromLatin1(line));
        if (!match.hasMatch()) {
            at = end + 1;
            continue;
        }
        qsizetype items = at + match.capturedLength();
        ImapClient::Listed one;
        if (!readItems(lines, &items, &one))
            break;
        if (one.uid > 0)
            listed << one;
        const qsizetype next = lines.indexOf('\n', items);
        at = next < 0 ? lines.size() : next + 1;
    }
    return listed;
}

} // namespace

struct ImapClient::Private
{
    MailboxAccount account;
    int timeout = 60;
    QDeadlineTimer deadline;
    int chunk = 0; // list()'s own choice
    CURL *curl = nullptr;
    CURLcode lastCode = CURLE_OK;
    // A literal the server announces (the size of the message it is about to send): one larger
    // than a desk takes is refused before it is read.
    net::Sink body { answerLimit, ImapClient::maxMessageSize };
    // Every line of the answer, the literals' lines included: libcurl hands a command's
    // untagged lines to its body, but the lines of a literal (a header fetched) only here.
    net::Sink lines { answerLimit };

    QString url(const QString &folder, const QString &rest = {}) const
    {
        const QString scheme
            = account.security == MailboxAccount::Security::Imaps ? u"imaps"_s : u"imap"_s;
        QString path;
        if (!folder.isEmpty())
            path = u'/' + QString::fromLatin1(QUrl::toPercentEncoding(folder));
        return u"%1://%2:%3%4%5"_s.arg(scheme, account.server).arg(account.port).arg(path, rest);
    }

    void prepare(const QString &target)
    {
        curl_easy_reset(curl);
        body = net::Sink(answerLimit, ImapClient::maxMessageSize);
        lines = net::Sink(answerLimit);
        curl_easy_setopt(curl, CURLOPT_URL, target.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imaps,imap");
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
        // What is left of the client's time (at least a millisecond: 0 would be none).
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS,
                         long(std::max<qint64>(1, deadline.remainingTime())));
        // TLS always, also after STARTTLS; the certificate and the name always checked.
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        net::verifyTls(curl, account.caPem);
        curl_easy_setopt(curl, CURLOPT_USERNAME, account.login.toUtf8().constData());
        if (account.auth == MailboxAccount::Auth::XOAuth2) {
            curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, account.secret.constData());
        } else {
            curl_easy_setopt(curl, CURLOPT_PASSWORD, account.secret.constData());
        }
        net::collectAnswer(curl, &body, &lines);
    }

    bool perform(QString *error)
    {
        if (deadline.hasExpired()) {
            lastCode = CURLE_OPERATION_TIMEDOUT;
            *error = failure(lastCode);
            return false;
        }
        lastCode = curl_easy_perform(curl);
        if (lastCode == CURLE_OK)
            return true;
        *error = failure(lastCode);
        return false;
    }

    QString failure(CURLcode code) const
    {
        if (body.tooLarge || lines.tooLarge)
            //: Dutch: "De mailserver %1 stuurt meer dan %2 MB: Privacydesk neemt zo'n groot
            //: bericht niet aan. Sla het op in het e-mailprogramma en voeg het met de hand toe."
            return tr("The mail server %1 sends more than %2 MB: Privacydesk does not accept so "
                      "large a message. Save it in the mail program and add it by hand.")
                .arg(u"%1:%2"_s.arg(account.server).arg(account.port))
                .arg(ImapClient::maxMessageSize / (1024 * 1024));
        return MailServerFailure::text(code, u"%1:%2"_s.arg(account.server).arg(account.port),
                                       account.login);
    }

    // A command sent as given, with folder selected first (none: no folder).
    std::optional<QByteArray> command(const QString &folder, const QString &text, QString *error)
    {
        prepare(url(folder));
        const QByteArray request = text.toUtf8();
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.constData());
        if (!perform(error))
            return std::nullopt;
        return body.bytes;
    }

    // Messages first to last (sequence numbers) of folder, every line of the answer.
    std::optional<QByteArray> fetchRange(const QString &folder, qint64 first, qint64 last,
                                         Detail detail, QString *error)
    {
        const QString items = detail == Detail::Headers
            ? u"(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])"_s
            : u"(UID RFC822.SIZE)"_s;
        if (!command(folder, u"FETCH %1:%2 %3"_s.arg(first).arg(last).arg(items), error))
            return std::nullopt;
        return lines.bytes;
    }
};

ImapClient::ImapClient(MailboxAccount account, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    net::globalInit();
    d->account = std::move(account);
    d->timeout = timeoutSeconds;
    d->deadline = QDeadlineTimer(qint64(timeoutSeconds) * 1000);
    d->curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
    d->account.secret.fill('\0');
}

void ImapClient::setChunk(int messages)
{
    d->chunk = std::max(1, messages);
}

std::optional<qint64> ImapClient::count(const QString &folder, QString *error)
{
    return status(folder, u"MESSAGES"_s, error);
}

std::optional<qint64> ImapClient::uidValidity(const QString &folder, QString *error)
{
    return status(folder, u"UIDVALIDITY"_s, error);
}

std::optional<qint64> ImapClient::status(const QString &folder, const QString &item, QString *error)
{
    const std::optional<QByteArray> out
        = d->command({}, u"STATUS %1 (%2)"_s.arg(quoted(folder), item), error);
    if (!out)
        return std::nullopt;
    const QRegularExpression value(u"^\\* STATUS .*\\(.*\\b%1 (\\d+)"_s.arg(item),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = value.match(QString::fromLatin1(*out));
    if (!match.hasMatch()) {
        *error = d->failure(CURLE_WEIRD_SERVER_REPLY);
        return std::nullopt;
    }
    return match.captured(1).toLongLong();
}

std::optional<QList<qint64>> ImapClient::search(const QString &folder, const QString &criteria,
                                                QString *error)
{
    const std::optional<QByteArray> out = d->command(folder, u"UID SEARCH "_s + criteria, error);
    if (!out)
        return std::nullopt;
    static const QRegularExpression found(u"^\\* SEARCH((?: \\d+)*)\\s*$"_s,
                                          QRegularExpression::MultilineOption);
    QList<qint64> uids;
    for (QRegularExpressionMatchIterator it = found.globalMatch(QString::fromLatin1(*out));
         it.hasNext();) {
        for (const QString &uid : it.next().captured(1).split(u' ', Qt::SkipEmptyParts))
            uids << uid.toLongLong();
    }
    return uids;
}

std::optional<QList<ImapClient::Listed>> ImapClient::list(const QString &folder, QString *error,
                                                          Detail detail)
{
    std::optional<qint64> total = count(folder, error);
    if (!total)
        return std::nullopt;
    QList<Listed> listed;
    QSet<qint64> seen;
    // libcurl's limit on an answer's lines is not one of bytes or lines (it also counts what
    // it holds of them as they arrive), so how many messages an answer may hold is found out: a
    // range that was too much is halved, and what failed is not tried again.
    qint64 ceiling = d->chunk > 0 ? d->chunk : (detail == Detail::Headers ? 100 : 250);
    qint64 chunk = ceiling;
    qint64 settled = 0; // the ceiling before a run of refused answers
    for (qint64 first = 1; first <= *total;) {
        const qint64 last = std::min(*total, first + chunk - 1);
        const std::optional<QByteArray> lines = d->fetchRange(folder, first, last, detail, error);
        if (!lines && d->lastCode == CURLE_RECV_ERROR && chunk > 1 && !d->deadline.hasExpired()) {
            settled = settled > 0 ? settled : ceiling;
            ceiling = std::max<qint64>(1, (last - first + 1) * 3 / 4);
            chunk = std::max<qint64>(1, chunk / 2);
            continue;
        }
        if (!lines && d->lastCode == CURLE_QUOTE_ERROR) {
            // Messages taken by another desk meanwhile: the range is past the folder's end.
            QString why;
            const std::optional<qint64> now = count(folder, &why);
            if (now && *now < *total) {
                total = now;
                continue;
            }
        }
        std::optional<QList<Listed>> read;
        if (lines) {
            read = fetchedIn(*lines);
        } else if (detail == Detail::Headers && first == last) {
            // One message whose header alone is too large for an answer: listed by size, its
            // header read as a message part is, within maxMessageSize. Not the ranges were too
            // large, so they take up their size again after it.
            read = readOne(folder, first, error);
            ceiling = std::max(ceiling, settled);
        }
        if (!read)
            return std::nullopt;
        for (const Listed &one : std::as_const(*read)) {
            if (!seen.contains(one.uid)) {
                seen.insert(one.uid);
                listed << one;
            }
        }
        settled = 0;
        first = last + 1;
        chunk = std::min<qint64>(ceiling, chunk * 2);
    }
    return listed;
}

std::optional<QList<ImapClient::Listed>> ImapClient::readOne(const QString &folder, qint64 at,
                                                             QString *error)
{
    const std::optional<QByteArray> lines = d->fetchRange(folder, at, at, Detail::Sizes, error);
    if (!lines)
        return std::nullopt;
    QList<Listed> one = fetchedIn(*lines);
    for (Listed &l : one) {
        const std::optional<QByteArray> read = header(folder, l.uid, error);
        if (!read)
            return std::nullopt;
        l.header = *read;
    }
    return one;
}

std::optional<QByteArray> ImapClient::header(const QString &folder, qint64 uid, QString *error)
{
    d->prepare(d->url(folder, u"/;UID=%1/;SECTION=HEADER"_s.arg(uid)));
    if (!d->perform(error))
        return std::nullopt;
    return d->body.bytes;
}

std::optional<QByteArray> ImapClient::message(const QString &folder, qint64 uid, QString *error)
{
    d->prepare(d->url(folder, u"/;UID=%1"_s.arg(uid)));
    if (d->perform(error))
        return d->body.bytes;
    if (d->lastCode == CURLE_REMOTE_FILE_NOT_FOUND)
        return QByteArray(); // not (or no longer) in the folder
    return std::nullopt;
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
        const std::optional<QList<qint64>> found = search(folder, u"UID %1"_s.arg(uid), &unknown);
        return found && !found->contains(uid) ? Move::Gone : Move::Failed;
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
    d->prepare(d->url(folder));
    net::Upload upload { &message, 0 };
    curl_easy_setopt(d->curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(d->curl, CURLOPT_READFUNCTION, net::supply);
    curl_easy_setopt(d->curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    return d->perform(error);
}

} // namespace pd
