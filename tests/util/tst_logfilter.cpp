// The log filter: realistic lines from Qt, SQLite and our own code, and what reaches the
// previous handler (type, category and the scrubbed text).
#include "TestSupport.h"
#include "util/LogFilter.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcLogFilterTest, "pd.test.logfilter")

struct Captured
{
    QtMsgType type;
    QString category;
    QString message;
};

QList<Captured> captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    captured.append({ type, QString::fromUtf8(context.category), message });
}

// Installs capture() as the handler the filter forwards to; restores QTest's on destruction.
class CaptureScope final
{
public:
    explicit CaptureScope(pd::LogVerbosity verbosity)
        : m_previous(qInstallMessageHandler(capture))
    {
        captured.clear();
        pd::installLogFilter(verbosity);
    }
    ~CaptureScope() { qInstallMessageHandler(m_previous); }
    CaptureScope(const CaptureScope &) = delete;
    CaptureScope &operator=(const CaptureScope &) = delete;

private:
    QtMessageHandler m_previous;
};

// A nine-digit number written in three groups: "123 456 789" or "123.456.789".
QString grouped(const QString &digits, QChar separator)
{
    return digits.left(3) + separator + digits.mid(3, 3) + separator + digits.mid(6);
}

QString scrubbed(const QString &line)
{
    return pd::scrubLogMessage(line);
}

} // namespace

class TestLogFilter final : public QObject
{
    Q_OBJECT

private slots:
    void scrub_data();
    void scrub();
    void bsnInAnyForm();
    void handlerKeepsTypeAndCategory();
    void releaseDropsDebugAndInfo();
    void verbosity();
    void installingTwiceDoesNotLoop();
};

void TestLogFilter::scrub_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    // SQLite errors as our driver reports them.
    QTest::newRow("sqlite near")
        << u"near \"Jansen\": syntax error Unable to execute statement"_s
        << u"near \"<redacted>\": syntax error Unable to execute statement"_s;
    QTest::newRow("sqlite literals")
        << u"QSqlQuery::exec: INSERT INTO persons (naam, email) VALUES ('Jan de Vries', "
           u"'jan.devries@example.nl') failed"_s
        << u"QSqlQuery::exec: INSERT INTO persons (naam, email) VALUES ('<redacted>', "
           u"'<redacted>') failed"_s;
    QTest::newRow("sqlite where")
        << u"UPDATE persons SET telefoon = '06-12345678' WHERE klantnummer = 'K123456'"_s
        << u"UPDATE persons SET telefoon = '<redacted>' WHERE klantnummer = '<redacted>'"_s;
    QTest::newRow("sqlite doubled quote")
        << u"near 'O''Brien': syntax error"_s << u"near '<redacted>': syntax error"_s;
    QTest::newRow("sqlite constraint kept")
        << u"QSqlError(\"19\", \"Unable to fetch row\", \"UNIQUE constraint failed: "
           u"persons.klantnummer\")"_s
        << u"QSqlError(\"19\", \"Unable to fetch row\", \"UNIQUE constraint failed: "
           u"persons.klantnummer\")"_s;

    // Qt warnings quoting a file path with a name in it.
    QTest::newRow("qiodevice path")
        << u"QIODevice::read (QFile, \"/home/jdevries/Documenten/Inzage Jan Jansen.pdf\"): "
           u"device not open"_s
        << u"QIODevice::read (QFile, \"<redacted>\"): device not open"_s;
    QTest::newRow("path without marker")
        << u"QFile::remove: cannot remove \"C:\\\\Users\\\\pjansen\\\\export.csv\""_s
        << u"QFile::remove: cannot remove \"<redacted>\""_s;
    QTest::newRow("file marker") << u"QPdfWriter: file \"besluit-jansen.pdf\" not written"_s
                                 << u"QPdfWriter: file \"<redacted>\" not written"_s;
    QTest::newRow("naam marker") << u"Persoon niet gevonden, naam=\"de Vries\""_s
                                 << u"Persoon niet gevonden, naam=\"<redacted>\""_s;
    QTest::newRow("identifier kept")
        << u"QSqlDatabase: \"PDSQLCIPHER\" driver loaded, platform \"offscreen\""_s
        << u"QSqlDatabase: \"PDSQLCIPHER\" driver loaded, platform \"offscreen\""_s;
    QTest::newRow("apostrophe kept")
        << u"don't retry: it's locked"_s << u"don't retry: it's locked"_s;

    // Contact data in free text.
    QTest::newRow("e-mail") << u"Mail to p.de-vries+avg@woonstad.example.nl bounced"_s
                            << u"Mail to <e-mail> bounced"_s;
    QTest::newRow("mobile") << u"Terugbellen op 06-12345678 of 06 1234 5678"_s
                            << u"Terugbellen op <phone> of <phone>"_s;
    QTest::newRow("landline") << u"KCC: (020) 123 45 67 / 010-1234567"_s
                              << u"KCC: <phone> / <phone>"_s;
    QTest::newRow("international")
        << u"phone +31 6 12345678, 0031 20 123 4567"_s << u"phone <phone>, <phone>"_s;
    QTest::newRow("international (0)") << u"bel +31 (0)20 123 4568."_s << u"bel <phone>."_s;
    QTest::newRow("iban") << u"Refund to NL91ABNA0417164305 and NL91 ABNA 0417 1643 05 failed"_s
                          << u"Refund to <iban> and <iban> failed"_s;
    QTest::newRow("postcode") << u"Address 1234 AB / 5678CD not in the BAG"_s
                              << u"Address <postcode> / <postcode> not in the BAG"_s;
    QTest::newRow("ipv4") << u"Web form from 192.168.1.23:8080 rejected"_s
                          << u"Web form from 192.168.1.XXX:8080 rejected"_s;
    QTest::newRow("ipv6") << u"Web form from 2001:db8:85a3::8a2e:370:7334 rejected"_s
                          << u"Web form from 2001:db8:85a3:XXXX:XXXX:XXXX:XXXX:XXXX rejected"_s;
    QTest::newRow("long number") << u"klantnummer K20261234 row 7"_s
                                 << u"klantnummer K<number> row 7"_s;

    // The message shape stays where no personal data is in it.
    QTest::newRow("plain")
        << u"Migration 0009 applied in 12 ms (Qt 6.4.2), deadline 2026-11-02 12:30:45"_s
        << u"Migration 0009 applied in 12 ms (Qt 6.4.2), deadline 2026-11-02 12:30:45"_s;
    QTest::newRow("case number") << u"AVG-2026-0001 closed"_s << u"AVG-2026-0001 closed"_s;
}

void TestLogFilter::scrub()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(pd::scrubLogMessage(line), expected);
}

void TestLogFilter::bsnInAnyForm()
{
    const QString bsn = pd::test::elfProefNumber();
    QCOMPARE(scrubbed(u"Import row 12: BSN "_s + bsn + u" refused"_s),
             u"Import row 12: BSN <number> refused"_s);
    QCOMPARE(scrubbed(u"bsn "_s + grouped(bsn, u' ') + u"."_s), u"bsn <number>."_s);
    QCOMPARE(scrubbed(u"bsn "_s + grouped(bsn, u'.') + u" found"_s), u"bsn <number> found"_s);
    QCOMPARE(scrubbed(u"CHECK constraint failed: value '"_s + bsn + u"'"_s),
             u"CHECK constraint failed: value '<redacted>'"_s);
    QVERIFY(!scrubbed(u"unquoted "_s + bsn + u" and \""_s + bsn + u"\""_s).contains(bsn));
}

void TestLogFilter::handlerKeepsTypeAndCategory()
{
    {
        const CaptureScope scope(pd::LogVerbosity::WarningsAndUp);
        qCWarning(lcLogFilterTest)
            << "Cannot open" << u"/home/jjansen/kluis/export.csv"_s << "for" << u"jan@example.nl"_s;
        qCCritical(lcLogFilterTest, "near \"%s\": syntax error", "Jansen");
    }
    QCOMPARE(captured.size(), 2);
    QCOMPARE(captured[0].type, QtWarningMsg);
    QCOMPARE(captured[0].category, u"pd.test.logfilter"_s);
    QCOMPARE(captured[0].message, u"Cannot open \"<redacted>\" for \"<redacted>\""_s);
    QCOMPARE(captured[1].type, QtCriticalMsg);
    QCOMPARE(captured[1].category, u"pd.test.logfilter"_s);
    QCOMPARE(captured[1].message, u"near \"<redacted>\": syntax error"_s);
}

void TestLogFilter::releaseDropsDebugAndInfo()
{
    {
        const CaptureScope scope(pd::LogVerbosity::WarningsAndUp);
        qCDebug(lcLogFilterTest) << "debug" << 1234567;
        qCInfo(lcLogFilterTest) << "info";
        qWarning("warning 1234567");
    }
    QCOMPARE(captured.size(), 1);
    QCOMPARE(captured[0].type, QtWarningMsg);
    QCOMPARE(captured[0].category, u"default"_s);
    QCOMPARE(captured[0].message, u"warning <number>"_s);

    {
        const CaptureScope scope(pd::LogVerbosity::Everything);
        qCDebug(lcLogFilterTest) << "debug" << 1234567;
        qCInfo(lcLogFilterTest) << "info";
    }
    QCOMPARE(captured.size(), 2);
    QCOMPARE(captured[0].type, QtDebugMsg);
    QCOMPARE(captured[0].message, u"debug <number>"_s);
    QCOMPARE(captured[1].type, QtInfoMsg);
}

void TestLogFilter::verbosity()
{
    QCOMPARE(pd::logVerbosityFor(false, {}), pd::LogVerbosity::Everything);
    QCOMPARE(pd::logVerbosityFor(true, {}), pd::LogVerbosity::WarningsAndUp);
    QCOMPARE(pd::logVerbosityFor(true, "0"), pd::LogVerbosity::WarningsAndUp);
    QCOMPARE(pd::logVerbosityFor(true, "1"), pd::LogVerbosity::Everything);
    // This test is a debug build in CI: everything passes by default.
#ifndef QT_NO_DEBUG
    QCOMPARE(pd::defaultLogVerbosity(), pd::LogVerbosity::Everything);
#endif
}

void TestLogFilter::installingTwiceDoesNotLoop()
{
    {
        const CaptureScope scope(pd::LogVerbosity::WarningsAndUp);
        pd::installLogFilter(pd::LogVerbosity::WarningsAndUp);
        qWarning("once");
    }
    QCOMPARE(captured.size(), 1);
    QCOMPARE(captured[0].message, u"once"_s);
}

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
