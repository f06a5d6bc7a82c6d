// The inzage answered from where the data live, in the desk, on both backends: the request's
// person searched across the corporation's systems from the search window (every answer checked
// against the VERA specification by Prism, one system not offering its domain), the report made
// with the export wizard for the request (its section per system), the request decided, and the
// decision sent from the letter's e-mail window with the report attached through a private
// Postfix: the tenant receives the report the wizard wrote, byte for byte.

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "cases/CaseService.h"
#include "cases/LetterMailDialog.h"
#include "cases/VeraSearchDialog.h"
#include "documents/PersonExportWizard.h"
#include "letters/Letters.h"
#include "mail/MailMessage.h"
#include "mailbox/MailboxService.h"
#include "retention/HoldsAtClose.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"
#include "vera/VeraService.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using namespace pd::test;

class TestVeraAnswerGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fromTheSystemsToTheTenantsInbox();

private:
    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::unique_ptr<MailServers> m_servers;
    std::unique_ptr<Store> m_store;
};

void TestVeraAnswerGui::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    PD_REQUIRE_PDFTOTEXT();
    QString why;
    if (!SmtpServer::available(&why) || !VeraFixture::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
    m_servers = std::make_unique<MailServers>();
    QVERIFY(QDir().mkpath(m_tmp.filePath(u"mail"_s)));
    QVERIFY2(m_servers->start(m_tmp.filePath(u"mail"_s), &why), qPrintable(why));
    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestVeraAnswerGui::cleanup()
{
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestVeraAnswerGui::fromTheSystemsToTheTenantsInbox()
{
    const Session session { *m_store };
    ServiceError error;
    DocumentFixture fixture(*m_store);
    QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
    QVERIFY2(MailboxService(session).setAccount(m_servers->account(MailboxAccount::Submission::Tls),
                                                &error),
             qPrintable(error.message));
    VeraService vera(session);
    for (const VeraSystem &s :
         { m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s),
           m_fixture.apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier),
           m_fixture.apiKeySystem(u"Woonmatch"_s, u"woonruimteverdeling"_s,
                                  VeraDomain::Woonruimteverdeling),
           m_fixture.apiKeySystem(u"Enquêtes"_s, u"niet"_s, VeraDomain::Kwaliteit) })
        QVERIFY2(vera.addSystem(s, &error), qPrintable(error.message));
    NewCase request = DocumentFixture::newCase(u"Anna de Vries"_s, u"K1001"_s,
                                               { RequestType::Inzage }, systemToday().addDays(-2));
    request.person.email = u"anna.devries@mail.example"_s;
    const auto added = fixture.addCase(request);
    QVERIFY2(added, qPrintable(fixture.error()));
    const QString number = added->number;

    // The search window.
    VeraSearchDialog search(session, number);
    QSignalSpy recorded(&search, &VeraSearchDialog::recorded);
    search.show();
    QVERIFY(search.start());
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 60000);
    QVERIFY2(search.status()->text().contains(u"Vastgelegd bij het verzoek"_s),
             qPrintable(search.status()->text()));

    // The report, made for the request with the export wizard; what may be others' is kept.
    const QString pdf = m_tmp.filePath(u"inzageoverzicht.pdf"_s);
    PersonExportWizard wizard(session, added->person.id, nullptr, number);
    wizard.setOutputs(pdf, QString());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::ReviewPageId));
    if (auto *keepAll = wizard.findChild<QPushButton *>(u"exportKeepAll"_s); keepAll)
        keepAll->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    const QString text = DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    for (const QString &expected : { u"Uw gegevens in onze andere systemen"_s, u"Woonmatch: 251"_s,
                                     u"Enquêtes: kon niet automatisch worden doorzocht"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text.left(3000)));

    // Decided; the decision sent from its e-mail window with the report.
    CaseService cases(session);
    QVERIFY2(HoldsClosing(session).completeRequest(cases, number,
                                                   completion(Outcome::Toegewezen, systemToday(),
                                                              u"email"_s, {}, {}, knownDataSubject),
                                                   HoldsAtClose {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto letter
        = LetterService(session).generate(number, LetterKind::Besluit, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const auto decided = cases.find(number, &error);
    QVERIFY2(decided, qPrintable(error.message));
    LetterMailDialog mail(session, *decided, *letter);
    mail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mail));
    QVERIFY(mail.setAnswerFiles({ pdf }));
    shot(&mail, "vera-answer-mail");
    QVERIFY(mail.send());
    QTRY_VERIFY_WITH_TIMEOUT(!mail.running() && !mail.status()->text().endsWith(u"…"_s), 30000);
    QVERIFY2(mail.wasSent(), qPrintable(mail.status()->text()));
    QString why;
    QVERIFY2(m_servers->smtp().waitForDelivery(1, 20000, &why), qPrintable(why));
    const auto received = MailMessage::parse(m_servers->smtp().delivered().first().message);
    QVERIFY(received);
    QFile original(pdf);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(received->attachments.size(), 2);
    QCOMPARE(received->attachments.at(1).fileName, u"inzageoverzicht.pdf"_s);
    QCOMPARE(received->attachments.at(1).content, original.readAll());
}

QTEST_MAIN(TestVeraAnswerGui)
#include "tst_veraanswergui.moc"
