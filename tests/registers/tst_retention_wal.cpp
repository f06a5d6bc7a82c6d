// After destroying request files the write-ahead log is emptied (PRAGMA wal_checkpoint(TRUNCATE))
// so that no old page with the destroyed data stays in it. While another connection
// holds a read transaction SQLite answers busy = 1: the destruction then says that the data may
// still sit in the log until the next checkpoint, instead of claiming it is gone.

#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/Keyring.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "sql/SqlCipherDriver.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QDateTime noonOn(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

const QString readerConnection = u"tst-retention-wal-reader"_s;

// A second connection to the store's database, as another window or program would hold it:
// the master key from the keyring with the test user's password.
bool openReader(const Store &store)
{
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring keyring
        = Keyring::load(QDir(store.directory()).filePath(u"keyring.pdk"_s), &status);
    if (status != Keyring::Status::Ok)
        return false;
    SecureBytes key = keyring.unlockUser(testUser, SecureBytes::fromUtf8(testPassword), &status);
    if (key.isEmpty())
        return false;
    sql::registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QLatin1StringView(sql::SqlCipherDriver::driverName()), readerConnection);
    auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver());
    if (!driver)
        return false;
    driver->setKey(std::move(key));
    db.setDatabaseName(store.databasePath());
    return db.open();
}

void closeReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(readerConnection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(readerConnection);
}

} // namespace

class TestRetentionWal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptiedWithoutReaders();
    void aReaderKeepsTheLogAndItIsSaid();

private:
    std::optional<Case> addClosedCase(const QString &name, const QString &klantnummer);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { noonOn(QDate(2024, 1, 20)) };
};

void TestRetentionWal::initTestCase()
{
    QVERIFY(initSodium());
}

void TestRetentionWal::init()
{
    m_clock.set(noonOn(QDate(2024, 1, 20)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestRetentionWal::cleanup()
{
    closeReader();
    m_store.reset();
    m_dir.reset();
}

std::optional<Case> TestRetentionWal::addClosedCase(const QString &name, const QString &klantnummer)
{
    m_clock.set(noonOn(QDate(2024, 1, 20)));
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2024, 1, 2);
    ServiceError error;
    auto c = cases.add(request, BsnCheck::Refuse, &error);
    if (!c
        || !cases.complete(c->number,
                           test::completion(Outcome::Toegewezen, QDate(2024, 1, 20), u"brief"_s, {},
                                            {}, test::knownDataSubject),
                           BsnCheck::Refuse, &error)) {
        qWarning("%s", qPrintable(error.message));
        return std::nullopt;
    }
    return cases.find(c->number);
}

void TestRetentionWal::emptiedWithoutReaders()
{
    const auto c = addClosedCase(u"Wieteke Walstra"_s, u"K801"_s);
    QVERIFY(c);
    m_clock.set(noonOn(QDate(2026, 6, 1)));
    RetentionService retention(Session { *m_store, m_clock });
    ServiceError error;
    const auto record
        = retention.destroyRequestFiles(c->person.id, u"anonimisering"_s, BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message));
    QVERIFY2(record->walWarning.isEmpty(), qPrintable(record->walWarning));
    QCOMPARE(QFileInfo(m_store->databasePath() + u"-wal"_s).size(), qint64(0));
}

void TestRetentionWal::aReaderKeepsTheLogAndItIsSaid()
{
    const auto c = addClosedCase(u"Lezer Leesma"_s, u"K802"_s);
    QVERIFY(c);
    QVERIFY(openReader(*m_store));
    QSqlDatabase reader = QSqlDatabase::database(readerConnection, false);
    QSqlQuery read(reader);
    // A read transaction that saw the person before the destruction, held open.
    QVERIFY(read.exec(u"BEGIN"_s));
    QVERIFY(read.exec(u"SELECT name FROM persons WHERE id = %1"_s.arg(c->person.id)));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), u"Lezer Leesma"_s);
    read.finish();

    m_clock.set(noonOn(QDate(2026, 6, 1)));
    RetentionService retention(Session { *m_store, m_clock });
    ServiceError error;
    const auto record
        = retention.destroyRequestFiles(c->person.id, u"anonimisering"_s, BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message));
    QVERIFY(record->walWarning.contains(u"write-ahead log"_s));
    QVERIFY(record->walWarning.contains(u"next checkpoint"_s));
    QVERIFY(QFileInfo(m_store->databasePath() + u"-wal"_s).size() > 0);

    // Once the reader is gone, the next destruction empties the log again.
    QVERIFY(read.exec(u"COMMIT"_s));
    closeReader();
    const auto other = addClosedCase(u"Na Lezer"_s, u"K803"_s);
    QVERIFY(other);
    m_clock.set(noonOn(QDate(2026, 6, 1)));
    const auto second = retention.destroyRequestFiles(other->person.id, u"anonimisering"_s,
                                                      BsnCheck::Refuse, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY2(second->walWarning.isEmpty(), qPrintable(second->walWarning));
    QCOMPARE(QFileInfo(m_store->databasePath() + u"-wal"_s).size(), qint64(0));
}

QTEST_GUILESS_MAIN(TestRetentionWal)
#include "tst_retention_wal.moc"
