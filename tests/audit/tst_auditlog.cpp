// The audit trail on a real store of either backend: appending, verifying, the
// append-only rules, and every kind of tampering the hash chain must catch. To tamper, the tests
// change the trail by hand as an attacker holding the key (a store folder: the triggers dropped
// first) or the server's owner could (test::tamperWithTrail): that is why the chain exists.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <array>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

// Runs sql expecting the database to refuse it.
bool refused(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return !query.exec(sql);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray blob(const QSqlDatabase &db, const QString &column, qint64 seq)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + column + u" FROM audit_events WHERE seq = ?"_s);
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

// The documented wire format, written out again independently of AuditLog.cpp.
void field(QCryptographicHash &hash, const QByteArray &bytes)
{
    std::array<char, 4> length {};
    qToBigEndian(static_cast<quint32>(bytes.size()), length.data());
    hash.addData(QByteArrayView(length.data(), 4));
    hash.addData(bytes);
}

QJsonObject payloadFor(int i)
{
    return QJsonObject { { u"field"_s, u"state"_s },
                         { u"old"_s, u"ontvangen"_s },
                         { u"new"_s, u"in-behandeling"_s },
                         { u"note"_s, u"Jan de Vries, event %1"_s.arg(i) } };
}

} // namespace

class tst_AuditLog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime() }; // set in init()

    QSqlDatabase db() const { return m_store->database(); }
    bool server() const { return m_store->isServer(); }

    // A new store whose trail is empty on either backend: a server's setup records the store's
    // creation as its first event, removed here (as its owner could) so that both start alike.
    static std::unique_ptr<Store> emptyStore(const QString &directory)
    {
        auto store = createServiceStore(directory);
        if (store && store->isServer() && !changeByHand(*store, { u"DELETE FROM audit_events"_s }))
            return {};
        return store;
    }

    // Makes the database itself refuse an event of entityId (empty: none again), part-way
    // through a batch: a temporary trigger in a store folder; on a server a trigger made once by
    // its owner that refuses the id this connection names in a setting of its own.
    bool refuseEvents(const QString &entityId)
    {
        if (!server()) {
            if (entityId.isEmpty())
                return execSql(db(), u"DROP TRIGGER refuse_one"_s);
            return execSql(db(),
                           u"CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON audit_events "
                           "WHEN NEW.entity_id = '%1' "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s.arg(entityId));
        }
        if (!m_refuserMade) {
            m_refuserMade = changeByHand(
                *m_store,
                { u"CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "IF NEW.entity_id = current_setting('privacydesk_test.refuse', true) THEN "
                  "RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"_s,
                  u"CREATE TRIGGER refuse_one BEFORE INSERT ON audit_events FOR EACH ROW "
                  "EXECUTE FUNCTION refuse_one()"_s });
            if (!m_refuserMade)
                return false;
        }
        return execSql(db(), u"SET privacydesk_test.refuse = '%1'"_s.arg(entityId));
    }
    bool m_refuserMade = false;
    QString storeId() const { return m_store->info().storeId.toString(QUuid::WithoutBraces); }
    AuditLog log() const { return AuditLog(db(), storeId(), m_clock); }

    // count events, alternating between two cases, in one transaction.
    bool appendEvents(int count, int firstNumber = 1)
    {
        AuditLog audit = log();
        if (!db().transaction())
            return false;
        for (int i = firstNumber; i < firstNumber + count; ++i) {
            QString error;
            const QString caseNumber = i % 2 ? u"AVG-2024-0001"_s : u"AVG-2024-0002"_s;
            if (!audit.append(testUser, u"case"_s, caseNumber, u"case.state"_s, payloadFor(i),
                              &error)) {
                qWarning("append %d: %s", i, qPrintable(error));
                db().rollback();
                return false;
            }
            m_clock.advanceSecs(1);
        }
        return db().commit();
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = emptyStore(m_dir->filePath(u"store"_s));
        QVERIFY(m_store);
        m_refuserMade = false;
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void emptyTrailVerifies()
    {
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 0);
        QCOMPARE(result.headSeq, 0);
        QCOMPARE(result.firstBrokenSeq, 0);
    }

    void appendAndVerifyThousand()
    {
        QVERIFY(appendEvents(1000));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 1000);
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 1000);
        QCOMPARE(result.headSeq, 1000);
        QCOMPARE(result.firstBrokenSeq, 0);
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.headHash, blob(db(), u"hash"_s, 1000).toHex());
    }

    // Pins the wire format: the genesis, the stored representation and the hash construction.
    void firstEventFollowsTheDocumentedFormat()
    {
        QVERIFY(appendEvents(1));
        QCryptographicHash genesis(QCryptographicHash::Sha256);
        genesis.addData(QByteArrayView("privacydesk-audit-v1"));
        genesis.addData(storeId().toUtf8());
        QCOMPARE(blob(db(), u"prev_hash"_s, 1), genesis.result());

        QSqlQuery row(db());
        QVERIFY(row.exec(u"SELECT occurred_at, payload, payload_salt, payload_hash, hash "
                         "FROM audit_events WHERE seq = 1"_s));
        QVERIFY(row.next());
        const QString occurredAt = row.value(0).toString();
        if (server()) // the server's own clock, in the same form
            QVERIFY2(QDateTime::fromString(occurredAt, Qt::ISODateWithMs).isValid()
                         && occurredAt.endsWith(u'Z') && occurredAt.size() == 24,
                     qPrintable(occurredAt));
        else
            QCOMPARE(occurredAt, u"2024-05-01T09:30:00.000Z"_s);
        const QByteArray payload = row.value(1).toString().toUtf8();
        QCOMPARE(payload, QJsonDocument(payloadFor(1)).toJson(QJsonDocument::Compact));
        const QByteArray salt = row.value(2).toByteArray();
        QCOMPARE(salt.size(), 16);
        const QByteArray payloadHash = row.value(3).toByteArray();
        QCOMPARE(payloadHash,
                 QCryptographicHash::hash(QByteArray(salt + payload), QCryptographicHash::Sha256));

        std::array<char, 8> seq {};
        qToBigEndian(qint64(1), seq.data());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        field(hash, genesis.result());
        field(hash, QByteArray(seq.data(), 8));
        field(hash, occurredAt.toUtf8());
        field(hash, testUser.toUtf8());
        field(hash, "case"_ba);
        field(hash, "AVG-2024-0001"_ba);
        field(hash, "case.state"_ba);
        field(hash, payloadHash);
        // A store made now keys its chain from the first event: the plain SHA-256
        // construction above (what older stores keep for their earlier events) no longer
        // gives the stored hash, so nobody can recompute it from the data alone. A server
        // computes exactly the plain construction (no key of the client's exists there; its
        // privileges keep the trail append-only).
        QCOMPARE(row.value(4).toByteArray().size(), 32);
        if (server())
            QCOMPARE(row.value(4).toByteArray(), hash.result());
        else
            QVERIFY(row.value(4).toByteArray() != hash.result());
    }

    // An attacker with the database key edits an event and recomputes the chain the way the
    // documented plain construction says: the keyed chain does not match, and the keyring's
    // anchor no longer matches the head, so the store does not open either.
    void recomputedPlainChainIsReported()
    {
        if (server())
            QSKIP("The keyed chain and the keyring's anchor are a store folder's: a server's "
                  "chain is plain SHA-256, kept append-only by the server's privileges.");
        QVERIFY(appendEvents(4));
        QVERIFY(tamperWithTrail(*m_store,
                                u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"_s));
        QByteArray prev = blob(db(), u"hash"_s, 1);
        for (qint64 seq = 2; seq <= 4; ++seq) {
            QSqlQuery row(db());
            row.prepare(u"SELECT occurred_at, actor, entity_type, entity_id, action, "
                        "payload_hash FROM audit_events WHERE seq = ?"_s);
            row.addBindValue(seq);
            QVERIFY(row.exec() && row.next());
            std::array<char, 8> seqBytes {};
            qToBigEndian(seq, seqBytes.data());
            QCryptographicHash hash(QCryptographicHash::Sha256);
            field(hash, prev);
            field(hash, QByteArray(seqBytes.data(), 8));
            for (int column = 0; column < 5; ++column)
                field(hash, row.value(column).toString().toUtf8());
            field(hash, row.value(5).toByteArray());
            prev = hash.result();
            QSqlQuery update(db());
            update.prepare(u"UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?"_s);
            update.addBindValue(blob(db(), u"hash"_s, seq - 1));
            update.addBindValue(prev);
            update.addBindValue(seq);
            QVERIFY(update.exec());
        }
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 2);

        const QString dir = m_store->directory();
        m_store.reset();
        StoreError error;
        QVERIFY(!openTestStore(dir, &error));
        QCOMPARE(error.code(), StoreError::Code::RolledBack);
    }

    void saltsDiffer()
    {
        AuditLog audit = log();
        QVERIFY(db().transaction());
        QVERIFY(audit.append(testUser, u"case"_s, u"A"_s, u"x"_s, {}, nullptr));
        QVERIFY(audit.append(testUser, u"case"_s, u"A"_s, u"x"_s, {}, nullptr));
        QVERIFY(db().commit());
        QVERIFY(blob(db(), u"payload_salt"_s, 1) != blob(db(), u"payload_salt"_s, 2));
        QVERIFY(blob(db(), u"payload_hash"_s, 1) != blob(db(), u"payload_hash"_s, 2));
    }

    void appendNeedsTransaction()
    {
        QString error;
        QVERIFY(!log().append(testUser, u"case"_s, u"A"_s, u"x"_s, {}, &error));
        QVERIFY(error.contains(u"transaction"_s));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 0);
    }

    void appendNeedsAllFields()
    {
        QVERIFY(db().transaction());
        QString error;
        QVERIFY(!log().append(QString(), u"case"_s, u"A"_s, u"x"_s, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!log().append(testUser, u"case"_s, u"A"_s, QString(), {}, &error));
        QVERIFY(db().rollback());
    }

    void rolledBackAppendLeavesChainIntact()
    {
        QVERIFY(appendEvents(5));
        const QByteArray headBefore = blob(db(), u"hash"_s, 5);
        AuditLog audit = log();
        QVERIFY(db().transaction());
        for (int i = 0; i < 3; ++i)
            QVERIFY(audit.append(testUser, u"case"_s, u"B"_s, u"case.created"_s, {}, nullptr));
        QVERIFY(db().rollback());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 5);

        QVERIFY(appendEvents(1, 6));
        QCOMPARE(scalar(db(), u"SELECT max(seq) FROM audit_events"_s), 6);
        QCOMPARE(blob(db(), u"prev_hash"_s, 6), headBefore);
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 6);
    }

    void chainSurvivesReopen()
    {
        QVERIFY(appendEvents(10));
        m_store.reset();
        StoreError error;
        m_store = openServiceStore(m_dir->filePath(u"store"_s), testUser, testPassword, &error);
        QVERIFY2(m_store, qPrintable(error.detail()));

        AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.headSeq, 10);
        QVERIFY(appendEvents(5, 11));
        result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 15);
    }

    void otherStoresChainIsRejected()
    {
        QVERIFY(appendEvents(3));
        const AuditLog foreign(db(), QUuid::createUuid().toString(QUuid::WithoutBraces), m_clock);
        const AuditLog::Verification result = foreign.verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 1);
    }

    void triggersRefuseChanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("delete") << u"DELETE FROM audit_events WHERE seq = 2"_s;
        QTest::newRow("delete all") << u"DELETE FROM audit_events"_s;
        for (const char *column : { "seq", "occurred_at", "actor", "entity_type", "entity_id",
                                    "action", "payload_hash", "prev_hash", "hash" }) {
            const QString sql = u"UPDATE audit_events SET %1 = %2 WHERE seq = 2"_s.arg(
                QLatin1StringView(column), QByteArrayView(column) == "seq" ? u"99"_s : u"BYTES"_s);
            QTest::newRow(column) << sql;
        }
        QTest::newRow("payload edited")
            << u"UPDATE audit_events SET payload = '{}' WHERE seq = 2"_s;
        QTest::newRow("payload nulled, salt kept")
            << u"UPDATE audit_events SET payload = NULL, payload_destroyed_at = 'x' "
               "WHERE seq = 2"_s;
        QTest::newRow("salt nulled, payload kept")
            << u"UPDATE audit_events SET payload_salt = NULL WHERE seq = 2"_s;
        QTest::newRow("destroyed without a time")
            << u"UPDATE audit_events SET payload = NULL, payload_salt = NULL WHERE seq = 2"_s;
        QTest::newRow("destroyed_at forged")
            << u"UPDATE audit_events SET payload_destroyed_at = 'x' WHERE seq = 2"_s;
        QTest::newRow("insert or replace")
            << u"INSERT OR REPLACE INTO audit_events (seq, occurred_at, actor, entity_type, "
               "entity_id, action, payload_hash, prev_hash, hash) "
               "VALUES (2, 'x', 'x', 'x', 'x', 'x', x'00', x'00', x'00')"_s;
    }

    void triggersRefuseChanges()
    {
        QFETCH(QString, sql);
        if (server() && sql.startsWith(u"INSERT OR REPLACE"_s))
            QSKIP("INSERT OR REPLACE is SQLite's: on a server every INSERT is a new event whose "
                  "seq the server's trigger gives (tst_serverstore).");
        sql.replace(u"BYTES"_s, bytesSql(*m_store, QByteArray(1, '\0')));
        QVERIFY(appendEvents(3));
        const QByteArray before = blob(db(), u"hash"_s, 2);
        QVERIFY(refused(db(), sql));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 3);
        QCOMPARE(blob(db(), u"hash"_s, 2), before);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events WHERE payload IS NULL"_s), 0);
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
    }

    void tamperedFieldIsReported_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("actor") << u"actor"_s << u"'p.jansen'"_s;
        QTest::newRow("action") << u"action"_s << u"'case.created'"_s;
        QTest::newRow("occurred_at") << u"occurred_at"_s << u"'2024-05-01T09:30:00.001Z'"_s;
        QTest::newRow("entity_id") << u"entity_id"_s << u"'AVG-2024-0009'"_s;
        QTest::newRow("payload_hash") << u"payload_hash"_s << u"ZEROS"_s;
        QTest::newRow("hash") << u"hash"_s << u"ZEROS"_s;
    }

    void tamperedFieldIsReported()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        value.replace(u"ZEROS"_s, bytesSql(*m_store, QByteArray(32, '\0')));
        QVERIFY(appendEvents(30));
        QVERIFY(tamperWithTrail(
            *m_store, u"UPDATE audit_events SET %1 = %2 WHERE seq = 17"_s.arg(column, value)));
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 17);
        QCOMPARE(result.eventsChecked, 16);
        QCOMPARE(result.headSeq, 16);
        QCOMPARE(result.headHash, blob(db(), u"hash"_s, 16).toHex());
        QVERIFY2(result.reason.contains(u"Event 17 "_s), qPrintable(result.reason));
    }

    void deletedEventIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq = 17"_s));
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 17);
        QCOMPARE(result.reason, u"Event 17 is missing: the chain jumps from 16 to 18."_s);
    }

    void deletedRunIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(
            tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq BETWEEN 17 AND 19"_s));
        const AuditLog::Verification result = log().verify();
        QCOMPARE(result.firstBrokenSeq, 17);
        QCOMPARE(result.reason, u"Events 17 to 19 are missing: the chain jumps from 16 to 20."_s);
    }

    void deletedFirstEventIsReported()
    {
        QVERIFY(appendEvents(5));
        QVERIFY(tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq = 1"_s));
        const AuditLog::Verification result = log().verify();
        QCOMPARE(result.firstBrokenSeq, 1);
        QCOMPARE(result.reason, u"Event 1 is missing: the chain starts at 2."_s);
    }

    // Renumbering after a delete hides the gap, but not the broken link.
    void deletedAndRenumberedIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(tamperWithTrail(*m_store, u"DELETE FROM audit_events WHERE seq = 17"_s));
        for (int seq = 18; seq <= 30; ++seq)
            QVERIFY(tamperWithTrail(
                *m_store,
                u"UPDATE audit_events SET seq = %1 WHERE seq = %2"_s.arg(seq - 1).arg(seq)));
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 17);
        QVERIFY2(result.reason.contains(u"does not follow on from event 16"_s),
                 qPrintable(result.reason));
    }

    void reorderedEventsAreReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(tamperWithTrail(*m_store, u"UPDATE audit_events SET seq = -1 WHERE seq = 17"_s));
        QVERIFY(tamperWithTrail(*m_store, u"UPDATE audit_events SET seq = 17 WHERE seq = 18"_s));
        QVERIFY(tamperWithTrail(*m_store, u"UPDATE audit_events SET seq = 18 WHERE seq = -1"_s));
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 17);
        QCOMPARE(result.reason,
                 u"Event 17 does not follow on from event 16: events were inserted, removed or "
                 "put in a different order."_s);
    }

    void editedPayloadIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(
            tamperWithTrail(*m_store,
                            u"UPDATE audit_events SET payload = replace(payload, 'Jan', 'Piet') "
                            "WHERE seq = 17"_s));
        const AuditLog::Verification result = log().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenSeq, 17);
        QCOMPARE(result.reason,
                 u"The details of event 17 were changed after it was recorded: they no longer "
                 "match their hash."_s);
    }

    void strippedSaltIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(tamperWithTrail(*m_store,
                                u"UPDATE audit_events SET payload_salt = NULL WHERE seq = 17"_s));
        const AuditLog::Verification result = log().verify();
        QCOMPARE(result.firstBrokenSeq, 17);
        QVERIFY2(result.reason.contains(u"no longer its salt"_s), qPrintable(result.reason));
    }

    void payloadRemovedOutsideRetentionIsReported()
    {
        QVERIFY(appendEvents(30));
        QVERIFY(
            tamperWithTrail(*m_store, u"UPDATE audit_events SET payload = NULL WHERE seq = 17"_s));
        const AuditLog::Verification result = log().verify();
        QCOMPARE(result.firstBrokenSeq, 17);
        QVERIFY2(result.reason.contains(u"removed other than by the retention rules"_s),
                 qPrintable(result.reason));
    }

    void eventsForOneEntity()
    {
        QVERIFY(appendEvents(6));
        const QList<AuditEvent> events = log().eventsFor(u"case"_s, u"AVG-2024-0002"_s);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).seq, 2);
        QCOMPARE(events.at(1).seq, 4);
        QCOMPARE(events.at(2).seq, 6);
        QCOMPARE(events.at(0).actor, testUser);
        QCOMPARE(events.at(0).entityType, u"case"_s);
        QCOMPARE(events.at(0).entityId, u"AVG-2024-0002"_s);
        QCOMPARE(events.at(0).action, u"case.state"_s);
        if (server()) // the server's clock: this run's, in order
            QVERIFY(events.at(0).occurredAt.isValid()
                    && events.at(0).occurredAt <= events.at(2).occurredAt
                    && events.at(2).occurredAt <= pd::test::systemNow().addSecs(60));
        else
            QCOMPARE(events.at(0).occurredAt,
                     QDateTime(QDate(2024, 5, 1), QTime(9, 30, 1), Qt::UTC));
        QCOMPARE(events.at(0).occurredAt.timeSpec(), Qt::UTC);
        QCOMPARE(events.at(2).payload, payloadFor(6));
        QVERIFY(!events.at(2).payloadDestroyed);
        QVERIFY(log().eventsFor(u"case"_s, u"AVG-2024-0003"_s).isEmpty());
    }

    void destroyedPayloadKeepsChainVerifiable()
    {
        QVERIFY(appendEvents(20));
        m_clock.advanceSecs(3600);
        QString error;
        if (server()) {
            // A server destroys details only of a request whose data retention destroyed (its
            // person anonymised): the events above are about requests that have no row yet.
            QCOMPARE(log().destroyPayloads(u"case"_s, u"AVG-2024-0001"_s, &error), -1);
            QVERIFY2(error.contains(u"not due"_s), qPrintable(error));
            QVERIFY(changeByHand(
                *m_store,
                { u"INSERT INTO persons (id, name, relation, created_at, created_by, "
                  "anonymised_at) VALUES (9001, 'Geanonimiseerd', 'overig', "
                  "'2024-05-01T09:00:00.000Z', 'j.devries', '2031-05-01T09:00:00.000Z')"_s,
                  u"INSERT INTO cases (number, person_id, channel, received_date, received_by, "
                  "state, created_at, updated_at) VALUES ('AVG-2024-0001', 9001, 'brief', "
                  "'2024-05-01', 'j.devries', 'afgerond', '2024-05-01T09:00:00.000Z', "
                  "'2024-05-01T09:00:00.000Z')"_s }));
            error.clear();
            // Due, but not destroyed: a person marked anonymised by hand keeps the details of
            // its trail; they go only with the destruction's own event and record (at commit).
            QCOMPARE(log().destroyPayloads(u"case"_s, u"AVG-2024-0001"_s, &error), -1);
            QVERIFY2(error.contains(u"only with its destruction"_s), qPrintable(error));
            error.clear();
        }
        QVERIFY(db().transaction());
        AuditLog audit = log();
        if (server())
            QVERIFY(recordRequestDestroyed(db(), audit, u"AVG-2024-0001"_s));
        // On a server the destruction's own event (without details) is among them.
        QCOMPARE(audit.destroyPayloads(u"case"_s, u"AVG-2024-0001"_s, &error), server() ? 11 : 10);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(db().commit(), qPrintable(db().lastError().text()));
        QCOMPARE(log().destroyPayloads(u"case"_s, u"AVG-2024-0001"_s, &error), 0);

        // A server records the destruction itself, once: an event of the request that says how
        // many details went, which a second destruction of nothing does not repeat.
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, server() ? 22 : 20);

        QList<AuditEvent> destroyed = log().eventsFor(u"case"_s, u"AVG-2024-0001"_s);
        if (server()) {
            QCOMPARE(destroyed.size(), 12);
            const AuditEvent recorded = destroyed.takeLast();
            QCOMPARE(recorded.action, u"audit.payloads_destroyed"_s);
            QCOMPARE(recorded.payload.value(u"events"_s).toInt(), 11);
            QCOMPARE(recorded.actor, testUser);
            QCOMPARE(destroyed.takeLast().action, u"retention.destroyed"_s);
        }
        QCOMPARE(destroyed.size(), 10);
        for (const AuditEvent &event : destroyed) {
            QVERIFY(event.payloadDestroyed);
            QVERIFY(event.payload.isEmpty());
            QCOMPARE(event.action, u"case.state"_s); // the rest of the event stays
        }
        const QList<AuditEvent> kept = log().eventsFor(u"case"_s, u"AVG-2024-0002"_s);
        QCOMPARE(kept.size(), 10);
        for (const AuditEvent &event : kept)
            QVERIFY(!event.payloadDestroyed);

        if (!server()) // the freed bytes out of the -wal file too
            QVERIFY(execSql(db(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        // "event 1" .. "event 19" (odd) were the destroyed ones; "event 3" must be gone while
        // "event 4" of the other case is still there.
        QCOMPARE(scalar(db(),
                        u"SELECT count(*) FROM audit_events "
                        "WHERE payload LIKE '%Jan de Vries, event 3\"%'"_s),
                 0);
        QCOMPARE(scalar(db(),
                        u"SELECT count(*) FROM audit_events "
                        "WHERE payload LIKE '%Jan de Vries, event 4\"%'"_s),
                 1);
        QCOMPARE(scalar(db(),
                        u"SELECT count(*) FROM audit_events "
                        "WHERE entity_id = 'AVG-2024-0001' AND (payload IS NOT NULL "
                        "OR payload_salt IS NOT NULL OR payload_destroyed_at IS NULL) "
                        "AND action <> 'audit.payloads_destroyed'"_s),
                 0);
        // When: the fixed clock's moment, or the server's own.
        QCOMPARE(scalar(db(),
                        server() ? u"SELECT count(*) FROM audit_events "
                                   "WHERE payload_destroyed_at IS NOT NULL"_s
                                 : u"SELECT count(*) FROM audit_events "
                                   "WHERE payload_destroyed_at = '2024-05-01T10:30:20.000Z'"_s),
                 server() ? 11 : 10);
    }

    // A batch (the import's per-person events) writes each event as append() would:
    // the same fields, its own salt and link, the same chain, verified the same way.
    void batchWritesWhatSingleAppendsWrite()
    {
        const auto entry = [](int i) {
            return AuditEntry { testUser, u"case"_s,
                                i % 2 ? u"AVG-2024-0001"_s : u"AVG-2024-0002"_s, u"case.state"_s,
                                payloadFor(i) };
        };
        // This store: 3 single events, a batch of 10, 2 single events; the other store: 15
        // single events, at the same (fixed) time.
        QVERIFY(db().transaction());
        AuditLog audit = log();
        QString error;
        for (int i = 1; i <= 3; ++i) {
            const AuditEntry e = entry(i);
            QVERIFY(audit.append(e.actor, e.entityType, e.entityId, e.action, e.payload, &error));
        }
        QList<AuditEntry> batch;
        for (int i = 4; i <= 13; ++i)
            batch << entry(i);
        QVERIFY2(audit.appendBatch(batch, &error), qPrintable(error));
        for (int i = 14; i <= 15; ++i) {
            const AuditEntry e = entry(i);
            QVERIFY(audit.append(e.actor, e.entityType, e.entityId, e.action, e.payload, &error));
        }
        QVERIFY(db().commit());

        auto other = emptyStore(m_dir->filePath(u"singles"_s));
        QVERIFY(other);
        AuditLog singles(other->database(), other->info().storeId.toString(QUuid::WithoutBraces),
                         m_clock);
        QVERIFY(other->database().transaction());
        for (int i = 1; i <= 15; ++i) {
            const AuditEntry e = entry(i);
            QVERIFY(singles.append(e.actor, e.entityType, e.entityId, e.action, e.payload, &error));
        }
        QVERIFY(other->database().commit());

        for (const AuditLog::Verification &result : { log().verify(), singles.verify() }) {
            QVERIFY2(result.ok, qPrintable(result.reason));
            QCOMPARE(result.eventsChecked, 15);
            QCOMPARE(result.headSeq, 15);
        }
        // occurred_at is the server's moment of each INSERT there, the fixed clock's here.
        const QString columns = u"seq, %1, actor, entity_type, entity_id, action, "
                                "payload, length(payload_salt), length(hash), "
                                "payload_destroyed_at FROM audit_events ORDER BY seq"_s.arg(
                                    server() ? u"length(occurred_at)"_s : u"occurred_at"_s);
        QSqlQuery mine(db());
        QSqlQuery theirs(other->database());
        QVERIFY(mine.exec(u"SELECT "_s + columns));
        QVERIFY(theirs.exec(u"SELECT "_s + columns));
        int rows = 0;
        while (mine.next()) {
            QVERIFY(theirs.next());
            for (int c = 0; c < 10; ++c)
                QCOMPARE(mine.value(c), theirs.value(c));
            ++rows;
        }
        QVERIFY(!theirs.next());
        QCOMPARE(rows, 15);
        // Each event of the batch links to the one before it and has a salt of its own.
        for (qint64 seq = 4; seq <= 13; ++seq) {
            QCOMPARE(blob(db(), u"prev_hash"_s, seq), blob(db(), u"hash"_s, seq - 1));
            QVERIFY(blob(db(), u"payload_salt"_s, seq) != blob(db(), u"payload_salt"_s, seq + 1));
        }
        QCOMPARE(log().eventsFor(u"case"_s, u"AVG-2024-0001"_s).size(), 8);
    }

    // A batch is all or nothing: a refused entry or a write SQLite refuses part-way leaves no
    // event of it, and the caller's transaction goes on from the same head.
    void failedBatchLeavesNothing()
    {
        QVERIFY(appendEvents(5));
        const QByteArray headBefore = blob(db(), u"hash"_s, 5);
        AuditLog audit = log();
        QVERIFY(db().transaction());
        // A real refusal by the database for the third event of the batch.
        QVERIFY(refuseEvents(u"AVG-2024-0099"_s));
        const QList<AuditEntry> refusedByTheDatabase {
            { testUser, u"case"_s, u"AVG-2024-0010"_s, u"case.created"_s, payloadFor(1) },
            { testUser, u"case"_s, u"AVG-2024-0011"_s, u"case.created"_s, payloadFor(2) },
            { testUser, u"case"_s, u"AVG-2024-0099"_s, u"case.created"_s, payloadFor(3) },
            { testUser, u"case"_s, u"AVG-2024-0012"_s, u"case.created"_s, payloadFor(4) },
        };
        QString error;
        QVERIFY(!audit.appendBatch(refusedByTheDatabase, &error));
        QVERIFY2(error.contains(u"refused by the test"_s), qPrintable(error));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 5);
        QVERIFY(refuseEvents({}));

        // An entry without its action refuses the whole batch before anything is written.
        error.clear();
        QList<AuditEntry> incomplete = refusedByTheDatabase;
        incomplete[3].action.clear();
        QVERIFY(!audit.appendBatch(incomplete, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 5);

        // The empty batch writes nothing; the transaction goes on from the old head.
        QVERIFY(audit.appendBatch({}, &error));
        QVERIFY(
            audit.append(testUser, u"case"_s, u"AVG-2024-0013"_s, u"case.created"_s, {}, &error));
        QVERIFY(db().commit());
        QCOMPARE(scalar(db(), u"SELECT max(seq) FROM audit_events"_s), 6);
        QCOMPARE(blob(db(), u"prev_hash"_s, 6), headBefore);
        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 6);

        // Outside a transaction even an empty batch is refused, as append() is.
        QVERIFY(!audit.appendBatch({}, &error));
        QVERIFY(error.contains(u"transaction"_s));
    }

    // A batch larger than one INSERT holds (64 rows) is written in several statements
    // under one savepoint: the same events as single appends, and all or nothing when the
    // database refuses a row of the last statement.
    void batchOverSeveralStatements()
    {
        const auto entry = [](int i) {
            return AuditEntry { testUser, u"person"_s, QString::number(1000 + i),
                                u"person.created"_s, payloadFor(i) };
        };
        QList<AuditEntry> batch;
        for (int i = 1; i <= 150; ++i)
            batch << entry(i);
        QVERIFY(appendEvents(2));
        AuditLog audit = log();
        QString error;

        QVERIFY(db().transaction());
        QVERIFY(refuseEvents(u"1140"_s));
        QVERIFY(!audit.appendBatch(batch, &error));
        QVERIFY2(error.contains(u"refused by the test"_s), qPrintable(error));
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_events"_s), 2);
        QVERIFY(refuseEvents({}));
        QVERIFY2(audit.appendBatch(batch, &error), qPrintable(error));
        QVERIFY(db().commit());

        auto other = emptyStore(m_dir->filePath(u"singles"_s));
        QVERIFY(other);
        AuditLog singles(other->database(), other->info().storeId.toString(QUuid::WithoutBraces),
                         m_clock);
        QVERIFY(other->database().transaction());
        for (const AuditEntry &e : std::as_const(batch))
            QVERIFY(singles.append(e.actor, e.entityType, e.entityId, e.action, e.payload, &error));
        QVERIFY(other->database().commit());

        const AuditLog::Verification result = log().verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventsChecked, 152);
        QVERIFY(singles.verify().ok);
        const QString columns = u"%1, actor, entity_type, entity_id, action, payload, "
                                "length(payload_salt), length(hash) FROM audit_events "_s.arg(
                                    server() ? u"length(occurred_at)"_s : u"occurred_at"_s);
        QSqlQuery mine(db());
        QSqlQuery theirs(other->database());
        QVERIFY(mine.exec(u"SELECT seq - 2, "_s + columns + u"WHERE seq > 2 ORDER BY seq"_s));
        QVERIFY(theirs.exec(u"SELECT seq, "_s + columns + u"ORDER BY seq"_s));
        int rows = 0;
        while (mine.next()) {
            QVERIFY(theirs.next());
            for (int c = 0; c < 9; ++c)
                QCOMPARE(mine.value(c), theirs.value(c));
            ++rows;
        }
        QVERIFY(!theirs.next());
        QCOMPARE(rows, 150);
        for (qint64 seq = 3; seq <= 152; ++seq)
            QCOMPARE(blob(db(), u"prev_hash"_s, seq), blob(db(), u"hash"_s, seq - 1));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
