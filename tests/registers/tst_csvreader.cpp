// CsvReader against the files Dutch offices really export: both separators, BOM or not,
// Windows-1252, UTF-16 with BOM (Excel's "Unicode text"), quotes with separators, doubled quotes
// and line breaks, CRLF, blank lines, trailing separators, mixed encodings, and malformed input
// that rejects one line and goes on.

#include "registers/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

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

// Text as a UTF-16 file of the given byte order, with its byte order mark.
QByteArray utf16File(const QString &text, CsvReader::Encoding order)
{
    const bool little = order == CsvReader::Encoding::Utf16LE;
    QStringEncoder encoder(little ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    return QByteArray(little ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(encoder(text));
}

// Bytes read as from a pipe: sequential, no size; the reader judges them by what it can peek.
class Pipe final : public QIODevice
{
public:
    explicit Pipe(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_at + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_bytes.size() - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

// The bytes as a file (a QBuffer) or a pipe, open for reading.
std::unique_ptr<QIODevice> device(QByteArray *bytes, bool pipe)
{
    std::unique_ptr<QIODevice> d;
    if (pipe)
        d = std::make_unique<Pipe>(*bytes);
    else
        d = std::make_unique<QBuffer>(bytes);
    return d->open(QIODevice::ReadOnly) ? std::move(d) : nullptr;
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
    void excelUnicodeText_data();
    void excelUnicodeText();
    void utf16ChunkBoundaries_data();
    void utf16ChunkBoundaries();
    void invalidUtf16IsReportedPerLine_data();
    void invalidUtf16IsReportedPerLine();
    void utf16WithoutBomIsRefused();
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

void TestCsvReader::excelUnicodeText_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("pipe");
    QTest::newRow("UTF-16LE (Excel)") << int(CsvReader::Encoding::Utf16LE) << false;
    QTest::newRow("UTF-16BE") << int(CsvReader::Encoding::Utf16BE) << false;
    QTest::newRow("UTF-16LE from a pipe") << int(CsvReader::Encoding::Utf16LE) << true;
    QTest::newRow("UTF-16BE from a pipe") << int(CsvReader::Encoding::Utf16BE) << true;
}

// What Excel writes as "Unicode text": UTF-16LE with BOM, tab separated, CRLF; quotes only
// around a field with a tab, a quote or a line break.
void TestCsvReader::excelUnicodeText()
{
    QFETCH(int, order);
    QFETCH(bool, pipe);
    const auto encoding = CsvReader::Encoding(order);
    QByteArray bytes = utf16File(u"klantnummer\tnaam\topmerking\r\n"
                                 "K1\tZoë Çelik\t€ 12, 𝄞 and 😀\r\n"
                                 "K2\t\"De \"\"Boer\"\"\"\t\"a\tb\r\nc\"\r\n"
                                 "\r\n"
                                 "K3\tĲsbrand Œuvre\t\r\n"_s,
                                 encoding);
    const std::unique_ptr<QIODevice> input = device(&bytes, pipe);
    QVERIFY(input);
    QCOMPARE(input->isSequential(), pipe);
    CsvReader reader(input.get());
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding(), encoding);
    QVERIFY(reader.hasBom());
    QVERIFY(!reader.mixedEncoding());
    QCOMPARE(reader.delimiter(), QChar(u'\t'));
    QCOMPARE(reader.header(), QStringList({ u"klantnummer"_s, u"naam"_s, u"opmerking"_s }));
    QCOMPARE(CsvReader::encodingName(reader.encoding(), reader.hasBom()),
             encoding == CsvReader::Encoding::Utf16LE ? u"UTF-16 LE with BOM"_s
                                                      : u"UTF-16 BE with BOM"_s);
    const QList<CsvRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).line, 2);
    QCOMPARE(records.at(0).fields, QStringList({ u"K1"_s, u"Zoë Çelik"_s, u"€ 12, 𝄞 and 😀"_s }));
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(1).fields, QStringList({ u"K2"_s, u"De \"Boer\""_s, u"a\tb\nc"_s }));
    QCOMPARE(records.at(2).line, 6); // the quoted line break took line 4, line 5 is blank
    QCOMPARE(records.at(2).fields, QStringList({ u"K3"_s, u"Ĳsbrand Œuvre"_s, QString() }));
    for (const CsvRecord &r : records)
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    if (!pipe)
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::utf16ChunkBoundaries_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("LE") << int(CsvReader::Encoding::Utf16LE);
    QTest::newRow("BE") << int(CsvReader::Encoding::Utf16BE);
}

// Surrogate pairs, CRLF pairs and doubled quotes across the 64 KiB chunk boundaries: rows of
// odd lengths put every one of them on a boundary somewhere in 600 KiB.
void TestCsvReader::utf16ChunkBoundaries()
{
    QFETCH(int, order);
    QString text = u"naam\tx\r\n"_s;
    int rows = 0;
    while (text.size() < 300 * 1024) {
        text += u"\"Zoë \"\"😀\"\"\"\t𝄞%1\r\n"_s.arg(QString(rows % 7, u'x'));
        ++rows;
    }
    QTemporaryDir tmp;
    QFile file(tmp.filePath(u"unicode.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf16File(text, CsvReader::Encoding(order)));
    file.close();
    CsvReader reader(file.fileName());
    QVERIFY(reader.open());
    QCOMPARE(int(reader.encoding()), order);
    CsvRecord record;
    int n = 0;
    while (reader.next(&record)) {
        QCOMPARE(record.line, n + 2);
        QCOMPARE(record.fields, QStringList({ u"Zoë \"😀\""_s, u"𝄞"_s + QString(n % 7, u'x') }));
        QVERIFY(record.error.isEmpty());
        ++n;
    }
    QCOMPARE(n, rows);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::invalidUtf16IsReportedPerLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<qint64>>("rejected");
    const auto le = [](const QString &text) {
        return utf16File(text, CsvReader::Encoding::Utf16LE);
    };
    const QByteArray header = le(u"a\tb\r\n"_s);
    const QByteArray good = QByteArray(le(u"K1\tx\r\n"_s)).sliced(2);
    // Half a surrogate pair: a high surrogate followed by a letter, a lone low surrogate.
    QTest::newRow("lone high surrogate") << header
            + QByteArray("K\0"
                         "2\0\t\0\x3D\xD8"
                         "a\0\r\0\n\0",
                         14)
            + good << QList<qint64> { 2 };
    QTest::newRow("lone low surrogate") << header + good
            + QByteArray("K\0"
                         "3\0\t\0\x00\xDC\r\0\n\0",
                         12)
            + good << QList<qint64> { 3 };
    QTest::newRow("NUL") << header + good + QByteArray("K\0\t\0\0\0\r\0\n\0", 10)
                         << QList<qint64> { 3 };
    QTest::newRow("replacement character")
        << header + QByteArray(le(u"K1\t\uFFFD\r\n"_s)).sliced(2) + good << QList<qint64> { 2 };
    QTest::newRow("odd number of bytes, line end last")
        << header + good + good + QByteArray("K", 1) << QList<qint64> { 4 };
    QTest::newRow("odd number of bytes, in the last line")
        << header + good + QByteArray(le(u"K2\tx"_s)).sliced(2) + QByteArray("y", 1)
        << QList<qint64> { 3 };
}

// Bytes that are no UTF-16 reject their line, with the reason; the other lines are read.
void TestCsvReader::invalidUtf16IsReportedPerLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<qint64>, rejected);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf16LE);
    const QList<CsvRecord> records = readAll(reader);
    QVERIFY(records.size() >= 2);
    QList<qint64> lines;
    for (const CsvRecord &r : records) {
        if (r.error.isEmpty()) {
            QCOMPARE(r.fields, QStringList({ u"K1"_s, u"x"_s }));
            continue;
        }
        QCOMPARE(r.error, u"invalid characters (not UTF-16)"_s);
        lines << r.line;
    }
    QCOMPARE(lines, rejected);
}

// UTF-16 without its byte order mark, or a binary file: NUL bytes refuse the file with a
// sentence that says what to do, instead of a header of garbled column names.
void TestCsvReader::utf16WithoutBomIsRefused()
{
    for (const auto order : { CsvReader::Encoding::Utf16LE, CsvReader::Encoding::Utf16BE }) {
        QByteArray bytes = utf16File(u"klantnummer\tnaam\r\nK1\tZoë\r\n"_s, order).sliced(2);
        for (const bool pipe : { false, true }) {
            const std::unique_ptr<QIODevice> input = device(&bytes, pipe);
            QVERIFY(input);
            CsvReader reader(input.get());
            QVERIFY(!reader.open());
            QVERIFY2(reader.errorString().contains(u"UTF-16"_s), qPrintable(reader.errorString()));
            QVERIFY(reader.errorString().contains(u"NUL"_s));
            CsvRecord record;
            QVERIFY(!reader.next(&record));
        }
    }
    QByteArray binary("naam;x\n\x89PNG\0\0\0\rIHDR\n", 20);
    QBuffer buffer(&binary);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(!reader.open());
    QVERIFY(reader.errorString().contains(u"NUL"_s));
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
