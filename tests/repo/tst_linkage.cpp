// libsqlcipher and libsqlite3 export the same symbols: a process that loads both (for example
// through Qt's QSQLITE plugin) may run unencrypted SQLite code on our database. This test
// proves that neither program links libsqlite3, and that opening a store loads SQLCipher and
// no SQLite plugin.

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestLinkage final : public QObject
{
    Q_OBJECT

private slots:
    void programsDoNotLinkSqlite_data();
    void programsDoNotLinkSqlite();
    void openingAStoreLoadsOnlySqlcipher();
};

void TestLinkage::programsDoNotLinkSqlite_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("privacydesk") << QStringLiteral(GUI_PATH);
    QTest::newRow("privacydesk-cli") << QStringLiteral(CLI_PATH);
}

void TestLinkage::programsDoNotLinkSqlite()
{
    QFETCH(QString, program);
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { program });
    QVERIFY(ldd.waitForFinished());
    QCOMPARE(ldd.exitCode(), 0);
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QStringLiteral("libsqlcipher")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libsqlite3")), qPrintable(libraries));
}

void TestLinkage::openingAStoreLoadsOnlySqlcipher()
{
    QTemporaryDir tmp;
    auto store = test::createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    QVERIFY(store->database().isOpen());
    // Listing the drivers must not load any plugin library either.
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("PDSQLCIPHER")));

    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libsqlcipher"));
    QVERIFY(!mapped.contains("libsqlite3"));
    QVERIFY(!mapped.contains("libqsqlite"));
}

QTEST_GUILESS_MAIN(TestLinkage)
#include "tst_linkage.moc"
