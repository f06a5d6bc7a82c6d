// ~/.config keeps no user name in plain text unless asked, offscreen on a real store:
// the unlock dialog keeps the name only when "Remember user name" was ticked (off unless it was
// ticked before), and a name an older version kept without asking is removed.

#include "GuiTestSupport.h"
#include "Settings.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QString remembered = u"store/lastUser"_s;

// The settings file as it lies on disk.
QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRememberUser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void userNameNotKeptUnlessAsked();
    void rememberedUserName();
    void oldPlaintextNameIsRemoved();

private:
    bool unlockWith(bool remember);
    QString storeDir() const { return m_dir->filePath(u"kluis"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRememberUser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk"_s);
    QVERIFY(initSodium());
    // The name must not be mistaken for the operating system's user name, the default.
    QVERIFY(settings::operatingSystemUserName() != testUser);
}

void TestRememberUser::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(createTestStore(storeDir(), nullptr, u"Woonstichting Proefhuis"_s));
}

void TestRememberUser::cleanup()
{
    m_dir.reset();
    QSettings().clear();
}

bool TestRememberUser::unlockWith(bool remember)
{
    UnlockDialog dialog(storeDir());
    dialog.show();
    auto *box = child<QCheckBox>(&dialog, "rememberUser");
    auto *user = child<QLineEdit>(&dialog, "userName");
    auto *password = child<QLineEdit>(&dialog, "password");
    if (!box || !user || !password || !box->isVisible())
        return false;
    box->setChecked(remember);
    user->setText(testUser);
    password->setText(testPassword);
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    child<QPushButton>(&dialog, "unlockButton")->click();
    if (!QTest::qWaitFor([&] { return !unlocked.isEmpty(); }, 20000))
        return false;
    return dialog.takeStore() != nullptr;
}

void TestRememberUser::userNameNotKeptUnlessAsked()
{
    {
        UnlockDialog dialog(storeDir());
        // Off unless the user ticked it before.
        QVERIFY(!child<QCheckBox>(&dialog, "rememberUser")->isChecked());
    }
    QVERIFY(unlockWith(false));
    QVERIFY(!QSettings().contains(remembered));
    QVERIFY(!settingsFile().contains(testUser.toUtf8()));
    QCOMPARE(settings::lastUserName(), settings::operatingSystemUserName());
    UnlockDialog next(storeDir());
    QVERIFY(!child<QCheckBox>(&next, "rememberUser")->isChecked());
    QVERIFY(child<QLineEdit>(&next, "userName")->text() != testUser);
}

void TestRememberUser::rememberedUserName()
{
    QVERIFY(unlockWith(true));
    QCOMPARE(QSettings().value(remembered).toString(), testUser);
    QCOMPARE(settings::lastUserName(), testUser);
    {
        // Next time: ticked, and the name filled in.
        UnlockDialog dialog(storeDir());
        QVERIFY(child<QCheckBox>(&dialog, "rememberUser")->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "userName")->text(), testUser);
    }
    // Unticked again: the name goes.
    QVERIFY(unlockWith(false));
    QVERIFY(!QSettings().contains(remembered));
    QVERIFY(!settingsFile().contains(testUser.toUtf8()));
}

void TestRememberUser::oldPlaintextNameIsRemoved()
{
    // What an older version wrote without asking.
    QSettings().setValue(remembered, testUser);
    QVERIFY(settingsFile().contains(testUser.toUtf8()));
    UnlockDialog dialog(storeDir());
    QVERIFY(!child<QCheckBox>(&dialog, "rememberUser")->isChecked());
    QVERIFY(child<QLineEdit>(&dialog, "userName")->text() != testUser);
    QVERIFY(!QSettings().contains(remembered));
    QVERIFY(!settingsFile().contains(testUser.toUtf8()));
}

QTEST_MAIN(TestRememberUser)
#include "tst_rememberuser.moc"
