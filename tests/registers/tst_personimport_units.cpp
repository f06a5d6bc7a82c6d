// The person import through the unit of work, on both backends: one batch from begin() to
// finish(), so that a unit of other code on the same connection between two steps is part of
// the import's transaction: it commits with the import, in the trail between the steps' events,
// and when it fails nothing of the import stays (its half-written change could not be taken
// out alone). The audit chain verifies afterwards.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

// The actions of the trail after seq, in order.
QStringList actionsAfter(const Store &store, qint64 seq)
{
    return readAsOwner(store.database(),
                       u"SELECT action FROM audit_events WHERE seq > %1 ORDER BY seq"_s.arg(seq));
}

qint64 headSeq(const Store &store)
{
    const QStringList head
        = readAsOwner(store.database(), u"SELECT COALESCE(MAX(seq), 0) FROM audit_events"_s);
    return head.size() == 1 ? head.first().toLongLong() : -1;
}

} // namespace

class TestPersonImportUnits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initSodium()); }
    void init();
    void cleanup();
    void unitBetweenStepsCommitsWithTheImport();
    void failingUnitBetweenStepsLeavesNothing();

private:
    // Four new persons, K1 to K4, former tenants (so with retention items).
    QString writeFile();
    // A unit of other code that records one event (store/between, test.between) and says
    // whether it fails after recording it.
    bool otherUnit(bool failing, ServiceError *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
};

void TestPersonImportUnits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestPersonImportUnits::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestPersonImportUnits::writeFile()
{
    const QString path = m_dir->filePath(u"stappen.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("klantnummer;naam;relatie;einddatum\n"
               "K1;Persoon Een;ex-huurder;01-03-2025\n"
               "K2;Persoon Twee;ex-huurder;01-03-2025\n"
               "K3;Persoon Drie;ex-huurder;01-03-2025\n"
               "K4;Persoon Vier;ex-huurder;01-03-2025\n");
    return path;
}

bool TestPersonImportUnits::otherUnit(bool failing, ServiceError *error)
{
    const Session session(*m_store, m_clock);
    UnitOfWork unit(session, Permission::EditRegisters, u"test.between"_s);
    return unit.commit(
        [failing](UnitOfWork::Write &write, ServiceError *why) {
            write.record(u"store"_s, u"between"_s, u"test.between"_s);
            if (!failing)
                return true;
            *why = { ServiceError::Code::Invalid, u"Niet tussendoor."_s };
            return false;
        },
        error);
}

void TestPersonImportUnits::unitBetweenStepsCommitsWithTheImport()
{
    const QString path = writeFile();
    const ImportCheck check = PersonImport::check(path, {});
    QCOMPARE(check.valid, 4);
    const qint64 head = headSeq(*m_store);
    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(2));
    ServiceError failed;
    QVERIFY2(otherUnit(false, &failed), qPrintable(failed.message));
    while (importer.step(2)) { }
    const ImportResult result = importer.finish();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 4);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 4);
    QCOMPARE(
        actionsAfter(*m_store, head),
        QStringList({ u"person.created"_s, u"person.created"_s, u"test.between"_s,
                      u"person.created"_s, u"person.created"_s, u"retention.terms.derived"_s }));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

void TestPersonImportUnits::failingUnitBetweenStepsLeavesNothing()
{
    const QString path = writeFile();
    const ImportCheck check = PersonImport::check(path, {});
    const qint64 head = headSeq(*m_store);
    PersonImport importer(Session { *m_store, m_clock });
    QString error;
    QVERIFY2(importer.begin(path, {}, check, &error), qPrintable(error));
    QVERIFY(importer.step(2));
    ServiceError failed;
    QVERIFY(!otherUnit(true, &failed));
    QCOMPARE(failed.message, u"Niet tussendoor."_s);
    QVERIFY(!importer.step(2));
    const ImportResult result = importer.finish();
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"Niet tussendoor."_s);
    QCOMPARE(result.imported, 0);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 0);
    QCOMPARE(actionsAfter(*m_store, head), QStringList());
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

QTEST_GUILESS_MAIN(TestPersonImportUnits)
#include "tst_personimport_units.moc"
