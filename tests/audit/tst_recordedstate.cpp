// verify compares the case and person rows with what their audit trail last recorded (issue
// 15), on both backends: on a demo store (every kind of history the services write) it
// finds nothing; a state, an outcome or a name changed with plain SQL, as someone holding the key
// could, fails verify with a sentence that names the request (or the person's internal number),
// never their data.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/RecordedState.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestRecordedState final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoStoreAgrees();
    void stateEditedWithSqlFails();
    void outcomeEditedWithSqlFails();
    void nameEditedWithSqlFails();
    void reopenedAndDestroyedAreNoFalseAlarm();
    void verifyWithoutTheRowsFails();

private:
    bool verifies(QStringList *problems = nullptr) const;

    QTemporaryDir m_master;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Store> m_store;
};

// One demo store for the whole test (generating it is the slow part); each test works on a
// copy of its closed files. A server store cannot be copied file by file: there each test gets
// a demo store of its own (below).
void TestRecordedState::initTestCase()
{
    QVERIFY(m_master.isValid());
    if (testBackend() == Backend::Server)
        return;
    StoreCreateOptions create;
    create.demo = true; // demo data goes only into a demo store
    create.kdf = KdfParams::minimum();
    StoreError storeError;
    QString recovery;
    auto store = Store::create(m_master.filePath(u"demo"_s), testUser,
                               SecureBytes::fromUtf8(testPassword), create, &recovery, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    DemoOptions options;
    options.cases = 150;
    options.today = QDate(2026, 11, 20);
    QString error;
    QVERIFY2(DemoData::generate(*store, options, {}, &error), qPrintable(error));
}

void TestRecordedState::init()
{
    m_store.reset();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    if (testBackend() == Backend::Server) {
        // `server init` makes no demo store: a server store marked as one by hand, opened again,
        // and given the same fictitious data.
        const QString dir = m_tmp->filePath(u"demo"_s);
        auto store = createServiceStore(dir);
        QVERIFY(store);
        QVERIFY(changeByHand(*store, { u"UPDATE meta SET value = '1' WHERE key = 'demo'"_s }));
        store.reset();
        StoreError storeError;
        m_store = openServiceStore(dir, testUser, testPassword, &storeError);
        QVERIFY2(m_store, qPrintable(storeError.detail()));
        QVERIFY(m_store->isDemo());
        DemoOptions options;
        options.cases = 150;
        options.today = QDate(2026, 11, 20);
        QString error;
        QVERIFY2(DemoData::generate(*m_store, options, {}, &error), qPrintable(error));
        return;
    }
    const QDir from(m_master.filePath(u"demo"_s));
    const QDir to(m_tmp->filePath(u"demo"_s));
    QVERIFY(QDir().mkpath(to.path()));
    for (const QString &name : from.entryList(QDir::Files | QDir::Hidden)) {
        if (name != u".lock"_s)
            QVERIFY(QFile::copy(from.filePath(name), to.filePath(name)));
    }
    StoreError error;
    m_store = openTestStore(to.path(), &error);
    QVERIFY2(m_store, qPrintable(error.detail()));
}

bool TestRecordedState::verifies(QStringList *problems) const
{
    QStringList found;
    const bool ok = m_store->verify(&found, TrailRows::all());
    if (problems)
        *problems = found;
    else if (!ok)
        qWarning() << found;
    return ok;
}

void TestRecordedState::demoStoreAgrees()
{
    const QSqlDatabase db = m_store->database();
    // The demo has the histories that could raise a false alarm.
    QVERIFY(countRows(db, u"cases"_s) >= 150);
    QVERIFY(text(db, u"SELECT count(*) FROM cases WHERE outcome IS NOT NULL"_s).toInt() > 0);
    QVERIFY(text(db, u"SELECT count(*) FROM audit_events WHERE action = 'case.created'"_s).toInt()
            >= 150);
    const RecordedState::Result result = RecordedState::check(db, TrailRows::all());
    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.casesChecked >= 150);
    QVERIFY(result.personsChecked > 0);
    QVERIFY(verifies());
}

void TestRecordedState::stateEditedWithSqlFails()
{
    const QSqlDatabase db = m_store->database();
    const QString number = text(db,
                                u"SELECT number FROM cases WHERE state = 'in-behandeling' "
                                "ORDER BY number LIMIT 1"_s);
    QVERIFY(!number.isEmpty());
    const QString person = text(db,
                                u"SELECT p.name FROM persons p JOIN cases c ON "
                                "c.person_id = p.id WHERE c.number = '"_s
                                    + number + u"'"_s);
    QVERIFY(!person.isEmpty());
    QVERIFY(
        execSql(db, u"UPDATE cases SET state = 'ontvangen' WHERE number = '"_s + number + u"'"_s));
    QStringList problems;
    QVERIFY(!verifies(&problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(number), qPrintable(problems.first()));
    QVERIFY(problems.first().contains(u"in-behandeling"_s));
    QVERIFY(!problems.first().contains(person));
    // Put back, it agrees again.
    QVERIFY(execSql(
        db, u"UPDATE cases SET state = 'in-behandeling' WHERE number = '"_s + number + u"'"_s));
    QVERIFY(verifies());
}

void TestRecordedState::outcomeEditedWithSqlFails()
{
    const QSqlDatabase db = m_store->database();
    const QString number = text(db,
                                u"SELECT number FROM cases WHERE outcome = 'toegewezen' "
                                "ORDER BY number LIMIT 1"_s);
    QVERIFY(!number.isEmpty());
    QVERIFY(execSql(
        db, u"UPDATE cases SET outcome = 'afgewezen' WHERE number = '"_s + number + u"'"_s));
    QStringList problems;
    QVERIFY(!verifies(&problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(number), qPrintable(problems.first()));
    QVERIFY(problems.first().contains(u"toegewezen"_s));
}

void TestRecordedState::nameEditedWithSqlFails()
{
    const QSqlDatabase db = m_store->database();
    const QString id = text(db,
                            u"SELECT id FROM persons WHERE anonymised_at IS NULL "
                            "ORDER BY id LIMIT 1"_s);
    const QString name = text(db, u"SELECT name FROM persons WHERE id = "_s + id);
    QVERIFY(!name.isEmpty());
    QVERIFY(execSql(db, u"UPDATE persons SET name = 'Iemand Anders' WHERE id = "_s + id));
    QStringList problems;
    QVERIFY(!verifies(&problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"no. "_s + id), qPrintable(problems.first()));
    QVERIFY(!problems.first().contains(name));
    QVERIFY(!problems.first().contains(u"Iemand Anders"_s));
}

// A reopened request (outcome cleared, state back) and a request whose trail lost its details
// under retention are no difference; the destroyed one is not compared at all.
void TestRecordedState::reopenedAndDestroyedAreNoFalseAlarm()
{
    const QSqlDatabase db = m_store->database();
    const QString completed = text(db,
                                   u"SELECT number FROM cases WHERE outcome IS NOT NULL "
                                   "ORDER BY number DESC LIMIT 1"_s);
    QVERIFY(!completed.isEmpty());
    ServiceError error;
    CaseService service(Session { *m_store });
    QVERIFY2(
        service.reopen(completed, u"Nieuwe informatie van de huurder"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    QCOMPARE(text(db,
                  u"SELECT count(*) FROM cases WHERE outcome IS NULL AND number = '"_s + completed
                      + u"'"_s),
             u"1"_s);
    QVERIFY(verifies());

    const QString destroyed = text(db,
                                   u"SELECT number FROM cases WHERE state = 'in-behandeling' "
                                   "ORDER BY number DESC LIMIT 1"_s);
    QVERIFY(!destroyed.isEmpty());
    // Retention anonymises the request's person before it destroys the details (a server lets
    // no one destroy the details of a request whose person is still there).
    QVERIFY(execSql(db,
                    u"UPDATE persons SET anonymised_at = '2026-11-20T10:00:00.000Z' WHERE id = "
                    "(SELECT person_id FROM cases WHERE number = '"_s
                        + destroyed + u"')"_s));
    AuditLog log(db, m_store->info().storeId.toString(QUuid::WithoutBraces));
    QString auditError;
    // A server lets the details go only with the destruction's event and record.
    QVERIFY(QSqlDatabase(db).transaction());
    if (m_store->isServer())
        QVERIFY(recordRequestDestroyed(db, log, destroyed));
    QVERIFY2(log.destroyPayloads(u"case"_s, destroyed, &auditError) > 0, qPrintable(auditError));
    QVERIFY2(QSqlDatabase(db).commit(), qPrintable(db.lastError().text()));
    QVERIFY(execSql(
        db, u"UPDATE cases SET state = 'ontvangen' WHERE number = '"_s + destroyed + u"'"_s));
    QVERIFY(verifies());
}

// The rows are their owners': verify reads them from the sources its caller gives.
// The one list has both, and a verify given none (or a list that leaves one out) does not pass
// unseen: a caller that skipped the rows would otherwise verify a store edited behind the trail.
void TestRecordedState::verifyWithoutTheRowsFails()
{
    const RecordedState::Sources all = TrailRows::all();
    QStringList types;
    for (const RecordedState::Source &source : all)
        types << source.entityType;
    QCOMPARE(types, QStringList({ u"case"_s, u"person"_s }));

    QStringList problems;
    QVERIFY(!m_store->verify(&problems, {}));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"audit trail vs. data"_s), qPrintable(problems.first()));
    const RecordedState::Result none = RecordedState::check(m_store->database(), {});
    QVERIFY(!none.ok);
    QCOMPARE(none.casesChecked, 0);

    // Only the requests: the persons are not checked, and a name edited with SQL goes unseen
    // there, which is why every caller gives the one list.
    const QSqlDatabase db = m_store->database();
    const QString id = text(db,
                            u"SELECT id FROM persons WHERE anonymised_at IS NULL "
                            "ORDER BY id LIMIT 1"_s);
    QVERIFY(execSql(db, u"UPDATE persons SET name = 'Iemand Anders' WHERE id = "_s + id));
    const RecordedState::Result casesOnly = RecordedState::check(db, { all.first() });
    QVERIFY2(casesOnly.ok, qPrintable(casesOnly.problems.join(u'\n')));
    QVERIFY(casesOnly.casesChecked >= 150);
    QCOMPARE(casesOnly.personsChecked, 0);
    QVERIFY(!verifies(&problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"no. "_s + id), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestRecordedState)
#include "tst_recordedstate.moc"
