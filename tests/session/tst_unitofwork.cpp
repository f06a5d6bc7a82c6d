// The session and its unit of work, on both backends: the role is read once; a refused
// role leaves one user.denied event and nothing else (the write never runs, a BSN in its texts
// is not even looked at); a BSN in a text refuses and nothing is written; a write that fails, or
// whose audit event fails, rolls back and leaves no event; a good write leaves exactly its
// events, in order, with a confirmed BSN override recorded about the change's entity.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString auditor = u"a.visser"_s;
const QString auditorPassword = u"wachtwoord-van-visser"_s;

// One audit event as the test reads it back, past the roles.
struct Event
{
    QString actor;
    QString entityType;
    QString entityId;
    QString action;
    QJsonObject payload;
};

QList<Event> eventsAfter(const Store &store, qint64 seq)
{
    QList<Event> events;
    const QStringList rows = readAsOwner(
        store.database(),
        u"SELECT actor || '|' || entity_type || '|' || entity_id || '|' || action || '|' || "
        "COALESCE(payload, '') FROM audit_events WHERE seq > %1 ORDER BY seq"_s.arg(seq));
    for (const QString &row : rows) {
        const QStringList fields = row.split(u'|');
        if (fields.size() < 5)
            return { Event { u"(failed)"_s, {}, {}, row, {} } };
        events << Event { fields.at(0), fields.at(1), fields.at(2), fields.at(3),
                          QJsonDocument::fromJson(fields.mid(4).join(u'|').toUtf8()).object() };
    }
    return events;
}

qint64 headSeq(const Store &store)
{
    const QStringList head
        = readAsOwner(store.database(), u"SELECT COALESCE(MAX(seq), 0) FROM audit_events"_s);
    return head.size() == 1 ? head.first().toLongLong() : -1;
}

QStringList actions(const QList<Event> &events)
{
    QStringList list;
    for (const Event &event : events)
        list << event.action;
    return list;
}

int recipientsNamed(const Store &store, const QString &name)
{
    const QStringList count = readAsOwner(
        store.database(), u"SELECT count(*) FROM recipients WHERE name = '%1'"_s.arg(name));
    return count.size() == 1 ? count.first().toInt() : -1;
}

// A statement the store refuses, run as a repository runs one: false with its error.
bool refusedStatement(UnitOfWork::Write &write, ServiceError *failure)
{
    QSqlQuery query(write.database());
    if (query.exec(u"INSERT INTO no_such_table (x) VALUES (1)"_s))
        return true;
    *failure = ServiceError::fromSql(query.lastError());
    return false;
}

// One recipient named name, without its event; false when it could not be written.
bool insertRecipient(UnitOfWork::Write &write, const QString &name, qint64 *id)
{
    QSqlQuery query(write.database());
    const QString now = write.session().clock().now().toString(Qt::ISODateWithMs);
    query.prepare(u"INSERT INTO recipients (name, category, role, created_at, created_by, "
                  "updated_at) VALUES (?, 'aannemer', 'verwerker', ?, ?, ?)"_s);
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(write.session().userName());
    query.addBindValue(now);
    if (!query.exec())
        return false;
    *id = sql::lastInsertedId(write.session().store().database());
    return *id > 0;
}

// The write the tests commit: one recipient named name, and its event.
UnitOfWork::Work addRecipient(const QString &name, bool *ran = nullptr)
{
    return [name, ran](UnitOfWork::Write &write, ServiceError *) {
        if (ran)
            *ran = true;
        qint64 id = 0;
        if (!insertRecipient(write, name, &id))
            return false;
        write.record(u"recipient"_s, QString::number(id), u"recipient.added"_s,
                     QJsonObject { { u"name"_s, name } });
        return true;
    };
}

} // namespace

class TestUnitOfWork final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sessionReadsTheRoleOnce();
    void unitReadsTheRoleOnce();
    void goodWriteLeavesExactlyItsEvents();
    void eventWrittenAsTextIsStoredAsWritten();
    void refusedRoleLeavesOnlyUserDenied();
    void roleIsCheckedBeforeTheGuard();
    void bsnRefusesAndNothingIsWritten();
    void confirmedOverrideIsRecordedAboutTheEntity();
    void failingWriteRollsBack();
    void writeSaysItsOwnError();
    void writeWithoutAnErrorIsNotDone();
    void failingAuditEventRollsBack();
    void overrideWithoutEventIsRefused();
    void commitsOnce();
    void composesIntoCallersTransaction();
    void whatFollowsComesAfterTheEvents();
    void batchCommitsItsUnitsTogether();
    void batchWhoseUnitsFailTogetherKeepsNothing();
    void batchLeftUncommittedKeepsNothing();
    void batchNestsInCallersTransaction();
    void batchReadsTheRoleOnceForItsUnits();

private:
    std::unique_ptr<Store> openAs(const QString &user, const QString &password)
    {
        m_store.reset();
        return openServiceStoreAs(m_path, user, password);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
    int m_storeCount = 0;
};

void TestUnitOfWork::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
}

void TestUnitOfWork::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_storeCount));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
}

void TestUnitOfWork::cleanup()
{
    m_store.reset();
}

void TestUnitOfWork::sessionReadsTheRoleOnce()
{
    const Session session(*m_store, m_clock);
    QCOMPARE(session.role(), std::optional<Role>(Role::Beheerder));
    QCOMPARE(session.login(), testUser);
    QVERIFY(session.may(Permission::ManageUsers));
    QCOMPARE(CaseScope::of(session).all(), true);
    {
        // Held: the role read once for everything inside, whatever changes meanwhile.
        const Session::Held held(session);
        const int reads = Session::roleReads();
        QVERIFY(changeByHand(
            *m_store, { u"UPDATE users SET role = 'kcc' WHERE login = '%1'"_s.arg(testUser) }));
        QCOMPARE(session.role(), std::optional<Role>(Role::Beheerder));
        QVERIFY(session.may(Permission::ViewAllCases));
        QCOMPARE(Session::roleReads(), reads);
    }
    // After it, the same session reads the role anew: a changed user is held to it at once.
    const int reads = Session::roleReads();
    QCOMPARE(session.role(), std::optional<Role>(Role::Kcc));
    QCOMPARE(Session::roleReads(), reads + 1);
    QVERIFY(!session.may(Permission::ViewAllCases));
    const CaseScope scope = CaseScope::of(session);
    QVERIFY(scope.intakeOnly());
    QCOMPARE(scope.login(), testUser);
    QCOMPARE(scope.since(QDate(2026, 11, 2)), QDate(2026, 10, 26));
    // A copy is the same session: two references, no role of its own.
    const Session copy = session;
    QCOMPARE(copy.role(), std::optional<Role>(Role::Kcc));
    QVERIFY(&copy.store() == &session.store());
}

void TestUnitOfWork::unitReadsTheRoleOnce()
{
    const Session session(*m_store, m_clock);
    const int reads = Session::roleReads();
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.guard({ { u"Naam"_s, u"Aannemer Eén"_s } }, BsnCheck::Refuse, &error));
    // What the write asks of the role (another service's check inside it) reads nothing more.
    QVERIFY(unit.commit(
        [&session](UnitOfWork::Write &write, ServiceError *failure) {
            if (!session.may(Permission::EditRegisters))
                return false;
            return addRecipient(u"Aannemer Eén"_s)(write, failure);
        },
        &error));
    QCOMPARE(Session::roleReads(), reads + 1);
}

void TestUnitOfWork::goodWriteLeavesExactlyItsEvents()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    QVERIFY(head >= 0);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.guard({ { u"Naam"_s, u"Aannemer Bouwman"_s } }, BsnCheck::Refuse, &error));
    const UnitOfWork::Work add = addRecipient(u"Aannemer Bouwman"_s);
    QVERIFY2(unit.commit(
                 [&add](UnitOfWork::Write &write, ServiceError *failure) {
                     if (!add(write, failure))
                         return false;
                     write.record(u"recipient"_s, u"catalogue"_s, u"recipient.listed"_s);
                     return true;
                 },
                 &error),
             qPrintable(error.message + u' ' + error.detail));
    QVERIFY(!error.isError());
    QCOMPARE(recipientsNamed(*m_store, u"Aannemer Bouwman"_s), 1);
    const QList<Event> events = eventsAfter(*m_store, head);
    QCOMPARE(actions(events), QStringList({ u"recipient.added"_s, u"recipient.listed"_s }));
    QCOMPARE(events.first().actor, testUser);
    QCOMPARE(events.first().entityType, u"recipient"_s);
    QCOMPARE(events.first().payload.value(u"name"_s).toString(), u"Aannemer Bouwman"_s);
    QCOMPARE(events.last().entityId, u"catalogue"_s);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

// An event whose payload the write gave as its JSON text (recordText, the person import's)
// takes its place among the others, and is stored as the same payload given as an object.
void TestUnitOfWork::eventWrittenAsTextIsStoredAsWritten()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    const QJsonObject payload { { u"klantnummer"_s, u"K12"_s }, { u"name"_s, u"Ans de Wit"_s } };
    const QByteArray text = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    UnitOfWork unit(session, Permission::EditRegisters, u"person.import"_s);
    ServiceError error;
    QVERIFY2(unit.commit(
                 [&](UnitOfWork::Write &write, ServiceError *) {
                     write.record(u"person"_s, u"1"_s, u"person.created"_s, payload);
                     write.recordText(u"person"_s, u"2"_s, u"person.created"_s, text);
                     write.record(u"retention"_s, u"person-import"_s, u"retention.terms.derived"_s);
                     return true;
                 },
                 &error),
             qPrintable(error.message + u' ' + error.detail));
    const QList<Event> events = eventsAfter(*m_store, head);
    QCOMPARE(
        actions(events),
        QStringList({ u"person.created"_s, u"person.created"_s, u"retention.terms.derived"_s }));
    QCOMPARE(events.at(1).actor, testUser);
    QCOMPARE(events.at(1).entityId, u"2"_s);
    QCOMPARE(events.at(1).payload, payload);
    const QStringList stored = readAsOwner(
        m_store->database(),
        u"SELECT payload FROM audit_events WHERE seq > %1 AND action = 'person.created' "
        "ORDER BY seq"_s.arg(head));
    QCOMPARE(stored, QStringList({ QString::fromUtf8(text), QString::fromUtf8(text) }));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

void TestUnitOfWork::refusedRoleLeavesOnlyUserDenied()
{
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY2(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                           &userError),
                 qPrintable(userError.message));
    }
    auto store = openAs(auditor, auditorPassword);
    QVERIFY(store);
    const Session session(*store, m_clock);
    QCOMPARE(session.role(), std::optional<Role>(Role::Auditor));
    const qint64 head = headSeq(*store);
    const int refusals = Session::refusalsRecorded();
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s, u"R-7"_s);
    bool ran = false;
    ServiceError error;
    QVERIFY(!unit.commit(addRecipient(u"Aannemer Bouwman"_s, &ran), &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QCOMPARE(error.message, Session::deniedMessage(Role::Auditor));
    QCOMPARE(error.detail, u"recipient.added"_s);
    QVERIFY(!ran);
    QCOMPARE(Session::refusalsRecorded(), refusals + 1);
    QCOMPARE(recipientsNamed(*store, u"Aannemer Bouwman"_s), 0);
    const QList<Event> events = eventsAfter(*store, head);
    QCOMPARE(actions(events), QStringList({ u"user.denied"_s }));
    QCOMPARE(events.first().actor, auditor);
    QCOMPARE(events.first().entityType, u"user"_s);
    QCOMPARE(events.first().entityId, auditor);
    QCOMPARE(events.first().payload,
             QJsonObject({ { u"action"_s, u"recipient.added"_s },
                           { u"target"_s, u"R-7"_s },
                           { u"role"_s, u"auditor"_s } }));
    // The refused unit stays refused, without recording the refusal again.
    error = {};
    QVERIFY(!unit.permit(&error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(!unit.commit(addRecipient(u"Aannemer Bouwman"_s, &ran), &error));
    QVERIFY(!ran);
    QCOMPARE(eventsAfter(*store, head).size(), 1);
    // The session's own check, for a read, says the same.
    QVERIFY(!Session(*store, m_clock)
                 .permitRead(Permission::EditRegisters, u"recipient.added"_s, {}, &error));
    QCOMPARE(error.message, Session::deniedMessage(Role::Auditor));
    QCOMPARE(actions(eventsAfter(*store, head)),
             QStringList({ u"user.denied"_s, u"user.denied"_s }));
}

void TestUnitOfWork::roleIsCheckedBeforeTheGuard()
{
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
    }
    auto store = openAs(auditor, auditorPassword);
    QVERIFY(store);
    const Session session(*store, m_clock);
    const qint64 head = headSeq(*store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(!unit.guard({ { u"Naam"_s, u"BSN "_s + elfProefNumber() } }, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(error.bsnFindings.isEmpty());
    QCOMPARE(actions(eventsAfter(*store, head)), QStringList({ u"user.denied"_s }));
}

void TestUnitOfWork::bsnRefusesAndNothingIsWritten()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    const QString name = u"Aannemer "_s + elfProefNumber();
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.guard({ { u"Contact"_s, u"Jan"_s } }, BsnCheck::Refuse, &error));
    QVERIFY(!unit.guard({ { u"Naam"_s, name } }, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(error.bsnFindings.size(), 1);
    QCOMPARE(error.bsnFindings.first().field, u"Naam"_s);
    QVERIFY(!error.message.contains(elfProefNumber()));
    bool ran = false;
    ServiceError again;
    QVERIFY(!unit.commit(addRecipient(name, &ran), &again));
    QCOMPARE(again.code, ServiceError::Code::BsnRefused);
    QVERIFY(!ran);
    QCOMPARE(recipientsNamed(*m_store, name), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

void TestUnitOfWork::confirmedOverrideIsRecordedAboutTheEntity()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    const QString name = u"Aannemer "_s + elfProefNumber();
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.guard({ { u"Naam"_s, name } }, BsnCheck::ConfirmedNotBsn, &error));
    QVERIFY(unit.guard({ { u"Contact"_s, u"Jan"_s } }, BsnCheck::ConfirmedNotBsn, &error));
    // On a server its own guard accepts the name only beside an override about the recipient.
    QVERIFY2(unit.commit(addRecipient(name), &error),
             qPrintable(error.message + u' ' + error.detail));
    QCOMPARE(recipientsNamed(*m_store, name), 1);
    const QList<Event> events = eventsAfter(*m_store, head);
    QCOMPARE(actions(events), QStringList({ u"recipient.added"_s, u"bsn.override"_s }));
    QCOMPARE(events.last().entityType, u"recipient"_s);
    QCOMPARE(events.last().entityId, events.first().entityId);
    QCOMPARE(
        events.last().payload,
        BsnGuard::checkFields({ { u"Naam"_s, name } }, BsnCheck::ConfirmedNotBsn).auditPayload());
    QVERIFY(!QJsonDocument(events.last().payload).toJson().contains(elfProefNumber().toUtf8()));
}

void TestUnitOfWork::failingWriteRollsBack()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    const UnitOfWork::Work add = addRecipient(u"Aannemer Bouwman"_s);
    ServiceError error;
    QVERIFY(!unit.commit(
        [&add](UnitOfWork::Write &write, ServiceError *failure) {
            // The row and its event are made, then the next statement fails.
            return add(write, failure) && refusedStatement(write, failure);
        },
        &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(recipientsNamed(*m_store, u"Aannemer Bouwman"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
    // The store takes the next change as if nothing happened.
    UnitOfWork next(session, Permission::EditRegisters, u"recipient.added"_s);
    QVERIFY2(next.commit(addRecipient(u"Aannemer Bouwman"_s), &error), qPrintable(error.message));
    QCOMPARE(actions(eventsAfter(*m_store, head)), QStringList({ u"recipient.added"_s }));
}

void TestUnitOfWork::writeSaysItsOwnError()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    const UnitOfWork::Work add = addRecipient(u"Aannemer Bouwman"_s);
    ServiceError error;
    QVERIFY(!unit.commit(
        [&add](UnitOfWork::Write &write, ServiceError *failure) {
            if (!add(write, failure))
                return false;
            *failure = { ServiceError::Code::Invalid, u"Not this one."_s };
            return false;
        },
        &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(error.message, u"Not this one."_s);
    QCOMPARE(recipientsNamed(*m_store, u"Aannemer Bouwman"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

// A write that fails without saying why (a repository that forgot its error) is never taken
// for done: the unit rolls back and says the store's internal error.
void TestUnitOfWork::writeWithoutAnErrorIsNotDone()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    const UnitOfWork::Work add = addRecipient(u"Aannemer Zwijgzaam"_s);
    ServiceError error;
    QVERIFY(!unit.commit([&add](UnitOfWork::Write &write,
                                ServiceError *failure) { return add(write, failure) && false; },
                         &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.detail.contains(u"without an error"_s));
    QCOMPARE(recipientsNamed(*m_store, u"Aannemer Zwijgzaam"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

void TestUnitOfWork::failingAuditEventRollsBack()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    // The trail refuses the event for real (a trigger), after the write went through.
    QVERIFY(refuseInserts(m_store->database(), u"pd_test_refuse_event"_s, u"audit_events"_s));
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(!unit.commit(addRecipient(u"Aannemer Bouwman"_s), &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY2(error.message.contains(u"refused by the test"_s), qPrintable(error.message));
    QVERIFY(allowInserts(m_store->database(), u"pd_test_refuse_event"_s, u"audit_events"_s));
    QCOMPARE(recipientsNamed(*m_store, u"Aannemer Bouwman"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

void TestUnitOfWork::overrideWithoutEventIsRefused()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    const QString name = u"Aannemer "_s + elfProefNumber();
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.guard({ { u"Naam"_s, name } }, BsnCheck::ConfirmedNotBsn, &error));
    QVERIFY(!unit.commit(
        [&name](UnitOfWork::Write &write, ServiceError *) {
            qint64 id = 0;
            return insertRecipient(write, name, &id); // and forgets to say what it changed
        },
        &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(recipientsNamed(*m_store, name), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

void TestUnitOfWork::commitsOnce()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(unit.commit(addRecipient(u"Eén"_s), &error));
    bool ran = false;
    QVERIFY(!unit.commit(addRecipient(u"Twee"_s, &ran), &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!ran);
    QCOMPARE(recipientsNamed(*m_store, u"Twee"_s), 0);
    QCOMPARE(actions(eventsAfter(*m_store, head)), QStringList({ u"recipient.added"_s }));
}

void TestUnitOfWork::composesIntoCallersTransaction()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    {
        // A caller's transaction that is rolled back takes the unit's change with it.
        Transaction outer(m_store->database());
        QVERIFY(outer.isOpen());
        UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
        ServiceError error;
        QVERIFY2(unit.commit(addRecipient(u"Binnen"_s), &error), qPrintable(error.message));
        outer.rollback();
    }
    QCOMPARE(recipientsNamed(*m_store, u"Binnen"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
    {
        Transaction outer(m_store->database());
        QVERIFY(outer.isOpen());
        UnitOfWork failing(session, Permission::EditRegisters, u"recipient.added"_s);
        ServiceError error;
        QVERIFY(
            !failing.commit([](UnitOfWork::Write &write,
                               ServiceError *failure) { return refusedStatement(write, failure); },
                            &error));
        UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(unit.commit(addRecipient(u"Buiten"_s), &error), qPrintable(error.message));
        QVERIFY(outer.commit());
    }
    QCOMPARE(recipientsNamed(*m_store, u"Buiten"_s), 1);
    QCOMPARE(actions(eventsAfter(*m_store, head)), QStringList({ u"recipient.added"_s }));
}

void TestUnitOfWork::whatFollowsComesAfterTheEvents()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    const QString name = u"Aannemer "_s + elfProefNumber();
    {
        // What follows runs after the change's events (and its override), in its transaction:
        // another unit's events come after them.
        UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
        ServiceError error;
        QVERIFY(unit.guard({ { u"Naam"_s, name } }, BsnCheck::ConfirmedNotBsn, &error));
        const UnitOfWork::Work add = addRecipient(name);
        QVERIFY2(unit.commit(
                     [&](UnitOfWork::Write &write, ServiceError *failure) {
                         write.then([&session](ServiceError *next) {
                             UnitOfWork after(session, Permission::EditRegisters,
                                              u"recipient.added"_s);
                             return after.commit(addRecipient(u"Daarna"_s), next);
                         });
                         return add(write, failure);
                     },
                     &error),
                 qPrintable(error.message + u' ' + error.detail));
    }
    QCOMPARE(recipientsNamed(*m_store, u"Daarna"_s), 1);
    const QList<Event> events = eventsAfter(*m_store, head);
    QCOMPARE(actions(events),
             QStringList({ u"recipient.added"_s, u"bsn.override"_s, u"recipient.added"_s }));
    QCOMPARE(events.last().payload.value(u"name"_s).toString(), u"Daarna"_s);

    // A failure of what follows rolls the whole change back, with its own error.
    const qint64 second = headSeq(*m_store);
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    ServiceError error;
    QVERIFY(!unit.commit(
        [](UnitOfWork::Write &write, ServiceError *failure) {
            write.then([](ServiceError *next) {
                *next = { ServiceError::Code::Invalid, u"daarna mislukt"_s, {} };
                return false;
            });
            return addRecipient(u"Teruggedraaid"_s)(write, failure);
        },
        &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(error.message, u"daarna mislukt"_s);
    QCOMPARE(recipientsNamed(*m_store, u"Teruggedraaid"_s), 0);
    QVERIFY(eventsAfter(*m_store, second).isEmpty());
}

void TestUnitOfWork::batchCommitsItsUnitsTogether()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    ServiceError error;
    {
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::MayFailAlone);
        QVERIFY(batch.begun(&error));
        UnitOfWork first(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(first.commit(addRecipient(u"Eerste"_s), &error), qPrintable(error.message));
        // A unit that fails inside the batch takes only its own change back.
        UnitOfWork failing(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY(!failing.commit(
            [](UnitOfWork::Write &write, ServiceError *failure) {
                return addRecipient(u"Mislukt"_s)(write, failure)
                    && refusedStatement(write, failure);
            },
            &error));
        UnitOfWork second(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(second.commit(addRecipient(u"Tweede"_s), &error), qPrintable(error.message));
        QVERIFY2(batch.commit(&error), qPrintable(error.message + u' ' + error.detail));
    }
    QCOMPARE(recipientsNamed(*m_store, u"Eerste"_s), 1);
    QCOMPARE(recipientsNamed(*m_store, u"Mislukt"_s), 0);
    QCOMPARE(recipientsNamed(*m_store, u"Tweede"_s), 1);
    // The units' events, in order, and nothing of the batch's own.
    const QList<Event> events = eventsAfter(*m_store, head);
    QCOMPARE(actions(events), QStringList({ u"recipient.added"_s, u"recipient.added"_s }));
    QCOMPARE(events.first().payload.value(u"name"_s).toString(), u"Eerste"_s);
    QCOMPARE(events.last().payload.value(u"name"_s).toString(), u"Tweede"_s);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

// Where every failure ends the batch, its units write into its transaction without a savepoint:
// a unit that failed half-way leaves its first statement in the transaction, so the batch takes
// no more units and refuses to commit, and nothing of it stays.
void TestUnitOfWork::batchWhoseUnitsFailTogetherKeepsNothing()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    ServiceError error;
    {
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
        QVERIFY(batch.begun(&error));
        UnitOfWork first(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(first.commit(addRecipient(u"Voor de fout"_s), &error), qPrintable(error.message));
        UnitOfWork failing(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY(!failing.commit(
            [](UnitOfWork::Write &write, ServiceError *failure) {
                return addRecipient(u"Half"_s)(write, failure) && refusedStatement(write, failure);
            },
            &error));
        const ServiceError why = error;
        QCOMPARE(why.code, ServiceError::Code::Storage);
        bool ran = false;
        UnitOfWork later(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY(!later.commit(addRecipient(u"Na de fout"_s, &ran), &error));
        QVERIFY(!ran);
        QCOMPARE(error.message, why.message);
        QVERIFY(!batch.commit(&error));
        QCOMPARE(error.message, why.message);
    }
    for (const QString &name : { u"Voor de fout"_s, u"Half"_s, u"Na de fout"_s })
        QCOMPARE(recipientsNamed(*m_store, name), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
    // The connection takes the next change as usual.
    UnitOfWork next(session, Permission::EditRegisters, u"recipient.added"_s);
    QVERIFY2(next.commit(addRecipient(u"Daarna"_s), &error), qPrintable(error.message));
    QCOMPARE(recipientsNamed(*m_store, u"Daarna"_s), 1);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

void TestUnitOfWork::batchLeftUncommittedKeepsNothing()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    {
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
        ServiceError error;
        QVERIFY(batch.begun(&error));
        UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(unit.commit(addRecipient(u"Weg"_s), &error), qPrintable(error.message));
        // An early return: the batch goes out of scope uncommitted.
    }
    QCOMPARE(recipientsNamed(*m_store, u"Weg"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
    // The store takes the next batch as if nothing happened; a batch commits once.
    UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
    ServiceError error;
    QVERIFY(batch.begun(&error));
    UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
    QVERIFY2(unit.commit(addRecipient(u"Blijft"_s), &error), qPrintable(error.message));
    QVERIFY(batch.commit(&error));
    QVERIFY(!batch.commit(&error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(recipientsNamed(*m_store, u"Blijft"_s), 1);
    QCOMPARE(actions(eventsAfter(*m_store, head)), QStringList({ u"recipient.added"_s }));
}

void TestUnitOfWork::batchNestsInCallersTransaction()
{
    const Session session(*m_store, m_clock);
    const qint64 head = headSeq(*m_store);
    {
        // A batch inside a caller's transaction is a savepoint: the caller's rollback takes it.
        Transaction outer(m_store->database());
        QVERIFY(outer.isOpen());
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
        ServiceError error;
        QVERIFY(batch.begun(&error));
        UnitOfWork unit(session, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(unit.commit(addRecipient(u"Genest"_s), &error), qPrintable(error.message));
        QVERIFY2(batch.commit(&error), qPrintable(error.message));
        outer.rollback();
    }
    QCOMPARE(recipientsNamed(*m_store, u"Genest"_s), 0);
    QVERIFY(eventsAfter(*m_store, head).isEmpty());
}

// A batch is one action of the user: the role is read when its transaction begins, and the
// sessions its units are made with take that one (a demo request read it 12.6 times on a
// server). The next session after the batch reads it again, so a removed user stops there.
void TestUnitOfWork::batchReadsTheRoleOnceForItsUnits()
{
    const Session before(*m_store, m_clock);
    ServiceError error;
    {
        UnitOfWork::Batch batch(before, UnitOfWork::Batch::Units::FailTogether);
        QVERIFY(batch.begun(&error));
        QVERIFY(changeByHand(
            *m_store, { u"UPDATE users SET role = 'kcc' WHERE login = '%1'"_s.arg(testUser) }));
        const Session inside(*m_store, m_clock);
        QCOMPARE(inside.role(), std::optional<Role>(Role::Beheerder));
        UnitOfWork unit(inside, Permission::EditRegisters, u"recipient.added"_s);
        QVERIFY2(unit.commit(addRecipient(u"In de batch"_s), &error), qPrintable(error.message));
        QVERIFY2(batch.commit(&error), qPrintable(error.message));
        // Committed: a session made now reads the role again.
        QCOMPARE(Session(*m_store, m_clock).role(), std::optional<Role>(Role::Kcc));
    }
    const Session after(*m_store, m_clock);
    QCOMPARE(after.role(), std::optional<Role>(Role::Kcc));
    UnitOfWork unit(after, Permission::EditRegisters, u"recipient.added"_s);
    QVERIFY(!unit.commit(addRecipient(u"Na de batch"_s), &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QCOMPARE(recipientsNamed(*m_store, u"In de batch"_s), 1);
    QCOMPARE(recipientsNamed(*m_store, u"Na de batch"_s), 0);

    // A batch left uncommitted lets go of its role as well.
    {
        UnitOfWork::Batch batch(after, UnitOfWork::Batch::Units::FailTogether);
        QVERIFY(batch.begun(&error));
        QCOMPARE(Session(*m_store, m_clock).role(), std::optional<Role>(Role::Kcc));
    }
    QVERIFY(changeByHand(
        *m_store, { u"UPDATE users SET role = 'auditor' WHERE login = '%1'"_s.arg(testUser) }));
    QCOMPARE(Session(*m_store, m_clock).role(), std::optional<Role>(Role::Auditor));
}

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
