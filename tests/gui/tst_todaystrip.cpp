// The "Vandaag" strip offscreen: a breach registered 26 hours ago shows "nog 46 uur"
// (the clock pinned, no sleeps) and leads to that breach; on the requests page a deadline within
// 7 days is counted and its click shows exactly those requests, with a banner saying where the
// list came from; the strip reads again after a change; a KCC login sees no breach; with nothing
// urgent one short line says so; the deadlines dashboard carries the strip and routes its
// clicks as its own; a processing agreement to review leads to the recipients catalogue.
#include "DrillDownBanner.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/TodayStrip.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;

QStringList texts(const TodayStrip &strip)
{
    QStringList list;
    for (const QPushButton *item : strip.items())
        list << item->text();
    return list;
}

QPushButton *itemWith(const TodayStrip &strip, const QString &part)
{
    for (QPushButton *item : strip.items()) {
        if (item->text().contains(part))
            return item;
    }
    return nullptr;
}

Breach breachDiscovered(const QDateTime &discovered)
{
    Breach b;
    b.title = u"Brief naar verkeerd adres"_s;
    b.discoveredAt = discovered;
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 1;
    return b;
}

} // namespace

class TestTodayStrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void breachShowsItsHoursLeft();
    void withinSevenDaysDrillsDownOnTheRequestsPage();
    void kccSeesNoBreachItem();
    void nothingUrgentSaysSoInOneLine();
    void deadlinesDashboardCarriesTheStrip();
    void processorAgreementToReviewLeadsToTheCatalogue();

private:
    QString addRequest(const QString &name, QDate received);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC) };
};

void TestTodayStrip::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestTodayStrip::init()
{
    QVERIFY(installTranslations(UiLanguage::English));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    // The own term the figures here are reckoned against (30 days, or one month when that is
    // earlier): a new store has none until the organisation chooses.
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store }).setPolicy(DeadlinePolicy {}, &error),
             qPrintable(error.message));
}

void TestTodayStrip::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTodayStrip::addRequest(const QString &name, QDate received)
{
    NewCase request;
    request.person.name = name;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = received;
    const std::optional<Case> c
        = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, test::MustRead());
    return c ? c->number : QString();
}

void TestTodayStrip::breachShowsItsHoursLeft()
{
    const auto added = BreachService(Session { *m_store, m_clock })
                           .add(breachDiscovered(m_clock.now().addSecs(-26 * 3600)),
                                BsnCheck::Refuse, test::MustRead());
    QVERIFY(added);
    TodayStrip strip(Session { *m_store, m_clock }, nullptr);
    strip.show();
    QTRY_COMPARE(strip.refreshCount(), 1); // read a moment after it shows
    QPushButton *item = itemWith(strip, added->number);
    QVERIFY2(item, qPrintable(texts(strip).join(u" | "_s)));
    QVERIFY2(item->text().contains(u"46 hours left for the AP"_s), qPrintable(item->text()));
    QVERIFY(strip.statusText().isEmpty());

    QVERIFY(installTranslations(UiLanguage::Dutch));
    // The language changes with the event loop's LanguageChange.
    QTRY_VERIFY(itemWith(strip, u"nog 46 uur"_s));
    item = itemWith(strip, added->number);
    QVERIFY2(item->text().contains(u"nog 46 uur"_s), qPrintable(item->text()));

    QSignalSpy breaches(&strip, &TodayStrip::breachesRequested);
    item->click();
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.constFirst().constFirst().toString(), added->number);

    // Past the deadline it says how late, in the same place.
    m_clock.advanceSecs(50 * 3600);
    strip.refresh();
    item = itemWith(strip, added->number);
    QVERIFY(item);
    QVERIFY2(item->text().contains(u"4 uur te laat"_s), qPrintable(item->text()));
}

void TestTodayStrip::withinSevenDaysDrillsDownOnTheRequestsPage()
{
    // The page reads with the system's clock: dates from its today. Received 25 days ago: due
    // within the next 5 days (30 days, or one month when that is earlier); received today: not.
    const QDate today = systemClock().today();
    const QString soon = addRequest(u"Anna de Vries"_s, today.addDays(-25));
    const QString later = addRequest(u"Bert Jansen"_s, today);
    QVERIFY(!soon.isEmpty() && !later.isEmpty());

    CaseListPage page(Session { *m_store });
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TodayStrip *strip = page.todayStrip();
    QVERIFY(strip);
    QTRY_COMPARE(strip->refreshCount(), 1);
    QCOMPARE(strip->figures().dueWithin7Days, 1);
    QPushButton *item = itemWith(*strip, u"due within 7 days"_s);
    QVERIFY2(item, qPrintable(texts(*strip).join(u" | "_s)));
    QVERIFY(item->text().startsWith(u"1 "_s));
    QVERIFY(!itemWith(*strip, u"week"_s)); // "within 7 days", never "this week"

    item->click();
    QVERIFY(page.hasDrillDown());
    CaseListModel *model = page.model();
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 0).data(CaseListModel::CaseNumberRole).toString(), soon);
    const auto *banner = child<DrillDownBanner>(&page, "drillDownBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->description().contains(u"within 7 days"_s));
    bool saysToday = false; // not "From the dashboard"
    for (const QLabel *label : banner->findChildren<QLabel *>())
        saysToday = saysToday || label->text().startsWith(u"From Today: "_s);
    QVERIFY(saysToday);

    // A change to the data: the strip reads again (once, soon) after the page's refresh.
    const QString another = addRequest(u"Carla Smit"_s, today.addDays(-26));
    QVERIFY(!another.isEmpty());
    const int before = strip->refreshCount();
    page.refresh();
    QTRY_COMPARE(strip->figures().dueWithin7Days, 2);
    QCOMPARE(strip->refreshCount(), before + 1);
}

void TestTodayStrip::kccSeesNoBreachItem()
{
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(kcc, {}, Role::Kcc, test::pw(kccPassword), &userError));
    QVERIFY(BreachService(Session { *m_store, m_clock })
                .add(breachDiscovered(m_clock.now().addSecs(-3600)), BsnCheck::Refuse,
                     test::MustRead()));
    {
        // The officer sees it.
        TodayStrip strip(Session { *m_store, m_clock }, nullptr);
        strip.refresh();
        QVERIFY(itemWith(strip, u"Data breach"_s));
    }
    const QString directory = m_dir->filePath(u"kluis"_s);
    m_store.reset();
    m_store = test::openStoreAs(directory, kcc, kccPassword);
    QVERIFY(m_store);
    TodayStrip strip(Session { *m_store, m_clock }, nullptr);
    strip.refresh();
    QVERIFY(!strip.figures().registers);
    QVERIFY2(strip.items().isEmpty(), qPrintable(texts(strip).join(u" | "_s)));
    QCOMPARE(strip.statusText(), u"Nothing urgent today."_s);
}

void TestTodayStrip::nothingUrgentSaysSoInOneLine()
{
    TodayStrip strip(Session { *m_store, m_clock }, nullptr);
    strip.show();
    QTRY_COMPARE(strip.refreshCount(), 1);
    QVERIFY(strip.items().isEmpty());
    QCOMPARE(strip.statusText(), u"Nothing urgent today."_s);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QTRY_COMPARE(strip.statusText(), u"Vandaag is er niets dringends."_s);
    // One short line: no taller than one line of items.
    QVERIFY(strip.sizeHint().height() < 3 * strip.fontMetrics().height());
}

void TestTodayStrip::deadlinesDashboardCarriesTheStrip()
{
    const auto added = BreachService(Session { *m_store, m_clock })
                           .add(breachDiscovered(m_clock.now().addSecs(-26 * 3600)),
                                BsnCheck::Refuse, test::MustRead());
    QVERIFY(added);
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.currentTab(), DashboardsPage::Tab::Deadlines);
    TodayStrip *strip = page.todayStrip();
    QVERIFY(strip);
    QVERIFY(strip->isVisible());
    QTRY_COMPARE(strip->refreshCount(), 1);
    QPushButton *item = itemWith(*strip, added->number);
    QVERIFY(item);
    QVERIFY(item->text().contains(u"46 hours left"_s));
    QSignalSpy breaches(&page, &DashboardsPage::breachesRequested);
    item->click();
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.constFirst().constFirst().toString(), added->number);
}

// A processor without a signed agreement, and one whose review date has passed, are on the strip
// as the dashboard's tile counts them; one reviewed in time is not. The click asks for the
// recipients catalogue.
void TestTodayStrip::processorAgreementToReviewLeadsToTheCatalogue()
{
    const auto processor = [this](const QString &name, QDate signedOn, QDate reviewOn) {
        Recipient r;
        r.name = name;
        r.category = RecipientCategory::Verwerker;
        r.role = RecipientRole::Verwerker;
        r.agreement.signedOn = signedOn;
        r.agreement.reviewOn = reviewOn;
        r.agreement.processes = u"Huurdersgegevens"_s;
        const auto added = RecipientService(Session { *m_store, m_clock })
                               .add(r, BsnCheck::Refuse, test::MustRead());
        return added ? added->id : qint64(0);
    };
    const QDate today = m_clock.today();
    const qint64 unsigned_ = processor(u"Onderhoud BV"_s, {}, {});
    const qint64 late = processor(u"Incasso Noord"_s, today.addYears(-2), today.addDays(-1));
    const qint64 inTime = processor(u"Hosting Zuid"_s, today.addYears(-1), today.addDays(30));
    QVERIFY(unsigned_ > 0 && late > 0 && inTime > 0);

    TodayStrip strip(Session { *m_store, m_clock }, nullptr);
    strip.refresh();
    QCOMPARE(strip.figures().agreementReviews.size(), 2);
    QVERIFY(strip.figures().agreementReviews.contains(unsigned_));
    QVERIFY(strip.figures().agreementReviews.contains(late));
    QCOMPARE(
        TodayService::toJson(strip.figures()).value(u"processor_agreements_review_due"_s).toInt(),
        2);
    QPushButton *item = itemWith(strip, u"processing agreement"_s);
    QVERIFY2(item, qPrintable(texts(strip).join(u" | "_s)));
    QVERIFY(item->text().startsWith(u"2 "_s));
    QSignalSpy asked(&strip, &TodayStrip::processorAgreementsRequested);
    item->click();
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(TestTodayStrip)
#include "tst_todaystrip.moc"
