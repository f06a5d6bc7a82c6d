// Optimistic locking of requests, on both backends: every change raises the request's
// version by one; a change made on an older version than the stored one is refused as Conflict,
// naming who changed it and when, and changes nothing (no row, no event); on a server, a change
// another seat commits between a transaction's read and its write is refused, not overwritten;
// and the desk's dialog says so, keeps what was typed, offers no OK on the old version and has
// the detail reloaded behind it.

#include "GuiTestSupport.h"
#include "OrganisationSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseService.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QString colleague = u"kees"_s;
const QString colleaguePassword = u"collega-wachtwoord-2026"_s;

int eventCount(const Store &store)
{
    return countRows(store.database(), u"audit_events"_s);
}

} // namespace

class TestCaseVersions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChangeRaisesTheVersionByOne();
    void aChangeOnAnOlderVersionIsRefused();
    void aChangeCommittedBetweenReadAndWriteIsRefused();
    void theDialogSaysWhoAndReloads();

private:
    QString addCase(const QString &name);
    // The store the colleague changes it through: on a server their own login at another seat;
    // a store folder has one desk at a time, so there the colleague is the same connection.
    Store &otherSeat();
    QString otherActor() const
    {
        return testBackend() == Backend::Server ? colleague : m_store->userName();
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_other;
    std::unique_ptr<CaseService> m_cases;
    int m_added = 0;
};

void TestCaseVersions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_store = createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    UserService users(*m_store, Session { *m_store });
    UserError userError;
    QVERIFY2(users.add(colleague, u"Kees de Boer"_s, Role::Functionaris,
                       SecureBytes::fromUtf8(colleaguePassword), &userError),
             qPrintable(userError.message + u" "_s + userError.detail));
    m_cases = std::make_unique<CaseService>(Session { *m_store });
}

Store &TestCaseVersions::otherSeat()
{
    if (testBackend() == Backend::Folder)
        return *m_store;
    if (!m_other) {
        StoreError error;
        m_other
            = openServiceStore(m_tmp.filePath(u"store"_s), colleague, colleaguePassword, &error);
        if (!m_other)
            qFatal("the colleague's seat did not open: %s", qPrintable(error.message()));
    }
    return *m_other;
}

QString TestCaseVersions::addCase(const QString &name)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = u"V-%1"_s.arg(++m_added);
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = pd::systemClock().today().addDays(-3);
    ServiceError error;
    const auto added = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("%s", qPrintable(error.message));
    return added ? added->number : QString();
}

void TestCaseVersions::everyChangeRaisesTheVersionByOne()
{
    const QString number = addCase(u"Anna Versie"_s);
    QVERIFY(!number.isEmpty());
    const auto version = [&] {
        ServiceError error;
        const auto found = m_cases->find(number, &error);
        return found ? found->version : -1;
    };
    QCOMPARE(version(), 1);
    ServiceError error;
    QVERIFY2(m_cases->requestIdentification(number, pd::systemClock().today(), &error, 1),
             qPrintable(error.message));
    QCOMPARE(version(), 2);
    QVERIFY2(m_cases->addNote(number, u"Gebeld, kopie paspoort volgt"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(version(), 3);
    QVERIFY2(m_cases->receiveIdentification(number, pd::systemClock().today(), IdMethod::Balie,
                                            true, &error),
             qPrintable(error.message));
    QCOMPARE(version(), 4);
    Completion completion;
    completion.outcome = Outcome::Ingetrokken;
    completion.answered = pd::systemClock().today();
    completion.answerChannel = u"brief"_s;
    QVERIFY2(m_cases->complete(number, completion, BsnCheck::Refuse, &error, 4),
             qPrintable(error.message));
    QCOMPARE(version(), 5);
}

void TestCaseVersions::aChangeOnAnOlderVersionIsRefused()
{
    const QString number = addCase(u"Bram Botsing"_s);
    QVERIFY(!number.isEmpty());
    ServiceError error;
    const auto opened = m_cases->find(number, &error); // what the officer's form shows
    QVERIFY(opened);
    QCOMPARE(opened->version, 1);

    // Meanwhile the colleague asks for identification.
    CaseService colleagues(Session { otherSeat() });
    QVERIFY2(colleagues.requestIdentification(number, pd::systemClock().today(), &error),
             qPrintable(error.message));

    // The officer's extension on the form of version 1: refused, nothing written.
    const int events = eventCount(*m_store);
    QVERIFY(!m_cases->extend(number, u"Gegevens in drie systemen"_s, systemClock().today(),
                             BsnCheck::Refuse, &error, opened->version));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY2(error.message.contains(number) && error.message.contains(otherActor()),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(systemClock().today().toString(u"dd-MM-yyyy"_s)),
             qPrintable(error.message));
    QCOMPARE(eventCount(*m_store), events);
    const auto stored = m_cases->find(number, &error);
    QVERIFY(stored);
    QCOMPARE(stored->version, 2);
    QVERIFY(!stored->extended);
    QCOMPARE(stored->identification.requested, pd::systemClock().today());

    // Made again on what is stored now, it goes through.
    QVERIFY2(m_cases->extend(number, u"Gegevens in drie systemen"_s, pd::systemClock().today(),
                             BsnCheck::Refuse, &error, stored->version),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(number)->version, 3);
}

// A seat's service call in a thread of its own (a connection belongs to the thread that opened
// it): it extends the request without an expected version, as privacydesk-cli does.
class ExtendingSeat final : public QThread
{
public:
    ExtendingSeat(const QString &directory, QString number)
        : m_directory(directory)
        , m_number(std::move(number))
    { }
    ServiceError error;
    bool done = false;

protected:
    void run() override
    {
        StoreError openError;
        const auto store = openServiceStore(m_directory, testUser, testPassword, &openError);
        if (!store) {
            error = { ServiceError::Code::Storage, openError.message() };
            return;
        }
        CaseService cases(Session { *store });
        done = cases.extend(m_number, u"Dossier bij de deurwaarder"_s, pd::systemClock().today(),
                            BsnCheck::Refuse, &error);
    }

private:
    const QString m_directory;
    const QString m_number;
};

void TestCaseVersions::aChangeCommittedBetweenReadAndWriteIsRefused()
{
    if (testBackend() == Backend::Folder)
        QSKIP("A store folder has one writer at a time (its lock and BEGIN IMMEDIATE): two "
              "transactions on a request cannot interleave there.");
    const QString number = addCase(u"Cor Gelijktijdig"_s);
    QVERIFY(!number.isEmpty());

    // The colleague's transaction changes the request and holds its row...
    QSqlDatabase colleagueDb = otherSeat().database();
    QVERIFY(colleagueDb.transaction());
    QSqlQuery hold(colleagueDb);
    hold.prepare(u"UPDATE cases SET handler = ?, version = version + 1 WHERE number = ?"_s);
    hold.addBindValue(colleague);
    hold.addBindValue(number);
    QVERIFY2(hold.exec(), qPrintable(hold.lastError().text()));
    QCOMPARE(hold.numRowsAffected(), 1);

    // ...while another seat reads it and waits at its write for that row.
    ExtendingSeat seat(m_tmp.filePath(u"store"_s), number);
    seat.start();
    QSqlQuery waiting(colleagueDb);
    bool blocked = false;
    for (int i = 0; i < 200 && !blocked; ++i) {
        QVERIFY2(waiting.exec(u"SELECT count(*) FROM pg_locks WHERE NOT granted"_s),
                 qPrintable(waiting.lastError().text()));
        blocked = waiting.next() && waiting.value(0).toInt() > 0;
        waiting.finish();
        if (!blocked)
            QThread::msleep(50);
    }
    QVERIFY2(blocked, "the second seat never waited for the row");
    QVERIFY(colleagueDb.commit());
    QVERIFY(seat.wait(30000));

    // The later write did not overwrite the colleague's: it was refused, naming them.
    QVERIFY(!seat.done);
    QCOMPARE(seat.error.code, ServiceError::Code::Conflict);
    QVERIFY2(seat.error.message.contains(colleague), qPrintable(seat.error.message));
    ServiceError error;
    const auto stored = m_cases->find(number, &error);
    QVERIFY(stored);
    QCOMPARE(stored->handler, colleague);
    QVERIFY(!stored->extended);
    QCOMPARE(stored->version, 2);
    QVERIFY(m_cases->verifyAuditTrail().ok);
}

void TestCaseVersions::theDialogSaysWhoAndReloads()
{
    const QString number = addCase(u"Dirk Dialoog"_s);
    QVERIFY(!number.isEmpty());
    {
        // While no extension notice can be made, the desk refuses the extension.
        CaseDetailWidget refusing(Session { *m_store }, m_store->userName());
        refusing.resize(1200, 800);
        refusing.show();
        QVERIFY(refusing.showCase(number));
        refusing.extendAction()->trigger();
        auto *refused = qobject_cast<ExtendDialog *>(refusing.currentDialog());
        QVERIFY(refused);
        QTest::keyClicks(refused->reasonEdit()->editor(), u"Gegevens bij drie afdelingen"_s);
        QVERIFY(!refused->okButton()->isEnabled());
        QVERIFY2(refused->invalidReason().contains(u"organisation"_s),
                 qPrintable(refused->invalidReason()));
        refused->reject();
    }
    {
        // An extension needs a notice that can be made: the organisation's name,
        // postal address and privacy e-mail address.
        OrganisationSettings settings(Session { *m_store });
        OrganisationDetails details = settings.details();
        details.name = u"Woonstichting Voorbeeldhaven"_s;
        details.street = u"Havenstraat 12"_s;
        details.postcode = u"1234 AB"_s;
        details.city = u"Voorbeeldhaven"_s;
        details.privacyEmail = u"privacy@voorbeeldhaven.nl"_s;
        ServiceError saveError;
        QVERIFY2(settings.save(details, BsnCheck::Refuse, &saveError),
                 qPrintable(saveError.message));
        const QString chosen = chooseForLetters(Session { *m_store });
        QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    }
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.extendAction()->trigger();
    auto *dialog = qobject_cast<ExtendDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->reasonEdit()->editor(), u"Gegevens bij drie afdelingen"_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));

    // The colleague extends it first, at the other seat.
    ServiceError error;
    CaseService colleagues(Session { otherSeat() });
    QVERIFY2(colleagues.extend(number, u"Veel gegevens"_s, pd::systemClock().today(),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));

    dialog->okButton()->click();
    // Still open, with what was typed, saying who changed the request; no OK on the old copy.
    QCOMPARE(widget.currentDialog(), dialog);
    QVERIFY(dialog->isStale());
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->reasonEdit()->text(), u"Gegevens bij drie afdelingen"_s);
    const QString message = dialog->findChild<QWidget *>(u"invalidReason"_s)
                                ->findChild<QLabel *>(u"messageText"_s)
                                ->text();
    QVERIFY2(message.contains(otherActor()) && message.contains(number), qPrintable(message));
    QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
             u"Close"_s);
    shot(dialog, "case-version-conflict");
    // The detail behind it shows what is stored now: extended, by the colleague's reason.
    QVERIFY(child<QLabel>(&widget, "extendedBadge")->isVisibleTo(&widget));
    // Enter does not get past it either.
    dialog->accept();
    QCOMPARE(widget.currentDialog(), dialog);
    QCOMPARE(m_cases->find(number)->extensionReason, u"Veel gegevens"_s);
    dialog->reject();
    QTRY_VERIFY(!widget.currentDialog());
}

QTEST_MAIN(TestCaseVersions)
#include "tst_caseversions.moc"
