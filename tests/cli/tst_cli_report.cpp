// privacydesk-cli report dashboard: the real executable on the store of DashboardFixture; its
// JSON must carry exactly the numbers DashboardService computes in-process, at any --on.

#include "CliRunner.h"
#include "DashboardFixture.h"
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
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

} // namespace

class TestCliReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsTheService_data();
    void jsonEqualsTheService();
    void contractKeys();
    void defaultsToToday();
    void textSummary();
    void badDateIsAUsageError_data();
    void badDateIsAUsageError();
    void wrongPasswordFails();

private:
    Result report(const QStringList &arguments, const QString &passwordFile = {}) const;

    QTemporaryDir m_tmp;
    CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
    CliRunner m_cliEnglish { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QString m_passwordFile;
    QMap<QDate, QJsonObject> m_expected; // the service's JSON per peildatum
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_store = m_tmp.filePath(u"kluis"_s);
    {
        auto store = createTestStore(m_store);
        QVERIFY(store);
        FixedClock clock(QDateTime(DashboardFixture::peildatumA, QTime(12, 0), Qt::UTC));
        DashboardFixture fixture;
        QString error;
        QVERIFY2(fixture.build(*store, clock, &error), qPrintable(error));
        const DashboardService service(Session { *store });
        for (const QDate on : { DashboardFixture::peildatumA, DashboardFixture::peildatumB,
                                DashboardFixture::peildatumC }) {
            QJsonObject json = DashboardService::toJson(
                service.deadlines(on), service.retention(on), service.disclosures(on));
            // The data-breach register, as the tool takes it for that peildatum.
            json.insert(u"breaches"_s,
                        DashboardService::breachesToJson(service.breaches(
                            DashboardService::breachMoment(on, pd::test::systemNow()))));
            m_expected.insert(on, json);
        }
    } // closed: the tool takes the store's lock
    m_passwordFile = m_tmp.filePath(u"wachtwoord"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(testPassword.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

Result TestCliReport::report(const QStringList &arguments, const QString &passwordFile) const
{
    return m_cli.run(QStringList { u"--store"_s, m_store, u"--user"_s, testUser,
                                   u"--password-file"_s,
                                   passwordFile.isEmpty() ? m_passwordFile : passwordFile,
                                   u"report"_s, u"dashboard"_s }
                     + arguments);
}

void TestCliReport::jsonEqualsTheService_data()
{
    QTest::addColumn<QDate>("on");
    QTest::newRow("today") << DashboardFixture::peildatumA;
    QTest::newRow("past") << DashboardFixture::peildatumB;
    QTest::newRow("early") << DashboardFixture::peildatumC;
}

void TestCliReport::jsonEqualsTheService()
{
    QFETCH(QDate, on);
    const Result result = report({ u"--on"_s, on.toString(Qt::ISODate), u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(!json.isEmpty());
    QCOMPARE(json, m_expected.value(on));
}

void TestCliReport::contractKeys()
{
    const Result result
        = report({ u"--on"_s, DashboardFixture::peildatumA.toString(Qt::ISODate), u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"on"_s).toString(), u"2026-03-16"_s);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    // The hand-computed figures of tst_dashboardservice, through the tool.
    const QJsonObject byState = deadlines.value(u"open_by_state"_s).toObject();
    QCOMPARE(byState.value(u"ontvangen"_s).toInt(), 2);
    QCOMPARE(byState.value(u"identificatie"_s).toInt(), 1);
    QCOMPARE(byState.value(u"in-behandeling"_s).toInt(), 1);
    QCOMPARE(deadlines.value(u"overdue"_s).toInt(), 1);
    QCOMPARE(deadlines.value(u"due_within_7_days"_s).toInt(), 1);
    const QJsonArray shares = deadlines.value(u"on_time_share_by_month"_s).toArray();
    QCOMPARE(shares.size(), 12);
    for (const QJsonValue &share : shares) {
        const QJsonObject month = share.toObject();
        QVERIFY(month.contains(u"month"_s) && month.contains(u"answered"_s)
                && month.contains(u"on_time"_s) && month.contains(u"share"_s));
    }
    const QJsonObject retention = json.value(u"retention"_s).toObject();
    QCOMPARE(retention.value(u"expired"_s).toInt(), 2);
    QCOMPARE(retention.value(u"on_hold"_s).toInt(), 1);
    const QJsonObject disclosures = json.value(u"disclosures"_s).toObject();
    QCOMPARE(disclosures.value(u"by_category_by_month"_s).toArray().size(), 12);
    QCOMPARE(disclosures.value(u"to_inform"_s).toInt(), 3);
}

void TestCliReport::defaultsToToday()
{
    const Result result = report({ u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    // The tool's today (the organisation's day), which may just have turned midnight.
    const QString on = json.value(u"on"_s).toString();
    const QDate today = pd::systemClock().today();
    QVERIFY2(on == today.toString(Qt::ISODate) || on == today.addDays(-1).toString(Qt::ISODate),
             qPrintable(on));
}

void TestCliReport::textSummary()
{
    const Result dutch = report({ u"--on"_s, u"2026-03-16"_s });
    QVERIFY2(dutch.exitCode == 0, qPrintable(dutch.err));
    QVERIFY(dutch.out.split(u'\n').size() > 10);
    const Result english = m_cliEnglish.run({ u"--store"_s, m_store, u"--user"_s, testUser,
                                              u"--password-file"_s, m_passwordFile, u"report"_s,
                                              u"dashboard"_s, u"--on"_s, u"2026-03-16"_s });
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    QVERIFY2(english.out.contains(u"Overdue: 1; due today: 1; due within 7 days: 1"_s),
             qPrintable(english.out));
    QVERIFY(english.out.contains(u"Overdue for destruction: 2"_s));
    QVERIFY(english.out.contains(u"Gemeente Utrecht"_s));
}

void TestCliReport::badDateIsAUsageError_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("words") << u"gisteren"_s;
    QTest::newRow("dutch order") << u"16-03-2026"_s;
    QTest::newRow("no such day") << u"2026-02-30"_s;
    QTest::newRow("empty") << QString();
}

void TestCliReport::badDateIsAUsageError()
{
    QFETCH(QString, value);
    const Result result = report({ u"--on"_s, value, u"--json"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCliReport::wrongPasswordFails()
{
    const QString wrong = m_tmp.filePath(u"fout"_s);
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("niet het wachtwoord");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Result result = report({ u"--json"_s }, wrong);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
