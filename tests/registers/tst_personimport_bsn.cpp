// The BSN guard in the person import: a citizen service number anywhere in a row rejects that
// row (no override in imports), the reason shows only the masked number, and nothing of the
// row reaches the store or the audit trail. (This file may hold valid BSNs: its path says so.)

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "registers/PersonImport.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestPersonImportBsn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }
    void bsnAnywhereRejectsTheRow();
};

void TestPersonImportBsn::bsnAnywhereRejectsTheRow()
{
    QTemporaryDir tmp;
    auto store = createServiceStore(tmp.filePath(u"kluis"_s));
    QVERIFY(store);
    const QString path = tmp.filePath(u"bsn.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("klantnummer;naam;relatie;opmerking\n"
               "K1;Anna Bakker 123456782;huurder;\n" // in the name
               "K2;Bram Claes;huurder;bsn 1112.22.333\n" // dotted, in an unmapped column
               "111222333;Cor Dekker;huurder;\n" // a klantnummer that passes the 11-proef
               "K4;Dirk Eelens;huurder;belt 123456789 terug\n" // fails the BSN 11-proef: fine
               "K5;\"Eva\n123 456 782\";huurder;\n"); // spaced, after a quoted line break
    file.close();

    PersonImport importer(*store);
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected.size(), 4);
    const QList<qint64> expected { 2, 3, 4, 6 };
    for (int i = 0; i < 4; ++i) {
        const ImportRejection &r = result.rejected.at(i);
        QCOMPARE(r.line, expected.at(i));
        QVERIFY2(r.reason.contains(u"BSN"_s), qPrintable(r.reason));
        QVERIFY(!r.reason.contains(u"123456782"_s));
        QVERIFY(!r.reason.contains(u"1112.22.333"_s));
        QVERIFY(!r.reason.contains(u"111222333"_s));
    }
    QVERIFY(result.rejected.at(1).reason.contains(u"opmerking"_s));
    QVERIFY(result.rejected.at(0).reason.contains(u"*****6782"_s));

    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT klantnummer FROM persons"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"K4"_s);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events WHERE payload LIKE '%782%' "
                   "OR payload LIKE '%333%'"_s)
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPersonImportBsn)
#include "tst_personimport_bsn.moc"
