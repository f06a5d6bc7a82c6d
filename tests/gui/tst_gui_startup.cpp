// The first screens: creating a store through the dialog, the recovery key page, unlocking
// (wrong password, then the right one), the main window's navigation and lock, the language
// switch, the demo, the command line and the password strength estimator. Runs offscreen with
// real stores in temporary folders (libsodium's minimum Argon2id limits).
//
// With PRIVACYDESK_SHOTS_DIR=dir it also saves a PNG of every screen it drives; run it under
// xvfb-run with QT_QPA_PLATFORM=xcb to look at the real thing.

#include "Application.h"
#include "CommandLine.h"
#include "CreateStoreDialog.h"
#include "DemoBanner.h"
#include "EmptyStateWidget.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PasswordLineEdit.h"
#include "PasswordStrength.h"
#include "RecoveryKeySheet.h"
#include "Settings.h"
#include "UnlockDialog.h"
#include "WelcomeDialog.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "dashboards/DashboardsPage.h"
#include "demo/DemoData.h"
#include "organisation/OrganisationSettings.h"
#include "registers/DisclosuresPage.h"
#include "registers/ProcessingRegisterPage.h"
#include "registers/RetentionPage.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;
using pd::test::child;
using pd::test::shot;

namespace {

const auto strongPassword = QStringLiteral("Portiek-Zeven-Lantaarns");

std::unique_ptr<Store> makeStore(const QString &dir, const QString &user, const QString &password,
                                 bool demo = false)
{
    StoreCreateOptions options;
    options.organisationName = QStringLiteral("Woonstichting Proef");
    options.kdf = KdfParams::minimum();
    options.demo = demo;
    StoreError error;
    QString recoveryKey;
    auto store
        = Store::create(dir, user, SecureBytes::fromUtf8(password), options, &recoveryKey, &error);
    if (!store)
        qWarning("create failed: %s", qPrintable(error.detail()));
    return store;
}

bool activate(QWidget *widget)
{
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

} // namespace

class TestGuiStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passwordStrength_data();
    void passwordStrength();
    void createStoreDialog();
    void unlockDialog();
    void unlockWithRecoveryKey();
    void applicationFlow();
    void languageSwitch();
    void sectionsAreBuiltWhenFirstShown();
    void welcomeAndDemo();
    void welcomeShowsTheKeyboard();
    void recoveryKeySheet();
    void commandLine();
    void rolesShapeTheDesk();
};

void TestGuiStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Privacydesk"));
    QApplication::setApplicationName(QStringLiteral("Privacydesk"));
    QSettings().clear();
    QDir(settings::demoStoreDirectory()).removeRecursively();
    QVERIFY(installTranslations(UiLanguage::Dutch));
}

void TestGuiStartup::cleanupTestCase()
{
    QSettings().clear();
    QDir(settings::demoStoreDirectory()).removeRecursively();
}

void TestGuiStartup::passwordStrength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("common");
    constexpr int weak = int(PasswordStrength::Level::Weak);
    constexpr int fair = int(PasswordStrength::Level::Fair);
    constexpr int strong = int(PasswordStrength::Level::Strong);
    QTest::newRow("empty") << QString() << weak << false;
    QTest::newRow("short") << QStringLiteral("Ab1!") << weak << false;
    QTest::newRow("9 random chars") << QStringLiteral("kP9#mZ2!q") << weak << false;
    QTest::newRow("wachtwoord") << QStringLiteral("wachtwoord") << weak << true;
    QTest::newRow("Wachtwoord1!") << QStringLiteral("Wachtwoord1!") << weak << true;
    QTest::newRow("welkom2024 with symbols") << QStringLiteral("!!Welkom2024!!") << weak << true;
    QTest::newRow("p@ssw0rd") << QStringLiteral("p@ssw0rd123") << weak << true;
    QTest::newRow("qwerty") << QStringLiteral("QWERTY123456") << weak << true;
    QTest::newRow("digits in a row") << QStringLiteral("1234567890") << weak << false;
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << weak << false;
    QTest::newRow("abcdef run") << QStringLiteral("abcdefghijklmn") << weak << false;
    QTest::newRow("lower + digits, 10") << QStringLiteral("fietsbel72") << fair << false;
    QTest::newRow("lower, 12") << QStringLiteral("huurcontract") << fair << false;
    QTest::newRow("4 classes, 10") << QStringLiteral("kP9#mZ2!qL") << strong << false;
    QTest::newRow("passphrase") << QStringLiteral("correct paard batterij nietje") << strong
                                << false;
    QTest::newRow("dutch with accents") << QStringLiteral("Één-Twee-Drie-Vïer") << strong << false;
    QTest::newRow("strong test password") << strongPassword << strong << false;
}

void TestGuiStartup::passwordStrength()
{
    QFETCH(QString, password);
    QFETCH(int, level);
    QFETCH(bool, common);
    const PasswordStrength strength = PasswordStrength::estimate(password);
    QCOMPARE(int(strength.level()), level);
    QCOMPARE(strength.isCommon(), common);
    QVERIFY(strength.score() >= 0 && strength.score() <= 100);
    QVERIFY(!strength.levelText().isEmpty());
    if (strength.level() != PasswordStrength::Level::Strong)
        QVERIFY(!strength.advice().isEmpty());
}

void TestGuiStartup::createStoreDialog()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    CreateStoreDialog dialog(dir);
    dialog.setKdfParams(KdfParams::minimum());
    QVERIFY(activate(&dialog));

    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *user = child<QLineEdit>(&dialog, "userName");
    auto *organisation = child<QLineEdit>(&dialog, "organisation");
    auto *password = child<PasswordLineEdit>(&dialog, "password");
    auto *repeat = child<PasswordLineEdit>(&dialog, "repeatPassword");
    auto *reason = child<QLabel>(&dialog, "invalidReason");
    QVERIFY(create && user && organisation && password && repeat && reason);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.directory(), QDir::cleanPath(dir));
    // It starts in the user name, selected, so that typing replaces the login's name.
    QCOMPARE(dialog.focusWidget(), user);
    QCOMPARE(user->selectedText(), user->text());

    user->setText(QStringLiteral("fvdberg"));
    organisation->setText(QStringLiteral("Woonstichting Proef"));
    QVERIFY(!create->isEnabled());
    // The name under the letters is asked for: a login signs no letter to a tenant.
    auto *displayName = child<QLineEdit>(&dialog, "displayName");
    QVERIFY(displayName);
    password->setText(strongPassword);
    repeat->setText(strongPassword);
    QVERIFY(!create->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("brieven")), qPrintable(reason->text()));
    displayName->setText(QStringLiteral("  Femke  van den Berg "));
    QVERIFY(create->isEnabled());
    repeat->clear();
    password->setText(QStringLiteral("kort"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(reason->text().contains(u"10"), qPrintable(reason->text()));
    password->setText(QStringLiteral("Wachtwoord1!"));
    QVERIFY(!create->isEnabled()); // long enough, but on the common list
    // The fields below the strength meter do not jump while the password is typed: the
    // advice keeps its room when a strong password needs none.
    QTest::qWait(50); // the layouts settle (the meter's, then the form's)
    const int repeatTop = repeat->mapTo(&dialog, QPoint(0, 0)).y();
    password->setText(strongPassword);
    QTest::qWait(50);
    QCOMPARE(repeat->mapTo(&dialog, QPoint(0, 0)).y(), repeatTop);
    repeat->setText(strongPassword + u'x');
    QVERIFY(!create->isEnabled());
    QCOMPARE(reason->text(), dialog.invalidReason());
    QVERIFY(!reason->text().isEmpty());
    repeat->setText(strongPassword);
    QVERIFY(create->isEnabled());
    QVERIFY(dialog.invalidReason().isEmpty());
    // The show/hide action reveals the text and hides it again.
    password->revealAction()->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    password->revealAction()->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    shot(&dialog, "02-create-nl");

    // Enter in the last field creates the store (the one default button of the form).
    QVERIFY(create->isDefault());
    QTest::keyClick(repeat, Qt::Key_Return);
    QVERIFY(child<QProgressBar>(&dialog, "busyBar")->isVisible());
    QVERIFY(!create->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), CreateStoreDialog::Page::RecoveryKey, 20000);
    QVERIFY(password->text().isEmpty());
    QVERIFY(repeat->text().isEmpty());

    auto *key = child<QLabel>(&dialog, "recoveryKeyLabel");
    auto *kept = child<QCheckBox>(&dialog, "keptCheck");
    auto *cont = child<QPushButton>(&dialog, "continueButton");
    QVERIFY(key && kept && cont);
    static const QRegularExpression keyShape(
        QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}-\\n[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$"));
    QVERIFY2(keyShape.match(key->text()).hasMatch(), qPrintable(key->text()));
    QVERIFY(key->textInteractionFlags() & Qt::TextSelectableByMouse);
    shot(&dialog, "03-recovery-key-nl");

    // Neither Continue nor Escape leaves the page before the check box is ticked.
    QVERIFY(!cont->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.page(), CreateStoreDialog::Page::RecoveryKey);
    kept->setChecked(true);
    QVERIFY(cont->isEnabled());
    QVERIFY(cont->isDefault() && !create->isDefault());
    QTest::keyClick(kept, Qt::Key_Return); // Enter goes on, as Continue
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(key->text().isEmpty()); // the key leaves the screen with the dialog

    auto store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->userName(), QStringLiteral("fvdberg"));
    const auto account = UserService(*store, Session { *store }).find(QStringLiteral("fvdberg"));
    QVERIFY(account);
    QCOMPARE(account->displayName, QStringLiteral("Femke van den Berg"));
    QCOMPARE(store->info().organisationName, QStringLiteral("Woonstichting Proef"));
    QVERIFY(!store->isDemo());
    QVERIFY(Store::looksLikeStore(dir));
}

void TestGuiStartup::unlockDialog()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(makeStore(dir, QStringLiteral("anna"), strongPassword));

    UnlockDialog dialog(dir);
    dialog.setUserName(QStringLiteral("anna"));
    QVERIFY(activate(&dialog));
    auto *password = child<PasswordLineEdit>(&dialog, "password");
    auto *unlock = child<QPushButton>(&dialog, "unlockButton");
    auto *busy = child<QProgressBar>(&dialog, "busyBar");
    QVERIFY(password && unlock && busy);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    password->setText(QStringLiteral("niet-het-goede-wachtwoord"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    // Busy while the key is derived: form disabled, busy bar shown.
    QVERIFY(dialog.isBusy());
    QVERIFY(busy->isVisible());
    QVERIFY(!unlock->isEnabled());
    QVERIFY(!password->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QCOMPARE(dialog.errorMessage(), StoreError(StoreError::Code::WrongPassword).message());
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY(password->hasFocus());
    QVERIFY(dialog.isVisible());
    shot(&dialog, "04-unlock-error-nl");

    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    // The name is kept for the next start only when asked.
    child<QCheckBox>(&dialog, "rememberUser")->setChecked(true);
    QTest::keyClicks(password, strongPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(password->text().isEmpty());
    auto store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->userName(), QStringLiteral("anna"));
    QCOMPARE(settings::lastUserName(), QStringLiteral("anna"));
}

void TestGuiStartup::unlockWithRecoveryKey()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QString recoveryKey;
    {
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        StoreError error;
        QVERIFY(Store::create(dir, QStringLiteral("anna"), SecureBytes::fromUtf8(strongPassword),
                              options, &recoveryKey, &error));
    }
    UnlockDialog dialog(dir);
    QVERIFY(activate(&dialog));
    child<QPushButton>(&dialog, "recoveryButton")->click();
    QVERIFY(dialog.isRecoveryMode());
    auto *key = child<PasswordLineEdit>(&dialog, "recoveryKey");
    key->setText(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"));
    child<QPushButton>(&dialog, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QVERIFY(!dialog.errorMessage().isEmpty());
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    key->setText(recoveryKey.toLower());
    child<QPushButton>(&dialog, "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    QVERIFY(dialog.takeStore());
    QVERIFY(key->text().isEmpty());
}

void TestGuiStartup::applicationFlow()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(makeStore(dir, QStringLiteral("anna"), strongPassword));
    QSettings().remove(QStringLiteral("mainWindow"));

    Application app;
    app.setKdfParams(KdfParams::minimum());
    QSignalSpy quit(&app, &Application::quitRequested);
    app.start({ dir, false });
    auto *unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
    QVERIFY(unlock);
    QVERIFY(unlock->isVisible());
    unlock->setUserName(QStringLiteral("anna"));
    child<PasswordLineEdit>(unlock, "password")->setText(strongPassword);
    child<QPushButton>(unlock, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
    MainWindow *window = app.mainWindow();
    QVERIFY(activate(window));
    QVERIFY(!window->isDemo());
    QCOMPARE(window->currentSection(), MainWindow::Section::Requests);
    QCOMPARE(QSettings().value(QStringLiteral("store/lastPath")).toString(),
             QDir(dir).absolutePath());
    QVERIFY(child<QLabel>(window, "storeLabel")->text().contains(QDir(dir).dirName()));
    QVERIFY(child<QLabel>(window, "userLabel")->text().contains(u"anna"));
    QVERIFY(!child<QLabel>(window, "encryptedLabel")->text().isEmpty());
    QVERIFY(window->findChild<DemoBanner *>() == nullptr);
    QVERIFY(window->aboutText().contains(app.store()->info().cipherVersion));

    // The empty desk of a new store says what the first letter needs and takes the beheerder
    // there.
    auto *fill = child<QPushButton>(window, "fillOrganisation");
    QVERIFY(fill && fill->isVisible());
    const auto *empty = window->caseListPage()->findChild<EmptyStateWidget *>();
    QVERIFY(empty);
    QVERIFY2(empty->text().contains(QStringLiteral("Instellingen → Organisatie")),
             qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(QStringLiteral("privacy-e-mailadres")),
             qPrintable(empty->text()));
    fill->click();
    auto *settings = window->findChild<SettingsDialog *>();
    QTRY_VERIFY(settings && settings->isVisible());
    QCOMPARE(settings->currentTab(), SettingsDialog::Tab::Organisation);
    settings->reject();
    // With the organisation filled in, the choice of deadline is all that is left: the desk names
    // Termijnen and its button opens that page.
    {
        const Session session { *app.store() };
        OrganisationSettings organisation(session);
        OrganisationDetails details = organisation.details();
        details.name = QStringLiteral("Woonstichting Test");
        details.street = QStringLiteral("Dorpsstraat 3");
        details.postcode = QStringLiteral("6582 AB");
        details.city = QStringLiteral("Heumen");
        details.privacyEmail = QStringLiteral("privacy@woonstichting.example");
        details.signatureRole = QStringLiteral("privacy officer");
        ServiceError error;
        QVERIFY2(organisation.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    window->caseListPage()->refresh();
    QTRY_VERIFY2(empty->text().contains(QStringLiteral("Instellingen → Termijnen")),
                 qPrintable(empty->text()));
    QVERIFY(fill->isVisible());
    fill->click();
    QTRY_VERIFY(window->findChildren<SettingsDialog *>().size() >= 1);
    SettingsDialog *deadlines = nullptr;
    for (SettingsDialog *dialog : window->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            deadlines = dialog;
    }
    QVERIFY(deadlines);
    QCOMPARE(deadlines->currentTab(), SettingsDialog::Tab::Deadlines);
    deadlines->reject();

    // Ctrl+1..Ctrl+6 switch sections, and the navigation list follows.
    auto *navigation = child<QListWidget>(window, "navigation");
    const char *names[]
        = { "05-main-requests-nl",  "05-main-disclosures-nl", "05-main-retention-nl",
            "05-main-registers-nl", "05-main-dashboards-nl",  "05-main-breaches-nl" };
    for (int i = MainWindow::sectionCount - 1; i >= 0; --i) {
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(int(window->currentSection()), i);
        QCOMPARE(navigation->currentRow(), i);
        QVERIFY(window->sectionAction(MainWindow::Section(i))->isChecked());
        // Each section shows its own page; only the dashboards are an empty state.
        switch (MainWindow::Section(i)) {
        case MainWindow::Section::Requests:
            QVERIFY(window->caseListPage() && window->caseListPage()->isVisible());
            break;
        case MainWindow::Section::Disclosures:
            QCOMPARE(window->sectionPage(MainWindow::Section(i)),
                     static_cast<QWidget *>(window->disclosuresPage()));
            break;
        case MainWindow::Section::Retention:
            QCOMPARE(window->sectionPage(MainWindow::Section(i)),
                     static_cast<QWidget *>(window->retentionPage()));
            break;
        case MainWindow::Section::Registers:
            QCOMPARE(window->sectionPage(MainWindow::Section(i)),
                     static_cast<QWidget *>(window->processingRegisterPage()));
            break;
        case MainWindow::Section::Dashboards:
            QCOMPARE(window->sectionPage(MainWindow::Section(i)),
                     static_cast<QWidget *>(window->dashboardsPage()));
            break;
        case MainWindow::Section::Breaches:
            QCOMPARE(window->sectionPage(MainWindow::Section(i)),
                     static_cast<QWidget *>(window->breachesPage()));
            break;
        }
        QVERIFY(window->sectionPage(MainWindow::Section(i))->isVisible());
        shot(window, names[i]);
    }
    // The list itself is keyboard navigable.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window->currentSection(), MainWindow::Section::Disclosures);

    // Ctrl+L: the window and the store go, the unlock dialog comes back.
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(app.mainWindow() == nullptr);
    QVERIFY(app.store() == nullptr);
    unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
    QVERIFY(unlock && unlock->isVisible());
    QCOMPARE(QDir(unlock->directory()).absolutePath(), QDir(dir).absolutePath());
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    // The store is released on lock: it opens again, and the last section is restored.
    child<PasswordLineEdit>(unlock, "password")->setText(strongPassword);
    child<QPushButton>(unlock, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
    QCOMPARE(app.mainWindow()->currentSection(), MainWindow::Section::Disclosures);

    // Ctrl+Q asks to quit; the store is closed first.
    QVERIFY(activate(app.mainWindow()));
    QTest::keyClick(app.mainWindow(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_COMPARE(quit.count(), 1);
    QVERIFY(app.store() == nullptr);
}

void TestGuiStartup::languageSwitch()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    auto store = makeStore(dir, QStringLiteral("anna"), strongPassword);
    QVERIFY(store);
    {
        MainWindow window(Session { *store });
        QVERIFY(activate(&window));
        window.setCurrentSection(MainWindow::Section::Requests);
        // The list's own empty state (the detail beside it has one too).
        auto *title = window.caseListPage()->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QVERIFY(title && title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Nog geen verzoeken"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Bestand"));

        // LanguageChange reaches the widgets as posted events.
        window.languageAction(UiLanguage::English)->trigger();
        QTRY_COMPARE(title->text(), QStringLiteral("No requests yet"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QVERIFY(window.languageAction(UiLanguage::English)->isChecked());
        shot(&window, "07-main-requests-en");

        window.languageAction(UiLanguage::Dutch)->trigger();
        QTRY_COMPARE(title->text(), QStringLiteral("Nog geen verzoeken"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
    }
    QSettings().remove(QStringLiteral("ui/language"));
}

// Opening builds the requests; the registers and dashboards are built the first time
// they are shown (in the language of that moment), and a drill-down from the dashboards builds
// the section it leads to.
void TestGuiStartup::sectionsAreBuiltWhenFirstShown()
{
    QTemporaryDir tmp;
    auto store
        = makeStore(tmp.filePath(QStringLiteral("kluis")), QStringLiteral("anna"), strongPassword);
    QVERIFY(store);
    QSettings().remove(QStringLiteral("mainWindow/section")); // the desk opens on the requests
    MainWindow window(Session { *store });
    QVERIFY(activate(&window));
    QCOMPARE(window.currentSection(), MainWindow::Section::Requests);
    for (const auto section : { MainWindow::Section::Disclosures, MainWindow::Section::Retention,
                                MainWindow::Section::Registers, MainWindow::Section::Dashboards,
                                MainWindow::Section::Breaches })
        QVERIFY(!window.isSectionBuilt(section));
    QVERIFY(window.findChildren<DashboardsPage *>().isEmpty());

    window.languageAction(UiLanguage::English)->trigger();
    window.setCurrentSection(MainWindow::Section::Disclosures);
    QVERIFY(window.isSectionBuilt(MainWindow::Section::Disclosures));
    QCOMPARE(window.currentSection(), MainWindow::Section::Disclosures);
    QCOMPARE(window.sectionPage(MainWindow::Section::Disclosures), window.disclosuresPage());
    QVERIFY(window.disclosuresPage()->isVisible());
    auto *add = window.disclosuresPage()->findChild<QPushButton *>(QStringLiteral("newDisclosure"));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("&New disclosure…"));
    QVERIFY(!window.isSectionBuilt(MainWindow::Section::Dashboards));

    // Shown once, built once: going back and forth keeps the same page.
    QPointer<QWidget> disclosures = window.disclosuresPage();
    window.setCurrentSection(MainWindow::Section::Requests);
    window.setCurrentSection(MainWindow::Section::Disclosures);
    QCOMPARE(window.disclosuresPage(), disclosures.data());
    QCOMPARE(window.findChildren<DisclosuresPage *>().size(), 1);

    // The stack keeps one page per section, in the navigation's order.
    window.setCurrentSection(MainWindow::Section::Dashboards);
    QCOMPARE(window.currentSection(), MainWindow::Section::Dashboards);
    QVERIFY(window.dashboardsPage()->isVisible());
    QVERIFY(!window.isSectionBuilt(MainWindow::Section::Retention));
    QCOMPARE(window.retentionPage(), window.sectionPage(MainWindow::Section::Retention));
    QCOMPARE(window.currentSection(), MainWindow::Section::Dashboards);
    QVERIFY(window.dashboardsPage()->isVisible());
    window.languageAction(UiLanguage::Dutch)->trigger();
}

void TestGuiStartup::welcomeAndDemo()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("leeg"));
    QSettings().remove(QStringLiteral("store/lastPath"));
    Application app;
    app.setKdfParams(KdfParams::minimum());
    app.start({ dir, false });
    auto *welcome = qobject_cast<WelcomeDialog *>(app.currentDialog());
    QVERIFY(welcome);
    QVERIFY(activate(welcome));
    shot(welcome, "01-welcome-nl");

    // Create, then cancel: back to the welcome screen.
    welcome->button(WelcomeDialog::CreateStore)->click();
    auto *create = qobject_cast<CreateStoreDialog *>(app.currentDialog());
    QVERIFY(create && create->isVisible());
    QCOMPARE(create->directory(), QDir::cleanPath(dir));
    child<QPushButton>(create, "cancelButton")->click();
    welcome = qobject_cast<WelcomeDialog *>(app.currentDialog());
    QVERIFY(welcome && welcome->isVisible());

    // The demo: created on first use, marked in the title and with a banner in words.
    welcome->button(WelcomeDialog::OpenDemo)->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
    MainWindow *window = app.mainWindow();
    QVERIFY(window->isDemo());
    QVERIFY(app.store()->isDemo());
    QCOMPARE(app.store()->userName(), QStringLiteral("demo"));
    QCOMPARE(app.store()->info().organisationName,
             QStringLiteral("Woningstichting Voorbeeld (demo)"));
    QVERIFY(window->windowTitle().startsWith(u"DEMO — fictieve gegevens"));
    auto *banner = window->findChild<DemoBanner *>();
    QVERIFY(banner);
    QVERIFY(activate(window));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"fictieve gegevens"));
    window->setCurrentSection(MainWindow::Section::Requests);
    // The demo's requests are listed (the banner says they are fictitious).
    QVERIFY(window->caseListPage()->view()->isVisible());
    QVERIFY(window->caseListPage()->model()->rowCount() > 0);
    // The demo's officer has a name to sign its letters with.
    const auto demoUser = UserService(*app.store(), Session { *app.store() })
                              .find(QString::fromLatin1(Application::demoUserName));
    QVERIFY(demoUser);
    QCOMPARE(demoUser->displayName, QString::fromLatin1(DemoData::userDisplayName));
    shot(window, "06-demo-nl");
    // The demo never becomes "the last store".
    QVERIFY(!QSettings().contains(QStringLiteral("store/lastPath")));

    // Locked, the demo's unlock screen is marked too, and the demo opens again.
    window->lockAction()->trigger();
    QTRY_VERIFY(app.mainWindow() == nullptr);
    auto *unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
    QVERIFY(unlock);
    QVERIFY(activate(unlock));
    QVERIFY(unlock->findChild<DemoBanner *>()->isVisible());
    shot(unlock, "08-unlock-demo-nl");
    child<PasswordLineEdit>(unlock, "password")
        ->setText(QString::fromLatin1(Application::demoPassword));
    child<QPushButton>(unlock, "unlockButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
    QVERIFY(app.mainWindow()->isDemo());
}

// Each choice of the Welkom screen looks different with the keyboard on it, the default
// (Nieuwe kluis) as much as another.
void TestGuiStartup::welcomeShowsTheKeyboard()
{
    WelcomeDialog welcome;
    QVERIFY(activate(&welcome));
    const QList<WelcomeDialog::Choice> choices { WelcomeDialog::CreateStore,
                                                 WelcomeDialog::OpenDemo };
    QList<QImage> unfocused;
    welcome.button(WelcomeDialog::OpenExisting)->setFocus(Qt::TabFocusReason);
    for (const WelcomeDialog::Choice choice : choices)
        unfocused << welcome.button(choice)->grab().toImage();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        QCommandLinkButton *button = welcome.button(choices.at(i));
        button->setFocus(Qt::TabFocusReason);
        QVERIFY(button->hasFocus());
        QVERIFY2(button->grab().toImage() != unfocused.at(i), qPrintable(button->text()));
    }
    shot(&welcome, "01-welcome-focus-demo");
}

void TestGuiStartup::recoveryKeySheet()
{
    RecoveryKeySheet sheet;
    sheet.recoveryKey = QStringLiteral("7K3QF-ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC");
    sheet.storeId = QUuid::createUuid();
    sheet.organisationName = QStringLiteral("Woonstichting <Proef>");
    sheet.created = pd::test::systemNow();
    const QString html = sheet.html();
    QVERIFY(html.contains(u"7K3QF-ABCDE-FGHJK-MNPQR-<br>STVWX-YZ012-34567-89ABC"));
    QVERIFY(html.contains(sheet.storeId.toString(QUuid::WithoutBraces)));
    QVERIFY(html.contains(u"Woonstichting &lt;Proef&gt;"));
    QVERIFY(html.contains(u"wie de sleutel heeft, kan de kluis openen"));
    QCOMPARE(RecoveryKeySheet::groupedForDisplay(QStringLiteral("kort")), QStringLiteral("kort"));
}

void TestGuiStartup::commandLine()
{
    const QString exe = QStringLiteral("privacydesk");
    auto parsed = CommandLine::parse({ exe, QStringLiteral("--store"), QStringLiteral("/srv/kluis"),
                                       QStringLiteral("--demo"), QStringLiteral("--lang"),
                                       QStringLiteral("en") });
    QVERIFY(parsed);
    QCOMPARE(parsed->storeDirectory, QStringLiteral("/srv/kluis"));
    QVERIFY(parsed->demo);
    QCOMPARE(parsed->language, std::optional<UiLanguage>(UiLanguage::English));

    QCOMPARE(CommandLine::peekLanguage({ exe, QStringLiteral("--lang=nl") }),
             std::optional<UiLanguage>(UiLanguage::Dutch));
    QCOMPARE(CommandLine::peekLanguage({ exe, QStringLiteral("--lang"), QStringLiteral("en") }),
             std::optional<UiLanguage>(UiLanguage::English));
    QCOMPARE(CommandLine::peekLanguage({ exe, QStringLiteral("--demo") }), std::nullopt);
    QVERIFY(!CommandLine::parse({ exe, QStringLiteral("--lang"), QStringLiteral("fr") }));
    // A stray argument (a password, say) is refused rather than ignored.
    QVERIFY(!CommandLine::parse({ exe, QStringLiteral("geheim-wachtwoord") }));
}

void TestGuiStartup::rolesShapeTheDesk()
{
    // The desk offers what the role may; the services refuse the rest regardless.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    {
        auto store = makeStore(dir, QStringLiteral("anna"), strongPassword);
        QVERIFY(store);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY2(users.add(QStringLiteral("kees"), QStringLiteral("Kees"), Role::Kcc,
                           SecureBytes::fromUtf8(strongPassword), &error),
                 qPrintable(error.message));
        QVERIFY2(users.add(QStringLiteral("ali"), QStringLiteral("Ali"), Role::Auditor,
                           SecureBytes::fromUtf8(strongPassword), &error),
                 qPrintable(error.message));
        QVERIFY2(users.add(QStringLiteral("fien"), QStringLiteral("Fien"), Role::Functionaris,
                           SecureBytes::fromUtf8(strongPassword), &error),
                 qPrintable(error.message));
    }
    struct Expect
    {
        const char *login;
        bool registers, intake, newRequest, import, settings;
        const char *roleText;
    };
    const Expect expectations[] = {
        { "anna", true, true, true, true, true, "beheerder" },
        { "fien", true, true, true, true, false, "functionaris" },
        { "kees", false, true, false, false, false, "KCC" },
        { "ali", true, false, false, false, false, "auditor" },
    };
    for (const Expect &expect : expectations) {
        StoreError error;
        auto store = Store::open(dir, QLatin1StringView(expect.login),
                                 SecureBytes::fromUtf8(strongPassword), &error);
        QVERIFY2(store, qPrintable(error.detail()));
        {
            MainWindow window(Session { *store });
            for (int i = 1; i < MainWindow::sectionCount; ++i) {
                const auto section = MainWindow::Section(i);
                // A KCC employee reports data breaches (and sees their own reports).
                const bool available = expect.registers
                    || (section == MainWindow::Section::Breaches && expect.intake);
                QCOMPARE(window.isSectionAvailable(section), available);
                QCOMPARE(window.sectionAction(section)->isVisible(), available);
                QCOMPARE(window.sectionAction(section)->isEnabled(), available);
                window.setCurrentSection(section);
                QCOMPARE(window.currentSection() == section, available);
                window.setCurrentSection(MainWindow::Section::Requests);
            }
            if (!expect.registers) {
                // Not built at all: nothing to refuse, no user.denied events from opening.
                QVERIFY(window.disclosuresPage() == nullptr);
                QVERIFY(window.dashboardsPage() == nullptr);
            }
            QCOMPARE(window.intakeAction()->isVisible(), expect.intake);
            // The officer's intake (any channel, any date): KCC keeps the phone intake only.
            QCOMPARE(window.newRequestAction()->isVisible(), expect.newRequest);
            QCOMPARE(window.newRequestAction()->isEnabled(), expect.newRequest);
            QCOMPARE(window.importAction()->isVisible(), expect.import);
            QCOMPARE(window.importAction()->isEnabled(), expect.import);
            QCOMPARE(window.settingsAction()->isVisible(), expect.settings);
            QVERIFY2(child<QLabel>(&window, "userLabel")
                         ->text()
                         .contains(QLatin1StringView(expect.roleText), Qt::CaseInsensitive),
                     qPrintable(child<QLabel>(&window, "userLabel")->text()));
        }
        // Opening the desk as any role refused nothing.
        QSqlQuery denied(store->database());
        QVERIFY(denied.exec(
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.denied'")));
        QVERIFY(denied.next());
        QCOMPARE(denied.value(0).toInt(), 0);
    }
}

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
