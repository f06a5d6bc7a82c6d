// ServerConnection against a private PostgreSQL cluster: a login role opens a
// connection by its password (SCRAM-SHA-256) over the unix socket and is recognisable by name
// and application; a wrong password or an unknown role is refused with a message that never
// holds the password, leaving no connection behind; a location a password may not go to is
// refused before anything is sent.

#include "PostgresCluster.h"
#include "crypto/SecureBytes.h"
#include "store/ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestServerConnection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAsTheLoginRole();
    void refusesAWrongPassword();
    void refusesAnInsecureLocationBeforeConnecting();

private:
    ServerLocation socketLocation() const
    {
        QString error;
        return *ServerLocation::parse(
            u"postgresql:///postgres?host=%1&port=%2"_s.arg(m_cluster.socketDir())
                .arg(m_cluster.port()),
            &error);
    }

    PostgresCluster m_cluster;
};

void TestServerConnection::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.execAsSuperuser(
                 { u"CREATE ROLE \"j.devries\" LOGIN PASSWORD 'correct horse battery staple'"_s },
                 &error),
             qPrintable(error));
}

void TestServerConnection::opensAsTheLoginRole()
{
    QString error;
    QVERIFY2(ServerConnection::open(socketLocation(), u"j.devries"_s,
                                    SecureBytes::fromUtf8(u"correct horse battery staple"),
                                    u"desk"_s, &error),
             qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(u"desk"_s);
        QVERIFY(db.isOpen());
        QVERIFY(db.password().isEmpty()); // cleared once open
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT current_user, application_name FROM pg_stat_activity WHERE "
                           "pid = pg_backend_pid()"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"j.devries"_s);
        QCOMPARE(query.value(1).toString(), u"Privacydesk"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"desk"_s);
}

void TestServerConnection::refusesAWrongPassword()
{
    QString error;
    QVERIFY(!ServerConnection::open(socketLocation(), u"j.devries"_s,
                                    SecureBytes::fromUtf8(u"wrong horse secret"), u"wrong"_s,
                                    &error));
    QVERIFY2(error.contains(u"j.devries"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong horse secret"_s), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(u"wrong"_s));

    QVERIFY(!ServerConnection::open(socketLocation(), u"m.onbekend"_s,
                                    SecureBytes::fromUtf8(u"whatever it is"), u"unknown"_s,
                                    &error));
    QVERIFY(!QSqlDatabase::contains(u"unknown"_s));
    QVERIFY(!ServerConnection::open(socketLocation(), u"  "_s,
                                    SecureBytes::fromUtf8(u"whatever it is"), u"nobody"_s, &error));
    QVERIFY(!QSqlDatabase::contains(u"nobody"_s));
}

void TestServerConnection::refusesAnInsecureLocationBeforeConnecting()
{
    QString error;
    const std::optional<ServerLocation> remote
        = ServerLocation::parse(u"postgresql://db.example.invalid/privacydesk"_s, &error);
    QVERIFY2(remote, qPrintable(error));
    QVERIFY(!ServerConnection::open(*remote, u"j.devries"_s,
                                    SecureBytes::fromUtf8(u"correct horse battery staple"),
                                    u"remote"_s, &error));
    QVERIFY2(error.contains(u"verify-full"_s), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(u"remote"_s));
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
