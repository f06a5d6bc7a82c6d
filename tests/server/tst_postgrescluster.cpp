// The private PostgreSQL cluster the server-backend tests will run against: it
// starts from nothing in a temporary folder (as the user nobody when the tests run as root),
// Qt's QPSQL driver reaches it over its unix socket, a login role with a SCRAM-SHA-256 password
// can be made and logs in with it (not with another), and nothing listens on TCP. A cluster whose
// test was killed (kill -9, a ctest timeout) is stopped and removed by the next one started.

#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pd::test;

class TestPostgresCluster final : public QObject
{
    Q_OBJECT

private slots:
    void startsAndAnswersOverItsSocket();
    void abandonedClusterIsSwept();
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

void TestPostgresCluster::abandonedClusterIsSwept()
{
    PostgresCluster abandoned;
    QString error;
    QVERIFY2(abandoned.start(&error), qPrintable(error));
    const QString folder = QFileInfo(abandoned.socketDir()).absolutePath();
    QFile pidFile(folder + u"/data/postmaster.pid"_s);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const auto postmaster = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    pidFile.close();
    QVERIFY(postmaster > 0);
    QCOMPARE(::kill(postmaster, 0), 0);

    // Its owner dies as a test killed with -9 does: the cluster names a process that is gone.
    QProcess gone;
    gone.start(u"/bin/sh"_s, { u"-c"_s, u"echo $$"_s });
    QVERIFY(gone.waitForFinished());
    const QByteArray deadPid = gone.readAllStandardOutput().trimmed();
    QVERIFY(deadPid.toLongLong() > 0);
    QFile owner(folder + u"/owner.pid"_s);
    QVERIFY(owner.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(owner.write(deadPid + '\n') > 0);
    owner.close();

    // A live owner's cluster is left alone: this test's own, started after.
    PostgresCluster next;
    QVERIFY2(next.start(&error), qPrintable(error));
    // Swept: by this start, or by another test's cluster started at the same moment (ctest -j),
    // whose removal of the same folder may still be under way when this one's gave up on the
    // files the other removed first.
    QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(folder), qPrintable(folder), 30000);
    // Gone, or a zombie where nothing reaps orphans.
    QFile stat(u"/proc/%1/stat"_s.arg(postmaster));
    QVERIFY(!stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z "));
    const QString nextFolder = QFileInfo(next.socketDir()).absolutePath();
    PostgresCluster third;
    QVERIFY2(third.start(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(nextFolder));
}

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
