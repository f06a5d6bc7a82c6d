// The import writes the persons whose name or postcode changes once per step, with the
// search trigger set aside, and re-indexes their requests itself. The case search must come out
// exactly as the trigger makes it (terms as well as stored text), for persons with several
// requests too; the trigger must be back, unchanged, between steps, after the import and after
// a failed one; and nothing of the staging may be left behind.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 21);

// The case search as stored and as indexed: its rows, and every term of the index with the
// number of documents and occurrences per column (SQLite: fts4aux), or every row's document with
// its positions (a server's tsvector), so that a wrong index shows even when the stored text is
// right.
QStringList searchIndex(const QSqlDatabase &db)
{
    const QStringList stored = rowsAsText(db,
                                          u"SELECT docid, name, number, klantnummer, postcode FROM "
                                          "case_search ORDER BY docid"_s);
    if (sql::isServer(db))
        return stored
            + rowsAsText(db, u"SELECT docid, document::text FROM case_search ORDER BY docid"_s);
    if (!execSql(db,
                 u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                 "USING fts4aux(main, case_search)"_s))
        return { u"(no fts4aux)"_s };
    return stored
        + rowsAsText(db,
                     u"SELECT term, col, documents, occurrences FROM temp.search_terms "
                     "ORDER BY term, col"_s);
}

// The trigger that keeps the search with the persons, as it is in force: SQLite's text of it in
// sqlite_master; on a server its definition, whether it is enabled, and the setting that sets it
// aside for the import (none, or empty, when it is in force).
QString searchTriggerSql(const QSqlDatabase &db)
{
    const QStringList sql = rowsAsText(
        db,
        sql::isServer(db)
            ? u"SELECT pg_get_triggerdef(oid) || ' ' || tgenabled::text || ' [' || "
              "coalesce(current_setting('privacydesk.person_search', true), '') || ']' FROM "
              "pg_trigger WHERE tgname = 'case_search_person_update'"_s
            : u"SELECT sql FROM sqlite_master WHERE type = 'trigger' "
              "AND name = 'case_search_person_update'"_s);
    return sql.size() == 1 ? sql.constFirst() : QString();
}

// The import's temporary tables left on the connection.
QStringList stagingLeft(const QSqlDatabase &db)
{
    return rowsAsText(db,
                      sql::isServer(db)
                          ? u"SELECT relname FROM pg_class WHERE relpersistence = 't' "
                            "AND relname LIKE 'pd_import%'"_s
                          : u"SELECT name FROM sqlite_temp_master WHERE name LIKE 'pd_import%'"_s);
}

} // namespace

class TestPersonImportSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchIndexAsTheTriggerMakesIt();
    void triggerIsBackBetweenSteps();
    void failedImportLeavesSearchAndTrigger();

private:
    qint64 addCase(const QString &name, const QString &klantnummer, const QString &postcode);
    QStringList found(const QString &typed);
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(9, 0), Qt::UTC) };
    QHash<qint64, QString> m_numbers; // case id → number
};

void TestPersonImportSearch::initTestCase()
{
    QVERIFY(initSodium());
}

// Requests whose docids interleave between persons: Anna has the first and the third, Bram the
// second, Cor the fourth, Dirk the fifth and the sixth.
void TestPersonImportSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_numbers.clear();
    QVERIFY(addCase(u"Anna Bakker"_s, u"K1"_s, u"1234 AB"_s));
    QVERIFY(addCase(u"Bram Claes"_s, u"K2"_s, u"2345 BC"_s));
    QVERIFY(addCase(u"Anna Bakker"_s, u"K1"_s, u"1234 AB"_s));
    QVERIFY(addCase(u"Cor Dekker"_s, u"K3"_s, u"3456 CD"_s));
    QVERIFY(addCase(u"Dirk Evers"_s, u"K4"_s, u"4567 DE"_s));
    QVERIFY(addCase(u"Dirk Evers"_s, u"K4"_s, u"4567 DE"_s));
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 4);
}

void TestPersonImportSearch::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestPersonImportSearch::addCase(const QString &name, const QString &klantnummer,
                                       const QString &postcode)
{
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.postcode = postcode;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = today.addDays(-3);
    ServiceError error;
    const auto created = cases.add(request, BsnCheck::Refuse, &error);
    if (!created) {
        qWarning() << error.message << error.detail;
        return 0;
    }
    m_numbers.insert(created->id, created->number);
    return created->id;
}

// The numbers of the requests the case list finds for what was typed, sorted.
QStringList TestPersonImportSearch::found(const QString &typed)
{
    CaseQuery query(Session { *m_store, m_clock }, testUser);
    CaseListFilter filter;
    filter.search = typed;
    filter.today = today;
    ServiceError error;
    QStringList numbers;
    for (const CaseListRow &row : query.page(filter, {}, 0, 100, &error))
        numbers << row.number;
    if (error.isError())
        return { u"(failed)"_s };
    numbers.sort();
    return numbers;
}

QString TestPersonImportSearch::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestPersonImportSearch::searchIndexAsTheTriggerMakesIt()
{
    const QString trigger = searchTriggerSql(m_store->database());
    QVERIFY(trigger.contains(u"AFTER UPDATE OF name"_s));
    // Anna and Bram are renamed, Cor moves (postcode), Dirk only has a new phone number, Eva is
    // new; Anna's second line in the export is not there: one line per person.
    const QString path = write(u"export.csv"_s,
                               "klantnummer;naam;postcode;telefoon\n"
                               "K1;Anouk Visser;1234 AB;\n"
                               "K2;Bram Çelik;2345 BC;\n"
                               "K3;Cor Dekker;9876 ZY;\n"
                               "K4;Dirk Evers;4567 DE;030 123 45 67\n"
                               "K5;Eva Fransen;5678 EF;\n");
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.updated, 4);
    QCOMPARE(result.imported, 1);

    const QStringList anna { m_numbers.value(1), m_numbers.value(3) };
    QCOMPARE(found(u"anouk"_s), anna);
    QCOMPARE(found(u"visser 1234"_s), anna);
    QCOMPARE(found(u"bakker"_s), QStringList());
    QCOMPARE(found(u"celik"_s), QStringList { m_numbers.value(2) });
    QCOMPARE(found(u"claes"_s), QStringList());
    QCOMPARE(found(u"9876"_s), QStringList { m_numbers.value(4) });
    QCOMPARE(found(u"3456"_s), QStringList());
    QCOMPARE(found(u"evers"_s), QStringList({ m_numbers.value(5), m_numbers.value(6) }));

    // What the import wrote is what the trigger writes: make it re-index every person and
    // compare the stored text and the terms of the index.
    const QStringList imported = searchIndex(m_store->database());
    QVERIFY(imported.size() > 6);
    QVERIFY(execSql(m_store->database(), u"UPDATE persons SET name = name"_s));
    QCOMPARE(imported, searchIndex(m_store->database()));

    // The trigger is back as it was; the staging table is gone.
    QCOMPARE(searchTriggerSql(m_store->database()), trigger);
    QCOMPARE(stagingLeft(m_store->database()), QStringList());
    // And it works: a rename after the import is found.
    QVERIFY(execSql(m_store->database(),
                    u"UPDATE persons SET name = 'Zus Jansen' WHERE "
                    "klantnummer = 'K3'"_s));
    QCOMPARE(found(u"zus"_s), QStringList { m_numbers.value(4) });
}

// The wizard imports in steps and keeps the window painted in between: after every step the
// persons of that step are written and found, and the trigger is in place for whatever else
// runs on the connection.
void TestPersonImportSearch::triggerIsBackBetweenSteps()
{
    const QString trigger = searchTriggerSql(m_store->database());
    const QString path = write(u"steps.csv"_s,
                               "klantnummer;naam\n"
                               "K1;Anouk Visser\n"
                               "K2;Bram Çelik\n"
                               "K3;Cor Mulder\n"
                               "K4;Dirk Smit\n");
    const ImportCheck check = PersonImport::check(path, {});
    QVERIFY(check.ok());
    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    const QStringList newNames { u"anouk"_s, u"celik"_s, u"mulder"_s, u"smit"_s };
    qsizetype stepped = 0;
    while (importer.step(1)) {
        QCOMPARE(searchTriggerSql(m_store->database()), trigger);
        ++stepped;
        for (qsizetype i = 0; i < newNames.size(); ++i)
            QCOMPARE(found(newNames.at(i)).isEmpty(), i >= stepped);
        // Another change on the connection between steps is indexed by the trigger.
        QVERIFY(execSql(m_store->database(),
                        u"UPDATE persons SET postcode = '1111 AA' WHERE "
                        "klantnummer = 'K4'"_s));
    }
    QCOMPARE(stepped, newNames.size());
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.updated, 4);
    QCOMPARE(found(u"1111"_s), QStringList({ m_numbers.value(5), m_numbers.value(6) }));
    const QStringList imported = searchIndex(m_store->database());
    QVERIFY(execSql(m_store->database(), u"UPDATE persons SET name = name"_s));
    QCOMPARE(imported, searchIndex(m_store->database()));
}

// A failure after persons were staged and written rolls back the names, the search index and
// the setting aside of the trigger.
void TestPersonImportSearch::failedImportLeavesSearchAndTrigger()
{
    const QString trigger = searchTriggerSql(m_store->database());
    const QStringList before = searchIndex(m_store->database());
    const QStringList persons
        = rowsAsText(m_store->database(), u"SELECT * FROM persons ORDER BY id"_s);
    QByteArray bytes = "klantnummer;naam;postcode\n"
                       "K1;Anouk Visser;1234 AB\n"
                       "K2;Bram Çelik;2345 BC\n";
    for (int i = 0; i < 1500; ++i)
        bytes += "N" + QByteArray::number(i) + ";Persoon " + QByteArray::number(i) + ";\n";
    const QString path = write(u"refused.csv"_s, bytes);
    // The event of a new person in the second step is refused: the first step's persons (Anna
    // and Bram among them) were written and re-indexed by then.
    QVERIFY(refuseInserts(m_store->database(), u"refuse_person"_s, u"audit_events"_s,
                          u"NEW.payload LIKE '%\"N1200\"%'"_s));
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"refused by the test"_s), qPrintable(result.error));
    QVERIFY(allowInserts(m_store->database(), u"refuse_person"_s, u"audit_events"_s));

    QCOMPARE(searchTriggerSql(m_store->database()), trigger);
    QCOMPARE(rowsAsText(m_store->database(), u"SELECT * FROM persons ORDER BY id"_s), persons);
    QCOMPARE(searchIndex(m_store->database()), before);
    QCOMPARE(found(u"anouk"_s), QStringList());
    QCOMPARE(found(u"bakker"_s), QStringList({ m_numbers.value(1), m_numbers.value(3) }));
    QCOMPARE(stagingLeft(m_store->database()), QStringList());
}

QTEST_GUILESS_MAIN(TestPersonImportSearch)
#include "tst_personimport_search.moc"
