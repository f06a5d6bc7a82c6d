// privacydesk-cli report year: the real executable on YearReportFixture's store. Its
// JSON carries exactly the report YearReportService makes in-process; --pdf and --csv write
// both files, and never over a file that exists (neither of the two is written then).

#include "CliRunner.h"
#include "TestSupport.h"
#include "YearReportFixture.h"
#include "crypto/SecureBytes.h"
#include "reports/YearReport.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

using Result = CliRunner::Result;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliYearReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsTheService();
    void writesBothFiles();
    void neverOverAnExistingFile();
    void textWithoutFiles();
    void wrongYears_data();
    void wrongYears();

private:
    Result report(const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QJsonObject m_expected; // 2025 as the service makes it
    int m_figures = 0;
};

void TestCliYearReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_store = m_tmp.filePath(u"kluis"_s);
    {
        auto store = createTestStore(m_store);
        QVERIFY(store);
        FixedClock clock(QDateTime(DashboardFixture::peildatumA, QTime(12, 0), Qt::UTC));
        YearReportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(*store, clock, &error), qPrintable(error));
        ServiceError failure;
        const auto report = YearReportService(Session { *store }).report(2025, &failure);
        QVERIFY2(report, qPrintable(failure.message));
        m_expected = YearReportService::toJson(*report);
        for (const YearSection &s : report->sections)
            for (const YearTable &t : s.tables)
                m_figures += int(t.figures.size());
    } // closed: the tool takes the store's lock
    QString error;
    QVERIFY2(m_cli.useStore(m_store, testUser, testPassword, &error), qPrintable(error));
}

Result TestCliYearReport::report(const QStringList &arguments) const
{
    return m_cli.onStore(QStringList { u"report"_s, u"year"_s } + arguments);
}

void TestCliYearReport::jsonEqualsTheService()
{
    const Result result = report({ u"2025"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(!json.isEmpty());
    QCOMPARE(json, m_expected);
}

void TestCliYearReport::writesBothFiles()
{
    const QString pdf = m_tmp.filePath(u"jaarverslag-2025.pdf"_s);
    const QString csv = m_tmp.filePath(u"jaarverslag-2025.csv"_s);
    const Result result = report({ u"2025"_s, u"--pdf"_s, pdf, u"--csv"_s, csv });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(contents(pdf).startsWith("%PDF"));
    const QByteArray bytes = contents(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // A header and one row per figure, CRLF-ended.
    QCOMPARE(bytes.count("\r\n"), m_figures + 1);
    QVERIFY(QString::fromUtf8(bytes).contains(u"Requests received from 1 January 2025"_s));
}

void TestCliYearReport::neverOverAnExistingFile()
{
    const QString pdf = m_tmp.filePath(u"bestaat.pdf"_s);
    const QString csv = m_tmp.filePath(u"bestaat.csv"_s);
    const QString newPdf = m_tmp.filePath(u"nieuw.pdf"_s);
    for (const QString &path : { pdf, csv }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("van iemand anders");
    }
    Result result = report({ u"2025"_s, u"--pdf"_s, pdf });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(contents(pdf), QByteArray("van iemand anders"));
    // The CSV exists: the new PDF is not written either.
    result = report({ u"2025"_s, u"--pdf"_s, newPdf, u"--csv"_s, csv });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.err.isEmpty(), "says why");
    QVERIFY(!QFile::exists(newPdf));
    QCOMPARE(contents(csv), QByteArray("van iemand anders"));
    // Only when asked.
    result = report({ u"2025"_s, u"--csv"_s, csv, u"--overwrite"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(contents(csv).startsWith("\xEF\xBB\xBF"));
}

void TestCliYearReport::textWithoutFiles()
{
    const Result result = report({ u"2025"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(YearReportService::documentTitle(2025)));
    QVERIFY(result.out.contains(u"42.5"_s)); // the median handling time
}

void TestCliYearReport::wrongYears_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << QStringList() << 2;
    QTest::newRow("words") << QStringList { u"vorig-jaar"_s } << 2;
    QTest::newRow("two") << QStringList { u"2024"_s, u"2025"_s } << 2;
    QTest::newRow("future") << QStringList { u"2999"_s } << 1;
    QTest::newRow("one file twice")
        << QStringList { u"2025"_s, u"--pdf"_s, u"x"_s, u"--csv"_s, u"x"_s } << 2;
}

void TestCliYearReport::wrongYears()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = report(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliYearReport)
#include "tst_cli_yearreport.moc"
