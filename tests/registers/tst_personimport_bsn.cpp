// The BSN guard in the person import: a citizen service number anywhere in a row rejects that
// row (no override in imports), the reason shows only the masked number, and nothing of the
// row reaches the store or the audit trail. The numbers that pass the 11-proef are made at run
// time (pd::test::elfProefNumber): one written out could be a real person's.

#include "DisguiseTable.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "domain/BsnGuard.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestPersonImportBsn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }
    void bsnAnywhereRejectsTheRow();
    void disguiseInTheName_data();
    void disguiseInTheName();

private:
    // Every row of tests/data/bsn_disguises.tsv as a person's name, with klantnummer
    // <file>-<row>, in two files imported into one store: a UTF-8 CSV with ';' and the same as
    // Excel's "Unicode text" (UTF-16LE, tab separated, CRLF). What each import rejected, and the
    // names stored.
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QList<ImportResult> m_results; // per file
    QHash<QString, QString> m_storedNames; // klantnummer -> name
};

namespace {

// A field with every quote doubled, always quoted: the texts hold separators and line breaks.
QString quoted(const QString &text)
{
    QString field = text;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

} // namespace

void TestPersonImportBsn::disguiseInTheName_data()
{
    QTest::addColumn<int>("file");
    QTest::addColumn<QString>("klantnummer");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectBsn");

    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    const QList<Disguise> rows = bsnDisguises();
    struct Format
    {
        QString name;
        QChar separator;
        QString lineEnd;
        bool utf16;
    };
    const Format formats[]
        = { { u"UTF-8"_s, u';', u"\n"_s, false }, { u"UTF-16"_s, u'\t', u"\r\n"_s, true } };
    for (int f = 0; f < 2; ++f) {
        const Format &format = formats[f];
        QString csv
            = QStringList { u"klantnummer"_s, u"naam"_s, u"relatie"_s }.join(format.separator)
            + format.lineEnd;
        qint64 line = 2;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Disguise &row = rows.at(i);
            const QString klantnummer = u"%1-%2"_s.arg(format.name).arg(i + 1);
            csv += klantnummer + format.separator + quoted(row.text) + format.separator
                + u"huurder"_s + format.lineEnd;
            QTest::addRow("%s, line %d: %s", qPrintable(format.name), row.line, qPrintable(row.why))
                << f << klantnummer << line << row.text << row.expectBsn;
            // A quoted line break makes the next record start on a later line.
            line += 1 + row.text.count(u'\n');
        }
        QStringEncoder encoder(format.utf16 ? QStringEncoder::Utf16LE : QStringEncoder::Utf8);
        const QByteArray bytes
            = QByteArray(format.utf16 ? "\xFF\xFE" : "") + QByteArray(encoder(csv));
        const QString path = m_tmp.filePath(u"disguises-%1.csv"_s.arg(format.name));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        PersonImport importer(Session { *m_store });
        const ImportResult result = importer.run(path, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.imported + result.rejected.size(), rows.size());
        m_results.append(result);
    }
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT klantnummer, name FROM persons"_s));
    while (q.next())
        m_storedNames.insert(q.value(0).toString(), q.value(1).toString());
    QCOMPARE(m_storedNames.size(), m_results.at(0).imported + m_results.at(1).imported);
}

// Every disguise of the table refuses its row, with only the masked number in the reason;
// every look-alike is imported with its name as written.
void TestPersonImportBsn::disguiseInTheName()
{
    QFETCH(int, file);
    QFETCH(QString, klantnummer);
    QFETCH(qint64, line);
    QFETCH(QString, text);
    QFETCH(bool, expectBsn);

    QCOMPARE(m_results.size(), 2);
    const QList<ImportRejection> &rejected = m_results.at(file).rejected;
    const auto rejection
        = std::find_if(rejected.cbegin(), rejected.cend(),
                       [line](const ImportRejection &r) { return r.line == line; });
    if (!expectBsn) {
        const QString reason = rejection == rejected.cend() ? QString() : rejection->reason;
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QVERIFY2(m_storedNames.contains(klantnummer), qPrintable(klantnummer));
        QCOMPARE(m_storedNames.value(klantnummer), text.simplified());
        return;
    }
    QVERIFY2(rejection != rejected.cend(), "the row was imported");
    QVERIFY(!m_storedNames.contains(klantnummer));
    const QString reason = rejection->reason;
    QVERIFY2(reason.contains(u"BSN"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"“naam”"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"****"_s), qPrintable(reason));
    QVERIFY2(!reason.contains(text), qPrintable(reason));
}

void TestPersonImportBsn::bsnAnywhereRejectsTheRow()
{
    QTemporaryDir tmp;
    auto store = createServiceStore(tmp.filePath(u"kluis"_s));
    QVERIFY(store);
    const QString path = tmp.filePath(u"bsn.csv"_s);
    const QString first = elfProefNumber(0);
    const QString second = elfProefNumber(1);
    const QString dotted = grouped(second, { 4, 2, 3 }, u"."_s);
    // Stored simplified, the line break is a space: the right-to-left override (U+202E) before
    // it then shows the second number turned around as that number, which as written is none.
    QString turned = second;
    std::reverse(turned.begin(), turned.end());
    QVERIFY(findBsnNumbers(turned).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"klantnummer;naam;relatie;opmerking\n"
               "K1;Anna Bakker %1;huurder;\n" // in the name
               "K2;Bram Claes;huurder;bsn %2\n" // dotted, in an unmapped column
               "%3;Cor Dekker;huurder;\n" // a klantnummer that passes the 11-proef
               "K4;Dirk Eelens;huurder;belt 123456789 terug\n" // fails the BSN 11-proef: fine
               "K5;\"Eva\n%4\";huurder;\n" // spaced, after a quoted line break
               "K7;\"Fenna \u202E"
               "ab\n%5\";huurder;\n"_s
                   .arg(first, dotted, second, grouped(first, { 3, 3, 3 }, u" "_s), turned)
                   .toUtf8());
    file.close();

    PersonImport importer(Session { *store });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected.size(), 5);
    const QList<qint64> expected { 2, 3, 4, 6, 8 };
    for (int i = 0; i < 5; ++i) {
        const ImportRejection &r = result.rejected.at(i);
        QCOMPARE(r.line, expected.at(i));
        QVERIFY2(r.reason.contains(u"BSN"_s), qPrintable(r.reason));
        QVERIFY(!r.reason.contains(first));
        QVERIFY(!r.reason.contains(dotted));
        QVERIFY(!r.reason.contains(second));
    }
    QVERIFY(result.rejected.at(1).reason.contains(u"opmerking"_s));
    QVERIFY(result.rejected.at(0).reason.contains(maskedNumber(first)));
    QCOMPARE(result.rejected.at(4).reason.count(maskedNumber(second)), 1);

    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT klantnummer FROM persons"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"K4"_s);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events WHERE payload LIKE '%%1%' "
                   "OR payload LIKE '%%2%'"_s.arg(first.right(4), second.right(4)))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPersonImportBsn)
#include "tst_personimport_bsn.moc"
