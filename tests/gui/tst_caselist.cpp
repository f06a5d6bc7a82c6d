// The case list page offscreen on real stores: filtering by state, searching "celik" for
// "Çelik" (debounced), the overdue toggle, sorting by deadline, the empty state and clearing
// filters, the selection kept across a refresh, lazy loading of 5,000 cases, Enter and
// double-click emitting caseActivated, and the page inside MainWindow.
//
// screenshots() drives the desk over a demo store (400 requests; with PRIVACYDESK_SHOTS_DIR=dir
// PRIVACYDESK_SHOTS_CASES, default 10,000) and then also saves the list, a search, the overdue
// filter and an empty result, in Dutch; strings not yet in the .ts files are taken from
// PRIVACYDESK_TR_JSON ({"English": "Nederlands"}) when given. Run it under xvfb-run with
// QT_QPA_PLATFORM=xcb to see the real thing.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;
using pd::test::JsonTranslator;

namespace {

const QDate today(2026, 11, 21);

std::unique_ptr<Store> makeDemoStore(const QString &dir, int cases)
{
    return test::makeDemoStore(dir, cases, today);
}

} // namespace

class TestCaseList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void opensOnOpenRequestsByDeadline();
    void filterByState();
    void searchIsDebouncedAndFoldsDiacritics();
    void overdueToggle();
    void sortByDeadline();
    void emptyStateAndClearFilters();
    void selectionKeptAfterRefresh();
    void enterAndDoubleClickEmitCaseActivated();
    void aHeldKeyOpensTheRowItStopsOn();
    void ctrlFFocusesSearch();
    void mainWindowShowsTheList();
    void lazyLoading();
    void scrollingToTheEndGivesTheWholeListInEveryOrder();
    void lateRowsSayEachClock();
    void screenshots();

private:
    CaseListModel *model() const { return m_page->model(); }
    QList<const CaseListRow *> loadedRows() const;
    void setSearch(const QString &text);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    std::unique_ptr<CaseListPage> m_page;
};

void TestCaseList::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
    // A few hundred fictitious requests, plus some handled by the current user.
    m_store = makeDemoStore(m_tmp.filePath(u"demo"_s), 300);
    QVERIFY(m_store);
    CaseService cases(Session { *m_store, m_clock });
    for (int i = 0; i < 6; ++i) {
        NewCase request;
        request.person.name = u"Mina Çelik-%1"_s.arg(i);
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = today.addDays(-10 * i);
        request.handler = i % 2 ? test::testUser : u"m.bakker"_s;
        ServiceError error;
        QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
}

void TestCaseList::cleanupTestCase()
{
    m_store.reset();
}

void TestCaseList::init()
{
    m_page = std::make_unique<CaseListPage>(Session { *m_store });
    m_page->model()->setToday(today);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCaseList::cleanup()
{
    m_page.reset();
}

QList<const CaseListRow *> TestCaseList::loadedRows() const
{
    QList<const CaseListRow *> rows;
    for (int i = 0; i < model()->rowCount(); ++i)
        rows << model()->rowAt(i);
    return rows;
}

void TestCaseList::setSearch(const QString &text)
{
    auto *search = child<QLineEdit>(m_page.get(), "caseSearch");
    search->clear();
    QTest::keyClicks(search, text);
    QTRY_COMPARE(model()->filter().search, text);
}

void TestCaseList::opensOnOpenRequestsByDeadline()
{
    const CaseListFilter filter = model()->filter();
    QCOMPARE(filter.states,
             (QSet<CaseState> { CaseState::Ontvangen, CaseState::Identificatie,
                                CaseState::InBehandeling }));
    QCOMPARE(model()->sortOrder().column, CaseColumn::Deadline);
    QVERIFY(model()->rowCount() > 0);
    for (const CaseListRow *row : loadedRows())
        QVERIFY(row->isOpen());
    auto *count = child<QLabel>(m_page.get(), "caseCount");
    QVERIFY(count->text().startsWith(QLocale().toString(model()->totalCount())));
    QCOMPARE(model()->columnCount(), 9);
}

void TestCaseList::filterByState()
{
    auto *state = child<QComboBox>(m_page.get(), "stateFilter");
    state->setCurrentIndex(state->findData(codes::code(CaseState::Afgerond)));
    QVERIFY(model()->rowCount() > 0);
    for (const CaseListRow *row : loadedRows())
        QCOMPARE(row->state, CaseState::Afgerond);
    const int closed = model()->totalCount();
    state->setCurrentIndex(state->findData(u"*"_s));
    QVERIFY(model()->totalCount() > closed);
    QCOMPARE(model()->totalCount(), 306);
    QVERIFY(child<QLabel>(m_page.get(), "caseCount")->text().startsWith(u"306"_s));
}

void TestCaseList::searchIsDebouncedAndFoldsDiacritics()
{
    auto *state = child<QComboBox>(m_page.get(), "stateFilter");
    state->setCurrentIndex(0); // all states
    auto *search = child<QLineEdit>(m_page.get(), "caseSearch");
    QTest::keyClicks(search, u"celik"_s);
    // Typing does not query on every key: keyClicks delivers the keys without running the event
    // loop, so the debounce timer cannot have fired yet; the filter follows after the pause.
    QVERIFY(model()->filter().search.isEmpty());
    QTRY_COMPARE(model()->filter().search, u"celik"_s);
    QVERIFY(model()->rowCount() >= 6);
    for (const CaseListRow *row : loadedRows())
        QVERIFY2(row->personName.contains(u"Çelik"_s), qPrintable(row->personName));

    // Typing on narrows further; Escape clears.
    QTest::keyClicks(search, u" mina"_s);
    QTRY_COMPARE(model()->filter().search, u"celik mina"_s);
    QCOMPARE(model()->totalCount(), 6);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(model()->filter().search.isEmpty());
    QCOMPARE(model()->totalCount(), 306);
}

void TestCaseList::overdueToggle()
{
    auto *overdue = child<QToolButton>(m_page.get(), "overdueFilter");
    overdue->click();
    QVERIFY(model()->filter().overdue);
    QVERIFY(model()->rowCount() > 0);
    for (int i = 0; i < model()->rowCount(); ++i) {
        const CaseListRow *row = model()->rowAt(i);
        QVERIFY(row->isOverdue());
        const QModelIndex days = model()->index(i, CaseListModel::DaysLeftColumn);
        if (row->paused) {
            // Its earliest deadline passed, but neither clock runs while the identification that
            // was asked for in time is awaited: not late, and not said to be.
            QCOMPARE(days.data(CaseListModel::UrgencyRole).toInt(), 0);
            QCOMPARE(days.data().toString(), CaseListModel::tr("paused, awaiting identification"));
            continue;
        }
        // 3: late against the law; 2: against the organisation's own deadline only.
        QCOMPARE(days.data(CaseListModel::UrgencyRole).toInt(),
                 row->lateness.legalDays > 0 ? 3 : 2);
        // Not colour alone: an icon and words.
        QVERIFY(!days.data(Qt::DecorationRole).isNull());
        QVERIFY2(days.data().toString().contains(u"te laat"_s)
                     || days.data().toString().contains(u"overdue"_s),
                 qPrintable(days.data().toString()));
        QVERIFY(days.data(Qt::BackgroundRole).isValid());
    }
    overdue->click();
    QVERIFY(!model()->filter().overdue);

    auto *week = child<QToolButton>(m_page.get(), "dueWeekFilter");
    week->click();
    for (const CaseListRow *row : loadedRows())
        QVERIFY(row->isDueWithinWeek());
    week->click();
    auto *mine = child<QToolButton>(m_page.get(), "mineFilter");
    mine->click();
    // Counted independently of CaseQuery: the open requests handled by the current user (the
    // demo gives half of its requests to the store's user, plus the three added above).
    QSqlQuery expected(m_store->database());
    QVERIFY(
        expected.exec(u"SELECT count(*) FROM cases WHERE handler = '%1' AND state IN "
                      "('ontvangen', 'identificatie', 'in-behandeling')"_s.arg(test::testUser)));
    QVERIFY(expected.next());
    QVERIFY(expected.value(0).toInt() >= 3);
    QCOMPARE(model()->totalCount(), expected.value(0).toInt());
    for (const CaseListRow *row : loadedRows())
        QCOMPARE(row->handler, test::testUser);
}

void TestCaseList::sortByDeadline()
{
    auto *state = child<QComboBox>(m_page.get(), "stateFilter");
    state->setCurrentIndex(0);
    QTableView *view = m_page->view();
    for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
        view->sortByColumn(CaseListModel::DeadlineColumn, order);
        QCOMPARE(model()->sortOrder().column, CaseColumn::Deadline);
        QCOMPARE(model()->sortOrder().order, order);
        const auto rows = loadedRows();
        QVERIFY(rows.size() > 10);
        for (int i = 1; i < rows.size(); ++i) {
            const bool inOrder = order == Qt::AscendingOrder
                ? rows.at(i - 1)->deadline <= rows.at(i)->deadline
                : rows.at(i - 1)->deadline >= rows.at(i)->deadline;
            QVERIFY(inOrder);
        }
    }
    // Clicking a header sorts by that column.
    QTest::mouseClick(
        view->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(view->horizontalHeader()->sectionViewportPosition(CaseListModel::NumberColumn) + 10,
               5));
    QCOMPARE(model()->sortOrder().column, CaseColumn::Number);
}

void TestCaseList::emptyStateAndClearFilters()
{
    setSearch(u"xyzzy"_s);
    auto *stack = m_page->findChild<QStackedWidget *>();
    QVERIFY(stack->currentWidget() != m_page->view());
    auto *title = m_page->findChild<QLabel *>(u"emptyTitle"_s);
    QVERIFY(title && title->isVisible());
    QVERIFY2(title->text().contains(u"‘xyzzy’"_s), qPrintable(title->text()));
    QVERIFY(child<QLabel>(m_page.get(), "caseCount")->text().startsWith(u"0 "_s));
    auto *clear = child<QPushButton>(m_page.get(), "clearFilters");
    QVERIFY(clear->isVisible());
    clear->click();
    QCOMPARE(stack->currentWidget(), m_page->view());
    QVERIFY(child<QLineEdit>(m_page.get(), "caseSearch")->text().isEmpty());
    QCOMPARE(model()->totalCount(), 306);
    QVERIFY(model()->filter().states.isEmpty());
}

void TestCaseList::selectionKeptAfterRefresh()
{
    auto *state = child<QComboBox>(m_page.get(), "stateFilter");
    state->setCurrentIndex(0);
    m_page->view()->sortByColumn(CaseListModel::NumberColumn, Qt::DescendingOrder);
    m_page->view()->selectRow(5);
    const QString number = m_page->selectedCaseNumber();
    QVERIFY(!number.isEmpty());

    // A new request arrives: it sorts first, and everything moves down a row.
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = u"Nieuwe Melder"_s;
    request.types = { RequestType::Bezwaar };
    request.receivedDate = today;
    ServiceError error;
    QVERIFY(cases.add(request, BsnCheck::Refuse, &error));
    m_page->refresh();
    QCOMPARE(m_page->selectedCaseNumber(), number);
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().constFirst().row(), 6);
    QCOMPARE(model()->totalCount(), 307);

    // Also when the selected case sits beyond the loaded pages after the refresh.
    m_page->view()->sortByColumn(CaseListModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(model()->rowCount(), CaseListModel::pageSize);
    while (model()->canFetchMore({}))
        model()->fetchMore({});
    m_page->view()->selectRow(model()->rowCount() - 1);
    const QString last = m_page->selectedCaseNumber();
    m_page->refresh();
    QCOMPARE(m_page->selectedCaseNumber(), last);

    // A filter change keeps it when it still matches.
    setSearch(last);
    QCOMPARE(m_page->selectedCaseNumber(), last);
}

void TestCaseList::enterAndDoubleClickEmitCaseActivated()
{
    QSignalSpy activated(m_page.get(), &CaseListPage::caseActivated);
    QTableView *view = m_page->view();
    const auto numberAt = [this](int row) {
        return model()->index(row, 0).data(CaseListModel::CaseNumberRole).toString();
    };
    view->setFocus(); // focus highlights the first row, and so opens it
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(0));
    activated.clear();
    // Moving to a row is opening it: the highlighted row is the request shown.
    view->selectRow(2);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(2));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(3));
    // Enter opens the highlighted one again (after the detail showed another request).
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(3));

    // A single click opens; the double click after it opens the same request again.
    const QRect rect = view->visualRect(model()->index(0, CaseListModel::PersonColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 4);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(0));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 5);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(0));

    // The page's own selection (a refresh, selectCase) keeps the case and opens nothing.
    m_page->refresh();
    QVERIFY(m_page->selectCase(numberAt(1)));
    QCOMPARE(activated.count(), 5);
    // A case the list does not hold leaves no row highlighted.
    QVERIFY(!m_page->selectCase(u"AVG-1999-0001"_s));
    QVERIFY(m_page->selectedCaseNumber().isEmpty());

    // From the search field, Enter goes into the results and opens the first.
    auto *search = child<QLineEdit>(m_page.get(), "caseSearch");
    search->setFocus();
    QTest::keyClicks(search, u"celik"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model()->filter().search, u"celik"_s);
    QVERIFY(view->hasFocus());
    QCOMPARE(activated.count(), 6);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(0));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.count(), 7);
    QVERIFY(activated.constLast().constFirst().toString().startsWith(u"AVG-"_s));
}

void TestCaseList::aHeldKeyOpensTheRowItStopsOn()
{
    QTableView *view = m_page->view();
    view->setFocus();
    view->selectRow(0);
    const auto numberAt = [this](int row) {
        return model()->index(row, 0).data(CaseListModel::CaseNumberRole).toString();
    };
    const auto send = [view](QEvent::Type type, int key, bool autoRepeat,
                             Qt::KeyboardModifiers modifiers = {}) {
        QKeyEvent event(type, key, modifiers, QString(), autoRepeat);
        QCoreApplication::sendEvent(view, &event);
    };
    QSignalSpy activated(m_page.get(), &CaseListPage::caseActivated);
    // Holding Down: the rows pass under the key without each being read and shown.
    for (int i = 0; i < 5; ++i) {
        send(QEvent::ShortcutOverride, Qt::Key_Down, true); // as Qt sends before each press
        send(QEvent::KeyPress, Qt::Key_Down, true);
    }
    QCOMPARE(m_page->selectedCaseNumber(), numberAt(5));
    QCOMPARE(activated.count(), 0);
    // Letting go opens the row it stopped on.
    send(QEvent::KeyRelease, Qt::Key_Down, false);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(5));
    // A shortcut pressed while the key is still held acts on the highlighted row: it is
    // opened before the shortcut runs.
    send(QEvent::KeyPress, Qt::Key_Up, true);
    QCOMPARE(activated.count(), 1);
    send(QEvent::ShortcutOverride, Qt::Key_E, false, Qt::ControlModifier);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(4));
    // Without a release (a platform that sends none), the pause opens it.
    send(QEvent::KeyPress, Qt::Key_Up, true);
    QTRY_COMPARE(activated.count(), 3);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(3));
    // A single press still opens at once.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(activated.count(), 4);
    QCOMPARE(activated.constLast().constFirst().toString(), numberAt(4));
}

void TestCaseList::ctrlFFocusesSearch()
{
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>(m_page.get(), "caseSearch")->hasFocus());
}

void TestCaseList::mainWindowShowsTheList()
{
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Requests);
    // The Requests section holds the list with the detail beside it.
    CaseListPage *page = window.caseListPage();
    QVERIFY(page);
    QVERIFY(window.sectionPage(MainWindow::Section::Requests)->isAncestorOf(page));
    QVERIFY(
        window.caseDetail()
        && window.sectionPage(MainWindow::Section::Requests)->isAncestorOf(window.caseDetail()));
    QVERIFY(page->isVisible());
    QVERIFY(page->model()->rowCount() > 0);
    // No request open: the list has the width.
    QVERIFY(!window.caseDetail()->isVisible());
    const int fullWidth = page->width();
    // One click opens a request beside the list; the highlighted row and the detail are the
    // same request, also when moving with the keys.
    QTableView *view = page->view();
    const auto numberAt = [page](int row) {
        return page->model()->index(row, 0).data(CaseListModel::CaseNumberRole).toString();
    };
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->visualRect(page->model()->index(1, CaseListModel::PersonColumn)).center());
    QTRY_VERIFY(window.caseDetail()->isVisible());
    QCOMPARE(window.caseDetail()->currentNumber(), numberAt(1));
    QCOMPARE(page->selectedCaseNumber(), numberAt(1));
    QTRY_VERIFY(page->width() < fullWidth);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(window.caseDetail()->currentNumber(), numberAt(2));
    QCOMPARE(page->selectedCaseNumber(), numberAt(2));
    // Every action acts on what is shown: the Case menu's actions follow the detail.
    QVERIFY(window.caseDetail()->currentCase().has_value());
    QCOMPARE(window.caseDetail()->currentCase()->number, numberAt(2));
    // A request opened from elsewhere (a disclosure, a dashboard) that the filtered list does
    // not hold leaves no other row highlighted.
    const QString elsewhere = numberAt(5);
    const QString searched = numberAt(3);
    auto *search = child<QLineEdit>(page, "caseSearch");
    search->clear();
    QTest::keyClicks(search, searched);
    QTRY_COMPARE(page->model()->filter().search, searched);
    QCOMPARE(page->model()->rowCount(), 1);
    window.openCase(elsewhere);
    QCOMPARE(window.caseDetail()->currentNumber(), elsewhere);
    QVERIFY(page->selectedCaseNumber().isEmpty());
    // Other sections keep their own pages.
    QVERIFY(!qobject_cast<CaseListPage *>(window.sectionPage(MainWindow::Section::Disclosures)));
}

void TestCaseList::lazyLoading()
{
    m_page.reset();
    QTemporaryDir dir;
    auto store = makeDemoStore(dir.filePath(u"groot"_s), 5000);
    QVERIFY(store);
    CaseListPage page(Session { *store });
    page.model()->setToday(today);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    child<QComboBox>(&page, "stateFilter")->setCurrentIndex(0);
    CaseListModel *lazy = page.model();
    QCOMPARE(lazy->totalCount(), 5000);
    QCOMPARE(lazy->rowCount(), CaseListModel::pageSize);
    QVERIFY(lazy->canFetchMore({}));
    lazy->fetchMore({});
    QCOMPARE(lazy->rowCount(), 2 * CaseListModel::pageSize);

    // Scrolling to the end asks for one more page, not for everything.
    page.view()->scrollToBottom();
    QTRY_VERIFY(lazy->rowCount() > 2 * CaseListModel::pageSize);
    QVERIFY(lazy->rowCount() < 5000);
    QCOMPARE(lazy->rowCount() % CaseListModel::pageSize, 0);

    // A search over 5,000 starts from a single page again.
    QTest::keyClicks(child<QLineEdit>(&page, "caseSearch"), u"j"_s);
    QTRY_COMPARE(lazy->filter().search, u"j"_s);
    QVERIFY(lazy->rowCount() <= CaseListModel::pageSize);
}

// FetchMore continues after the last loaded row (keyset), in every order the list
// offers; scrolled to the end, the model holds the whole list exactly once, in the order of one
// read of everything. A request added while scrolling does not shift the pages.
void TestCaseList::scrollingToTheEndGivesTheWholeListInEveryOrder()
{
    m_page.reset();
    const CaseQuery query(Session { *m_store }, m_store->userName());
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            CaseListModel model(Session { *m_store });
            model.setToday(today);
            model.sort(column, order);
            CaseListFilter filter;
            filter.today = today;
            const CaseSort sort { static_cast<CaseColumn>(column), order };
            QCOMPARE(model.totalCount(), query.count(filter));
            QVERIFY(model.totalCount() > CaseListModel::pageSize);
            QCOMPARE(model.rowCount(), CaseListModel::pageSize);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QVERIFY(model.errorText().isEmpty());
            const QList<CaseListRow> whole = query.page(filter, sort, 0, model.totalCount() + 1);
            QCOMPARE(model.rowCount(), whole.size());
            for (int row = 0; row < whole.size(); ++row)
                QCOMPARE(model.rowAt(row)->id, whole.at(row).id);
        }
    }

    // A request received while the first page is on screen: the next page starts after the
    // last row shown, so no row is shown twice. On a store of its own: the others count theirs.
    QTemporaryDir dir;
    const auto store = makeDemoStore(dir.filePath(u"scroll"_s), CaseListModel::pageSize + 20);
    QVERIFY(store);
    CaseListModel model(Session { *store });
    model.setToday(today);
    model.sort(CaseListModel::NumberColumn, Qt::DescendingOrder);
    const int before = model.totalCount();
    CaseService cases(Session { *store, m_clock });
    NewCase request;
    request.person.name = u"Late Komer"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = today;
    ServiceError error;
    QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), before);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.rowAt(row)->id);
    QCOMPARE(ids.size(), before);
    QCOMPARE(model.refresh(), -1);
    QCOMPARE(model.totalCount(), before + 1);
}

// On a store of its own, under "binnen vier weken" without an extension of its own:
// the days-left column says per clock how late a request is, in the same words as the detail,
// also for a request answered late; the urgency tells the law's clock from the organisation's.
// With PRIVACYDESK_SHOTS_DIR the desk is saved at 1200 × 800 (desk-late-list.png).
void TestCaseList::lateRowsSayEachClock()
{
    m_page.reset();
    JsonTranslator translator(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!translator.isEmpty())
        QApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] {
        if (!translator.isEmpty())
            QApplication::removeTranslator(&translator);
    });
    QTemporaryDir dir;
    auto store = test::createTestStore(dir.filePath(u"klokken"_s));
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
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
        request.handler = test::testUser;
        const std::optional<Case> c = cases.add(request, BsnCheck::Refuse, &error);
        if (c)
            numbers.insert(name, c->number);
        return c.has_value();
    };
    // today is Saturday 21 November 2026; the dates as in tst_casequery's addLateCases.
    QVERIFY(add(u"Alleen Eigen"_s, { 2026, 10, 22 }));
    QVERIFY(add(u"Beide Laat"_s, { 2026, 9, 30 }));
    QVERIFY(add(u"Verlengd Verzoek"_s, { 2026, 9, 1 }));
    // Extended under a policy with an extension of its own, which the organisation then dropped
    // (under "binnen vier weken" the extension itself would move no date and is
    // refused); the open requests follow the four weeks again.
    QVERIFY2(cases.setPolicy(DeadlinePolicy(), &error), qPrintable(error.message));
    QVERIFY(cases.extend(numbers.value(u"Verlengd Verzoek"_s), u"Veel systemen"_s, { 2026, 9, 15 },
                         BsnCheck::Refuse, &error));
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    QVERIFY(add(u"Laat Beantwoord"_s, { 2026, 8, 3 }));
    QVERIFY2(cases.complete(numbers.value(u"Laat Beantwoord"_s),
                            test::completion(Outcome::Toegewezen, { 2026, 9, 10 }, u"brief"_s, {},
                                             {}, test::knownDataSubject),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(add(u"Wacht Identificatie"_s, { 2026, 9, 1 }));
    QVERIFY(cases.requestIdentification(numbers.value(u"Wacht Identificatie"_s), { 2026, 9, 2 },
                                        &error));
    QVERIFY(add(u"Op Tijd"_s, { 2026, 11, 16 }));

    MainWindow window(Session { *store });
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Requests);
    CaseListPage *page = window.caseListPage();
    page->model()->setToday(today);
    child<QComboBox>(page, "stateFilter")->setCurrentIndex(0); // all states
    CaseListModel *list = page->model();
    QCOMPARE(list->totalCount(), 6);
    const auto cell = [&](const QString &name, int role) {
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex days = list->index(row, CaseListModel::DaysLeftColumn);
            if (days.data(CaseListModel::CaseNumberRole).toString() == numbers.value(name))
                return days.data(role);
        }
        return QVariant();
    };
    const auto text = [&](const QString &name) {
        return cell(name, Qt::DisplayRole).toString();
    };
    const auto urgency = [&](const QString &name) {
        return cell(name, CaseListModel::UrgencyRole).toInt();
    };
    QCOMPARE(text(u"Beide Laat"_s),
             u"wettelijk 22 dagen te laat; eigen termijn 24 dagen te laat"_s);
    QCOMPARE(urgency(u"Beide Laat"_s), 3);
    QCOMPARE(cell(u"Beide Laat"_s, CaseListModel::LateLegalDaysRole).toInt(), 22);
    QCOMPARE(cell(u"Beide Laat"_s, CaseListModel::LatePolicyDaysRole).toInt(), 24);
    QCOMPARE(text(u"Alleen Eigen"_s), u"eigen termijn 2 dagen te laat"_s);
    QCOMPARE(urgency(u"Alleen Eigen"_s), 2);
    // Extended in time: the law's clock runs to 1 December, the organisation's did not move.
    QCOMPARE(text(u"Verlengd Verzoek"_s), u"eigen termijn 53 dagen te laat"_s);
    QCOMPARE(urgency(u"Verlengd Verzoek"_s), 2);
    // Answered late: said so, but nothing left to do.
    QCOMPARE(text(u"Laat Beantwoord"_s),
             u"wettelijk 7 dagen te laat; eigen termijn 10 dagen te laat"_s);
    QCOMPARE(urgency(u"Laat Beantwoord"_s), 0);
    const QString answeredTip = cell(u"Laat Beantwoord"_s, Qt::ToolTipRole).toString();
    QVERIFY2(
        answeredTip.contains(QLocale().toString(QDate(2026, 9, 10), QLocale::LongFormat))
            && answeredTip.contains(text(u"Laat Beantwoord"_s))
            && answeredTip.contains(QLocale().toString(QDate(2026, 9, 3), QLocale::LongFormat)),
        qPrintable(answeredTip));
    QCOMPARE(text(u"Wacht Identificatie"_s), CaseListModel::tr("paused, awaiting identification"));
    QCOMPARE(urgency(u"Wacht Identificatie"_s), 0);
    QCOMPARE(urgency(u"Op Tijd"_s), 0);
    QVERIFY(!text(u"Op Tijd"_s).contains(u"te laat"_s));
    // The tooltip of an open late request names each clock's deadline.
    const QString tip = cell(u"Beide Laat"_s, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLocale().toString(QDate(2026, 10, 30), QLocale::LongFormat))
                 && tip.contains(QLocale().toString(QDate(2026, 10, 28), QLocale::LongFormat)),
             qPrintable(tip));

    // The detail of the opened request says it in the same words. It counts to the system's
    // today, and so does the list from here on.
    list->setToday({});
    QVERIFY(page->selectCase(numbers.value(u"Beide Laat"_s)));
    Q_EMIT page->caseActivated(numbers.value(u"Beide Laat"_s));
    auto *deadline = window.findChild<QLabel *>(u"deadline"_s);
    QVERIFY(deadline);
    QVERIFY(text(u"Beide Laat"_s).contains(u"wettelijk "_s));
    QTRY_VERIFY2(deadline->text().contains(text(u"Beide Laat"_s)), qPrintable(deadline->text()));
    QVERIFY(test::saveShot(&window, test::shotsDir(), u"desk-late-list"_s));
}

void TestCaseList::screenshots()
{
    const QString shots = test::shotsDir();
    m_page.reset();
    JsonTranslator translator(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!translator.isEmpty())
        QApplication::installTranslator(&translator);
    const int cases = qEnvironmentVariableIntValue("PRIVACYDESK_SHOTS_CASES");
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    auto store = makeDemoStore(dir.filePath(u"demo"_s),
                               cases > 0 ? cases : (shots.isEmpty() ? 400 : 10000));
    QVERIFY(store);
    qInfo("demo store: %lld ms", static_cast<long long>(timer.elapsed()));

    MainWindow window(Session { *store });
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Requests);
    CaseListPage *page = window.caseListPage();
    page->model()->setToday(today);
    const auto save = [&](const char *name) {
        QVERIFY(test::saveShot(&window, shots, QString::fromLatin1(name)));
    };
    save("desk-caselist-1-list");

    // Scrolling to the end, page by page as the view asks.
    child<QComboBox>(page, "stateFilter")->setCurrentIndex(0);
    timer.restart();
    int steps = 0;
    while (page->model()->canFetchMore({})) {
        page->view()->scrollToBottom();
        QCoreApplication::processEvents();
        ++steps;
    }
    qInfo("scrolled to the end of %d requests in %lld ms (%d steps)", page->model()->totalCount(),
          static_cast<long long>(timer.elapsed()), steps);
    QCOMPARE(page->model()->rowCount(), page->model()->totalCount());
    page->clearFilters();
    child<QComboBox>(page, "stateFilter")->setCurrentIndex(1);

    auto *search = child<QLineEdit>(page, "caseSearch");
    search->setFocus();
    timer.restart();
    QTest::keyClicks(search, u"celik"_s);
    QTRY_COMPARE(page->model()->filter().search, u"celik"_s);
    qInfo("typed and searched in %lld ms", static_cast<long long>(timer.elapsed()));
    page->view()->selectRow(1);
    save("desk-caselist-2-search");

    page->clearFilters();
    child<QComboBox>(page, "stateFilter")->setCurrentIndex(1);
    child<QToolButton>(page, "overdueFilter")->click();
    save("desk-caselist-3-overdue");

    page->clearFilters();
    search->setText(u"Pietersma 9999"_s);
    QTRY_COMPARE(page->model()->filter().search, u"Pietersma 9999"_s);
    save("desk-caselist-4-empty");
    if (!translator.isEmpty())
        QApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestCaseList)
#include "tst_caselist.moc"
