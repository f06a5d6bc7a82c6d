// A fictitious corporation's VERA systems for the tests: a test-only program (Qt HttpServer, a
// technology preview under GPL-3 in Debian 12, never installed or shipped), on 127.0.0.1 over TLS
// with the test's own certificate. Each system is a folder below the root, named for how it
// behaves:
//   /<any>/ping          200 with the right X-API-KEY or a token this server gave, else 401
//   /niet/ping           501 (the vendor did not implement it)
//   /kapot/ping          500 with VERA's Foutbericht
//   /verwijs/ping        302 to another host
//   /groot/ping          an answer of 17 MB
//   /traag/<any>         200, its body after 5 seconds
//   /stuk/<any>          200 with JSON cut off halfway
//   /diep/<any>          200 with a list nested 100,000 deep
//   /druppel/<any>       200 with a list sent a byte every 200 ms (for 20 s)
//   /oauth/token         client credentials (HTTP Basic, RFC 6749 2.3.1): a bearer token
//   /oauth/once/token    a token that is good for one request only (then "expired")
//   /oauth/mac/token     a token that is not a bearer token
//   /<system>/<resource>[/<id>]  the system's data (DATA.json): a list searched by example
//                        (equal, in a list, or a link's id), paged by the cursor it gives (by
//                        page number only for the systems "paged_by_number" names), or one object
//                        (a relation by its id also among the natuurlijk-personen)
//   PATCH /<system>/<resource>/<id>  the object's fields replaced by the body's (merge); 403 for
//                        an object whose "<system>/<resource>/<id>" is a line of the folder's file
//                        refuse-writes (read at each request, so that a test can change it)
// In the data, {base} is this server's root and {bsn} the number in the folder's file bsn (one
// that passes the 11-test: the tests hold none as a literal); in a generated item's text, {n} is
// its number and {datum} a date three days after the previous item's; a line "<system> <url>" of
// the folder's file public puts url in place of {base}/<system> (a proxy in front of that system).
// Its folder holds server.pem, server.key, api-key, client-secret and bsn (first lines). It prints
// "port N" when it listens, then one line per request: the method, the path, the query, how it
// signed in (key, bearer, basic, none; never the secret) and the status given; and "reset" when a
// line "reset" on its standard input has put the data back as they were read.

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray clientId = "privacydesk-test";

// An answer that comes late or slowly: step more bytes of it every interval. Streamed by the
// responder, so that a client that gives up leaves the server as it was (a responder kept to
// write later would write to a connection that is gone).
class Drip final : public QIODevice
{
public:
    Drip(QByteArray bytes, int interval, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_ready = std::min<qint64>(m_ready + m_step, m_bytes.size());
            Q_EMIT readyRead();
        });
        m_timer.start(interval);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_sent >= m_bytes.size(); }
    qint64 bytesAvailable() const override
    {
        return m_ready - m_sent + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_ready - m_sent);
        std::memcpy(data, m_bytes.constData() + m_sent, size_t(n));
        m_sent += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_bytes;
    const qint64 m_step;
    qint64 m_ready = 0;
    qint64 m_sent = 0;
    QTimer m_timer;
};

QByteArray firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine().trimmed();
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Fixture
{
public:
    Fixture(QString folder, QByteArray apiKey, QByteArray clientSecret)
        : m_folder(std::move(folder))
        , m_apiKey(std::move(apiKey))
        , m_clientSecret(std::move(clientSecret))
    { }

    // The data of the systems, read once the port (and so the URIs) is known.
    bool load(const QString &path, quint16 port, const QByteArray &bsn, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + path;
            return false;
        }
        QByteArray text = file.readAll();
        QFile proxies(m_folder + u"/public"_s);
        if (proxies.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : proxies.readAll().split('\n')) {
                const QList<QByteArray> systemAndUrl = line.split(' ');
                if (systemAndUrl.size() == 2)
                    text.replace(QByteArray("{base}/" + systemAndUrl.at(0) + '/'),
                                 QByteArray(systemAndUrl.at(1) + '/'));
            }
        }
        text.replace("{base}", QByteArray("https://127.0.0.1:" + QByteArray::number(port)));
        text.replace("{bsn}", bsn);
        const QJsonObject data = QJsonDocument::fromJson(text).object();
        m_systems = data.value(u"systems"_s).toObject();
        m_pagedByNumber = data.value(u"paged_by_number"_s).toArray();
        for (const QJsonValue &g : data.value(u"generate"_s).toArray()) {
            const QJsonObject made = g.toObject();
            QJsonObject system = m_systems.value(made[u"system"_s].toString()).toObject();
            QJsonArray list = system.value(made[u"resource"_s].toString()).toArray();
            for (int i = 1; i <= made[u"count"_s].toInt(); ++i) {
                QJsonObject item = made[u"template"_s].toObject();
                for (auto field = item.begin(); field != item.end(); ++field) {
                    if (field->isString())
                        *field = field->toString()
                                     .replace(u"{n}"_s, QString::number(i))
                                     .replace(
                                         u"{datum}"_s,
                                         QDate(2023, 1, 2).addDays(3LL * i).toString(Qt::ISODate));
                }
                item.insert(u"id"_s, QString(made[u"prefix"_s].toString() + QString::number(i)));
                list.append(item);
            }
            system.insert(made[u"resource"_s].toString(), list);
            m_systems.insert(made[u"system"_s].toString(), system);
        }
        return !m_systems.isEmpty() || (*error = u"no systems in "_s + path, false);
    }

    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        using Status = QHttpServerResponder::StatusCode;
        const QString path = request.url().path();
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        const QByteArray how = signedIn(request);
        auto log = [&](int status) {
            say(methodOf(request) + ' ' + path.toUtf8() + " ?"
                + request.url().query(QUrl::FullyEncoded).toUtf8() + ' ' + how + ' '
                + QByteArray::number(status));
        };
        if (parts.size() == 2 && parts.at(0) == u"oauth"_s && parts.at(1) == u"token"_s)
            return token(request, std::move(responder), {}, log);
        if (parts.size() == 3 && parts.at(0) == u"oauth"_s && parts.at(2) == u"token"_s)
            return token(request, std::move(responder), parts.at(1), log);
        if (parts.size() < 2) {
            log(404);
            return fault(responder, Status::NotFound, u"404"_s, u"Niet gevonden"_s);
        }
        const QString system = parts.at(0);
        if (system == u"niet"_s) {
            log(501);
            return fault(responder, Status::NotImplemented, u"501"_s, u"Niet geïmplementeerd"_s);
        }
        if (system == u"kapot"_s) {
            log(500);
            return fault(responder, Status::InternalServerError, u"E42"_s,
                         u"Database niet beschikbaar"_s);
        }
        if (system == u"verwijs"_s) {
            log(302);
            return responder.write({ { "Location", "https://elders.example/ping" } },
                                   Status::Found);
        }
        if (how != "key" && how != "bearer") {
            log(401);
            return responder.write(Status::Unauthorized);
        }
        if (system == u"groot"_s) {
            log(200);
            return responder.write(QByteArray(17 * 1024 * 1024, 'x'), "application/json");
        }
        if (system == u"traag"_s) {
            log(200);
            return responder.write(new Drip("[]", 5000, 2), "application/json");
        }
        if (parts.size() == 2 && parts.at(1) == u"ping"_s) {
            log(200);
            return responder.write(Status::Ok);
        }
        if (system == u"stuk"_s) {
            log(200);
            return responder.write(QByteArray(R"([{"id": "1", "omschrijving": "Huurachter)"),
                                   "application/json");
        }
        if (system == u"diep"_s) {
            log(200);
            return responder.write(QByteArray(100000, '[') + QByteArray(100000, ']'),
                                   "application/json");
        }
        if (system == u"druppel"_s) {
            log(200);
            return responder.write(
                new Drip(QByteArray("[") + QByteArray(98, ' ') + QByteArray("]"), 200, 1),
                "application/json");
        }
        const int status = data(request, parts, std::move(responder));
        log(status);
    }

private:
    // Whether object matches every search parameter: equal, or a link's id, itself or in a list.
    static bool matches(const QJsonObject &object, const QUrlQuery &query)
    {
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            const QString &key = item.first;
            const QString &wanted = item.second;
            if (key == u"pagina"_s || key == u"cursor"_s)
                continue;
            const QJsonValue value = object.value(key);
            // A link by its resource and id: behind a proxy (Prism) the relation the client
            // gives has the proxy's address, not this server's.
            const auto tail = [](const QString &uri) {
                return uri.section(u'/', -2);
            };
            const auto is = [&wanted, &tail](const QJsonValue &v) {
                return v.toString() == wanted
                    || (wanted.contains(u"://"_s) && tail(v.toString()) == tail(wanted))
                    || (v.isObject() && v.toObject().value(u"id"_s).toString() == wanted);
            };
            const QJsonArray list = value.toArray();
            const bool hit = is(value) || std::any_of(list.begin(), list.end(), is);
            if (!hit)
                return false;
        }
        return true;
    }

    // A list (query by example, one page) or one object of a system's data; the status given.
    int data(const QHttpServerRequest &request, const QStringList &parts,
             QHttpServerResponder &&responder)
    {
        using Status = QHttpServerResponder::StatusCode;
        const QJsonObject system = m_systems.value(parts.at(0)).toObject();
        if (!system.contains(parts.at(1)) || parts.size() > 3) {
            fault(responder, Status::NotFound, u"404"_s, u"Deze resource wordt niet ondersteund"_s);
            return 404;
        }
        const QJsonArray all = system.value(parts.at(1)).toArray();
        if (parts.size() == 3)
            return one(request, parts, std::move(responder));
        const QUrlQuery query(request.url());
        QJsonArray hits;
        for (const QJsonValue &v : all) {
            if (matches(v.toObject(), query))
                hits.append(v);
        }
        const int size = std::clamp(request.value("x-parameters-aantalperpagina").toInt(), 0, 100);
        const int perPage = size > 0 ? size : 20;
        const bool byNumber = m_pagedByNumber.contains(QJsonValue(parts.at(0)));
        const int from = query.hasQueryItem(u"cursor"_s)
            ? query.queryItemValue(u"cursor"_s).toInt()
            : (std::max(1, query.queryItemValue(u"pagina"_s).toInt()) - 1) * perPage;
        QJsonArray page;
        for (int i = from; i < std::min<int>(from + perPage, int(hits.size())); ++i)
            page.append(hits.at(i));
        const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeHeader("X-Parameters-Aantal", QByteArray::number(hits.size()));
        responder.writeHeader("X-Parameters-AantalPerPagina", QByteArray::number(perPage));
        responder.writeHeader("X-Parameters-Pagina", QByteArray::number(from / perPage + 1));
        if (!byNumber && from + perPage < hits.size())
            responder.writeHeader("X-Parameters-Cursor", QByteArray::number(from + perPage));
        responder.writeBody(body);
        return 200;
    }

    // One object: read, or changed by a PATCH; the status given.
    int one(const QHttpServerRequest &request, const QStringList &parts,
            QHttpServerResponder &&responder)
    {
        using Status = QHttpServerResponder::StatusCode;
        QJsonObject system = m_systems.value(parts.at(0)).toObject();
        QStringList resources { parts.at(1) };
        if (parts.at(1) == u"relaties"_s)
            resources << u"natuurlijk-personen"_s;
        for (const QString &resource : resources) {
            QJsonArray all = system.value(resource).toArray();
            for (qsizetype i = 0; i < all.size(); ++i) {
                QJsonObject object = all.at(i).toObject();
                if (object[u"id"_s].toString() != parts.at(2))
                    continue;
                if (request.method() != QHttpServerRequest::Method::Patch) {
                    responder.write(QJsonDocument(object));
                    return 200;
                }
                if (refusesWrites(parts.join(u'/'))) {
                    fault(responder, Status::Forbidden, u"403"_s, u"Geen schrijfrechten"_s);
                    return 403;
                }
                const QJsonObject change = QJsonDocument::fromJson(request.body()).object();
                for (auto it = change.begin(); it != change.end(); ++it)
                    object.insert(it.key(), it.value());
                all.replace(i, object);
                system.insert(resource, all);
                m_systems.insert(parts.at(0), system);
                responder.write(Status::Ok);
                return 200;
            }
        }
        fault(responder, Status::NotFound, u"404"_s, u"Niet gevonden"_s);
        return 404;
    }

    bool refusesWrites(const QString &object) const
    {
        QFile file(m_folder + u"/refuse-writes"_s);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        return QString::fromUtf8(file.readAll()).split(u'\n').contains(object);
    }

    // VERA's error body (Foutbericht): a conforming system sends one with every error it
    // declares (404 and the default), which Prism checks.
    static void fault(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
                      const QString &code, const QString &words)
    {
        responder.write(
            QJsonDocument(QJsonObject { { u"code"_s, code }, { u"omschrijving"_s, words } }),
            status);
    }

    static QByteArray methodOf(const QHttpServerRequest &request)
    {
        switch (request.method()) {
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        default:
            return "GET";
        }
    }

    // How the request signed in, and whether that holds; a token good once is used up here.
    QByteArray signedIn(const QHttpServerRequest &request)
    {
        const QByteArray key = request.value("x-api-key");
        if (!key.isEmpty())
            return key == m_apiKey ? "key" : "bad-key";
        const QByteArray authorization = request.value("authorization");
        if (authorization.startsWith("Bearer ")) {
            const auto it = m_tokens.find(authorization.mid(7));
            if (it == m_tokens.end() || it->second == 0)
                return "bad-bearer";
            if (it->second > 0)
                --it->second;
            return "bearer";
        }
        if (authorization.startsWith("Basic "))
            return "basic";
        return "none";
    }

    template<typename Log>
    void token(const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const QString &kind, Log log)
    {
        using Status = QHttpServerResponder::StatusCode;
        const QByteArray basic = QByteArray::fromBase64(request.value("authorization").mid(6));
        const QByteArray expected = clientId + ':' + m_clientSecret;
        const QUrlQuery form(QString::fromUtf8(request.body()));
        if (request.method() != QHttpServerRequest::Method::Post
            || form.queryItemValue(u"grant_type"_s) != u"client_credentials"_s) {
            log(400);
            return responder.write(
                QJsonDocument(QJsonObject { { u"error"_s, u"unsupported_grant_type"_s } }),
                Status::BadRequest);
        }
        if (basic != expected) {
            log(401);
            return responder.write(
                QJsonDocument(QJsonObject { { u"error"_s, u"invalid_client"_s } }),
                Status::Unauthorized);
        }
        const QByteArray issued = "fixture-token-" + QByteArray::number(++m_issued);
        m_tokens[issued] = kind == u"once"_s ? 1 : -1;
        log(200);
        responder.write(QJsonDocument(
            QJsonObject { { u"access_token"_s, QString::fromLatin1(issued) },
                          { u"token_type"_s, kind == u"mac"_s ? u"mac"_s : u"Bearer"_s },
                          { u"expires_in"_s, 3600 } }));
    }

    QString m_folder;
    QByteArray m_apiKey;
    QByteArray m_clientSecret;
    std::map<QByteArray, int> m_tokens; // the uses left; -1: no end
    QJsonObject m_systems; // system → resource → objects
    QJsonArray m_pagedByNumber; // the systems that give no cursor
    int m_issued = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: privacydesk-vera-fixture FOLDER DATA.json\n", stderr);
        return 2;
    }
    const QString folder = args.at(1);
    QFile certificateFile(folder + u"/server.pem"_s);
    QFile keyFile(folder + u"/server.key"_s);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        std::fputs("no server.pem or server.key\n", stderr);
        return 1;
    }
    Fixture fixture(folder, firstLine(folder + u"/api-key"_s),
                    firstLine(folder + u"/client-secret"_s));
    QHttpServer server;
    server.sslSetup(QSslCertificate(certificateFile.readAll()),
                    QSslKey(keyFile.readAll(), QSsl::Rsa));
    server.setMissingHandler(
        [&fixture](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            fixture.answer(request, std::move(responder));
        });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fputs("cannot listen\n", stderr);
        return 1;
    }
    QString error;
    const QByteArray bsn = firstLine(folder + u"/bsn"_s);
    if (!fixture.load(args.at(2), port, bsn, &error)) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    say("port " + QByteArray::number(port));
    // A line "reset" on standard input puts the data back as it was read, so that a test whose
    // marks change the data need not start the systems (and their proxies) again.
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[64] {};
        if (!std::fgets(line, sizeof line, stdin)) {
            input.setEnabled(false);
            return;
        }
        if (std::strcmp(line, "reset\n") == 0 && fixture.load(args.at(2), port, bsn, &error))
            say("reset");
    });
    return app.exec();
}
