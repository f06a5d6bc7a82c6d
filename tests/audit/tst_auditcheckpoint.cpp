// The audit trail's verified checkpoint on real stores of both backends: a
// verification resumes from it, a full one (verify --full, every backup) still finds a change
// before it, a change after it is found by the everyday verification, and a checkpoint row
// written other than by the store (moved, or copied from another store) is refused. To tamper,
// the tests change the trail by hand as an attacker holding the database key (a store folder:
// the triggers dropped first) or the server's owner (test::changeByHand) could.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/TrailRows.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

struct CheckpointRow
{
    qint64 seq = 0;
    QByteArray hash;
    QByteArray mac;
};

CheckpointRow checkpointOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT seq, hash, mac FROM audit_checkpoints WHERE id = 1"_s)
        || !query.next())
        return {};
    return { query.value(0).toLongLong(), query.value(1).toByteArray(),
             query.value(2).toByteArray() };
}

// A checkpoint row written by hand, not by the store.
bool writeCheckpoint(const Store &store, const CheckpointRow &row)
{
    return changeByHand(store,
                        { u"DELETE FROM audit_checkpoints"_s,
                          u"INSERT INTO audit_checkpoints (id, seq, hash, mac, verified_at) "
                          "VALUES (1, %1, %2, %3, '2026-01-01T00:00:00.000Z')"_s.arg(row.seq)
                              .arg(bytesSql(store, row.hash), bytesSql(store, row.mac)) });
}

QByteArray hashOf(const QSqlDatabase &db, qint64 seq)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT hash FROM audit_events WHERE seq = ?"_s);
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace

class TestAuditCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void checkpointKeptAfterAVerify();
    void noCheckpointInsideATransaction();
    void noCheckpointWithoutTheKey();
    void changeBeforeTheCheckpointFoundByFullVerify();
    void changeBeforeTheCheckpointFoundByTheBackup();
    void changeAfterTheCheckpointFoundByTheNormalVerify();
    void checkpointEventChangedRunsAFullVerify();
    void forgedCheckpointRefused_data();
    void forgedCheckpointRefused();
    void otherStoresCheckpointRefused();
    void checkpointRefusedAfterRekey();
    void entityEventsCheckedOneByOne();
    void storeVerifyScopes();
    void batchAfterTheCheckpoint();

private:
    // Appends count events (entity "case" AVG-2026-000<i % 3>) in one transaction.
    bool append(Store &store, int count, const QString &entityId = {});
    AuditLog auditOf(const Store &store) const;
    QSqlDatabase db() const { return m_store->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAuditCheckpoint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"store"_s));
    QVERIFY(m_store);
    QVERIFY(append(*m_store, 30));
}

void TestAuditCheckpoint::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestAuditCheckpoint::append(Store &store, int count, const QString &entityId)
{
    QSqlDatabase database = store.database();
    const AuditLog audit = auditOf(store);
    if (!database.transaction())
        return false;
    for (int i = 0; i < count; ++i) {
        QString error;
        const QString id = entityId.isEmpty() ? u"AVG-2026-000%1"_s.arg(i % 3) : entityId;
        if (!AuditLog(audit).append(u"j.devries"_s, u"case"_s, id, u"case.note_added"_s,
                                    QJsonObject { { u"note"_s, u"notitie %1"_s.arg(i) } },
                                    &error)) {
            qWarning("%s", qPrintable(error));
            database.rollback();
            return false;
        }
    }
    return database.commit();
}

AuditLog TestAuditCheckpoint::auditOf(const Store &store) const
{
    return AuditLog(store.database(), store.info().storeId.toString(QUuid::WithoutBraces));
}

void TestAuditCheckpoint::checkpointKeptAfterAVerify()
{
    const qint64 head = scalar(db(), u"SELECT max(seq) FROM audit_events"_s);
    QVERIFY(head >= 30);
    QCOMPARE(checkpointOf(db()).seq, 0); // none before the first verification

    const auto first = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY2(first.ok, qPrintable(first.reason));
    QCOMPARE(first.resumedAfter, 0);
    QCOMPARE(first.eventsChecked, head);
    QVERIFY(first.checkpointRefused.isEmpty());
    QCOMPARE(checkpointOf(db()).seq, head);
    QCOMPARE(checkpointOf(db()).hash, hashOf(db(), head));

    QVERIFY(append(*m_store, 5));
    const auto second = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY2(second.ok, qPrintable(second.reason));
    QCOMPARE(second.resumedAfter, head);
    QCOMPARE(second.eventsChecked, 5); // only what was written since
    QCOMPARE(second.headSeq, head + 5);
    QCOMPARE(second.headHash, hashOf(db(), head + 5).toHex());
    QVERIFY(second.checkpointVerifiedAt.isValid());
    QCOMPARE(checkpointOf(db()).seq, head + 5);

    // Nothing new: nothing walked, the head is the checkpoint's.
    const auto third = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(third.ok);
    QCOMPARE(third.eventsChecked, 0);
    QCOMPARE(third.headSeq, head + 5);
    QCOMPARE(third.headHash, hashOf(db(), head + 5).toHex());

    // Full walks everything and agrees.
    const auto full = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::Full);
    QVERIFY(full.ok);
    QCOMPARE(full.resumedAfter, 0);
    QCOMPARE(full.eventsChecked, head + 5);
    QCOMPARE(full.headHash, third.headHash);
}

void TestAuditCheckpoint::noCheckpointInsideATransaction()
{
    // Events a caller's transaction may still roll back are never vouched for.
    QSqlDatabase database = db();
    QVERIFY(database.transaction());
    const auto result = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(result.ok);
    QVERIFY(database.rollback());
    QCOMPARE(checkpointOf(db()).seq, 0);
}

void TestAuditCheckpoint::noCheckpointWithoutTheKey()
{
    if (m_store->isServer())
        QSKIP("The checkpoint key is a subkey of a store folder's master key; a server keeps its "
              "checkpoint through its own function, guarded by its privileges.");
    // Without a checkpoint key (a connection the store did not register) none is kept.
    AuditLog::clearCheckpointKey(db().connectionName());
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    QCOMPARE(checkpointOf(db()).seq, 0);
}

void TestAuditCheckpoint::changeBeforeTheCheckpointFoundByFullVerify()
{
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const qint64 checkpoint = checkpointOf(db()).seq;
    QVERIFY(checkpoint > 10);
    QVERIFY(
        tamperWithTrail(*m_store, u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 10"_s));

    // The checkpoint cannot see it (what --full and the backup are for) ...
    const auto quick = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(quick.ok);
    QCOMPARE(quick.resumedAfter, checkpoint);
    // ... the full verification does,
    const auto full = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::Full);
    QVERIFY(!full.ok);
    QCOMPARE(full.firstBrokenSeq, 10);
    QVERIFY(full.reason.contains(u"10"_s));
    // and drops the checkpoint: every later verification walks the whole chain and says so.
    QCOMPARE(checkpointOf(db()).seq, 0);
    const auto after = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!after.ok);
    QCOMPARE(after.firstBrokenSeq, 10);
    QCOMPARE(after.resumedAfter, 0);
}

void TestAuditCheckpoint::changeBeforeTheCheckpointFoundByTheBackup()
{
    if (m_store->isServer())
        QSKIP("A backup copy of a store folder; a server's backups are pg_dump streams "
              "(tst_serverbackup).");
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    QVERIFY(checkpointOf(db()).seq > 12);
    QCOMPARE(m_store->lastBackupAuditCheck().eventsChecked, 0); // no backup yet
    QVERIFY(tamperWithTrail(*m_store,
                            u"UPDATE audit_events SET payload = '{\"note\":\"anders\"}' "
                            "WHERE seq = 12"_s));

    StoreError error;
    // The copy is made: it is what a restore needs.
    QVERIFY2(m_store->backupTo(m_dir->filePath(u"backup"_s), &error), qPrintable(error.message()));
    const AuditLog::Verification check = m_store->lastBackupAuditCheck();
    QVERIFY(!check.ok);
    QCOMPARE(check.firstBrokenSeq, 12);
    QCOMPARE(check.resumedAfter, 0);
    // Named in the backup's own event ...
    QSqlQuery event(db());
    QVERIFY(event.exec(u"SELECT payload FROM audit_events WHERE action = 'store.backed_up' "
                       "ORDER BY seq DESC LIMIT 1"_s));
    QVERIFY(event.next());
    const QJsonObject payload = QJsonDocument::fromJson(event.value(0).toByteArray()).object();
    QCOMPARE(payload.value(u"audit_broken_at"_s).toInteger(), 12);
    // ... and the everyday verification reports it from now on.
    const auto after = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!after.ok);
    QCOMPARE(after.firstBrokenSeq, 12);

    // An intact chain: the backup's verification passes and keeps the checkpoint at the head
    // it verified.
    cleanup();
    init();
    QVERIFY(m_store->backupTo(m_dir->filePath(u"backup"_s), &error));
    QVERIFY(m_store->lastBackupAuditCheck().ok);
    QCOMPARE(m_store->lastBackupAuditCheck().eventsChecked, 30);
    QCOMPARE(checkpointOf(db()).seq, m_store->lastBackupAuditCheck().headSeq);
}

void TestAuditCheckpoint::changeAfterTheCheckpointFoundByTheNormalVerify()
{
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const qint64 checkpoint = checkpointOf(db()).seq;
    QVERIFY(append(*m_store, 10));
    QVERIFY(tamperWithTrail(
        *m_store,
        u"UPDATE audit_events SET action = 'case.created' WHERE seq = %1"_s.arg(checkpoint + 4)));
    const auto result = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!result.ok);
    QCOMPARE(result.resumedAfter, checkpoint);
    QCOMPARE(result.firstBrokenSeq, checkpoint + 4);
    // The checkpoint stays where it was verified: never past the break.
    QCOMPARE(checkpointOf(db()).seq, checkpoint);

    // An event removed right after the checkpoint is found too.
    QVERIFY(tamperWithTrail(*m_store,
                            u"DELETE FROM audit_events WHERE seq = %1"_s.arg(checkpoint + 1)));
    const auto gap = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!gap.ok);
    QCOMPARE(gap.firstBrokenSeq, checkpoint + 1);
}

void TestAuditCheckpoint::checkpointEventChangedRunsAFullVerify()
{
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const qint64 checkpoint = checkpointOf(db()).seq;
    // The event the checkpoint names no longer carries its hash: not used, the whole chain is.
    QVERIFY(tamperWithTrail(*m_store,
                            u"UPDATE audit_events SET hash = %1 WHERE seq = %2"_s
                                .arg(bytesSql(*m_store, QByteArray(32, '\0')))
                                .arg(checkpoint)));
    const auto changed = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!changed.checkpointRefused.isEmpty());
    QCOMPARE(changed.resumedAfter, 0);
    QVERIFY(!changed.ok);
    QCOMPARE(changed.firstBrokenSeq, checkpoint);
}

void TestAuditCheckpoint::forgedCheckpointRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("moved to another event, its hash copied") << u"move"_s;
    QTest::newRow("hash changed") << u"hash"_s;
    QTest::newRow("MAC replaced") << u"mac"_s;
    QTest::newRow("MAC of another position") << u"swap"_s;
}

void TestAuditCheckpoint::forgedCheckpointRefused()
{
    QFETCH(QString, how);
    // A checkpoint at event 20, then events to 40 with one changed at 25: a forged checkpoint
    // past 25 would hide it.
    QVERIFY(tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq > 20"_s));
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const CheckpointRow genuine = checkpointOf(db());
    QCOMPARE(genuine.seq, 20);
    QVERIFY(append(*m_store, 20));
    QVERIFY(
        tamperWithTrail(*m_store, u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 25"_s));

    CheckpointRow forged = genuine;
    if (how == u"move"_s) {
        forged.seq = 30;
        forged.hash = hashOf(db(), 30);
    } else if (how == u"hash"_s) {
        forged.hash = QByteArray(32, '\x01');
    } else if (how == u"mac"_s) {
        forged.mac = QByteArray(32, '\x02');
    } else {
        // The genuine MAC kept, the position moved: the MAC covers seq and hash together.
        forged.seq = 30;
        forged.hash = hashOf(db(), 30);
        forged.mac = genuine.mac;
    }
    QVERIFY(writeCheckpoint(*m_store, forged));
    const auto result = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!result.checkpointRefused.isEmpty());
    QCOMPARE(result.resumedAfter, 0);
    QVERIFY(!result.ok); // the full walk it fell back to finds the change
    QCOMPARE(result.firstBrokenSeq, 25);
}

void TestAuditCheckpoint::otherStoresCheckpointRefused()
{
    // A second store with as many events, and a verified checkpoint of its own.
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    auto other = createServiceStore(otherDir.filePath(u"store"_s));
    QVERIFY(other);
    QVERIFY(append(*other, 30));
    QVERIFY(auditOf(*other).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const CheckpointRow theirs = checkpointOf(other->database());
    QVERIFY(theirs.seq > 0);

    // Its row copied into ours (the same seq, another store's hash and MAC, another key).
    QVERIFY(writeCheckpoint(*m_store, theirs));
    const auto copied = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!copied.checkpointRefused.isEmpty());
    QCOMPARE(copied.resumedAfter, 0);
    QVERIFY2(copied.ok, qPrintable(copied.reason)); // our own chain is intact
    // Its MAC with our position and hash: refused as well (other key, other store id).
    QVERIFY(writeCheckpoint(*m_store, { theirs.seq, hashOf(db(), theirs.seq), theirs.mac }));
    const auto mixed = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!mixed.checkpointRefused.isEmpty());
    QCOMPARE(mixed.resumedAfter, 0);
    // The full walk kept a genuine checkpoint of ours, which the next verification uses.
    const auto next = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(next.checkpointRefused.isEmpty());
    QVERIFY(next.resumedAfter > 0);
}

void TestAuditCheckpoint::checkpointRefusedAfterRekey()
{
    if (m_store->isServer())
        QSKIP("Key slots and the master key belong to a store folder's keyring.");
    // The checkpoint key is a subkey of the master key: a new master key refuses the old row
    // once (a full verification), and keeps a new one.
    StoreError error;
    QVERIFY(
        !m_store->addKeySlot(u"p.jansen"_s, SecureBytes::fromUtf8(testPassword), &error).isEmpty());
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    QVERIFY2(m_store->removeKeySlotAndRekey(u"p.jansen"_s, &error), qPrintable(error.message()));
    const auto first = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(first.ok);
    QVERIFY(!first.checkpointRefused.isEmpty());
    const auto second = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(second.ok);
    QVERIFY(second.checkpointRefused.isEmpty());
    QVERIFY(second.resumedAfter > 0);
}

void TestAuditCheckpoint::entityEventsCheckedOneByOne()
{
    QVERIFY(append(*m_store, 4, u"AVG-2026-0099"_s));
    QVERIFY(append(*m_store, 3));
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const auto own = auditOf(*m_store).verifyEntity(u"case"_s, u"AVG-2026-0099"_s);
    QVERIFY2(own.ok, qPrintable(own.reason));
    QCOMPARE(own.eventsChecked, 4);
    QCOMPARE(auditOf(*m_store).verifyEntity(u"case"_s, u"AVG-2026-0042"_s).eventsChecked, 0);

    // A change to one of its events before the checkpoint: the request's own check finds it.
    const qint64 second = scalar(
        db(), u"SELECT min(seq) + 1 FROM audit_events WHERE entity_id = 'AVG-2026-0099'"_s);
    QVERIFY(tamperWithTrail(*m_store,
                            u"UPDATE audit_events SET occurred_at = '2020-01-01T00:00:00.000Z' "
                            "WHERE seq = %1"_s.arg(second)));
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const auto changed = auditOf(*m_store).verifyEntity(u"case"_s, u"AVG-2026-0099"_s);
    QVERIFY(!changed.ok);
    QCOMPARE(changed.firstBrokenSeq, second);

    // The event before one of its events removed: the link is gone.
    QVERIFY(append(*m_store, 1, u"AVG-2026-0097"_s));
    QVERIFY(append(*m_store, 1));
    QVERIFY(append(*m_store, 1, u"AVG-2026-0097"_s));
    const qint64 last = scalar(db(), u"SELECT max(seq) FROM audit_events"_s);
    QVERIFY(tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq = %1"_s.arg(last - 1)));
    const auto gap = auditOf(*m_store).verifyEntity(u"case"_s, u"AVG-2026-0097"_s);
    QVERIFY(!gap.ok);
    QCOMPARE(gap.firstBrokenSeq, last - 1);
}

void TestAuditCheckpoint::storeVerifyScopes()
{
    QStringList problems;
    QStringList notes;
    QVERIFY2(m_store->verify(&problems, TrailRows::all(), AuditLog::Scope::SinceCheckpoint, &notes),
             qPrintable(problems.join(u'\n')));
    // The first verification walks everything (no note of a resumed walk) and says the head it
    // reached. (A server store that this computer saw in another database of the same
    // store, as the tests' copies are, adds a note of that.)
    const auto noteWith = [&notes](const QString &text) {
        return std::count_if(notes.cbegin(), notes.cend(),
                             [&text](const QString &note) { return note.contains(text); });
    };
    const qint64 head = scalar(db(), u"SELECT max(seq) FROM audit_events"_s);
    QCOMPARE(noteWith(u"--full"_s), 0);
    QCOMPARE(noteWith(u"Head of the audit trail: event %1,"_s.arg(head)), 1);
    QVERIFY(append(*m_store, 3));
    notes.clear();
    QVERIFY(m_store->verify(&problems, TrailRows::all(), AuditLog::Scope::SinceCheckpoint, &notes));
    QCOMPARE(noteWith(u"--full"_s), 1); // resumed from the checkpoint, and says so
    QCOMPARE(noteWith(u"Head of the audit trail: event %1,"_s.arg(head + 3)), 1);

    QVERIFY(
        tamperWithTrail(*m_store, u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"_s));
    notes.clear();
    QVERIFY(m_store->verify(&problems, TrailRows::all(), AuditLog::Scope::SinceCheckpoint, &notes));
    QVERIFY(!m_store->verify(&problems, TrailRows::all(), AuditLog::Scope::Full, nullptr));
    QVERIFY(problems.join(u'\n').contains(u"audit trail"_s));
    // Store::verify(problems, rows) without a scope is the full one.
    problems.clear();
    QVERIFY(!m_store->verify(&problems, TrailRows::all()));
}

// The import's batched events resume from the checkpoint and verify like single
// events, and a change to one of them after the checkpoint is found by the everyday verification.
void TestAuditCheckpoint::batchAfterTheCheckpoint()
{
    QVERIFY(auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
    const qint64 checkpoint = checkpointOf(db()).seq;
    QVERIFY(checkpoint >= 30);
    const auto batchOf = [](int count, int first) {
        QList<AuditEntry> entries;
        for (int i = first; i < first + count; ++i)
            entries.append({ u"j.devries"_s, u"person"_s, QString::number(i), u"person.created"_s,
                             QJsonObject { { u"klantnummer"_s, u"K%1"_s.arg(i) } } });
        return entries;
    };
    QSqlDatabase database = db();
    QString error;
    QVERIFY(database.transaction());
    QVERIFY2(auditOf(*m_store).appendBatch(batchOf(50, 1), &error), qPrintable(error));
    QVERIFY(database.commit());

    const auto since = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY2(since.ok, qPrintable(since.reason));
    QCOMPARE(since.resumedAfter, checkpoint);
    QCOMPARE(since.eventsChecked, 50);
    QCOMPARE(since.headSeq, checkpoint + 50);
    QCOMPARE(checkpointOf(db()).seq, checkpoint + 50);
    const auto full = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::Full);
    QVERIFY2(full.ok, qPrintable(full.reason));
    QCOMPARE(full.eventsChecked, checkpoint + 50);
    QCOMPARE(full.headHash, since.headHash);

    // A second batch, one of its events changed before the next verification.
    QVERIFY(database.transaction());
    QVERIFY2(auditOf(*m_store).appendBatch(batchOf(20, 51), &error), qPrintable(error));
    QVERIFY(database.commit());
    const qint64 changed = checkpoint + 50 + 7;
    QVERIFY(tamperWithTrail(
        *m_store, u"UPDATE audit_events SET entity_id = '999' WHERE seq = %1"_s.arg(changed)));
    const auto broken = auditOf(*m_store).verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint);
    QVERIFY(!broken.ok);
    QCOMPARE(broken.resumedAfter, checkpoint + 50);
    QCOMPARE(broken.firstBrokenSeq, changed);
}

QTEST_GUILESS_MAIN(TestAuditCheckpoint)
#include "tst_auditcheckpoint.moc"
