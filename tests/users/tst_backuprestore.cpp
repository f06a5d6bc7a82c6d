// Backup and restore of a store: a round trip on a store with 10,000 requests, the second
// backup of the live store before it is replaced, and refusals (wrong password, damaged backup,
// a role that may not restore, a store still open) that leave the live store untouched.

#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

constexpr int caseCount = 10000;

SecureBytes pw(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

// 10,000 persons and requests by direct SQL: DemoData would take minutes; the backup only
// needs the volume (and the search index the triggers keep).
bool fillCases(const Store &store, int count)
{
    QSqlDatabase db = store.database();
    const QString numbers = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < %1) "_s.arg(count);
    return db.transaction()
        && execSql(
               db,
               u"INSERT INTO persons (id, name, relation, klantnummer, created_at, created_by) "_s
                   + numbers
                   + u"SELECT i, 'Huurder ' || i, 'huurder', 'K' || i, "
                     "'2026-01-01T00:00:00.000Z', 'test' FROM n"_s)
        && execSql(db,
                   u"INSERT INTO cases (number, person_id, channel, received_at, received_date, "
                   "received_by, state, created_at, updated_at) "_s
                       + numbers
                       + u"SELECT 'AVG-2026-' || substr('0000' || i, -5), i, 'email', "
                         "'2026-01-02T09:00:00.000Z', '2026-01-02', 'test', 'ontvangen', "
                         "'2026-01-02T09:00:00.000Z', '2026-01-02T09:00:00.000Z' FROM n"_s)
        && db.commit();
}

void corrupt(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    QByteArray bytes = file.read(4096);
    for (char &c : bytes)
        c = static_cast<char>(~c);
    QVERIFY(file.seek(middle));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestBackupRestore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backupRecordsLastBackup();
    void roundTripWithTenThousandCases();
    void restoreIntoEmptyFolder();
    void wrongPasswordTouchesNothing();
    void damagedBackupTouchesNothing();
    void onlyBeheerderMayRestore();
    void openStoreIsNotReplaced();
    void liveStoreThatDoesNotOpenIsCopiedFirst();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    QString m_backup;
};

void TestBackupRestore::initTestCase()
{
    QVERIFY(initSodium());
}

void TestBackupRestore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(u"kluis"_s);
    m_backup = m_tmp->filePath(u"backup"_s);
    auto store = createTestStore(m_dir);
    QVERIFY(store);
    QVERIFY(execSql(store->database(),
                    u"INSERT INTO settings (key, value, changed_at, changed_by) "
                    "VALUES ('marker', 'voor de backup', '2026-01-01', 'test')"_s));
    StoreError error;
    QVERIFY2(store->backupTo(m_backup, &error), qPrintable(error.detail()));
}

void TestBackupRestore::backupRecordsLastBackup()
{
    StoreError error;
    auto store = openTestStore(m_dir, &error);
    QVERIFY(store);
    const QDateTime last = store->lastBackup();
    QVERIFY(last.isValid());
    QVERIFY(last.secsTo(pd::test::systemNow()) < 60);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT actor FROM audit_events WHERE action = 'store.backed_up'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), testUser);
    // The backup opens on its own, as a store.
    store.reset();
    auto copy = openTestStore(m_backup, &error);
    QVERIFY2(copy, qPrintable(error.detail()));
}

void TestBackupRestore::roundTripWithTenThousandCases()
{
    QElapsedTimer timer;
    timer.start();
    const QString big = m_tmp->filePath(u"groot"_s);
    const QString bigBackup = m_tmp->filePath(u"groot-backup"_s);
    {
        auto store = createTestStore(big);
        QVERIFY(store);
        QVERIFY(fillCases(*store, caseCount));
        StoreError error;
        QVERIFY2(store->backupTo(bigBackup, &error), qPrintable(error.detail()));
        // After the backup the live store changes: the restore must bring back the old state.
        QVERIFY(execSql(store->database(), u"DELETE FROM case_types"_s));
        QVERIFY(
            execSql(store->database(), u"UPDATE cases SET state = 'afgerond' WHERE id <= 5000"_s));
        QVERIFY(execSql(store->database(),
                        u"INSERT INTO settings (key, value, changed_at, changed_by) "
                        "VALUES ('na-backup', '1', '2026-01-01', 'test')"_s));
    }
    QString safety;
    StoreError error;
    QVERIFY2(Store::restore(bigBackup, big, testUser, pw(testPassword), &safety, &error),
             qPrintable(error.detail()));
    QVERIFY(!safety.isEmpty());
    QVERIFY(safety.startsWith(QDir(big).filePath(u"backups/voor-herstel-"_s)));

    auto store = openTestStore(big, &error);
    QVERIFY(store);
    QCOMPARE(countRows(store->database(), u"cases"_s), caseCount);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT count(*) FROM cases WHERE state = 'afgerond'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT count(*) FROM settings WHERE key = 'na-backup'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'store.restored'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
    QVERIFY(!QFileInfo::exists(QDir(big).filePath(u".herstel"_s)));
    QVERIFY(!QFileInfo::exists(QDir(big).filePath(u"keyring.pdk.pending"_s)));
    store.reset();

    // The second backup holds the live store as it was just before the restore.
    auto before = openTestStore(safety, &error);
    QVERIFY2(before, qPrintable(error.detail()));
    QSqlQuery old(before->database());
    QVERIFY(old.exec(u"SELECT count(*) FROM cases WHERE state = 'afgerond'"_s) && old.next());
    QCOMPARE(old.value(0).toInt(), 5000);
    qInfo("10,000-case round trip: %lld ms", timer.elapsed());
}

void TestBackupRestore::restoreIntoEmptyFolder()
{
    const QString fresh = m_tmp->filePath(u"nieuw"_s);
    QString safety;
    StoreError error;
    QVERIFY2(Store::restore(m_backup, fresh, testUser, pw(testPassword), &safety, &error),
             qPrintable(error.detail()));
    QVERIFY(safety.isEmpty());
    auto store = openTestStore(fresh, &error);
    QVERIFY(store);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT value FROM settings WHERE key = 'marker'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"voor de backup"_s);
}

void TestBackupRestore::wrongPasswordTouchesNothing()
{
    const auto before = fingerprint(m_dir);
    QString safety;
    StoreError error;
    QVERIFY(!Store::restore(m_backup, m_dir, testUser, pw(u"fout wachtwoord"_s), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::WrongPassword);
    QCOMPARE(fingerprint(m_dir), before);
    QVERIFY(!Store::restore(m_backup, m_dir, QString(), pw(u"fout wachtwoord"_s), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::WrongPassword);
    QCOMPARE(fingerprint(m_dir), before);
}

void TestBackupRestore::damagedBackupTouchesNothing()
{
    corrupt(QDir(m_backup).filePath(u"privacydesk.db"_s));
    const auto before = fingerprint(m_dir);
    QString safety;
    StoreError error;
    QVERIFY(!Store::restore(m_backup, m_dir, testUser, pw(testPassword), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::Corrupt);
    QCOMPARE(fingerprint(m_dir), before);
    // A missing keyring, likewise.
    QVERIFY(QFile::remove(QDir(m_backup).filePath(u"keyring.pdk"_s)));
    QVERIFY(!Store::restore(m_backup, m_dir, testUser, pw(testPassword), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::NotAStore);
    QCOMPARE(fingerprint(m_dir), before);
}

void TestBackupRestore::onlyBeheerderMayRestore()
{
    const QString auditorPassword = u"wachtwoord-auditor"_s;
    const QString withAuditor = m_tmp->filePath(u"backup-met-auditor"_s);
    {
        StoreError error;
        auto store = openTestStore(m_dir, &error);
        UserError userError;
        QVERIFY(UserService(*store, Session { *store })
                    .add(u"c.visser"_s, {}, Role::Auditor, pw(auditorPassword), &userError));
        QVERIFY(store->backupTo(withAuditor, &error));
    }
    const auto before = fingerprint(m_dir);
    QString safety;
    StoreError error;
    QVERIFY(
        !Store::restore(withAuditor, m_dir, u"c.visser"_s, pw(auditorPassword), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::PermissionDenied);
    QCOMPARE(fingerprint(m_dir), before);
}

void TestBackupRestore::openStoreIsNotReplaced()
{
    StoreError error;
    auto open = openTestStore(m_dir, &error);
    QVERIFY(open);
    QString safety;
    QVERIFY(!Store::restore(m_backup, m_dir, testUser, pw(testPassword), &safety, &error));
    QCOMPARE(error.code(), StoreError::Code::InUse);
    QVERIFY(!QFileInfo::exists(QDir(m_dir).filePath(u".herstel"_s)));
}

// The live store is damaged: it cannot give a verified export, so its files are kept as they
// are (checked by hash) before the backup replaces them.
void TestBackupRestore::liveStoreThatDoesNotOpenIsCopiedFirst()
{
    const QString liveDb = QDir(m_dir).filePath(u"privacydesk.db"_s);
    corrupt(liveDb);
    QFile damaged(liveDb);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();
    QString safety;
    StoreError error;
    QVERIFY2(Store::restore(m_backup, m_dir, testUser, pw(testPassword), &safety, &error),
             qPrintable(error.detail()));
    QFile kept(QDir(safety).filePath(u"privacydesk.db"_s));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damagedBytes);
    QVERIFY(QFileInfo::exists(QDir(safety).filePath(u"keyring.pdk"_s)));
    auto store = openTestStore(m_dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QVERIFY(store->verify(nullptr, TrailRows::all()));
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
