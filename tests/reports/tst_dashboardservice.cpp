// DashboardService on a real encrypted store holding the story of DashboardFixture (built
// through the services with the clock moved to each day): every figure of the three dashboards
// against numbers worked out by hand at three peildata, every drill-down filter counting
// exactly its figure, the JSON keys scripts rely on, and the CSV for Dutch Excel.

#include "DashboardFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "registers/Disclosures.h"
#include "reports/DashboardRepository.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "sql/RowReader.h"
#include "store/Store.h"
#include "terms/RetentionCalendar.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// References, not copies: a copy is initialised at start-up in an order the optimised build does
// not keep (it read an uninitialised QDate, -4715-12-01); a reference binds at compile time.
const QDate &dayA = DashboardFixture::peildatumA;
const QDate &dayB = DashboardFixture::peildatumB;
const QDate &dayC = DashboardFixture::peildatumC;

int countOf(const QList<CodeCount> &counts, const QString &code)
{
    for (const CodeCount &c : counts)
        if (c.code == code)
            return c.count;
    return -1;
}

// The count of series code in the month that starts on month; -1 when either is missing.
int cell(const MonthlyBreakdown &breakdown, const QString &code, QDate month)
{
    const qsizetype index = breakdown.months.indexOf(month);
    for (const MonthlyBreakdown::Series &series : breakdown.series)
        if (series.code == code && index >= 0)
            return series.counts.at(index);
    return -1;
}

const MonthShare *shareIn(const DeadlineFigures &f, QDate month)
{
    for (const MonthShare &share : f.onTimeByMonth)
        if (share.month == month)
            return &share;
    return nullptr;
}

// What a statement of the test read, or -1 / nothing when it failed (the comparison fails then).
QSqlQuery ran(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qWarning("%s", qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    return query;
}

// The intake as the earlier statements counted it: every kind of every request of the
// window from the join with case_types (per "yyyy-MM" and kind), and the requests apart.
struct JoinedIntake
{
    int requests = -1;
    QHash<QString, int> byMonthAndType; // "yyyy-MM type"
};

JoinedIntake intakeByTheJoin(const QSqlDatabase &db, QDate on)
{
    const QVariantList window { DashboardService::monthsEndingWith(on).first().toString(
                                    Qt::ISODate),
                                on.toString(Qt::ISODate) };
    JoinedIntake intake;
    QSqlQuery kinds = ran(db,
                          u"SELECT c.received_date, t.type FROM cases c JOIN case_types t ON "
                          "t.case_id = c.id WHERE c.received_date BETWEEN ? AND ?"_s,
                          window);
    while (kinds.next())
        ++intake
              .byMonthAndType[kinds.value(0).toString().left(7) + u' ' + kinds.value(1).toString()];
    QSqlQuery requests
        = ran(db, u"SELECT count(*) FROM cases c WHERE c.received_date BETWEEN ? AND ?"_s, window);
    if (requests.next())
        intake.requests = requests.value(0).toInt();
    return intake;
}

// The open requests' figures as the earlier statements counted them: a GROUP BY by the
// state on the day with the sums of the deadline against it, and the late ones read once more
// (the two branches of openOnSql with the deadline passed) and judged against both clocks.
struct GroupedOpen
{
    QHash<QString, int> byState;
    int open = -1;
    int overdue = 0;
    int dueToday = 0;
    int dueWithin7Days = 0;
    int lateLegal = 0;
    int latePolicyOnly = 0;
};

GroupedOpen openByTheGroupBy(const QSqlDatabase &db, QDate on, const DeadlinePolicy &policy)
{
    const QString day = on.toString(Qt::ISODate);
    GroupedOpen g;
    QSqlQuery grouped
        = ran(db,
              u"SELECT "_s + CaseRepository::stateOnSql()
                  + u", count(*), sum(CASE WHEN c.deadline_effective < ? THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN c.deadline_effective = ? THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN c.deadline_effective BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                    "FROM cases c WHERE "_s
                  + CaseRepository::openOnSql() + u" GROUP BY 1"_s,
              { day, day, day, day, day, on.addDays(7).toString(Qt::ISODate), day, day, day });
    g.open = 0;
    while (grouped.next()) {
        g.byState[grouped.value(0).toString()] += grouped.value(1).toInt();
        g.open += grouped.value(1).toInt();
        g.overdue += grouped.value(2).toInt();
        g.dueToday += grouped.value(3).toInt();
        g.dueWithin7Days += grouped.value(4).toInt();
    }
    const QString columns
        = u"SELECT "_s + CaseRepository::latenessColumnsSql() + u" FROM cases c"_s;
    QSqlQuery late = ran(db,
                         columns
                             + u" WHERE c.closed_at IS NULL AND c.received_date <= ? AND "
                               "c.deadline_effective < ? UNION ALL "_s
                             + columns + u" WHERE c.closed_at IS NOT NULL AND "_s
                             + CaseRepository::closedDateSql()
                             + u" > ? AND c.received_date <= ? AND c.deadline_effective < ?"_s,
                         { day, day, day, day, day });
    sql::RowReader row(late);
    while (late.next()) {
        const Lateness lateness
            = CaseQuery::clocksOf(CaseRepository::latenessOf(row, 0), policy, on).lateness;
        if (CaseQuery::isLateAgainst(lateness, LateClock::Legal))
            ++g.lateLegal;
        else if (CaseQuery::isLateAgainst(lateness, LateClock::PolicyOnly))
            ++g.latePolicyOnly;
    }
    return g;
}

// The request files and retention items as the earlier statements counted them on a
// store whose person_files are current: per month ahead the files whose trigger expires in it (a
// range of person_files each), and the expired ones, held or not, with the oldest expiry.
struct RangedRetention
{
    QList<int> filesByMonth;
    int expired = 0;
    int held = 0;
    QDate oldest;
};

RangedRetention retentionByTheRanges(const QSqlDatabase &db, QDate on)
{
    RangedRetention r;
    QSqlQuery rule = ran(db,
                         u"SELECT period_amount, period_unit FROM retention_rules WHERE code = "
                         "'avg-verzoekdossiers'"_s,
                         {});
    if (!rule.next())
        return r;
    const RetentionPeriod period { rule.value(0).toInt(),
                                   *RetentionCalendar::unitFromCode(rule.value(1).toString()) };
    const auto bound = [&period](QDate expiringBy) {
        return RetentionCalendar::latestTriggerExpiringBy(expiringBy, period).toString(Qt::ISODate);
    };
    const QString day = on.toString(Qt::ISODate);
    const QString held = u"(SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= '%1' "
                         "AND (h.released_on IS NULL OR h.released_on > '%1'))"_s.arg(day);
    const QString kept = u" AND f.open_requests = 0 AND f.person_id NOT IN (SELECT p.id FROM "
                         "persons p WHERE p.anonymised_at IS NOT NULL AND substr(p.anonymised_at, "
                         "1, 10) <= '%1')"_s.arg(day);
    QString after = bound(DashboardService::monthsStartingWith(on).first().addDays(-1));
    for (const QDate &month : DashboardService::monthsStartingWith(on)) {
        const QString end = bound(QDate(month.year(), month.month(), month.daysInMonth()));
        QSqlQuery files = ran(db,
                              u"SELECT count(*) FROM person_files f WHERE f.last_answer > ? AND "
                              "f.last_answer <= ?"_s
                                  + kept,
                              { after, end });
        r.filesByMonth << (files.next() ? files.value(0).toInt() : -1);
        after = end;
    }
    const QString expired = bound(on);
    QSqlQuery files = ran(db,
                          u"SELECT f.person_id IN "_s + held
                              + u", count(*), min(f.last_answer) FROM person_files f WHERE "
                                "f.last_answer <= ?"_s
                              + kept + u" GROUP BY 1"_s,
                          { expired });
    while (files.next()) {
        if (files.value(0).toInt() != 0) {
            r.held += files.value(1).toInt();
            continue;
        }
        r.expired += files.value(1).toInt();
        r.oldest = RetentionCalendar::expiry(
            QDate::fromString(files.value(2).toString(), Qt::ISODate), period);
    }
    QSqlQuery items = ran(db,
                          u"SELECT i.person_id IN "_s + held
                              + u", count(*), min(i.expires_on) FROM retention_items i WHERE "
                                "i.expires_on <= ? AND (i.destroyed_on IS NULL OR "
                                "i.destroyed_on > ?) GROUP BY 1"_s,
                          { day, day });
    while (items.next()) {
        if (items.value(0).toInt() != 0) {
            r.held += items.value(1).toInt();
            continue;
        }
        r.expired += items.value(1).toInt();
        const QDate oldest = QDate::fromString(items.value(2).toString(), Qt::ISODate);
        if (!r.oldest.isValid() || oldest < r.oldest)
            r.oldest = oldest;
    }
    return r;
}
} // namespace

class TestDashboardService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fixtureDeadlinesAreAsWorkedOut();
    void monthWindows();
    void deadlinesToday();
    void deadlinesInThePast();
    void deadlinesEarly();
    void deadlineDrillDownsCountTheirFigures_data();
    void deadlineDrillDownsCountTheirFigures();
    void drillDownsAgreeWithTheListFiltersToday();
    void lateFiguresKeepBothClocksApart();
    void retentionToday();
    void personFilesFollowTheRequests();
    void figuresAsTheEarlierStatementsCountedThem_data();
    void figuresAsTheEarlierStatementsCountedThem();
    void answeredLateReadsItsOwnIndex();
    void retentionInThePast();
    void retentionEarly();
    void retentionDrillDownsCountTheirFigures_data();
    void retentionDrillDownsCountTheirFigures();
    void disclosuresToday();
    void disclosuresInThePast();
    void disclosuresEarly();
    void disclosureDrillDownsCountTheirFigures_data();
    void disclosureDrillDownsCountTheirFigures();
    void jsonHasTheContractKeys();
    void csvForDutchExcel();
    void emptyStore();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(dayA, QTime(12, 0), Qt::UTC) };
    DashboardFixture m_fixture;
    std::unique_ptr<DashboardService> m_service;
};

void TestDashboardService::initTestCase()
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
    m_service = std::make_unique<DashboardService>(Session { *m_store });
}

void TestDashboardService::cleanupTestCase()
{
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDashboardService::fixtureDeadlinesAreAsWorkedOut()
{
    // The hand computations below rest on these stored effective deadlines (see the fixture).
    const QList<QPair<QString, QDate>> expected {
        { u"C7"_s, { 2025, 7, 4 } },  { u"C11"_s, { 2025, 7, 2 } },   { u"C8"_s, { 2025, 9, 3 } },
        { u"C1"_s, { 2025, 11, 5 } }, { u"C12"_s, { 2025, 11, 12 } }, { u"C2"_s, { 2026, 1, 3 } },
        { u"C3"_s, { 2026, 1, 7 } },  { u"C10"_s, { 2026, 2, 4 } },   { u"C5"_s, { 2026, 3, 16 } },
        { u"C4"_s, { 2026, 4, 2 } },  { u"C6"_s, { 2026, 4, 8 } },
    };
    QSqlQuery query(m_store->database());
    for (const auto &[name, deadline] : expected) {
        query.prepare(u"SELECT deadline_effective FROM cases WHERE number = ?"_s);
        query.addBindValue(m_fixture.cases.value(name));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), deadline.toString(Qt::ISODate));
    }
}

void TestDashboardService::monthWindows()
{
    const QList<QDate> past = DashboardService::monthsEndingWith(dayA);
    QCOMPARE(past.size(), 12);
    QCOMPARE(past.first(), QDate(2025, 4, 1));
    QCOMPARE(past.last(), QDate(2026, 3, 1));
    const QList<QDate> ahead = DashboardService::monthsStartingWith(dayA);
    QCOMPARE(ahead.first(), QDate(2026, 3, 1));
    QCOMPARE(ahead.last(), QDate(2027, 2, 1));
    QCOMPARE(DashboardService::monthsEndingWith(QDate(2024, 2, 29)).first(), QDate(2023, 3, 1));
    QVERIFY(DashboardService::monthLabel(QDate(2026, 3, 1), QLocale(QLocale::Dutch))
                .startsWith(u"mrt"_s));
    QVERIFY(DashboardService::monthLabel(QDate(2026, 3, 1), QLocale(QLocale::Dutch))
                .endsWith(u"2026"_s));
    QCOMPARE(DashboardService::monthLabel(QDate(2026, 5, 1), QLocale(QLocale::English)),
             u"May 2026"_s);
    // The English UI's locale (en_GB), whose CLDR data say "Sept": three letters, as every month.
    const QLocale british(u"en_GB"_s);
    QCOMPARE(DashboardService::monthLabel(QDate(2026, 9, 1), british), u"Sep 2026"_s);
    QCOMPARE(DashboardService::monthLabel(QDate(2026, 9, 1), QLocale(u"en_US"_s)), u"Sep 2026"_s);
    for (int month = 1; month <= 12; ++month)
        QCOMPARE(DashboardService::shortMonthName(month, british).size(), 3);
    QVERIFY(DashboardService::monthLabel(QDate(2026, 9, 1), QLocale(QLocale::Dutch))
                .startsWith(u"sep"_s));
}

void TestDashboardService::deadlinesToday()
{
    const DeadlineFigures f = m_service->deadlines(dayA);
    QCOMPARE(f.on, dayA);
    // Open on 2026-03-16: C3 (identificatie), C4 and C5 (ontvangen), C6 (in-behandeling).
    QCOMPARE(f.openByState.size(), 3);
    QCOMPARE(f.openByState.at(0).code, u"ontvangen"_s);
    QCOMPARE(f.openByState.at(1).code, u"identificatie"_s);
    QCOMPARE(f.openByState.at(2).code, u"in-behandeling"_s);
    QCOMPARE(countOf(f.openByState, u"ontvangen"_s), 2);
    QCOMPARE(countOf(f.openByState, u"identificatie"_s), 1);
    QCOMPARE(countOf(f.openByState, u"in-behandeling"_s), 1);
    QCOMPARE(f.open, 4);
    QCOMPARE(f.overdue, 1); // C3: 2026-01-07
    // ... but C3 waits for its identification (asked in time): neither clock runs.
    QCOMPARE(f.lateLegal, 0);
    QCOMPARE(f.latePolicyOnly, 0);
    QCOMPARE(f.dueToday, 1); // C5: 2026-03-16
    QCOMPARE(f.dueWithin7Days, 1); // C5; C4 (04-02) and C6 (04-08) lie beyond 03-23

    // Received 2025-04-01 .. 2026-03-16: C7, C11, C8, C1, C12, C2, C3, C10, C5, C4, C6 = 11;
    // C2 has two types, so the bars hold 12.
    QCOMPARE(f.intake, 11);
    QCOMPARE(f.intakeByType.months.size(), 12);
    QCOMPARE(f.intakeByType.series.size(), codes::all<RequestType>().size());
    QCOMPARE(f.intakeByType.total(), 12);
    QCOMPARE(cell(f.intakeByType, u"klacht"_s, QDate(2025, 5, 1)), 1);
    QCOMPARE(cell(f.intakeByType, u"inzage"_s, QDate(2025, 10, 1)), 2); // C1, C12
    QCOMPARE(cell(f.intakeByType, u"rectificatie"_s, QDate(2025, 12, 1)), 1);
    QCOMPARE(cell(f.intakeByType, u"verwijdering"_s, QDate(2025, 12, 1)), 1);
    QCOMPARE(cell(f.intakeByType, u"bezwaar"_s, QDate(2025, 12, 1)), 1);
    QCOMPARE(cell(f.intakeByType, u"intrekking"_s, QDate(2026, 1, 1)), 1);
    QCOMPARE(cell(f.intakeByType, u"inzage"_s, QDate(2026, 3, 1)), 1); // C4
    QCOMPARE(cell(f.intakeByType, u"overdraagbaarheid"_s, QDate(2026, 3, 1)), 1); // C6
    QCOMPARE(cell(f.intakeByType, u"overig"_s, QDate(2026, 3, 1)), 0);
    QCOMPARE(f.intakeByType.totalIn(11), 2);

    // Answered (answered → on time?): 06: C11 yes; 07: C7 yes; 09: C8 no; 11: C1 yes;
    // 2026-01: C10 yes, C2 no; 02: C12 no. April 2025 has none.
    QCOMPARE(f.onTimeByMonth.size(), 12);
    QCOMPARE(shareIn(f, QDate(2025, 4, 1))->answered, 0);
    QVERIFY(!shareIn(f, QDate(2025, 4, 1))->share());
    QCOMPARE(shareIn(f, QDate(2025, 6, 1))->onTime, 1);
    QCOMPARE(shareIn(f, QDate(2025, 9, 1))->answered, 1);
    QCOMPARE(shareIn(f, QDate(2025, 9, 1))->onTime, 0);
    QCOMPARE(*shareIn(f, QDate(2025, 9, 1))->share(), 0.0);
    QCOMPARE(shareIn(f, QDate(2026, 1, 1))->answered, 2);
    QCOMPARE(shareIn(f, QDate(2026, 1, 1))->onTime, 1);
    QCOMPARE(*shareIn(f, QDate(2026, 1, 1))->share(), 0.5);
    QCOMPARE(shareIn(f, QDate(2026, 3, 1))->answered, 0);
    QCOMPARE(f.answered, 7);
    // The three answered late were late against the law: C8 (legal 2025-09-04, its extension
    // told too late), C12 (legal 2025-11-13) and C2 (legal 2026-01-01 + 3 days' pause, a Sunday:
    // Monday 01-05; answered 01-08).
    QCOMPARE(f.answeredLateLegal, 3);
    QCOMPARE(f.answeredLatePolicyOnly, 0);
    // Handling days sorted: 1 (C10), 18 (C11), 28 (C1), 38 (C2), 57 (C7), 57 (C8), 112 (C12).
    QVERIFY(f.medianHandlingDays);
    QCOMPARE(*f.medianHandlingDays, 38.0);
    // Extensions of requests received in the window: C7 (in time) and C8 (late).
    QCOMPARE(f.extended, 2);
    QCOMPARE(f.extendedLate, 1);
}

void TestDashboardService::deadlinesInThePast()
{
    const DeadlineFigures f = m_service->deadlines(dayB);
    // On 2025-12-10: C2 in behandeling (identified 12-05; answered only 2026-01-08), C3 waiting
    // for identification (asked 12-09), C12 received and overdue since 11-12.
    QCOMPARE(f.open, 3);
    QCOMPARE(countOf(f.openByState, u"ontvangen"_s), 1);
    QCOMPARE(countOf(f.openByState, u"identificatie"_s), 1);
    QCOMPARE(countOf(f.openByState, u"in-behandeling"_s), 1);
    QCOMPARE(f.overdue, 1);
    QCOMPARE(f.lateLegal, 1); // C12: legal 2025-11-13, own 11-12
    QCOMPARE(f.latePolicyOnly, 0);
    QCOMPARE(f.dueToday, 0);
    QCOMPARE(f.dueWithin7Days, 0); // C2 2026-01-03 and C3 2026-01-07 lie beyond 12-17
    // Received 2025-01-01 .. 2025-12-10: C7, C11, C8, C1, C12, C2, C3.
    QCOMPARE(f.intake, 7);
    QCOMPARE(f.intakeByType.total(), 8);
    // Answered by then: C11 (18 days), C1 (28), C7 (57), C8 (57): median (28 + 57) / 2.
    QCOMPARE(f.answered, 4);
    QCOMPARE(f.answeredLateLegal, 1); // C8
    QCOMPARE(f.answeredLatePolicyOnly, 0);
    QCOMPARE(*f.medianHandlingDays, 42.5);
    QCOMPARE(shareIn(f, QDate(2025, 11, 1))->answered, 1);
    QCOMPARE(shareIn(f, QDate(2025, 11, 1))->onTime, 1);
    QCOMPARE(shareIn(f, QDate(2025, 12, 1))->answered, 0); // C2 was answered in January
    QVERIFY(!shareIn(f, QDate(2025, 12, 1))->share());
    QCOMPARE(f.extended, 2);
    QCOMPARE(f.extendedLate, 1);
}

void TestDashboardService::deadlinesEarly()
{
    const DeadlineFigures f = m_service->deadlines(dayC);
    // On 2025-05-10 only C7 (received 05-05) was open; its extension came on 05-20.
    QCOMPARE(f.open, 1);
    QCOMPARE(countOf(f.openByState, u"ontvangen"_s), 1);
    QCOMPARE(f.overdue, 0);
    QCOMPARE(f.lateLegal + f.latePolicyOnly + f.answeredLateLegal + f.answeredLatePolicyOnly, 0);
    QCOMPARE(f.extended, 0);
    QCOMPARE(f.extendedLate, 0);
    // Received 2024-06-01 .. 2025-05-10: C9 and C7. Answered: C9 (2024-11-20, 16 days).
    QCOMPARE(f.intake, 2);
    QCOMPARE(f.answered, 1);
    QCOMPARE(*f.medianHandlingDays, 16.0);
    QCOMPARE(cell(f.intakeByType, u"inzage"_s, QDate(2024, 11, 1)), 1);
}

void TestDashboardService::deadlineDrillDownsCountTheirFigures_data()
{
    QTest::addColumn<QDate>("on");
    QTest::newRow("today") << dayA;
    QTest::newRow("past") << dayB;
    QTest::newRow("early") << dayC;
    QTest::newRow("before everything") << QDate(2022, 1, 1);
}

void TestDashboardService::deadlineDrillDownsCountTheirFigures()
{
    QFETCH(QDate, on);
    const DeadlineFigures f = m_service->deadlines(on);
    const CaseQuery query(Session { *m_store }, testUser);
    QCOMPARE(query.count(DashboardService::openCases(on)), f.open);
    for (const CodeCount &state : f.openByState)
        QCOMPARE(query.count(DashboardService::openCases(on, codes::from<CaseState>(state.code))),
                 state.count);
    QCOMPARE(query.count(DashboardService::overdueCases(on)), f.overdue);
    QCOMPARE(query.count(DashboardService::dueTodayCases(on)), f.dueToday);
    QCOMPARE(query.count(DashboardService::dueWithin7DaysCases(on)), f.dueWithin7Days);
    int intake = 0;
    for (const QDate &month : f.intakeByType.months) {
        intake += query.count(DashboardService::intakeCases(month, on));
        for (const MonthlyBreakdown::Series &series : f.intakeByType.series)
            QCOMPARE(query.count(DashboardService::intakeCases(
                         month, on, codes::from<RequestType>(series.code))),
                     cell(f.intakeByType, series.code, month));
    }
    QCOMPARE(intake, f.intake);
    for (const MonthShare &share : f.onTimeByMonth) {
        QCOMPARE(query.count(DashboardService::answeredCases(share.month, on)), share.answered);
        QCOMPARE(query.count(DashboardService::answeredCases(share.month, on, true)), share.onTime);
        QCOMPARE(query.count(DashboardService::answeredCases(share.month, on, false)),
                 share.answered - share.onTime);
    }
    QCOMPARE(query.count(DashboardService::answeredInWindowCases(on)), f.answered);
    QCOMPARE(query.count(DashboardService::extendedCases(on, false)), f.extended);
    QCOMPARE(query.count(DashboardService::extendedCases(on, true)), f.extendedLate);
    for (const auto &[clock, late, answeredLate] :
         { std::tuple { LateClock::Legal, f.lateLegal, f.answeredLateLegal },
           std::tuple { LateClock::PolicyOnly, f.latePolicyOnly, f.answeredLatePolicyOnly } }) {
        QCOMPARE(query.count(DashboardService::lateCases(on, clock)), late);
        QCOMPARE(query.page(DashboardService::lateCases(on, clock), {}, 0, 100).size(), late);
        QCOMPARE(query.count(DashboardService::answeredLateCases(on, clock)), answeredLate);
    }
    // The pages show the same requests the count names.
    QCOMPARE(query.page(DashboardService::overdueCases(on), {}, 0, 100).size(), f.overdue);
}

void TestDashboardService::drillDownsAgreeWithTheListFiltersToday()
{
    // On today's date the peildatum filters and the list's own filters are the same sets.
    const CaseQuery query(Session { *m_store }, testUser);
    CaseListFilter overdue;
    overdue.today = dayA;
    overdue.overdue = true;
    QCOMPARE(query.count(DashboardService::overdueCases(dayA)), query.count(overdue));
    CaseListFilter week;
    week.today = dayA;
    week.dueWithinWeek = true;
    QCOMPARE(query.count(DashboardService::dueWithin7DaysCases(dayA)), query.count(week));
    for (CaseState state :
         { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling }) {
        CaseListFilter byState;
        byState.states = { state };
        QCOMPARE(query.count(DashboardService::openCases(dayA, state)), query.count(byState));
    }
}

// On a store of its own, under a policy of four weeks without an extension of its own:
// open requests late against the law and against the own deadline only, an extended one (its
// legal clock runs three months, its own does not), answered ones late against each clock, and
// one waiting for identification (late against neither); each figure with its list.
void TestDashboardService::lateFiguresKeepBothClocksApart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto store = createServiceStore(dir.filePath(u"klokken"_s));
    QVERIFY(store);
    const QDate on(2026, 11, 21); // a Saturday
    FixedClock clock(QDateTime(on, QTime(12, 0), Qt::UTC));
    CaseService cases(Session { *store, clock });
    ServiceError error;
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    QHash<QString, QString> numbers;
    const auto add = [&](const QString &name, QDate received) {
        NewCase request;
        request.person.name = name;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Email;
        request.receivedDate = received;
        const std::optional<Case> c = cases.add(request, BsnCheck::Refuse, &error);
        if (c)
            numbers.insert(name, c->number);
        return c.has_value();
    };
    const auto answer = [&](const QString &name, QDate answered) {
        return cases.complete(
            numbers.value(name),
            completion(Outcome::Toegewezen, answered, u"brief"_s, {}, {}, knownDataSubject),
            BsnCheck::Refuse, &error);
    };
    // Own deadline 19 Nov; legal 22 Nov, a Sunday: 23 Nov.
    QVERIFY(add(u"Alleen eigen termijn"_s, { 2026, 10, 22 }));
    // Own deadline 28 Oct; legal 30 Oct.
    QVERIFY(add(u"Beide termijnen"_s, { 2026, 9, 30 }));
    // Extended in time: legal 1 Dec; own deadline still 29 Sep.
    QVERIFY(add(u"Verlengd"_s, { 2026, 9, 1 }));
    // Under a policy with an extension of its own, which the organisation then dropped (issue
    // 38: under "binnen vier weken" the extension itself would move no date and is refused).
    QVERIFY2(cases.setPolicy(DeadlinePolicy(), &error), qPrintable(error.message));
    QVERIFY2(cases.extend(numbers.value(u"Verlengd"_s), u"Veel systemen"_s, { 2026, 9, 15 },
                          BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    // Answered 10 Sep: own deadline 31 Aug, legal 3 Sep.
    QVERIFY(add(u"Laat beantwoord"_s, { 2026, 8, 3 }));
    QVERIFY2(answer(u"Laat beantwoord"_s, { 2026, 9, 10 }), qPrintable(error.message));
    // Answered 31 Jul: own deadline 29 Jul; legal 1 Aug, a Saturday: 3 Aug.
    QVERIFY(add(u"Eigen termijn beantwoord"_s, { 2026, 7, 1 }));
    QVERIFY2(answer(u"Eigen termijn beantwoord"_s, { 2026, 7, 31 }), qPrintable(error.message));
    // Identification asked the next day, never received: the clocks stand still.
    QVERIFY(add(u"Wacht op identificatie"_s, { 2026, 9, 1 }));
    QVERIFY2(cases.requestIdentification(numbers.value(u"Wacht op identificatie"_s), { 2026, 9, 2 },
                                         &error),
             qPrintable(error.message));

    const DashboardService service(Session { *store });
    const CaseQuery query(Session { *store }, testUser);
    const auto numbersIn = [&](const CaseListFilter &filter) {
        QSet<QString> found;
        for (const CaseListRow &row : query.page(filter, {}, 0, 100))
            found << row.number;
        return found;
    };
    const DeadlineFigures f = service.deadlines(on);
    QCOMPARE(f.open, 4);
    QCOMPARE(f.lateLegal, 1);
    QCOMPARE(f.latePolicyOnly, 2);
    // The stored effective deadline has passed for all four open ones: the one waiting for its
    // identification shows its earliest deadline, but is late against neither clock.
    QCOMPARE(f.overdue, 4);
    QCOMPARE(f.answered, 2);
    QCOMPARE(f.answeredLateLegal, 1);
    QCOMPARE(f.answeredLatePolicyOnly, 1);
    QCOMPARE(numbersIn(DashboardService::lateCases(on, LateClock::Legal)),
             QSet<QString> { numbers.value(u"Beide termijnen"_s) });
    QCOMPARE(
        numbersIn(DashboardService::lateCases(on, LateClock::PolicyOnly)),
        (QSet<QString> { numbers.value(u"Alleen eigen termijn"_s), numbers.value(u"Verlengd"_s) }));
    QCOMPARE(numbersIn(DashboardService::answeredLateCases(on, LateClock::Legal)),
             QSet<QString> { numbers.value(u"Laat beantwoord"_s) });
    QCOMPARE(numbersIn(DashboardService::answeredLateCases(on, LateClock::PolicyOnly)),
             QSet<QString> { numbers.value(u"Eigen termijn beantwoord"_s) });

    // On 5 September: "Laat beantwoord" was still open then and two days past its legal
    // deadline; it counts as open and late on that day, not as answered.
    const QDate september(2026, 9, 5);
    const DeadlineFigures past = service.deadlines(september);
    QCOMPARE(past.lateLegal, 1);
    QCOMPARE(past.latePolicyOnly, 0);
    QCOMPARE(past.answeredLateLegal, 0);
    QCOMPARE(past.answeredLatePolicyOnly, 1);
    const QList<CaseListRow> lateThen
        = query.page(DashboardService::lateCases(september, LateClock::Legal), {}, 0, 100);
    QCOMPARE(lateThen.size(), 1);
    QCOMPARE(lateThen.first().number, numbers.value(u"Laat beantwoord"_s));
    QCOMPARE(lateThen.first().lateness.legalDays, 2);
    QCOMPARE(lateThen.first().lateness.policyDays, 5);
    QCOMPARE(query.count(DashboardService::answeredLateCases(september, LateClock::PolicyOnly)), 1);

    const QJsonObject json
        = DashboardService::toJson(f, service.retention(on), service.disclosures(on));
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"late_legal"_s).toInt(), 1);
    QCOMPARE(deadlines.value(u"late_policy_only"_s).toInt(), 2);
    QCOMPARE(deadlines.value(u"answered_late_legal"_s).toInt(), 1);
    QCOMPARE(deadlines.value(u"answered_late_policy_only"_s).toInt(), 1);
}

// Every person's row of person_files (migration 26) as the cases say it should be; empty when
// they agree.
QStringList personFilesDisagreeing(const QSqlDatabase &db)
{
    const QString fromCases = u"SELECT c.person_id, sum(CASE WHEN c.closed_at IS NULL THEN 1 ELSE "
                              "0 END), max(CASE WHEN c.closed_at IS NULL THEN NULL ELSE "
                              "COALESCE(c.answered_on, substr(c.closed_at, 1, 10)) END) FROM cases "
                              "c GROUP BY c.person_id"_s;
    const QString kept = u"SELECT person_id, open_requests, last_answer FROM person_files"_s;
    QStringList problems;
    for (const auto &[sql, what] :
         { std::pair { QString(fromCases + u" EXCEPT "_s + kept), u"missing"_s },
           std::pair { QString(kept + u" EXCEPT "_s + fromCases), u"stale"_s } }) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            problems << query.lastError().text();
            continue;
        }
        while (query.next())
            problems << u"%1 person %2: %3 open, last answer %4"_s.arg(
                what, query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString());
    }
    return problems;
}

void TestDashboardService::retentionToday()
{
    // Nothing in the fixture was received or answered after peildatum A: these figures come from
    // person_files (migration 26), those of the earlier peildata from the cases themselves.
    {
        QSqlQuery latest(m_store->database());
        QVERIFY(latest.exec(u"SELECT (SELECT max(received_date) FROM cases), (SELECT "
                            "max(last_answer) FROM person_files)"_s));
        QVERIFY(latest.next());
        QVERIFY(latest.value(0).toString() <= dayA.toString(Qt::ISODate));
        QVERIFY(!latest.value(1).toString().isEmpty());
        QVERIFY(latest.value(1).toString() <= dayA.toString(Qt::ISODate));
    }
    const RetentionFigures f = m_service->retention(dayA);
    const auto &e = f.expiringByCategory;
    QCOMPARE(e.months.first(), QDate(2026, 3, 1));
    QCOMPARE(e.series.size(), 7); // the seeded rules, in their order
    QCOMPARE(e.series.first().code, u"contactgegevens-huurder"_s);
    QCOMPARE(e.series.at(5).code, u"avg-verzoekdossiers"_s);
    QCOMPARE(e.series.last().code, u"datalekkenregister"_s); // schema 23
    // 2026-03: I2 (camerabeelden 03-20), I6 (financiële gegevens 03-31); 2026-06: I1;
    // 2026-11: P9's request files (answered 2024-11-20 + 2 years); 2027-02: I7. I8 expires
    // 2027-03-31, past the window; I5 was destroyed.
    QCOMPARE(e.total(), 5);
    QCOMPARE(cell(e, u"camerabeelden"_s, QDate(2026, 3, 1)), 1);
    QCOMPARE(cell(e, u"financiele-gegevens"_s, QDate(2026, 3, 1)), 1);
    QCOMPARE(cell(e, u"contactgegevens-huurder"_s, QDate(2026, 6, 1)), 1);
    QCOMPARE(cell(e, u"avg-verzoekdossiers"_s, QDate(2026, 11, 1)), 1);
    QCOMPARE(cell(e, u"contactgegevens-huurder"_s, QDate(2027, 2, 1)), 1);
    // Overdue for destruction: I3 (2026-02-07) and P13's request files (2025-06-15; the hold
    // was released 2025-08-01). Held by P14's hold: I4 and P14's request files.
    QCOMPARE(f.expired, 2);
    QCOMPARE(f.oldestExpired, QDate(2025, 6, 15));
    QCOMPARE(f.onHold, 1);
    QCOMPARE(f.heldItems, 2);
    const auto &d = f.destructionsByMonth;
    QCOMPARE(d.total(), 2);
    QCOMPARE(cell(d, u"verzoekdossier"_s, QDate(2025, 11, 1)), 1); // P15
    QCOMPARE(cell(d, u"item"_s, QDate(2026, 2, 1)), 1); // I5
}

// person_files is kept by triggers on cases: after the fixture's story (answers, a reopening,
// destroyed request files) and through a request's life on a store of its own.
void TestDashboardService::personFilesFollowTheRequests()
{
    QCOMPARE(personFilesDisagreeing(m_store->database()), QStringList());
    QVERIFY(countRows(m_store->database(), u"person_files"_s) > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto store = createServiceStore(dir.filePath(u"bestanden"_s));
    QVERIFY(store);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    CaseService cases(Session { *store, clock });
    ServiceError error;
    const auto row = [&store](qint64 person) -> QString {
        QSqlQuery query(store->database());
        query.prepare(u"SELECT open_requests, last_answer FROM person_files WHERE person_id = ?"_s);
        query.addBindValue(person);
        if (!query.exec() || !query.next())
            return QString();
        return query.value(0).toString() + u' ' + query.value(1).toString();
    };
    NewCase request;
    request.person.name = u"Persoon Bestanden"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2026, 3, 2);
    const std::optional<Case> first = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(first, qPrintable(error.message));
    const qint64 person = first->person.id;
    QCOMPARE(row(person), u"1 "_s);
    request.person = Person {};
    request.person.id = person;
    const std::optional<Case> second = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(second, qPrintable(error.message));
    QCOMPARE(row(person), u"2 "_s);

    clock.set(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    QVERIFY2(cases.complete(first->number,
                            completion(Outcome::Toegewezen, QDate(2026, 3, 9), u"brief"_s, {}, {},
                                       knownDataSubject),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(row(person), u"1 2026-03-09"_s);
    QVERIFY2(cases.complete(second->number,
                            completion(Outcome::Toegewezen, QDate(2026, 3, 10), u"brief"_s, {}, {},
                                       knownDataSubject),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(row(person), u"0 2026-03-10"_s);
    QVERIFY2(cases.reopen(second->number, u"Bijlage vergeten"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(row(person), u"1 2026-03-09"_s);
    QCOMPARE(personFilesDisagreeing(store->database()), QStringList());

    // A request moved to another person.
    QVERIFY(execSql(store->database(),
                    u"INSERT INTO persons (name, relation, created_at, created_by) SELECT 'Ander', "
                    "relation, created_at, created_by FROM persons WHERE id = %1"_s.arg(person)));
    QVERIFY(execSql(store->database(),
                    u"UPDATE cases SET person_id = (SELECT max(id) FROM persons) WHERE number = "
                    "'%1'"_s.arg(second->number)));
    QCOMPARE(row(person), u"0 2026-03-09"_s);
    QCOMPARE(personFilesDisagreeing(store->database()), QStringList());
}

// The intake per month and kind (one statement over types_key instead of the join
// with case_types) and the request files as they are now (one range of person_files instead of
// a range per month) count exactly what the earlier statements counted, on both backends: at
// peildata whose windows start or end on a request's receipt, and whose bounds fall on, just
// before and just after a file's expiry (P9, P7, P11, P8, P1, P10, P2, P12), a held file (P14),
// an expired one (P13) and destroyed files (P15).
void TestDashboardService::figuresAsTheEarlierStatementsCountedThem_data()
{
    QTest::addColumn<QDate>("on");
    const QList<QDate> days {
        dayA,
        dayB,
        dayC,
        { 2026, 3, 17 },
        { 2026, 3, 31 },
        { 2026, 4, 1 },
        { 2026, 11, 1 },
        { 2026, 11, 19 },
        { 2026, 11, 20 },
        { 2026, 11, 30 },
        { 2026, 12, 1 },
        { 2026, 12, 31 },
        { 2027, 5, 31 },
        { 2027, 6, 19 },
        { 2027, 6, 20 },
        { 2027, 7, 1 },
        { 2027, 9, 30 },
        { 2027, 10, 31 },
        { 2027, 11, 3 },
        { 2028, 1, 6 },
        { 2028, 1, 8 },
        { 2028, 2, 1 },
        { 2028, 2, 2 },
        { 2028, 2, 3 },
        { 2030, 1, 1 },
    };
    for (const QDate &day : days)
        QTest::newRow(qPrintable(day.toString(Qt::ISODate))) << day;
}

void TestDashboardService::figuresAsTheEarlierStatementsCountedThem()
{
    QFETCH(QDate, on);
    const QSqlDatabase db = m_store->database();
    const DeadlineFigures deadlines = m_service->deadlines(on);
    const JoinedIntake joined = intakeByTheJoin(db, on);
    QCOMPARE(deadlines.intake, joined.requests);
    int kinds = 0;
    for (const MonthlyBreakdown::Series &series : deadlines.intakeByType.series) {
        for (qsizetype i = 0; i < series.counts.size(); ++i) {
            const QString key
                = deadlines.intakeByType.months.at(i).toString(u"yyyy-MM"_s) + u' ' + series.code;
            QVERIFY2(series.counts.at(i) == joined.byMonthAndType.value(key), qPrintable(key));
            kinds += series.counts.at(i);
        }
    }
    QCOMPARE(kinds,
             std::accumulate(joined.byMonthAndType.cbegin(), joined.byMonthAndType.cend(), 0));

    // The open requests: one read of their rows, where a GROUP BY and a read of the late ones
    // were two.
    ServiceError policyError;
    const auto policy = CaseService(Session { *m_store }).policy(&policyError);
    QVERIFY2(policy, qPrintable(policyError.message));
    const GroupedOpen grouped = openByTheGroupBy(db, on, *policy);
    QCOMPARE(deadlines.open, grouped.open);
    for (const CodeCount &state : deadlines.openByState)
        QCOMPARE(state.count, grouped.byState.value(state.code));
    QCOMPARE(deadlines.overdue, grouped.overdue);
    QCOMPARE(deadlines.dueToday, grouped.dueToday);
    QCOMPARE(deadlines.dueWithin7Days, grouped.dueWithin7Days);
    QCOMPARE(deadlines.lateLegal, grouped.lateLegal);
    QCOMPARE(deadlines.latePolicyOnly, grouped.latePolicyOnly);

    if (on < dayA)
        return; // person_files answers only for a peildatum after everything in the store
    const RetentionFigures retention = m_service->retention(on);
    const RangedRetention ranged = retentionByTheRanges(db, on);
    QList<int> files;
    for (const MonthlyBreakdown::Series &series : retention.expiringByCategory.series)
        if (series.code == QLatin1StringView(RetentionRule::requestFilesCode))
            files = series.counts;
    QCOMPARE(files, ranged.filesByMonth);
    QCOMPARE(retention.expired, ranged.expired);
    QCOMPARE(retention.heldItems, ranged.held);
    QCOMPARE(retention.oldestExpired, ranged.oldest);
}

// The answers of the window after their deadline are a range of cases_answered_late
// (schema 46), which holds the late ones only, on both backends; cases_closed_on held every
// answer of the window.
void TestDashboardService::answeredLateReadsItsOwnIndex()
{
    const QString sql = DashboardRepository::answeredLateSql();
    const QVariantList window { DashboardService::monthsEndingWith(dayA).first().toString(
                                    Qt::ISODate),
                                dayA.toString(Qt::ISODate) };
    if (m_store->isServer()) {
        const QString plan = serverPlan(m_store->database(), sql, window);
        QVERIFY2(plan.contains(u" cases_answered_late "_s), qPrintable(plan));
        return;
    }
    QSqlQuery plan = ran(m_store->database(), u"EXPLAIN QUERY PLAN "_s + sql, window);
    QStringList details;
    while (plan.next())
        details << plan.value(3).toString();
    const QString text = details.join(u'\n');
    QVERIFY2(text.contains(u"USING INDEX cases_answered_late"_s), qPrintable(text));
}

void TestDashboardService::retentionInThePast()
{
    const RetentionFigures f = m_service->retention(dayB);
    const auto &e = f.expiringByCategory;
    // 2025-12 .. 2026-11, as it stood on 2025-12-10: I5 (01-29) was not yet destroyed; P2 and
    // P12 still had an open request, so no request files; P15 was anonymised on 11-15.
    QCOMPARE(e.total(), 6);
    QCOMPARE(cell(e, u"camerabeelden"_s, QDate(2026, 1, 1)), 1); // I5
    QCOMPARE(cell(e, u"sollicitanten"_s, QDate(2026, 2, 1)), 1); // I3
    QCOMPARE(cell(e, u"camerabeelden"_s, QDate(2026, 3, 1)), 1); // I2
    QCOMPARE(cell(e, u"financiele-gegevens"_s, QDate(2026, 3, 1)), 1); // I6
    QCOMPARE(cell(e, u"contactgegevens-huurder"_s, QDate(2026, 6, 1)), 1); // I1
    QCOMPARE(cell(e, u"avg-verzoekdossiers"_s, QDate(2026, 11, 1)), 1); // P9
    // Overdue: P13's request files; held (P14 since 11-01): I4 and P14's request files.
    QCOMPARE(f.expired, 1);
    QCOMPARE(f.oldestExpired, QDate(2025, 6, 15));
    QCOMPARE(f.heldItems, 2);
    QCOMPARE(f.onHold, 1);
    QCOMPARE(f.destructionsByMonth.total(), 1);
    QCOMPARE(cell(f.destructionsByMonth, u"verzoekdossier"_s, QDate(2025, 11, 1)), 1);
}

void TestDashboardService::retentionEarly()
{
    const RetentionFigures f = m_service->retention(dayC);
    // On 2025-05-10 P15's files (expired 2025-01-20) were not yet destroyed, and P13 was on
    // hold (since 05-01) though its files only expired on 06-15.
    QCOMPARE(f.expired, 1);
    QCOMPARE(f.oldestExpired, QDate(2025, 1, 20));
    QCOMPARE(f.onHold, 1);
    QCOMPARE(f.heldItems, 0);
    // 2025-05 .. 2026-04: I4 2025-10, I5 2026-01, I3 2026-02, I2 and I6 2026-03; request files
    // of P13 (2025-06) and P14 (2025-09). C7 was open, so P7 had none.
    QCOMPARE(f.expiringByCategory.total(), 7);
    QCOMPARE(cell(f.expiringByCategory, u"avg-verzoekdossiers"_s, QDate(2025, 6, 1)), 1);
    QCOMPARE(cell(f.expiringByCategory, u"avg-verzoekdossiers"_s, QDate(2025, 9, 1)), 1);
    QCOMPARE(cell(f.expiringByCategory, u"inkomensgegevens-toewijzing"_s, QDate(2025, 10, 1)), 1);
    QCOMPARE(f.destructionsByMonth.total(), 0);
}

void TestDashboardService::retentionDrillDownsCountTheirFigures_data()
{
    deadlineDrillDownsCountTheirFigures_data();
}

void TestDashboardService::retentionDrillDownsCountTheirFigures()
{
    QFETCH(QDate, on);
    const RetentionFigures f = m_service->retention(on);
    const RetentionService retention(Session { *m_store, m_clock });
    for (const QDate &month : f.expiringByCategory.months)
        for (const MonthlyBreakdown::Series &series : f.expiringByCategory.series)
            QCOMPARE(retention.countDue(DashboardService::expiringIn(month, on, series.code),
                                        test::MustRead()),
                     cell(f.expiringByCategory, series.code, month));
    QCOMPARE(retention.countDue(DashboardService::expiringInWindow(on), test::MustRead()),
             f.expiringByCategory.total());
    const QList<RetentionItem> expired
        = retention.due(DashboardService::expiredOn(on), test::MustRead());
    QCOMPARE(expired.size(), f.expired);
    if (!expired.isEmpty())
        QCOMPARE(expired.first().expires, f.oldestExpired);
    for (const RetentionItem &item : expired)
        QCOMPARE(item.state, RetentionState::Expired);
    QCOMPARE(retention.holdsOn(on, test::MustRead()).size(), f.onHold);
    for (const QDate &month : f.destructionsByMonth.months)
        for (const MonthlyBreakdown::Series &series : f.destructionsByMonth.series)
            QCOMPARE(
                retention.destructionCount(DashboardService::destructionsIn(month, on, series.code),
                                           test::MustRead()),
                cell(f.destructionsByMonth, series.code, month));
    QCOMPARE(
        retention.destructionCount(DashboardService::destructionsInWindow(on), test::MustRead()),
        f.destructionsByMonth.total());
}

void TestDashboardService::disclosuresToday()
{
    const DisclosureFigures f = m_service->disclosures(dayA);
    // 2025-04-01 .. 2026-03-16: D2 (gemeente, 2025-06), D3 (politie, 2025-11), D4 (aannemer,
    // 2025-12), D5 (aannemer, 2026-01), D6 (gemeente, 2026-02), D7 (gemeente, 2026-03). D8 is
    // dated after the peildatum, D1 and D9 before the window.
    QCOMPARE(f.total, 6);
    QCOMPARE(f.byCategory.total(), 6);
    QCOMPARE(f.byCategory.series.size(), codes::all<RecipientCategory>().size());
    QCOMPARE(cell(f.byCategory, u"gemeente"_s, QDate(2025, 6, 1)), 1);
    QCOMPARE(cell(f.byCategory, u"politie-justitie"_s, QDate(2025, 11, 1)), 1);
    QCOMPARE(cell(f.byCategory, u"aannemer"_s, QDate(2025, 12, 1)), 1);
    QCOMPARE(cell(f.byCategory, u"aannemer"_s, QDate(2026, 1, 1)), 1);
    QCOMPARE(cell(f.byCategory, u"gemeente"_s, QDate(2026, 3, 1)), 1);
    // Bases: b D4; c D3, D6, D7; e D2; f D5.
    QCOMPARE(f.byLegalBasis.size(), 6);
    QCOMPARE(countOf(f.byLegalBasis, u"a"_s), 0);
    QCOMPARE(countOf(f.byLegalBasis, u"b"_s), 1);
    QCOMPARE(countOf(f.byLegalBasis, u"c"_s), 3);
    QCOMPARE(countOf(f.byLegalBasis, u"d"_s), 0);
    QCOMPARE(countOf(f.byLegalBasis, u"e"_s), 1);
    QCOMPARE(countOf(f.byLegalBasis, u"f"_s), 1);
    // Still to tell on 2026-03-16: D2 (P1, P2), D6 (P1), D7 (P3); D4 was told on 2026-01-15.
    QCOMPARE(f.toInform, 3);
    QCOMPARE(f.toInformPersons, 3);
    QCOMPARE(f.prohibited, 1); // D3
    QCOMPARE(f.topRecipients.size(), 3);
    QCOMPARE(f.topRecipients.at(0).id, m_fixture.recipients.value(u"R2"_s));
    QCOMPARE(f.topRecipients.at(0).count, 3);
    QCOMPARE(f.topRecipients.at(0).category, u"gemeente"_s);
    QCOMPARE(f.topRecipients.at(1).id, m_fixture.recipients.value(u"R1"_s));
    QCOMPARE(f.topRecipients.at(1).count, 2);
    QCOMPARE(f.topRecipients.at(2).id, m_fixture.recipients.value(u"R3"_s));
    // R5 has no agreement, R4's review date (2026-01-01) has passed; R6 is archived.
    QCOMPARE(f.reviewsOverdue.size(), 2);
    QCOMPARE(f.reviewsOverdue.at(0).id, m_fixture.recipients.value(u"R5"_s));
    QVERIFY(!f.reviewsOverdue.at(0).review.isValid());
    QCOMPARE(f.reviewsOverdue.at(1).id, m_fixture.recipients.value(u"R4"_s));
    QCOMPARE(f.reviewsOverdue.at(1).review, QDate(2026, 1, 1));
}

void TestDashboardService::disclosuresInThePast()
{
    const DisclosureFigures f = m_service->disclosures(dayB);
    // 2025-01-01 .. 2025-12-10: D1 (aannemer, b), D2 (gemeente, e), D3 (politie, c), D4
    // (aannemer, b).
    QCOMPARE(f.total, 4);
    QCOMPARE(cell(f.byCategory, u"aannemer"_s, QDate(2025, 3, 1)), 1);
    QCOMPARE(cell(f.byCategory, u"aannemer"_s, QDate(2025, 12, 1)), 1);
    QCOMPARE(countOf(f.byLegalBasis, u"b"_s), 2);
    QCOMPARE(countOf(f.byLegalBasis, u"c"_s), 1);
    QCOMPARE(countOf(f.byLegalBasis, u"e"_s), 1);
    // On 2025-12-10 D2 (P1, P2) and D4 (P12; told only on 2026-01-15) were still to tell.
    QCOMPARE(f.toInform, 2);
    QCOMPARE(f.toInformPersons, 3);
    QCOMPARE(f.prohibited, 1);
    // R1 2; R2 and R3 1 each, by name.
    QCOMPARE(f.topRecipients.size(), 3);
    QCOMPARE(f.topRecipients.at(0).id, m_fixture.recipients.value(u"R1"_s));
    QCOMPARE(f.topRecipients.at(1).id, m_fixture.recipients.value(u"R2"_s));
    QCOMPARE(f.topRecipients.at(2).id, m_fixture.recipients.value(u"R3"_s));
    QCOMPARE(f.reviewsOverdue.size(), 1); // R5; R4's review is due only on 2026-01-01
}

void TestDashboardService::disclosuresEarly()
{
    const DisclosureFigures f = m_service->disclosures(dayC);
    QCOMPARE(f.total, 1); // D1; D9 (2024-05-02) lies before 2024-06-01
    QCOMPARE(f.toInform, 0);
    QCOMPARE(f.toInformPersons, 0);
    QCOMPARE(f.prohibited, 0);
}

void TestDashboardService::disclosureDrillDownsCountTheirFigures_data()
{
    deadlineDrillDownsCountTheirFigures_data();
}

void TestDashboardService::disclosureDrillDownsCountTheirFigures()
{
    QFETCH(QDate, on);
    const DisclosureFigures f = m_service->disclosures(on);
    const DisclosureService disclosures(Session { *m_store, m_clock });
    int total = 0;
    for (const QDate &month : f.byCategory.months) {
        total += disclosures.count(DashboardService::disclosuresIn(month, on));
        for (const MonthlyBreakdown::Series &series : f.byCategory.series)
            QCOMPARE(disclosures.count(DashboardService::disclosuresIn(
                         month, on, codes::from<RecipientCategory>(series.code))),
                     cell(f.byCategory, series.code, month));
    }
    QCOMPARE(total, f.total);
    QCOMPARE(disclosures.count(DashboardService::disclosuresInWindow(on)), f.total);
    for (const CodeCount &basis : f.byLegalBasis)
        QCOMPARE(disclosures.count(DashboardService::disclosuresByBasis(
                     on, *codes::from<LegalBasis>(basis.code))),
                 basis.count);
    for (const DisclosureFigures::TopRecipient &top : f.topRecipients)
        QCOMPARE(disclosures.count(DashboardService::disclosuresTo(on, top.id)), top.count);
    QCOMPARE(disclosures.count(DashboardService::toInform(on)), f.toInform);
    QCOMPARE(disclosures.count(DashboardService::prohibited(on)), f.prohibited);
}

void TestDashboardService::jsonHasTheContractKeys()
{
    const QJsonObject json = DashboardService::toJson(
        m_service->deadlines(dayA), m_service->retention(dayA), m_service->disclosures(dayA));
    QCOMPARE(json.value(u"on"_s).toString(), u"2026-03-16"_s);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    for (const QString &key :
         { u"on"_s, u"open"_s, u"open_by_state"_s, u"overdue"_s, u"due_today"_s,
           u"due_within_7_days"_s, u"intake"_s, u"intake_by_type_by_month"_s,
           u"on_time_share_by_month"_s, u"answered"_s, u"median_handling_days"_s, u"extended"_s,
           u"extended_late"_s, u"late_legal"_s, u"late_policy_only"_s, u"answered_late_legal"_s,
           u"answered_late_policy_only"_s })
        QVERIFY2(deadlines.contains(key), qPrintable(key));
    QCOMPARE(deadlines.value(u"answered_late_legal"_s).toInt(), 3);
    QCOMPARE(deadlines.value(u"open_by_state"_s).toObject().value(u"ontvangen"_s).toInt(), 2);
    QCOMPARE(deadlines.value(u"overdue"_s).toInt(), 1);
    QCOMPARE(deadlines.value(u"median_handling_days"_s).toDouble(), 38.0);
    const QJsonArray shares = deadlines.value(u"on_time_share_by_month"_s).toArray();
    QCOMPARE(shares.size(), 12);
    QCOMPARE(shares.first().toObject().value(u"month"_s).toString(), u"2025-04"_s);
    QVERIFY(shares.first().toObject().value(u"share"_s).isNull());
    const QJsonObject january = shares.at(9).toObject();
    QCOMPARE(january.value(u"month"_s).toString(), u"2026-01"_s);
    QCOMPARE(january.value(u"answered"_s).toInt(), 2);
    QCOMPARE(january.value(u"on_time"_s).toInt(), 1);
    QCOMPARE(january.value(u"share"_s).toDouble(), 0.5);
    const QJsonObject intakeMarch
        = deadlines.value(u"intake_by_type_by_month"_s).toArray().last().toObject();
    QCOMPARE(intakeMarch.value(u"month"_s).toString(), u"2026-03"_s);
    QCOMPARE(intakeMarch.value(u"total"_s).toInt(), 2);
    QCOMPARE(intakeMarch.value(u"counts"_s).toObject().value(u"overdraagbaarheid"_s).toInt(), 1);

    const QJsonObject retention = json.value(u"retention"_s).toObject();
    for (const QString &key :
         { u"on"_s, u"expiring_by_category_by_month"_s, u"expired"_s, u"oldest_expired"_s,
           u"on_hold"_s, u"held_items"_s, u"destructions_by_month"_s })
        QVERIFY2(retention.contains(key), qPrintable(key));
    QCOMPARE(retention.value(u"expired"_s).toInt(), 2);
    QCOMPARE(retention.value(u"oldest_expired"_s).toString(), u"2025-06-15"_s);
    QCOMPARE(retention.value(u"on_hold"_s).toInt(), 1);

    const QJsonObject disclosures = json.value(u"disclosures"_s).toObject();
    for (const QString &key :
         { u"on"_s, u"total"_s, u"by_category_by_month"_s, u"by_legal_basis"_s, u"to_inform"_s,
           u"to_inform_persons"_s, u"prohibited"_s, u"top_recipients"_s, u"reviews_overdue"_s })
        QVERIFY2(disclosures.contains(key), qPrintable(key));
    QCOMPARE(disclosures.value(u"to_inform"_s).toInt(), 3);
    QCOMPARE(disclosures.value(u"by_legal_basis"_s).toObject().value(u"c"_s).toInt(), 3);
    const QJsonArray byCategory = disclosures.value(u"by_category_by_month"_s).toArray();
    QCOMPARE(byCategory.size(), 12);
    QCOMPARE(
        byCategory.last().toObject().value(u"counts"_s).toObject().value(u"gemeente"_s).toInt(), 1);
    const QJsonArray reviews = disclosures.value(u"reviews_overdue"_s).toArray();
    QCOMPARE(reviews.size(), 2);
    QVERIFY(reviews.first().toObject().value(u"review"_s).isNull());
    QCOMPARE(reviews.last().toObject().value(u"review"_s).toString(), u"2026-01-01"_s);
}

void TestDashboardService::csvForDutchExcel()
{
    MonthlyBreakdown breakdown;
    breakdown.months = { QDate(2026, 2, 1), QDate(2026, 3, 1) };
    breakdown.series = { { u"a"_s, u"=HYPERLINK(\"x\")"_s, { 1, 2 } },
                         { u"b"_s, u"Gemeente; politie"_s, { 0, 5 } } };
    const QByteArray csv = breakdownToCsv(breakdown, u"Maand"_s, QLocale(QLocale::Dutch));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 4); // header, two months, and the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    // The formula is neutralised with a quote, the separator inside a label quoted.
    QCOMPARE(lines.at(0),
             u"Maand;\"'=HYPERLINK(\"\"x\"\")\";\"Gemeente; politie\";"_s
                 + DashboardService::tr("Total"));
    QVERIFY(lines.at(1).startsWith(u"feb"_s));
    QVERIFY(lines.at(1).endsWith(u" 2026;1;0;1"_s));
    QVERIFY(lines.at(2).endsWith(u" 2026;2;5;7"_s));

    const QByteArray counts = codeCountsToCsv({ { u"c"_s, u"-1 wettelijke plicht"_s, 3 } },
                                              u"Grondslag"_s, u"Aantal"_s);
    QCOMPARE(counts, QByteArray("\xEF\xBB\xBFGrondslag;Aantal\r\n'-1 wettelijke plicht;3\r\n"));
}

void TestDashboardService::emptyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto empty = createServiceStore(dir.filePath(u"leeg"_s));
    QVERIFY(empty);
    const DashboardService service(Session { *empty });
    const DeadlineFigures d = service.deadlines(dayA);
    QCOMPARE(d.open, 0);
    QCOMPARE(d.openByState.size(), 3);
    QCOMPARE(d.intakeByType.total(), 0);
    QCOMPARE(d.intakeByType.series.size(), codes::all<RequestType>().size());
    QVERIFY(!d.medianHandlingDays);
    const RetentionFigures r = service.retention(dayA);
    QCOMPARE(r.expired, 0);
    QVERIFY(!r.oldestExpired.isValid());
    QCOMPARE(r.expiringByCategory.series.size(), 7);
    const DisclosureFigures x = service.disclosures(dayA);
    QCOMPARE(x.total, 0);
    QVERIFY(x.topRecipients.isEmpty());
    QCOMPARE(x.byLegalBasis.size(), 6);
    const QJsonObject json = DashboardService::toJson(d, r, x);
    QVERIFY(json.value(u"deadlines"_s).toObject().value(u"median_handling_days"_s).isNull());
    QVERIFY(json.value(u"retention"_s).toObject().value(u"oldest_expired"_s).isNull());
}

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
