// The main window for the keyboard, on a demo store at 1280×800: Tab goes through the page in
// the order it is drawn (the sidebar first, the Vandaag strip before the list, the toggles
// before the filters below them), every combo box is announced by its label.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseListPage.h"
#include "crypto/SecureBytes.h"
#include "dashboards/TodayStrip.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" '"_s + widget->objectName() + u'\'';
    if (!widget->accessibleName().isEmpty())
        text += u" «"_s + widget->accessibleName() + u'»';
    const QPoint at = widget->mapTo(widget->window(), QPoint(0, 0));
    return text + u" at %1,%2"_s.arg(at.x()).arg(at.y());
}

// The widgets Tab reaches from start, in order, until it comes round again.
QList<QWidget *> tabChain(QWidget *start)
{
    QList<QWidget *> chain;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 200; ++i) {
        QWidget *now = QApplication::focusWidget();
        if (!now || (chain.contains(now)))
            break;
        chain << now;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    return chain;
}

// Where Tab goes backwards against the reading order of page: each stop after the one before on
// its line, or below it, or in a column to its right (a list beside its detail). One line each.
QStringList againstReadingOrder(const QList<QWidget *> &onPage, QWidget *page)
{
    QStringList problems;
    for (qsizetype i = 1; i < onPage.size(); ++i) {
        const QWidget *before = onPage.at(i - 1);
        const QWidget *after = onPage.at(i);
        const QPoint a = before->mapTo(page, QPoint(0, 0));
        const QPoint b = after->mapTo(page, QPoint(0, 0));
        const bool sameLine = qAbs(a.y() - b.y()) <= 4;
        const bool nextColumn = b.x() >= a.x() + before->width();
        if ((sameLine && b.x() > a.x()) || (!sameLine && b.y() > a.y()) || nextColumn)
            continue;
        problems << u"Tab goes from %1 back to %2"_s.arg(describe(before), describe(after));
    }
    return problems;
}

} // namespace

class TestDeskKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestsPageTabOrder();
    void everyPageTabOrder_data();
    void everyPageTabOrder();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestDeskKeyboard::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recovery;
    m_store = Store::create(m_tmp.filePath(u"demo"_s), u"demo"_s,
                            SecureBytes::fromUtf8(u"demo-demo-demo"_s), options, &recovery,
                            &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
    DemoOptions demo;
    demo.cases = 200;
    QString error;
    QVERIFY2(DemoData::generate(*m_store, demo, {}, &error), qPrintable(error));
}

void TestDeskKeyboard::cleanupTestCase()
{
    m_store.reset();
}

// From the sidebar, Tab reaches the page's widgets in reading order: the Vandaag strip's
// items (made after the page showed), the search, the toggles, the choices below them, the list.
void TestDeskKeyboard::requestsPageTabOrder()
{
    MainWindow window(Session { *m_store });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section::Requests);
    CaseListPage *page = window.caseListPage();
    auto *strip = page->findChild<TodayStrip *>();
    QVERIFY(strip);
    QTRY_VERIFY(!strip->items().isEmpty());
    auto *navigation = window.findChild<QWidget *>(u"navigation"_s);
    QVERIFY(navigation);

    const QList<QWidget *> chain = tabChain(navigation);
    QStringList seen;
    for (const QWidget *w : chain)
        seen << describe(w);
    const QString all = seen.join(u"\n"_s);
    QVERIFY2(chain.size() > 1 && page->isAncestorOf(chain.at(1)), qPrintable(all));
    QVERIFY2(chain.at(1) == strip->items().constFirst(), qPrintable(all));
    QList<QWidget *> onPage;
    for (QWidget *w : chain) {
        if (page->isAncestorOf(w))
            onPage << w;
    }
    for (qsizetype i = 1; i < onPage.size(); ++i) {
        const QPoint a = onPage.at(i - 1)->mapTo(page, QPoint(0, 0));
        const QPoint b = onPage.at(i)->mapTo(page, QPoint(0, 0));
        const bool sameLine = qAbs(a.y() - b.y()) <= 4;
        QVERIFY2((sameLine && b.x() > a.x()) || (!sameLine && b.y() > a.y()),
                 qPrintable(u"Tab goes from %1 back to %2:\n%3"_s.arg(
                     describe(onPage.at(i - 1)), describe(onPage.at(i)), all)));
    }
    // The list comes after the filters, and every page widget Tab should reach is reached.
    for (const char *name :
         { "caseSearch", "overdueFilter", "dueWeekFilter", "mineFilter", "stateFilter",
           "typeFilter", "channelFilter", "handlerFilter", "caseTable" }) {
        auto *widget = page->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(widget && onPage.contains(widget), qPrintable(QLatin1StringView(name) + all));
    }
}

void TestDeskKeyboard::everyPageTabOrder_data()
{
    QTest::addColumn<int>("section");
    QTest::newRow("Verstrekkingen") << int(MainWindow::Section::Disclosures);
    QTest::newRow("Bewaartermijnen") << int(MainWindow::Section::Retention);
    QTest::newRow("Registers") << int(MainWindow::Section::Registers);
    QTest::newRow("Dashboards") << int(MainWindow::Section::Dashboards);
    QTest::newRow("Datalekken") << int(MainWindow::Section::Breaches);
}

// Every other page as the requests page: from the sidebar, Tab reaches the page's widgets in the
// order it draws them.
void TestDeskKeyboard::everyPageTabOrder()
{
    QFETCH(int, section);
    MainWindow window(Session { *m_store });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section(section));
    QWidget *page = window.sectionPage(MainWindow::Section(section));
    QVERIFY(page);
    QCoreApplication::processEvents();
    auto *navigation = window.findChild<QWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    const QList<QWidget *> chain = tabChain(navigation);
    QStringList seen;
    QList<QWidget *> onPage;
    for (QWidget *w : chain) {
        seen << describe(w);
        if (page->isAncestorOf(w))
            onPage << w;
    }
    const QString all = seen.join(u"\n"_s);
    QVERIFY2(chain.size() > 1 && page->isAncestorOf(chain.at(1)), qPrintable(all));
    const QStringList problems = againstReadingOrder(onPage, page);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s) + u"\n\n"_s + all));
}

QTEST_MAIN(TestDeskKeyboard)
#include "tst_deskkeyboard.moc"
