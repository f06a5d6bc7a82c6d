// The desk's Send by e-mail… (LetterMailDialog) against a private Postfix into a private Dovecot,
// in Dutch: the address on record filled in, another address only after the tick, the letter
// sent on a worker thread and recorded only once the server took it, which the dialog says; a
// refused recipient is said and nothing is recorded as sent. Screenshots with
// PRIVACYDESK_SHOTS_DIR.

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/LetterMailDialog.h"
#include "letters/Letters.h"
#include "mail/MailMessage.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

class TestLetterMailGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendsToTheAddressOnRecord();
    void anotherAddressNeedsTheTickAndARefusalIsSaid();

private:
    Session session() const { return Session { *m_store, m_clock }; }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MailServers> m_servers;
    SmtpServer *m_smtp = nullptr;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
    std::optional<Case> m_case;
    Letter m_letter;
};

void TestLetterMailGui::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QString why;
    if (!SmtpServer::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestLetterMailGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_servers = std::make_unique<MailServers>();
    QString error;
    QVERIFY2(m_servers->start(m_dir->path(), &error), qPrintable(error));
    m_smtp = &m_servers->smtp();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    DocumentFixture fixture(*m_store);
    fixture.at(QDate(2026, 4, 1));
    QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
    ServiceError failed;
    QVERIFY2(MailboxService(session()).setAccount(
                 m_servers->account(MailboxAccount::Submission::Tls), &failed),
             qPrintable(failed.message));
    NewCase request = DocumentFixture::newCase(u"Jan Jansen"_s, u"K-2002"_s,
                                               { RequestType::Inzage }, QDate(2026, 4, 1));
    request.person.email = u"jan.jansen@mail.example"_s;
    m_case = CaseService(session()).add(request, BsnCheck::Refuse, &failed);
    QVERIFY2(m_case, qPrintable(failed.message));
    const auto letter = LetterService(session()).generate(
        m_case->number, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, &failed);
    QVERIFY2(letter, qPrintable(failed.message));
    m_letter = *letter;
}

void TestLetterMailGui::cleanup()
{
    m_store.reset();
    m_servers.reset();
    m_dir.reset();
}

void TestLetterMailGui::sendsToTheAddressOnRecord()
{
    LetterMailDialog dialog(session(), *m_case, m_letter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.addressField()->text(), u"jan.jansen@mail.example"_s);
    QVERIFY(!dialog.confirmBox()->isVisible());
    QVERIFY(dialog.sendButton()->isEnabled());
    shot(&dialog, "letter-mail-ready");
    QTest::keyClick(dialog.sendButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.running() && !dialog.status()->text().endsWith(u"…"_s), 30000);
    QVERIFY2(dialog.wasSent(), qPrintable(dialog.status()->text()));
    QVERIFY2(dialog.status()->text().contains(u"Verstuurd aan jan.jansen@mail.example"_s),
             qPrintable(dialog.status()->text()));
    QVERIFY(!dialog.sendButton()->isEnabled());
    shot(&dialog, "letter-mail-sent");
    ServiceError error;
    QVERIFY(LetterService(session()).letters(m_case->number, &error).first().isSent());
    QString why;
    QVERIFY2(m_smtp->waitForDelivery(1, 20000, &why), qPrintable(why));
    const auto read = MailMessage::parse(m_smtp->delivered().first().message);
    QVERIFY(read && read->subject.contains(m_case->number));
}

void TestLetterMailGui::anotherAddressNeedsTheTickAndARefusalIsSaid()
{
    LetterMailDialog dialog(session(), *m_case, m_letter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addressField()->setText(QString::fromLatin1(SmtpServer::refusedRecipient));
    QVERIFY(dialog.confirmBox()->isVisible());
    QVERIFY(!dialog.sendButton()->isEnabled());
    dialog.confirmBox()->setChecked(true);
    QVERIFY(dialog.sendButton()->isEnabled());
    shot(&dialog, "letter-mail-other-address");
    QVERIFY(dialog.send());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.running() && !dialog.status()->text().endsWith(u"…"_s), 30000);
    QVERIFY(!dialog.wasSent());
    QVERIFY2(dialog.status()->text().contains(u"weigert het bericht"_s),
             qPrintable(dialog.status()->text()));
    shot(&dialog, "letter-mail-refused");
    ServiceError error;
    QVERIFY(!LetterService(session()).letters(m_case->number, &error).first().isSent());
}

QTEST_MAIN(TestLetterMailGui)
#include "tst_lettermailgui.moc"
