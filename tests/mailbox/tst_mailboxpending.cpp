// The privacy mailbox records a message before it moves it, so that a desk that stops halfway
// (a hang, a kill between the move and the registration) loses nothing: the next start puts the
// message back and it is offered again. A message that reuses a handled message's Message-ID
// with other bytes is another message. On both backends (BOTH_BACKENDS).

#include "Dovecot.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "cases/MailIntake.h"
#include "mail/MailMessage.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxRepository.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

NewCase requestFrom(const QByteArray &message)
{
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(message), &request, true);
    return request;
}

} // namespace

class TestMailboxPending final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordedPendingBeforeTheMove();
    void killAfterTheMoveIsUndoneAtTheNextStart();
    void killDuringADismissalIsUndoneToo();
    void movedBackByHandOnlyLosesItsRecord();
    void movedElsewhereStaysPending();
    void doneFolderGoneStillClears();
    void anotherLoginsPendingIsLeftAWhile();
    void theSameLoginAtAnotherDeskLeavesItAlone();
    void anotherDeskFindsItPending();
    void reusedMessageIdIsAnotherMessage();
    void failedRegistrationLeavesNoRecord();

private:
    QList<qint64> uidsIn(const QString &folder) const;
    QList<HandledMessage> pending() const
    {
        ServiceError error;
        return MailboxRepository::pending(m_store->database(), &error)
            .value_or(QList<HandledMessage>());
    }
    // The one message delivered, its UID and bytes as a desk fetches them.
    qint64 deliverOne(const QByteArray &message);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<Store> m_store;
    MailboxAccount m_account;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
};

void TestMailboxPending::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestMailboxPending::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    QString error;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &error), qPrintable(error));
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_account = m_dovecot->account();
    ServiceError serviceError;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(m_account, &serviceError),
             qPrintable(serviceError.message));
}

void TestMailboxPending::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification
            = CaseService(Session { *m_store, m_clock }).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_store.reset();
    m_dovecot.reset();
    m_dir.reset();
}

QList<qint64> TestMailboxPending::uidsIn(const QString &folder) const
{
    QString error;
    return ImapClient(m_account).search(folder, u"ALL"_s, &error).value_or(QList<qint64> { -1 });
}

qint64 TestMailboxPending::deliverOne(const QByteArray &message)
{
    QString why;
    if (!m_dovecot->deliver(message, &why))
        return -1;
    const QList<qint64> uids = uidsIn(u"INBOX"_s);
    return uids.isEmpty() ? -1 : uids.last();
}

// Between the move and the registration the store already holds the message, pending, with
// where it was (folder, UID, UIDVALIDITY), its Message-ID and SHA-256, and where it went.
void TestMailboxPending::recordedPendingBeforeTheMove()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    MailboxService desk(Session { *m_store, m_clock });
    QList<HandledMessage> seen;
    QList<qint64> inDone;
    desk.setAfterMove([&] {
        seen = pending();
        inDone = uidsIn(u"Geregistreerd"_s);
        return true;
    });
    ServiceError error;
    const auto created = desk.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QCOMPARE(inDone.size(), 1);
    QCOMPARE(seen.size(), 1);
    const HandledMessage &m = seen.first();
    QVERIFY(m.pending);
    QCOMPARE(m.key, u"inzage-1@mail.example"_s);
    QCOMPARE(m.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(inzageverzoek(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(m.folder, u"INBOX"_s);
    QCOMPARE(m.uid, uid);
    QVERIFY(m.uidValidity > 0);
    QCOMPARE(m.movedTo, u"Geregistreerd"_s);
    QCOMPARE(m.handledBy, testUser);
    // Registered: the same row, no longer pending.
    QVERIFY(pending().isEmpty());
    const auto handled = desk.handled(10, &error);
    QVERIFY(handled && handled->size() == 1);
    QCOMPARE(handled->first().id, m.id);
    QCOMPARE(handled->first().caseNumber, created->number);
}

// A desk killed after the move and before the registration left the message in Geregistreerd
// with no request: the next start puts it back in the inbox, and it is taken as if new.
void TestMailboxPending::killAfterTheMoveIsUndoneAtTheNextStart()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    ServiceError error;
    {
        MailboxService killed(Session { *m_store, m_clock });
        killed.setAfterMove([] { return false; });
        QVERIFY(!killed.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                             BsnCheck::Refuse, &error));
    }
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 0);
    QCOMPARE(pending().size(), 1);
    // Until then another desk is told it is being taken.
    QVERIFY(!MailboxService(Session { *m_store, m_clock })
                 .take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                       BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);

    MailboxService next(Session { *m_store, m_clock });
    const std::optional<QString> said = next.recover(m_account, &error);
    QVERIFY2(said, qPrintable(error.message));
    QVERIFY2(said->contains(u"put back in the folder INBOX"_s), qPrintable(*said));
    QVERIFY(uidsIn(u"Geregistreerd"_s).isEmpty());
    const QList<qint64> back = uidsIn(u"INBOX"_s);
    QCOMPARE(back.size(), 1);
    QVERIFY(pending().isEmpty());
    // A second start finds nothing to do.
    QCOMPARE(next.recover(m_account, &error).value_or(u"?"_s), QString());

    const auto created = next.take(m_account, back.first(), inzageverzoek(),
                                   requestFrom(inzageverzoek()), BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
}

void TestMailboxPending::killDuringADismissalIsUndoneToo()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    ServiceError error;
    {
        MailboxService killed(Session { *m_store, m_clock });
        killed.setAfterMove([] { return false; });
        QVERIFY(!killed.dismiss(m_account, uid, inzageverzoek(), u"Reclame"_s, BsnCheck::Refuse,
                                &error));
    }
    QCOMPARE(uidsIn(u"Geen verzoek"_s).size(), 1);
    const std::optional<QString> said
        = MailboxService(Session { *m_store, m_clock }).recover(m_account, &error);
    QVERIFY2(said && said->contains(u"put back"_s), qPrintable(said.value_or(error.message)));
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
    QVERIFY(uidsIn(u"Geen verzoek"_s).isEmpty());
    QVERIFY(pending().isEmpty());
    const auto handled = MailboxService(Session { *m_store, m_clock }).handled(10, &error);
    QVERIFY(handled && handled->isEmpty());
}

// A desk killed after the move; before the next start someone moved the message back to the
// inbox in a mail program. The start finds it where it came from and only removes its record.
void TestMailboxPending::movedBackByHandOnlyLosesItsRecord()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    ServiceError error;
    MailboxService killed(Session { *m_store, m_clock });
    killed.setAfterMove([] { return false; });
    QVERIFY(!killed.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                         BsnCheck::Refuse, &error));
    QString why;
    ImapClient byHand(m_account);
    const QList<qint64> moved = uidsIn(u"Geregistreerd"_s);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(byHand.move(u"Geregistreerd"_s, moved.first(), u"INBOX"_s, nullptr, &why),
             ImapClient::Move::Moved);
    const std::optional<QString> said
        = MailboxService(Session { *m_store, m_clock }).recover(m_account, &error);
    QVERIFY2(said && said->contains(u"never moved are still in the folder INBOX"_s),
             qPrintable(said.value_or(error.message)));
    QVERIFY(pending().isEmpty());
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
}

// Moved by hand to a folder of its own: the start cannot find it, says so, and keeps the record
// (the message is never forgotten); once it is back in the inbox the next start clears it.
void TestMailboxPending::movedElsewhereStaysPending()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    ServiceError error;
    MailboxService killed(Session { *m_store, m_clock });
    killed.setAfterMove([] { return false; });
    QVERIFY(!killed.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                         BsnCheck::Refuse, &error));
    QString why;
    ImapClient byHand(m_account);
    QVERIFY2(byHand.ensureFolder(u"Archief"_s, &why), qPrintable(why));
    QCOMPARE(byHand.move(u"Geregistreerd"_s, uidsIn(u"Geregistreerd"_s).value(0), u"Archief"_s,
                         nullptr, &why),
             ImapClient::Move::Moved);
    MailboxService next(Session { *m_store, m_clock });
    std::optional<QString> said = next.recover(m_account, &error);
    QVERIFY2(said && said->contains(u"in neither folder"_s),
             qPrintable(said.value_or(error.message)));
    QCOMPARE(pending().size(), 1);
    QCOMPARE(byHand.move(u"Archief"_s, uidsIn(u"Archief"_s).value(0), u"INBOX"_s, nullptr, &why),
             ImapClient::Move::Moved);
    said = next.recover(m_account, &error);
    QVERIFY2(said && said->contains(u"still in the folder INBOX"_s),
             qPrintable(said.value_or(error.message)));
    QVERIFY(pending().isEmpty());
}

// The done folder cannot be read at the start (removed on the server; a desk that stopped before
// it made the folder leaves none): a message still in the inbox was never moved, and its record
// goes all the same.
void TestMailboxPending::doneFolderGoneStillClears()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    ServiceError error;
    MailboxService killed(Session { *m_store, m_clock });
    killed.setAfterMove([] { return false; });
    QVERIFY(!killed.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                         BsnCheck::Refuse, &error));
    QString why;
    QCOMPARE(ImapClient(m_account).move(u"Geregistreerd"_s, uidsIn(u"Geregistreerd"_s).value(0),
                                        u"INBOX"_s, nullptr, &why),
             ImapClient::Move::Moved);
    QVERIFY(QDir(m_dir->filePath(u"dovecot/mail/.Geregistreerd"_s)).removeRecursively());
    QVERIFY(!ImapClient(m_account).count(u"Geregistreerd"_s, &why));
    const std::optional<QString> said
        = MailboxService(Session { *m_store, m_clock }).recover(m_account, &error);
    QVERIFY2(said && said->contains(u"never moved are still in the folder INBOX"_s),
             qPrintable(said.value_or(error.message)));
    QVERIFY(pending().isEmpty());
}

// What another login left pending is left alone for a quarter of an hour (that desk may be
// registering it right now), and put back after that.
void TestMailboxPending::anotherLoginsPendingIsLeftAWhile()
{
    const QString officer = u"f.visser"_s;
    const QString password = u"functionaris-wachtwoord-2026"_s;
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(officer, u"F. Visser"_s, Role::Functionaris, SecureBytes::fromUtf8(password),
                     &userError));
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    const QString dir = m_dir->filePath(u"kluis"_s);
    if (testBackend() == Backend::Folder)
        m_store.reset(); // a store folder is open in one place at a time
    {
        const std::unique_ptr<Store> officerDesk = openServiceStoreAs(dir, officer, password);
        QVERIFY(officerDesk);
        MailboxService stopped(Session { *officerDesk, m_clock });
        stopped.setAfterMove([] { return false; });
        ServiceError error;
        QVERIFY(!stopped.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                              BsnCheck::Refuse, &error));
    }
    if (!m_store) {
        StoreError openError;
        m_store = openServiceStore(dir, &openError);
        QVERIFY2(m_store, qPrintable(openError.message()));
    }
    ServiceError error;
    FixedClock soon(m_clock.now().addSecs(10 * 60));
    QCOMPARE(MailboxService(Session { *m_store, soon }).recover(m_account, &error).value_or(u"?"_s),
             QString());
    QCOMPARE(pending().size(), 1);
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
    FixedClock later(m_clock.now().addSecs(MailboxService::pendingGraceSeconds + 60));
    const std::optional<QString> said
        = MailboxService(Session { *m_store, later }).recover(m_account, &error);
    QVERIFY2(said && said->contains(u"put back in the folder INBOX"_s),
             qPrintable(said.value_or(error.message)));
    QVERIFY(pending().isEmpty());
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
}

// The same login at two desks (or the desk and the command-line tool): the second starts while
// the first is between the move and the registration. It must not take the message for one the
// first left behind: the first registers it, and nothing is put back. Only a server serves two
// desks at once; a store folder is open in one place at a time.
void TestMailboxPending::theSameLoginAtAnotherDeskLeavesItAlone()
{
    if (testBackend() != Backend::Server)
        QSKIP("a store folder is open in one place at a time");
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    MailboxService first(Session { *m_store, m_clock });
    bool secondRan = false;
    first.setAfterMove([&] {
        StoreError openError;
        const std::unique_ptr<Store> second
            = openServiceStore(m_dir->filePath(u"kluis"_s), &openError);
        if (!second)
            return false;
        ServiceError error;
        const std::optional<QString> said
            = MailboxService(Session { *second, m_clock }).recover(m_account, &error);
        secondRan = said.has_value() && said->isEmpty();
        return true;
    });
    ServiceError error;
    const auto created = first.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                                    BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QVERIFY(secondRan);
    QVERIFY(pending().isEmpty());
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 1);
}

// While one desk is between the move and the registration, another that took the same message
// (it fetched it before) is refused, naming the desk's user; nothing moves.
void TestMailboxPending::anotherDeskFindsItPending()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    MailboxService deskA(Session { *m_store, m_clock });
    ServiceError laterError;
    deskA.setAfterMove([&] {
        MailboxService deskB(Session { *m_store, m_clock });
        if (deskB.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                       BsnCheck::Refuse, &laterError))
            laterError.message = u"desk B registered it too"_s;
        return true;
    });
    ServiceError error;
    QVERIFY2(deskA.take(m_account, uid, inzageverzoek(), requestFrom(inzageverzoek()),
                        BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(laterError.code, ServiceError::Code::Conflict);
    QVERIFY2(laterError.message.contains(u"being registered or dismissed by another desk ("_s
                                         + testUser),
             qPrintable(laterError.message));
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 1);
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
}

// A message with the Message-ID of one registered before, but other bytes, is another message:
// offered and registered as new, not moved away as "already registered".
void TestMailboxPending::reusedMessageIdIsAnotherMessage()
{
    const qint64 first = deliverOne(inzageverzoek());
    QVERIFY(first > 0);
    MailboxService desk(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(desk.take(m_account, first, inzageverzoek(), requestFrom(inzageverzoek()),
                       BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QByteArray forged = mailMessage(
        u"Piet Pietersen"_s, u"piet@mail.example"_s, u"Verwijderverzoek"_s,
        u"Thu, 02 Apr 2026 08:00:00 +0000"_s, u"inzage-1@mail.example"_s, u"Wis mijn gegevens."_s);
    const qint64 second = deliverOne(forged);
    QVERIFY(second > 0);
    QCOMPARE(MailboxService::keyOf(forged), MailboxService::keyOf(inzageverzoek()));
    const auto created
        = desk.take(m_account, second, forged, requestFrom(forged), BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QCOMPARE(created->person.name, u"Piet Pietersen"_s);
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 2);
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 2);
    // The same bytes again are the same message: refused, and the copy goes where the first went.
    const qint64 copy = deliverOne(forged);
    QVERIFY(!desk.take(m_account, copy, forged, requestFrom(forged), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY2(error.message.contains(created->number), qPrintable(error.message));
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
}

// A registration that fails puts the message back and removes its record: nothing pending.
void TestMailboxPending::failedRegistrationLeavesNoRecord()
{
    const qint64 uid = deliverOne(inzageverzoek());
    QVERIFY(uid > 0);
    NewCase request = requestFrom(inzageverzoek());
    request.description = u"BSN "_s + elfProefNumber();
    ServiceError error;
    QVERIFY(!MailboxService(Session { *m_store, m_clock })
                 .take(m_account, uid, inzageverzoek(), request, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
    QVERIFY(pending().isEmpty());
    // A move that fails (a done folder the server cannot make) leaves no record either.
    MailboxAccount broken = m_account;
    broken.doneFolder = u"Geen/../map"_s;
    QVERIFY(!MailboxService(Session { *m_store, m_clock })
                 .take(broken, uid, inzageverzoek(), requestFrom(inzageverzoek()), BsnCheck::Refuse,
                       &error));
    QVERIFY(pending().isEmpty());
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestMailboxPending)
#include "tst_mailboxpending.moc"
