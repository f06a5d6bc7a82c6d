// Nothing clipped at 1200 px: every page of the desk at 1200×800, in Dutch and in
// English, with no request open and with one open on each of its tabs, and the unlock dialog
// after a wrong password. A label, button, tab or column header whose size hint (what its text
// needs) is larger than the size it was given is clipped text, and the test names it. Text that
// the desk elides on purpose carries its full text in the tooltip, and is allowed.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 21);

std::unique_ptr<Store> makeDemoStore(const QString &dir, int cases)
{
    return test::makeDemoStore(dir, cases, today);
}

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 '%2' (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(), text.simplified().left(60));
}

bool shownIn(const QWidget *widget, const QWidget *root)
{
    if (!widget->isVisibleTo(root) || widget->width() <= 0)
        return false;
    // Inside a scroll area the text may be scrolled to: only what the viewport clips counts,
    // and that is the scroll area's business, not clipping.
    for (const QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (w->inherits("QAbstractScrollArea") && !w->inherits("QTextEdit")
            && !w->inherits("QAbstractItemView"))
            return false;
    }
    return true;
}

// Everything under root whose text does not fit the size it was given.
QStringList clippedIn(QWidget *root)
{
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownIn(label, root) || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()))
            continue;
        const bool elidedOnPurpose
            = label->text().contains(QChar(0x2026)) && !label->toolTip().isEmpty();
        if (elidedOnPurpose)
            continue;
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                clipped << describe(label, label->text()) + u" is cut off below"_s;
        } else if (label->sizeHint().width() > label->width() + 1) {
            clipped << describe(label, label->text())
                    + u" needs %1 px, has %2"_s.arg(label->sizeHint().width()).arg(label->width());
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        // Not the tab bar's scroll arrows, nor a line edit's icon (its text is its tooltip).
        if (!shownIn(button, root) || button->text().isEmpty()
            || button->parentWidget()->inherits("QTabBar")
            || button->inherits("QLineEditIconButton"))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            clipped << describe(button, button->text())
                    + u" needs %1 px, has %2"_s.arg(button->sizeHint().width())
                          .arg(button->width());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!shownIn(tabs, root))
            continue;
        // With every tab at its natural width the bar must fit: otherwise Qt elides the titles
        // or hides tabs behind scroll arrows.
        if (tabs->sizeHint().width() > tabs->width() + 1) {
            QStringList titles;
            for (int i = 0; i < tabs->count(); ++i)
                titles << tabs->tabText(i);
            clipped << describe(tabs, titles.join(u" | "))
                    + u" needs %1 px, has %2"_s.arg(tabs->sizeHint().width()).arg(tabs->width());
        }
    }
    // A page or tab in a scroll area scrolls down, never sideways: its text is then cut at the
    // right edge (the check above skips text inside scroll areas).
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (shownIn(area, root) && area->horizontalScrollBar()->isVisible())
            clipped << describe(area, QString()) + u" scrolls sideways"_s;
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!shownIn(header, root) || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            if (header->sectionSizeHint(section) > header->sectionSize(section) + 1)
                clipped << describe(header, title)
                        + u" column needs %1 px, has %2"_s.arg(header->sectionSizeHint(section))
                              .arg(header->sectionSize(section));
        }
    }
    return clipped;
}

} // namespace

class TestNoClip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desk_data();
    void desk();
    void unlockAfterWrongPassword_data();
    void unlockAfterWrongPassword();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestNoClip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_store = makeDemoStore(m_tmp.filePath(u"demo"_s), 400);
    QVERIFY(m_store);
    // A closed store of its own for the unlock dialog (the demo store is open).
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    StoreError error;
    QString recovery;
    QVERIFY(Store::create(m_tmp.filePath(u"kluis"_s), test::testUser,
                          SecureBytes::fromUtf8(test::testPassword), options, &recovery, &error));
}

void TestNoClip::desk_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QSize>("size");
    for (const UiLanguage language : { UiLanguage::Dutch, UiLanguage::English }) {
        const char *name = language == UiLanguage::Dutch ? "nl" : "en";
        QTest::addRow("%s-1200", name) << language << QSize(1200, 800);
        QTest::addRow("%s-1600", name) << language << QSize(1600, 1000);
    }
}

void TestNoClip::desk()
{
    QFETCH(UiLanguage, language);
    QFETCH(QSize, size);
    QVERIFY(installTranslations(language));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    MainWindow window(Session { *m_store });
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList clipped;
    const auto check = [&](const QString &where) {
        QTest::qWait(100); // pages load
        // Under load a label set a moment ago may not have its width yet ("Bijgewerkt
        // om" with 6 px): what is clipped counts once the layouts have settled, however long
        // that takes (up to 10 s); what stays clipped is clipped.
        QStringList found;
        // Not settled: found holds what is still clipped.
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&] {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                found = clippedIn(&window);
                return found.isEmpty();
            },
            10000);
        for (const QString &text : std::as_const(found))
            clipped << where + u": "_s + text;
        QVERIFY(test::saveShot(&window, test::shotsDir(), u"noclip-%1-%2"_s.arg(tag, where)));
    };

    // The list with no request open has the width; then with one open, on each tab.
    window.setCurrentSection(MainWindow::Section::Requests);
    check(u"requests"_s);
    CaseListPage *list = window.caseListPage();
    QVERIFY(list->model()->rowCount() > 0);
    list->view()->selectRow(0);
    QTRY_VERIFY(window.caseDetail()->isVisible());
    auto *detailTabs = window.caseDetail()->findChild<QTabWidget *>();
    QVERIFY(detailTabs);
    for (int tab = 0; tab < detailTabs->count(); ++tab) {
        detailTabs->setCurrentIndex(tab);
        check(u"request-tab%1"_s.arg(tab + 1));
    }

    for (const auto section : { MainWindow::Section::Disclosures, MainWindow::Section::Retention,
                                MainWindow::Section::Registers, MainWindow::Section::Dashboards }) {
        window.setCurrentSection(section);
        QWidget *page = window.sectionPage(section);
        const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
        QTabWidget *tabs = tabWidgets.isEmpty() ? nullptr : tabWidgets.constFirst();
        const int count = tabs ? tabs->count() : 1;
        for (int tab = 0; tab < count; ++tab) {
            if (tabs)
                tabs->setCurrentIndex(tab);
            check(u"section%1-tab%2"_s.arg(int(section) + 1).arg(tab + 1));
        }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(u"\n"_s + clipped.join(u"\n"_s)));
}

void TestNoClip::unlockAfterWrongPassword_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addRow("nl") << UiLanguage::Dutch;
    QTest::addRow("en") << UiLanguage::English;
}

void TestNoClip::unlockAfterWrongPassword()
{
    QFETCH(UiLanguage, language);
    QVERIFY(installTranslations(language));
    UnlockDialog dialog(m_tmp.filePath(u"kluis"_s));
    dialog.setUserName(test::testUser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize before = dialog.size();
    test::child<QLineEdit>(&dialog, "password")->setText(u"niet-het-wachtwoord"_s);
    test::child<QPushButton>(&dialog, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QTest::qWait(50);
    // The message takes room of its own: the heading and the fields keep theirs.
    QVERIFY(dialog.height() >= before.height());
    const QStringList clipped = clippedIn(&dialog);
    QVERIFY(
        test::saveShot(&dialog, test::shotsDir(),
                       u"noclip-unlock-wrong-"_s + QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY2(clipped.isEmpty(), qPrintable(u"\n"_s + clipped.join(u"\n"_s)));
}

QTEST_MAIN(TestNoClip)
#include "tst_noclip.moc"
