// Backups in the desk, offscreen on real stores (minimum Argon2id cost): the reminder's rule at
// its boundaries and its banner; the backup dialog writes a dated, encrypted backup that
// Store::restore accepts, remembers the folder and refuses the store's own folder and roles
// without Permission::Backup; the restore dialog checks the password on the backup before it
// asks, hands over a request, and performRestore puts the backup in place after a second backup
// of the current data; the Security tab of the settings saves the reminder interval.
//
// PRIVACYDESK_SHOTS=dir saves PNGs (with PRIVACYDESK_TR_JSON=file.json also the Dutch texts that
// are not yet in the .ts files).

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "backup/BackupDialog.h"
#include "backup/BackupReminder.h"
#include "backup/RestoreDialog.h"
#include "cases/TrailRows.h"
#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "store/BackupFolders.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QString organisation = u"Woonstichting Proefhuis"_s;
const QString bakker = u"a.bakker"_s;
const QString bakkerPassword = u"Lantaarn-Portiek-Zeven"_s;

// A date and time on the organisation's clock (Amsterdam) as UTC, the way Store::lastBackup()
// returns it.
QDateTime localAsUtc(QDate date, QTime time)
{
    return QDateTime(date, time, pd::organisationTimeZone()).toUTC();
}

} // namespace

class TestBackupDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reminderRule_data();
    void reminderRule();
    void reminderText();
    void reminderOnAStore();
    void reminderBanner();
    void backupWritesWhatRestoreAccepts();
    void backupRefusesTheStoreFolder();
    void backupSaysWhatTheChainCheckFound();
    void backupNeedsThePermission();
    void restoreChecksThePasswordFirst();
    void restoreRoundTrip();
    void restoreNeedsAnAdministrator();
    void securityTabSavesTheInterval();
    void screenshots();

private:
    QString storeDir() const { return m_dir->filePath(u"kluis"_s); }
    QString makeBackup(const QString &folder);
    void reopenAs(const QString &user, const QString &password);
    void shoot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestBackupDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk"_s);
    QSettings().clear();
    QVERIFY(initSodium());
}

void TestBackupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createTestStore(storeDir(), nullptr, organisation);
    QVERIFY(m_store);
}

void TestBackupDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestBackupDialog::reopenAs(const QString &user, const QString &password)
{
    m_store.reset();
    StoreError error;
    m_store = Store::open(storeDir(), user, pw(password), &error);
    QVERIFY2(m_store, qPrintable(error.detail()));
}

void TestBackupDialog::shoot(QWidget *widget, const QString &name)
{
    QVERIFY(saveShot(widget, test::shotsDir(), u"backup-"_s + name));
}

// Through the dialog; returns the new backup folder (empty on failure).
QString TestBackupDialog::makeBackup(const QString &folder)
{
    BackupDialog dialog(Session { *m_store });
    dialog.setFolder(folder);
    dialog.show();
    QSignalSpy made(&dialog, &BackupDialog::backupMade);
    child<QPushButton>(&dialog, u"makeButton"_s)->click();
    if (!QTest::qWaitFor(
            [&] { return !made.isEmpty() || (!dialog.isBusy() && !dialog.message().isEmpty()); }))
        return {};
    if (made.isEmpty()) {
        qWarning("backup failed: %s", qPrintable(dialog.message()));
        return {};
    }
    return made.first().first().toString();
}

void TestBackupDialog::reminderRule_data()
{
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<int>("interval");
    QTest::addColumn<bool>("needed");
    const QDate today(2026, 3, 9);
    QTest::newRow("never, 7 days") << QDateTime() << 7 << true;
    QTest::newRow("never, 0 = never remind") << QDateTime() << 0 << false;
    QTest::newRow("today") << localAsUtc(today, QTime(8, 0)) << 7 << false;
    QTest::newRow("6 days") << localAsUtc(today.addDays(-6), QTime(23, 59)) << 7 << false;
    QTest::newRow("7 days: due") << localAsUtc(today.addDays(-7), QTime(0, 1)) << 7 << true;
    QTest::newRow("7 days, late evening: due")
        << localAsUtc(today.addDays(-7), QTime(23, 59)) << 7 << true;
    QTest::newRow("30 days, 0 = never")
        << localAsUtc(today.addDays(-30), QTime(12, 0)) << 0 << false;
    QTest::newRow("1 day interval, yesterday")
        << localAsUtc(today.addDays(-1), QTime(12, 0)) << 1 << true;
    QTest::newRow("in the future (clock skew)")
        << localAsUtc(today.addDays(2), QTime(12, 0)) << 7 << false;
}

void TestBackupDialog::reminderRule()
{
    QFETCH(QDateTime, last);
    QFETCH(int, interval);
    QFETCH(bool, needed);
    QCOMPARE(BackupReminder::needed(last, QDate(2026, 3, 9), interval), needed);
}

void TestBackupDialog::reminderText()
{
    const QDate today(2026, 3, 9);
    QVERIFY(BackupReminder::text({}, today).contains(u"No backup"_s));
    QCOMPARE(BackupReminder::daysSince({}, today), -1);
    const QDateTime nineDaysAgo = localAsUtc(QDate(2026, 2, 28), QTime(16, 30));
    QCOMPARE(BackupReminder::daysSince(nineDaysAgo, today), 9);
    const QString text = BackupReminder::text(nineDaysAgo, today);
    QVERIFY2(text.contains(u"(9 day"_s), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QDate(2026, 2, 28), u"d MMMM yyyy"_s)),
             qPrintable(text));
    QVERIFY(BackupReminder::text(localAsUtc(today, QTime(7, 0)), today).contains(u"today"_s));
    // The organisation's calendar days: a backup at 23:59 yesterday is one day old at 00:01.
    QCOMPARE(BackupReminder::daysSince(localAsUtc(today.addDays(-1), QTime(23, 59)), today), 1);
}

void TestBackupDialog::reminderOnAStore()
{
    const QDate today = pd::systemClock().today();
    // A new store was never backed up; the policy's default is 7 days.
    QVERIFY(BackupReminder::needed(Session { *m_store }, today));
    QVERIFY(!BackupReminder::needed(Session { *m_store }, today, 0));
    StoreError error;
    QVERIFY(m_store->backupTo(m_dir->filePath(u"b1"_s), &error));
    QVERIFY(!BackupReminder::needed(Session { *m_store }, today));
    QVERIFY(BackupReminder::needed(Session { *m_store }, today.addDays(7)));
    // The organisation's interval.
    ServiceError saveError;
    SecurityPolicy policy = OrganisationSettings(Session { *m_store }).security();
    policy.backupReminderDays = 30;
    QVERIFY(OrganisationSettings(Session { *m_store }).saveSecurity(policy, &saveError));
    QVERIFY(!BackupReminder::needed(Session { *m_store }, today.addDays(29)));
    QVERIFY(BackupReminder::needed(Session { *m_store }, today.addDays(30)));
}

void TestBackupDialog::reminderBanner()
{
    BackupReminderBanner banner;
    const QDate today(2026, 3, 9);
    QVERIFY(!banner.showIfDue(localAsUtc(today.addDays(-2), QTime(9, 0)), today, 7));
    QVERIFY(banner.isHidden());
    QVERIFY(banner.showIfDue({}, today, 7));
    QVERIFY(!banner.isHidden());
    QVERIFY(banner.text().contains(u"No backup"_s));
    QVERIFY(banner.showIfDue(localAsUtc(today.addDays(-12), QTime(9, 0)), today, 7));
    QVERIFY(banner.text().contains(u"(12 day"_s));
    QSignalSpy requested(&banner, &BackupReminderBanner::backupRequested);
    QSignalSpy postponed(&banner, &BackupReminderBanner::postponed);
    child<QPushButton>(&banner, u"backupNowButton"_s)->click();
    QCOMPARE(requested.size(), 1);
    child<QPushButton>(&banner, u"laterButton"_s)->click();
    QCOMPARE(postponed.size(), 1);
    QVERIFY(banner.isHidden());
    QVERIFY(!banner.showIfDue({}, today, 0));
}

void TestBackupDialog::backupWritesWhatRestoreAccepts()
{
    const QString folder = m_dir->filePath(u"usb/back-ups"_s);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(13, 30), Qt::UTC));
    {
        BackupDialog dialog(Session { *m_store, clock });
        dialog.setFolder(folder);
        QVERIFY(dialog.mayBackUp());
        QCOMPARE(dialog.invalidReason(), QString());
        const QString expected
            = QDir(folder).filePath(BackupFolders::nameFor(organisationTime(clock.now())));
        QCOMPARE(dialog.targetDirectory(), expected);
        // The CLI's backup --to names its folders with the same core function.
        QCOMPARE(dialog.targetDirectory(),
                 BackupFolders::newFolderIn(folder, organisationTime(clock.now())));
        // It says what it writes, and that nothing is plain.
        QVERIFY(dialog.description().contains(u"privacydesk.db"_s));
        QVERIFY(dialog.description().contains(u"keyring.pdk"_s));
        QVERIFY(dialog.description().contains(u"unencrypted"_s));
        dialog.show();
        QSignalSpy made(&dialog, &BackupDialog::backupMade);
        child<QPushButton>(&dialog, u"makeButton"_s)->click();
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE(made.size(), 1);
        QCOMPARE(made.first().first().toString(), expected);
        QVERIFY(dialog.message().contains(u"verified"_s));
        QVERIFY(QFileInfo(QDir(expected).filePath(u"privacydesk.db"_s)).isFile());
        QVERIFY(QFileInfo(QDir(expected).filePath(u"keyring.pdk"_s)).isFile());
        // Never plaintext: the organisation's name is in the store, not readable in the files.
        QVERIFY(filesContaining(expected, organisation.toUtf8()).isEmpty());
        // A second backup in the same minute gets its own folder.
        QCOMPARE(dialog.targetDirectory(), expected + u"-2"_s);
        child<QPushButton>(&dialog, u"makeButton"_s)->click();
        QTRY_COMPARE(made.size(), 2);
        QCOMPARE(made.last().first().toString(), expected + u"-2"_s);
    }
    // Remembered for next time, and the store knows when.
    QCOMPARE(QDir::cleanPath(BackupDialog::lastFolder()), QDir::cleanPath(folder));
    QVERIFY(m_store->lastBackup().isValid());
    // The backup is one Store::restore accepts (into a fresh folder here).
    const QString backup
        = QDir(folder).filePath(BackupFolders::nameFor(organisationTime(clock.now())));
    QString safety;
    StoreError error;
    QVERIFY2(Store::restore(backup, m_dir->filePath(u"elders"_s), testUser, pw(testPassword),
                            &safety, &error),
             qPrintable(error.detail()));
    QVERIFY(safety.isEmpty()); // nothing was there to keep
}

// Every backup walks the whole audit trail; the dialog says so, and says it plainly
// when the trail does not verify (the backup is still made: it is the evidence).
void TestBackupDialog::backupSaysWhatTheChainCheckFound()
{
    const QString folder = m_dir->filePath(u"reservekopieen"_s);
    QVERIFY(QDir().mkpath(folder));
    {
        BackupDialog dialog(Session { *m_store });
        dialog.setFolder(folder);
        dialog.show();
        QSignalSpy made(&dialog, &BackupDialog::backupMade);
        child<QPushButton>(&dialog, u"makeButton"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return !made.isEmpty(); }));
        QVERIFY2(dialog.message().contains(u"whole audit trail was checked"_s),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(u"does not verify"_s));
    }
    // An event altered with SQL behind the application's back (its triggers dropped first).
    QSqlDatabase db = m_store->database();
    QSqlQuery query(db);
    for (const auto *trigger : { "audit_events_no_update", "audit_events_no_delete" })
        QVERIFY2(query.exec(u"DROP TRIGGER %1"_s.arg(QLatin1StringView(trigger))),
                 qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 1"_s),
             qPrintable(query.lastError().text()));
    BackupDialog dialog(Session { *m_store });
    dialog.setFolder(folder);
    dialog.show();
    QSignalSpy made(&dialog, &BackupDialog::backupMade);
    child<QPushButton>(&dialog, u"makeButton"_s)->click();
    QVERIFY(QTest::qWaitFor([&] { return !made.isEmpty(); }));
    QVERIFY2(dialog.message().contains(u"does not verify"_s), qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(u"Keep this backup"_s));
}

void TestBackupDialog::backupRefusesTheStoreFolder()
{
    BackupDialog dialog(Session { *m_store });
    dialog.setFolder(storeDir());
    QVERIFY(dialog.invalidReason().contains(u"outside"_s));
    dialog.setFolder(QDir(storeDir()).filePath(u"backups"_s));
    QVERIFY(dialog.invalidReason().contains(u"outside"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"makeButton"_s)->isEnabled());
    dialog.setFolder(QString());
    QVERIFY(!dialog.invalidReason().isEmpty());
    QFile file(m_dir->filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog.setFolder(file.fileName());
    QVERIFY(dialog.invalidReason().contains(u"not a folder"_s));
    dialog.setFolder(m_dir->filePath(u"kluis-back-ups"_s)); // a name starting like the store's
    QCOMPARE(dialog.invalidReason(), QString());
}

void TestBackupDialog::backupNeedsThePermission()
{
    UserError error;
    QVERIFY(UserService(*m_store, Session { *m_store })
                .add(bakker, u"Anna Bakker"_s, Role::Auditor, pw(bakkerPassword), &error));
    reopenAs(bakker, bakkerPassword);
    BackupDialog dialog(Session { *m_store });
    dialog.setFolder(m_dir->filePath(u"usb"_s));
    QVERIFY(!dialog.mayBackUp());
    QVERIFY(dialog.invalidReason().contains(UserService::roleName(Role::Auditor)));
    QVERIFY(!child<QPushButton>(&dialog, u"makeButton"_s)->isEnabled());
    dialog.makeBackup();
    QVERIFY(!dialog.isBusy());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"usb"_s)));
}

void TestBackupDialog::restoreChecksThePasswordFirst()
{
    const QString backup = makeBackup(m_dir->filePath(u"usb"_s));
    QVERIFY(!backup.isEmpty());
    const auto before = fingerprint(storeDir());
    RestoreDialog dialog(Session { *m_store });
    dialog.show();
    // The newest backup in the remembered folder is proposed.
    QCOMPARE(dialog.backupDirectory(), QDir::cleanPath(backup));
    QVERIFY(dialog.backupDate().isValid());
    QVERIFY(dialog.confirmationText().contains(QDir::toNativeSeparators(
        QDir(storeDir()).filePath(QLatin1StringView(Store::backupDirName)))));
    QCOMPARE(child<QLineEdit>(&dialog, u"userName"_s)->text(), testUser);
    QVERIFY(dialog.invalidReason().contains(u"password"_s));
    child<QLineEdit>(&dialog, u"password"_s)->setText(u"niet het wachtwoord"_s);
    child<QPushButton>(&dialog, u"restoreButton"_s)->click();
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(dialog.message().contains(u"does not open the backup"_s),
             qPrintable(dialog.message()));
    QVERIFY(!dialog.findChild<QMessageBox *>(u"confirmRestore"_s));
    QVERIFY(dialog.isVisible());
    // A folder without a backup.
    dialog.setBackupDirectory(m_dir->filePath(u"leeg"_s));
    QVERIFY(dialog.invalidReason().contains(u"no Privacydesk backup"_s));
    dialog.setBackupDirectory(storeDir());
    QVERIFY(dialog.invalidReason().contains(u"the store itself"_s));
    QCOMPARE(fingerprint(storeDir()).keys(), before.keys());
}

void TestBackupDialog::restoreRoundTrip()
{
    const QString backup = makeBackup(m_dir->filePath(u"usb"_s));
    QVERIFY(!backup.isEmpty());
    // Something done after the backup: gone again after the restore.
    UserError error;
    QVERIFY(UserService(*m_store, Session { *m_store })
                .add(bakker, u"Anna Bakker"_s, Role::Functionaris, pw(bakkerPassword), &error));

    RestoreRequest request;
    {
        RestoreDialog dialog(Session { *m_store });
        dialog.setBackupDirectory(backup);
        dialog.show();
        child<QLineEdit>(&dialog, u"password"_s)->setText(testPassword);
        child<QPushButton>(&dialog, u"restoreButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmRestore"_s)));
        // Stated on the organisation's clock, as every moment on the desk.
        QVERIFY(box->text().contains(
            QLocale().toString(organisationTime(dialog.backupDate()), QLocale::ShortFormat)));
        // The password field was wiped as soon as it was read.
        QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->text().isEmpty());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        destructiveButton(box)->click();
        QCOMPARE(accepted.size(), 1);
        request = dialog.takeRequest();
    }
    QVERIFY(request.isValid());
    QCOMPARE(request.backupDirectory, QDir::cleanPath(backup));
    QCOMPARE(request.storeDirectory, storeDir());
    QCOMPARE(request.userName, testUser);

    // The application's part: close the store, restore, reopen.
    m_store.reset();
    QString safety;
    QString message;
    QVERIFY2(performRestore(request.backupDirectory, request.storeDirectory, request.userName,
                            request.password, &safety, &message),
             qPrintable(message));
    QVERIFY(!safety.isEmpty());
    QVERIFY(QFileInfo(QDir(safety).filePath(u"privacydesk.db"_s)).isFile());
    QVERIFY(message.contains(QDir::toNativeSeparators(safety)));
    reopenAs(testUser, testPassword);
    QVERIFY(!UserService(*m_store, Session { *m_store }).find(bakker).has_value());
}

void TestBackupDialog::restoreNeedsAnAdministrator()
{
    UserError error;
    QVERIFY(UserService(*m_store, Session { *m_store })
                .add(bakker, u"Anna Bakker"_s, Role::Functionaris, pw(bakkerPassword), &error));
    reopenAs(bakker, bakkerPassword);
    // A privacy officer may make a backup, but not restore one.
    const QString backup = makeBackup(m_dir->filePath(u"usb"_s));
    QVERIFY(!backup.isEmpty());
    RestoreDialog dialog(Session { *m_store });
    dialog.setBackupDirectory(backup);
    child<QLineEdit>(&dialog, u"password"_s)->setText(bakkerPassword);
    QVERIFY(!dialog.mayRestore());
    QVERIFY(dialog.invalidReason().contains(UserService::roleName(Role::Functionaris)));
    QVERIFY(!child<QPushButton>(&dialog, u"restoreButton"_s)->isEnabled());
    // And the core says no as well: nothing is restored, and the refusal is on record as one
    // user.denied event.
    const int deniedBefore = denials(*m_store);
    m_store.reset();
    const QString keyring = QDir(storeDir()).filePath(u"keyring.pdk"_s);
    // The key slots as they are: the refusal's event moves the keyring's audit anchor (so its
    // bytes change), but no slot may come, go or change.
    const auto slotIds = [&keyring] {
        Keyring::Status status = Keyring::Status::Ok;
        QStringList ids;
        for (const KeySlotInfo &slot : Keyring::load(keyring, &status).keySlots())
            ids << slot.id + slot.created.toString(Qt::ISODateWithMs);
        return ids;
    };
    const QStringList slotsBefore = slotIds();
    QVERIFY(!slotsBefore.isEmpty());
    const auto before = fingerprint(storeDir());
    QString message;
    QVERIFY(!performRestore(backup, storeDir(), bakker, pw(bakkerPassword), nullptr, &message));
    QVERIFY(message.contains(u"not restored"_s));
    QCOMPARE(slotIds(), slotsBefore);
    QCOMPARE(fingerprint(storeDir()).keys(), before.keys());
    reopenAs(bakker, bakkerPassword);
    QCOMPARE(denials(*m_store), deniedBefore + 1);
}

void TestBackupDialog::securityTabSavesTheInterval()
{
    SettingsDialog dialog(Session { *m_store });
    dialog.setCurrentTab(SettingsDialog::Tab::Security);
    auto *days = child<QSpinBox>(&dialog, u"backupReminderDays"_s);
    auto *minutes = child<QSpinBox>(&dialog, u"autoLockMinutes"_s);
    QCOMPARE(days->value(), 7);
    QCOMPARE(minutes->value(), 5);
    QVERIFY(child<QLabel>(&dialog, u"lastBackup"_s)->text().contains(u"No backup"_s));
    // When the database was last checked: not yet, then after `verify`.
    QVERIFY(
        child<QLabel>(&dialog, u"lastIntegrityCheck"_s)->text().contains(u"not been checked"_s));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    {
        SettingsDialog again(Session { *m_store });
        const QString text = child<QLabel>(&again, u"lastIntegrityCheck"_s)->text();
        QVERIFY2(text.contains(u"no damage found"_s), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(pd::systemClock().today(), u"d MMMM yyyy"_s)));
    }
    days->setValue(0);
    QCOMPARE(days->text(), u"never"_s);
    days->setValue(14);
    minutes->setValue(10);
    // The files kept with requests: the store-wide limit, in MB.
    auto *files = child<QSpinBox>(&dialog, u"attachmentStoreLimitMb"_s);
    QCOMPARE(files->value(), 2048);
    QCOMPARE(files->minimum(), SecurityPolicy::minimumAttachmentStoreLimitMb);
    files->setValue(512);
    QVERIFY(dialog.save());
    const SecurityPolicy saved = OrganisationSettings(Session { *m_store }).security();
    QCOMPARE(saved.backupReminderDays, 14);
    QCOMPARE(saved.autoLockMinutes, 10);
    QCOMPARE(saved.attachmentStoreLimitMb, 512);
}

void TestBackupDialog::screenshots()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    JsonTranslator extra(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!extra.isEmpty())
        QApplication::installTranslator(&extra);
    const QString folder = m_dir->filePath(u"usb"_s);
    {
        BackupDialog dialog(Session { *m_store });
        dialog.setFolder(folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"1-dialog"_s);
        QSignalSpy made(&dialog, &BackupDialog::backupMade);
        child<QPushButton>(&dialog, u"makeButton"_s)->click();
        QTRY_COMPARE(made.size(), 1);
        shoot(&dialog, u"2-done"_s);
    }
    {
        RestoreDialog dialog(Session { *m_store });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"3-restore"_s);
        child<QLineEdit>(&dialog, u"password"_s)->setText(testPassword);
        child<QPushButton>(&dialog, u"restoreButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmRestore"_s)));
        shoot(box, u"4-confirm"_s);
        box->button(QMessageBox::Cancel)->click();
    }
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *never = new BackupReminderBanner(&page);
        auto *old = new BackupReminderBanner(&page);
        layout->addWidget(never);
        layout->addWidget(old);
        layout->addStretch(1);
        const QDate today = pd::systemClock().today();
        never->showIfDue({}, today, 7);
        old->showIfDue(localAsUtc(today.addDays(-12), QTime(16, 0)), today, 7);
        page.resize(1100, 140);
        page.show();
        shoot(&page, u"5-reminder"_s);
    }
    {
        SettingsDialog dialog(Session { *m_store });
        dialog.setCurrentTab(SettingsDialog::Tab::Security);
        dialog.show();
        shoot(&dialog, u"6-settings-security"_s);
    }
    if (!extra.isEmpty())
        QApplication::removeTranslator(&extra);
    QVERIFY(installTranslations(UiLanguage::English));
}

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
