// The Dashboards section offscreen on a real demo store with "today" pinned: each dashboard
// shows the service's figures, every chart has its series, a tile and a bar lead to lists
// whose counts equal the figures, charts export as PNG and CSV, the peildatum recomputes, and a
// burst of changes refreshes once.

#include "DrillDownBanner.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseCodes.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "crypto/SecureBytes.h"
#include "dashboards/ChartKeys.h"
#include "dashboards/DashboardWidgets.h"
#include "dashboards/DashboardsPage.h"
#include "demo/DemoData.h"
#include "print/PrintedDocument.h"
#include "registers/DisclosureListModel.h"
#include "registers/DisclosuresPage.h"
#include "registers/RetentionPage.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 3, 2);

QString number(int value)
{
    return QLocale().toString(value);
}

// The first bar set of a chart that has a count at some month, with that month.
std::pair<QBarSet *, int> firstBar(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            for (int i = 0; i < set->count(); ++i) {
                if (set->at(i) > 0)
                    return { set, i };
            }
        }
    }
    return { nullptr, -1 };
}

} // namespace

class TestDashboards final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void deadlinesShowTheServiceFigures();
    void everyDashboardFillsItsCharts();
    void tileDrillsDownToTheCaseList();
    void barDrillsDownToTheCaseList();
    void chartsDrillDownByKeyboard();
    void requestNumberBeatsTheDrillDown();
    void tilesAndChartsShowTheKeyboard();
    void disclosureAndRetentionDrillDowns();
    void chartsExportPngAndCsv();
    void referenceDateRecomputes();
    void burstOfChangesRefreshesOnce();
    void printsPagesWithHeading();
    void updatedAtOnTheOrganisationsClock();
    void screenshots();

private:
    void waitForRefresh(DashboardsPage &page, int before);
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
};

void TestDashboards::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch)); // the screenshots show the Dutch desk
    m_dir = std::make_unique<QTemporaryDir>();
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recovery;
    m_store = Store::create(m_dir->filePath(u"demo"_s), testUser,
                            SecureBytes::fromUtf8(testPassword), options, &recovery, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
    DemoOptions demo;
    demo.cases = 400;
    demo.today = today;
    QString error;
    QVERIFY2(DemoData::generate(*m_store, demo, {}, &error), qPrintable(error));
}

void TestDashboards::cleanupTestCase()
{
    m_store.reset();
}

// "Bijgewerkt om" states the time on the organisation's clock, as the records do,
// not the computer's zone (UTC on the CI machine) nor the wall clock instead of the desk's.
void TestDashboards::updatedAtOnTheOrganisationsClock()
{
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 41), Qt::UTC));
    DashboardsPage page(Session { *m_store, clock }, nullptr);
    page.show();
    waitForRefresh(page, 0);
    auto *updated = page.findChild<QLabel *>(u"updatedAt"_s);
    QVERIFY(updated);
    // 9:41 UTC is 10:41 in Amsterdam in winter.
    const QString amsterdam = QLocale().toString(QTime(10, 41), QLocale::ShortFormat);
    QVERIFY2(updated->text().endsWith(amsterdam), qPrintable(updated->text()));
    QVERIFY2(updated->text().contains(u"Bijgewerkt om"_s), qPrintable(updated->text()));
    // Summer time: two hours ahead of UTC.
    clock.set(QDateTime(QDate(2026, 7, 15), QTime(9, 41), Qt::UTC));
    page.refresh();
    QVERIFY2(updated->text().endsWith(QLocale().toString(QTime(11, 41), QLocale::ShortFormat)),
             qPrintable(updated->text()));
}

void TestDashboards::waitForRefresh(DashboardsPage &page, int before)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.refreshCount() > before, 5000);
}

void TestDashboards::shoot(QWidget *widget, const QString &name)
{
    if (test::shotsDir().isEmpty())
        return;
    QTest::qWait(300); // the charts lay out their axes and legends from the event loop
    QVERIFY(test::saveShot(widget, test::shotsDir(), u"dashboard-"_s + name));
}

// With PRIVACYDESK_SHOTS_DIR it saves the Termijnen dashboard at 1200 × 800
// (dashboard-late-tiles.png), with strings not yet in the .ts files from PRIVACYDESK_TR_JSON.
void TestDashboards::deadlinesShowTheServiceFigures()
{
    test::JsonTranslator translator(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!translator.isEmpty())
        QApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] {
        if (!translator.isEmpty())
            QApplication::removeTranslator(&translator);
    });
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    QCOMPARE(page.referenceDate(), today);
    const DeadlineFigures expected = DashboardService(Session { *m_store }).deadlines(today);
    QVERIFY(expected.open > 0); // the demo has open requests on its "today"
    const QList<FigureTile *> tiles = page.tiles(DashboardsPage::Tab::Deadlines);
    QCOMPARE(tiles.at(0)->value(), number(expected.open));
    QCOMPARE(tiles.at(1)->value(), number(expected.dueToday));
    QCOMPARE(tiles.at(2)->value(), number(expected.dueWithin7Days));
    // Late per clock: open and past the legal deadline, or past only the own one;
    // answered late in the 12 months, each clock apart.
    QCOMPARE(tiles.at(3)->value(), number(expected.lateLegal));
    QCOMPARE(tiles.at(3)->caption(), DashboardsPage::tr("late (legal deadline)"));
    QCOMPARE(tiles.at(4)->value(), number(expected.latePolicyOnly));
    QCOMPARE(tiles.at(4)->caption(), DashboardsPage::tr("late (own deadline only)"));
    QCOMPARE(tiles.at(5)->value(), number(expected.answeredLateLegal));
    QCOMPARE(tiles.at(5)->caption(), DashboardsPage::tr("answered late (legal deadline)"));
    QCOMPARE(tiles.at(6)->value(), number(expected.answeredLatePolicyOnly));
    QCOMPARE(tiles.at(6)->caption(), DashboardsPage::tr("answered late (own deadline only)"));
    QCOMPARE(tiles.at(8)->value(), number(expected.extended));
    QVERIFY(expected.lateLegal + expected.answeredLateLegal > 0); // the demo has some
    QCOMPARE(page.deadlineFigures().intakeByType.total(), expected.intakeByType.total());
    if (const QString shots = test::shotsDir(); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(300); // the charts lay out their axes and legends from the event loop
        QVERIFY(page.grab().save(QDir(shots).filePath(u"dashboard-late-tiles.png"_s), "PNG"));
    }
    // Dutch labels on the chart axis: the months of the window ending in March 2026.
    const QString march = DashboardService::monthLabel(QDate(2026, 3, 1), QLocale());
    QVERIFY2(march.contains(u"mrt"_s), qPrintable(march));
}

void TestDashboards::everyDashboardFillsItsCharts()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    for (DashboardsPage::Tab tab : { DashboardsPage::Tab::Deadlines, DashboardsPage::Tab::Retention,
                                     DashboardsPage::Tab::Disclosures }) {
        const int before = page.refreshCount();
        page.setCurrentTab(tab);
        if (tab != DashboardsPage::Tab::Deadlines)
            waitForRefresh(page, before);
        for (ChartPanel *panel : page.charts(tab)) {
            QVERIFY2(!panel->chart()->series().isEmpty(), qPrintable(panel->title()));
            QVERIFY(!panel->title().isEmpty());
        }
    }
    const DisclosureFigures disclosures = DashboardService(Session { *m_store }).disclosures(today);
    QCOMPARE(page.topRecipientsList()->topLevelItemCount(), int(disclosures.topRecipients.size()));
    QCOMPARE(page.reviewsList()->topLevelItemCount(), int(disclosures.reviewsOverdue.size()));
    const QList<FigureTile *> tiles = page.tiles(DashboardsPage::Tab::Disclosures);
    QCOMPARE(tiles.at(0)->value(), number(disclosures.total));
    QCOMPARE(tiles.at(1)->value(), number(disclosures.toInform));
    QCOMPARE(tiles.at(2)->value(), number(disclosures.prohibited));
    // The caption agrees with its number: "1 verwerkersovereenkomst te evalueren".
    const int reviews = int(disclosures.reviewsOverdue.size());
    QCOMPARE(tiles.at(3)->caption(),
             reviews == 1 ? u"verwerkersovereenkomst te evalueren"_s
                          : u"verwerkersovereenkomsten te evalueren"_s);
    // Slices carry their label and share in words, not colour alone.
    auto *pie = qobject_cast<QPieSeries *>(
        page.charts(DashboardsPage::Tab::Disclosures).at(1)->chart()->series().value(0));
    QVERIFY(pie);
    QVERIFY(pie->count() > 0);
    for (QPieSlice *slice : pie->slices()) {
        QVERIFY(slice->isLabelVisible());
        QVERIFY2(slice->label().contains(u'%'), qPrintable(slice->label()));
    }
}

void TestDashboards::tileDrillsDownToTheCaseList()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    QVERIFY(page);
    page->setReferenceDate(today);
    const DeadlineFigures expected = DashboardService(Session { *m_store }).deadlines(today);

    // Each clock's tile leads to a list with its count, every row late against that clock.
    const QList<std::pair<int, int>> late {
        { 3, expected.lateLegal },
        { 4, expected.latePolicyOnly },
        { 5, expected.answeredLateLegal },
        { 6, expected.answeredLatePolicyOnly },
    };
    for (const auto &[index, count] : late) {
        window.setCurrentSection(MainWindow::Section::Dashboards);
        QTest::mouseClick(page->tiles(DashboardsPage::Tab::Deadlines).at(index), Qt::LeftButton);
        QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
        QVERIFY(window.caseListPage()->hasDrillDown());
        CaseListModel *list = window.caseListPage()->model();
        QCOMPARE(list->totalCount(), count);
        const LateClock clock = index % 2 == 1 ? LateClock::Legal : LateClock::PolicyOnly;
        QCOMPARE(list->filter().lateAgainst, std::optional<LateClock>(clock));
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(CaseQuery::isLateAgainst(list->rowAt(row)->lateness, clock));
    }

    // Back to the dashboard, the open requests by keyboard.
    window.setCurrentSection(MainWindow::Section::Dashboards);
    FigureTile *open = page->tiles(DashboardsPage::Tab::Deadlines).at(0);
    open->setFocus();
    QTest::keyClick(open, Qt::Key_Return);
    QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
    QCOMPARE(window.caseListPage()->model()->totalCount(), expected.open);

    // "Toon alles" returns to the list's own default (open requests as of the real today).
    window.caseListPage()->clearFilters();
    QVERIFY(!window.caseListPage()->hasDrillDown());
}

void TestDashboards::barDrillsDownToTheCaseList()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);
    // The intake chart: the first segment with requests in it.
    const auto [set, month] = firstBar(page->charts(DashboardsPage::Tab::Deadlines).at(0)->chart());
    QVERIFY(set);
    const int expected = int(set->at(month));
    // Hovering shows the bar's tooltip; clicking opens the drill-down, and the tooltip goes.
    Q_EMIT set->hovered(true, month);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLocale().toString(expected)));
    Q_EMIT set->clicked(month);
    QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
    QCOMPARE(window.caseListPage()->model()->totalCount(), expected);
    QTRY_VERIFY(!QToolTip::isVisible()); // Qt lets it go in a moment, not at once
}

// The keys reach what the mouse clicks: Home, the arrows and Enter on a chart open the list a
// click on that bar or slice opens, and the bar reached is drawn selected and named.
void TestDashboards::chartsDrillDownByKeyboard()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);

    // The intake chart, column by column: the first month with requests, then its next set.
    ChartPanel *intake = page->charts(DashboardsPage::Tab::Deadlines).at(0);
    const auto *bars = qobject_cast<QAbstractBarSeries *>(intake->chart()->series().value(0));
    QVERIFY(bars);
    QList<std::pair<QBarSet *, int>> order;
    for (int month = 0; month < 12; ++month) {
        for (QBarSet *set : bars->barSets()) {
            if (month < set->count() && set->at(month) > 0)
                order << std::pair { set, month };
        }
    }
    QVERIFY2(order.size() >= 2, "the demo's intake chart has at least two bars");
    QChartView *view = intake->chartView();
    view->setFocus(Qt::TabFocusReason);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(order.at(0).first->isBarSelected(order.at(0).second));
    QTest::keyClick(view, Qt::Key_Right);
    const auto [set, month] = order.at(1);
    QVERIFY(set->isBarSelected(month));
    QVERIFY(!order.at(0).first->isBarSelected(order.at(0).second));
    const QString reached = intake->keys()->currentText();
    QVERIFY2(reached.endsWith(QLocale().toString(set->at(month))), qPrintable(reached));
    QCOMPARE(view->accessibleDescription(), reached);
    const QList<QLabel *> labels = intake->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&reached](const QLabel *label) {
        return label->isVisible() && label->text().contains(reached);
    }));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
    QCOMPARE(window.caseListPage()->model()->totalCount(), int(set->at(month)));

    // A slice: the disclosures by legal basis.
    window.setCurrentSection(MainWindow::Section::Dashboards);
    page->setCurrentTab(DashboardsPage::Tab::Disclosures);
    QTRY_VERIFY(page->disclosureFigures().on == today);
    ChartPanel *bases = page->charts(DashboardsPage::Tab::Disclosures).at(1);
    auto *pie = qobject_cast<QPieSeries *>(bases->chart()->series().value(0));
    QVERIFY(pie && pie->count() > 0);
    bases->chartView()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(bases->chartView(), Qt::Key_End);
    QVERIFY(pie->slices().constLast()->isExploded());
    QVERIFY(bases->keys()->currentText().startsWith(pie->slices().constLast()->label()));
    QTest::keyClick(bases->chartView(), Qt::Key_Space);
    QCOMPARE(window.currentSection(), MainWindow::Section::Disclosures);
    QVERIFY(window.disclosuresPage()->hasDrillDown());
}

// A request number typed finds its request through a dashboard's drill-down and every choice
// of the bar, and says the filters are set aside; clearing it brings the drill-down back, and
// leaving the list ends it.
void TestDashboards::requestNumberBeatsTheDrillDown()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    window.setCurrentSection(MainWindow::Section::Requests);
    CaseListPage *list = window.caseListPage();
    auto *state = list->findChild<QComboBox *>(u"stateFilter"_s);
    auto *search = list->findChild<QLineEdit *>(u"caseSearch"_s);
    QVERIFY(state && search);
    state->setCurrentIndex(state->findData(codes::code(CaseState::Afgerond)));
    QTRY_VERIFY(list->model()->rowCount() > 0);
    const QString closed = list->model()->rowAt(0)->number;

    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);
    const DeadlineFigures expected = DashboardService(Session { *m_store }).deadlines(today);
    QTest::mouseClick(page->tiles(DashboardsPage::Tab::Deadlines).at(0), Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
    QVERIFY(list->hasDrillDown());
    QCOMPARE(list->model()->totalCount(), expected.open);
    auto *kind = list->findChild<QComboBox *>(u"typeFilter"_s);
    kind->setCurrentIndex(kind->count() - 1); // a kind of its own on top
    search->setText(closed);
    QTRY_COMPARE(list->model()->totalCount(), 1);
    QCOMPARE(list->model()->rowAt(0)->number, closed);
    QVERIFY(list->filtersSetAside());
    const auto *count = list->findChild<QLabel *>(u"caseCount"_s);
    QVERIFY(count);
    QVERIFY2(count->text().contains(u"filter"_s), qPrintable(count->text()));

    // Part of a number keeps the filters.
    search->setText(closed.left(closed.lastIndexOf(u'-')));
    QTRY_VERIFY(!list->filtersSetAside());
    search->clear();
    QTRY_VERIFY(list->model()->totalCount() <= expected.open);
    QVERIFY(list->hasDrillDown());

    window.setCurrentSection(MainWindow::Section::Dashboards);
    window.setCurrentSection(MainWindow::Section::Requests);
    QVERIFY(!list->hasDrillDown());
}

// A tile and a chart with the keyboard on them look different from without it.
void TestDashboards::tilesAndChartsShowTheKeyboard()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);
    FigureTile *tile = page->tiles(DashboardsPage::Tab::Deadlines).at(0);
    ChartPanel *chart = page->charts(DashboardsPage::Tab::Deadlines).at(0);
    page->setFocus();
    const QImage tileBefore = tile->grab().toImage();
    const QImage chartBefore = chart->grab().toImage();
    tile->setFocus(Qt::TabFocusReason);
    QVERIFY(tile->hasFocus());
    QVERIFY(tile->grab().toImage() != tileBefore);
    chart->chartView()->setFocus(Qt::TabFocusReason);
    QVERIFY(tile->grab().toImage() == tileBefore);
    QVERIFY(chart->grab().toImage() != chartBefore);
}

void TestDashboards::disclosureAndRetentionDrillDowns()
{
    MainWindow window(Session { *m_store });
    window.resize(1300, 850);
    window.show();
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);

    page->setCurrentTab(DashboardsPage::Tab::Disclosures);
    QTRY_VERIFY(page->disclosureFigures().on == today);
    QTest::mouseClick(page->tiles(DashboardsPage::Tab::Disclosures).at(1), Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainWindow::Section::Disclosures);
    QVERIFY(window.disclosuresPage()->hasDrillDown());
    QCOMPARE(window.disclosuresPage()->model()->totalCount(), page->disclosureFigures().toInform);

    window.setCurrentSection(MainWindow::Section::Dashboards);
    const auto [set, month]
        = firstBar(page->charts(DashboardsPage::Tab::Disclosures).at(0)->chart());
    QVERIFY(set);
    const int expected = int(set->at(month));
    Q_EMIT set->clicked(month);
    QCOMPARE(window.currentSection(), MainWindow::Section::Disclosures);
    QCOMPARE(window.disclosuresPage()->model()->totalCount(), expected);

    window.setCurrentSection(MainWindow::Section::Dashboards);
    page->setCurrentTab(DashboardsPage::Tab::Retention);
    QTRY_VERIFY(page->retentionFigures().on == today);
    QTest::mouseClick(page->tiles(DashboardsPage::Tab::Retention).at(0), Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainWindow::Section::Retention);
    RetentionPage *retention = window.retentionPage();
    QVERIFY(retention->hasDrillDown());
    QCOMPARE(retention->currentTab(), RetentionPage::Tab::Due);
    RetentionService service(Session { *m_store });
    QCOMPARE(service.countDue(DashboardService::expiredOn(today), test::MustRead()),
             page->retentionFigures().expired);
    retention->clearDrillDown();
    QVERIFY(!retention->hasDrillDown());

    // A bar of "expiring per month" opens Expiring soon with that month: the banner
    // names the month in full, the tab counts what the bar counts.
    window.setCurrentSection(MainWindow::Section::Dashboards);
    const auto [expiring, index]
        = firstBar(page->charts(DashboardsPage::Tab::Retention).at(0)->chart());
    QVERIFY(expiring);
    const int inMonth = int(expiring->at(index));
    const QDate barMonth = page->retentionFigures().expiringByCategory.months.value(index);
    Q_EMIT expiring->clicked(index);
    QCOMPARE(window.currentSection(), MainWindow::Section::Retention);
    QVERIFY(retention->hasDrillDown());
    QCOMPARE(retention->currentTab(), RetentionPage::Tab::Soon);
    QCOMPARE(retention->soonSummary()->text(),
             QCoreApplication::translate("pd::ui::RetentionPage", "%n item(s) in this selection.",
                                         nullptr, inMonth));
    auto *banner = retention->findChild<DrillDownBanner *>();
    QVERIFY(banner);
    const QString monthText = QLocale().monthName(barMonth.month(), QLocale::LongFormat) + u' '
        + QString::number(barMonth.year());
    QVERIFY2(banner->description().contains(monthText), qPrintable(banner->description()));
    QVERIFY(banner->description().contains(expiring->label()));
    QVERIFY(!retention->emptyState(RetentionPage::Tab::Soon));
    shoot(&window, u"retention-drilldown-month"_s);
    retention->clearDrillDown();
}

void TestDashboards::chartsExportPngAndCsv()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    QTemporaryDir out;
    ChartPanel *intake = page.charts(DashboardsPage::Tab::Deadlines).at(0);
    const QString png = out.filePath(u"instroom.png"_s);
    QVERIFY(intake->savePng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);

    const QString csv = out.filePath(u"instroom.csv"_s);
    QString error;
    QVERIFY2(intake->saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + DashboardService::months); // header and one row per month
    QVERIFY(lines.first().contains(u';'));
    QVERIFY2(lines.last().contains(DashboardService::monthLabel(QDate(2026, 3, 1), QLocale())),
             qPrintable(lines.last()));
}

void TestDashboards::referenceDateRecomputes()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    const QDate past(2025, 9, 30);
    page.setReferenceDate(past);
    QCOMPARE(page.deadlineFigures().on, past);
    const DeadlineFigures expected = DashboardService(Session { *m_store }).deadlines(past);
    QCOMPARE(page.tiles(DashboardsPage::Tab::Deadlines).at(0)->value(), number(expected.open));
    QCOMPARE(page.tiles(DashboardsPage::Tab::Deadlines).at(3)->value(), number(expected.lateLegal));
}

void TestDashboards::burstOfChangesRefreshesOnce()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    const int before = page.refreshCount();
    page.invalidate();
    page.invalidate();
    page.invalidate();
    QCOMPARE(page.refreshCount(), before); // not at once: the window stays responsive
    waitForRefresh(page, before);
    QTest::qWait(DashboardsPage::refreshDelayMs * 2);
    QCOMPARE(page.refreshCount(), before + 1);

    // A hidden dashboard does not compute; it catches up when shown.
    page.hide();
    page.invalidate();
    QTest::qWait(DashboardsPage::refreshDelayMs * 2);
    QCOMPARE(page.refreshCount(), before + 1);
    page.show();
    waitForRefresh(page, before + 1);
}

void TestDashboards::printsPagesWithHeading()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    waitForRefresh(page, 0);
    QTest::qWait(300); // axes and legends are laid out from the event loop
    QTemporaryDir out;
    const QString pdf = out.filePath(u"dashboard.pdf"_s);
    int pages = 0;
    {
        QPdfWriter writer(pdf);
        PrintedDocument::setUpA4(&writer, page.printTitle());
        pages = page.printTo(&writer);
        QVERIFY(pages >= 1);
    }
    if (const QString shots = test::shotsDir(); !shots.isEmpty()) {
        QFile::copy(pdf, shots + u"/dashboard-print.pdf"_s);
        page.grab().save(shots + u"/dashboard-print-screen.png"_s);
    }
    PD_REQUIRE_PDFTOTEXT();
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.simplified().contains(u"peildatum 02-03-2026"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Vertrouwelijk"_s));
    // Like every printout: A4 pages of text, numbered "pagina X van Y".
    QVERIFY2(text.contains(PrintedDocument::pageText(pages, pages)), qPrintable(text.right(400)));
    QCOMPARE(text.count(u'\f'), pages);
    // The figures and the charts' data print as text: a tile caption and a chart's column.
    QVERIFY2(text.contains(u"openstaande verzoeken"_s), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(u"Status"_s), qPrintable(text));
    // and the rows under the header, read back from the chart's CSV
    QVERIFY2(text.contains(u"In behandeling"_s), qPrintable(text));
}

void TestDashboards::screenshots()
{
    MainWindow window(Session { *m_store });
    window.resize(1400, 900);
    window.show();
    window.setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window.dashboardsPage();
    page->setReferenceDate(today);
    shoot(&window, u"deadlines"_s);
    page->setCurrentTab(DashboardsPage::Tab::Retention);
    QTRY_VERIFY(page->retentionFigures().on == today);
    shoot(&window, u"retention"_s);
    page->setCurrentTab(DashboardsPage::Tab::Disclosures);
    QTRY_VERIFY(page->disclosureFigures().on == today);
    shoot(&window, u"disclosures"_s);
    QTest::mouseClick(page->tiles(DashboardsPage::Tab::Deadlines).at(3), Qt::LeftButton);
    shoot(&window, u"drilldown"_s);
}

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
