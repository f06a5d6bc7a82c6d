// The desk's weekly integrity check: not run when the last check is recent, run on a
// worker thread when due and recorded, and a damaged database (a page that opening does not
// read) told on the desk in a warning over the main window after unlocking.

#include "Application.h"
#include "MainWindow.h"
#include "PasswordLineEdit.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "backup/IntegrityWatch.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using namespace pd::test;

namespace {

// A closed store whose settings fill a few hundred pages, one page in their middle inverted.
void makeDamagedStore(const QString &dir)
{
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QVERIFY(db.transaction());
        const QString value(1000, u'x');
        QSqlQuery query(db);
        for (int i = 0; i < 1500; ++i) {
            query.prepare(u"INSERT INTO settings (key, value, changed_at, changed_by) "
                          "VALUES (?, ?, '2026-11-21T00:00:00Z', 'test')"_s);
            query.addBindValue(u"vulling.%1"_s.arg(i));
            query.addBindValue(value);
            QVERIFY(query.exec());
        }
        QVERIFY(db.commit());
    }
    QFile file(QDir(dir).filePath(u"privacydesk.db"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = (file.size() / 4096 / 2) * 4096;
    QVERIFY(file.seek(page));
    QByteArray bytes = file.read(4096);
    for (char &c : bytes)
        c = static_cast<char>(~c);
    QVERIFY(file.seek(page));
    QCOMPARE(file.write(bytes), qint64(4096));
}

} // namespace

class TestIntegrityWatch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsOnlyWhenDue();
    void failedCheckIsToldOnTheDesk();
};

void TestIntegrityWatch::initTestCase()
{
    QVERIFY(initSodium());
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk-integritywatch"_s);
}

void TestIntegrityWatch::runsOnlyWhenDue()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(u"kluis"_s));
    QVERIFY(store);
    QWidget window;
    IntegrityWatch watch(Session { *store }, &window);
    QSignalSpy finished(&watch, &IntegrityWatch::finished);

    // Never checked: due.
    const QDateTime now = pd::test::systemNow();
    QVERIFY(watch.startIfDue(now));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constLast(), (QVariantList { true, true }));
    QVERIFY(!watch.isRunning());
    Store::IntegrityRecord record;
    StoreError error;
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.ok);
    QVERIFY(record.at.isValid());

    // Checked just now: not again this week, again a week later.
    QVERIFY(!watch.startIfDue(pd::test::systemNow()));
    QVERIFY(!watch.startIfDue(record.at.addDays(6)));
    QVERIFY(!watch.isRunning());
    QVERIFY(watch.startIfDue(record.at.addDays(7)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!window.findChild<QMessageBox *>(u"integrityWarning"_s));
}

void TestIntegrityWatch::failedCheckIsToldOnTheDesk()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"kluis"_s);
    makeDamagedStore(dir);
    if (QTest::currentTestFailed())
        return;

    Application app;
    app.setKdfParams(KdfParams::minimum());
    app.start({ dir, false });
    auto *dialog = qobject_cast<UnlockDialog *>(app.currentDialog());
    QVERIFY(dialog);
    dialog->setUserName(testUser);
    dialog->findChild<PasswordLineEdit *>(u"password"_s)->setText(testPassword);
    dialog->findChild<QPushButton *>(u"unlockButton"_s)->click();
    QVERIFY(QTest::qWaitFor([&app] { return app.mainWindow() != nullptr; }, 20000));
    MainWindow *window = app.mainWindow();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            box = window->findChild<QMessageBox *>(u"integrityWarning"_s);
            return box != nullptr;
        },
        20000));
    QVERIFY(box->text().startsWith(IntegrityWatch::failureText(QString()).section(u'\n', 0, 0)));
    QVERIFY(box->text().contains(u"Restore"_s));
    Store::IntegrityRecord record;
    StoreError error;
    QVERIFY2(app.store()->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.at.isValid());
    QVERIFY(!record.ok);
    QVERIFY(!record.problems.isEmpty());
    box->close();
}

QTEST_MAIN(TestIntegrityWatch)
#include "tst_integritywatch.moc"
