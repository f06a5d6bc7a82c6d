// YearReportService on a store holding YearReportFixture's story: every figure of
// 2025 against numbers worked out by hand, the same figures as the dashboards at 31 December
// (both asked and compared), the running year, the role check, the outputs (CSV, JSON, PDF).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "YearReportFixture.h"
#include "crypto/SecureBytes.h"
#include "registers/Covenants.h"
#include "registers/Dpia.h"
#include "registers/ProcessingRegister.h"
#include "reports/DashboardService.h"
#include "reports/Today.h"
#include "reports/YearReport.h"
#include "reports/YearReportRepository.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString kcc = u"kcc.jansen"_s;
const QString kccPassword = u"wachtwoord-van-jansen"_s;

// The figure section/table/code of a report; -1 when it is missing, -2 when it has no value.
double figure(const YearReport &report, const QString &section, const QString &table,
              const QString &code)
{
    for (const YearSection &s : report.sections) {
        if (s.code != section)
            continue;
        for (const YearTable &t : s.tables) {
            if (t.code != table)
                continue;
            for (const YearFigure &f : t.figures)
                if (f.code == code)
                    return f.value ? *f.value : -2;
        }
    }
    return -1;
}

int seriesTotal(const MonthlyBreakdown &breakdown, const QString &code)
{
    for (const MonthlyBreakdown::Series &series : breakdown.series) {
        if (series.code != code)
            continue;
        int sum = 0;
        for (int c : series.counts)
            sum += c;
        return sum;
    }
    return -1;
}

} // namespace

class TestYearReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void requests2025();
    void deadlines2025();
    void breaches2025();
    void disclosuresAndDestructions2025();
    void everyTableIsDefined();
    void sameFiguresAsTheDashboards_data();
    void sameFiguresAsTheDashboards();
    void runningYear();
    void yearsOutsideTheStoreAreRefused();
    void csvHasOneRowPerFigure();
    void jsonAndPdf();
    void failedReadIsAnError_data();
    void failedReadIsAnError();
    void kccMayNotSeeIt();
    void dpiasAndCovenants();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(DashboardFixture::peildatumA, QTime(12, 0), Qt::UTC) };
    YearReportFixture m_fixture;
    std::optional<YearReport> m_2025;
};

void TestYearReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    QString error;
    QVERIFY2(m_fixture.build(*m_store, m_clock, &error), qPrintable(error));
    ServiceError failure;
    m_2025 = YearReportService(Session { *m_store, m_clock }).report(2025, &failure);
    QVERIFY2(m_2025, qPrintable(failure.message + u' ' + failure.detail));
}

void TestYearReport::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

void TestYearReport::requests2025()
{
    const YearReport &r = *m_2025;
    QCOMPARE(r.year, 2025);
    QCOMPARE(r.from, QDate(2025, 1, 1));
    QCOMPARE(r.until, QDate(2025, 12, 31));
    QVERIFY(r.complete);
    const auto kind = [&r](const QString &code) {
        return figure(r, u"requests"_s, u"received_by_kind"_s, code);
    };
    // Received in 2025: C7 klacht, C11 C8 C1 C12 inzage, C2 rectificatie + verwijdering, C3
    // bezwaar.
    QCOMPARE(kind(u"inzage"_s), 4.0);
    QCOMPARE(kind(u"klacht"_s), 1.0);
    QCOMPARE(kind(u"rectificatie"_s), 1.0);
    QCOMPARE(kind(u"verwijdering"_s), 1.0);
    QCOMPARE(kind(u"bezwaar"_s), 1.0);
    QCOMPARE(kind(u"overdraagbaarheid"_s), 0.0);
    QCOMPARE(kind(u"intrekking"_s), 0.0); // C10 came in 2026
    QCOMPARE(kind(u"total"_s), 7.0);
    QCOMPARE(figure(r, u"requests"_s, u"received_by_channel"_s, u"email"_s), 7.0);
    QCOMPARE(figure(r, u"requests"_s, u"received_by_channel"_s, u"telefoon"_s), 0.0);
    QCOMPARE(figure(r, u"requests"_s, u"received_by_channel"_s, u"total"_s), 7.0);
    // Answered in 2025: C11, C7, C8, C1, all granted.
    QCOMPARE(figure(r, u"requests"_s, u"handled_by_outcome"_s, u"toegewezen"_s), 4.0);
    QCOMPARE(figure(r, u"requests"_s, u"handled_by_outcome"_s, u"ingetrokken"_s), 0.0);
    QCOMPARE(figure(r, u"requests"_s, u"handled_by_outcome"_s, u"total"_s), 4.0);
}

void TestYearReport::deadlines2025()
{
    const YearReport &r = *m_2025;
    const auto onTime = [&r](const QString &code) {
        return figure(r, u"deadlines"_s, u"on_time"_s, code);
    };
    QCOMPARE(onTime(u"answered"_s), 4.0);
    QCOMPARE(onTime(u"within_legal"_s), 3.0); // C8 answered 09-30, after its legal 09-04
    QCOMPARE(onTime(u"within_legal_share"_s), 75.0);
    QCOMPARE(onTime(u"within_both"_s), 3.0);
    QCOMPARE(onTime(u"within_both_share"_s), 75.0);
    QCOMPARE(onTime(u"late_legal"_s), 1.0);
    QCOMPARE(onTime(u"late_policy_only"_s), 0.0);
    // 18 (C11), 28 (C1), 57 (C7), 57 (C8) days: (28 + 57) / 2.
    QCOMPARE(figure(r, u"deadlines"_s, u"handling_time"_s, u"median_days"_s), 42.5);
    // C7 extended in time (05-20), C8 after its legal deadline (09-10).
    QCOMPARE(figure(r, u"deadlines"_s, u"extensions"_s, u"extended"_s), 2.0);
    QCOMPARE(figure(r, u"deadlines"_s, u"extensions"_s, u"extended_late"_s), 1.0);
}

void TestYearReport::breaches2025()
{
    const YearReport &r = *m_2025;
    const auto reg = [&r](const QString &code) {
        return figure(r, u"breaches"_s, u"register"_s, code);
    };
    QCOMPARE(reg(u"discovered"_s), 3.0); // B1, B2, B3 (B4 was discovered in 2024)
    QCOMPARE(reg(u"notified"_s), 3.0); // B1, B2, B4 (B3 was notified in 2026)
    QCOMPARE(reg(u"notified_late"_s), 1.0); // B2: 96 hours
    QCOMPARE(reg(u"subjects_informed"_s), 1.0); // B2
    QCOMPARE(figure(r, u"breaches"_s, u"by_nature"_s, u"vertrouwelijkheid"_s), 2.0);
    QCOMPARE(figure(r, u"breaches"_s, u"by_nature"_s, u"integriteit"_s), 1.0);
    QCOMPARE(figure(r, u"breaches"_s, u"by_nature"_s, u"beschikbaarheid"_s), 1.0);
}

void TestYearReport::disclosuresAndDestructions2025()
{
    const YearReport &r = *m_2025;
    // D1 (R1, b), D2 (R2, e), D3 (R3, c), D4 (R1, b).
    QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, u"aannemer"_s), 2.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, u"gemeente"_s), 1.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, u"politie-justitie"_s), 1.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, u"total"_s), 4.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_basis"_s, u"a"_s), 0.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_basis"_s, u"b"_s), 2.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_basis"_s, u"c"_s), 1.0);
    QCOMPARE(figure(r, u"disclosures"_s, u"by_basis"_s, u"e"_s), 1.0);
    // C15's request files, destroyed 2025-11-15 (I5 went in 2026).
    QCOMPARE(figure(r, u"destructions"_s, u"by_kind"_s, u"verzoekdossier"_s), 1.0);
    QCOMPARE(figure(r, u"destructions"_s, u"by_kind"_s, u"item"_s), 0.0);
    QCOMPARE(figure(r, u"destructions"_s, u"by_kind"_s, u"datalek"_s), 0.0);
    QCOMPARE(figure(r, u"destructions"_s, u"by_kind"_s, u"total"_s), 1.0);
}

void TestYearReport::everyTableIsDefined()
{
    QStringList sections;
    for (const YearSection &s : m_2025->sections) {
        sections << s.code;
        QVERIFY(!s.title.isEmpty());
        QVERIFY(!s.tables.isEmpty());
        for (const YearTable &t : s.tables) {
            QVERIFY2(t.definition.size() > 40, qPrintable(t.code));
            QVERIFY2(!t.figures.isEmpty(), qPrintable(t.code));
        }
    }
    QCOMPARE(sections,
             QStringList({ u"requests"_s, u"deadlines"_s, u"breaches"_s, u"disclosures"_s,
                           u"destructions"_s, u"dpias"_s, u"covenants"_s }));
}

void TestYearReport::sameFiguresAsTheDashboards_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026, running") << 2026;
    QTest::newRow("2024") << 2024;
}

// The dashboards at peildatum 31 December and the report of that year, both asked here.
void TestYearReport::sameFiguresAsTheDashboards()
{
    QFETCH(int, year);
    ServiceError error;
    const auto report = YearReportService(Session { *m_store, m_clock }).report(year, &error);
    QVERIFY2(report, qPrintable(error.message));
    const YearReport &r = *report;
    const QDate on(year, 12, 31);
    const DashboardService dashboards(Session { *m_store });
    const DeadlineFigures d = dashboards.deadlines(on, &error);
    QVERIFY(!error.isError());
    const DisclosureFigures x = dashboards.disclosures(on, &error);
    QVERIFY(!error.isError());
    const RetentionFigures ret = dashboards.retention(on, &error);
    QVERIFY(!error.isError());
    const BreachFigures b
        = dashboards.breaches(DashboardService::breachMoment(on, m_clock.now()), &error);
    QVERIFY(!error.isError());

    for (const MonthlyBreakdown::Series &s : d.intakeByType.series)
        QCOMPARE(figure(r, u"requests"_s, u"received_by_kind"_s, s.code),
                 double(seriesTotal(d.intakeByType, s.code)));
    QCOMPARE(figure(r, u"requests"_s, u"received_by_kind"_s, u"total"_s), double(d.intake));
    QCOMPARE(figure(r, u"requests"_s, u"received_by_channel"_s, u"total"_s), double(d.intake));
    QCOMPARE(figure(r, u"requests"_s, u"handled_by_outcome"_s, u"total"_s), double(d.answered));
    // The channels and outcomes (the report's own counts) add up to the dashboards' totals.
    for (const auto &[table, total] : { std::pair { u"received_by_channel"_s, d.intake },
                                        std::pair { u"handled_by_outcome"_s, d.answered } }) {
        double sum = 0;
        for (const YearSection &s : r.sections)
            for (const YearTable &t : s.tables)
                if (t.code == table)
                    for (const YearFigure &f : t.figures)
                        if (f.code != u"total"_s)
                            sum += *f.value;
        QCOMPARE(sum, double(total));
    }
    QCOMPARE(figure(r, u"deadlines"_s, u"on_time"_s, u"answered"_s), double(d.answered));
    QCOMPARE(figure(r, u"deadlines"_s, u"on_time"_s, u"late_legal"_s), double(d.answeredLateLegal));
    QCOMPARE(figure(r, u"deadlines"_s, u"on_time"_s, u"late_policy_only"_s),
             double(d.answeredLatePolicyOnly));
    QCOMPARE(figure(r, u"deadlines"_s, u"on_time"_s, u"within_legal"_s),
             double(d.answered - d.answeredLateLegal));
    QCOMPARE(figure(r, u"deadlines"_s, u"handling_time"_s, u"median_days"_s),
             d.medianHandlingDays ? *d.medianHandlingDays : -2.0);
    QCOMPARE(figure(r, u"deadlines"_s, u"extensions"_s, u"extended"_s), double(d.extended));
    QCOMPARE(figure(r, u"deadlines"_s, u"extensions"_s, u"extended_late"_s),
             double(d.extendedLate));

    int discovered = 0;
    for (int n : b.totalByMonth)
        discovered += n;
    QCOMPARE(figure(r, u"breaches"_s, u"register"_s, u"discovered"_s), double(discovered));
    QCOMPARE(figure(r, u"breaches"_s, u"register"_s, u"notified_late"_s),
             double(b.notifiedLateThisYear));

    for (const MonthlyBreakdown::Series &s : x.byCategory.series)
        QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, s.code),
                 double(seriesTotal(x.byCategory, s.code)));
    QCOMPARE(figure(r, u"disclosures"_s, u"by_category"_s, u"total"_s), double(x.total));
    for (const CodeCount &basis : x.byLegalBasis)
        QCOMPARE(figure(r, u"disclosures"_s, u"by_basis"_s, basis.code), double(basis.count));
    for (const MonthlyBreakdown::Series &s : ret.destructionsByMonth.series)
        QCOMPARE(figure(r, u"destructions"_s, u"by_kind"_s, s.code),
                 double(seriesTotal(ret.destructionsByMonth, s.code)));
}

void TestYearReport::runningYear()
{
    ServiceError error;
    const auto report = YearReportService(Session { *m_store, m_clock }).report(2026, &error);
    QVERIFY2(report, qPrintable(error.message));
    QVERIFY(!report->complete);
    QCOMPARE(report->madeOn, DashboardFixture::peildatumA);
    // Received so far: C10 intrekking, C5 and C4 inzage, C6 overdraagbaarheid.
    QCOMPARE(figure(*report, u"requests"_s, u"received_by_kind"_s, u"total"_s), 4.0);
    // Handled: C10 withdrawn, C2 and C12 granted.
    QCOMPARE(figure(*report, u"requests"_s, u"handled_by_outcome"_s, u"ingetrokken"_s), 1.0);
    QCOMPARE(figure(*report, u"requests"_s, u"handled_by_outcome"_s, u"toegewezen"_s), 2.0);
    QCOMPARE(figure(*report, u"breaches"_s, u"register"_s, u"discovered"_s), 0.0);
    QCOMPARE(figure(*report, u"breaches"_s, u"register"_s, u"notified"_s), 1.0); // B3
    QCOMPARE(figure(*report, u"breaches"_s, u"register"_s, u"notified_late"_s), 0.0);
    QCOMPARE(figure(*report, u"destructions"_s, u"by_kind"_s, u"item"_s), 1.0); // I5
    QVERIFY(YearReportService::periodText(*report, QLocale(QLocale::Dutch))
                .contains(u"16 maart 2026"_s));
}

void TestYearReport::yearsOutsideTheStoreAreRefused()
{
    const YearReportService service(Session { *m_store, m_clock });
    for (int year : { 2027, 1999 }) {
        ServiceError error;
        QVERIFY(!service.report(year, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
    }
    // A year without anything is a report of zeros that are true: nothing happened.
    ServiceError error;
    const auto empty = service.report(2020, &error);
    QVERIFY2(empty, qPrintable(error.message));
    QCOMPARE(figure(*empty, u"requests"_s, u"received_by_kind"_s, u"total"_s), 0.0);
    QCOMPARE(figure(*empty, u"deadlines"_s, u"handling_time"_s, u"median_days"_s), -2.0);
    QCOMPARE(figure(*empty, u"deadlines"_s, u"on_time"_s, u"within_legal_share"_s), -2.0);
}

void TestYearReport::csvHasOneRowPerFigure()
{
    const QByteArray csv = YearReportService::toCsv(*m_2025, QLocale(QLocale::Dutch));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel's UTF-8
    const QString text = QString::fromUtf8(csv.mid(3));
    QStringList lines = text.split(u"\r\n"_s);
    QCOMPARE(lines.takeLast(), QString());
    int figures = 0;
    for (const YearSection &s : m_2025->sections)
        for (const YearTable &t : s.tables)
            figures += int(t.figures.size());
    QCOMPARE(lines.size(), figures + 1);
    QCOMPARE(lines.first().count(u';'), 3); // section, figure, value, definition
    bool median = false;
    for (const QString &line : std::as_const(lines))
        if (line.contains(u"42,5"_s))
            median = true; // a Dutch decimal comma for Dutch Excel
    QVERIFY(median);
}

void TestYearReport::jsonAndPdf()
{
    const QJsonObject json = YearReportService::toJson(*m_2025);
    QCOMPARE(json.value(u"year"_s).toInt(), 2025);
    QCOMPARE(json.value(u"from"_s).toString(), u"2025-01-01"_s);
    QCOMPARE(json.value(u"until"_s).toString(), u"2025-12-31"_s);
    QVERIFY(json.value(u"complete"_s).toBool());
    const QJsonArray sections = json.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), m_2025->sections.size());
    const QJsonObject first
        = sections.first().toObject().value(u"tables"_s).toArray().first().toObject();
    QVERIFY(first.contains(u"definition"_s));
    QVERIFY(first.value(u"figures"_s).toArray().first().toObject().contains(u"value"_s));

    // Each section after the first starts a page: no heading left alone at a page's foot.
    QCOMPARE(YearReportService::toHtml(*m_2025, {}).count(u"page-break-before: always"_s),
             m_2025->sections.size() - 1);
    QTextDocument document;
    YearReportService::fillDocument(&document, *m_2025, u"Woonstichting Test"_s);
    const QString text = document.toPlainText();
    QVERIFY(text.contains(YearReportService::documentTitle(2025)));
    QVERIFY(text.contains(u"Woonstichting Test"_s));
    for (const YearSection &s : m_2025->sections)
        for (const YearTable &t : s.tables)
            QVERIFY2(text.contains(t.definition), qPrintable(t.code));
}

void TestYearReport::failedReadIsAnError_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("cases") << u"cases"_s;
    QTest::newRow("breaches") << u"breaches"_s;
    QTest::newRow("disclosures") << u"disclosures"_s;
    QTest::newRow("retention_destructions") << u"retention_destructions"_s;
}

// A table that cannot be read makes the report an error, never a report of zeros.
void TestYearReport::failedReadIsAnError()
{
    QFETCH(QString, table);
    const QSqlDatabase db = m_store->database();
    QVERIFY(renameTable(db, table, table + u"_weg"_s));
    ServiceError error;
    const auto report = YearReportService(Session { *m_store, m_clock }).report(2025, &error);
    const bool refused = !report;
    const ServiceError::Code code = error.code;
    // The year report's own reads as well.
    QHash<QString, int> counts;
    ServiceError own;
    const bool channelsRead
        = YearReportRepository::channels(db, { 2025, 1, 1 }, { 2025, 12, 31 }, &counts, &own);
    const ServiceError::Code ownCode = own.code;
    YearReportRepository::BreachNotices notices;
    ServiceError notice;
    const bool noticesRead = YearReportRepository::breachNotices(
        db, u"2025-01-01"_s, u"2026-01-01"_s, { 2025, 1, 1 }, { 2025, 12, 31 }, &notices, &notice);
    QVERIFY(renameTable(db, table + u"_weg"_s, table));
    QVERIFY(refused);
    QCOMPARE(code, ServiceError::Code::Storage);
    QCOMPARE(channelsRead, table != u"cases"_s);
    if (!channelsRead)
        QCOMPARE(ownCode, ServiceError::Code::Storage);
    QCOMPARE(noticesRead, table != u"breaches"_s);
    if (!noticesRead)
        QCOMPARE(notice.code, ServiceError::Code::Storage);
}

void TestYearReport::kccMayNotSeeIt()
{
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
    const QString path = m_dir->filePath(u"kluis"_s);
    m_store.reset();
    {
        auto store = openServiceStoreAs(path, kcc, kccPassword);
        QVERIFY(store);
        const int before = denials(*store);
        ServiceError error;
        QVERIFY(!YearReportService(Session { *store, m_clock }).report(2025, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(*store), before + 1); // one user.denied event, nothing read
    }
    m_store = openServiceStoreAs(path, testUser, testPassword);
    QVERIFY(m_store);
}

// The DPIAs done and due and the covenants up for review, counted from the registers'
// dates for the year, and the covenants to review as "Vandaag" counts them while the year runs.
void TestYearReport::dpiasAndCovenants()
{
    ServiceError error;
    ProcessingRegister reg(Session { *m_store, m_clock });
    for (const auto &[code, name] :
         { std::pair { u"C.1"_s, u"Cameratoezicht"_s }, std::pair { u"C.2"_s, u"Woonfraude"_s },
           std::pair { u"C.3"_s, u"Signaleringslijst"_s } }) {
        ProcessingActivity a;
        a.purposeCode = u"C"_s;
        a.purpose = u"Bestrijden van fraude en overlast"_s;
        a.subCode = code;
        a.subPurpose = name;
        a.name = name;
        a.legalBases = { u"f"_s };
        a.subjects = { u"huurders"_s };
        a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
        QVERIFY2(reg.add(a, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    const auto dpia = [](const QString &code, QDate assessed, ResidualRisk risk, QDate consulted,
                         QDate review) {
        Dpia d;
        d.activityCode = code;
        d.needed = true;
        d.criteria = { u"monitoring"_s, u"grootschalig"_s };
        d.reason = u"Op de lijst van de AP"_s;
        d.assessedOn = assessed;
        d.outcome = assessed.isValid() ? u"Maatregelen genomen"_s : QString();
        d.residualRisk = risk;
        d.consultedOn = consulted;
        d.reviewOn = review;
        return d;
    };
    DpiaRegister dpias(Session { *m_store, m_clock });
    for (const Dpia &d :
         { dpia(u"C.1"_s, QDate(2025, 5, 1), ResidualRisk::Hoog, QDate(2025, 6, 1),
                QDate(2025, 12, 1)),
           dpia(u"C.2"_s, QDate(2026, 2, 1), ResidualRisk::Laag, {}, QDate(2027, 2, 1)),
           dpia(u"C.3"_s, QDate(2025, 3, 1), ResidualRisk::Hoog, {}, QDate(2026, 3, 1)) })
        QVERIFY2(dpias.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));

    CovenantService covenants(Session { *m_store, m_clock });
    const auto covenant = [](const QString &name, QDate from, QDate until, QDate review) {
        Covenant c;
        c.name = name;
        c.parties = { u"Gemeente Voorbeeld"_s };
        c.purpose = u"Vroegsignalering van betalingsachterstanden"_s;
        c.basis = LegalBasis::LegalObligation;
        c.basisText = u"Wet gemeentelijke schuldhulpverlening, art. 3a"_s;
        c.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
        c.from = from;
        c.until = until;
        c.reviewOn = review;
        return c;
    };
    for (const Covenant &c :
         { covenant(u"K1"_s, QDate(2024, 1, 1), QDate(2025, 6, 30), QDate(2025, 3, 1)),
           covenant(u"K2"_s, QDate(2025, 2, 1), {}, QDate(2025, 11, 1)),
           covenant(u"K3"_s, QDate(2025, 9, 1), QDate(2027, 12, 31), QDate(2026, 12, 1)) })
        QVERIFY2(covenants.add(c, nullptr, BsnCheck::Refuse, &error), qPrintable(error.message));

    const auto r2025 = YearReportService(Session { *m_store, m_clock }).report(2025, &error);
    QVERIFY2(r2025, qPrintable(error.message));
    // Done in 2025: C.1 and C.3; C.2 needed and without a date on 31 December 2025; C.1's review
    // came on 1 December; the AP consulted for C.1; C.3 high without a consultation.
    QCOMPARE(figure(*r2025, u"dpias"_s, u"dpias"_s, u"done"_s), 2.0);
    QCOMPARE(figure(*r2025, u"dpias"_s, u"dpias"_s, u"needed_not_done"_s), 1.0);
    QCOMPARE(figure(*r2025, u"dpias"_s, u"dpias"_s, u"review_due"_s), 1.0);
    QCOMPARE(figure(*r2025, u"dpias"_s, u"dpias"_s, u"ap_consulted"_s), 1.0);
    QCOMPARE(figure(*r2025, u"dpias"_s, u"dpias"_s, u"consultation_missing"_s), 1.0);
    // K2 and K3 in force on 31 December 2025, both begun in 2025; K1 ended; K2's review is due
    // (K1's was, but K1 no longer runs).
    QCOMPARE(figure(*r2025, u"covenants"_s, u"covenants"_s, u"in_force"_s), 2.0);
    QCOMPARE(figure(*r2025, u"covenants"_s, u"covenants"_s, u"started"_s), 2.0);
    QCOMPARE(figure(*r2025, u"covenants"_s, u"covenants"_s, u"ended"_s), 1.0);
    QCOMPARE(figure(*r2025, u"covenants"_s, u"covenants"_s, u"review_due"_s), 1.0);

    // The running year, on 16 March 2026: C.2 done; C.1's and C.3's reviews due; the covenants
    // to review are the ones "Vandaag" shows.
    const auto r2026 = YearReportService(Session { *m_store, m_clock }).report(2026, &error);
    QVERIFY2(r2026, qPrintable(error.message));
    QCOMPARE(figure(*r2026, u"dpias"_s, u"dpias"_s, u"done"_s), 1.0);
    QCOMPARE(figure(*r2026, u"dpias"_s, u"dpias"_s, u"needed_not_done"_s), 0.0);
    QCOMPARE(figure(*r2026, u"dpias"_s, u"dpias"_s, u"review_due"_s), 2.0);
    const TodayFigures today = TodayService(Session { *m_store, m_clock }).read(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(figure(*r2026, u"covenants"_s, u"covenants"_s, u"review_due"_s),
             double(today.covenantReviews.size()));
    QCOMPARE(figure(*r2026, u"dpias"_s, u"dpias"_s, u"review_due"_s), double(today.dpiaReviewsDue));
}

QTEST_GUILESS_MAIN(TestYearReport)
#include "tst_yearreport.moc"
