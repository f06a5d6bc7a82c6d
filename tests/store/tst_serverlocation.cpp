// ServerLocation: the two URI forms libpq knows, what a location may not hold (a
// password, a user, options Privacydesk does not use), and where a password may go: a unix
// socket, this machine, or TLS that verifies the server's name against a readable CA file.

#include "store/ServerLocation.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestServerLocation final : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeServer();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void wherePasswordsMayGo();
};

void TestServerLocation::looksLikeServer()
{
    QVERIFY(ServerLocation::looksLikeServer(u"postgresql://db.corporatie.nl/privacydesk"_s));
    QVERIFY(ServerLocation::looksLikeServer(u"  POSTGRES:///pd?host=/run/postgresql"_s));
    QVERIFY(!ServerLocation::looksLikeServer(u"/home/fg/Privacydesk"_s));
    QVERIFY(!ServerLocation::looksLikeServer(u"postgresql"_s));
}

void TestServerLocation::parses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::newRow("host, port, TLS")
        << u"postgresql://db.corporatie.nl:6543/privacydesk?sslmode=verify-full&sslrootcert=/etc/"
           "pd/ca.crt"_s
        << u"db.corporatie.nl"_s << 6543 << u"privacydesk"_s
        << u"sslmode=verify-full;sslrootcert=/etc/pd/ca.crt"_s;
    QTest::newRow("default port") << u"postgresql://localhost/pd"_s << u"localhost"_s << 5432
                                  << u"pd"_s << QString();
    QTest::newRow("socket") << u"postgresql:///pd?host=/tmp/pg%20sock&port=20001"_s
                            << u"/tmp/pg sock"_s << 20001 << u"pd"_s << QString();
    QTest::newRow("IPv6") << u"postgres://[::1]:5433/pd"_s << u"::1"_s << 5433 << u"pd"_s
                          << QString();
}

void TestServerLocation::parses()
{
    QFETCH(QString, uri);
    QString error;
    const std::optional<ServerLocation> location = ServerLocation::parse(uri, &error);
    QVERIFY2(location, qPrintable(error));
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->database, "database");
    QTEST(location->connectOptions(), "options");
    // Written out and read again: the same location.
    const std::optional<ServerLocation> again = ServerLocation::parse(location->toString(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->host, location->host);
    QCOMPARE(again->port, location->port);
    QCOMPARE(again->database, location->database);
    QCOMPARE(again->connectOptions(), location->connectOptions());
}

void TestServerLocation::refuses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");
    QTest::newRow("password") << u"postgresql://fg:geheim@db/pd"_s << u"password"_s;
    QTest::newRow("password option") << u"postgresql://db/pd?password=geheim"_s << u"password"_s;
    QTest::newRow("user") << u"postgresql://fg@db/pd"_s << u"--user"_s;
    QTest::newRow("no database") << u"postgresql://db"_s << u"database"_s;
    QTest::newRow("no host") << u"postgresql:///pd"_s << u"server"_s;
    QTest::newRow("port") << u"postgresql:///pd?host=/run/postgresql&port=zes"_s << u"port"_s;
    QTest::newRow("port range") << u"postgresql:///pd?host=/run/postgresql&port=70000"_s
                                << u"65535"_s;
    QTest::newRow("unknown option")
        << u"postgresql://db/pd?application_name=x"_s << u"application_name"_s;
    QTest::newRow("sslmode") << u"postgresql://db/pd?sslmode=strict"_s << u"verify-full"_s;
    QTest::newRow("folder") << u"/home/fg/Privacydesk"_s << u"not a server location"_s;
}

void TestServerLocation::refuses()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ServerLocation::parse(uri, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(!error.contains(u"geheim"_s), "the password is repeated in the message");
}

void TestServerLocation::wherePasswordsMayGo()
{
    QTemporaryFile ca;
    QVERIFY(ca.open());
    const auto refusal = [](const QString &uri) {
        QString error;
        const std::optional<ServerLocation> location = ServerLocation::parse(uri, &error);
        return location ? location->refusal() : u"unparsed: "_s + error;
    };
    QCOMPARE(refusal(u"postgresql:///pd?host=/run/postgresql"_s), QString());
    QCOMPARE(refusal(u"postgresql://localhost/pd"_s), QString());
    QCOMPARE(refusal(u"postgresql://127.0.0.1:5433/pd"_s), QString());
    QCOMPARE(refusal(u"postgresql://db.corporatie.nl/pd?sslmode=verify-full&sslrootcert="_s
                     + ca.fileName()),
             QString());
    QVERIFY(refusal(u"postgresql://db.corporatie.nl/pd"_s).contains(u"verify-full"_s));
    QVERIFY(
        refusal(u"postgresql://db.corporatie.nl/pd?sslmode=require"_s).contains(u"verify-full"_s));
    QVERIFY(refusal(u"postgresql://db.corporatie.nl/pd?sslmode=verify-ca&sslrootcert="_s
                    + ca.fileName())
                .contains(u"verify-full"_s));
    QVERIFY(refusal(u"postgresql://db.corporatie.nl/pd?sslmode=verify-full"_s)
                .contains(u"sslrootcert"_s));
    QVERIFY(refusal(u"postgresql://db.corporatie.nl/pd?sslmode=verify-full&sslrootcert=/nergens/"
                    "ca.crt"_s)
                .contains(u"/nergens/ca.crt"_s));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
