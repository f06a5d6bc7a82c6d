#include "vera/VeraClient.h"

#include "domain/BsnGuard.h"
#include "net/Curl.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

constexpr codes::Entry<VeraStatus> statusTable[] = {
    { VeraStatus::Ok, "ok", QT_TRANSLATE_NOOP("pd::VeraClient", "searched") },
    { VeraStatus::NotSupported, "niet-ondersteund",
      QT_TRANSLATE_NOOP("pd::VeraClient", "not supported") },
    { VeraStatus::Refused, "geweigerd", QT_TRANSLATE_NOOP("pd::VeraClient", "refused") },
    { VeraStatus::Failed, "fout", QT_TRANSLATE_NOOP("pd::VeraClient", "error") },
    { VeraStatus::Unreachable, "onbereikbaar", QT_TRANSLATE_NOOP("pd::VeraClient", "unreachable") },
};

// The headers of one answer: a system that sends more is refused as it would be for its body.
constexpr qsizetype headerLimit = 64 * 1024;
// A system's own words in an error are shown, never more of them than fit a line or two.
constexpr qsizetype systemWordsLimit = 300;

struct HeaderList
{
    curl_slist *list = nullptr;
    ~HeaderList() { curl_slist_free_all(list); }
    void add(const QByteArray &line) { list = curl_slist_append(list, line.constData()); }
};

// A system's words, kept and shown: never with a BSN in them.
QString masked(QString text)
{
    const QList<BsnFinding> findings = findBsnNumbers(text);
    for (auto it = findings.crbegin(); it != findings.crend(); ++it)
        text.replace(it->position, it->length, it->masked);
    return text;
}

// The error VERA's answers carry (Foutbericht: code, omschrijving), as the system wrote it.
QString systemWords(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    QString words = masked(error.value(u"omschrijving"_s).toString().simplified());
    if (words.isEmpty())
        return {};
    if (words.size() > systemWordsLimit)
        words = words.left(systemWordsLimit) + u'…';
    const QString code = masked(error.value(u"code"_s).toString().simplified().left(40));
    return code.isEmpty() ? words : u"%1 (%2)"_s.arg(words, code);
}

} // namespace

template<> const codes::Vocabulary<VeraStatus> &codes::vocabulary<VeraStatus>()
{
    static constexpr codes::Vocabulary<VeraStatus> v { statusTable, "pd::VeraClient" };
    return v;
}

QByteArray VeraClient::Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

struct VeraClient::Private
{
    VeraSystem system;
    QDeadlineTimer deadline;
    CURL *curl = nullptr;
    QByteArray token; // the access token, client credentials only
    const std::atomic<bool> *cancel = nullptr;

    ~Private()
    {
        if (curl)
            curl_easy_cleanup(curl);
        system.secret.fill('\0');
        token.fill('\0');
    }

    QString where(const QString &url) const
    {
        const QUrl u(url);
        return u"%1 (%2)"_s.arg(system.name,
                                u.host() + (u.port() > 0 ? u":%1"_s.arg(u.port()) : QString()));
    }

    // One request: GET; POST with form (the token request); or PATCH with form as its JSON
    // body (patch true). Nothing but the answer and what went wrong: the status is read by
    // classify().
    Answer perform(const QString &url, const QByteArray &form, const QList<QByteArray> &lines,
                   bool basicAuth, bool patch = false)
    {
        Answer answer;
        if (cancel && cancel->load())
            return cancelled(answer);
        if (deadline.hasExpired()) {
            answer.status = VeraStatus::Unreachable;
            answer.error = unreachable(url, tr("no time left"));
            return answer;
        }
        curl_easy_reset(curl);
        net::Sink body { maxAnswerSize };
        body.cancel = cancel;
        net::Sink head { headerLimit };
        const QByteArray target = url.toUtf8();
        curl_easy_setopt(curl, CURLOPT_URL, target.constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                         long(std::clamp<qint64>(deadline.remainingTime(), 1, 10000)));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS,
                         long(std::max<qint64>(1, deadline.remainingTime())));
        net::verifyTls(curl, system.caPem);
        HeaderList headers;
        headers.add("Accept: application/json");
        for (const QByteArray &line : lines)
            headers.add(line);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
        const QByteArray id = QUrl::toPercentEncoding(system.clientId);
        QByteArray secret = QUrl::toPercentEncoding(QString::fromUtf8(system.secret));
        if (basicAuth) {
            curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
            curl_easy_setopt(curl, CURLOPT_USERNAME, id.constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
        }
        if (!form.isNull()) {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form.constData());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(form.size()));
        }
        if (patch)
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PATCH");
        net::collectAnswer(curl, &body, &head);
        const CURLcode code = curl_easy_perform(curl);
        secret.fill('\0');
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        answer.httpStatus = int(status);
        answer.body = body.bytes;
        for (const QByteArray &line : head.bytes.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                answer.headers.append(
                    { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
        }
        // Cancelled while the answer was awaited: nothing of it is used.
        if (body.cancelled) {
            answer.body.clear();
            return cancelled(answer);
        }
        if (body.tooLarge || head.tooLarge) {
            answer.status = VeraStatus::Failed;
            //: Dutch: "Het systeem %1 stuurt een antwoord van meer dan %2 MB: Privacydesk
            //: neemt het niet aan."
            answer.error = tr("The system %1 sends an answer of more than %2 MB: Privacydesk does "
                              "not accept it.")
                               .arg(where(url))
                               .arg(maxAnswerSize / (1024 * 1024));
            answer.body.clear();
            return answer;
        }
        if (code != CURLE_OK)
            return failed(url, code, answer);
        return classify(url, answer);
    }

    static Answer cancelled(Answer answer)
    {
        answer.status = VeraStatus::Failed;
        //: Dutch: "afgebroken"
        answer.error = tr("cancelled");
        return answer;
    }

    QString unreachable(const QString &url, const QString &detail) const
    {
        //: Dutch: "Het systeem %1 is niet bereikbaar (%2). Probeer het later opnieuw."
        return tr("The system %1 cannot be reached (%2). Try again later.").arg(where(url), detail);
    }

    Answer failed(const QString &url, CURLcode code, Answer answer) const
    {
        const QString detail = net::failureReason(code);
        answer.body.clear();
        switch (net::failureOf(code)) {
        case net::Failure::Certificate:
            answer.status = VeraStatus::Failed;
            //: Dutch: "Het systeem %1 toont geen certificaat dat te vertrouwen is (%2): de
            //: verbinding is geweigerd en er is niets verstuurd."
            answer.error = tr("The system %1 does not show a certificate that can be trusted "
                              "(%2): the connection was refused and nothing was sent.")
                               .arg(where(url), detail);
            break;
        case net::Failure::Unreachable:
            answer.status = VeraStatus::Unreachable;
            answer.error = unreachable(url, detail);
            break;
        case net::Failure::Other:
            answer.status = VeraStatus::Failed;
            //: Dutch: "Het systeem %1 gaf een fout: %2"
            answer.error = tr("The system %1 gave an error: %2").arg(where(url), detail);
            break;
        }
        return answer;
    }

    Answer classify(const QString &url, Answer answer) const
    {
        const int status = answer.httpStatus;
        if (status >= 200 && status < 300) {
            answer.status = VeraStatus::Ok;
            return answer;
        }
        const QString words = systemWords(answer.body);
        const QString said
            = words.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1: %2"_s.arg(status).arg(words);
        answer.body.clear();
        if (status == 401 || status == 403) {
            answer.status = VeraStatus::Refused;
            //: Dutch: "Het systeem %1 weigert Privacydesk (%2): controleer de sleutel of het
            //: secret, en de rechten (scopes) die de leverancier heeft toegekend."
            answer.error = tr("The system %1 refuses Privacydesk (%2): check the key or the "
                              "secret, and the rights (scopes) the vendor granted.")
                               .arg(where(url), said);
        } else if (status == 404 || status == 405 || status == 501) {
            answer.status = VeraStatus::NotSupported;
            //: Dutch: "Het systeem %1 biedt dit niet aan (%2)."
            answer.error = tr("The system %1 does not offer this (%2).").arg(where(url), said);
        } else if (status >= 300 && status < 400) {
            answer.status = VeraStatus::Failed;
            //: Dutch: "Het systeem %1 stuurt door naar %2: Privacydesk volgt dat niet. Vraag
            //: de leverancier het juiste adres en stel dat in."
            answer.error
                = tr("The system %1 redirects to %2: Privacydesk does not follow that. "
                     "Ask the vendor for the right address and set that.")
                      .arg(where(url), QString::fromUtf8(answer.header("location").left(200)));
        } else {
            answer.status = VeraStatus::Failed;
            answer.error = tr("The system %1 gave an error: %2").arg(where(url), said);
        }
        return answer;
    }

    QString resolved(const QString &path) const
    {
        QString base = system.baseUrl;
        if (base.endsWith(u'/'))
            base.chop(1);
        return base + u'/' + (path.startsWith(u'/') ? path.mid(1) : path);
    }

    bool requestToken(Answer *failedAnswer)
    {
        Answer answer = perform(system.tokenUrl, "grant_type=client_credentials",
                                { "Content-Type: application/x-www-form-urlencoded" }, true);
        if (answer.status == VeraStatus::Ok) {
            const QJsonObject granted = QJsonDocument::fromJson(answer.body).object();
            const QByteArray accessToken = granted.value(u"access_token"_s).toString().toUtf8();
            const bool bearer = granted.value(u"token_type"_s)
                                    .toString()
                                    .compare(u"bearer"_s, Qt::CaseInsensitive)
                == 0;
            answer.body.fill('\0');
            if (bearer && !accessToken.isEmpty() && !accessToken.contains('\n')
                && !accessToken.contains('\r') && accessToken.size() <= 8192) {
                token = accessToken;
                return true;
            }
            answer.status = VeraStatus::Failed;
            //: Dutch: "De tokenserver van %1 gaf geen bruikbaar toegangstoken (geen Bearer-
            //: token in het antwoord)."
            answer.error = tr("The token server of %1 gave no usable access token (no Bearer "
                              "token in its answer).")
                               .arg(where(system.tokenUrl));
        } else if (answer.httpStatus == 400 || answer.httpStatus == 401) {
            // RFC 6749 5.2: invalid_client answers 401, or 400 when the client did not use
            // HTTP authentication; both mean the id or secret is wrong.
            answer.status = VeraStatus::Refused;
            //: Dutch: "De tokenserver van %1 weigert de client-id of het client secret (HTTP
            //: %2)."
            answer.error = tr("The token server of %1 refuses the client id or the client secret "
                              "(HTTP %2).")
                               .arg(where(system.tokenUrl))
                               .arg(answer.httpStatus);
        }
        *failedAnswer = answer;
        return false;
    }

    // patch: a PATCH with that JSON body; null: a GET.
    Answer request(const QString &url, QList<QByteArray> lines = {}, const QByteArray &patch = {})
    {
        if (!patch.isNull())
            lines << "Content-Type: application/json";
        if (system.auth == VeraSystem::Auth::ApiKey)
            return perform(url, patch, QList<QByteArray> { "X-API-KEY: " + system.secret } + lines,
                           false, !patch.isNull());
        Answer refused;
        const bool fresh = token.isEmpty();
        if (fresh && !requestToken(&refused))
            return refused;
        Answer answer
            = perform(url, patch, QList<QByteArray> { "Authorization: Bearer " + token } + lines,
                      false, !patch.isNull());
        // A token may expire between two requests: ask for a new one once.
        if (!fresh && answer.httpStatus == 401) {
            token.fill('\0');
            token.clear();
            if (!requestToken(&refused))
                return refused;
            answer = perform(url, patch,
                             QList<QByteArray> { "Authorization: Bearer " + token } + lines, false,
                             !patch.isNull());
        }
        return answer;
    }

    // Whether uri lies below the system's base URL; if not, *refused says why.
    bool own(const QString &uri, QUrl *url, Answer *refused) const
    {
        // "/relaties/../beheer" is not below "/relaties/".
        *url = QUrl(uri, QUrl::StrictMode).adjusted(QUrl::NormalizePathSegments);
        const QUrl base(resolved(QString()));
        if (url->isValid() && url->scheme() == base.scheme() && url->host() == base.host()
            && url->port() == base.port() && url->path().startsWith(base.path()))
            return true;
        refused->status = VeraStatus::Failed;
        //: Dutch: "De link %1 wijst niet naar het systeem %2: Privacydesk volgt hem niet."
        refused->error = tr("The link %1 does not point into the system %2: Privacydesk does not "
                            "follow it.")
                             .arg(uri.left(200), system.name);
        return false;
    }
};

VeraClient::VeraClient(VeraSystem system, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    net::globalInit();
    d->system = std::move(system);
    d->deadline = QDeadlineTimer(qint64(timeoutSeconds) * 1000);
    d->curl = curl_easy_init();
}

VeraClient::~VeraClient() = default;

VeraClient::Answer VeraClient::ping()
{
    return d->request(d->resolved(u"ping"_s));
}

VeraClient::Answer VeraClient::get(const QString &path, const QUrlQuery &query, int pageSize)
{
    QUrl url(d->resolved(path));
    url.setQuery(query);
    QList<QByteArray> lines;
    // VERA asks the page size in a header of the request, not in its query.
    if (pageSize > 0)
        lines << "X-Parameters-AantalPerPagina: " + QByteArray::number(pageSize);
    return d->request(url.toString(QUrl::FullyEncoded), lines);
}

void VeraClient::setCancel(const std::atomic<bool> *cancel)
{
    d->cancel = cancel;
}

QString VeraClient::urlOf(const QString &path) const
{
    return d->resolved(path);
}

VeraClient::Answer VeraClient::getUri(const QString &uri)
{
    QUrl url;
    Answer refused;
    if (!d->own(uri, &url, &refused))
        return refused;
    return d->request(url.toString(QUrl::FullyEncoded));
}

VeraClient::Answer VeraClient::patchUri(const QString &uri, const QByteArray &json)
{
    QUrl url;
    Answer refused;
    if (!d->own(uri, &url, &refused))
        return refused;
    return d->request(url.toString(QUrl::FullyEncoded), {}, json.isNull() ? QByteArray("") : json);
}

bool VeraClient::signIn(Answer *failed)
{
    if (d->system.auth == VeraSystem::Auth::ApiKey || !d->token.isEmpty())
        return true;
    return d->requestToken(failed);
}

} // namespace pd
