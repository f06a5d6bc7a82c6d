// Bestand → Postvak… against a private Dovecot. The window lists the waiting messages
// (read on a worker thread), "Registreren…" opens the officer's intake with the message as its
// original; cancelling leaves the message in the folder, saving registers it and moves it;
// "Afwijzen…" asks the reason; an unreachable server is said in the window; a message a desk
// left moved but unregistered (it stopped halfway) is put back when the window opens, and said.

#include "Dovecot.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "intake/NewRequestDialog.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxService.h"
#include "mailbox/MailboxWindow.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using namespace pd::test;

class TestMailboxWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void fileMenuOffersTheMailbox();
    void registerCancelAndSave();
    void dismissAsksTheReason();
    void unreachableServerIsSaid();
    void interruptedTakeIsPutBackWhenOpened();

private:
    std::unique_ptr<MailboxWindow> openWindow();
    int count(const QString &folder) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
};

void TestMailboxWindow::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::English));
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestMailboxWindow::cleanupTestCase()
{
    QSettings().clear();
}

void TestMailboxWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    QString why;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &why), qPrintable(why));
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    ServiceError error;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(m_dovecot->account(), &error),
             qPrintable(error.message));
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    QVERIFY2(m_dovecot->deliver(mailMessage(u"Nieuwsbrief"_s, u"info@shop.example"_s,
                                            u"Aanbieding"_s, u"Wed, 01 Apr 2026 09:00:00 +0200"_s,
                                            u"reclame-1@shop.example"_s, u"Koop nu."_s),
                                &why),
             qPrintable(why));
}

void TestMailboxWindow::cleanup()
{
    m_store.reset();
    m_dovecot.reset();
    m_dir.reset();
}

std::unique_ptr<MailboxWindow> TestMailboxWindow::openWindow()
{
    auto window = std::make_unique<MailboxWindow>(Session { *m_store, m_clock });
    window->show();
    if (!QTest::qWaitFor([&] { return !window->busy(); }, 20000))
        qWarning("the mailbox window is still reading the folder");
    return window;
}

int TestMailboxWindow::count(const QString &folder) const
{
    ImapClient client(m_dovecot->account());
    QString why;
    const auto listed = client.list(folder, &why);
    return listed ? int(listed->size()) : -1;
}

void TestMailboxWindow::fileMenuOffersTheMailbox()
{
    MainWindow main(Session { *m_store });
    QAction *action = main.mailboxAction();
    QVERIFY(action);
    QVERIFY(action->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(main.menuBar()->actions().first()->menu()->actions().contains(action));
    QCOMPARE(action->text(), u"&Mailbox…"_s);
}

void TestMailboxWindow::registerCancelAndSave()
{
    const auto window = openWindow();
    QCOMPARE(window->messageCount(), 2);
    auto *list = child<QTreeWidget>(window.get(), "mailboxList");
    QCOMPARE(list->topLevelItem(0)->text(1), u"Jan Jansen <jan.jansen@mail.example>"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Inzageverzoek"_s);
    shot(window.get(), "mailbox-window");

    // Registreren… opens the intake filled from the message; cancelling leaves it waiting.
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(window.get(), "registerMessage")->click();
    NewRequestDialog *intake = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((intake = window->findChild<NewRequestDialog *>()) != nullptr, 20000);
    QCOMPARE(intake->files().size(), 1);
    QVERIFY(intake->files().first().content.contains("Subject: Inzageverzoek"));
    intake->done(QDialog::Rejected);
    QTRY_VERIFY(window->findChild<NewRequestDialog *>() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!window->busy(), 20000);
    QCOMPARE(count(u"INBOX"_s), 2);

    // Again, and saved: registered once, moved to Geregistreerd.
    QSignalSpy created(window.get(), &MailboxWindow::caseCreated);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(window.get(), "registerMessage")->click();
    QTRY_VERIFY_WITH_TIMEOUT((intake = window->findChild<NewRequestDialog *>()) != nullptr, 20000);
    QTRY_VERIFY(child<QCheckBox>(intake, "newPerson")->isChecked());
    child<QCheckBox>(intake, "type-inzage")->setChecked(true);
    intake->save();
    QCOMPARE(created.size(), 1);
    const QString number = created.first().first().toString();
    const std::optional<Case> c = CaseService(Session { *m_store, m_clock }).find(number);
    QVERIFY(c);
    QCOMPARE(c->receivedDate, QDate(2026, 4, 1));
    QCOMPARE(c->person.name, u"Jan Jansen"_s);
    QCOMPARE(c->attachmentCount, 1);
    QCOMPARE(count(u"INBOX"_s), 1);
    QCOMPARE(count(u"Geregistreerd"_s), 1);
    // "Nieuw verzoek" on the result page starts an ordinary request: saving it takes no message.
    intake->startNew();
    QVERIFY(intake->files().isEmpty());
    auto *channel = child<QComboBox>(intake, "channel");
    channel->setCurrentIndex(channel->findData(static_cast<int>(Channel::Telefoon)));
    child<QLineEdit>(intake, "search")->setText(u"Piet Bakker"_s);
    QTRY_VERIFY(child<QCheckBox>(intake, "newPerson")->isEnabled());
    child<QCheckBox>(intake, "newPerson")->setChecked(true);
    child<QLineEdit>(intake, "name")->setText(u"Piet Bakker"_s);
    child<QCheckBox>(intake, "type-inzage")->setChecked(true);
    intake->save();
    QCOMPARE(created.size(), 2);
    QCOMPARE(count(u"Geregistreerd"_s), 1);
    intake->done(QDialog::Accepted);
    QTRY_VERIFY_WITH_TIMEOUT(!window->busy() && window->messageCount() == 1, 20000);
    // The mailbox's password is in the store only: not in the desk's settings (its home).
    QVERIFY(filesContaining(QDir::homePath(), Dovecot::password).isEmpty());
}

void TestMailboxWindow::dismissAsksTheReason()
{
    const auto window = openWindow();
    auto *list = child<QTreeWidget>(window.get(), "mailboxList");
    list->setCurrentItem(list->topLevelItem(1));
    // The question for the reason, answered when it shows.
    bool asked = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *input = qobject_cast<QInputDialog *>(w); input && input->isVisible()) {
                asked = true;
                input->setTextValue(u"Reclame, geen verzoek"_s);
                input->accept();
            }
        }
    });
    answer.start(50);
    child<QPushButton>(window.get(), "dismissMessage")->click();
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->busy() && window->messageCount() == 1, 20000);
    QVERIFY2(window->statusMessage().contains(u"Geen verzoek"_s),
             qPrintable(window->statusMessage()));
    QCOMPARE(count(u"Geen verzoek"_s), 1);
}

void TestMailboxWindow::unreachableServerIsSaid()
{
    m_dovecot->stop();
    const auto window = openWindow();
    QCOMPARE(window->messageCount(), 0);
    QVERIFY2(window->statusMessage().contains(u"cannot be reached"_s),
             qPrintable(window->statusMessage()));
    QVERIFY(!child<QPushButton>(window.get(), "registerMessage")->isEnabled());
}

void TestMailboxWindow::interruptedTakeIsPutBackWhenOpened()
{
    const MailboxAccount account = m_dovecot->account();
    QString why;
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY2(waiting && waiting->size() == 2, qPrintable(why));
    {
        // A desk that stops between the move and the registration.
        MailboxService stopped(Session { *m_store, m_clock });
        stopped.setAfterMove([] { return false; });
        NewCase request;
        request.types << RequestType::Inzage;
        ServiceError error;
        QVERIFY(!stopped.take(account, waiting->first().uid, inzageverzoek(), request,
                              BsnCheck::Refuse, &error));
    }
    QCOMPARE(count(u"Geregistreerd"_s), 1);
    QCOMPARE(count(u"INBOX"_s), 1);
    const auto window = openWindow();
    QCOMPARE(window->messageCount(), 2);
    QVERIFY2(window->statusMessage().contains(u"put back in the folder INBOX"_s),
             qPrintable(window->statusMessage()));
    QCOMPARE(count(u"Geregistreerd"_s), 0);
}

QTEST_MAIN(TestMailboxWindow)
#include "tst_mailboxwindow.moc"
