// "Letters to everyone concerned…" in the breach window, offscreen on a real store: the run with
// its progress and result, the PDF for the post with a letter to each linked person, and a
// second run that asks to go on and gives no one a second letter.
#include "BreachDocumentFixture.h"
#include "BreachPeople.h"
#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "MailServers.h"
#include "TestSupport.h"
#include "breaches/BreachLetterRunDialog.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "cases/MailRetry.h"
#include "letters/BreachLetterRun.h"
#include "letters/BreachLetters.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

// Runs answer on the next modal dialog of type T once it shows (the dialogs are exec()'d).
template<typename T> void whenShown(QObject *context, std::function<void(T *)> answer)
{
    QTimer::singleShot(0, context, [answer] {
        T *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&dialog] {
            dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            return dialog != nullptr;
        });
        if (!shown || !dialog) {
            qWarning("no dialog of the expected kind opened");
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        answer(dialog);
    });
}

// A store of its own with the fixture's breach, its privacy mailbox sending through a private
// Postfix, and one person with an e-mail address linked: what the e-mail runs need.
struct MailingBreach
{
    std::unique_ptr<Store> store;
    std::unique_ptr<test::BreachDocumentFixture> fixture;
    test::MailServers servers;
    QString number;

    Session session() const { return Session { *store, fixture->clock() }; }
    // Empty, or why not.
    QString start(const QString &folder, const test::ImportedPerson &person)
    {
        QString why;
        if (!test::SmtpServer::available(&why))
            return why + u" (packaging/install-deps.sh installs it)"_s;
        if (!QDir().mkpath(folder))
            return u"no folder "_s + folder;
        store = test::createTestStore(folder + u"/kluis"_s);
        if (!store)
            return u"no store"_s;
        fixture = std::make_unique<test::BreachDocumentFixture>(*store);
        number = fixture->breach();
        if (number.isEmpty())
            return fixture->error();
        ServiceError error;
        if (!servers.start(folder + u"/servers"_s, &why)
            || !MailboxService(session()).setAccount(servers.account(), &error))
            return why + error.message;
        return test::importAndLink(session(), number, { person }, &why) ? QString() : why;
    }
};

} // namespace

class TestBreachLetterRunGui final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lettersToEveryone();
    void cancelSaysWhatStays();
    void byEmailWhereTheMailboxSends();
    void aNoticeFailedForNowGoesFromTheDeskAfterAll();

private:
    QTemporaryDir m_tmp;
};

void TestBreachLetterRunGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
}

void TestBreachLetterRunGui::lettersToEveryone()
{
    PD_REQUIRE_PDFTOTEXT();
    auto store = test::createTestStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(store);
    test::BreachDocumentFixture fixture(*store);
    const QString number = fixture.breach();
    QVERIFY2(!number.isEmpty(), qPrintable(fixture.error()));
    FixedClock &clock = fixture.clock();
    ServiceError error;
    QVERIFY2(BreachService(Session { *store, clock })
                 .linkPersons(number, { fixture.linkedPerson(), fixture.otherPerson() }, &error),
             qPrintable(error.message));
    BreachesPage page(Session { *store, clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showBreach(number));
    BreachDetailWidget *detail = page.detail();
    QVERIFY(detail->allNoticesButton()->isVisibleTo(&page));
    QVERIFY(detail->allNoticesButton()->isEnabled());
    QCOMPARE(detail->allNoticesButton()->text(), u"Letters to &everyone concerned…"_s);

    // The run: its progress to the end, then what became of everyone; Close closes it.
    const QString pdf = m_tmp.filePath(u"kennisgevingen.pdf"_s);
    bool answered = false;
    whenShown<BreachLetterRunDialog>(this, [&](BreachLetterRunDialog *dialog) {
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isDone(); }));
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->message()));
        QCOMPARE(dialog->result()->made, 2);
        QVERIFY(dialog->result()->pdfWritten);
        QCOMPARE(dialog->value(), 2);
        QVERIFY2(dialog->message().contains(pdf), qPrintable(dialog->message()));
        QCOMPARE(dialog->button()->text(), u"Close"_s);
        test::saveShot(dialog, test::shotsDir(), u"breach-letters-everyone"_s);
        dialog->button()->click();
        answered = true;
    });
    QVERIFY(detail->makeAllNotices(pdf));
    QVERIFY(answered);
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    QVERIFY2(text.contains(test::DocumentFixture::personName()), qPrintable(text));
    QVERIFY(text.contains(u"Bram Kooistra"_s));
    QCOMPARE(BreachLetterService(Session { *store, clock }).letters(number).size(), 2);

    // Again: asked whether to go on; the letters not yet sent in the PDF, none made twice.
    const QString again = m_tmp.filePath(u"opnieuw.pdf"_s);
    answered = false;
    whenShown<QMessageBox>(this, [&](QMessageBox *ask) {
        QCOMPARE(ask->objectName(), u"breachLettersResume"_s);
        whenShown<BreachLetterRunDialog>(this, [&](BreachLetterRunDialog *dialog) {
            QVERIFY(QTest::qWaitFor([dialog] { return dialog->isDone(); }));
            QVERIFY2(dialog->result().has_value(), qPrintable(dialog->message()));
            QCOMPARE(dialog->result()->made, 0);
            QCOMPARE(dialog->result()->alreadyMade, 2);
            QCOMPARE(dialog->result()->inPdf, 2);
            dialog->button()->click();
            answered = true;
        });
        QPushButton *goOn = nullptr;
        for (QAbstractButton *button : ask->buttons()) {
            if (ask->buttonRole(button) == QMessageBox::AcceptRole)
                goOn = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(goOn);
        goOn->click();
    });
    QVERIFY(detail->makeAllNotices(again));
    QVERIFY(answered);
    QVERIFY(QFile::exists(again));
    QCOMPARE(BreachLetterService(Session { *store, clock }).letters(number).size(), 2);
}

// Cancel stops the run between two people and says so in the dialog, which stays open until
// closed: no PDF, the next run goes on.
void TestBreachLetterRunGui::cancelSaysWhatStays()
{
    auto store = test::createTestStore(m_tmp.filePath(u"afbreken"_s));
    QVERIFY(store);
    test::BreachDocumentFixture fixture(*store);
    const QString number = fixture.breach();
    QVERIFY2(!number.isEmpty(), qPrintable(fixture.error()));
    const QString pdf = m_tmp.filePath(u"afgebroken.pdf"_s);
    BreachLetterRunDialog dialog(Session { *store, fixture.clock() }, number, pdf, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.begin());
    dialog.button()->click();
    QVERIFY(dialog.isDone());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result().has_value());
    QVERIFY(dialog.result()->cancelled);
    QVERIFY2(dialog.message().startsWith(u"Cancelled (0/1)."_s), qPrintable(dialog.message()));
    QCOMPARE(dialog.button()->text(), u"Close"_s);
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(pdf));
    dialog.button()->click();
    QVERIFY(!dialog.isVisible());
}

// Where the privacy mailbox sends: who has an e-mail address gets the notice by e-mail after the
// PDF, sent on a worker thread and recorded per person; the dialog says how it went.
void TestBreachLetterRunGui::byEmailWhereTheMailboxSends()
{
    MailingBreach mailing;
    const QString started
        = mailing.start(m_tmp.filePath(u"mail"_s),
                        { u"E001"_s, u"Els Email"_s, u"Meeuwlaan 9"_s, u"3511AA"_s, u"Utrecht"_s,
                          QString::fromLatin1(test::SmtpServer::tenantRecipient) });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Session session = mailing.session();
    const QString &number = mailing.number;
    test::MailServers &servers = mailing.servers;
    QString why;
    ServiceError error;
    const QString pdf = m_tmp.filePath(u"gemengd.pdf"_s);
    BreachLetterRunDialog dialog(session, number, pdf, false, true);
    dialog.show();
    QVERIFY(dialog.begin());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isDone(), 60000);
    QVERIFY2(dialog.mailed().has_value(), qPrintable(dialog.message()));
    QCOMPARE(dialog.mailed()->sent, 1);
    QVERIFY2(dialog.message().contains(u"By e-mail: 1 sent"_s), qPrintable(dialog.message()));
    QVERIFY(QFile::exists(pdf));
    test::shot(&dialog, "breach-letters-by-email");
    QVERIFY2(servers.smtp().waitForDelivery(1, 20000, &why), qPrintable(why));
    int sent = 0;
    for (const BreachLetter &letter : BreachLetterService(session).letters(number, &error))
        sent += letter.isSent() ? 1 : 0;
    QCOMPARE(sent, 1);
}

// A notice whose e-mail failed for now is sent by the open desk itself (MailRetry) a quarter of
// an hour on, and the status bar's sentence says so.
void TestBreachLetterRunGui::aNoticeFailedForNowGoesFromTheDeskAfterAll()
{
    MailingBreach mailing;
    const QString started
        = mailing.start(m_tmp.filePath(u"opnieuw"_s),
                        { u"E002"_s, u"Eva Opnieuw"_s, u"Meeuwlaan 8"_s, u"3511AA"_s, u"Utrecht"_s,
                          QString::fromLatin1(test::SmtpServer::tenantRecipient) });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Session session = mailing.session();
    const QString &number = mailing.number;
    QString why;
    ServiceError error;
    BreachLetterRunOptions options;
    options.number = number;
    options.pdf
        = OutputTarget(m_tmp.filePath(u"na-een-fout.pdf"_s), false, mailing.store->directory());
    options.email = true;
    QVERIFY2(BreachLetterRun::run(session, options, {}, nullptr, &error),
             qPrintable(error.message));
    QVERIFY2(test::failFirstMail(session, number, &why), qPrintable(why));

    MailRetry retry(session);
    QSignalSpy answered(&retry, &MailRetry::answered);
    QSignalSpy finished(&retry, &MailRetry::finished);
    QVERIFY(!retry.runNow());
    mailing.fixture->clock().advanceSecs(LetterMail::retryMinutes * 60);
    QVERIFY(retry.runNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(0).toString(), number);
    QVERIFY2(answered.first().at(1).toString().contains(u"notice of %1 was sent"_s.arg(number)),
             qPrintable(answered.first().at(1).toString()));
    QVERIFY2(mailing.servers.smtp().waitForDelivery(1, 20000, &why), qPrintable(why));
    QVERIFY(!retry.runNow());
}

QTEST_MAIN(TestBreachLetterRunGui)
#include "tst_breachletterrun_gui.moc"
