// The desk's first start on a large screen (seen under Xvfb at 1920×1080): without a
// saved size it takes most of the screen, not 1200×760 in a corner with the list's columns cut,
// and it is never larger than the screen. A size the officer chose comes back as it was.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ScreenTestMain.h"
#include "TestSupport.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

class TestWideDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartTakesMostOfTheScreen();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestWideDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    if (QGuiApplication::platformName() == u"offscreen"_s)
        QCOMPARE(screen->availableGeometry().size(), QSize(1920, 1080));
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
}

void TestWideDesk::firstStartTakesMostOfTheScreen()
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QSettings().remove(u"mainWindow/geometry"_s);
    {
        MainWindow first(Session { *m_store });
        QVERIFY(!first.wantsWholeScreen()); // a screen this size holds the desk
        QVERIFY2(first.width() >= screen.width() * 8 / 10
                     && first.height() >= screen.height() * 8 / 10,
                 qPrintable(u"%1×%2 on a screen of %3×%4"_s.arg(first.width())
                                .arg(first.height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(first.width() <= screen.width() && first.height() <= screen.height());
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1300, 800);
        first.close(); // saves its size
    }
    const MainWindow again(Session { *m_store });
    QCOMPARE(again.size(), QSize(1300, 800));
}

PRIVACYDESK_TEST_MAIN_ON_SCREEN(TestWideDesk, 1920, 1080)

#include "tst_widedesk.moc"
