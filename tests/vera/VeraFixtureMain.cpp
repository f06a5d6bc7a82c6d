// A fictitious corporation's VERA systems for the tests: a test-only program (Qt HttpServer, a
// technology preview under GPL-3 in Debian 12, never installed or shipped), on 127.0.0.1 over TLS
// with the test's own certificate. Each system is a folder below the root, named for how it
// behaves:
//   /<any>/ping          200 with the right X-API-KEY or a token this server gave, else 401
//   /niet/ping           501 (the vendor did not implement it)
//   /kapot/ping          500 with VERA's Foutbericht
//   /verwijs/ping        302 to another host
//   /groot/ping          an answer of 17 MB
//   /traag/ping          200 after 5 seconds
//   /oauth/token         client credentials (HTTP Basic, RFC 6749 2.3.1): a bearer token
//   /oauth/once/token    a token that is good for one request only (then "expired")
//   /oauth/mac/token     a token that is not a bearer token
// Its folder holds server.pem, server.key, api-key and client-secret (first lines). It prints
// "port N" when it listens, then one line per request: the method, the path, the query, how it
// signed in (key, bearer, basic, none; never the secret) and the status given.

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray clientId = "privacydesk-test";

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
    Fixture(QByteArray apiKey, QByteArray clientSecret)
        : m_apiKey(std::move(apiKey))
        , m_clientSecret(std::move(clientSecret))
    { }

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
        if (parts.size() != 2 || parts.at(1) != u"ping"_s) {
            log(404);
            return responder.write(Status::NotFound);
        }
        const QString system = parts.at(0);
        if (system == u"niet"_s) {
            log(501);
            return responder.write(Status::NotImplemented);
        }
        if (system == u"kapot"_s) {
            log(500);
            return responder.write(QJsonDocument(QJsonObject {
                                       { u"code"_s, u"E42"_s },
                                       { u"omschrijving"_s, u"Database niet beschikbaar"_s } }),
                                   Status::InternalServerError);
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
            auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(5000,
                               [later] { later->write(QHttpServerResponder::StatusCode::Ok); });
            return;
        }
        log(200);
        responder.write(Status::Ok);
    }

private:
    static QByteArray methodOf(const QHttpServerRequest &request)
    {
        return request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
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

    QByteArray m_apiKey;
    QByteArray m_clientSecret;
    std::map<QByteArray, int> m_tokens; // the uses left; -1: no end
    int m_issued = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: privacydesk-vera-fixture FOLDER\n", stderr);
        return 2;
    }
    const QString folder = args.at(1);
    QFile certificateFile(folder + u"/server.pem"_s);
    QFile keyFile(folder + u"/server.key"_s);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        std::fputs("no server.pem or server.key\n", stderr);
        return 1;
    }
    Fixture fixture(firstLine(folder + u"/api-key"_s), firstLine(folder + u"/client-secret"_s));
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
    say("port " + QByteArray::number(port));
    return app.exec();
}
