// PersonImport with ugly real-world exports: both separators, BOM, Windows-1252 names, quoted
// separators and line breaks, CRLF, blank lines, trailing separators, bad rows of every kind,
// duplicates, updates, --strict, --map, 100,000 rows, and a writer killed mid-transaction; and
// exactly which rows, events and items an import writes, so that making it faster
// cannot change them. (BSN rows live in tst_personimport_bsn.cpp.)

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/TrailRows.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

struct StoredPerson
{
    QString name, relation, street, houseNumber, postcode, city, phone, email, relationEnd;
};

std::optional<StoredPerson> person(const Store &store, const QString &klantnummer)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT name, relation, street, house_number, postcode, city, phone, email, "
              "relation_end FROM persons WHERE klantnummer = ?"_s);
    q.addBindValue(klantnummer);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredPerson { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString() };
}

int auditCount(const Store &store, const QString &action)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT count(*) FROM audit_events WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<qint64> rejectedLines(const ImportResult &result)
{
    QList<qint64> lines;
    for (const ImportRejection &r : result.rejected)
        lines << r.line;
    return lines;
}

QString reasonFor(const ImportResult &result, qint64 line)
{
    for (const ImportRejection &r : result.rejected) {
        if (r.line == line)
            return r.reason;
    }
    return {};
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

class TestPersonImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parseDate_data();
    void parseDate();
    void relationCodes();
    void splitAddress_data();
    void splitAddress();
    void typedAddress();
    void windows1252SemicolonFile();
    void utf8BomCommaFile();
    void excelUnicodeTextFile_data();
    void excelUnicodeTextFile();
    void updatesExistingPersons();
    void anExTenantWhoRentsAgainLosesTheOldEnd();
    void duplicateKlantnummerRejectsAllItsLines();
    void strictImportsNothing();
    void mapping();
    void missingColumnsAndUnreadableFiles();
    void stepwiseCancelLeavesNothing();
    void changedFileIsRefused();
    void hundredThousandRows();
    void killedMidTransactionLeavesNothing();
    void stepsWriteTheirEventsInLineOrder();
    void refusedAuditEventLeavesNothing();
    void pageCacheOnlyWhileImporting();
    void relationCodeSeparators();
    void wholeAddressColumn();
    void importWritesExactlyTheseRowsAndEvents();
    void writesBetweenStepsAreSeen();
    void personChangedBetweenStepsIsSeen();
    void stagedPersonsAreWrittenInTheirOwnStep();
    void fileChangedDuringTheWriteCommitsNothing();
    void isoDateAsQtWritesIt();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
};

void TestPersonImport::initTestCase()
{
    QVERIFY(initSodium());
}

void TestPersonImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestPersonImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestPersonImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestPersonImport::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("DD-MM-YYYY") << u"31-12-2024"_s << QDate(2024, 12, 31);
    QTest::newRow("D-M-YYYY") << u"1-2-2025"_s << QDate(2025, 2, 1);
    QTest::newRow("ISO") << u"2025-02-01"_s << QDate(2025, 2, 1);
    QTest::newRow("slashes") << u"01/02/2025"_s << QDate(2025, 2, 1);
    QTest::newRow("dots") << u"1.2.2025"_s << QDate(2025, 2, 1);
    QTest::newRow("29 Feb leap") << u"29-02-2024"_s << QDate(2024, 2, 29);
    QTest::newRow("midnight time") << u"31-12-2024 00:00"_s << QDate(2024, 12, 31);
    QTest::newRow("ISO time") << u"2024-12-31T00:00:00"_s << QDate(2024, 12, 31);
    QTest::newRow("29 Feb non-leap") << u"29-02-2025"_s << QDate();
    QTest::newRow("31 Apr") << u"31-04-2025"_s << QDate();
    QTest::newRow("two-digit year") << u"01-02-25"_s << QDate();
    QTest::newRow("month first") << u"12/31/2024"_s << QDate();
    QTest::newRow("word") << u"gisteren"_s << QDate();
    QTest::newRow("year 1899") << u"01-01-1899"_s << QDate();
    QTest::newRow("text after") << u"01-01-2024 ca."_s << QDate();
}

void TestPersonImport::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(PersonImport::parseDate(text), expected);
}

void TestPersonImport::relationCodes()
{
    QCOMPARE(PersonImport::relationCode(u"Huurder"), u"huurder"_s);
    QCOMPARE(PersonImport::relationCode(u" EX HUURDER "), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"Oud-huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"ex_huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"Woningzoekende"), u"woningzoekende"_s);
    QCOMPARE(PersonImport::relationCode(u"medehuurder"), u"huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"Sollicitant"), u"sollicitant"_s);
    QCOMPARE(PersonImport::relationCode(u"eigenaar"), QString());
}

void TestPersonImport::splitAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("number");
    QTest::newRow("plain") << u"Dorpsstraat 12"_s << u"Dorpsstraat"_s << u"12"_s;
    QTest::newRow("letter") << u"Kerkweg 3a"_s << u"Kerkweg"_s << u"3a"_s;
    QTest::newRow("spaced letter") << u"Kerkweg 3 A"_s << u"Kerkweg"_s << u"3 A"_s;
    QTest::newRow("bis") << u"Kerkweg 3 bis"_s << u"Kerkweg"_s << u"3 bis"_s;
    QTest::newRow("range") << u"Kerkweg 3-5"_s << u"Kerkweg"_s << u"3-5"_s;
    QTest::newRow("number in street")
        << u"2e Oosterparkstraat 45 hs"_s << u"2e Oosterparkstraat"_s << u"45 hs"_s;
    QTest::newRow("years in street") << u"Plein 1940-1945 3"_s << u"Plein 1940-1945"_s << u"3"_s;
    QTest::newRow("no number") << u"Postbus"_s << u"Postbus"_s << QString();
}

void TestPersonImport::splitAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, street);
    QFETCH(QString, number);
    const auto split = PersonImport::splitAddress(address);
    QCOMPARE(split.first, street);
    QCOMPARE(split.second, number);
}

// One line as the CLI's --address and the desk's address field take it.
void TestPersonImport::typedAddress()
{
    const auto address = PersonImport::typedAddress(u"Kerkpad 12 a, 6582 BC Heumen"_s);
    QVERIFY(address);
    QCOMPARE(address->street, u"Kerkpad"_s);
    QCOMPARE(address->houseNumber, u"12 a"_s);
    QCOMPARE(address->postcode, u"6582 BC"_s);
    QCOMPARE(address->city, u"Heumen"_s);
    QVERIFY(address->name.isEmpty());
    QVERIFY(!PersonImport::typedAddress(u"Kerkpad 12"_s));
    QVERIFY(!PersonImport::typedAddress(u", 6582 BC Heumen"_s));
    QVERIFY(!PersonImport::typedAddress(QString()));
}

void TestPersonImport::windows1252SemicolonFile()
{
    // Line numbers (header = 1):
    //  2 K001 Çelik: valid, quoted address with a ';' and a line break (takes lines 2-3)
    //  4 blank
    //  5 K002 Ömer: valid, ex huurder, D-M-YYYY, trailing separator
    //  6 K003 Zoë: bad date
    //  7 missing klantnummer
    //  8 K005 José: unknown relation
    //  9 K006: missing name
    // 10 K007: bad e-mail
    // 11 K008: an extra field (an unquoted ';' in the name)
    // 12 K009 De "Boer": valid, ISO date, doubled quotes
    // 13 ;;;; only separators: blank
    const QByteArray bytes
        = "Klantnummer;Naam;Relatie;Einddatum;Adres;Postcode;Telefoon;E-mail;\r\n"
          "K001;\xC7"
          "elik;Huurder;;\"Dorpsstraat 1; achterom\r\nbij de schuur\";1234 ab;"
          "06-12345678;c.celik@example.nl;\r\n"
          "\r\n"
          "K002;\xD6mer Y\x31lmaz;Ex huurder;1-2-2025;Kerkweg 3 A;5678CD;;;\r\n"
          "K003;Zo\xEB van Dijk;huurder;31-02-2025;;;;;\r\n"
          ";Zonder Nummer;huurder;;;;;;\r\n"
          "K005;Jos\xE9 Garc\xED"
          "a;eigenaar;;;;;;\r\n"
          "K006;;huurder;;;;;;\r\n"
          "K007;Piet Pot;huurder;;;;;piet@@example;\r\n"
          "K008;Jansen; J.;huurder;;;;;;;x\r\n"
          "K009;\"De \"\"Boer\"\"\";woningzoekende;2024-12-31;;;;;\r\n"
          ";;;;;;;;\r\n";
    const QString path = write(u"export-1252.csv"_s, bytes);

    const ImportCheck check = PersonImport::check(path, {});
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(check.delimiter, QChar(u';'));
    QCOMPARE(check.valid, 3);

    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.updated, 0);
    QCOMPARE(rejectedLines(result), QList<qint64>({ 6, 7, 8, 9, 10, 11 }));
    QVERIFY(reasonFor(result, 6).contains(u"31-02-2025"_s));
    QVERIFY(reasonFor(result, 8).contains(u"eigenaar"_s));
    QVERIFY(!reasonFor(result, 7).isEmpty());
    QVERIFY(reasonFor(result, 10).contains(u"piet@@example"_s));

    const auto celik = person(*m_store, u"K001"_s);
    QVERIFY(celik);
    QCOMPARE(celik->name, u"Çelik"_s);
    QCOMPARE(celik->relation, u"huurder"_s);
    QCOMPARE(celik->street, u"Dorpsstraat 1; achterom bij de schuur"_s);
    QCOMPARE(celik->postcode, u"1234 AB"_s); // normalised as InputLimits writes it
    QCOMPARE(celik->phone, u"06-12345678"_s);
    QCOMPARE(celik->relationEnd, QString());
    const auto omer = person(*m_store, u"K002"_s);
    QVERIFY(omer);
    QCOMPARE(omer->name, u"Ömer Y1lmaz"_s);
    QCOMPARE(omer->relation, u"ex-huurder"_s);
    QCOMPARE(omer->relationEnd, u"2025-02-01"_s);
    QCOMPARE(omer->street, u"Kerkweg"_s);
    QCOMPARE(omer->houseNumber, u"3 A"_s);
    QCOMPARE(person(*m_store, u"K009"_s)->name, u"De \"Boer\""_s);
    QCOMPARE(person(*m_store, u"K009"_s)->relationEnd, u"2024-12-31"_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 3);
    QCOMPARE(auditCount(*m_store, u"person.created"_s), 3);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.keys(),
             QStringList({ u"imported"_s, u"rejected"_s, u"terms_created"_s, u"terms_moved"_s,
                           u"terms_removed"_s, u"updated"_s }));
    QCOMPARE(json.value(u"rejected"_s).toArray().first().toObject().value(u"line"_s).toInt(), 6);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestPersonImport::utf8BomCommaFile()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "klantnummer,naam,relatie,einddatum,postcode,email\n"
                             "K100,\"Zo\xC3\xAB, de Vries\",huurder,,1011 AB,zoe@example.nl\n"
                             "K101,Jos\xC3\xA9,ex-huurder,2023-06-30,,\n";
    const QString path = write(u"export-utf8.csv"_s, bytes);
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 2);
    QVERIFY(result.rejected.isEmpty());
    QCOMPARE(person(*m_store, u"K100"_s)->name, u"Zoë, de Vries"_s);
    QCOMPARE(person(*m_store, u"K101"_s)->name, u"José"_s);
    QCOMPARE(person(*m_store, u"K101"_s)->relationEnd, u"2023-06-30"_s);
}

void TestPersonImport::excelUnicodeTextFile_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("UTF-16LE, as Excel writes it") << int(CsvReader::Encoding::Utf16LE);
    QTest::newRow("UTF-16BE") << int(CsvReader::Encoding::Utf16BE);
}

// Excel's "Unicode text" (Opslaan als → Unicode-tekst): UTF-16 with a BOM, tab separated, CRLF,
// a .txt file. The README says the encoding of an import is detected: it is read end to end.
void TestPersonImport::excelUnicodeTextFile()
{
    QFETCH(int, order);
    const auto encoding = CsvReader::Encoding(order);
    const QString text = u"Klantnummer\tNaam\tRelatie\tEinddatum\tAdres\tPostcode\r\n"
                         "K300\tZoë Çelik\tHuurder\t\t\"Dorpsstraat 1\tachterom\"\t1234 ab\r\n"
                         "K301\tĲsbrand Œuvre\tex huurder\t1-2-2025\tKerkweg 3 A\t5678CD\r\n"
                         "K302\t\thuurder\t\t\t\r\n"
                         "K303\tJosé 😀 García\twoningzoekende\t\t\t\r\n"_s;
    const bool little = encoding == CsvReader::Encoding::Utf16LE;
    QStringEncoder encoder(little ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    const QByteArray bytes
        = QByteArray(little ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(encoder(text));
    const QString path = write(u"unicode-tekst.txt"_s, bytes);

    const ImportCheck check = PersonImport::check(path, {});
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.encoding, encoding);
    QVERIFY(check.bom);
    QCOMPARE(check.delimiter, QChar(u'\t'));
    QCOMPARE(check.valid, 3);

    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 3);
    QCOMPARE(rejectedLines(result), QList<qint64>({ 4 })); // the name is missing
    const auto celik = person(*m_store, u"K300"_s);
    QVERIFY(celik);
    QCOMPARE(celik->name, u"Zoë Çelik"_s);
    QCOMPARE(celik->relation, u"huurder"_s);
    QCOMPARE(celik->street, u"Dorpsstraat 1 achterom"_s);
    QCOMPARE(celik->postcode, u"1234 AB"_s);
    const auto ijsbrand = person(*m_store, u"K301"_s);
    QVERIFY(ijsbrand);
    QCOMPARE(ijsbrand->name, u"Ĳsbrand Œuvre"_s);
    QCOMPARE(ijsbrand->relationEnd, u"2025-02-01"_s);
    QCOMPARE(ijsbrand->houseNumber, u"3 A"_s);
    QCOMPARE(person(*m_store, u"K303"_s)->name, u"José 😀 García"_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 3);
}

void TestPersonImport::updatesExistingPersons()
{
    const QString first = write(u"eerste.csv"_s,
                                "klantnummer;naam;relatie;einddatum;telefoon\n"
                                "K1;Anna Bakker;huurder;;0612345678\n"
                                "K2;Bram Claes;huurder;;\n");
    PersonImport importer(Session { *m_store, m_clock });
    QCOMPARE(importer.run(first, {}).imported, 2);

    // K1 moved out (new relation and end date; a blank phone cell does not erase the number),
    // K2 is confirmed unchanged, K3 is new.
    const QString second = write(u"tweede.csv"_s,
                                 "klantnummer;naam;relatie;einddatum;telefoon\n"
                                 "K1;Anna Bakker;ex-huurder;30-09-2026;\n"
                                 "K2;Bram Claes;huurder;;\n"
                                 "K3;Cor Dekker;huurder;;\n");
    const ImportResult result = importer.run(second, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 3);
    const auto anna = person(*m_store, u"K1"_s);
    QCOMPARE(anna->relation, u"ex-huurder"_s);
    QCOMPARE(anna->relationEnd, u"2026-09-30"_s);
    QCOMPARE(anna->phone, u"0612345678"_s);

    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT id FROM persons WHERE klantnummer = 'K1'"_s) && q.next());
    const QString id = q.value(0).toString();
    AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    const QList<AuditEvent> events = log.eventsFor(u"person"_s, id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().action, u"person.updated"_s);
    QCOMPARE(events.last().actor, testUser);
    const QJsonObject changes = events.last().payload.value(u"changes"_s).toObject();
    QCOMPARE(changes.keys(), QStringList({ u"relation"_s, u"relation_end"_s }));
    QCOMPARE(changes.value(u"relation"_s).toObject().value(u"old"_s).toString(), u"huurder"_s);
    QCOMPARE(changes.value(u"relation"_s).toObject().value(u"new"_s).toString(), u"ex-huurder"_s);
    QCOMPARE(auditCount(*m_store, u"person.updated"_s), 1);
    // On a server each person the import added is described by its own
    // person.created, in the importer's own name, and each one it changed by its
    // person.updated: none is taken for a change by hand.
    if (m_store->isServer())
        QCOMPARE(auditCount(*m_store, u"sql.changed"_s), 0);
}

// The end date is the relation's: an ex-tenant who rents again, given without an end, does not
// keep the end of the tenancy before (whose retention term would run against a tenant); a blank
// end with the relation unchanged still erases nothing.
void TestPersonImport::anExTenantWhoRentsAgainLosesTheOldEnd()
{
    PersonImport importer(Session { *m_store, m_clock });
    QCOMPARE(importer
                 .run(write(u"eerder.csv"_s,
                            "klantnummer;naam;relatie;einddatum\n"
                            "K1;Anna Bakker;ex-huurder;30-06-2020\n"
                            "K2;Bram Claes;ex-huurder;31-12-2021\n"),
                      {})
                 .imported,
             2);
    const ImportResult again = importer.run(write(u"weer.csv"_s,
                                                  "klantnummer;naam;relatie;einddatum\n"
                                                  "K1;Anna Bakker;huurder;\n"
                                                  "K2;Bram Claes;ex-huurder;\n"),
                                            {});
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.unchanged, 1);
    const auto anna = person(*m_store, u"K1"_s);
    QCOMPARE(anna->relation, u"huurder"_s);
    QVERIFY2(anna->relationEnd.isEmpty(), qPrintable(anna->relationEnd));
    QCOMPARE(person(*m_store, u"K2"_s)->relationEnd, u"2021-12-31"_s);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT id FROM persons WHERE klantnummer = 'K1'"_s) && q.next());
    AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    const QJsonObject changes = log.eventsFor(u"person"_s, q.value(0).toString())
                                    .last()
                                    .payload.value(u"changes"_s)
                                    .toObject();
    QCOMPARE(changes.value(u"relation_end"_s).toObject().value(u"old"_s).toString(),
             u"2020-06-30"_s);
    QCOMPARE(changes.value(u"relation_end"_s).toObject().value(u"new"_s).toString(), QString());
}

void TestPersonImport::duplicateKlantnummerRejectsAllItsLines()
{
    const QString path = write(u"dubbel.csv"_s,
                               "klantnummer;naam;relatie;einddatum\n"
                               "K1;Anna Bakker;ex-huurder;01-01-2020\n"
                               "K2;Bram Claes;huurder;\n"
                               "K1;Anna Bakker;huurder;\n"
                               "K1;A. Bakker;huurder;\n");
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QCOMPARE(result.imported, 1);
    QCOMPARE(rejectedLines(result), QList<qint64>({ 2, 4, 5 }));
    QVERIFY(reasonFor(result, 4).contains(u"2, 4, 5"_s));
    QVERIFY(!person(*m_store, u"K1"_s));
}

void TestPersonImport::strictImportsNothing()
{
    const QString bad
        = write(u"fout.csv"_s, "klantnummer;naam;relatie\nK1;Anna;huurder\nK2;Bram;kat\n");
    // A server store has its store.created event from `server init`; a store folder none.
    const int eventsBefore = countRows(m_store->database(), u"audit_events"_s);
    PersonImport importer(Session { *m_store, m_clock });
    ImportOptions options;
    options.strict = true;
    const ImportResult refused = importer.run(bad, options);
    QVERIFY(!refused.ok());
    QVERIFY(refused.refusedStrict);
    QCOMPARE(rejectedLines(refused), QList<qint64>({ 3 }));
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), eventsBefore);

    const QString good = write(u"goed.csv"_s, "klantnummer;naam;relatie\nK1;Anna;huurder\n");
    const ImportResult imported = importer.run(good, options);
    QVERIFY(imported.ok());
    QCOMPARE(imported.imported, 1);
}

void TestPersonImport::mapping()
{
    QString error;
    const auto map = PersonImport::parseMapping(
        u"Debiteurnummer=klantnummer, Volledige naam=naam,Soort=relatie,Einde=einddatum,"
        "Opmerking=negeren"_s,
        &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->size(), 5);
    QVERIFY(!PersonImport::parseMapping(u"Debiteurnummer=kat"_s, &error));
    QVERIFY(error.contains(u"Debiteurnummer=kat"_s));
    QVERIFY(!PersonImport::parseMapping(u"zonder-is"_s, &error));

    const QString path = write(u"anders.csv"_s,
                               "Debiteurnummer;Volledige naam;Soort;Einde;Opmerking;Naam\n"
                               "D-1;Anna Bakker;Huurder;;wil geen post;A.\n");
    ImportOptions options;
    PersonImport importer(Session { *m_store, m_clock });
    // Without the mapping: no klantnummer column.
    const ImportResult unmapped = importer.run(path, options);
    QVERIFY(!unmapped.ok());
    QVERIFY(unmapped.error.contains(u"klantnummer"_s));
    // With it, "Naam" would be a second name column: leave it out too.
    options.mapping = *map;
    QVERIFY(importer.run(path, options).error.contains(u"naam"_s));
    options.mapping.insert(u"naam"_s, ImportField::Ignore);
    const ImportResult mapped = importer.run(path, options);
    QVERIFY2(mapped.ok(), qPrintable(mapped.error));
    QCOMPARE(mapped.imported, 1);
    QCOMPARE(person(*m_store, u"D-1"_s)->name, u"Anna Bakker"_s);
    // A mapping that names a column the file lacks is an error, not silently ignored.
    options.mapping.insert(u"Bestaat niet"_s, ImportField::Email);
    QVERIFY(importer.run(path, options).error.contains(u"Bestaat niet"_s));
}

void TestPersonImport::missingColumnsAndUnreadableFiles()
{
    PersonImport importer(Session { *m_store, m_clock });
    QVERIFY(!importer.run(m_dir->filePath(u"nergens.csv"_s), {}).ok());
    QVERIFY(!importer.run(write(u"leeg.csv"_s, ""), {}).ok());
    const ImportResult noName = importer.run(write(u"geen-naam.csv"_s, "klantnummer\nK1\n"), {});
    QVERIFY(noName.error.contains(u"naam"_s));
    // Only a header: nothing to do, which is fine.
    const ImportResult headerOnly = importer.run(write(u"kop.csv"_s, "klantnummer;naam\r\n"), {});
    QVERIFY(headerOnly.ok());
    QCOMPARE(headerOnly.imported, 0);
}

void TestPersonImport::stepwiseCancelLeavesNothing()
{
    QByteArray bytes = "klantnummer;naam\n";
    for (int i = 0; i < 50; ++i)
        bytes += "K" + QByteArray::number(i) + ";Persoon " + QByteArray::number(i) + "\n";
    const QString path = write(u"stappen.csv"_s, bytes);
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.records, 50);
    const int eventsBefore = countRows(m_store->database(), u"audit_events"_s);
    {
        PersonImport importer(Session { *m_store, m_clock });
        QString error;
        QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
        QVERIFY(importer.step(20));
        QCOMPARE(importer.rowsDone(), 20);
        QCOMPARE(importer.rowsTotal(), 50);
        importer.cancel();
    }
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), eventsBefore);

    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY(importer.begin(path, {}, check, &error));
    while (importer.step(7)) { }
    const ImportResult result = importer.finish();
    QVERIFY(result.ok());
    QCOMPARE(result.imported, 50);
}

void TestPersonImport::changedFileIsRefused()
{
    const QString path = write(u"wijzigt.csv"_s, "klantnummer;naam\nK1;Anna\n");
    const ImportCheck check = PersonImport::check(path, {});
    write(u"wijzigt.csv"_s, "klantnummer;naam\nK1;Anna\nK2;Bram\n");
    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY(!importer.begin(path, {}, check, &error));
    QVERIFY(!error.isEmpty());
}

void TestPersonImport::hundredThousandRows()
{
    constexpr int rows = 100000;
    const QString path = m_dir->filePath(u"groot.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Klantnummer;Naam;Relatie;Einddatum;Adres;Postcode;Telefoon;Email\r\n");
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
            QByteArray line = "K" + n + ";\"Bewoner " + n + ", J.\";"
                + (i % 3 == 0 ? "ex-huurder;" + QByteArray::number(1 + i % 28) + "-"
                           + QByteArray::number(1 + i % 12) + "-2025"
                              : QByteArray("huurder;"))
                + ";Dorpsstraat " + QByteArray::number(i % 300 + 1) + ";1234AB;06-1234"
                + QByteArray::number(i % 10000).rightJustified(4, '0') + ";b" + n
                + "@example.nl\r\n";
            if (i % 10000 == 5)
                line = "K" + n + ";Kapot;huurder;99-99-2025;;;;\r\n";
            file.write(line);
        }
    }
    PersonImport importer(Session { *m_store, m_clock });
    qint64 lastProgress = 0;
    const ImportResult result = importer.run(path, {}, [&lastProgress](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(rows));
        QVERIFY(done > lastProgress);
        lastProgress = done;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, rows - 10);
    QCOMPARE(result.rejected.size(), 10);
    QCOMPARE(result.rejected.first().line, 7);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), rows - 10);
    QCOMPARE(auditCount(*m_store, u"person.created"_s), rows - 10);
    QCOMPARE(person(*m_store, u"K000003"_s)->relationEnd, u"2025-04-04"_s);
}

void TestPersonImport::killedMidTransactionLeavesNothing()
{
    PD_FOLDER_ONLY("the import writer is killed holding the store folder's write transaction "
                   "(its journal and WAL on disk are what is checked)");
    const QString storeDir = m_dir->filePath(u"kluis"_s);
    QByteArray bytes = "klantnummer;naam;relatie\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "K" + QByteArray::number(i) + ";Persoon " + QByteArray::number(i) + ";huurder\n";
    const QString path = write(u"crash.csv"_s, bytes);
    m_store.reset(); // one process at a time holds the store

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(IMPORTWRITER_PATH), { storeDir, path });
    QVERIFY(writer.waitForStarted());
    QByteArray said;
    while (!said.contains("pending") && writer.state() == QProcess::Running
           && writer.waitForReadyRead(60000))
        said += writer.readAll();
    QVERIFY2(said.contains("pending"), said.constData());
    writer.kill(); // SIGKILL: no rollback, no clean-up
    QVERIFY(writer.waitForFinished());

    StoreError error;
    m_store = openServiceStore(storeDir, &error);
    QVERIFY2(m_store, qPrintable(error.detail()));
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), 0);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

// The person events are appended in one batch per step; nothing is left pending
// between steps, every person still has its own event, in line order, and the chain verifies.
void TestPersonImport::stepsWriteTheirEventsInLineOrder()
{
    QByteArray bytes = "klantnummer;naam;relatie;einddatum\n";
    for (int i = 0; i < 50; ++i)
        bytes += "K" + QByteArray::number(1000 + i) + ";Persoon " + QByteArray::number(i)
            + ";ex-huurder;01-0" + QByteArray::number(1 + i % 9) + "-2025\n";
    const QString path = write(u"batches.csv"_s, bytes);
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.records, 50);
    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    while (importer.step(7)) {
        QCOMPARE(auditCount(*m_store, u"person.created"_s),
                 countRows(m_store->database(), u"persons"_s));
    }
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 50);
    QCOMPARE(auditCount(*m_store, u"person.created"_s), 50);
    QCOMPARE(auditCount(*m_store, u"retention.terms.derived"_s), 1);

    QSqlQuery events(m_store->database());
    QVERIFY(events.exec(u"SELECT p.klantnummer, e.payload FROM audit_events e JOIN persons p "
                        "ON e.entity_type = 'person' AND e.entity_id = CAST(p.id AS TEXT) "
                        "ORDER BY e.seq"_s));
    int i = 0;
    while (events.next()) {
        QCOMPARE(events.value(0).toString(), u"K%1"_s.arg(1000 + i));
        QVERIFY(events.value(1).toString().contains(u"\"Persoon %1\""_s.arg(i)));
        ++i;
    }
    QCOMPARE(i, 50);
    const AuditLog::Verification verified
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .verify();
    QVERIFY2(verified.ok, qPrintable(verified.reason));
}

// A person event the database refuses fails the whole import: no person, no event, no item.
void TestPersonImport::refusedAuditEventLeavesNothing()
{
    QByteArray bytes = "klantnummer;naam;relatie;einddatum\n";
    for (int i = 0; i < 40; ++i)
        bytes += "K" + QByteArray::number(2000 + i) + ";Persoon " + QByteArray::number(i)
            + ";ex-huurder;01-03-2025\n";
    const QString path = write(u"refused.csv"_s, bytes);
    QVERIFY(refuseInserts(m_store->database(), u"refuse_person"_s, u"audit_events"_s,
                          u"NEW.payload LIKE '%\"K2033\"%'"_s));
    const int eventsBefore = countRows(m_store->database(), u"audit_events"_s);
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"refused by the test"_s), qPrintable(result.error));
    QCOMPARE(result.imported, 0);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), eventsBefore);
    QVERIFY(allowInserts(m_store->database(), u"refuse_person"_s, u"audit_events"_s));
}

// The import's larger page cache is the import's only: the connection has its own
// setting back after finish and after cancel.
void TestPersonImport::pageCacheOnlyWhileImporting()
{
    PD_FOLDER_ONLY("the page cache is the store folder's SQLite connection setting (PRAGMA "
                   "cache_size); a server connection has none");
    const auto cacheSize = [this] {
        QSqlQuery pragma(m_store->database());
        return pragma.exec(u"PRAGMA cache_size"_s) && pragma.next() ? pragma.value(0).toInt() : 0;
    };
    const int own = cacheSize();
    QCOMPARE(own, -65536); // the store's connection: 64 MB (Store)
    const QString path = write(u"cache.csv"_s, "klantnummer;naam\nK1;Anna\nK2;Bram\n");
    const ImportCheck check = PersonImport::check(path, {});
    // Another setting on the connection (as a caller may choose) is given back too.
    QVERIFY(execSql(m_store->database(), u"PRAGMA cache_size = -4000"_s));
    for (const bool cancel : { true, false }) {
        PersonImport importer(Session { *m_store, m_clock });
        QString error;
        QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
        QCOMPARE(cacheSize(), -65536); // 64 MB, in KiB
        if (cancel) {
            importer.cancel();
        } else {
            QVERIFY(importer.finish().ok());
        }
        QCOMPARE(cacheSize(), -4000);
    }
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 2);
}

// RelationCode folds separators by hand instead of with a regular expression per
// row; runs of ASCII white space and underscores are one hyphen, dots go, as before.
void TestPersonImport::relationCodeSeparators()
{
    QCOMPARE(PersonImport::relationCode(u"ex \t_ huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"Ex.Huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"ex..huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"oud__huurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"voormalig\r\nhuurder"), u"ex-huurder"_s);
    QCOMPARE(PersonImport::relationCode(u"MEDE BEWONER"), QString());
    QCOMPARE(PersonImport::relationCode(u"ex\u00A0huurder"), QString());
    QCOMPARE(PersonImport::relationCode(u"."), QString());
}

// An address column with the whole postal address ("Kerkpad 12, 6582 BC Heumen", as
// "adres", "address" or "postadres") fills street, number, postcode and city; a postcode or city
// column of its own wins; an address without a postcode stays the street line.
void TestPersonImport::wholeAddressColumn()
{
    const QByteArray bytes = "klantnummer;naam;postadres;plaats\r\n"
                             "K381;W. de Groot-Visser;Kerkpad 12, 6582 BC Heumen;\r\n"
                             "K382;J. de Groot;Dorpsstraat 3, 6581 AB Malden;Malden (Gld)\r\n"
                             "K383;P. Pieters;Molenweg 7;Heumen\r\n";
    const QString path = write(u"adressen.csv"_s, bytes);
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult result = importer.run(path, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 3);
    const auto groot = person(*m_store, u"K381"_s);
    QVERIFY(groot);
    QCOMPARE(groot->street, u"Kerkpad"_s);
    QCOMPARE(groot->houseNumber, u"12"_s);
    QCOMPARE(groot->postcode, u"6582 BC"_s);
    QCOMPARE(groot->city, u"Heumen"_s);
    const auto malden = person(*m_store, u"K382"_s);
    QVERIFY(malden);
    QCOMPARE(malden->street, u"Dorpsstraat"_s);
    QCOMPARE(malden->postcode, u"6581 AB"_s);
    QCOMPARE(malden->city, u"Malden (Gld)"_s);
    const auto pieters = person(*m_store, u"K383"_s);
    QVERIFY(pieters);
    QCOMPARE(pieters->street, u"Molenweg"_s);
    QCOMPARE(pieters->houseNumber, u"7"_s);
    QCOMPARE(pieters->postcode, QString());
}

// The import is made faster, and nothing it writes may change with it. One import of
// new, changed, unchanged and rejected lines (quotes, a backslash, letters outside ASCII and an
// emoji in the values) into a store that holds persons from an earlier import; then every
// person's row, every audit event after the earlier import (actor, entity, action, payload: the
// exact stored text on a store folder, where the client writes it), every derived retention
// item, the counts of the result and the chain are compared with what the import must write.
// The expected payloads are built here with QJsonDocument, which is what the chain's wire format
// names (AuditLog.cpp), so a faster way of writing them must give the same bytes.
void TestPersonImport::importWritesExactlyTheseRowsAndEvents()
{
    const QString earlier
        = write(u"eerder.csv"_s,
                "klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email\n"
                "K1;Anna Bakker;huurder;;Dorpsstraat 1;1234AB;Utrecht;0612345678;"
                "anna@voorbeeld.nl\n"
                "K2;Bram Claes;ex-huurder;31-03-2024;Kerkweg 2;2345 bc;Zwolle;;\n"
                "K3;Cor Dekker;huurder;;;;;;\n"
                "K8;Els Mulder;woningzoekende;;;;;;\n");
    PersonImport importer(Session { *m_store, m_clock });
    const ImportResult first = importer.run(earlier, {});
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.imported, 4);
    const qint64 before = [this] {
        QSqlQuery q(m_store->database());
        return q.exec(u"SELECT max(seq) FROM audit_events"_s) && q.next() ? q.value(0).toLongLong()
                                                                          : -1;
    }();
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
        "+31 30 765 43 10;zoe@voorbeeld.nl\n"
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
        rowsAsText(m_store->database(),
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
            "+31 30 765 43 10|zoe@voorbeeld.nl|NULL|2026-11-21T09:00:00.000Z|%1|ERP-import|"
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

    QCOMPARE(
        rowsAsText(m_store->database(),
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

// On a store folder the import reads ahead which customer numbers exist and which
// persons have retention items, once. The wizard's steps leave the connection to other code in
// between, inside the import's transaction: a person or an item written there must be seen as
// if every line had asked the store (the person found and updated, not inserted twice; the item
// moved, not derived a second time).
void TestPersonImport::writesBetweenStepsAreSeen()
{
    const QString earlier = write(u"eerder.csv"_s,
                                  "klantnummer;naam;relatie;einddatum\n"
                                  "K61;Hans Smit;huurder;\n");
    PersonImport importer(Session { *m_store, m_clock });
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
    QCOMPARE(rowsAsText(db,
                        u"SELECT klantnummer, name, relation, relation_end FROM persons "
                        "WHERE klantnummer IN ('K50', 'K61') ORDER BY klantnummer"_s),
             QStringList({ u"K50|Later Persoon|ex-huurder|2025-03-01"_s,
                           u"K61|Hans Smit|ex-huurder|2025-03-01"_s }));
    QCOMPARE(
        rowsAsText(db,
                   u"SELECT p.klantnummer, r.code, i.trigger_date, i.expires_on FROM "
                   "retention_items i JOIN persons p ON p.id = i.person_id "
                   "JOIN retention_rules r ON r.id = i.rule_id ORDER BY p.klantnummer, r.code"_s),
        QStringList({ u"K50|contactgegevens-huurder|2025-03-01|2027-03-01"_s,
                      u"K50|financiele-gegevens|2025-12-31|2032-12-31"_s,
                      u"K61|contactgegevens-huurder|2025-03-01|2027-03-01"_s,
                      u"K61|financiele-gegevens|2025-12-31|2032-12-31"_s }));
}

// Whatever the import reads ahead (on a store folder the customer numbers), a person
// that other code changes between two steps is compared as stored now: the import keeps the
// value written in between (the file does not give it), and its person.updated event says what
// it changed from what was stored then. (It fails with persons read ahead and kept too long.)
void TestPersonImport::personChangedBetweenStepsIsSeen()
{
    const QString earlier = write(u"eerder.csv"_s,
                                  "klantnummer;naam;relatie;einddatum;telefoon;email\n"
                                  "K71;Ilse Kok;huurder;;0611111111;ilse@voorbeeld.nl\n");
    PersonImport importer(Session { *m_store, m_clock });
    QVERIFY(importer.run(earlier, {}).ok());
    QByteArray bytes = "klantnummer;naam;relatie;einddatum;telefoon;email\n";
    for (int i = 0; i < 4; ++i)
        bytes += "K" + QByteArray::number(30 + i) + ";Persoon " + QByteArray::number(i)
            + ";huurder;;;\n";
    bytes += "K71;Ilse Kok;huurder;;;ilse.kok@voorbeeld.nl\n";
    const QString path = write(u"stappen.csv"_s, bytes);
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.valid, 5);
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(2));
    const QSqlDatabase db = m_store->database();
    QVERIFY(execSql(db,
                    u"UPDATE persons SET phone = '0622222222', email = 'kok@voorbeeld.nl' "
                    "WHERE klantnummer = 'K71'"_s));
    while (importer.step(2)) { }
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 4);
    QCOMPARE(result.updated, 1);
    QCOMPARE(rowsAsText(db, u"SELECT name, phone, email FROM persons WHERE klantnummer = 'K71'"_s),
             QStringList({ u"Ilse Kok|0622222222|ilse.kok@voorbeeld.nl"_s }));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT id FROM persons WHERE klantnummer = 'K71'"_s) && q.next());
    AuditLog log(db, m_store->info().storeId.toString(QUuid::WithoutBraces));
    const QList<AuditEvent> events = log.eventsFor(u"person"_s, q.value(0).toString());
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().action, u"person.updated"_s);
    const QJsonObject changes = events.last().payload.value(u"changes"_s).toObject();
    QCOMPARE(changes.keys(), QStringList({ u"email"_s }));
    QCOMPARE(changes.value(u"email"_s).toObject().value(u"old"_s).toString(),
             u"kok@voorbeeld.nl"_s);
}

// A person whose name or postcode changes is staged and written at the end of the step
// that read them, and only then: a person renamed by the import in the first step and by hand
// before the second keeps the name given by hand, and the second step writes its own renamed
// person with that person's values (what any other way of writing the staged persons must keep).
void TestPersonImport::stagedPersonsAreWrittenInTheirOwnStep()
{
    const QString earlier = write(u"eerder.csv"_s,
                                  "klantnummer;naam;relatie;einddatum;postcode;plaats\n"
                                  "K61;Joost Bos;huurder;;1234AB;Utrecht\n"
                                  "K62;Karin Smit;huurder;;2345BC;Zwolle\n");
    PersonImport importer(Session { *m_store, m_clock });
    QVERIFY(importer.run(earlier, {}).ok());
    const QString path = write(u"namen.csv"_s,
                               "klantnummer;naam;relatie;einddatum;postcode;plaats\n"
                               "K61;Joost van den Bos;huurder;;;Amersfoort\n"
                               "K62;Karin Smit;huurder;;3456 CD;Deventer\n");
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.valid, 2);
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(1));
    const QSqlDatabase db = m_store->database();
    const QString both = u"SELECT name, postcode, city FROM persons "
                         "WHERE klantnummer IN ('K61', 'K62') ORDER BY klantnummer"_s;
    QCOMPARE(
        rowsAsText(db, both),
        QStringList({ u"Joost van den Bos|1234 AB|Amersfoort"_s, u"Karin Smit|2345 BC|Zwolle"_s }));
    QVERIFY(
        execSql(db, u"UPDATE persons SET name = 'Joost Bos-Jansen' WHERE klantnummer = 'K61'"_s));
    while (importer.step(1)) { }
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.updated, 2);
    QCOMPARE(rowsAsText(db, both),
             QStringList(
                 { u"Joost Bos-Jansen|1234 AB|Amersfoort"_s, u"Karin Smit|3456 CD|Deventer"_s }));
}

// The write pass builds the rows without checking them again, and compares what it
// read with what the check read (ImportCheck::recordsDigest). A line changed after begin() (in
// the part of the file not read yet) fails the import at the end of the file, and nothing is
// committed, even where the changed line would pass every check.
void TestPersonImport::fileChangedDuringTheWriteCommitsNothing()
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
    PersonImport importer(Session { *m_store, m_clock });
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

// Support::isoDate, through which the import's end dates and its items' dates go,
// writes its digits itself: the same text as QDate::toString(Qt::ISODate) for every date, empty
// where Qt's is (invalid, before the year 0, after 9999).
void TestPersonImport::isoDateAsQtWritesIt()
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

QTEST_GUILESS_MAIN(TestPersonImport)
#include "tst_personimport.moc"
