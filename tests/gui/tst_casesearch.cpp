// Search that finds (trap 4), on the desk offscreen:
// - a request number (whole, or its tail as an officer types it) finds its request whatever the
//   state filter says: a completed request is found under the default "Open verzoeken";
// - a name whose matches the state filter hides says so ("1 afgerond verzoek gevonden – tonen")
//   and its click shows them, above the list or in the empty state;
// - Ctrl+F from anywhere in the window (the sections list, the detail, a page without a search)
//   focuses a search field, and letters typed in the sections list go to the page's search
//   instead of jumping to "Verstrekkingen";
// - the detail says when the list no longer holds its request, and never shows another one.
//
// screenshots(): with PRIVACYDESK_SHOTS_DIR=dir, the hidden-matches line, the empty state and
// the detail's notice in Dutch and English at 1200x800 and 1920x1080.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RequestSupport.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;

namespace {

const QDate today(2026, 11, 21);

} // namespace

class TestCaseSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void numberTail();
    void aNumberFindsACompletedRequest();
    void aNameSaysWhatTheStateFilterHides();
    void aNameWithOpenAndCompletedRequests();
    void ctrlFFromTheSidebar();
    void ctrlFFromAnywhere();
    void typingInTheSidebarGoesToTheSearch();
    void theDetailSaysWhenItsRequestLeavesTheList();
    void screenshots();

private:
    CaseListPage *page() const { return m_window->caseListPage(); }
    CaseDetailWidget *detail() const { return m_window->caseDetail(); }
    void search(const QString &text);
    QString add(const QString &name, QDate received, bool completed);
    bool listHolds(const QString &number) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    std::unique_ptr<MainWindow> m_window;
    QString m_completed; // Zoë Afgerondsma's only request, completed
    QString m_open; // Kees Afgerondsma's open request
    QString m_keesCompleted; // and his completed one
};

void TestCaseSearch::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
    m_store = test::createTestStore(m_tmp.filePath(u"zoeken"_s));
    QVERIFY(m_store);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!add(u"Open Melder %1"_s.arg(i), today.addDays(-i), false).isEmpty());
    m_completed = add(u"Zoë Afgerondsma"_s, { 2026, 10, 1 }, true);
    m_open = add(u"Kees Afgerondsma"_s, { 2026, 11, 10 }, false);
    m_keesCompleted = add(u"Kees Afgerondsma"_s, { 2026, 9, 1 }, true);
    QVERIFY(!m_completed.isEmpty() && !m_open.isEmpty() && !m_keesCompleted.isEmpty());
    // Two closed requests, one completed and one withdrawn: what the default filter hides most.
    QVERIFY(!test::addRequest(*m_store, m_clock, u"Lotte Geslotena"_s, { 2026, 8, 3 },
                              Outcome::Toegewezen)
                 .isEmpty());
    QVERIFY(!test::addRequest(*m_store, m_clock, u"Lotte Geslotena"_s, { 2026, 8, 4 },
                              Outcome::Ingetrokken)
                 .isEmpty());
}

QString TestCaseSearch::add(const QString &name, QDate received, bool completed)
{
    return test::addRequest(*m_store, m_clock, name, received,
                            completed ? std::optional(Outcome::Toegewezen) : std::nullopt);
}

void TestCaseSearch::init()
{
    m_window = std::make_unique<MainWindow>(Session { *m_store });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->setCurrentSection(MainWindow::Section::Requests);
    page()->model()->setToday(today);
}

void TestCaseSearch::cleanup()
{
    m_window.reset();
}

void TestCaseSearch::search(const QString &text)
{
    auto *field = child<QLineEdit>(page(), "caseSearch");
    field->clear();
    // Typed as an officer types it; QTest types ASCII only ("Zoë" is set).
    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->setText(text);
    QTRY_COMPARE(page()->model()->filter().search, text);
}

bool TestCaseSearch::listHolds(const QString &number) const
{
    for (int row = 0; row < page()->model()->rowCount(); ++row) {
        if (page()->model()->rowAt(row)->number == number)
            return true;
    }
    return false;
}

void TestCaseSearch::numberTail()
{
    QCOMPARE(CaseQuery::numberTail(u"AVG-2026-0042"_s), u"AVG-2026-0042"_s);
    QCOMPARE(CaseQuery::numberTail(u" avg 2026 0042 "_s), u"AVG-2026-0042"_s);
    QCOMPARE(CaseQuery::numberTail(u"2026-0042"_s), u"2026-0042"_s);
    QCOMPARE(CaseQuery::numberTail(u"0042"_s), u"0042"_s);
    QCOMPARE(CaseQuery::numberTail(u"AVG-2026-00"_s), u"AVG-2026-00"_s); // while typing
    QVERIFY(CaseQuery::numberTail(u"AVG"_s).isEmpty());
    QVERIFY(CaseQuery::numberTail(u"Jansen"_s).isEmpty());
    QVERIFY(CaseQuery::numberTail(u"1234 AB"_s).isEmpty()); // a postcode
    QVERIFY(CaseQuery::numberTail(u"Jansen 12"_s).isEmpty());
    // A whole number (which then beats every filter): a year, then the sequence.
    QVERIFY(CaseQuery::isRequestNumber(u"AVG-2026-0042"_s));
    QVERIFY(CaseQuery::isRequestNumber(u"avg 2026 42"_s));
    QVERIFY(CaseQuery::isRequestNumber(u"2026-0042"_s));
    QVERIFY(!CaseQuery::isRequestNumber(u"AVG-2026"_s));
    QVERIFY(!CaseQuery::isRequestNumber(u"0042"_s)); // or a customer number
    QVERIFY(!CaseQuery::isRequestNumber(u"26-0042"_s));
    QVERIFY(!CaseQuery::isRequestNumber(u"1234 AB"_s));
    QVERIFY(!CaseQuery::isRequestNumber(u"AVG"_s));
}

// The default filter is "Open verzoeken": a completed request's number still finds it, typed
// whole or as its tail, and the state filter stays as it was.
void TestCaseSearch::aNumberFindsACompletedRequest()
{
    QCOMPARE(child<QComboBox>(page(), "stateFilter")->currentData().toString(), u"open"_s);
    QVERIFY(!listHolds(m_completed));
    const QStringList parts = m_completed.split(u'-'); // AVG, the year, the sequence
    for (const QString &typed : QStringList { m_completed, m_completed.toLower(),
                                              parts.at(1) + u' ' + parts.at(2), parts.at(2) }) {
        search(typed);
        QVERIFY2(listHolds(m_completed), qPrintable(typed));
        QVERIFY(child<QTableView>(page(), "caseTable")->isVisible());
    }
    QCOMPARE(child<QComboBox>(page(), "stateFilter")->currentData().toString(), u"open"_s);
    // The search over the number did not lift the filter for the rest: a name still keeps to it.
    search(u"Afgerondsma"_s);
    QVERIFY(!listHolds(m_completed));
    QVERIFY(listHolds(m_open));
}

// Only a completed request: the empty state says why, and "1 afgerond verzoek gevonden – tonen"
// shows it.
void TestCaseSearch::aNameSaysWhatTheStateFilterHides()
{
    search(u"Zoë Afgerondsma"_s);
    QCOMPARE(page()->model()->totalCount(), 0);
    auto *stack = page()->findChild<QStackedWidget *>();
    QVERIFY(stack->currentWidget() != page()->view());
    auto *show = child<QPushButton>(page(), "showHiddenMatches");
    QVERIFY(show->isVisible());
    QCOMPARE(show->text(), u"1 afgerond verzoek gevonden – tonen"_s);
    QVERIFY(!child<QPushButton>(page(), "hiddenMatches")->isVisible()); // one of the two
    auto *text = page()->findChild<QLabel *>(u"emptyText"_s);
    QVERIFY2(text->text().contains(u"verzoeknummer vindt zijn verzoek bij elke status"_s),
             qPrintable(text->text()));
    show->click();
    QCOMPARE(child<QComboBox>(page(), "stateFilter")->currentData().toString(), u"*"_s);
    QCOMPARE(page()->model()->filter().search, u"Zoë Afgerondsma"_s); // the search stays
    QCOMPARE(page()->model()->totalCount(), 1);
    QVERIFY(listHolds(m_completed));
    QCOMPARE(stack->currentWidget(), page()->view());
    QVERIFY(!show->isVisible());
    QVERIFY(!child<QPushButton>(page(), "hiddenMatches")->isVisible());

    // Nothing in any state: the empty state says so, without the line.
    child<QComboBox>(page(), "stateFilter")->setCurrentIndex(1);
    search(u"Xyzzyma"_s);
    QVERIFY(!show->isVisible());
    QVERIFY2(text->text().contains(u"Bij geen enkele status"_s), qPrintable(text->text()));
}

// An open request shown, a completed one of the same name hidden: the line above the list.
void TestCaseSearch::aNameWithOpenAndCompletedRequests()
{
    search(u"Kees Afgerondsma"_s);
    QCOMPARE(page()->model()->totalCount(), 1);
    QVERIFY(listHolds(m_open));
    auto *line = child<QPushButton>(page(), "hiddenMatches");
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), u"1 afgerond verzoek gevonden – tonen"_s);
    // Both of the name (and Zoë's), plural.
    search(u"Afgerondsma"_s);
    QCOMPARE(line->text(), u"2 afgeronde verzoeken gevonden – tonen"_s);
    QTest::mouseClick(line, Qt::LeftButton);
    QCOMPARE(page()->model()->totalCount(), 3);
    QVERIFY(!line->isVisible());
    // Completed and withdrawn ones together, as the default filter hides them.
    child<QComboBox>(page(), "stateFilter")->setCurrentIndex(1);
    search(u"Geslotena"_s);
    QCOMPARE(child<QPushButton>(page(), "showHiddenMatches")->text(),
             u"2 afgeronde of ingetrokken verzoeken gevonden – tonen"_s);
    // In English.
    QVERIFY(installTranslations(UiLanguage::English));
    child<QComboBox>(page(), "stateFilter")->setCurrentIndex(1);
    search(u"Kees Afgerondsma"_s);
    QCOMPARE(line->text(), u"1 completed request found – show"_s);
    QVERIFY(installTranslations(UiLanguage::Dutch));
}

// The brief's test: the sidebar has the focus, Ctrl+F, a number typed: the search field has it
// and the list filters.
void TestCaseSearch::ctrlFFromTheSidebar()
{
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    auto *field = child<QLineEdit>(page(), "caseSearch");
    QVERIFY(field->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), m_completed);
    QCOMPARE(field->text(), m_completed);
    QTRY_COMPARE(page()->model()->filter().search, m_completed);
    QCOMPARE(page()->model()->totalCount(), 1);
    QVERIFY(listHolds(m_completed));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Requests);
}

// From the detail, from a page without a search (to the requests' search), and from the
// sections list while on a page with a search of its own (to that one); Ctrl+F selects what is
// there, so typing replaces it.
void TestCaseSearch::ctrlFFromAnywhere()
{
    auto *field = child<QLineEdit>(page(), "caseSearch");
    field->setText(u"oud"_s);
    m_window->openCase(m_open);
    QVERIFY(detail()->isVisible());
    auto *tabs = child<QTabWidget>(detail(), "caseTabs");
    tabs->setFocus();
    QTRY_VERIFY(tabs->hasFocus());
    QTest::keyClick(tabs, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());
    QCOMPARE(field->selectedText(), u"oud"_s);

    m_window->setCurrentSection(MainWindow::Section::Dashboards);
    QWidget *dashboards = m_window->sectionPage(MainWindow::Section::Dashboards);
    QWidget *inPage = nullptr;
    for (QWidget *widget : dashboards->findChildren<QWidget *>()) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus)) {
            inPage = widget;
            break;
        }
    }
    QVERIFY(inPage);
    inPage->setFocus();
    QTRY_VERIFY(inPage->hasFocus());
    QTest::keyClick(inPage, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Requests);
    QVERIFY(field->hasFocus());

    m_window->setCurrentSection(MainWindow::Section::Disclosures);
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Disclosures);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(focused));
    QVERIFY(m_window->sectionPage(MainWindow::Section::Disclosures)->isAncestorOf(focused));
}

// Letters typed in the sections list went to the section whose name starts with them
// ("v": Verstrekkingen). They go to the page's search now; a page without one drops them.
void TestCaseSearch::typingInTheSidebarGoesToTheSearch()
{
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClicks(navigation, u"v"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Requests);
    auto *field = child<QLineEdit>(page(), "caseSearch");
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, u"erhoef"_s);
    QCOMPARE(field->text(), u"verhoef"_s);

    m_window->setCurrentSection(MainWindow::Section::Dashboards);
    navigation->setFocus();
    QTest::keyClicks(navigation, u"vr"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Dashboards);
    // The arrow keys still move through the sections.
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Registers);
}

void TestCaseSearch::theDetailSaysWhenItsRequestLeavesTheList()
{
    QTableView *view = page()->view();
    const int row = page()->model()->rowAt(0)->number == m_open ? 1 : 0;
    const QString opened = page()->model()->rowAt(row)->number;
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->visualRect(page()->model()->index(row, CaseListModel::PersonColumn)).center());
    QTRY_VERIFY(detail()->isVisible());
    QCOMPARE(detail()->currentNumber(), opened);
    auto *notice = child<QWidget>(detail(), "caseNotListed");
    auto *tabs = child<QTabWidget>(detail(), "caseTabs");
    QVERIFY(tabs->isVisible() && !notice->isVisible());

    // A search that excludes it, with results: the notice, not the request found.
    search(m_open);
    QCOMPARE(page()->model()->totalCount(), 1);
    QVERIFY(opened != m_open);
    QVERIFY(detail()->isVisible());
    QVERIFY(notice->isVisible());
    QVERIFY(!tabs->isVisible());
    QVERIFY(detail()->showsNotListed());
    QVERIFY(page()->selectedCaseNumber().isEmpty());
    auto *title = notice->findChild<QLabel *>(u"emptyTitle"_s);
    QCOMPARE(title->text(), u"Het geopende verzoek staat niet in deze lijst"_s);
    QVERIFY(notice->findChild<QLabel *>(u"emptyText"_s)->text().contains(opened));
    // Nothing acts on the request left out.
    QVERIFY(!detail()->noteAction()->isEnabled());
    QVERIFY(!detail()->letterAction()->isEnabled());

    // No results at all: still the notice, no request's file.
    search(u"xyzzy"_s);
    QCOMPARE(page()->model()->totalCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY(!tabs->isVisible());

    // A search that holds it again: the request, selected.
    search(opened);
    QVERIFY(!notice->isVisible());
    QVERIFY(tabs->isVisible());
    QCOMPARE(page()->selectedCaseNumber(), opened);
    QVERIFY(detail()->noteAction()->isEnabled());

    // A filter that leaves it out, then the notice's way back: the search and filters cleared.
    search(u"xyzzy"_s);
    QVERIFY(notice->isVisible());
    child<QPushButton>(notice, "showCaseInList")->click();
    QVERIFY(child<QLineEdit>(page(), "caseSearch")->text().isEmpty());
    QVERIFY(!notice->isVisible());
    QVERIFY(tabs->isVisible());
    QCOMPARE(detail()->currentNumber(), opened);
    QCOMPARE(page()->selectedCaseNumber(), opened);

    // Or close it: no request shown, and the list has the width again.
    search(u"xyzzy"_s);
    child<QPushButton>(notice, "closeNotListedCase")->click();
    QVERIFY(!detail()->isVisible());
    QVERIFY(detail()->currentNumber().isEmpty());
    search(opened);
    QVERIFY(!detail()->isVisible()); // a search does not open what was closed
    QVERIFY(page()->selectedCaseNumber().isEmpty());

    // A drill-down that leaves it out says so too.
    m_window->openCase(opened);
    QVERIFY(tabs->isVisible());
    CaseListFilter overdue;
    overdue.overdue = true;
    page()->showDrillDown(overdue, u"Te laat"_s);
    QVERIFY(notice->isVisible());
}

void TestCaseSearch::screenshots()
{
    const QString shots = test::shotsDir();
    if (shots.isEmpty())
        QSKIP("PRIVACYDESK_SHOTS_DIR is not set");
    for (const UiLanguage language : { UiLanguage::Dutch, UiLanguage::English }) {
        QVERIFY(installTranslations(language));
        const QString tag = language == UiLanguage::Dutch ? u"nl"_s : u"en"_s;
        for (const QSize size : { QSize(1200, 800), QSize(1920, 1080) }) {
            m_window.reset();
            init();
            m_window->resize(size);
            QCoreApplication::processEvents();
            const QString suffix = u"-%1-%2"_s.arg(tag).arg(size.width());
            search(u"Kees Afgerondsma"_s);
            QVERIFY(test::saveShot(m_window.get(), shots, u"search-hidden-line"_s + suffix));
            search(u"Zoë Afgerondsma"_s);
            QVERIFY(test::saveShot(m_window.get(), shots, u"search-empty-state"_s + suffix));
            child<QComboBox>(page(), "stateFilter")->setCurrentIndex(1);
            search(QString());
            m_window->openCase(m_open);
            search(u"xyzzy"_s);
            QVERIFY(detail()->showsNotListed());
            QVERIFY(test::saveShot(m_window.get(), shots, u"search-detail-notice"_s + suffix));
        }
    }
    QVERIFY(installTranslations(UiLanguage::Dutch));
}

QTEST_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
