// CsvReader against the files Dutch offices really export: both separators, BOM or not,
// Windows-1252, quotes with separators, doubled quotes and line breaks, CRLF, blank lines,
// trailing separators, mixed encodings, and malformed input that rejects one line and goes on.

#include "registers/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QList<CsvRecord> readAll(CsvReader &reader)
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(&record))
        records << record;
    return records;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void delimiterAndEncoding_data();
    void delimiterAndEncoding();
    void windows1252Names();
    void quotedFieldsAndLineNumbers();
    void blankLinesAndTrailingSeparators();
    void unclosedQuoteRejectsItsLineAndGoesOn();
    void quoteClosedInALaterValueRejectsTheFirstLine();
    void overlongLineRejectsItsLineAndGoesOn();
    void mixedEncodingIsReportedPerLine();
    void emptyAndMissingFiles();
    void chunkBoundaries();
    void garbageNeverCrashes();
};

void TestCsvReader::delimiterAndEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("encoding");
    const QByteArray bom("\xEF\xBB\xBF");
    QTest::newRow("semicolon, LF") << QByteArray("klantnummer;naam\nK1;Jansen\n") << QChar(u';')
                                   << false << int(CsvReader::Encoding::Utf8);
    QTest::newRow("comma, CRLF") << QByteArray("klantnummer,naam\r\nK1,Jansen\r\n") << QChar(u',')
                                 << false << int(CsvReader::Encoding::Utf8);
    QTest::newRow("semicolon, BOM") << bom + "klantnummer;naam\r\nK1;Zo\xC3\xAB\r\n"
                                    << QChar(u';') << true << int(CsvReader::Encoding::Utf8);
    QTest::newRow("comma in quoted header") << QByteArray("\"a,b\";naam\nK1;x\n") << QChar(u';')
                                            << false << int(CsvReader::Encoding::Utf8);
    QTest::newRow("tab") << QByteArray("klantnummer\tnaam\nK1\tx\n") << QChar(u'\t') << false
                         << int(CsvReader::Encoding::Utf8);
    QTest::newRow("windows-1252") << QByteArray("klantnummer;naam\nK1;Zo\xEB\n") << QChar(u';')
                                  << false << int(CsvReader::Encoding::Windows1252);
}

void TestCsvReader::delimiterAndEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(int, encoding);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.hasBom(), bom);
    QCOMPARE(int(reader.encoding()), encoding);
    QCOMPARE(reader.header().size(), 2);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().line, 2);
    QCOMPARE(records.first().fields.size(), 2);
    QCOMPARE(records.first().fields.first(), u"K1"_s);
    if (bytes.contains("Zo"))
        QCOMPARE(records.first().fields.last(), u"Zoë"_s);
}

void TestCsvReader::windows1252Names()
{
    // Çelik, Ömer, Zoë, José and a € and „quotes" as Windows-1252 bytes; not valid UTF-8.
    QByteArray bytes("naam;opmerking\r\n\xC7"
                     "elik;\x80 12\r\n\xD6mer;\x84"
                     "ja\x93\r\n"
                     "Zo\xEB;x\r\nJos\xE9;y\r\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields, QStringList({ u"Çelik"_s, u"€ 12"_s }));
    QCOMPARE(records.at(1).fields, QStringList({ u"Ömer"_s, u"„ja“"_s }));
    QCOMPARE(records.at(2).fields.first(), u"Zoë"_s);
    QCOMPARE(records.at(3).fields.first(), u"José"_s);
    QCOMPARE(CsvReader::fromWindows1252("\x81\x9F"), u"\uFFFDŸ"_s);
}

void TestCsvReader::quotedFieldsAndLineNumbers()
{
    QByteArray bytes("klantnummer;naam;adres\r\n"
                     "K1;\"Jansen; J.\";\"Dorpsstraat 1\r\nachterom\"\r\n"
                     "K2;\"De \"\"Boer\"\"\";Kerkweg 2\r\n"
                     "K3;\"Smit\"  ;x\r\n"
                     "K4;Ab\"c;y\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).line, 2);
    QCOMPARE(records.at(0).fields,
             QStringList({ u"K1"_s, u"Jansen; J."_s, u"Dorpsstraat 1\nachterom"_s }));
    QCOMPARE(records.at(1).line, 4); // the quoted line break took line 3
    QCOMPARE(records.at(1).fields.at(1), u"De \"Boer\""_s);
    QCOMPARE(records.at(2).line, 5);
    QCOMPARE(records.at(2).fields.at(1), u"Smit  "_s);
    QCOMPARE(records.at(3).fields.at(1), u"Ab\"c"_s); // a stray quote is text
    for (const CsvRecord &r : records)
        QVERIFY(r.error.isEmpty());
}

void TestCsvReader::blankLinesAndTrailingSeparators()
{
    QByteArray bytes("a;b;\r\n\r\n1;2;\r\n\n\r\n3;4;;\r\n5");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    QCOMPARE(reader.header(), QStringList({ u"a"_s, u"b"_s, QString() }));
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).line, 3);
    QCOMPARE(records.at(0).fields, QStringList({ u"1"_s, u"2"_s, QString() }));
    QCOMPARE(records.at(1).line, 6);
    QCOMPARE(records.at(1).fields.size(), 4);
    QCOMPARE(records.at(2).line, 7);
    QCOMPARE(records.at(2).fields, QStringList({ u"5"_s })); // no line end at the end of file
}

void TestCsvReader::unclosedQuoteRejectsItsLineAndGoesOn()
{
    // Line 2 opens a quote that never closes: line 2 is rejected, lines 3 and 4 are read.
    QByteArray bytes("a;b\n1;\"open\n2;3\n4;5\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).line, 2);
    QVERIFY(!records.at(0).error.isEmpty());
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(1).fields, QStringList({ u"2"_s, u"3"_s }));
    QVERIFY(records.at(1).error.isEmpty());
    QCOMPARE(records.at(2).line, 4);
    QCOMPARE(records.at(2).fields, QStringList({ u"4"_s, u"5"_s }));
}

void TestCsvReader::quoteClosedInALaterValueRejectsTheFirstLine()
{
    // The quote on line 2 is closed by the quote that opens a value on line 3: a quote was
    // missing on line 2, line 3 is a record of its own.
    QByteArray bytes("a;b;c\nK1;\"Dorpsstraat 1;x\nK2;\"Kerkweg 2\";y\nK3;z;w\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).line, 2);
    QVERIFY(!records.at(0).error.isEmpty());
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(1).fields, QStringList({ u"K2"_s, u"Kerkweg 2"_s, u"y"_s }));
    QVERIFY(records.at(1).error.isEmpty());
    QCOMPARE(records.at(2).line, 4);
    QCOMPARE(records.at(2).fields.first(), u"K3"_s);
}

void TestCsvReader::overlongLineRejectsItsLineAndGoesOn()
{
    QByteArray bytes("a;b\nK1;x\nK2;");
    bytes += QByteArray(CsvReader::maxRecordChars + 10, 'y');
    bytes += "\r\nK3;z\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QVERIFY(records.at(0).error.isEmpty());
    QCOMPARE(records.at(1).line, 3);
    QVERIFY(!records.at(1).error.isEmpty());
    QCOMPARE(records.at(2).line, 4);
    QCOMPARE(records.at(2).fields, QStringList({ u"K3"_s, u"z"_s }));
    QVERIFY(records.at(2).error.isEmpty());
}

void TestCsvReader::mixedEncodingIsReportedPerLine()
{
    // UTF-8 (Zoë, €) with one Windows-1252 é on line 4: that line is reported, the others are
    // read as UTF-8 and nothing is mojibaked.
    QByteArray bytes(
        "klantnummer;naam\nK1;Zo\xC3\xAB\nK2;\xE2\x82\xAC\nK3;Jos\xE9\nK4;Ren\xC3\xA9\n");
    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"gemengd.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    CsvReader reader(file.fileName());
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
    QVERIFY(reader.mixedEncoding());
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields.at(1), u"Zoë"_s);
    QCOMPARE(records.at(1).fields.at(1), u"€"_s);
    QCOMPARE(records.at(2).line, 4);
    QCOMPARE(records.at(2).error, u"invalid characters (not UTF-8)"_s);
    QCOMPARE(records.at(3).fields.at(1), u"René"_s);
    QVERIFY(records.at(3).error.isEmpty());

    // A whole Windows-1252 file is read as such, not refused.
    QByteArray windows("klantnummer;naam\nK1;Jos\xE9\nK2;Zo\xEB\n");
    QBuffer buffer(&windows);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader ansi(&buffer);
    QVERIFY(ansi.open());
    QCOMPARE(ansi.encoding(), CsvReader::Encoding::Windows1252);
    QVERIFY(!ansi.mixedEncoding());
    const QList<CsvRecord> names = readAll(ansi);
    QCOMPARE(names.at(0).fields.at(1), u"José"_s);
    QVERIFY(names.at(0).error.isEmpty());
}

void TestCsvReader::emptyAndMissingFiles()
{
    QTemporaryDir tmp;
    CsvReader missing(tmp.filePath(u"bestaat-niet.csv"_s));
    QVERIFY(!missing.open());
    QVERIFY(missing.errorString().contains(u"bestaat-niet.csv"_s));

    QFile empty(tmp.filePath(u"leeg.csv"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\xEF\xBB\xBF\r\n\r\n");
    empty.close();
    CsvReader reader(empty.fileName());
    QVERIFY(!reader.open());
    QVERIFY(!reader.errorString().isEmpty());
}

void TestCsvReader::chunkBoundaries()
{
    // Multi-byte characters, CRLF pairs and doubled quotes across the 64 KiB chunk boundaries.
    QByteArray bytes("naam;x\r\n");
    int rows = 0;
    while (bytes.size() < 300 * 1024) {
        bytes += "\"Zo\xC3\xAB \"\"\xC3\x87\"\"\";\xE2\x82\xAC\r\n";
        ++rows;
    }
    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"groot.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    CsvReader reader(file.fileName());
    QVERIFY(reader.open());
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
    CsvRecord record;
    int n = 0;
    while (reader.next(&record)) {
        ++n;
        QCOMPARE(record.line, n + 1);
        QCOMPARE(record.fields, QStringList({ u"Zoë \"Ç\""_s, u"€"_s }));
    }
    QCOMPARE(n, rows);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::garbageNeverCrashes()
{
    // Deterministic pseudo-random bytes biased towards the characters that matter to CSV.
    quint32 state = 20261121;
    const char alphabet[] = "\";,\t\r\n\"\"ab\xC3\xEB\x80\0";
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int length = 1 + int(state % 2000);
        for (int i = 0; i < length; ++i) {
            state = state * 1664525u + 1013904223u;
            bytes += (state >> 24) % 3 == 0 ? char(state >> 16)
                                            : alphabet[(state >> 16) % (sizeof(alphabet) - 1)];
        }
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        if (!reader.open())
            continue;
        CsvRecord record;
        qint64 lastLine = 0;
        while (reader.next(&record)) {
            QVERIFY(record.line > lastLine);
            lastLine = record.line;
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
