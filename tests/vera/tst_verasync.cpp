// vera sync: the retention items derived from the rental contracts of the fictitious
// corporation's Overeenkomsten system (tests/data/vera/woonstad.json), on both backends. The
// rows go through the person import's own write path, so a sync writes the persons, items and
// events an import of the same rows in a CSV file writes; a rerun changes nothing; a system that
// refuses or cannot be reached, or a cancel, leaves nothing written; only the import's role syncs.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "crypto/SecureBytes.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "vera/VeraService.h"
#include "vera/VeraSync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theRowsAsTheSystemsGiveThem();
    void theSameAsTheImportOfTheSameRows();
    void theEventsNameTheSystem();
    void aRerunChangesNothing();
    void aSystemThatFailsLeavesNothingWritten_data();
    void aSystemThatFailsLeavesNothingWritten();
    void aCancelLeavesNothingWritten();
    void onlyTheImportsRoleSyncs();
    void theNameAndTheRelation();
    void theRelatiesSystemTheContractsPointInto();

private:
    std::optional<VeraService::SyncResult> sync(ServiceError *error,
                                                const std::atomic<bool> *cancel = nullptr,
                                                const VeraSync::Progress &progress = {});
    // What a sync or an import wrote: the persons and their derived items.
    static QStringList written(Store &store);

    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
};

void TestVeraSync::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
}

void TestVeraSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    ServiceError error;
    VeraService vera(Session { *m_store, m_clock });
    QVERIFY2(vera.addSystem(m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s), &error),
             qPrintable(error.message));
    QVERIFY2(vera.addSystem(m_fixture.clientSystem(u"Empire Contracten"_s, u"overeenkomsten"_s, {},
                                                   VeraDomain::Overeenkomsten),
                            &error),
             qPrintable(error.message));
    QVERIFY2(
        vera.addSystem(
            m_fixture.apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier), &error),
        qPrintable(error.message));
}

void TestVeraSync::cleanup()
{
    m_store.reset();
    m_dir.reset();
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

std::optional<VeraService::SyncResult> TestVeraSync::sync(ServiceError *error,
                                                          const std::atomic<bool> *cancel,
                                                          const VeraSync::Progress &progress)
{
    return VeraService(Session { *m_store, m_clock }).sync({}, {}, cancel, progress, error);
}

QStringList TestVeraSync::written(Store &store)
{
    return rowsAsText(store.database(),
                      u"SELECT klantnummer, name, relation, relation_end, source FROM persons "
                      "ORDER BY klantnummer"_s)
        + rowsAsText(store.database(),
                     u"SELECT p.klantnummer, r.code, i.trigger_date, i.expires_on, i.derived "
                     "FROM retention_items i JOIN persons p ON p.id = i.person_id "
                     "JOIN retention_rules r ON r.id = i.rule_id ORDER BY p.klantnummer, r.code"_s);
}

// Every contract read; per relation huurder while a contract runs, else ex-huurder with the
// latest end; a relation that is no natural person left out; a customer number on two relations
// rejected as the import rejects it on two lines.
void TestVeraSync::theRowsAsTheSystemsGiveThem()
{
    ServiceError error;
    QList<int> seen;
    const auto result = sync(&error, nullptr, [&seen](int objects) { seen << objects; });
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->system, u"Empire Contracten"_s);
    QCOMPARE(result->relatiesSystem, u"Empire"_s);
    QCOMPARE(result->read.contracts, 6);
    QCOMPARE(result->read.relations, 7);
    QCOMPARE(result->read.unmatched, 1); // R9000: an organisation's contract
    QCOMPARE(seen, QList<int>({ 6, 13 }));
    QStringList rows;
    for (const CsvRecord &record : result->read.rows.records)
        rows << record.fields.join(u'|');
    QCOMPARE(
        rows,
        QStringList({ u"K1001|Anna de Vries|huurder|"_s, u"K2002|Bram Smit|ex-huurder|2025-06-30"_s,
                      u"K3003|Cor Dubbel|huurder|"_s, u"K3003|Cor Dubbel|huurder|"_s }));
    QCOMPARE(result->read.relationIds,
             QStringList({ u"R1001"_s, u"R2002"_s, u"R3003"_s, u"R3004"_s }));
    QCOMPARE(result->imported.imported, 2);
    QCOMPARE(result->imported.rejected.size(), 2);
    QVERIFY(result->imported.rejected.first().reason.contains(u"K3003"_s));

    const QJsonObject json = VeraService::toJson(*result);
    for (const QString &key :
         { u"imported"_s, u"updated"_s, u"rejected"_s, u"terms_created"_s, u"terms_moved"_s,
           u"terms_removed"_s, u"unchanged"_s, u"system"_s, u"relaties_system"_s, u"contracts"_s,
           u"relations"_s, u"unmatched"_s })
        QVERIFY2(json.contains(key), qPrintable(key));
    const QJsonObject rejected = json.value(u"rejected"_s).toArray().first().toObject();
    QCOMPARE(rejected.value(u"klantnummer"_s).toString(), u"K3003"_s);
    QCOMPARE(rejected.value(u"relation"_s).toString(), u"R3003"_s);
}

// The sync's persons and items are those of an import of a CSV file with the same rows.
void TestVeraSync::theSameAsTheImportOfTheSameRows()
{
    ServiceError error;
    const auto result = sync(&error);
    QVERIFY2(result, qPrintable(error.message));

    QTemporaryDir other;
    const auto imported = createServiceStore(other.filePath(u"kluis"_s));
    QVERIFY(imported);
    const QString path = other.filePath(u"export.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("klantnummer;naam;relatie;einddatum\n"
               "K1001;Anna de Vries;huurder;\n"
               "K2002;Bram Smit;ex-huurder;30-06-2025\n"
               "K3003;Cor Dubbel;huurder;\n"
               "K3003;Cor Dubbel;huurder;\n");
    file.close();
    ImportOptions options;
    options.source = u"VERA: Empire, Empire Contracten"_s;
    const ImportResult fromFile = PersonImport(Session { *imported, m_clock }).run(path, options);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error));

    QCOMPARE(result->imported.imported, fromFile.imported);
    QCOMPARE(result->imported.updated, fromFile.updated);
    QCOMPARE(result->imported.unchanged, fromFile.unchanged);
    QCOMPARE(result->imported.terms.toJson(), fromFile.terms.toJson());
    QVERIFY(result->imported.terms.created > 0);
    QCOMPARE(result->imported.rejected.size(), fromFile.rejected.size());
    // The same rows, the reason worded for relations instead of lines of a file.
    for (qsizetype i = 0; i < fromFile.rejected.size(); ++i) {
        QCOMPARE(result->imported.rejected.at(i).line, fromFile.rejected.at(i).line);
        QVERIFY(fromFile.rejected.at(i).reason.startsWith(u"Customer number K3003 is on several "
                                                          "lines (4, 5)"_s));
        QCOMPARE(result->imported.rejected.at(i).reason,
                 u"Customer number K3003 belongs to more than one relation: which one is right "
                 "cannot be told. Correct it in the system of the relations."_s);
    }
    const QStringList synced = written(*m_store);
    QVERIFY2(synced.contains(u"K2002|Bram Smit|ex-huurder|2025-06-30|VERA: Empire, Empire "
                             "Contracten"_s),
             qPrintable(synced.join(u'\n')));
    QCOMPARE(synced, written(*imported));
}

// The import's events, naming the system they came from.
void TestVeraSync::theEventsNameTheSystem()
{
    ServiceError error;
    QVERIFY2(sync(&error), qPrintable(error.message));
    const QStringList events
        = rowsAsText(m_store->database(),
                     u"SELECT action, payload FROM audit_events WHERE action IN ('person.created', "
                     "'person.updated', 'retention.terms.derived') ORDER BY seq"_s);
    QCOMPARE(events.size(), 3);
    QVERIFY(events.at(0).startsWith(u"person.created|"_s));
    const QJsonObject anna
        = QJsonDocument::fromJson(events.at(0).section(u'|', 1).toUtf8()).object();
    QCOMPARE(anna,
             QJsonObject({ { u"data_source"_s, u"VERA: Empire, Empire Contracten"_s },
                           { u"klantnummer"_s, u"K1001"_s },
                           { u"name"_s, u"Anna de Vries"_s },
                           { u"relation"_s, u"huurder"_s },
                           { u"source"_s, u"import"_s },
                           { u"system"_s, u"Empire Contracten"_s } }));
    const QJsonObject derived
        = QJsonDocument::fromJson(events.at(2).section(u'|', 1).toUtf8()).object();
    QCOMPARE(events.at(2).section(u'|', 0, 0), u"retention.terms.derived"_s);
    QCOMPARE(derived.value(u"system"_s).toString(), u"Empire Contracten"_s);
    QCOMPARE(derived.value(u"source"_s).toString(), u"import"_s);
    // The BSN the relation holds is nowhere.
    const QString bsn = QString::fromLatin1(VeraFixture::bsn());
    QVERIFY(!rowsAsText(m_store->database(), u"SELECT payload FROM audit_events"_s)
                 .join(u'\n')
                 .contains(bsn));
}

void TestVeraSync::aRerunChangesNothing()
{
    ServiceError error;
    QVERIFY2(sync(&error), qPrintable(error.message));
    const QStringList before = written(*m_store);
    const int events = countRows(m_store->database(), u"audit_events"_s);
    const auto again = sync(&error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->imported.imported, 0);
    QCOMPARE(again->imported.updated, 0);
    QCOMPARE(again->imported.unchanged, 2);
    QVERIFY(!again->imported.terms.any());
    QCOMPARE(written(*m_store), before);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), events);
}

void TestVeraSync::aSystemThatFailsLeavesNothingWritten_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("behaviour");
    QTest::newRow("contracts refused") << u"contracts"_s << u"sleutel"_s;
    QTest::newRow("contracts unreachable") << u"contracts"_s << u"weg"_s;
    QTest::newRow("relaties refused") << u"relaties"_s << u"sleutel"_s;
    QTest::newRow("relaties not offered") << u"relaties"_s << u"niet"_s;
}

void TestVeraSync::aSystemThatFailsLeavesNothingWritten()
{
    QFETCH(QString, which);
    QFETCH(QString, behaviour);
    ServiceError error;
    VeraService vera(Session { *m_store, m_clock });
    const QString name = which == u"contracts"_s ? u"Empire Contracten"_s : u"Empire"_s;
    QVERIFY2(vera.removeSystem(name, &error), qPrintable(error.message));
    VeraSystem system = which == u"contracts"_s
        ? m_fixture.apiKeySystem(name, u"overeenkomsten"_s, VeraDomain::Overeenkomsten)
        : m_fixture.apiKeySystem(name, u"relaties"_s);
    if (behaviour == u"sleutel"_s)
        system.secret = "een-verkeerde-sleutel";
    else if (behaviour == u"weg"_s)
        system.baseUrl = u"https://127.0.0.1:1/overeenkomsten"_s;
    else
        system.baseUrl = m_fixture.baseUrl(behaviour);
    QVERIFY2(vera.addSystem(system, &error), qPrintable(error.message));
    const int events = countRows(m_store->database(), u"audit_events"_s);
    QVERIFY(!sync(&error));
    QVERIFY2(error.message.startsWith(u"Nothing was recorded: "_s + name + u": "_s),
             qPrintable(error.message));
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), events);
}

// Cancelled between the contracts and the relations: nothing written, and said so.
void TestVeraSync::aCancelLeavesNothingWritten()
{
    std::atomic<bool> cancel = false;
    const int events = countRows(m_store->database(), u"audit_events"_s);
    ServiceError error;
    QVERIFY(!sync(&error, &cancel, [&cancel](int) { cancel = true; }));
    QCOMPARE(error.message, u"The sync was cancelled: nothing was recorded."_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), events);
}

void TestVeraSync::onlyTheImportsRoleSyncs()
{
    {
        UserError userError;
        UserService users(*m_store, Session { *m_store, m_clock });
        QVERIFY(users.add(u"k.jansen"_s, u"K. Jansen"_s, Role::Kcc,
                          SecureBytes::fromUtf8(u"wachtwoord-2026-x"_s), &userError));
    }
    if (testBackend() == Backend::Folder)
        m_store.reset();
    auto kcc
        = openServiceStoreAs(m_dir->filePath(u"kluis"_s), u"k.jansen"_s, u"wachtwoord-2026-x"_s);
    QVERIFY(kcc);
    ServiceError error;
    QVERIFY(!VeraService(Session { *kcc, m_clock }).sync({}, {}, nullptr, {}, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    // Read as the beheerder: a KCC login reads no trail.
    if (testBackend() == Backend::Folder) {
        kcc.reset();
        StoreError storeError;
        m_store = openServiceStore(m_dir->filePath(u"kluis"_s), &storeError);
        QVERIFY2(m_store, qPrintable(storeError.message()));
    }
    QCOMPARE(rowsAsText(m_store->database(),
                        u"SELECT count(*) FROM audit_events WHERE action = 'user.denied'"_s),
             QStringList({ u"1"_s }));
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
}

void TestVeraSync::theNameAndTheRelation()
{
    QCOMPARE(VeraSync::nameOf(QJsonObject { { u"voornaam"_s, u"Anna"_s },
                                            { u"tussenvoegsels"_s, u"de"_s },
                                            { u"achternaam"_s, u"Vries"_s } }),
             u"Anna de Vries"_s);
    QCOMPARE(VeraSync::nameOf(QJsonObject { { u"voorletters"_s, u"A.J."_s },
                                            { u"geslachtsnaam"_s, u"Bakker"_s } }),
             u"A.J. Bakker"_s);
    QCOMPARE(VeraSync::nameOf(QJsonObject { { u"aanschrijfnaam"_s, u"Fam. Smit"_s } }),
             u"Fam. Smit"_s);
    QCOMPARE(VeraSync::relationIdOf(u"https://vera.example/relaties/v4/relaties/R12"_s), u"R12"_s);
    QCOMPARE(VeraSync::relationIdOf(u"https://vera.example/relaties/natuurlijk-personen/7"_s),
             u"7"_s);
    QCOMPARE(VeraSync::relationIdOf(u"https://vera.example/vastgoed/eenheden/E12"_s), QString());
}

// With several Relaties systems the one the contracts' links point into is read (the other here
// answers only 500s, and is first by name); links into two addresses leave nothing written.
void TestVeraSync::theRelatiesSystemTheContractsPointInto()
{
    ServiceError error;
    VeraService vera(Session { *m_store, m_clock });
    QVERIFY2(vera.addSystem(m_fixture.apiKeySystem(u"Aedes Relaties"_s, u"kapot"_s), &error),
             qPrintable(error.message));
    const auto result = sync(&error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(result->relatiesSystem, u"Empire"_s);
    QCOMPARE(result->imported.imported, 2);
    QCOMPARE(rowsAsText(m_store->database(),
                        u"SELECT DISTINCT source FROM persons WHERE source <> ''"_s),
             QStringList({ u"VERA: Empire, Empire Contracten"_s }));

    // The same system set up twice, at the same address: the first by name is read.
    QVERIFY2(vera.addSystem(m_fixture.apiKeySystem(u"Empire kopie"_s, u"relaties"_s), &error),
             qPrintable(error.message));
    const auto again = sync(&error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->relatiesSystem, u"Empire"_s);

    // Links that lie within two addresses.
    VeraSystem within = m_fixture.apiKeySystem(u"Empire relaties"_s, u"relaties"_s);
    within.baseUrl += u"/relaties"_s;
    QVERIFY2(vera.addSystem(within, &error), qPrintable(error.message));
    const QStringList before = written(*m_store);
    QVERIFY(!sync(&error));
    QVERIFY2(error.message.contains(u"more than one Relaties system"_s)
                 && error.message.contains(u"Empire relaties"_s),
             qPrintable(error.message));
    QCOMPARE(written(*m_store), before);
}

QTEST_GUILESS_MAIN(TestVeraSync)
#include "tst_verasync.moc"
