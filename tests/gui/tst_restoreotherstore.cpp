// Restoring a backup of another store in the desk, offscreen on real stores: the
// restore dialog asks first, with No as the default, and the request carries the answer to
// Store::restore, which refuses such a backup without it.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "backup/RestoreDialog.h"
#include "crypto/Keyring.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

class TestRestoreOtherStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restoreOfAnotherStoreAsksFirst();

private:
    QString storeDir() const { return m_dir->filePath(u"kluis"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRestoreOtherStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk"_s);
    QVERIFY(initSodium());
}

void TestRestoreOtherStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(createTestStore(storeDir(), nullptr, u"Woonstichting Proefhuis"_s));
}

void TestRestoreOtherStore::cleanup()
{
    m_dir.reset();
}

void TestRestoreOtherStore::restoreOfAnotherStoreAsksFirst()
{
    // A backup of another store, with the same user and password.
    const QString otherBackup = m_dir->filePath(u"andere-backup"_s);
    {
        auto other
            = createTestStore(m_dir->filePath(u"andere"_s), nullptr, u"Woonvereniging Elders"_s);
        QVERIFY(other);
        StoreError error;
        QVERIFY2(other->backupTo(otherBackup, &error), qPrintable(error.detail()));
    }
    Keyring::Status status = Keyring::Status::Ok;
    const QUuid otherId
        = Keyring::load(QDir(otherBackup).filePath(u"keyring.pdk"_s), &status).storeId();
    StoreError error;
    auto store = openTestStore(storeDir(), &error);
    QVERIFY2(store, qPrintable(error.detail()));
    const QUuid ownId = store->info().storeId;

    const auto ask = [&](RestoreDialog &dialog) -> QMessageBox * {
        dialog.setBackupDirectory(otherBackup);
        dialog.show();
        child<QLineEdit>(&dialog, u"password"_s)->setText(testPassword);
        child<QPushButton>(&dialog, u"restoreButton"_s)->click();
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = dialog.findChild<QMessageBox *>(u"confirmOtherStore"_s)); },
                20000))
            return nullptr;
        return box;
    };
    {
        RestoreDialog dialog(Session { *store });
        QMessageBox *box = ask(dialog);
        QVERIFY(box);
        QCOMPARE(box->text(), dialog.otherStoreQuestion());
        for (const QString &part :
             { otherId.toString(QUuid::WithoutBraces), ownId.toString(QUuid::WithoutBraces),
               u"Woonstichting Proefhuis"_s })
            QVERIFY2(box->text().contains(part), qPrintable(box->text()));
        // No is the default: Enter does not replace the store.
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"confirmOtherStore"_s));
        QVERIFY(!dialog.findChild<QMessageBox *>(u"confirmRestore"_s));
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.message().contains(u"another store"_s));
    }
    RestoreRequest request;
    {
        RestoreDialog dialog(Session { *store });
        QMessageBox *box = ask(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog.findChild<QMessageBox *>(u"confirmRestore"_s)));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        destructiveButton(confirm)->click();
        QCOMPARE(accepted.size(), 1);
        request = dialog.takeRequest();
    }
    QVERIFY(request.otherStore);
    store.reset();
    // Without the confirmation the core refuses as well; with it, the store is replaced.
    QString message;
    const auto before = fingerprint(storeDir());
    QVERIFY(!performRestore(request.backupDirectory, request.storeDirectory, request.userName,
                            request.password, nullptr, &message));
    QVERIFY2(message.contains(u"another store"_s), qPrintable(message));
    QCOMPARE(fingerprint(storeDir()), before);
    QVERIFY2(performRestore(request.backupDirectory, request.storeDirectory, request.userName,
                            request.password, nullptr, &message, request.otherStore),
             qPrintable(message));
    auto restored = openTestStore(storeDir(), &error);
    QVERIFY2(restored, qPrintable(error.detail()));
    QCOMPARE(restored->info().storeId, otherId);
}

QTEST_MAIN(TestRestoreOtherStore)
#include "tst_restoreotherstore.moc"
