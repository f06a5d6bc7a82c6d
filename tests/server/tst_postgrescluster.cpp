// The private PostgreSQL cluster the server-backend tests will run against (issue 21): it
// starts from nothing in a temporary folder (as the user nobody when the tests run as root),
// Qt's QPSQL driver reaches it over its unix socket, a login role with a SCRAM-SHA-256 password
// can be made and logs in with it (not with another), and nothing listens on TCP.

#include "PostgresCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::test;

class TestPostgresCluster final : public QObject
{
    Q_OBJECT

private slots:
    void startsAndAnswersOverItsSocket();
};

void TestPostgresCluster::startsAndAnswersOverItsSocket()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "Qt's QPSQL driver is missing (libqt6sql6-psql: packaging/install-deps.sh)");
    PostgresCluster cluster;
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QVERIFY(cluster.isRunning());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"cluster"_s);
        db.setHostName(cluster.socketDir());
        db.setPort(cluster.port());
        db.setUserName(PostgresCluster::superuser());
        db.setDatabaseName(u"postgres"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"SELECT current_setting('server_version_num')::int, "
                            "current_setting('listen_addresses')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() >= 150000, qPrintable(query.value(0).toString()));
        QCOMPARE(query.value(1).toString(), QString());
        QVERIFY2(query.exec(u"SET password_encryption = 'scram-sha-256'"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"CREATE ROLE \"j.devries\" LOGIN PASSWORD 'correct horse battery "
                            "staple'"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE "
                            "rolname = 'j.devries'"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cluster"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"login"_s);
        db.setHostName(cluster.socketDir());
        db.setPort(cluster.port());
        db.setUserName(u"j.devries"_s);
        db.setDatabaseName(u"postgres"_s);
        db.setPassword(u"wrong horse"_s);
        QVERIFY(!db.open()); // pg_hba.conf: every role but the superuser by its password
        db.setPassword(u"correct horse battery staple"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT current_user"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"j.devries"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"login"_s);
}

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
