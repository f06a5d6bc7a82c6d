// The privacy mailbox: requests that arrive in privacy@… are taken from a private
// Dovecot (IMAPS, a CA made by the test) into the store exactly once, also by two desks against
// one folder; messages that are no request are dismissed with a reason on the audit trail; a
// server whose certificate the account does not trust is refused. On both backends
// (BOTH_BACKENDS): on a server store the second desk is a second login on its own connection,
// on a store folder (open in one process at a time) a second service on the same store.

#include "Dovecot.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/MailIntake.h"
#include "mail/MailMessage.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString officer = u"f.visser"_s;
const QString officerPassword = u"functionaris-wachtwoord-2026"_s;

QByteArray reclame()
{
    return mailMessage(u"Nieuwsbrief"_s, u"info@shop.example"_s, u"Aanbieding van de week"_s,
                       u"Wed, 01 Apr 2026 09:00:00 +0200"_s, u"reclame-7@shop.example"_s,
                       u"Alles moet weg."_s);
}

} // namespace

class TestMailbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void accountSetAndRefusals();
    void fetchListsTheDeliveredMessages();
    void takeRegistersTheMessageAsItsOriginal();
    void twoDesksRegisterEachMessageOnce();
    void desksMakingTheSameFolderAtOnceAllHaveIt();
    void desksMovingTheSameMessageAtOnce();
    void sameMessageDeliveredTwiceIsRegisteredOnce();
    void failedRegistrationPutsTheMessageBack();
    void dismissNeedsAReasonAndMovesIt();
    void wrongCertificateAuthorityIsRefused();
    void failuresAreSaidInTheDesksLanguage();
    void starttlsWorksAndPlainTextIsNeverUsed();
    void xoauth2SignsInWithTheAccessToken();

private:
    // The account set through the service, as the beheerder (testUser).
    void setAccount();
    QList<qint64> uidsIn(const QString &folder) const;
    QList<AuditEvent> eventsOf(const QString &type, const QString &id) const
    {
        return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
            .eventsFor(type, id);
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dovecot> m_dovecot;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC) };
};

void TestMailbox::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!Dovecot::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
}

void TestMailbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dovecot = std::make_unique<Dovecot>();
    QString error;
    QVERIFY2(m_dovecot->start(m_dir->filePath(u"dovecot"_s), &error), qPrintable(error));
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(officer, u"F. Visser"_s, Role::Functionaris,
                     SecureBytes::fromUtf8(officerPassword), &userError));
}

void TestMailbox::cleanup()
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

void TestMailbox::setAccount()
{
    ServiceError error;
    QVERIFY2(MailboxService(Session { *m_store, m_clock }).setAccount(m_dovecot->account(), &error),
             qPrintable(error.message));
}

QList<qint64> TestMailbox::uidsIn(const QString &folder) const
{
    ImapClient client(m_dovecot->account());
    QString error;
    const auto listed = client.list(folder, &error);
    if (!listed)
        return { -1 };
    QList<qint64> uids;
    for (const ImapClient::Listed &l : *listed)
        uids << l.uid;
    return uids;
}

void TestMailbox::accountSetAndRefusals()
{
    MailboxService service(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY(!service.account(&error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);

    const MailboxAccount good = m_dovecot->account();
    const QList<std::pair<const char *, std::function<void(MailboxAccount &)>>> refusals {
        { "no server",
          [](MailboxAccount &a) {
              a.server = u" "_s;
          } },
        { "port",
          [](MailboxAccount &a) {
              a.port = 0;
          } },
        { "no user",
          [](MailboxAccount &a) {
              a.login.clear();
          } },
        { "no password",
          [](MailboxAccount &a) {
              a.secret.clear();
          } },
        { "quote in folder",
          [](MailboxAccount &a) {
              a.doneFolder = u"Ge\"registreerd"_s;
          } },
        { "same folders",
          [](MailboxAccount &a) {
              a.dismissFolder = a.folder;
          } },
        { "not a CA",
          [](MailboxAccount &a) {
              a.caPem = "geen certificaat";
          } },
    };
    for (const auto &[name, change] : refusals) {
        MailboxAccount a = good;
        change(a);
        error = {};
        QVERIFY2(!service.setAccount(a, &error), name);
        QCOMPARE(error.code, ServiceError::Code::Invalid);
    }
    QVERIFY2(service.setAccount(good, &error), qPrintable(error.message));
    const auto read = service.account(&error);
    QVERIFY2(read, qPrintable(error.message));
    QCOMPARE(read->server, good.server);
    QCOMPARE(read->port, good.port);
    QCOMPARE(read->secret, good.secret);
    QCOMPARE(read->caPem, good.caPem);
    QCOMPARE(read->doneFolder, u"Geregistreerd"_s);

    // An update without a secret keeps the stored one.
    MailboxAccount folders = good;
    folders.secret.clear();
    folders.doneFolder = u"Verzoeken"_s;
    QVERIFY2(service.setAccount(folders, &error), qPrintable(error.message));
    QCOMPARE(service.account(&error)->secret, good.secret);

    // The event says what changed, never the secret.
    const QList<AuditEvent> events = eventsOf(u"mailbox"_s, u"account"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().action, u"mailbox.account_set"_s);
    for (const AuditEvent &e : events)
        QVERIFY(!QJsonDocument(e.payload).toJson().contains(Dovecot::password));
    QCOMPARE(events.last().payload.value(u"secret_changed"_s).toBool(), false);

    // The officer takes messages but does not set the account.
    const auto asOfficer = [&]() -> std::unique_ptr<Store> {
        if (testBackend() == Backend::Server)
            return openServiceStoreAs(m_dir->filePath(u"kluis"_s), officer, officerPassword);
        m_store.reset();
        return openServiceStoreAs(m_dir->filePath(u"kluis"_s), officer, officerPassword);
    };
    {
        const auto store = asOfficer();
        QVERIFY(store);
        MailboxService officerDesk(Session { *store, m_clock });
        QVERIFY(officerDesk.account(&error));
        QVERIFY(!officerDesk.setAccount(good, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    if (!m_store) {
        StoreError openError;
        m_store = openServiceStore(m_dir->filePath(u"kluis"_s), &openError);
    }
    QVERIFY(m_store);
}

void TestMailbox::fetchListsTheDeliveredMessages()
{
    setAccount();
    QString error;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &error), qPrintable(error));
    QVERIFY2(m_dovecot->deliver(reclame(), &error), qPrintable(error));
    const auto waiting = MailboxService::waiting(m_dovecot->account(), &error);
    QVERIFY2(waiting, qPrintable(error));
    QCOMPARE(waiting->size(), 2);
    const MailboxMessage &first = waiting->first();
    QCOMPARE(first.fromName, u"Jan Jansen"_s);
    QCOMPARE(first.fromAddress, u"jan.jansen@mail.example"_s);
    QCOMPARE(first.subject, u"Inzageverzoek"_s);
    QCOMPARE(first.date.toUTC(), QDateTime(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC));
    QCOMPARE(first.size, qint64(inzageverzoek().size()));
    QCOMPARE(first.key, u"inzage-1@mail.example"_s);
    QCOMPARE(waiting->last().subject, u"Aanbieding van de week"_s);
    // Listing takes nothing: both are still waiting.
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 2);
}

void TestMailbox::takeRegistersTheMessageAsItsOriginal()
{
    setAccount();
    QString why;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    const MailboxAccount account = m_dovecot->account();
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY2(waiting && waiting->size() == 1, qPrintable(why));
    const qint64 uid = waiting->first().uid;
    const auto message = MailboxService::fetch(account, uid, &why);
    QVERIFY2(message, qPrintable(why));
    QCOMPARE(*message, inzageverzoek());

    // What the officer confirms: the e-mail's intake, as case add --original does it.
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(*message), &request, true);
    ServiceError error;
    const auto created = MailboxService(Session { *m_store, m_clock })
                             .take(account, uid, *message, request, BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QCOMPARE(created->receivedDate, QDate(2026, 4, 1));
    QCOMPARE(created->channel, Channel::Email);
    QCOMPARE(created->person.name, u"Jan Jansen"_s);

    // The original is the whole message, byte for byte.
    AttachmentService files(Session { *m_store, m_clock });
    const auto kept = files.list(created->number, &error);
    QVERIFY2(kept && kept->size() == 1, qPrintable(error.message));
    QCOMPARE(kept->first().kind, AttachmentKind::Origineel);
    QVERIFY(kept->first().isMail());
    QCOMPARE(files.content(created->number, kept->first().id, &error).value_or(QByteArray()),
             inzageverzoek());

    // Moved on the server, recorded in the store with its Message-ID, on the request's trail.
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 1);
    const auto handled = MailboxService(Session { *m_store, m_clock }).handled(10, &error);
    QVERIFY2(handled && handled->size() == 1, qPrintable(error.message));
    QCOMPARE(handled->first().key, u"inzage-1@mail.example"_s);
    QCOMPARE(handled->first().caseNumber, created->number);
    QVERIFY(handled->first().registered);
    QStringList actions;
    for (const AuditEvent &e : eventsOf(u"case"_s, created->number))
        actions << e.action;
    QVERIFY2(actions.contains(u"case.created"_s) && actions.contains(u"case.mailbox_taken"_s),
             qPrintable(actions.join(u' ')));
}

void TestMailbox::twoDesksRegisterEachMessageOnce()
{
    setAccount();
    QString why;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    QVERIFY2(m_dovecot->deliver(inzageverzoek(u"inzage-2@mail.example"_s), &why), qPrintable(why));
    // Desk B: a second login on its own connection (server), or a second desk's service on the
    // one store a folder allows.
    std::unique_ptr<Store> second;
    if (testBackend() == Backend::Server) {
        second = openServiceStoreAs(m_dir->filePath(u"kluis"_s), officer, officerPassword);
        QVERIFY(second);
    }
    const Store &storeB = second ? *second : *m_store;
    MailboxService deskA(Session { *m_store, m_clock });
    MailboxService deskB(Session { storeB, m_clock });
    ServiceError error;
    const auto accountA = deskA.account(&error);
    const auto accountB = deskB.account(&error);
    QVERIFY(accountA && accountB);

    // Both desks see both messages, and both try to register each.
    const auto seenA = MailboxService::waiting(*accountA, &why);
    const auto seenB = MailboxService::waiting(*accountB, &why);
    QVERIFY(seenA && seenB && seenA->size() == 2 && seenB->size() == 2);
    int registered = 0;
    int refused = 0;
    for (int i = 0; i < 2; ++i) {
        const qint64 uid = seenA->at(i).uid;
        const auto bytesA = MailboxService::fetch(*accountA, uid, &why);
        const auto bytesB = MailboxService::fetch(*accountB, uid, &why);
        QVERIFY(bytesA && bytesB);
        NewCase request;
        request.types << RequestType::Inzage;
        MailIntake::apply(*MailMessage::parse(*bytesA), &request, true);
        // Desk A first for the first message, desk B first for the second.
        MailboxService &first = i == 0 ? deskA : deskB;
        MailboxService &later = i == 0 ? deskB : deskA;
        ServiceError firstError;
        ServiceError laterError;
        if (first.take(i == 0 ? *accountA : *accountB, uid, *bytesA, request, BsnCheck::Refuse,
                       &firstError))
            ++registered;
        if (later.take(i == 0 ? *accountB : *accountA, uid, *bytesB, request, BsnCheck::Refuse,
                       &laterError)) {
            ++registered;
        } else {
            ++refused;
            QCOMPARE(laterError.code, ServiceError::Code::Conflict);
            // The server's claim or the store's record says so, whichever sees it first (on
            // one store folder the record: both desks share it).
            QVERIFY2(laterError.message.contains(u"already registered"_s)
                         && laterError.message.contains(u"another desk"_s),
                     qPrintable(laterError.message));
        }
    }
    QCOMPARE(registered, 2);
    QCOMPARE(refused, 2);
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 2);
    QCOMPARE(uidsIn(u"Geregistreerd"_s).size(), 2);
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    const auto handled = deskA.handled(10, &error);
    QVERIFY(handled && handled->size() == 2);
}

// The first message a desk takes makes the done folder. Desks that take the first messages at the
// same moment all make it at once: the server makes it for one and refuses the others, for whom
// it is there all the same (looking first and making it after failed a desk in that moment).
void TestMailbox::desksMakingTheSameFolderAtOnceAllHaveIt()
{
    constexpr int desks = 6;
    for (const QString &folder : { u"Geregistreerd"_s, u"Geen verzoek"_s, u"Afgehandeld 2026"_s }) {
        std::atomic_int ready { 0 };
        QStringList failures;
        QMutex failed;
        std::vector<std::thread> threads;
        for (int desk = 0; desk < desks; ++desk) {
            threads.emplace_back([&] {
                ImapClient client(m_dovecot->account());
                ready.fetch_add(1);
                while (ready.load() < desks)
                    std::this_thread::yield();
                QString why;
                if (!client.ensureFolder(folder, &why)) {
                    const QMutexLocker lock(&failed);
                    failures << why;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY2(failures.isEmpty(), qPrintable(folder + u": "_s + failures.join(u"; "_s)));
        QVERIFY2(uidsIn(folder).isEmpty(), qPrintable(folder));
    }
    // A folder the server cannot make is still an error, with the server's reason.
    QString why;
    QVERIFY(!ImapClient(m_dovecot->account()).ensureFolder(u"Geen/../map"_s, &why));
    QVERIFY(!why.isEmpty());
}

// Two desks taking one message at the same moment both move it: one moves it, and the other finds
// it gone, whichever way the server says so (Dovecot refuses a move of a message another session
// is moving right then; that refusal was taken for a failure of the server). Dovecot may also move
// it for both (a copy each, then the expunge): then the store's record of the message decides
// which desk registered it (twoDesksRegisterEachMessageOnce, tst_cli_mailbox).
void TestMailbox::desksMovingTheSameMessageAtOnce()
{
    QString why;
    QVERIFY2(ImapClient(m_dovecot->account()).ensureFolder(u"Geregistreerd"_s, &why),
             qPrintable(why));
    constexpr int messages = 12;
    for (int i = 0; i < messages; ++i)
        QVERIFY2(m_dovecot->deliver(inzageverzoek(u"race-%1@mail.example"_s.arg(i)), &why),
                 qPrintable(why));
    const QList<qint64> uids = uidsIn(u"INBOX"_s);
    QCOMPARE(uids.size(), messages);
    QStringList failures;
    for (const qint64 uid : uids) {
        std::atomic_int ready { 0 };
        std::array<ImapClient::Move, 2> outcome {};
        std::array<QString, 2> errors;
        std::vector<std::thread> desks;
        for (std::size_t desk = 0; desk < outcome.size(); ++desk) {
            desks.emplace_back([&, desk] {
                ImapClient client(m_dovecot->account());
                ready.fetch_add(1);
                while (ready.load() < 2)
                    std::this_thread::yield();
                outcome.at(desk)
                    = client.move(u"INBOX"_s, uid, u"Geregistreerd"_s, nullptr, &errors.at(desk));
            });
        }
        for (std::thread &desk : desks)
            desk.join();
        for (std::size_t desk = 0; desk < outcome.size(); ++desk) {
            if (outcome.at(desk) == ImapClient::Move::Failed)
                failures << errors.at(desk);
        }
        if (!std::any_of(outcome.cbegin(), outcome.cend(),
                         [](ImapClient::Move move) { return move == ImapClient::Move::Moved; }))
            failures << u"message %1 moved by neither desk"_s.arg(uid);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    QVERIFY(uidsIn(u"Geregistreerd"_s).size() >= messages);
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    // A move that fails for another reason still fails: a folder that does not exist.
    QVERIFY2(m_dovecot->deliver(inzageverzoek(u"blijft@mail.example"_s), &why), qPrintable(why));
    const qint64 left = uidsIn(u"INBOX"_s).value(0, -1);
    QVERIFY(left > 0);
    QCOMPARE(
        ImapClient(m_dovecot->account()).move(u"INBOX"_s, left, u"Bestaat niet"_s, nullptr, &why),
        ImapClient::Move::Failed);
    QVERIFY(!why.isEmpty());
}

void TestMailbox::sameMessageDeliveredTwiceIsRegisteredOnce()
{
    setAccount();
    QString why;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    const MailboxAccount account = m_dovecot->account();
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY(waiting && waiting->size() == 2);
    MailboxService desk(Session { *m_store, m_clock });
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(inzageverzoek()), &request, true);
    ServiceError error;
    const auto created = desk.take(account, waiting->at(0).uid, inzageverzoek(), request,
                                   BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    QVERIFY(!desk.take(account, waiting->at(1).uid, inzageverzoek(), request, BsnCheck::Refuse,
                       &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY2(error.message.contains(created->number), qPrintable(error.message));
    // The copy went where the first went.
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 1);
}

void TestMailbox::failedRegistrationPutsTheMessageBack()
{
    setAccount();
    QString why;
    QVERIFY2(m_dovecot->deliver(inzageverzoek(), &why), qPrintable(why));
    const MailboxAccount account = m_dovecot->account();
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY(waiting && waiting->size() == 1);
    NewCase request;
    request.types << RequestType::Inzage;
    MailIntake::apply(*MailMessage::parse(inzageverzoek()), &request, true);
    request.description = u"BSN "_s + elfProefNumber(); // the guard refuses the request
    ServiceError error;
    QVERIFY(!MailboxService(Session { *m_store, m_clock })
                 .take(account, waiting->first().uid, inzageverzoek(), request, BsnCheck::Refuse,
                       &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY2(error.message.contains(u"back in the folder INBOX"_s), qPrintable(error.message));
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);
    QVERIFY(uidsIn(u"Geregistreerd"_s).isEmpty());
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 0);
    const auto handled = MailboxService(Session { *m_store, m_clock }).handled(10, &error);
    QVERIFY(handled && handled->isEmpty());
}

void TestMailbox::dismissNeedsAReasonAndMovesIt()
{
    setAccount();
    QString why;
    QVERIFY2(m_dovecot->deliver(reclame(), &why), qPrintable(why));
    const MailboxAccount account = m_dovecot->account();
    const auto waiting = MailboxService::waiting(account, &why);
    QVERIFY(waiting && waiting->size() == 1);
    const qint64 uid = waiting->first().uid;
    MailboxService desk(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY(!desk.dismiss(account, uid, reclame(), u"  "_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!desk.dismiss(account, uid, reclame(), u"over "_s + elfProefNumber(), BsnCheck::Refuse,
                          &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(uidsIn(u"INBOX"_s).size(), 1);

    QVERIFY2(
        desk.dismiss(account, uid, reclame(), u"Reclame, geen verzoek"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    QVERIFY(uidsIn(u"INBOX"_s).isEmpty());
    QCOMPARE(uidsIn(u"Geen verzoek"_s).size(), 1);
    const auto handled = desk.handled(10, &error);
    QVERIFY(handled && handled->size() == 1);
    QVERIFY(!handled->first().registered);
    QCOMPARE(handled->first().reason, u"Reclame, geen verzoek"_s);
    const QList<AuditEvent> events = eventsOf(u"mailbox"_s, QString::number(handled->first().id));
    // Recorded pending before the move, then dismissed.
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().action, u"mailbox.pending"_s);
    QCOMPARE(events.last().action, u"mailbox.dismissed"_s);
    QCOMPARE(events.last().payload.value(u"reason"_s).toString(), u"Reclame, geen verzoek"_s);
    // Not the sender or the subject: the trail keeps no personal data of a message that is no
    // request.
    const QByteArray payload = QJsonDocument(events.first().payload).toJson()
        + QJsonDocument(events.last().payload).toJson();
    QVERIFY(!payload.contains("Aanbieding"));
    QVERIFY(!payload.contains("shop.example"));
    // Taken once: a second dismissal finds it gone.
    QVERIFY(!desk.dismiss(account, uid, reclame(), u"nogmaals"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
}

void TestMailbox::wrongCertificateAuthorityIsRefused()
{
    MailboxAccount account = m_dovecot->account();
    account.caPem = m_dovecot->otherCaPem();
    QString why;
    QVERIFY(!MailboxService::waiting(account, &why));
    QVERIFY2(why.contains(u"certificate that can be trusted"_s), qPrintable(why));
    QVERIFY(!MailboxService::check(account, &why));
    // Without a CA of its own the system's authorities do not know the test's either.
    account.caPem.clear();
    QVERIFY(!MailboxService::waiting(account, &why));
    QVERIFY2(why.contains(u"certificate that can be trusted"_s), qPrintable(why));
    // A wrong password is said as such.
    account = m_dovecot->account();
    account.secret = "verkeerd";
    QVERIFY(!MailboxService::waiting(account, &why));
    QVERIFY2(why.contains(u"refused the login"_s), qPrintable(why));
    // A server that is not there: an error, no hang.
    account = m_dovecot->account();
    m_dovecot->stop();
    QVERIFY(!MailboxService::waiting(account, &why));
    QVERIFY2(why.contains(u"cannot be reached"_s), qPrintable(why));
}

// libcurl says what went wrong in English whatever the desk speaks ("Failed to connect to
// 127.0.0.1 port 1: Connection refused"): the Dutch desk says it in Dutch, from the code.
void TestMailbox::failuresAreSaidInTheDesksLanguage()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    const auto english = qScopeGuard([] { installTranslations(UiLanguage::English); });
    static const QRegularExpression libcurlWords(
        u"\\b(the|could|couldn't|failed|connect|resolve|refused|problem|error|unable|verify|"
        "certificate|host name)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto inDutch = [](const QString &why, const QString &expected) {
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY2(!libcurlWords.match(why).hasMatch(), qPrintable(why));
    };
    QString why;
    // A certificate from an authority the account does not trust.
    MailboxAccount account = m_dovecot->account();
    account.caPem = m_dovecot->otherCaPem();
    QVERIFY(!MailboxService::check(account, &why));
    inDutch(why, u"certificaat"_s);
    // A name no resolver knows (.invalid is reserved for that).
    account = m_dovecot->account();
    account.server = u"geen-server.invalid"_s;
    QVERIFY(!MailboxService::check(account, &why));
    inDutch(why, u"de naam van de server is onbekend"_s);
    // Nothing listens on the port: the connection is refused.
    account = m_dovecot->account();
    m_dovecot->stop();
    QVERIFY(!MailboxService::check(account, &why));
    inDutch(why, u"de server weigerde de verbinding"_s);
}

void TestMailbox::starttlsWorksAndPlainTextIsNeverUsed()
{
    MailboxAccount account = m_dovecot->account();
    account.security = MailboxAccount::Security::StartTls;
    account.port = m_dovecot->starttlsPort();
    QString why;
    QVERIFY2(MailboxService::check(account, &why), qPrintable(why));
    // STARTTLS verifies the certificate too.
    account.caPem = m_dovecot->otherCaPem();
    QVERIFY(!MailboxService::check(account, &why));
    QVERIFY2(why.contains(u"certificate that can be trusted"_s), qPrintable(why));
    // IMAPS spoken to the STARTTLS port (or the other way round) fails; nothing goes in clear.
    account = m_dovecot->account();
    account.port = m_dovecot->starttlsPort();
    QVERIFY(!MailboxService::check(account, &why));
    // Every login the server saw came over TLS.
    const QStringList logins = m_dovecot->log().split(u'\n').filter(u"Login: user="_s);
    QVERIFY(!logins.isEmpty());
    for (const QString &line : logins)
        QVERIFY2(line.contains(u"TLS"_s), qPrintable(line));
}

// Microsoft 365's way (XOAUTH2): the account keeps an access token instead of a password; the
// private Dovecot checks it with an introspection server as Entra ID would.
void TestMailbox::xoauth2SignsInWithTheAccessToken()
{
    QString why;
    if (!Dovecot::availableOAuth2(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
    const QByteArray token = "eyJ0eXAiOiJKV1QiLCJ0ZXN0IjoicHJpdmFjeWRlc2sifQ.dGVzdA.c2lnbg";
    Dovecot server;
    server.acceptOAuth2Token(token);
    QVERIFY2(server.start(m_dir->filePath(u"dovecot-oauth2"_s), &why), qPrintable(why));
    MailboxAccount account = server.account();
    account.auth = MailboxAccount::Auth::XOAuth2;
    account.secret = token;
    QVERIFY2(MailboxService::check(account, &why), qPrintable(why));
    ServiceError error;
    MailboxService service(Session { *m_store, m_clock });
    QVERIFY2(service.setAccount(account, &error), qPrintable(error.message));
    const auto read = service.account(&error);
    QVERIFY(read);
    QCOMPARE(read->auth, MailboxAccount::Auth::XOAuth2);
    QCOMPARE(read->secret, token);
    QVERIFY2(server.deliver(inzageverzoek(), &why), qPrintable(why));
    const auto waiting = MailboxService::waiting(*read, &why);
    QVERIFY2(waiting && waiting->size() == 1, qPrintable(why));
    // An expired or wrong token is a refused login, not a password tried in its place.
    account.secret = "verlopen-token";
    QVERIFY(!MailboxService::check(account, &why));
    QVERIFY2(why.contains(u"refused the login"_s), qPrintable(why));
    QVERIFY2(server.log().contains(u"method=XOAUTH2"_s), qPrintable(server.log()));
}

QTEST_GUILESS_MAIN(TestMailbox)
#include "tst_mailbox.moc"
