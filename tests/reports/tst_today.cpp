// TodayService (the "Vandaag" strip) on both backends: its request figures are the
// dashboard's on the same day and each counts exactly the list it drills down to; a request by
// a representative without a mandate waits like one in identification; a breach registered 26
// hours ago has 46 hours left on its AP clock and one whose people are to be informed is named;
// a completed rectification whose recipient was not told is counted (art. 19) until it is;
// a KCC employee sees their own requests in identification and nothing of the registers,
// without a refusal left behind; an empty store has nothing urgent.
#include "DashboardFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "registers/Disclosures.h"
#include "reports/DashboardService.h"
#include "reports/Today.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;

QSet<QString> numbersOf(const Store &store, const CaseListFilter &filter, const Clock &clock)
{
    const CaseQuery query(Session { store, clock }, store.userName());
    QSet<QString> numbers;
    for (const CaseListRow &row : query.page(filter, {}, 0, 1000, MustRead()))
        numbers << row.number;
    return numbers;
}

Breach breachDiscovered(const QString &title, const QDateTime &discovered)
{
    Breach b;
    b.title = title;
    b.discoveredAt = discovered;
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 3;
    return b;
}

} // namespace

class TestToday final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void figuresAreTheDashboards();
    void withinSevenDaysDrillsDownToExactlyThose();
    void mandateAwaitedCounts();
    void breachClockShowsHoursLeft();
    void breachSubjectsToInform();
    void kccSeesNoBreach();
    void emptyStoreHasNothingUrgent();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC) };
    DashboardFixture m_fixture;
    int m_storeCount = 0;
    QString m_path;
};

void TestToday::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestToday::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

void TestToday::init()
{
    m_path = m_dir->filePath(u"kluis%1"_s.arg(++m_storeCount));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
    m_clock.set(QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC));
}

void TestToday::cleanup()
{
    m_store.reset();
}

void TestToday::figuresAreTheDashboards()
{
    QString failure;
    QVERIFY2(m_fixture.build(*m_store, m_clock, &failure), qPrintable(failure));
    const QDate today = DashboardFixture::peildatumA;
    QCOMPARE(m_clock.today(), today);

    const TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.today, today);
    QVERIFY(f.registers);
    const DeadlineFigures d = DashboardService(Session { *m_store }).deadlines(today, MustRead());
    QCOMPARE(f.dueToday, d.dueToday);
    QCOMPARE(f.dueWithin7Days, d.dueWithin7Days);
    QCOMPARE(f.lateLegal, d.lateLegal);
    QCOMPARE(f.latePolicyOnly, d.latePolicyOnly);
    // C5's deadline is today (the legal one, a Monday); C3 waits for its identification.
    QCOMPARE(f.dueToday, 1);
    QCOMPARE(f.awaitingIdentity, 1);
    QCOMPARE(numbersOf(*m_store, TodayService::dueTodayCases(today), m_clock),
             QSet<QString> { m_fixture.cases.value(u"C5"_s) });
    QCOMPARE(numbersOf(*m_store, TodayService::awaitingIdentityCases(today, false), m_clock),
             QSet<QString> { m_fixture.cases.value(u"C3"_s) });
    const RetentionFigures r = DashboardService(Session { *m_store }).retention(today, MustRead());
    QCOMPARE(f.retentionDue, r.expired);
    QVERIFY(f.retentionDue > 0);
    QCOMPARE(RetentionService(Session { *m_store, m_clock })
                 .countDue(TodayService::retentionDue(today), MustRead()),
             f.retentionDue);
    // Each figure is the count of the list it leads to.
    const CaseQuery query(Session { *m_store, m_clock }, m_store->userName());
    QCOMPARE(query.count(TodayService::lateCases(today, LateClock::Legal), MustRead()),
             f.lateLegal);
    QCOMPARE(query.count(TodayService::lateCases(today, LateClock::PolicyOnly), MustRead()),
             f.latePolicyOnly);
    QVERIFY(!f.nothingUrgent());

    // Art. 19: the requests with a recipient not yet told are those whose checklist has one to
    // do (DisclosureService::art19Notifications, request by request); C2's is the fixture's.
    DisclosureService disclosures(Session { *m_store, m_clock });
    QSet<QString> expected;
    for (const QString &number : std::as_const(m_fixture.cases)) {
        const QList<Art19Notification> list = disclosures.art19Notifications(number, MustRead());
        if (std::any_of(list.cbegin(), list.cend(),
                        [](const Art19Notification &n) { return !n.done(); }))
            expected << number;
    }
    QCOMPARE(expected, QSet<QString> { m_fixture.cases.value(u"C2"_s) });
    QCOMPARE(f.art19Requests.size(), 1);
    QCOMPARE(numbersOf(*m_store, TodayService::art19Cases(today, f.art19Requests), m_clock),
             expected);
    QCOMPARE(TodayService::toJson(f).value(u"art19_pending"_s).toInt(), 1);
    // Told (or exempt), it leaves the list.
    const QString c2 = m_fixture.cases.value(u"C2"_s);
    for (const Art19Notification &n : disclosures.art19Notifications(c2, MustRead())) {
        if (!n.done())
            QVERIFY(disclosures.markNotified(c2, n.recipientId, today, MustRead()));
    }
    QVERIFY(TodayService(Session { *m_store, m_clock }).read(MustRead()).art19Requests.isEmpty());
}

void TestToday::withinSevenDaysDrillsDownToExactlyThose()
{
    CaseService cases(Session { *m_store, m_clock });
    const auto add = [&](const QString &name, QDate received) {
        NewCase request;
        request.person.name = name;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Email;
        request.receivedDate = received;
        const std::optional<Case> c = cases.add(request, BsnCheck::Refuse, MustRead());
        return c ? c->number : QString();
    };
    // Received 20 February: one month is Friday 20 March, before 30 days (22 March): due within
    // 7 days of 16 March. Received 10 March: due 9 April. Received 14 February: 14 March has
    // passed (a Saturday: the legal deadline moves to Monday the 16th, today).
    const QString soon = add(u"Anna de Vries"_s, QDate(2026, 2, 20));
    const QString later = add(u"Bert Jansen"_s, QDate(2026, 3, 10));
    const QString today = add(u"Carla Smit"_s, QDate(2026, 2, 14));
    QVERIFY(!soon.isEmpty() && !later.isEmpty() && !today.isEmpty());

    const TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.dueToday, 1);
    QCOMPARE(f.dueWithin7Days, 2);
    QCOMPARE(numbersOf(*m_store, TodayService::dueWithin7DaysCases(f.today), m_clock),
             (QSet<QString> { soon, today }));
    QCOMPARE(numbersOf(*m_store, TodayService::dueTodayCases(f.today), m_clock),
             QSet<QString> { today });
    const QJsonObject json = TodayService::toJson(f);
    QCOMPARE(json.value(u"due_within_7_days"_s).toInt(), 2);
    QCOMPARE(json.value(u"due_today"_s).toInt(), 1);
    QCOMPARE(json.value(u"today"_s).toString(), u"2026-03-16"_s);
}

void TestToday::mandateAwaitedCounts()
{
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = u"Dirk Bakker"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 3, 12);
    request.representative = u"Mr. E. Visser, advocaat"_s;
    const std::optional<Case> byRepresentative = cases.add(request, BsnCheck::Refuse, MustRead());
    QVERIFY(byRepresentative);
    QVERIFY(byRepresentative->awaitsMandate());
    request.person.name = u"Eva Mulder"_s;
    request.representative.clear();
    QVERIFY(cases.add(request, BsnCheck::Refuse, MustRead()));

    const TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.awaitingIdentity, 1);
    QCOMPARE(numbersOf(*m_store, TodayService::awaitingIdentityCases(f.today, false), m_clock),
             QSet<QString> { byRepresentative->number });
}

void TestToday::breachClockShowsHoursLeft()
{
    // Registered 26 hours ago: 46 of the 72 hours are left (art. 33).
    const QDateTime discovered = m_clock.now().addSecs(-26 * 3600);
    const auto added = BreachService(Session { *m_store, m_clock })
                           .add(breachDiscovered(u"Brief naar verkeerd adres"_s, discovered),
                                BsnCheck::Refuse, MustRead());
    QVERIFY(added);
    TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.breachClocks.size(), 1);
    QCOMPARE(f.breachClocks.constFirst().number, added->number);
    QCOMPARE(f.breachClocks.constFirst().hoursLeft, 46);
    QCOMPARE(f.breachClocks.constFirst().deadline, added->apDeadline());
    QVERIFY(!f.nothingUrgent());
    QJsonObject json = TodayService::toJson(f);
    QCOMPARE(
        json.value(u"breach_clocks"_s).toArray().first().toObject().value(u"hours_left"_s).toInt(),
        46);

    // 50 hours later the deadline passed 4 hours ago; notified, the clock stops.
    m_clock.advanceSecs(50 * 3600);
    f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.breachClocks.constFirst().hoursLeft, -4);
    BreachService service(Session { *m_store, m_clock });
    QVERIFY(service.assess(added->number, { BreachRisk::Risico, u"Adressen en namen"_s, {} },
                           BsnCheck::Refuse, MustRead()));
    QVERIFY(service.notifyAp(added->number, m_clock.now().addSecs(-60), u"M-12345"_s,
                             u"Het weekend zat ertussen"_s, BsnCheck::Refuse, MustRead()));
    f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QVERIFY(f.breachClocks.isEmpty());
}

void TestToday::breachSubjectsToInform()
{
    BreachService service(Session { *m_store, m_clock });
    const auto added
        = service.add(breachDiscovered(u"Huurdersbestand gemaild"_s, m_clock.now().addSecs(-3600)),
                      BsnCheck::Refuse, MustRead());
    QVERIFY(added);
    QVERIFY(service.assess(added->number, { BreachRisk::HoogRisico, u"Bijzondere gegevens"_s, {} },
                           BsnCheck::Refuse, MustRead()));
    TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QCOMPARE(f.breachSubjects.size(), 1);
    QCOMPARE(f.breachSubjects.constFirst().number, added->number);
    BreachSubjectsNotice notice;
    notice.on = m_clock.today();
    notice.how = u"brief"_s;
    notice.count = 3;
    QVERIFY(service.notifySubjects(added->number, notice, BsnCheck::Refuse, MustRead()));
    f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QVERIFY(f.breachSubjects.isEmpty());
}

void TestToday::kccSeesNoBreach()
{
    // A server keeps the KCC's window on the requests by its own clock: today's.
    m_clock.set(pd::test::systemNow());
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
    // A running clock and a request in identification that the KCC employee did not log.
    QVERIFY(BreachService(Session { *m_store, m_clock })
                .add(breachDiscovered(u"Laptop kwijt"_s, m_clock.now().addSecs(-7200)),
                     BsnCheck::Refuse, MustRead()));
    NewCase request;
    request.person.name = u"Frank de Boer"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = m_clock.today();
    const auto officers
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, MustRead());
    QVERIFY(officers);
    QVERIFY(CaseService(Session { *m_store, m_clock })
                .requestIdentification(officers->number, m_clock.today(), MustRead()));
    m_store.reset();

    auto store = openServiceStoreAs(m_path, kcc, kccPassword);
    QVERIFY(store);
    request.person.name = u"Greet Hendriks"_s;
    const auto own
        = CaseService(Session { *store, m_clock }).add(request, BsnCheck::Refuse, MustRead());
    QVERIFY(own);
    const int before = denials(*store);
    TodayFigures f = TodayService(Session { *store, m_clock }).read(MustRead());
    QVERIFY(!f.registers);
    QVERIFY(f.breachClocks.isEmpty());
    QVERIFY(f.breachSubjects.isEmpty());
    QCOMPARE(f.retentionDue, 0);
    QCOMPARE(f.awaitingIdentity, 0); // the officer's request is not theirs
    QCOMPARE(f.dueWithin7Days, 0);
    QCOMPARE(denials(*store), before); // nothing asked that the role may not read
    const QJsonObject json = TodayService::toJson(f);
    QVERIFY(!json.contains(u"breach_clocks"_s));
    QVERIFY(!json.contains(u"retention_due"_s));
    store.reset();

    // Their own request in identification is theirs to see.
    m_store = openServiceStoreAs(m_path, testUser, testPassword);
    QVERIFY(m_store);
    QVERIFY(CaseService(Session { *m_store, m_clock })
                .requestIdentification(own->number, m_clock.today(), MustRead()));
    m_store.reset();
    store = openServiceStoreAs(m_path, kcc, kccPassword);
    QVERIFY(store);
    f = TodayService(Session { *store, m_clock }).read(MustRead());
    QCOMPARE(f.awaitingIdentity, 1);
    QVERIFY(f.breachClocks.isEmpty());
}

void TestToday::emptyStoreHasNothingUrgent()
{
    const TodayFigures f = TodayService(Session { *m_store, m_clock }).read(MustRead());
    QVERIFY(f.nothingUrgent());
    const QJsonObject json = TodayService::toJson(f);
    for (const QString &key :
         { u"now"_s, u"today"_s, u"registers"_s, u"breach_clocks"_s, u"breach_subjects"_s,
           u"due_today"_s, u"due_within_7_days"_s, u"late_legal"_s, u"late_policy_only"_s,
           u"awaiting_identity"_s, u"retention_due"_s })
        QVERIFY2(json.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
