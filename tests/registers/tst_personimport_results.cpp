// Issue 42: the import is made faster, and nothing it writes may change with it. One import of
// new, changed, unchanged and rejected lines (quotes, a backslash, letters outside ASCII and an
// emoji in the values) into a store that holds persons from an earlier import; then every
// person's row, every audit event after the earlier import (actor, entity, action, payload: the
// exact stored text on a store folder, where the client writes it), every derived retention
// item, the counts of the result and the chain are compared with what the import must write.
// The expected payloads are built here with QJsonDocument, which is what the chain's wire format
// names (AuditLog.cpp), so a faster way of writing them must give the same bytes.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "registers/PersonImport.h"
#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

// Every row of a query, as text.
QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return { u"(failed)"_s };
    }
    QStringList all;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        all << values.join(u'|');
    }
    return all;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject change(const QString &old, const QString &now)
{
    return { { u"old"_s, old }, { u"new"_s, now } };
}

// One audit event as the test compares it: the person by customer number, not by id.
struct Event
{
    QString klantnummer; // empty: not about a person
    QString entityType;
    QString entityId; // for an event not about a person
    QString action;
    QJsonObject payload;
};

} // namespace

class TestPersonImportResults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importWritesExactlyTheseRowsAndEvents();
    void writesBetweenStepsAreSeen();
    void fileChangedDuringTheWriteCommitsNothing();
    void isoDateAsQtWritesIt();

private:
    QString write(const QString &name, const QByteArray &bytes);
    qint64 headSeq() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
};

void TestPersonImportResults::initTestCase()
{
    QVERIFY(initSodium());
}

void TestPersonImportResults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestPersonImportResults::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestPersonImportResults::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

qint64 TestPersonImportResults::headSeq() const
{
    QSqlQuery q(m_store->database());
    return q.exec(u"SELECT max(seq) FROM audit_events"_s) && q.next() ? q.value(0).toLongLong()
                                                                      : -1;
}

void TestPersonImportResults::importWritesExactlyTheseRowsAndEvents()
{
    const QString earlier
        = write(u"eerder.csv"_s,
                "klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email\n"
                "K1;Anna Bakker;huurder;;Dorpsstraat 1;1234AB;Utrecht;0612345678;"
                "anna@voorbeeld.nl\n"
                "K2;Bram Claes;ex-huurder;31-03-2024;Kerkweg 2;2345 bc;Zwolle;;\n"
                "K3;Cor Dekker;huurder;;;;;;\n"
                "K8;Els Mulder;woningzoekende;;;;;;\n");
    PersonImport importer(*m_store, m_clock);
    const ImportResult first = importer.run(earlier, {});
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.imported, 4);
    const qint64 before = headSeq();
    QVERIFY(before > 0);

    // K1 renamed (a searched value: staged), K2 moved out later (not searched: updated in
    // place), K3 confirmed, K8 becomes a tenant who left (relation and end date), K4..K6 new,
    // line 8 rejected (no date), K9 new without a relation.
    const QString path = write(
        u"import.csv"_s,
        "klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email\n"
        "K1;Anna Bakker-de Vries;huurder;;;1234 AB;;;\n"
        "K2;Bram Claes;Ex huurder;30-06-2024;;;;;\n"
        "K3;Cor Dekker;huurder;;;;;;\n"
        "K4;\"Zoë \"\"Zo\"\" O'Brien \\ Smit\";woningzoekende;;Molenlaan 12 A;9999zz;Groningen;"
        "+31 30 123 45 67;zoe@voorbeeld.nl\n"
        "K5;Émile \xF0\x9F\x98\x80 Çelik;oud-huurder;1-2-2025;;;;;\n"
        "K6;Dirk Jansen;medebewoner;;Stationsplein 3;;;;\n"
        "K7;Fenna Visser;ex-huurder;31-02-2025;;;;;\n"
        "K8;Els Mulder;ex-huurder;2024-12-31;;;;;\n"
        "K9;Gerrit Bos;;;;;;;\n");
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 4);
    QCOMPARE(result.updated, 3);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.rejected.size(), 1);
    QCOMPARE(result.rejected.first().line, 8);
    QCOMPARE(result.terms.created, 4);
    QCOMPARE(result.terms.moved, 1);
    QCOMPARE(result.terms.removed, 0);

    QCOMPARE(
        rows(m_store->database(),
             u"SELECT klantnummer, name, relation, street, house_number, postcode, city, "
             "phone, email, relation_end, created_at, created_by, source, anonymised_at "
             "FROM persons ORDER BY klantnummer"_s),
        QStringList({
            u"K1|Anna Bakker-de Vries|huurder|Dorpsstraat|1|1234 AB|Utrecht|0612345678|"
            "anna@voorbeeld.nl|NULL|2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K2|Bram Claes|ex-huurder|Kerkweg|2|2345 BC|Zwolle|NULL|NULL|2024-06-30|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K3|Cor Dekker|huurder|NULL|NULL|NULL|NULL|NULL|NULL|NULL|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K4|Zoë \"Zo\" O'Brien \\ Smit|woningzoekende|Molenlaan|12 A|9999 ZZ|Groningen|"
            "+31 30 123 45 67|zoe@voorbeeld.nl|NULL|2026-11-21T09:00:00.000Z|%1|ERP-import|"
            "NULL"_s.arg(testUser),
            u"K5|Émile 😀 Çelik|ex-huurder|NULL|NULL|NULL|NULL|NULL|NULL|2025-02-01|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K6|Dirk Jansen|medebewoner|Stationsplein|3|NULL|NULL|NULL|NULL|NULL|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K8|Els Mulder|ex-huurder|NULL|NULL|NULL|NULL|NULL|NULL|2024-12-31|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
            u"K9|Gerrit Bos|overig|NULL|NULL|NULL|NULL|NULL|NULL|NULL|"
            "2026-11-21T09:00:00.000Z|%1|ERP-import|NULL"_s.arg(testUser),
        }));

    QCOMPARE(rows(m_store->database(),
                  u"SELECT p.klantnummer, r.code, i.trigger_date, i.expires_on, i.derived, "
                  "i.destroyed_on, i.created_by FROM retention_items i "
                  "JOIN persons p ON p.id = i.person_id "
                  "JOIN retention_rules r ON r.id = i.rule_id ORDER BY p.klantnummer, r.code"_s),
             QStringList({
                 u"K2|contactgegevens-huurder|2024-06-30|2026-06-30|1|NULL|%1"_s.arg(testUser),
                 u"K2|financiele-gegevens|2024-12-31|2031-12-31|1|NULL|%1"_s.arg(testUser),
                 u"K5|contactgegevens-huurder|2025-02-01|2027-02-01|1|NULL|%1"_s.arg(testUser),
                 u"K5|financiele-gegevens|2025-12-31|2032-12-31|1|NULL|%1"_s.arg(testUser),
                 u"K8|contactgegevens-huurder|2024-12-31|2026-12-31|1|NULL|%1"_s.arg(testUser),
                 u"K8|financiele-gegevens|2024-12-31|2031-12-31|1|NULL|%1"_s.arg(testUser),
             }));

    const QJsonObject created { { u"data_source"_s, u"ERP-import"_s },
                                { u"source"_s, u"import"_s } };
    const auto createdWith = [&created](const QString &klantnummer, const QString &name,
                                        const QString &relation, const QString &end) {
        QJsonObject payload = created;
        payload.insert(u"klantnummer"_s, klantnummer);
        payload.insert(u"name"_s, name);
        payload.insert(u"relation"_s, relation);
        if (!end.isEmpty())
            payload.insert(u"relation_end"_s, end);
        return payload;
    };
    const auto updated = [](const QString &klantnummer, const QJsonObject &changes) {
        return QJsonObject { { u"klantnummer"_s, klantnummer },
                             { u"source"_s, u"import"_s },
                             { u"changes"_s, changes } };
    };
    const QList<Event> expected {
        { u"K1"_s,
          u"person"_s,
          {},
          u"person.updated"_s,
          updated(u"K1"_s,
                  { { u"name"_s, change(u"Anna Bakker"_s, u"Anna Bakker-de Vries"_s) } }) },
        { u"K2"_s,
          u"person"_s,
          {},
          u"person.updated"_s,
          updated(u"K2"_s, { { u"relation_end"_s, change(u"2024-03-31"_s, u"2024-06-30"_s) } }) },
        { u"K4"_s,
          u"person"_s,
          {},
          u"person.created"_s,
          createdWith(u"K4"_s, u"Zoë \"Zo\" O'Brien \\ Smit"_s, u"woningzoekende"_s, {}) },
        { u"K5"_s,
          u"person"_s,
          {},
          u"person.created"_s,
          createdWith(u"K5"_s, u"Émile 😀 Çelik"_s, u"ex-huurder"_s, u"2025-02-01"_s) },
        { u"K6"_s,
          u"person"_s,
          {},
          u"person.created"_s,
          createdWith(u"K6"_s, u"Dirk Jansen"_s, u"medebewoner"_s, {}) },
        { u"K8"_s,
          u"person"_s,
          {},
          u"person.updated"_s,
          updated(u"K8"_s,
                  { { u"relation"_s, change(u"woningzoekende"_s, u"ex-huurder"_s) },
                    { u"relation_end"_s, change(QString(), u"2024-12-31"_s) } }) },
        { u"K9"_s,
          u"person"_s,
          {},
          u"person.created"_s,
          createdWith(u"K9"_s, u"Gerrit Bos"_s, u"overig"_s, {}) },
        { {},
          u"retention"_s,
          u"person-import"_s,
          u"retention.terms.derived"_s,
          QJsonObject { { u"source"_s, u"import"_s },
                        { u"terms_created"_s, 4 },
                        { u"terms_moved"_s, 1 },
                        { u"terms_removed"_s, 0 } } },
    };

    QSqlQuery events(m_store->database());
    QVERIFY(events.prepare(
        u"SELECT e.occurred_at, e.actor, e.entity_type, e.entity_id, e.action, e.payload, "
        "p.klantnummer FROM audit_events e LEFT JOIN persons p ON e.entity_type = 'person' "
        "AND e.entity_id = CAST(p.id AS TEXT) WHERE e.seq > ? ORDER BY e.seq"_s));
    events.addBindValue(before);
    QVERIFY2(events.exec(), qPrintable(events.lastError().text()));
    qsizetype i = 0;
    while (events.next()) {
        QVERIFY2(i < expected.size(), qPrintable(events.value(4).toString()));
        const Event &want = expected.at(i++);
        if (!m_store->isServer()) // a server gives its own moment (and writes it itself)
            QCOMPARE(events.value(0).toString(), u"2026-11-21T09:00:00.000Z"_s);
        QCOMPARE(events.value(1).toString(), testUser);
        QCOMPARE(events.value(2).toString(), want.entityType);
        if (want.klantnummer.isEmpty())
            QCOMPARE(events.value(3).toString(), want.entityId);
        QCOMPARE(events.value(6).toString(), want.klantnummer);
        QCOMPARE(events.value(4).toString(), want.action);
        const QByteArray payload = events.value(5).toString().toUtf8();
        QCOMPARE(QJsonDocument::fromJson(payload).object(), want.payload);
        if (!m_store->isServer()) // the client writes the text that is hashed
            QCOMPARE(payload, compact(want.payload));
    }
    QCOMPARE(i, expected.size());

    const AuditLog::Verification verified
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .verify();
    QVERIFY2(verified.ok, qPrintable(verified.reason));
}

// Issue 42: on a store folder the import reads ahead which customer numbers exist and which
// persons have retention items, once. The wizard's steps leave the connection to other code in
// between, inside the import's transaction: a person or an item written there must be seen as
// if every line had asked the store (the person found and updated, not inserted twice; the item
// moved, not derived a second time).
void TestPersonImportResults::writesBetweenStepsAreSeen()
{
    const QString earlier = write(u"eerder.csv"_s,
                                  "klantnummer;naam;relatie;einddatum\n"
                                  "K61;Hans Smit;huurder;\n");
    PersonImport importer(*m_store, m_clock);
    QVERIFY(importer.run(earlier, {}).ok());
    QByteArray bytes = "klantnummer;naam;relatie;einddatum\n";
    for (int i = 0; i < 6; ++i)
        bytes += "K" + QByteArray::number(20 + i) + ";Persoon " + QByteArray::number(i)
            + ";huurder;\n";
    bytes += "K50;Later Persoon;ex-huurder;01-03-2025\n"
             "K61;Hans Smit;ex-huurder;01-03-2025\n";
    const QString path = write(u"stappen.csv"_s, bytes);
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.valid, 8);
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(3));
    // Other code on the same connection, inside the import's transaction.
    const QSqlDatabase db = m_store->database();
    QVERIFY(execSql(db,
                    u"INSERT INTO persons (name, relation, klantnummer, created_at, created_by) "
                    "VALUES ('Eerder Ingevoerd', 'huurder', 'K50', '2026-11-20T10:00:00.000Z', "
                    "'%1')"_s.arg(testUser)));
    QVERIFY(execSql(db,
                    u"INSERT INTO retention_items (person_id, rule_id, trigger_date, expires_on, "
                    "created_at, created_by, derived) SELECT p.id, r.id, '2020-01-01', "
                    "'2022-01-01', '2026-11-20T10:00:00.000Z', '%1', 1 FROM persons p, "
                    "retention_rules r WHERE p.klantnummer = 'K61' "
                    "AND r.code = 'contactgegevens-huurder'"_s.arg(testUser)));
    while (importer.step(3)) { }
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 6);
    QCOMPARE(result.updated, 2);
    QCOMPARE(result.terms.created, 3);
    QCOMPARE(result.terms.moved, 1);
    QCOMPARE(rows(db,
                  u"SELECT klantnummer, name, relation, relation_end FROM persons "
                  "WHERE klantnummer IN ('K50', 'K61') ORDER BY klantnummer"_s),
             QStringList({ u"K50|Later Persoon|ex-huurder|2025-03-01"_s,
                           u"K61|Hans Smit|ex-huurder|2025-03-01"_s }));
    QCOMPARE(rows(db,
                  u"SELECT p.klantnummer, r.code, i.trigger_date, i.expires_on FROM "
                  "retention_items i JOIN persons p ON p.id = i.person_id "
                  "JOIN retention_rules r ON r.id = i.rule_id ORDER BY p.klantnummer, r.code"_s),
             QStringList({ u"K50|contactgegevens-huurder|2025-03-01|2027-03-01"_s,
                           u"K50|financiele-gegevens|2025-12-31|2032-12-31"_s,
                           u"K61|contactgegevens-huurder|2025-03-01|2027-03-01"_s,
                           u"K61|financiele-gegevens|2025-12-31|2032-12-31"_s }));
}

// Issue 42: the write pass builds the rows without checking them again, and compares what it
// read with what the check read (ImportCheck::recordsDigest). A line changed after begin() (in
// the part of the file not read yet) fails the import at the end of the file, and nothing is
// committed, even where the changed line would pass every check.
void TestPersonImportResults::fileChangedDuringTheWriteCommitsNothing()
{
    QByteArray bytes = "klantnummer;naam;relatie;einddatum\n";
    for (int i = 0; i < 4000; ++i)
        bytes += "K" + QByteArray::number(10000 + i) + ";Persoon " + QByteArray::number(10000 + i)
            + ";ex-huurder;01-03-2025\n";
    QVERIFY(bytes.size() > 2 * 64 * 1024); // more than the reader's chunk ahead of the change
    const QString path = write(u"groeit.csv"_s, bytes);
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.valid, 4000);
    const int personsBefore = countRows(m_store->database(), u"persons"_s);
    const int eventsBefore = countRows(m_store->database(), u"audit_events"_s);
    PersonImport importer(*m_store, m_clock);
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(10));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qsizetype at = bytes.indexOf(";Persoon 13990;");
        QVERIFY(at > 2 * 64 * 1024);
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(";Persoon 13999;"), qint64(15));
    }
    const ImportResult result = importer.finish();
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"The file changed after it was checked; check it again."_s);
    QCOMPARE(result.imported, 0);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), personsBefore);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), eventsBefore);
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 0);
}

// Issue 42: support::isoDate, through which the import's end dates and its items' dates go,
// writes its digits itself: the same text as QDate::toString(Qt::ISODate) for every date, empty
// where Qt's is (invalid, before the year 0, after 9999).
void TestPersonImportResults::isoDateAsQtWritesIt()
{
    QList<QDate> dates { QDate(),
                         QDate(1, 1, 1),
                         QDate(9, 9, 9),
                         QDate(999, 12, 31),
                         QDate(9999, 12, 31),
                         QDate(10000, 1, 1),
                         QDate(-1, 6, 15),
                         QDate(2024, 2, 29),
                         QDate(2026, 11, 21) };
    for (QDate date(1899, 1, 1); date.year() < 2201; date = date.addDays(17))
        dates << date;
    for (const QDate date : std::as_const(dates))
        QCOMPARE(support::isoDate(date), date.isValid() ? date.toString(Qt::ISODate) : QString());
}

QTEST_GUILESS_MAIN(TestPersonImportResults)
#include "tst_personimport_results.moc"
