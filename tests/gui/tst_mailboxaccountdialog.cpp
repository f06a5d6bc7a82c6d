// The privacy mailbox's account set in the desk (Postvak → Account…), against a private
// Dovecot, in Dutch. A beheerder fills in and saves an account that then works (the window lists
// a delivered message); the secret is never shown back and an empty one keeps the stored one;
// "Verbinding testen" refuses a wrong password and an untrusted certificate with the Dutch
// reason, and saving signs in first: nothing is saved unless "Toch opslaan" is confirmed; a
// validation error keeps the dialog open; a functionaris is not offered the dialog. Sending
// answers is set in it too, signed in to a private Postfix before it is saved.

#include "Dovecot.h"
#include "GuiTestSupport.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxAccountDialog.h"
#include "mailbox/MailboxService.h"
#include "mailbox/MailboxWindow.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using namespace pd::test;

namespace {

const QString officer = u"f.visser"_s;
const QString officerPassword = u"functionaris-wachtwoord-2026"_s;

} // namespace

class TestMailboxAccountDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void beheerderSetsUpAnAccountThatWorks();
    void secretIsNeverShownAndEmptyKeepsIt();
    void sendingIsSetAndSignedInBeforeSaving();
    void wrongPasswordIsRefusedAndSavedOnlyWhenConfirmed();
    void untrustedCertificateIsRefusedAndNothingSaved();
    void validationErrorsKeepTheDialogOpen();
    void securityMovesTheDefaultPort();
    void functionarisIsNotOffered();

private:
    std::unique_ptr<MailboxAccountDialog> openDialog();
    // Fills the form for the private Dovecot, trusting caFile.
    void fill(MailboxAccountDialog *dialog, const QByteArray &password, const QString &caFile);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    std::optional<MailboxAccount> stored() const;
    // The confirmation "Toch opslaan" once it shows; null after 20 s.
    QMessageBox *confirmation(QWidget *dialog) const;
    bool folderExists(const QString &folder) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
};

void TestMailboxAccountDialog::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestMailboxAccountDialog::cleanupTestCase()
{
    QSettings().clear();
}

void TestMailboxAccountDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    QString why;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &why), qPrintable(why));
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
}

void TestMailboxAccountDialog::cleanup()
{
    m_store.reset();
    m_dovecot.reset();
    m_dir.reset();
}

std::unique_ptr<MailboxAccountDialog> TestMailboxAccountDialog::openDialog()
{
    auto dialog = std::make_unique<MailboxAccountDialog>(Session { *m_store, m_clock });
    dialog->show();
    return dialog;
}

void TestMailboxAccountDialog::fill(MailboxAccountDialog *dialog, const QByteArray &password,
                                    const QString &caFile)
{
    child<QLineEdit>(dialog, "mailboxServer")->setText(u"127.0.0.1"_s);
    auto *security = child<QComboBox>(dialog, "mailboxSecurity");
    security->setCurrentIndex(security->findData(int(MailboxAccount::Security::Imaps)));
    child<QSpinBox>(dialog, "mailboxPort")->setValue(m_dovecot->imapsPort());
    child<QLineEdit>(dialog, "mailboxLogin")->setText(QString::fromLatin1(Dovecot::login));
    child<QLineEdit>(dialog, "mailboxSecret")->setText(QString::fromLatin1(password));
    if (!caFile.isEmpty())
        QVERIFY2(dialog->chooseCaFile(caFile), qPrintable(dialog->message()));
}

QString TestMailboxAccountDialog::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

std::optional<MailboxAccount> TestMailboxAccountDialog::stored() const
{
    ServiceError error;
    return MailboxService(Session { *m_store, m_clock }).account(&error);
}

QMessageBox *TestMailboxAccountDialog::confirmation(QWidget *dialog) const
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = dialog->findChild<QMessageBox *>(u"confirmSaveUnchecked"_s);
            return box && box->isVisible();
        },
        20000);
    return shown ? box : nullptr;
}

bool TestMailboxAccountDialog::folderExists(const QString &folder) const
{
    ImapClient client(m_dovecot->account());
    QString why;
    return client.list(folder, &why).has_value();
}

void TestMailboxAccountDialog::beheerderSetsUpAnAccountThatWorks()
{
    MailboxWindow window(Session { *m_store, m_clock });
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
    // No account yet: the beheerder's window says so and offers the dialog.
    QVERIFY2(window.statusMessage().contains(u"Stel het in met ‘Account…’"_s),
             qPrintable(window.statusMessage()));
    auto *button = child<QPushButton>(&window, "mailboxAccount");
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(button->isDefault());
    QCOMPARE(button->text(), u"A&ccount…"_s);
    QVERIFY(!folderExists(u"Geregistreerd"_s));

    button->click();
    MailboxAccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<MailboxAccountDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Account van het privacypostvak"_s);
    // A new account: the folders' defaults, no secret to keep.
    QCOMPARE(child<QLineEdit>(dialog, "mailboxFolder")->text(), u"INBOX"_s);
    QCOMPARE(child<QLineEdit>(dialog, "mailboxDoneFolder")->text(), u"Geregistreerd"_s);
    QCOMPARE(child<QLineEdit>(dialog, "mailboxDismissFolder")->text(), u"Geen verzoek"_s);
    QVERIFY(child<QLineEdit>(dialog, "mailboxSecret")->placeholderText().isEmpty());
    fill(dialog, Dovecot::password, writeFile(u"ca.pem"_s, m_dovecot->caPem()));
    QVERIFY2(child<QWidget>(dialog, "mailboxCaState")
                 ->property("text")
                 .toString()
                 .contains(u"ca.pem wordt vertrouwd"_s),
             qPrintable(child<QWidget>(dialog, "mailboxCaState")->property("text").toString()));
    shot(dialog, "mailbox-account-new");

    // Verbinding testen: signs in on a worker thread and says what it did, in Dutch.
    QSignalSpy checked(dialog, &MailboxAccountDialog::checked);
    child<QPushButton>(dialog, "mailboxTest")->click();
    QVERIFY(dialog->busy());
    QVERIFY(!child<QPushButton>(dialog, "mailboxSave")->isEnabled());
    QVERIFY(checked.wait(20000));
    QVERIFY(!dialog->busy());
    QVERIFY2(dialog->message().startsWith(u"De verbinding werkt"_s), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(u"Geregistreerd en Geen verzoek staan op de server"_s),
             qPrintable(dialog->message()));
    QVERIFY(folderExists(u"Geregistreerd"_s));
    QVERIFY(!stored()); // testing saves nothing

    // Opslaan: signs in again and saves; the window reads the folder with the new account.
    child<QPushButton>(dialog, "mailboxSave")->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<MailboxAccountDialog *>() == nullptr, 20000);
    const std::optional<MailboxAccount> account = stored();
    QVERIFY(account);
    QCOMPARE(account->server, u"127.0.0.1"_s);
    QCOMPARE(account->port, m_dovecot->imapsPort());
    QCOMPARE(account->login, QString::fromLatin1(Dovecot::login));
    QCOMPARE(account->secret, QByteArray(Dovecot::password));
    QCOMPARE(account->caPem, m_dovecot->caPem());
    QCOMPARE(account->auth, MailboxAccount::Auth::Password);
    QTRY_VERIFY_WITH_TIMEOUT(!window.busy() && window.messageCount() == 1, 20000);
    QVERIFY2(window.statusMessage().contains(u"opgeslagen"_s), qPrintable(window.statusMessage()));
    QVERIFY(!button->isDefault());
    // The mailbox's password is in the store only: not in the desk's settings (its home).
    QVERIFY(filesContaining(QDir::homePath(), Dovecot::password).isEmpty());
}

void TestMailboxAccountDialog::secretIsNeverShownAndEmptyKeepsIt()
{
    ServiceError error;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(m_dovecot->account(), &error),
             qPrintable(error.message));
    const auto dialog = openDialog();
    QCOMPARE(child<QLineEdit>(dialog.get(), "mailboxServer")->text(), u"127.0.0.1"_s);
    QCOMPARE(child<QSpinBox>(dialog.get(), "mailboxPort")->value(), m_dovecot->imapsPort());
    QCOMPARE(child<QLineEdit>(dialog.get(), "mailboxLogin")->text(),
             QString::fromLatin1(Dovecot::login));
    auto *secret = child<QLineEdit>(dialog.get(), "mailboxSecret");
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->placeholderText(), u"Leeg laten: het opgeslagen wachtwoord blijft"_s);
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY2(!edit->text().contains(QLatin1StringView(Dovecot::password)),
                 qPrintable(edit->objectName()));
    QVERIFY2(
        child<QWidget>(dialog.get(), "mailboxCaState")
            ->property("text")
            .toString()
            .contains(u"opgeslagen"_s),
        qPrintable(child<QWidget>(dialog.get(), "mailboxCaState")->property("text").toString()));
    shot(dialog.get(), "mailbox-account-stored");

    // The test signs in with the stored password.
    QSignalSpy checked(dialog.get(), &MailboxAccountDialog::checked);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->message().startsWith(u"De verbinding werkt"_s), qPrintable(dialog->message()));

    // Another done folder, the secret left empty: saved, the password kept, the folder made.
    child<QLineEdit>(dialog.get(), "mailboxDoneFolder")->setText(u"Verzoeken"_s);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    QVERIFY(accepted.wait(20000));
    const std::optional<MailboxAccount> account = stored();
    QVERIFY(account);
    QCOMPARE(account->doneFolder, u"Verzoeken"_s);
    QCOMPARE(account->secret, QByteArray(Dovecot::password));
    QCOMPARE(account->caPem, m_dovecot->caPem());
    QVERIFY(folderExists(u"Verzoeken"_s));
    QVERIFY(!account->sends());

    // Another sign-in kind does not keep a password as its token: the field is needed.
    const auto again = openDialog();
    auto *auth = child<QComboBox>(again.get(), "mailboxAuth");
    auth->setCurrentIndex(auth->findData(int(MailboxAccount::Auth::XOAuth2)));
    QVERIFY(child<QLineEdit>(again.get(), "mailboxSecret")->placeholderText().isEmpty());
    child<QPushButton>(again.get(), "mailboxSave")->click();
    QVERIFY(again->isVisible());
    QVERIFY(!again->busy());
    QCOMPARE(again->message(), u"Geef het OAuth2-toegangstoken van het postvak."_s);
    QCOMPARE(stored()->auth, MailboxAccount::Auth::Password);
}

// Sending answers is set in the dialog against a private Postfix: ticked without a server it is
// refused; the test and the save sign in to the SMTP server too, so a port where none listens is
// said and a working one saved; the dialog shows what is stored, and unticked saves it off.
void TestMailboxAccountDialog::sendingIsSetAndSignedInBeforeSaving()
{
    MailServers servers;
    QString why;
    QVERIFY2(servers.start(m_dir->filePath(u"servers"_s), &why), qPrintable(why));
    MailboxAccount imapOnly = servers.account();
    imapOnly.smtpServer.clear();
    imapOnly.smtpPort = 587;
    ServiceError error;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(imapOnly, &error),
             qPrintable(error.message));
    const auto dialog = openDialog();
    auto *sending = child<QGroupBox>(dialog.get(), "mailboxSending");
    QVERIFY(!sending->isChecked());
    sending->setChecked(true);
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"server voor versturen"_s), qPrintable(dialog->message()));
    // Microsoft 365 keeps its own copy in Sent: typing its server ticks that; another unticks it.
    auto *smtpServer = child<QLineEdit>(dialog.get(), "mailboxSmtpServer");
    auto *serverCopy = child<QCheckBox>(dialog.get(), "mailboxServerCopy");
    QTest::keyClicks(smtpServer, u"smtp.office365.com"_s);
    QVERIFY(serverCopy->isChecked());
    smtpServer->clear();
    QTest::keyClicks(smtpServer, u"127.0.0.1"_s);
    QVERIFY(!serverCopy->isChecked());
    auto *submission = child<QComboBox>(dialog.get(), "mailboxSubmission");
    submission->setCurrentIndex(submission->findData(int(MailboxAccount::Submission::Tls)));
    auto *port = child<QSpinBox>(dialog.get(), "mailboxSmtpPort");
    QCOMPARE(port->value(), 465);
    port->setValue(1); // nothing listens there
    QSignalSpy checked(dialog.get(), &MailboxAccountDialog::checked);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(30000));
    QVERIFY2(!dialog->message().startsWith(u"De verbinding werkt"_s),
             qPrintable(dialog->message()));
    port->setValue(servers.smtp().smtpsPort());
    child<QLineEdit>(dialog.get(), "mailboxSentFolder")->setText(u"Verzonden"_s);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(30000));
    QVERIFY2(dialog->message().contains(u"om te versturen lukt ook"_s),
             qPrintable(dialog->message()));
    shot(dialog.get(), "mailbox-account-sending");
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    QVERIFY(accepted.wait(30000));
    std::optional<MailboxAccount> account = stored();
    QVERIFY(account && account->sends());
    QCOMPARE(account->smtpServer, u"127.0.0.1"_s);
    QCOMPARE(account->smtpPort, servers.smtp().smtpsPort());
    QCOMPARE(account->submission, MailboxAccount::Submission::Tls);
    QCOMPARE(account->sentFolder, u"Verzonden"_s);
    QCOMPARE(account->sentCopy, MailboxAccount::SentCopy::Privacydesk);

    // Shown as stored; unticked, it is saved off.
    const auto again = openDialog();
    auto *shown = child<QGroupBox>(again.get(), "mailboxSending");
    QVERIFY(shown->isChecked());
    QCOMPARE(child<QSpinBox>(again.get(), "mailboxSmtpPort")->value(), servers.smtp().smtpsPort());
    shown->setChecked(false);
    QSignalSpy acceptedAgain(again.get(), &QDialog::accepted);
    child<QPushButton>(again.get(), "mailboxSave")->click();
    QVERIFY(acceptedAgain.wait(30000));
    account = stored();
    QVERIFY(account && !account->sends());
}

void TestMailboxAccountDialog::wrongPasswordIsRefusedAndSavedOnlyWhenConfirmed()
{
    ServiceError error;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(m_dovecot->account(), &error),
             qPrintable(error.message));
    const auto dialog = openDialog();
    child<QLineEdit>(dialog.get(), "mailboxSecret")->setText(u"verkeerd"_s);
    QSignalSpy checked(dialog.get(), &MailboxAccountDialog::checked);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->message().contains(u"weigert de aanmelding van privacy@woonstad.example"_s),
             qPrintable(dialog->message()));
    QCOMPARE(stored()->secret, QByteArray(Dovecot::password));

    // Opslaan signs in first: refused, it asks; cancelled, nothing is saved and the dialog stays.
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    QMessageBox *box = confirmation(dialog.get());
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"weigert de aanmelding"_s),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"Toch opslaan?"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    shot(box, "mailbox-account-save-anyway");
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(dialog->findChild<QMessageBox *>() == nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"weigert de aanmelding"_s), qPrintable(dialog->message()));
    QCOMPARE(stored()->secret, QByteArray(Dovecot::password));

    // Confirmed: saved without the check, as the CLI's --no-check.
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    box = confirmation(dialog.get());
    QVERIFY(box);
    auto *anyway = child<QPushButton>(box, "saveAnyway");
    QCOMPARE(anyway->text(), u"&Toch opslaan"_s);
    anyway->click();
    QVERIFY(accepted.count() == 1 || accepted.wait(5000));
    QCOMPARE(stored()->secret, QByteArray("verkeerd"));
}

void TestMailboxAccountDialog::untrustedCertificateIsRefusedAndNothingSaved()
{
    const auto dialog = openDialog();
    fill(dialog.get(), Dovecot::password, writeFile(u"andere-ca.pem"_s, m_dovecot->otherCaPem()));
    QSignalSpy checked(dialog.get(), &MailboxAccountDialog::checked);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->message().contains(u"toont geen certificaat dat te vertrouwen is"_s),
             qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains(u"er is niets verstuurd"_s));

    // Without a CA of its own, the system's authorities do not know the test's either.
    auto *clear = child<QPushButton>(dialog.get(), "mailboxCaClear");
    QVERIFY(clear->isEnabled());
    clear->click();
    QVERIFY(!clear->isEnabled());
    QVERIFY(child<QWidget>(dialog.get(), "mailboxCaState")
                ->property("text")
                .toString()
                .startsWith(u"Geen eigen CA"_s));
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->message().contains(u"toont geen certificaat dat te vertrouwen is"_s),
             qPrintable(dialog->message()));

    // Saving asks; cancelled, there is still no account and the folders were not made.
    child<QPushButton>(dialog.get(), "mailboxSave")->click();
    QMessageBox *box = confirmation(dialog.get());
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(dialog->findChild<QMessageBox *>() == nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(!stored());
    QVERIFY(!folderExists(u"Geregistreerd"_s));

    // A file that is no certificate is refused when chosen.
    QVERIFY(!dialog->chooseCaFile(writeFile(u"geen.pem"_s, "geen certificaat\n")));
    QVERIFY2(dialog->message().contains(u"geen.pem is geen PEM-certificaat"_s),
             qPrintable(dialog->message()));
    QVERIFY(!clear->isEnabled());
}

void TestMailboxAccountDialog::validationErrorsKeepTheDialogOpen()
{
    const auto dialog = openDialog();
    auto *save = child<QPushButton>(dialog.get(), "mailboxSave");
    // Nothing filled in.
    save->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->busy());
    QCOMPARE(dialog->message(),
             u"Vul de naam van de mailserver in, bijvoorbeeld outlook.office365.com."_s);
    // No password for a new account.
    fill(dialog.get(), QByteArray(), QString());
    save->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->message(), u"Geef het wachtwoord van het postvak."_s);
    // The same folder for new and registered messages.
    child<QLineEdit>(dialog.get(), "mailboxSecret")
        ->setText(QString::fromLatin1(Dovecot::password));
    child<QLineEdit>(dialog.get(), "mailboxDoneFolder")->setText(u"INBOX"_s);
    save->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().startsWith(u"Kies voor geregistreerde en afgewezen berichten"_s),
             qPrintable(dialog->message()));
    // "Verbinding testen" validates the same way, and asks no server.
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(!dialog->busy());
    QVERIFY(dialog->message().startsWith(u"Kies voor geregistreerde en afgewezen berichten"_s));
    QTest::qWait(200);
    QVERIFY(dialog->isVisible());
    QVERIFY(!stored());
}

void TestMailboxAccountDialog::securityMovesTheDefaultPort()
{
    const auto dialog = openDialog();
    auto *security = child<QComboBox>(dialog.get(), "mailboxSecurity");
    auto *port = child<QSpinBox>(dialog.get(), "mailboxPort");
    QCOMPARE(port->value(), 993);
    security->setCurrentIndex(security->findData(int(MailboxAccount::Security::StartTls)));
    QCOMPARE(port->value(), 143);
    security->setCurrentIndex(security->findData(int(MailboxAccount::Security::Imaps)));
    QCOMPARE(port->value(), 993);
    // A port of one's own stays.
    port->setValue(m_dovecot->starttlsPort());
    security->setCurrentIndex(security->findData(int(MailboxAccount::Security::StartTls)));
    QCOMPARE(port->value(), m_dovecot->starttlsPort());

    // STARTTLS on its port works from the dialog too.
    fill(dialog.get(), Dovecot::password, writeFile(u"ca.pem"_s, m_dovecot->caPem()));
    security->setCurrentIndex(security->findData(int(MailboxAccount::Security::StartTls)));
    port->setValue(m_dovecot->starttlsPort());
    QSignalSpy checked(dialog.get(), &MailboxAccountDialog::checked);
    child<QPushButton>(dialog.get(), "mailboxTest")->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->message().startsWith(u"De verbinding werkt"_s), qPrintable(dialog->message()));
}

void TestMailboxAccountDialog::functionarisIsNotOffered()
{
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(officer, u"F. Visser"_s, Role::Functionaris,
                     SecureBytes::fromUtf8(officerPassword), &userError));
    // A store folder is open in one place at a time.
    if (testBackend() == Backend::Folder)
        m_store.reset();
    const std::unique_ptr<Store> store
        = openServiceStoreAs(m_dir->filePath(u"kluis"_s), officer, officerPassword);
    QVERIFY(store);
    {
        // No account: the functionaris's window says who sets it up, and offers no dialog.
        MailboxWindow window(Session { *store, m_clock });
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 20000);
        QVERIFY2(
            window.statusMessage().contains(
                u"een beheerder doet dat in Postvak met ‘Account…’, of met privacydesk-cli mailbox "
                "account set"_s),
            qPrintable(window.statusMessage()));
        auto *button = child<QPushButton>(&window, "mailboxAccount");
        QVERIFY(!button->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->isDefault());
    }
    {
        // Made anyway (it is not offered), the dialog refuses: nothing to fill in or save.
        MailboxAccountDialog dialog(Session { *store, m_clock });
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, "mailboxServer")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "mailboxSave")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "mailboxTest")->isEnabled());
        QVERIFY2(dialog.message().contains(
                     u"Uw rol (Functionaris gegevensbescherming) staat dit niet toe"_s),
                 qPrintable(dialog.message()));
        dialog.accept();
        QVERIFY(dialog.isVisible());
    }
    ServiceError error;
    QVERIFY(!MailboxService(Session { *store, m_clock }).account(&error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

QTEST_MAIN(TestMailboxAccountDialog)
#include "tst_mailboxaccountdialog.moc"
