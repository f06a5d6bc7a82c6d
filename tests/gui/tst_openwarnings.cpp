// What opening repaired reaches the beheerder on the desk: a user removal killed
// between its users row and its key slot (kill -9 of the real CLI) is completed by the next
// open, and the desk shows that in a warning box over the main window, once.

#include "Application.h"
#include "CliRunner.h"
#include "MainWindow.h"
#include "PasswordLineEdit.h"
#include "UnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

class TestOpenWarnings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interruptedRemovalIsToldOnTheDesk();

private:
    // Unlocks the desk as j.devries and returns its main window (nullptr when it did not open).
    static MainWindow *unlock(Application &app, const QString &dir);
};

void TestOpenWarnings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk-openwarnings"_s);
}

MainWindow *TestOpenWarnings::unlock(Application &app, const QString &dir)
{
    app.start({ dir, false });
    auto *dialog = qobject_cast<UnlockDialog *>(app.currentDialog());
    if (!dialog)
        return nullptr;
    dialog->setUserName(u"j.devries"_s);
    dialog->findChild<PasswordLineEdit *>(u"password"_s)
        ->setText(pd::test::CliRunner::storePassword);
    dialog->findChild<QPushButton *>(u"unlockButton"_s)->click();
    if (!QTest::qWaitFor([&app] { return app.mainWindow() != nullptr; }, 20000))
        return nullptr;
    return app.mainWindow();
}

void TestOpenWarnings::interruptedRemovalIsToldOnTheDesk()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    pd::test::CliRunner cli(QStringLiteral(CLI_PATH), tmp.path(), u"en"_s);
    QString error;
    const QString dir = tmp.filePath(u"kluis"_s);
    QVERIFY2(cli.initStore(dir, u"j.devries"_s, &error), qPrintable(error));
    const QString passwordFile = tmp.filePath(u"bakker.txt"_s);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write("wachtwoord-bakker\n");
    }
    const auto added = cli.onStore({ u"user"_s, u"add"_s, u"a.bakker"_s, u"--role"_s, u"kcc"_s,
                                     u"--new-password-file"_s, passwordFile });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    qputenv("PRIVACYDESK_TEST_CRASH_AT", "after-user-row");
    const auto killed = cli.onStore({ u"user"_s, u"remove"_s, u"a.bakker"_s, u"--yes"_s });
    qunsetenv("PRIVACYDESK_TEST_CRASH_AT");
    QVERIFY(killed.exitCode != 0);

    {
        Application app;
        MainWindow *window = unlock(app, dir);
        QVERIFY(window);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            box = window->findChild<QMessageBox *>(u"openWarnings"_s);
            return box && box->isVisible();
        }));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(u"interrupted"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"Check the list of users"_s), qPrintable(box->text()));
        QCOMPARE(box->windowModality(), Qt::WindowModal); // over the desk, not blocking others
        box->accept();
    }
    {
        // Told once: the next unlock has nothing to repair and shows no box.
        Application app;
        MainWindow *window = unlock(app, dir);
        QVERIFY(window);
        QTest::qWait(50);
        QVERIFY(!window->findChild<QMessageBox *>(u"openWarnings"_s));
    }
    const auto lockedOut = cli.run({ u"--store"_s, dir, u"--user"_s, u"a.bakker"_s,
                                     u"--password-file"_s, passwordFile, u"user"_s, u"list"_s });
    QCOMPARE(lockedOut.exitCode, 1);
}

QTEST_MAIN(TestOpenWarnings)
#include "tst_openwarnings.moc"
