// Locking the desk the way a newcomer meets it: the demo opened from main() before
// the event loop runs, Ctrl+L with the manual open, a password typed the moment the lock screen
// appears, and a window that will not close.

#include "Application.h"
#include "GuiTestSupport.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "PasswordLineEdit.h"
#include "Settings.h"
#include "UnlockDialog.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;
using pd::test::shot;

namespace {

// Runs loop the way QApplication::exec() runs the desk's, until done() or ten seconds.
template<typename Done> bool runLoopUntil(Done done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// A dialog that refuses every way of closing, as a misbehaving one might.
class StubbornDialog final : public QDialog
{
public:
    bool mayClose = false;
    void done(int result) override
    {
        if (mayClose)
            QDialog::done(result);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (!mayClose)
            event->ignore();
    }
};

} // namespace

class TestLockDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoLocksToTheUnlockWindowWithTheManualOpen();
    void passwordTypedAtOnceLandsInThePasswordField();
    void aWindowThatWillNotCloseGivesTheDeskBack();

private:
    std::unique_ptr<Application> m_app;
};

void TestLockDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk-lockdemo-test"_s);
    QSettings().clear();
    QDir(settings::demoStoreDirectory()).removeRecursively();
    QVERIFY(installTranslations(UiLanguage::Dutch));
}

void TestLockDemo::init()
{
    m_app = std::make_unique<Application>();
    m_app->setKdfParams(KdfParams::minimum());
    // As main() does for `privacydesk --demo`: the desk opens before any event loop runs.
    m_app->start({ QString(), true });
    QVERIFY(m_app->mainWindow());
}

void TestLockDemo::cleanup()
{
    if (HelpWindow *help = HelpWindow::instance())
        delete help;
    m_app.reset();
}

void TestLockDemo::demoLocksToTheUnlockWindowWithTheManualOpen()
{
    QPointer<MainWindow> window = m_app->mainWindow();
    QTimer::singleShot(0, this, [] {
        // F1's window, then Ctrl+L typed in it: the officer was reading the manual.
        HelpWindow *help = HelpWindow::open(QString());
        QTest::keyClick(help, Qt::Key_L, Qt::ControlModifier);
    });
    QVERIFY(runLoopUntil([this] { return qobject_cast<UnlockDialog *>(m_app->currentDialog()); }));
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock->isVisible());
    QVERIFY(unlock->isLockScreen());
    QVERIFY(!window); // the desk and its store are closed, not only hidden
    QVERIFY(m_app->store() == nullptr);
    // Nothing of the desk stays over the lock screen, the manual included.
    QVERIFY(!HelpWindow::instance() || !HelpWindow::instance()->isVisible());
    shot(unlock, "lock-demo-manual-nl");
}

void TestLockDemo::passwordTypedAtOnceLandsInThePasswordField()
{
    QTimer::singleShot(0, this, [this] { m_app->lock(); });
    QVERIFY(runLoopUntil([this] { return qobject_cast<UnlockDialog *>(m_app->currentDialog()); }));
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    auto *name = child<QLineEdit>(unlock, "userName");
    auto *password = child<PasswordLineEdit>(unlock, "password");
    QVERIFY(name && password);
    QCOMPARE(name->text(), QString::fromLatin1(Application::demoUserName));
    // The keyboard is where the next keys belong: typed at once, the password goes into its
    // own field and the name stays.
    QCOMPARE(unlock->focusWidget(), password->focusProxy() ? password->focusProxy() : password);
    QTest::keyClicks(unlock->focusWidget(), QString::fromLatin1(Application::demoPassword));
    QCOMPARE(name->text(), QString::fromLatin1(Application::demoUserName));
    QCOMPARE(password->text(), QString::fromLatin1(Application::demoPassword));
    QTest::keyClick(unlock->focusWidget(), Qt::Key_Return);
    QVERIFY(runLoopUntil([this] { return m_app->mainWindow() != nullptr; }));
}

void TestLockDemo::aWindowThatWillNotCloseGivesTheDeskBack()
{
    MainWindow *window = m_app->mainWindow();
    bool deskBack = false;
    QString said;
    bool returned = false;
    // The dialog runs its own loop on this stack: what follows is seen from inside it.
    QTimer::singleShot(0, window, [&] {
        StubbornDialog dialog;
        dialog.setParent(window, Qt::Dialog);
        dialog.setWindowTitle(u"Weigeraar"_s);
        QTimer watch;
        connect(&watch, &QTimer::timeout, &dialog, [&] {
            auto *box = window->findChild<QMessageBox *>(u"lockAbandoned"_s);
            if (!box || !box->isVisible())
                return;
            // Within a second the lock gave up: the desk is back, and says which window blocked.
            deskBack = m_app->mainWindow() == window && window->isVisible() && m_app->store();
            said = box->text();
            watch.stop();
            box->close();
            dialog.mayClose = true;
            dialog.reject();
        });
        watch.start(10);
        QTimer::singleShot(0, m_app.get(), [this] { m_app->lock(); });
        dialog.exec();
        returned = true;
    });
    QVERIFY(runLoopUntil([&returned] { return returned; }));
    QVERIFY(deskBack);
    QVERIFY2(said.contains(u"Weigeraar"_s), qPrintable(said));
    QVERIFY(said.contains(u"niet vergrendeld"_s));
    // Once it is closed, locking works again.
    QTimer::singleShot(0, this, [this] { m_app->lock(); });
    QVERIFY(runLoopUntil([this] { return qobject_cast<UnlockDialog *>(m_app->currentDialog()); }));
}

QTEST_MAIN(TestLockDemo)
#include "tst_lockdemo.moc"
