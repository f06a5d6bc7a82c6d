// The user management dialog offscreen on real stores (minimum Argon2id cost): a user added
// through the form is listed and opens the store with its password; Enter on a row resets a
// password; Del removes a user after the confirmation (the row goes, the key slot too) also while
// the main window reads the same store; removing yourself or the last administrator shows the
// service's refusal and asks nothing; a privacy officer sees the list read-only and may change
// only their own password; renewing the recovery key shows the new key once, and only the new
// key opens the store afterwards.
//
// PRIVACYDESK_SHOTS=dir saves PNGs of the dialogs (with PRIVACYDESK_TR_JSON=file.json also the
// Dutch texts that are not yet in the .ts files).

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseListPage.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/NewPasswordFields.h"
#include "users/RecoveryKeyDialog.h"
#include "users/UserDialogs.h"
#include "users/UserListModel.h"
#include "users/UserManagementDialog.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QString bakker = u"a.bakker"_s;
const QString bakkerPassword = u"Lantaarn-Portiek-Zeven"_s;
const QString newPassword = u"Zeven-Bruggen-Verder"_s;

bool opens(const QString &dir, const QString &user, const QString &password)
{
    StoreError error;
    return Store::open(dir, user, pw(password), &error) != nullptr;
}

} // namespace

class TestUserManagement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheUsers();
    void addUserThroughTheForm();
    void addFormExplainsWhatIsMissing();
    void enterResetsAPassword();
    void deleteRemovesAfterConfirmation();
    void removeWhileTheDeskIsOpen();
    void refusesToRemoveYourself();
    void refusesToRemoveTheLastAdministrator();
    void readOnlyForAPrivacyOfficer();
    void changeOwnPassword();
    void renewRecoveryKeyShowsItOnce();
    void removedUsersAndLongNames();
    void screenshots();

private:
    QString storeDir() const { return m_dir->filePath(u"kluis"_s); }
    void addBakker(Role role = Role::Functionaris);
    void shoot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_recoveryKey;
};

void TestUserManagement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Privacydesk"_s);
    QApplication::setApplicationName(u"Privacydesk"_s);
    QSettings().clear();
    QVERIFY(initSodium());
}

void TestUserManagement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createTestStore(storeDir(), &m_recoveryKey, u"Woonstichting Proef"_s);
    QVERIFY(m_store);
}

void TestUserManagement::cleanup()
{
    m_store.reset();
    wipe(m_recoveryKey);
    m_dir.reset();
}

void TestUserManagement::addBakker(Role role)
{
    UserError error;
    QVERIFY2(UserService(*m_store, Session { *m_store })
                 .add(bakker, u"Anna Bakker"_s, role, pw(bakkerPassword), &error),
             qPrintable(error.message));
}

void TestUserManagement::shoot(QWidget *widget, const QString &name)
{
    QVERIFY(saveShot(widget, test::shotsDir(), u"users-"_s + name));
}

void TestUserManagement::listsTheUsers()
{
    addBakker();
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QVERIFY(!dialog.isReadOnly());
    UserListModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 2);
    const int self = model->rowOf(testUser);
    const int other = model->rowOf(bakker);
    QVERIFY(self >= 0 && other >= 0);
    QCOMPARE(model->index(other, UserListModel::NameColumn).data().toString(), u"Anna Bakker"_s);
    QCOMPARE(model->index(other, UserListModel::LoginColumn).data().toString(), bakker);
    QCOMPARE(model->index(other, UserListModel::RoleColumn).data().toString(),
             UserService::roleName(Role::Functionaris));
    QVERIFY(!model->index(other, UserListModel::SinceColumn).data().toString().isEmpty());
    // The acting user is marked, and is selected when the dialog opens.
    QVERIFY(model->index(self, UserListModel::NameColumn).data().toString().endsWith(u"(you)"_s));
    QCOMPARE(dialog.selectedLogin(), testUser);
    // Your own row: no reset (that is "change my password"), but every beheerder button.
    QVERIFY(!child<QPushButton>(&dialog, u"resetButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"addButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"recoveryKeyButton"_s)->isEnabled());
    QVERIFY(dialog.selectLogin(bakker));
    QVERIFY(child<QPushButton>(&dialog, u"resetButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"removeButton"_s)->isEnabled());
}

void TestUserManagement::addUserThroughTheForm()
{
    {
        UserManagementDialog dialog(*m_store, Session { *m_store });
        dialog.show();
        QSignalSpy changed(&dialog, &UserManagementDialog::usersChanged);
        child<QPushButton>(&dialog, u"addButton"_s)->click();
        auto *form = child<AddUserDialog>(&dialog, u"addUserDialog"_s);
        QVERIFY(form);
        child<QLineEdit>(form, u"displayName"_s)->setText(u"Karin Smit"_s);
        child<QLineEdit>(form, u"login"_s)->setText(u"K.Smit"_s);
        auto *role = child<QComboBox>(form, u"role"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Kcc)));
        QCOMPARE(child<QLabel>(form, u"roleExplanation"_s)->text(),
                 UserListModel::roleExplanation(Role::Kcc));
        child<QLineEdit>(form, u"newPassword"_s)->setText(newPassword);
        child<QLineEdit>(form, u"repeatPassword"_s)->setText(newPassword);
        QCOMPARE(form->invalidReason(), QString());
        child<QPushButton>(form, u"actionButton"_s)->click();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!dialog.findChild<AddUserDialog *>());
        // Listed under the normalised login, selected, with the Done message.
        QCOMPARE(dialog.selectedLogin(), u"k.smit"_s);
        QVERIFY(dialog.message().contains(u"k.smit"_s));
        // The password fields were wiped before the key slot was written.
        const auto account = UserService(*m_store, Session { *m_store }).find(u"k.smit"_s);
        QVERIFY(account && account->isActive());
        QCOMPARE(account->role, Role::Kcc);
        QCOMPARE(account->displayName, u"Karin Smit"_s);
    }
    m_store.reset();
    StoreError error;
    auto asSmit = Store::open(storeDir(), u"k.smit"_s, pw(newPassword), &error);
    QVERIFY2(asSmit, qPrintable(error.detail()));
    QCOMPARE(Session(*asSmit).role(), std::optional<Role>(Role::Kcc));
}

void TestUserManagement::addFormExplainsWhatIsMissing()
{
    addBakker();
    AddUserDialog form(*m_store, Session { *m_store, systemClock() });
    auto *login = child<QLineEdit>(&form, u"login"_s);
    auto *password = child<QLineEdit>(&form, u"newPassword"_s);
    auto *repeat = child<QLineEdit>(&form, u"repeatPassword"_s);
    auto *add = child<QPushButton>(&form, u"actionButton"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY(form.invalidReason().contains(u"user name"_s));
    login->setText(u"jan de vries"_s);
    QVERIFY(form.invalidReason().contains(u"no spaces"_s));
    login->setText(u"A.Bakker"_s); // an active user already
    QVERIFY(form.invalidReason().contains(u"a.bakker"_s));
    login->setText(u"p.devos"_s);
    password->setText(u"kort"_s);
    QVERIFY(form.invalidReason().contains(QString::number(UserService::minimumPasswordLength)));
    password->setText(newPassword);
    QVERIFY(form.invalidReason().contains(u"Repeat"_s));
    repeat->setText(newPassword + u"!"_s);
    QVERIFY(form.invalidReason().contains(u"not the same"_s));
    QVERIFY(!add->isEnabled());
    repeat->setText(newPassword);
    QVERIFY(add->isEnabled());
}

void TestUserManagement::enterResetsAPassword()
{
    addBakker();
    {
        UserManagementDialog dialog(*m_store, Session { *m_store });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectLogin(bakker));
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_Return);
        auto *form = dialog.findChild<ResetPasswordDialog *>(u"resetPasswordDialog"_s);
        QVERIFY(form);
        QVERIFY(child<QLabel>(form, u"intro"_s)->text().contains(u"Anna Bakker"_s));
        child<QLineEdit>(form, u"newPassword"_s)->setText(newPassword);
        child<QLineEdit>(form, u"repeatPassword"_s)->setText(newPassword);
        child<QPushButton>(form, u"actionButton"_s)->click();
        QTRY_VERIFY(!dialog.findChild<ResetPasswordDialog *>());
        QVERIFY(dialog.message().contains(bakker));
        // Enter did not close the management dialog.
        QVERIFY(dialog.isVisible());
    }
    m_store.reset();
    QVERIFY(opens(storeDir(), bakker, newPassword));
    QVERIFY(!opens(storeDir(), bakker, bakkerPassword));
}

void TestUserManagement::deleteRemovesAfterConfirmation()
{
    addBakker();
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectLogin(bakker));
    dialog.view()->setFocus();
    QTest::keyClick(dialog.view(), Qt::Key_Delete);
    auto *box = dialog.findChild<QMessageBox *>(u"confirmRemove"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"re-encrypted"_s));
    // Cancel keeps the user.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"confirmRemove"_s));
    QVERIFY(m_store->hasKeySlot(bakker));

    QSignalSpy changed(&dialog, &UserManagementDialog::usersChanged);
    dialog.removeSelected();
    box = dialog.findChild<QMessageBox *>(u"confirmRemove"_s);
    QVERIFY(box);
    QAbstractButton *remove = destructiveButton(box);
    QVERIFY(remove);
    remove->click();
    QVERIFY(dialog.isBusy()); // the busy line is up before the rekey starts
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.model()->rowOf(bakker), -1);
    QVERIFY(!m_store->hasKeySlot(bakker));
    QVERIFY(dialog.message().contains(u"new key"_s));
}

void TestUserManagement::removeWhileTheDeskIsOpen()
{
    // The desk's views read the same store on the same connection: the rekey must work under
    // them, and they must keep working after it.
    addBakker();
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    UserManagementDialog dialog(*m_store, Session { *m_store }, &window);
    dialog.show();
    QVERIFY(dialog.selectLogin(bakker));
    dialog.removeSelected();
    auto *box = dialog.findChild<QMessageBox *>(u"confirmRemove"_s);
    QVERIFY(box);
    QSignalSpy changed(&dialog, &UserManagementDialog::usersChanged);
    destructiveButton(box)->click();
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY2(!m_store->hasKeySlot(bakker), qPrintable(dialog.message()));
    window.caseListPage()->refresh();
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
    dialog.close();
    window.close();
    m_store.reset();
    // Under the new key: the remaining user opens it, the removed one no longer.
    QVERIFY(opens(storeDir(), testUser, testPassword));
    QVERIFY(!opens(storeDir(), bakker, bakkerPassword));
}

void TestUserManagement::refusesToRemoveYourself()
{
    addBakker(Role::Beheerder);
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QVERIFY(dialog.selectLogin(testUser));
    child<QPushButton>(&dialog, u"removeButton"_s)->click();
    // No "are you sure": the service's refusal right away.
    QVERIFY(!dialog.findChild<QMessageBox *>(u"confirmRemove"_s));
    QCOMPARE(dialog.message(),
             UserService::tr("You cannot remove yourself; ask another "
                             "administrator."));
    QVERIFY(m_store->hasKeySlot(testUser));
    QVERIFY(UserService(*m_store, Session { *m_store }).find(testUser)->isActive());
}

void TestUserManagement::refusesToRemoveTheLastAdministrator()
{
    m_store.reset();
    StoreError error;
    m_store = Store::openWithRecoveryKey(storeDir(), m_recoveryKey, &error);
    QVERIFY2(m_store, qPrintable(error.detail()));
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QVERIFY(!dialog.isReadOnly());
    // With the recovery key there is no "my password".
    QVERIFY(!child<QPushButton>(&dialog, u"ownPasswordButton"_s)->isEnabled());
    QVERIFY(dialog.selectLogin(testUser));
    dialog.removeSelected();
    QVERIFY(!dialog.findChild<QMessageBox *>(u"confirmRemove"_s));
    QVERIFY2(dialog.message().contains(u"last administrator"_s), qPrintable(dialog.message()));
    QVERIFY(m_store->hasKeySlot(testUser));
}

void TestUserManagement::readOnlyForAPrivacyOfficer()
{
    addBakker(Role::Functionaris);
    m_store.reset();
    StoreError error;
    m_store = Store::open(storeDir(), bakker, pw(bakkerPassword), &error);
    QVERIFY(m_store);
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QVERIFY(dialog.isReadOnly());
    QVERIFY(child<QLabel>(&dialog, u"readOnlyNote"_s)->isVisible());
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(dialog.selectLogin(testUser));
    for (const QString &name :
         { u"addButton"_s, u"resetButton"_s, u"removeButton"_s, u"recoveryKeyButton"_s })
        QVERIFY2(!child<QPushButton>(&dialog, name)->isEnabled()
                     && !child<QPushButton>(&dialog, name)->isVisible(),
                 qPrintable(name));
    QVERIFY(child<QPushButton>(&dialog, u"ownPasswordButton"_s)->isEnabled());
    // The keys do nothing either.
    dialog.view()->setFocus();
    QTest::keyClick(dialog.view(), Qt::Key_Delete);
    QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!dialog.findChild<QMessageBox *>());
    QVERIFY(!dialog.findChild<AddUserDialog *>());
    QVERIFY(m_store->hasKeySlot(testUser));
}

void TestUserManagement::changeOwnPassword()
{
    addBakker(Role::Auditor);
    m_store.reset();
    StoreError error;
    m_store = Store::open(storeDir(), bakker, pw(bakkerPassword), &error);
    QVERIFY(m_store);
    {
        UserManagementDialog dialog(*m_store, Session { *m_store });
        dialog.show();
        child<QPushButton>(&dialog, u"ownPasswordButton"_s)->click();
        auto *form = dialog.findChild<ChangePasswordDialog *>(u"changePasswordDialog"_s);
        QVERIFY(form);
        auto *current = child<QLineEdit>(form, u"currentPassword"_s);
        current->setText(u"niet-het-wachtwoord"_s);
        child<QLineEdit>(form, u"newPassword"_s)->setText(newPassword);
        child<QLineEdit>(form, u"repeatPassword"_s)->setText(newPassword);
        child<QPushButton>(form, u"actionButton"_s)->click();
        QTRY_VERIFY(!form->isBusy());
        QVERIFY(form->isVisible());
        QVERIFY2(form->errorMessage().contains(u"current password"_s),
                 qPrintable(form->errorMessage()));
        // The fields were wiped: type again, now right.
        QVERIFY(current->text().isEmpty());
        current->setText(bakkerPassword);
        child<QLineEdit>(form, u"newPassword"_s)->setText(newPassword);
        child<QLineEdit>(form, u"repeatPassword"_s)->setText(newPassword);
        child<QPushButton>(form, u"actionButton"_s)->click();
        QTRY_VERIFY(!dialog.findChild<ChangePasswordDialog *>());
        QVERIFY(dialog.message().contains(u"changed"_s));
    }
    m_store.reset();
    QVERIFY(opens(storeDir(), bakker, newPassword));
    QVERIFY(opens(storeDir(), testUser, testPassword)); // only that slot changed
}

void TestUserManagement::renewRecoveryKeyShowsItOnce()
{
    QString shown;
    {
        UserManagementDialog dialog(*m_store, Session { *m_store });
        dialog.show();
        child<QPushButton>(&dialog, u"recoveryKeyButton"_s)->click();
        auto *box = dialog.findChild<QMessageBox *>(u"confirmRecoveryKey"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"stops working"_s));
        destructiveButton(box)->click();
        RecoveryKeyDialog *sheet = nullptr;
        QTRY_VERIFY((sheet = dialog.findChild<RecoveryKeyDialog *>(u"recoveryKeyDialog"_s)));
        shown = sheet->shownKey();
        QVERIFY(!shown.isEmpty());
        // Escape does not lose the key unseen; only after "kept" can it close.
        sheet->reject();
        QVERIFY(sheet->isVisible());
        QVERIFY(!child<QPushButton>(sheet, u"doneButton"_s)->isEnabled());
        child<QCheckBox>(sheet, u"keptCheck"_s)->setChecked(true);
        child<QPushButton>(sheet, u"doneButton"_s)->click();
        QTRY_VERIFY(!dialog.findChild<RecoveryKeyDialog *>());
    }
    m_store.reset();
    StoreError error;
    const QString key = QString(shown).remove(u'\n');
    QVERIFY2(Store::openWithRecoveryKey(storeDir(), key, &error), qPrintable(error.detail()));
    QVERIFY(!Store::openWithRecoveryKey(storeDir(), m_recoveryKey, &error));
}

void TestUserManagement::removedUsersAndLongNames()
{
    const QString longName
        = u"Maria Louisa Wilhelmina van Oldenbarnevelt-Tjarda van Starkenborgh Stachouwer"_s;
    UserError error;
    QVERIFY(UserService(*m_store, Session { *m_store })
                .add(u"m.vanoldenbarnevelt"_s, longName, Role::Auditor, pw(newPassword), &error));
    addBakker();
    QVERIFY(UserService(*m_store, Session { *m_store }).remove(bakker, &error));
    UserManagementDialog dialog(*m_store, Session { *m_store });
    dialog.show();
    QCOMPARE(dialog.model()->rowOf(bakker), -1);
    QVERIFY(dialog.view()->isColumnHidden(UserListModel::RemovedColumn));
    child<QCheckBox>(&dialog, u"showRemoved"_s)->setChecked(true);
    const int row = dialog.model()->rowOf(bakker);
    QVERIFY(row >= 0);
    QVERIFY(!dialog.view()->isColumnHidden(UserListModel::RemovedColumn));
    QCOMPARE(dialog.model()->index(row, 0).data(UserListModel::ActiveRole).toBool(), false);
    QVERIFY(!dialog.model()->index(row, UserListModel::RemovedColumn).data().toString().isEmpty());
    QVERIFY(dialog.model()->index(row, 0).data(Qt::ForegroundRole).isValid()); // greyed
    // A removed user is not reset or removed again (the slot is gone already).
    QVERIFY(dialog.selectLogin(bakker));
    QVERIFY(!child<QPushButton>(&dialog, u"resetButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, u"removeButton"_s)->isEnabled());
    // A long name is elided in the table and whole in the tooltip.
    const int longRow = dialog.model()->rowOf(u"m.vanoldenbarnevelt"_s);
    QVERIFY(dialog.model()
                ->index(longRow, UserListModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(longName));
}

void TestUserManagement::screenshots()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    JsonTranslator extra(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!extra.isEmpty())
        QApplication::installTranslator(&extra);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));

    UserError error;
    UserService users(*m_store, Session { *m_store });
    QVERIFY(users.add(u"m.vanoldenbarnevelt"_s,
                      u"Maria Louisa Wilhelmina van Oldenbarnevelt-Tjarda van Starkenborgh"_s,
                      Role::Auditor, pw(newPassword), &error));
    QVERIFY(users.add(u"f.elamrani"_s, u"Fatima El Amrani"_s, Role::Kcc, pw(newPassword), &error));
    QVERIFY(
        users.add(u"p.dejong"_s, u"Pieter de Jong"_s, Role::Beheerder, pw(newPassword), &error));
    addBakker();
    QVERIFY(users.remove(u"f.elamrani"_s, &error));

    {
        UserManagementDialog dialog(*m_store, Session { *m_store });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"1-list"_s);
        child<QCheckBox>(&dialog, u"showRemoved"_s)->setChecked(true);
        dialog.selectLogin(u"f.elamrani"_s);
        shoot(&dialog, u"2-with-removed"_s);

        child<QPushButton>(&dialog, u"addButton"_s)->click();
        auto *form = dialog.findChild<AddUserDialog *>();
        QVERIFY(form);
        child<QLineEdit>(form, u"displayName"_s)->setText(u"Karin Smit"_s);
        child<QLineEdit>(form, u"login"_s)->setText(u"k.smit"_s);
        child<QLineEdit>(form, u"newPassword"_s)->setText(u"welkom2024"_s);
        shoot(form, u"3-add"_s);
        form->reject();

        dialog.selectLogin(bakker);
        dialog.removeSelected();
        auto *box = dialog.findChild<QMessageBox *>(u"confirmRemove"_s);
        QVERIFY(box);
        shoot(box, u"4-confirm-remove"_s);
        box->button(QMessageBox::Cancel)->click();

        dialog.selectLogin(testUser);
        dialog.removeSelected();
        shoot(&dialog, u"5-refuse-self"_s);

        dialog.selectLogin(bakker);
        dialog.resetPassword();
        auto *reset = dialog.findChild<ResetPasswordDialog *>();
        QVERIFY(reset);
        shoot(reset, u"6-reset"_s);
        reset->reject();

        dialog.changeOwnPassword();
        auto *change = dialog.findChild<ChangePasswordDialog *>();
        QVERIFY(change);
        shoot(change, u"7-change-own"_s);
        change->reject();

        dialog.regenerateRecoveryKey();
        box = dialog.findChild<QMessageBox *>(u"confirmRecoveryKey"_s);
        QVERIFY(box);
        shoot(box, u"8-confirm-recovery"_s);
        box->button(QMessageBox::Cancel)->click();

        RecoveryKeyDialog sheet(u"ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"_s,
                                m_store->info().storeId, u"Woonstichting Proef"_s);
        sheet.show();
        shoot(&sheet, u"9-recovery-key"_s);
        sheet.done(QDialog::Rejected);
    }

    // What a privacy officer sees.
    m_store.reset();
    StoreError openError;
    m_store = Store::open(storeDir(), bakker, pw(bakkerPassword), &openError);
    QVERIFY(m_store);
    UserManagementDialog readOnly(*m_store, Session { *m_store });
    readOnly.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readOnly));
    shoot(&readOnly, u"10-read-only"_s);
    readOnly.close();

    if (!extra.isEmpty())
        QApplication::removeTranslator(&extra);
    QVERIFY(installTranslations(UiLanguage::English));
}

QTEST_MAIN(TestUserManagement)
#include "tst_usermanagement.moc"
