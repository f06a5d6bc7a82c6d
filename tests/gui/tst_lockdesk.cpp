// The locked desk: Ctrl+L, the idle timer and the screen lock close the window, its
// models and the store (the key goes with it) and ask for the password again; a half-typed phone
// intake survives as a draft in the store and opens again after unlocking, and so does a
// half-typed "Nieuw verzoek" with its representative, for its own user only; a dialog
// running its own event loop (exec) is closed first instead of being pulled from under its caller;
// wrong passwords slow down. Offscreen, real stores in temporary folders, and a private D-Bus
// session bus for the screen-lock signal.
//
// With PRIVACYDESK_SHOTS_DIR=dir it saves PNGs of the lock screens.

#include "Application.h"
#include "GuiTestSupport.h"
#include "IntakeDraftSupport.h"
#include "MainWindow.h"
#include "PasswordLineEdit.h"
#include "SensitiveClipboard.h"
#include "Settings.h"
#include "UnlockDialog.h"
#include "backup/BackupDialog.h"
#include "backup/BackupReminder.h"
#include "backup/RestoreDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "cases/IntakeDrafts.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "lock/IdleWatcher.h"
#include "lock/ScreenLockWatcher.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/RecoveryKeyDialog.h"
#include "users/UserManagementDialog.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;
using pd::test::child;
using pd::test::latestCall;
using pd::test::shot;

namespace {

const auto user = u"anna"_s;
const auto password = u"Portiek-Zeven-Lantaarns"_s;

bool makeStore(const QString &dir)
{
    StoreCreateOptions options;
    options.organisationName = u"Woonstichting Proef"_s;
    options.kdf = KdfParams::minimum();
    StoreError error;
    QString recoveryKey;
    auto store
        = Store::create(dir, user, SecureBytes::fromUtf8(password), options, &recoveryKey, &error);
    if (!store)
        qWarning("create failed: %s", qPrintable(error.detail()));
    return store != nullptr;
}

// A second officer at the same desk (a draft is its author's only).
const auto otherUser = u"bram"_s;
const auto otherPassword = u"Gracht-Negen-Bruggen"_s;

// Types the password into the unlock screen as login and waits for the main window.
MainWindow *unlockAs(Application &app, const QString &login, const QString &typed)
{
    auto *unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
    if (!unlock)
        return nullptr;
    unlock->setUserName(login);
    child<PasswordLineEdit>(unlock, "password")->setText(typed);
    child<QPushButton>(unlock, "unlockButton")->click();
    if (!QTest::qWaitFor([&app] { return app.mainWindow() != nullptr; }, 20000))
        return nullptr;
    return app.mainWindow();
}

MainWindow *unlockWith(Application &app, const QString &typed)
{
    return unlockAs(app, user, typed);
}

// The open "Nieuw verzoek" of the desk, once it is shown; null when none is.
NewRequestDialog *shownNewRequest(MainWindow *window)
{
    NewRequestDialog *dialog = nullptr;
    (void)QTest::qWaitFor([window, &dialog] {
        dialog = window->findChild<NewRequestDialog *>();
        return dialog && dialog->isVisible();
    });
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

// The user's newest "Nieuw verzoek" draft in the store at dir (read as login).
std::optional<IntakeDraft> newRequestDraft(const QString &dir, const QString &login,
                                           const QString &typed)
{
    StoreError error;
    auto store = Store::open(dir, login, SecureBytes::fromUtf8(typed), &error);
    if (!store) {
        qWarning("open failed: %s", qPrintable(error.detail()));
        return std::nullopt;
    }
    std::optional<IntakeDraft> draft;
    ServiceError unread;
    if (!IntakeDrafts(Session { *store }).latest(IntakeDrafts::Form::NewRequest, &draft, &unread))
        qWarning("drafts not read: %s", qPrintable(unread.message));
    return draft;
}

// A private session bus (dbus-daemon from Debian), so the test can send the screen saver's
// signal without a desktop.
class PrivateBus final
{
public:
    PrivateBus()
    {
        m_daemon.start(u"dbus-daemon"_s, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
        if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000))
            return;
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(u"watcher"_s);
        QDBusConnection::disconnectFromBus(u"sender"_s);
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

} // namespace

class TestLockDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void lockDiscardsWindowModelsAndStore();
    void lockClosesDialogsRunningTheirOwnLoop();
    void halfTypedIntakeBecomesADraft();
    void unreadableDraftsAreSaid();
    void halfTypedNewRequestBecomesADraft();
    void newRequestDraftStaysWithItsUser();
    void unlockingReturnsToWhereTheOfficerWas();
    void everyLockWorksWithADialogOpen_data();
    void everyLockWorksWithADialogOpen();
    void idleLocks();
    void idleWatcherCountsFromTheLastInput();
    void screenLockSignalLocks();
    void wrongPasswordsSlowDown();
    void backupReminderBackupAndRestore();
    void usersFromTheDesk();

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Application> m_app;
};

void TestLockDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk-lockdesk-test"_s);
    QSettings().clear();
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"kluis"_s);
    QVERIFY(makeStore(m_dir));
}

void TestLockDesk::init()
{
    m_app.reset(); // the previous one first: it may hold the store open
    m_app = std::make_unique<Application>();
    m_app->setKdfParams(KdfParams::minimum());
    m_app->start({ m_dir, false });
    QVERIFY(unlockWith(*m_app, password));
}

void TestLockDesk::cleanupTestCase()
{
    m_app.reset();
    QSettings().clear();
}

void TestLockDesk::lockDiscardsWindowModelsAndStore()
{
    MainWindow *window = m_app->mainWindow();
    QPointer<MainWindow> windowGuard(window);
    QPointer<CaseListPage> listGuard(window->caseListPage());
    QPointer<QAbstractItemModel> modelGuard(
        window->caseListPage()->findChild<QAbstractItemModel *>());
    QVERIFY(modelGuard);
    QVERIFY(m_app->store());
    QVERIFY(QFile::exists(QDir(m_dir).filePath(QLatin1StringView(Store::lockFileName))));

    SensitiveClipboard::instance()->copy(u"Fenna Wijnberg"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Fenna Wijnberg"_s);

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    // What was copied out of the store is off the clipboard.
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // The window, its pages and their models are gone, and so is the store with its key: the
    // store's own lock file is released, so another process could open it now.
    QVERIFY(!windowGuard);
    QVERIFY(!listGuard);
    QVERIFY(!modelGuard);
    QVERIFY(m_app->store() == nullptr);
    StoreError error;
    auto other = Store::open(m_dir, user, SecureBytes::fromUtf8(password), &error);
    QVERIFY2(other, qPrintable(error.detail()));
    other.reset();

    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock && unlock->isVisible());
    QVERIFY(unlock->isLockScreen());
    QVERIFY(unlock->lockText().contains(u"vergrendeld"_s));
    // Announced as what it is: the window's name says the desk is locked.
    QCOMPARE(unlock->windowTitle(), u"Privacydesk is vergrendeld"_s);
    QAccessibleInterface *announced = QAccessible::queryAccessibleInterface(unlock);
    QVERIFY(announced && announced->text(QAccessible::Name).contains(u"vergrendeld"_s));
    QCOMPARE(child<QWidget>(unlock, "lockNotice")->isVisible(), false); // nothing was kept
    shot(unlock, "lock-by-hand-nl");

    QVERIFY(unlockWith(*m_app, password));
    QVERIFY(m_app->store());
}

void TestLockDesk::lockClosesDialogsRunningTheirOwnLoop()
{
    MainWindow *window = m_app->mainWindow();
    // A page asks a question with exec() — its own event loop on this stack — and the desk
    // locks while it waits. The question must end (rejected) before the page goes.
    bool returned = false;
    QTimer::singleShot(0, window->caseListPage(), [this, &returned, page = window->caseListPage()] {
        QTimer::singleShot(50, m_app.get(), [this] { m_app->lock(); });
        QMessageBox box(QMessageBox::Question, u"Vraag"_s, u"Doorgaan?"_s,
                        QMessageBox::Yes | QMessageBox::No, page);
        const int answer = box.exec();
        QCOMPARE(answer, int(QMessageBox::No)); // Escape's answer: nothing was confirmed
        returned = true;
    });
    QTRY_VERIFY(returned);
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(m_app->store() == nullptr);
    QVERIFY(qobject_cast<UnlockDialog *>(m_app->currentDialog()));
    QVERIFY(unlockWith(*m_app, password));
}

void TestLockDesk::halfTypedIntakeBecomesADraft()
{
    MainWindow *window = m_app->mainWindow();
    window->intakeAction()->trigger();
    auto *intake = window->findChild<IntakeDialog *>();
    QVERIFY(intake);
    QTRY_VERIFY(intake->isVisible());
    child<QCheckBox>(intake, "newPerson")->setChecked(true);
    child<QLineEdit>(intake, "name")->setText(u"Fenna Wijnberg"_s);
    child<QLineEdit>(intake, "postcode")->setText(u"9711 AB"_s);
    child<QCheckBox>(intake, "type-verwijdering")->setChecked(true);
    child<QPlainTextEdit>(intake, "description")->setPlainText(u"Wil haar dossier zien"_s);
    QVERIFY(intake->hasInput());

    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    // No "discard?" question stood in the way, and the lock screen says what was kept.
    QVERIFY(QApplication::activeModalWidget() == nullptr
            || QApplication::activeModalWidget() == unlock);
    QVERIFY(child<QWidget>(unlock, "lockNotice")->isVisibleTo(unlock));
    shot(unlock, "lock-intake-kept-nl");

    // The draft is in the store (encrypted), not in a file of its own.
    {
        StoreError error;
        auto store = Store::open(m_dir, user, SecureBytes::fromUtf8(password), &error);
        QVERIFY2(store, qPrintable(error.detail()));
        const auto draft = latestCall(IntakeDrafts(Session { *store }));
        QVERIFY(draft);
        QCOMPARE(draft->fields.value(u"name"_s).toString(), u"Fenna Wijnberg"_s);
    }

    // After unlocking, the intake opens again with what was typed, and the draft is gone from
    // the store (the form holds it now).
    MainWindow *again = unlockWith(*m_app, password);
    QVERIFY(again);
    IntakeDialog *restored = nullptr;
    QTRY_VERIFY((restored = again->findChild<IntakeDialog *>()) != nullptr);
    QTRY_VERIFY(restored->isVisible());
    QCOMPARE(child<QLineEdit>(restored, "name")->text(), u"Fenna Wijnberg"_s);
    QCOMPARE(child<QLineEdit>(restored, "postcode")->text(), u"9711 AB"_s);
    QVERIFY(child<QCheckBox>(restored, "newPerson")->isChecked());
    QVERIFY(child<QCheckBox>(restored, "type-verwijdering")->isChecked());
    QCOMPARE(child<QPlainTextEdit>(restored, "description")->toPlainText(),
             u"Wil haar dossier zien"_s);
    QVERIFY(!latestCall(IntakeDrafts(Session { *m_app->store() })));
    shot(restored, "lock-intake-restored-nl");
    restored->done(QDialog::Rejected);
}

// A failed read is an error, never an empty list: drafts kept when the desk locked that cannot be
// read after unlocking are said in the phone intake and in "Nieuw verzoek", which open empty with
// that message, not as if nothing was kept.
void TestLockDesk::unreadableDraftsAreSaid()
{
    MainWindow *window = m_app->mainWindow();
    window->intakeAction()->trigger();
    auto *intake = window->findChild<IntakeDialog *>();
    QVERIFY(intake);
    QTRY_VERIFY(intake->isVisible());
    child<QCheckBox>(intake, "newPerson")->setChecked(true);
    child<QLineEdit>(intake, "name")->setText(u"Gerrit Onleesbaar"_s);
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    // While locked, the drafts' table goes missing (a damaged store, a failed migration).
    const auto renameDrafts = [this](const QString &from, const QString &to) {
        StoreError error;
        auto store = Store::open(m_dir, user, SecureBytes::fromUtf8(password), &error);
        QSqlQuery query(store ? store->database() : QSqlDatabase());
        return store && query.exec(u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to));
    };
    QVERIFY(renameDrafts(u"intake_drafts"_s, u"intake_drafts_away"_s));

    MainWindow *again = unlockWith(*m_app, password);
    QString said;
    QString saidToo;
    bool callEmpty = false;
    if (again) {
        IntakeDialog *call = nullptr;
        (void)QTest::qWaitFor([&] {
            call = again->findChild<IntakeDialog *>();
            return call && call->isVisible();
        });
        if (call) {
            said = child<QLabel>(child<QWidget>(call, "errorMessage"), "messageText")->text();
            callEmpty = child<QLineEdit>(call, "name")->text().isEmpty();
            call->done(QDialog::Rejected);
        }
        if (NewRequestDialog *request = shownNewRequest(again)) {
            saidToo = child<QLabel>(child<QWidget>(request, "errorMessage"), "messageText")->text();
            request->done(QDialog::Rejected);
        }
    }
    // The table back, for the tests after this one.
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(renameDrafts(u"intake_drafts_away"_s, u"intake_drafts"_s));
    QVERIFY(unlockWith(*m_app, password));

    QVERIFY(again);
    // "… kon niet worden gelezen: …", above an empty form.
    QVERIFY2(said.contains(u"kon niet worden gelezen"_s), qPrintable(said));
    QVERIFY(callEmpty);
    QVERIFY2(saidToo.contains(u"kon niet worden gelezen"_s), qPrintable(saidToo));
}

// "Nieuw verzoek" keeps what was typed as the phone intake does: the receipt, the new
// person with their address, the kinds, the description and the representative's fields, back
// after unlocking; the file added is named, to be added again (a draft holds no files).
void TestLockDesk::halfTypedNewRequestBecomesADraft()
{
    MainWindow *window = m_app->mainWindow();
    window->newRequestAction()->trigger();
    NewRequestDialog *request = shownNewRequest(window);
    QVERIFY(request);
    const QDate received = pd::test::systemToday().addDays(-3);
    auto *channel = child<QComboBox>(request, "channel");
    channel->setCurrentIndex(channel->findData(static_cast<int>(Channel::Gemachtigde)));
    child<QDateEdit>(request, "receivedDate")->setDate(received);
    child<QCheckBox>(request, "timeKnown")->setChecked(true);
    child<QTimeEdit>(request, "receivedTime")->setTime(QTime(14, 5));
    child<QCheckBox>(request, "newPerson")->setChecked(true);
    child<QLineEdit>(request, "name")->setText(u"Wilma de Groot-Visser"_s);
    child<QLineEdit>(request, "street")->setText(u"Kerkpad"_s);
    child<QLineEdit>(request, "houseNumber")->setText(u"12"_s);
    child<QLineEdit>(request, "postcode")->setText(u"6582 BC"_s);
    child<QLineEdit>(request, "city")->setText(u"Heumen"_s);
    child<QCheckBox>(request, "type-inzage")->setChecked(true);
    child<QPlainTextEdit>(request, "description")->setPlainText(u"Zoon vraagt haar dossier"_s);
    child<QLineEdit>(request, "representative")->setText(u"Sander de Groot"_s);
    child<QLineEdit>(request, "representativeOrganisation")->setText(u"Bewindvoering Oost"_s);
    auto *authority = child<QComboBox>(request, "representativeAuthority");
    authority->setCurrentIndex(
        authority->findData(static_cast<int>(RepresentativeAuthority::Bewindvoerder)));
    child<QLineEdit>(request, "mandate")->setText(u"beschikking kantonrechter"_s);
    child<QLineEdit>(request, "representativeAddress")->setText(u"Postbus 7, 6500 AA Nijmegen"_s);
    QVERIFY(request->addOriginal({ u"beschikking.txt"_s, "De kantonrechter benoemt.", {} }));

    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    // No "discard?" question stood in the way, and the lock screen says what was kept.
    QVERIFY(QApplication::activeModalWidget() == nullptr
            || QApplication::activeModalWidget() == unlock);
    const QString notice
        = child<QLabel>(child<QWidget>(unlock, "lockNotice"), "messageText")->text();
    QVERIFY2(notice.contains(u"nieuwe verzoek"_s), qPrintable(notice));

    // In the store (encrypted), as the user's draft of this form: not a phone intake's.
    const std::optional<IntakeDraft> draft = newRequestDraft(m_dir, user, password);
    QVERIFY(draft);
    QCOMPARE(draft->fields.value(u"representative"_s).toString(), u"Sander de Groot"_s);
    QCOMPARE(draft->fields.value(u"files"_s).toArray(), QJsonArray { u"beschikking.txt"_s });
    QVERIFY(!QJsonDocument(draft->fields).toJson().contains("kantonrechter benoemt"));

    MainWindow *again = unlockWith(*m_app, password);
    QVERIFY(again);
    NewRequestDialog *restored = shownNewRequest(again);
    QVERIFY(restored);
    QCOMPARE(child<QComboBox>(restored, "channel")->currentData().toInt(),
             static_cast<int>(Channel::Gemachtigde));
    QCOMPARE(child<QDateEdit>(restored, "receivedDate")->date(), received);
    QVERIFY(child<QCheckBox>(restored, "timeKnown")->isChecked());
    QCOMPARE(child<QTimeEdit>(restored, "receivedTime")->time(), QTime(14, 5));
    QVERIFY(child<QCheckBox>(restored, "newPerson")->isChecked());
    QCOMPARE(child<QLineEdit>(restored, "name")->text(), u"Wilma de Groot-Visser"_s);
    QCOMPARE(child<QLineEdit>(restored, "street")->text(), u"Kerkpad"_s);
    QCOMPARE(child<QLineEdit>(restored, "houseNumber")->text(), u"12"_s);
    QCOMPARE(child<QLineEdit>(restored, "postcode")->text(), u"6582 BC"_s);
    QCOMPARE(child<QLineEdit>(restored, "city")->text(), u"Heumen"_s);
    QVERIFY(child<QCheckBox>(restored, "type-inzage")->isChecked());
    QCOMPARE(child<QPlainTextEdit>(restored, "description")->toPlainText(),
             u"Zoon vraagt haar dossier"_s);
    QCOMPARE(child<QLineEdit>(restored, "representative")->text(), u"Sander de Groot"_s);
    QCOMPARE(child<QLineEdit>(restored, "representativeOrganisation")->text(),
             u"Bewindvoering Oost"_s);
    QCOMPARE(child<QComboBox>(restored, "representativeAuthority")->currentData().toInt(),
             static_cast<int>(RepresentativeAuthority::Bewindvoerder));
    QCOMPARE(child<QLineEdit>(restored, "mandate")->text(), u"beschikking kantonrechter"_s);
    QVERIFY(child<QLineEdit>(restored, "mandate")->isEnabled());
    QCOMPARE(child<QLineEdit>(restored, "representativeAddress")->text(),
             u"Postbus 7, 6500 AA Nijmegen"_s);
    // The file is not back, and the form says so by name.
    QVERIFY(restored->files().isEmpty());
    const QString said
        = child<QLabel>(child<QWidget>(restored, "errorMessage"), "messageText")->text();
    QVERIFY2(said.contains(u"Hersteld"_s) && said.contains(u"beschikking.txt"_s), qPrintable(said));
    QVERIFY2(restored->invalidReason().isEmpty(), qPrintable(restored->invalidReason()));
    // The form holds it now: the draft is gone from the store.
    std::optional<IntakeDraft> left;
    ServiceError error;
    QVERIFY(IntakeDrafts(Session { *m_app->store() })
                .latest(IntakeDrafts::Form::NewRequest, &left, &error));
    QVERIFY(!left);
    shot(restored, "lock-newrequest-restored-nl");
    restored->done(QDialog::Rejected);
}

// The page, the open request (on its tab) and the search come back after unlocking; another
// officer who unlocks gets neither the request nor the search (the page is the machine's).
void TestLockDesk::unlockingReturnsToWhereTheOfficerWas()
{
    Store &store = *m_app->store();
    UserError added;
    if (!UserService(store, Session { store }).find(otherUser))
        QVERIFY2(UserService(store, Session { store })
                     .add(otherUser, u"Bram Kok"_s, Role::Functionaris,
                          SecureBytes::fromUtf8(otherPassword), &added),
                 qPrintable(added.message));
    NewCase request;
    request.person.name = u"Wilma Oudshoorn"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = systemClock().today();
    request.handler = user;
    ServiceError error;
    const auto made = CaseService(Session { store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(made, qPrintable(error.message));

    MainWindow *window = m_app->mainWindow();
    window->caseListPage()->refresh();
    window->caseListPage()->setSearchText(u"Oudshoorn"_s);
    window->openCase(made->number);
    window->caseDetail()->setCurrentTab(1);
    QCOMPARE(window->caseDetail()->currentTab(), 1);
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);

    MainWindow *again = unlockWith(*m_app, password);
    QVERIFY(again);
    QCOMPARE(again->currentSection(), MainWindow::Section::Requests);
    QCOMPARE(again->caseDetail()->currentNumber(), made->number);
    QCOMPARE(again->caseDetail()->currentTab(), 1);
    QCOMPARE(again->caseListPage()->searchText(), u"Oudshoorn"_s);
    QCOMPARE(again->caseListPage()->model()->totalCount(), 1);
    QCOMPARE(again->caseListPage()->selectedCaseNumber(), made->number);

    again->setCurrentSection(MainWindow::Section::Breaches);
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    again = unlockWith(*m_app, password);
    QVERIFY(again);
    QCOMPARE(again->currentSection(), MainWindow::Section::Breaches);

    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    MainWindow *bram = unlockAs(*m_app, otherUser, otherPassword);
    QVERIFY(bram);
    bram->setCurrentSection(MainWindow::Section::Requests); // the desk's page is the machine's
    QVERIFY(!bram->caseDetail()->hasContent());
    QVERIFY(bram->caseListPage()->searchText().isEmpty());
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(unlockWith(*m_app, password)); // her place went with Bram's unlock
    QVERIFY(!m_app->mainWindow()->caseDetail()->hasContent());
}

// Another officer who unlocks the desk does not get the draft, nor when they open
// "Nieuw verzoek"; its author gets it back when they unlock, or open the dialog again.
void TestLockDesk::newRequestDraftStaysWithItsUser()
{
    MainWindow *window = m_app->mainWindow();
    UserError added;
    if (!UserService(*m_app->store(), Session { *m_app->store() }).find(otherUser))
        QVERIFY2(UserService(*m_app->store(), Session { *m_app->store() })
                     .add(otherUser, u"Bram Kok"_s, Role::Functionaris,
                          SecureBytes::fromUtf8(otherPassword), &added),
                 qPrintable(added.message));
    window->newRequestAction()->trigger();
    NewRequestDialog *request = shownNewRequest(window);
    QVERIFY(request);
    child<QLineEdit>(request, "representative")->setText(u"Sander de Groot"_s);
    child<QLineEdit>(request, "representativeAddress")->setText(u"Postbus 7, 6500 AA Nijmegen"_s);
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);

    // Bram: nothing comes back, and "Nieuw verzoek" opens empty.
    MainWindow *bram = unlockAs(*m_app, otherUser, otherPassword);
    QVERIFY(bram);
    QCOMPARE(m_app->store()->userName(), otherUser);
    QCoreApplication::processEvents(); // the drafts are offered after the window is shown
    QVERIFY(!bram->findChild<NewRequestDialog *>());
    bram->newRequestAction()->trigger();
    NewRequestDialog *empty = shownNewRequest(bram);
    QVERIFY(empty);
    QVERIFY(child<QLineEdit>(empty, "representative")->text().isEmpty());
    QVERIFY(child<QLineEdit>(empty, "representativeAddress")->text().isEmpty());
    QVERIFY(!empty->hasInput());
    empty->done(QDialog::Rejected);
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(!newRequestDraft(m_dir, otherUser, otherPassword));

    // Anna: back after unlocking.
    MainWindow *anna = unlockWith(*m_app, password);
    QVERIFY(anna);
    NewRequestDialog *restored = shownNewRequest(anna);
    QVERIFY(restored);
    QCOMPARE(child<QLineEdit>(restored, "representative")->text(), u"Sander de Groot"_s);
    QCOMPARE(child<QLineEdit>(restored, "representativeAddress")->text(),
             u"Postbus 7, 6500 AA Nijmegen"_s);
    restored->done(QDialog::Rejected);

    // A draft of hers still in the store (it was not opened at unlocking) comes back when she
    // opens "Nieuw verzoek", not an empty form.
    ServiceError error;
    QVERIFY2(IntakeDrafts(Session { *m_app->store() })
                     .save(IntakeDrafts::Form::NewRequest,
                           { { u"representative"_s, u"Ineke Smit"_s } }, nullptr, &error)
                 > 0,
             qPrintable(error.message));
    QCoreApplication::processEvents();
    anna->newRequestAction()->trigger();
    NewRequestDialog *offered = shownNewRequest(anna);
    QVERIFY(offered);
    QCOMPARE(child<QLineEdit>(offered, "representative")->text(), u"Ineke Smit"_s);
    std::optional<IntakeDraft> left;
    QVERIFY(IntakeDrafts(Session { *m_app->store() })
                .latest(IntakeDrafts::Form::NewRequest, &left, &error));
    QVERIFY(!left);
    offered->done(QDialog::Rejected);
}

void TestLockDesk::everyLockWorksWithADialogOpen_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("intake"); // the window-modal phone intake, else a modal question
    for (const bool intake : { true, false }) {
        for (const QString &how : { u"ctrl-l"_s, u"idle"_s, u"screen"_s }) {
            QTest::addRow("%s-%s", qPrintable(how), intake ? "intake" : "question")
                << how << intake;
        }
    }
}

// Ctrl+L, the idle lock and the screen lock, each with the phone intake (window-modal, its
// "Nieuw gesprek" loop) and with a modal question running its own loop: the desk locks, the
// half-typed intake is kept as a draft, and the key typed in the dialog reaches nothing else.
void TestLockDesk::everyLockWorksWithADialogOpen()
{
    QFETCH(QString, how);
    QFETCH(bool, intake);
    MainWindow *window = m_app->mainWindow();
    QVERIFY(window);
    int otherActions = 0;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action != window->lockAction())
            connect(action, &QAction::triggered, this, [&otherActions] { ++otherActions; });
    }
    // Locks the way `how` says, with the keys going to typingIn (inside the open dialog).
    const auto lockNow = [this, how](QWidget *typingIn) {
        QVERIFY(QApplication::activeModalWidget() == typingIn->window());
        if (how == u"ctrl-l") {
            QTest::keyClick(typingIn, Qt::Key_L, Qt::ControlModifier);
        } else if (how == u"idle") {
            IdleWatcher *idle = m_app->idleWatcher();
            auto now = std::make_shared<IdleWatcher::Milliseconds>(1000);
            idle->setTimeSource([now] { return *now; });
            idle->touch();
            *now += std::chrono::minutes(6);
            idle->check();
            idle->setTimeSource({});
        } else {
            Q_EMIT m_app->screenLockWatcher()->screenLocked();
        }
    };
    if (intake) {
        window->intakeAction()->trigger();
        auto *form = window->findChild<IntakeDialog *>();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        child<QCheckBox>(form, "newPerson")->setChecked(true);
        auto *name = child<QLineEdit>(form, "name");
        QTest::keyClicks(name, u"Fenna Wijnberg"_s);
        otherActions = 0; // opening the intake was one
        lockNow(name);
    } else {
        // The question runs its own event loop (exec) on this stack; the lock comes meanwhile.
        bool answered = false;
        QTimer::singleShot(0, window, [&answered, &lockNow, window] {
            QMessageBox question(QMessageBox::Question, u"Vraag"_s, u"Doorgaan?"_s,
                                 QMessageBox::Yes | QMessageBox::No, window);
            QTimer::singleShot(50, &question, [&lockNow, &question] {
                lockNow(question.defaultButton() ? static_cast<QWidget *>(question.defaultButton())
                                                 : &question);
            });
            QCOMPARE(question.exec(), int(QMessageBox::No)); // nothing was confirmed
            answered = true;
        });
        QTRY_VERIFY(answered);
    }
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(m_app->store() == nullptr);
    QCOMPARE(otherActions, 0);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    QVERIFY(unlock->isLockScreen());
    // What was typed in the intake is kept, and the lock screen says so.
    if (intake)
        QVERIFY(child<QWidget>(unlock, "lockNotice")->isVisibleTo(unlock));
    MainWindow *again = unlockWith(*m_app, password);
    QVERIFY(again);
    if (intake) {
        IntakeDialog *restored = nullptr;
        QTRY_VERIFY((restored = again->findChild<IntakeDialog *>()) != nullptr);
        QTRY_VERIFY(restored->isVisible());
        QCOMPARE(child<QLineEdit>(restored, "name")->text(), u"Fenna Wijnberg"_s);
        restored->done(QDialog::Rejected);
    }
}

void TestLockDesk::idleLocks()
{
    IdleWatcher *idle = m_app->idleWatcher();
    QCOMPARE(idle->interval(), IdleWatcher::Milliseconds(std::chrono::minutes(5))); // the default
    // The organisation's policy sets it; a saved change applies at once.
    SecurityPolicy policy;
    policy.autoLockMinutes = 15;
    ServiceError error;
    QVERIFY2(OrganisationSettings(Session { *m_app->store() }).saveSecurity(policy, &error),
             qPrintable(error.message));
    Q_EMIT m_app->mainWindow()->securityPolicyChanged();
    QCOMPARE(idle->interval(), IdleWatcher::Milliseconds(std::chrono::minutes(15)));
    policy.autoLockMinutes = 5;
    QVERIFY(OrganisationSettings(Session { *m_app->store() }).saveSecurity(policy, &error));
    Q_EMIT m_app->mainWindow()->securityPolicyChanged();
    auto now = std::make_shared<IdleWatcher::Milliseconds>(1000);
    idle->setTimeSource([now] { return *now; });
    *now += std::chrono::minutes(4);
    idle->check();
    QVERIFY(m_app->mainWindow());
    *now += std::chrono::minutes(1);
    idle->check();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    QVERIFY(m_app->store() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    QVERIFY(unlock->lockText().contains(u"een tijd niet"_s));
    shot(unlock, "lock-idle-nl");
    // While locked the idle timer is off: it does not lock the lock screen again.
    QCOMPARE(idle->interval(), IdleWatcher::Milliseconds(0));
    idle->setTimeSource({});
}

void TestLockDesk::idleWatcherCountsFromTheLastInput()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    auto now = std::make_shared<IdleWatcher::Milliseconds>(0);
    watcher.setTimeSource([now] { return *now; });
    watcher.setInterval(IdleWatcher::Milliseconds(1000));
    *now = IdleWatcher::Milliseconds(900);
    // Any key or mouse event in the application counts as use.
    QWidget widget;
    widget.show();
    QTest::keyClick(&widget, Qt::Key_A);
    *now = IdleWatcher::Milliseconds(1500);
    watcher.check();
    QCOMPARE(idle.count(), 0);
    *now = IdleWatcher::Milliseconds(1900);
    watcher.check();
    QCOMPARE(idle.count(), 1);
    watcher.check();
    QCOMPARE(idle.count(), 1); // once per idle stretch
    QTest::mouseMove(&widget, QPoint(5, 5));
    QTest::mouseClick(&widget, Qt::LeftButton);
    *now = IdleWatcher::Milliseconds(2800);
    watcher.check();
    QCOMPARE(idle.count(), 1);
    *now = IdleWatcher::Milliseconds(2900);
    watcher.check();
    QCOMPARE(idle.count(), 2);
    // Off: never idle.
    watcher.setInterval(IdleWatcher::Milliseconds(0));
    *now = IdleWatcher::Milliseconds(100000);
    watcher.check();
    QCOMPARE(idle.count(), 2);
}

void TestLockDesk::screenLockSignalLocks()
{
    PrivateBus bus;
    QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start (packaging/install-deps.sh)");
    const QDBusConnection watching = QDBusConnection::connectToBus(bus.address(), u"watcher"_s);
    const QDBusConnection sending = QDBusConnection::connectToBus(bus.address(), u"sender"_s);
    QVERIFY(watching.isConnected() && sending.isConnected());

    ScreenLockWatcher watcher(watching, QDBusConnection(u"no-system-bus"_s));
    QVERIFY(watcher.isListening());
    QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
    const auto send = [&sending](const char *path, const char *interface, bool active) {
        QDBusMessage signal = QDBusMessage::createSignal(
            QLatin1StringView(path), QLatin1StringView(interface), u"ActiveChanged"_s);
        signal << active;
        return sending.send(signal);
    };
    // The bus registers the watcher's match rules on its own time: until the first signal
    // arrives, keep sending it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", true);
            return QTest::qWaitFor([&locked] { return !locked.isEmpty(); }, 100);
        },
        10000));
    locked.clear();
    // The screen saver going off is no reason to lock. Signals from one sender arrive in order,
    // so once the "on" has arrived the "off" before it was seen and ignored.
    QVERIFY(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", false));
    QVERIFY(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", true));
    QTRY_COMPARE(locked.count(), 1);
    QVERIFY(send("/ScreenSaver", "org.freedesktop.ScreenSaver", true));
    QTRY_COMPARE(locked.count(), 2);

    // The application listens to its own watcher the same way.
    QVERIFY(m_app->mainWindow());
    Q_EMIT m_app->screenLockWatcher()->screenLocked();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    QVERIFY(unlock->lockText().contains(u"scherm"_s));
}

void TestLockDesk::wrongPasswordsSlowDown()
{
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    unlock->setClock(clock);
    auto *field = child<PasswordLineEdit>(unlock, "password");
    auto *button = child<QPushButton>(unlock, "unlockButton");
    const auto attempt = [&](const QString &typed) {
        field->setText(typed);
        button->click();
        return QTest::qWaitFor([unlock] { return !unlock->isBusy(); }, 20000);
    };
    QVERIFY(attempt(u"fout-een"_s));
    QVERIFY(attempt(u"fout-twee"_s));
    QCOMPARE(unlock->secondsToWait(), 0); // two typing mistakes cost nothing
    QVERIFY(button->isEnabled());
    QVERIFY(attempt(u"fout-drie"_s));
    QCOMPARE(unlock->backoff().failures(), 3);
    QCOMPARE(unlock->secondsToWait(), 5);
    QVERIFY(!button->isEnabled());
    QVERIFY2(unlock->errorMessage().contains(u"5 seconden"_s), qPrintable(unlock->errorMessage()));
    shot(unlock, "lock-wrong-passwords-nl");

    // Enter during the pause does not try the password.
    field->setText(password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!unlock->isBusy());
    QVERIFY(m_app->mainWindow() == nullptr);

    // The pause survives a restart of the application (QSettings, per store).
    {
        UnlockDialog fresh(m_dir);
        fresh.setClock(clock);
        QCOMPARE(fresh.backoff().failures(), 3);
        QCOMPARE(fresh.secondsToWait(), 5);
    }

    clock.advanceSecs(5);
    QTRY_VERIFY(button->isEnabled()); // the countdown ticks every second
    QCOMPARE(unlock->secondsToWait(), 0);
    QVERIFY(attempt(u"fout-vier"_s));
    QCOMPARE(unlock->secondsToWait(), 10); // doubled
    clock.advanceSecs(10);
    QTRY_VERIFY(button->isEnabled());

    // The right password opens the desk and clears the counter.
    QVERIFY(unlockWith(*m_app, password));
    UnlockDialog after(m_dir);
    QCOMPARE(after.backoff().failures(), 0);
}

void TestLockDesk::backupReminderBackupAndRestore()
{
    MainWindow *window = m_app->mainWindow();
    // No backup yet: the desk says so (the beheerder may make one).
    QVERIFY(!m_app->store()->lastBackup().isValid());
    QTRY_VERIFY(window->backupReminder()->isVisible());
    QVERIFY(window->backupAction()->isVisible());
    QVERIFY(window->restoreAction()->isVisible());

    // A backup from the desk; the reminder goes.
    QTemporaryDir backups;
    window->backupAction()->trigger();
    auto *backup = window->findChild<BackupDialog *>();
    QVERIFY(backup);
    backup->setFolder(backups.path());
    QSignalSpy made(backup, &BackupDialog::backupMade);
    backup->makeBackup();
    QTRY_COMPARE(made.count(), 1);
    const QString backupDir = made.first().first().toString();
    QVERIFY(QFileInfo::exists(backupDir));
    QTRY_VERIFY(!window->backupReminder()->isVisible());
    backup->done(QDialog::Accepted);

    // Something changes after the backup...
    const QString organisation = OrganisationSettings(Session { *m_app->store() }).details().name;
    OrganisationDetails changed = OrganisationSettings(Session { *m_app->store() }).details();
    changed.name = u"Na de back-up hernoemd"_s;
    ServiceError error;
    QVERIFY2(
        OrganisationSettings(Session { *m_app->store() }).save(changed, BsnCheck::Refuse, &error),
        qPrintable(error.message));

    // ...and the restore (the dialog's request; the dialog itself is tested in tst_backupdialog)
    // closes the desk, puts the backup back and opens the desk again as the same user.
    auto request = std::make_shared<RestoreRequest>();
    request->backupDirectory = backupDir;
    request->storeDirectory = m_dir;
    request->userName = user;
    request->password = SecureBytes::fromUtf8(password);
    QPointer<MainWindow> before(window);
    Q_EMIT window->restoreRequested(request);
    QTRY_VERIFY(!before);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, 30000);
    QVERIFY(m_app->store());
    QCOMPARE(OrganisationSettings(Session { *m_app->store() }).details().name, organisation);
    QVERIFY(request->password.isEmpty()); // let go as soon as the store is open
    QMessageBox *done = nullptr;
    QTRY_VERIFY((done = m_app->mainWindow()->findChild<QMessageBox *>(u"restoreDone"_s)));
    QVERIFY(!done->text().isEmpty());
    shot(done, "restore-done-nl");
    done->done(QMessageBox::Ok);
}

void TestLockDesk::usersFromTheDesk()
{
    MainWindow *window = m_app->mainWindow();
    QVERIFY(window->usersAction()->isVisible());
    window->usersAction()->trigger();
    UserManagementDialog *users = nullptr;
    QTRY_VERIFY((users = window->findChild<UserManagementDialog *>()) != nullptr);
    QTRY_VERIFY(users->isVisible());
    shot(users, "users-from-desk-nl");
    // A renewed recovery key still on screen, not yet marked as kept, when the desk locks: the
    // lock closes it (the key text is wiped) and the lock screen says it must be renewed again.
    auto *key = new RecoveryKeyDialog(u"ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH"_s,
                                      QUuid::createUuid(), u"Woonstichting Proef"_s, users);
    key->open();
    QTRY_VERIFY(key->isVisible());
    m_app->lock();
    QTRY_VERIFY(m_app->mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(m_app->currentDialog());
    QVERIFY(unlock);
    const QString notice
        = child<QLabel>(child<QWidget>(unlock, "lockNotice"), "messageText")->text();
    QVERIFY2(notice.contains(u"herstelsleutel"_s), qPrintable(notice));
    shot(unlock, "lock-recovery-key-nl");
}

QTEST_MAIN(TestLockDesk)
#include "tst_lockdesk.moc"
