// The store: create, open, the errors a privacy officer can meet, encryption at rest,
// migrations with a backup first. Real SQLCipher files in temporary folders.

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/TrailRows.h"
#include "sql/SqlCipherDriver.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace pd;
using namespace pd::test;

namespace {

bool writeSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                 "VALUES (?, ?, '2026-11-21T00:00:00Z', 'test')"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

// A plain (unencrypted) SQLite file, written with our own driver and no key: the process must
// never load libsqlite3 or Qt's QSQLITE plugin.
void writePlainSqlite(const QString &path)
{
    sql::registerSqlCipherDriver();
    const QString connection = QStringLiteral("plain-sqlite-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("PDSQLCIPHER"), connection);
        qobject_cast<sql::SqlCipherDriver *>(db.driver())->setKey(SecureBytes());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("PD_CREATE;PD_NO_WAL"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(execSql(db, QStringLiteral("CREATE TABLE t (x TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// count events on one case, committed one by one (each commit moves the keyring's anchor).
bool appendEvents(Store &store, int count)
{
    QSqlDatabase db = store.database();
    AuditLog log(db, store.info().storeId.toString(QUuid::WithoutBraces));
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!db.transaction()
            || !log.append(testUser, QStringLiteral("case"), QStringLiteral("AVG-2026-0001"),
                           QStringLiteral("case.note_added"), { { QStringLiteral("n"), i } },
                           &error)
            || !db.commit()) {
            qWarning("append: %s", qPrintable(error));
            return false;
        }
    }
    return true;
}

// Inverts the bytes from..to of the file (a disk that returns garbage for a page).
void damage(const QString &path, qint64 from, qint64 to)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(from));
    QByteArray bytes = file.read(to - from);
    QCOMPARE(bytes.size(), to - from);
    for (char &c : bytes)
        c = static_cast<char>(~c);
    QVERIFY(file.seek(from));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A closed store whose settings fill a few hundred pages, with one page in their middle damaged:
// nothing that opening reads, everything that an integrity check reads.
void makeDamagedStore(const QString &dir)
{
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QVERIFY(db.transaction());
        const QString value(1000, u'x');
        for (int i = 0; i < 1500; ++i)
            QVERIFY(
                writeSetting(db, QStringLiteral("vulling.%1").arg(i, 4, 10, QChar(u'0')), value));
        QVERIFY(db.commit());
    }
    const QString db = QDir(dir).filePath(QStringLiteral("privacydesk.db"));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))
            || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
    const qint64 page = (QFileInfo(db).size() / 4096 / 2) * 4096;
    damage(db, page, page + 4096);
}

bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndReopen();
    void openWithoutUserNameFindsTheUser();
    void wrongPasswordChangesNothing_data();
    void wrongPasswordChangesNothing();
    void recoveryKeyOpens();
    void wrongRecoveryKey();
    void notAStore();
    void plainSqliteIsRefused();
    void plainSqliteInsideAStoreIsRefused();
    void databaseOfAnotherStoreIsRefused();
    void newerSchemaIsRefusedUntouched();
    void secondOpenIsInUse();
    void createRefusesNonEmptyFolder();
    void createRefusesABsnInItsNames();
    void createLeavesNothingOnFailure();
    void demoAndRealStoreKeepTheirFolders();
    void nothingIsPlaintext();
    void olderStoreIsMigratedAfterBackup();
    void failedMigrationRollsBack();
    void olderStoreGivesItsPersonsTheirSortKeys();
    void olderStoreLeavesMicrosoft365ItsOwnSentCopy();
    void backupOpensWithTheSameKey();
    void diskFullKeepsCommittedData();
    void createOnFullDisk();
    void readOnlyLocation();
    void verifyDetectsKeyringChange();
    void verifyReportsTheFirstBrokenAuditLink();
    void errorMessagesAreTranslatedSentences();
    void keyringThatIsNotAFileIsRefused();
    void databaseFilesThatAreNotFilesAreRefused();
    void olderDatabaseBesideTheKeyringIsRefused();
    void trailCutOffAtItsTailIsRefused();
    void storeBeforeKeyingKeepsItsPlainHashes();
    void reopeningNeverRaisesAFalseAlarm();
    void damagedFirstPageIsRefusedAtOpen();
    void damagedPageIsFoundByTheIntegrityCheck();
    void integrityCheckIsDueWeekly();
    void verifyRecordsItsIntegrityCheck();
    void integrityCheckRunsBesideTheOpenStore();
    void backupRunsTheIntegrityCheck();
    void cancelledIntegrityCheckRecordsNothing();

private:
    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
};

void TestStore::initTestCase()
{
    // Everything this process writes to a temp folder lands where nothingIsPlaintext looks.
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QVERIFY(QDir::tempPath().startsWith(m_tmp.path()));
    // The default and demo folders (demoAndRealStoreKeepTheirFolders) in a home of this test's
    // own: another test, or a desk run by hand in test mode, may have left a store in
    // ~/.qttest, and this test must neither fail on it nor touch it.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Store::defaultDirectory().startsWith(m_home.path()));
    QVERIFY(initSodium());
    QString error;
    QVERIFY2(!builtinMigrations(&error).isEmpty(), qPrintable(error));
}

void TestStore::createAndReopen()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QString recovery;
    {
        auto store = createTestStore(dir, &recovery, QStringLiteral("Woonstichting Test"));
        QVERIFY(store);
        QCOMPARE(store->userName(), testUser);
        QVERIFY(!store->isDemo());
        const StoreInfo info = store->info();
        QCOMPARE(info.schemaVersion, latestSchemaVersion());
        QVERIFY(!info.cipherVersion.isEmpty());
        QCOMPARE(info.organisationName, QStringLiteral("Woonstichting Test"));
        QCOMPARE(info.userCount, 1);
        QCOMPARE(info.keySlotCount, 2); // the user and the recovery key
        QVERIFY(!info.storeId.isNull());
        QVERIFY(info.created.isValid());
        QVERIFY(
            writeSetting(store->database(), QStringLiteral("org.name"), QStringLiteral("Test")));
    }
    QCOMPARE(recovery.size(), 47); // 8 groups of 5 with 7 dashes
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("privacydesk.db"))));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("keyring.pdk"))));
    QVERIFY(Store::looksLikeStore(dir));

    StoreError error;
    auto store = openTestStore(dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QCOMPARE(countRows(store->database(), QStringLiteral("settings")), 1);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestStore::openWithoutUserNameFindsTheUser()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    StoreError error;
    auto store = Store::open(dir, QString(), SecureBytes::fromUtf8(testPassword), &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QCOMPARE(store->userName(), testUser);
}

void TestStore::wrongPasswordChangesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << testUser << QStringLiteral("correct horse battery stapler");
    QTest::newRow("unknown user") << QStringLiteral("m.jansen") << testPassword;
    QTest::newRow("no user, wrong password") << QString() << QStringLiteral("nope nope nope");
}

void TestStore::wrongPasswordChangesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    const auto before = fingerprint(dir);
    StoreError error;
    QVERIFY(!Store::open(dir, user, SecureBytes::fromUtf8(password), &error));
    QCOMPARE(error.code(), StoreError::Code::WrongPassword);
    QCOMPARE(fingerprint(dir), before);
    QVERIFY(openTestStore(dir, &error)); // and the lock was released
}

void TestStore::recoveryKeyOpens()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QString recovery;
    QVERIFY(createTestStore(dir, &recovery));
    StoreError error;
    // Typed by hand from paper: lower case, spaces instead of dashes.
    const QString typed = recovery.toLower().replace(u'-', u' ');
    auto store = Store::openWithRecoveryKey(dir, typed, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QCOMPARE(store->userName(), QStringLiteral("herstelsleutel"));
}

void TestStore::wrongRecoveryKey()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QString recovery;
    QVERIFY(createTestStore(dir, &recovery));
    QString other = recovery;
    other[0] = other.at(0) == u'A' ? u'B' : u'A';
    StoreError error;
    QVERIFY(!Store::openWithRecoveryKey(dir, other, &error));
    QCOMPARE(error.code(), StoreError::Code::WrongRecoveryKey);
    QVERIFY(!Store::openWithRecoveryKey(dir, u"not a key", &error));
    QCOMPARE(error.code(), StoreError::Code::WrongRecoveryKey);
}

void TestStore::notAStore()
{
    QTemporaryDir tmp;
    StoreError error;
    QVERIFY(!openTestStore(tmp.path(), &error));
    QCOMPARE(error.code(), StoreError::Code::NotAStore);
    QVERIFY(!openTestStore(tmp.filePath(QStringLiteral("does-not-exist")), &error));
    QCOMPARE(error.code(), StoreError::Code::NotAStore);
}

void TestStore::plainSqliteIsRefused()
{
    QTemporaryDir tmp;
    writePlainSqlite(tmp.filePath(QStringLiteral("privacydesk.db")));
    const auto before = fingerprint(tmp.path());
    StoreError error;
    QVERIFY(!openTestStore(tmp.path(), &error));
    QCOMPARE(error.code(), StoreError::Code::PlainSqlite);
    QCOMPARE(fingerprint(tmp.path()), before);
}

void TestStore::plainSqliteInsideAStoreIsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    const QString db = QDir(dir).filePath(QStringLiteral("privacydesk.db"));
    QVERIFY(QFile::remove(db));
    writePlainSqlite(db);
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::PlainSqlite);
}

void TestStore::databaseOfAnotherStoreIsRefused()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    QVERIFY(createTestStore(a));
    QVERIFY(createTestStore(b));
    const QString dbB = QDir(b).filePath(QStringLiteral("privacydesk.db"));
    QVERIFY(QFile::remove(dbB));
    QVERIFY(QFile::copy(QDir(a).filePath(QStringLiteral("privacydesk.db")), dbB));
    StoreError error;
    QVERIFY(!openTestStore(b, &error));
    QCOMPARE(error.code(), StoreError::Code::Corrupt);
}

void TestStore::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QVERIFY(execSql(store->database(),
                        QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
    }
    const auto before = fingerprint(dir);
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::NewerVersion);
    QCOMPARE(fingerprint(dir), before);
    QVERIFY(!QDir(QDir(dir).filePath(QStringLiteral("backups"))).exists());
}

void TestStore::secondOpenIsInUse()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    auto first = createTestStore(dir);
    QVERIFY(first);
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::InUse);
    first.reset();
    QVERIFY(openTestStore(dir, &error));
}

void TestStore::createRefusesNonEmptyFolder()
{
    QTemporaryDir tmp;
    QFile other(tmp.filePath(QStringLiteral("huurders.xlsx")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("x");
    other.close();
    StoreError error;
    QString recovery;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    QVERIFY(!Store::create(tmp.path(), testUser, SecureBytes::fromUtf8(testPassword), options,
                           &recovery, &error));
    QCOMPARE(error.code(), StoreError::Code::AlreadyExists);
    QVERIFY(recovery.isEmpty());
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

// The organisation's name and the first user's name enter the store and the keyring: never a
// BSN, also not written in full-width digits or with zero-width spaces.
void TestStore::createRefusesABsnInItsNames()
{
    const QString bsn = pd::test::elfProefNumber();
    QString fullWidth;
    for (const QChar c : bsn)
        fullWidth.append(QChar(0xFF10 + (c.unicode() - u'0')));
    QString hidden = bsn;
    hidden.insert(3, QChar(0x200B)).insert(7, QChar(0x200B));
    for (const QString &number : { bsn, fullWidth, hidden }) {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("kluis"));
        StoreError error;
        QString recovery;
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        options.organisationName = QStringLiteral("Woonstichting ") + number;
        QVERIFY(!Store::create(dir, testUser, SecureBytes::fromUtf8(testPassword), options,
                               &recovery, &error));
        QCOMPARE(error.code(), StoreError::Code::BsnRefused);
        QVERIFY(!error.message().contains(number));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/keyring.pdk")));
        options.organisationName = QStringLiteral("Woonstichting Proef");
        QVERIFY(!Store::create(dir, QStringLiteral("j") + number,
                               SecureBytes::fromUtf8(testPassword), options, &recovery, &error));
        QCOMPARE(error.code(), StoreError::Code::BsnRefused);
        QVERIFY(recovery.isEmpty());
    }
}

void TestStore::createLeavesNothingOnFailure()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    StoreError error;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    // An empty password is refused before anything is written.
    QVERIFY(!Store::create(dir, testUser, SecureBytes(), options, nullptr, &error));
    QVERIFY(error.isError());
    QVERIFY(!Store::looksLikeStore(dir));
    QVERIFY(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestStore::demoAndRealStoreKeepTheirFolders()
{
    // A real store is never created in the demo folder (where the demo's public password is
    // shown), nor the demo in the folder of the organisation's store; elsewhere the demo is
    // fine and says so. Refused before anything is written: the folder does not even appear.
    StoreCreateOptions real;
    real.kdf = KdfParams::minimum();
    StoreCreateOptions demo = real;
    demo.demo = true;
    const SecureBytes password = SecureBytes::fromUtf8(testPassword);
    struct Attempt
    {
        QString directory;
        StoreCreateOptions options;
    };
    for (const Attempt &c : { Attempt { Store::demoDirectory(), real },
                              Attempt { Store::demoDirectory() + u'/', real },
                              Attempt { Store::defaultDirectory(), demo } }) {
        const bool existed = QFileInfo::exists(c.directory);
        StoreError error;
        QVERIFY(!Store::create(c.directory, testUser, password, c.options, nullptr, &error));
        QCOMPARE(error.code(), StoreError::Code::DemoFolder);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(QFileInfo::exists(c.directory), existed);
    }

    QTemporaryDir tmp;
    StoreError error;
    auto store = Store::create(tmp.filePath(QStringLiteral("demo")), testUser, password, demo,
                               nullptr, &error);
    QVERIFY2(store, qPrintable(error.message()));
    QVERIFY(store->isDemo());
    QVERIFY(store->info().demo);
    // Reopened it is still the demo: the mark lives in the encrypted database, which no
    // service of Privacydesk writes after creation.
    store.reset();
    store = openTestStore(tmp.filePath(QStringLiteral("demo")), &error);
    QVERIFY2(store, qPrintable(error.message()));
    QVERIFY(store->isDemo());

    // Nor by a restore: the demo's backup does not go into the default folder, a real store's
    // backup not into the demo folder. Refused before the folder's files are touched.
    QVERIFY2(store->backupTo(tmp.filePath(QStringLiteral("demo-backup")), &error),
             qPrintable(error.message()));
    store.reset();
    auto realStore = Store::create(tmp.filePath(QStringLiteral("echt")), testUser, password, real,
                                   nullptr, &error);
    QVERIFY2(realStore, qPrintable(error.message()));
    QVERIFY2(realStore->backupTo(tmp.filePath(QStringLiteral("echt-backup")), &error),
             qPrintable(error.message()));
    realStore.reset();
    struct Restore
    {
        QString backup;
        QString into;
    };
    for (const Restore &r :
         { Restore { tmp.filePath(QStringLiteral("demo-backup")), Store::defaultDirectory() },
           Restore { tmp.filePath(QStringLiteral("echt-backup")), Store::demoDirectory() } }) {
        QString safety;
        QVERIFY(!Store::restore(r.backup, r.into, testUser, password, &safety, &error));
        QCOMPARE(error.code(), StoreError::Code::DemoFolder);
        QVERIFY(!Store::looksLikeStore(r.into));
        QVERIFY(safety.isEmpty());
    }
}

void TestStore::nothingIsPlaintext()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    const QString name = QStringLiteral("Fatima Çelik-Oosterbroek");
    const QByteArray needles[] = { name.toUtf8(), QByteArrayLiteral("Oosterbroek"),
                                   testUser.toUtf8(), QByteArrayLiteral("CREATE TABLE") };
    auto store = createTestStore(dir);
    QVERIFY(store);
    for (int i = 0; i < 200; ++i)
        QVERIFY(writeSetting(store->database(), QStringLiteral("k%1").arg(i), name));
    // While the store is open the data sits in the WAL: that must be encrypted too.
    for (const QByteArray &needle : needles)
        QCOMPARE(filesContaining(dir, needle), QStringList());
    StoreError error;
    QVERIFY(store->backupTo(QDir(dir).filePath(QStringLiteral("backups/handmatig")), &error));
    store.reset();
    for (const QByteArray &needle : needles)
        QCOMPARE(filesContaining(dir, needle), QStringList());
    // No stray plaintext temp files either: TMPDIR points at this test's own folder.
    QCOMPARE(filesContaining(m_tmp.path(), QByteArrayLiteral("Oosterbroek")), QStringList());
}

void TestStore::olderStoreIsMigratedAfterBackup()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    {
        // Turn a new store into one of schema 2, as an older Privacydesk left it: its users
        // (every store has had the first user's row since schema 2, and Store::open needs an
        // active user for the slot it opens), nothing of the later schemas.
        auto store = createTestStore(dir);
        QVERIFY(store);
        const QSqlDatabase db = store->database();
        QVERIFY(execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF")));
        // Virtual (FTS) tables first: dropping one removes its shadow tables with it.
        QSqlQuery virtualTables(db);
        QVERIFY(virtualTables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")));
        QStringList names;
        while (virtualTables.next())
            names << virtualTables.value(0).toString();
        virtualTables.finish();
        for (const QString &table : std::as_const(names))
            QVERIFY(execSql(db, QStringLiteral("DROP TABLE ") + table));
        for (const QString &table : db.tables()) {
            if (table != QLatin1StringView("meta") && table != QLatin1StringView("users")
                && table != QLatin1StringView("settings"))
                QVERIFY(execSql(db, QStringLiteral("DROP TABLE ") + table));
        }
        QVERIFY(execSql(db, QStringLiteral("DELETE FROM settings")));
        QVERIFY(execSql(db, QStringLiteral("PRAGMA user_version = 2")));
    }
    StoreError error;
    auto store = openTestStore(dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    QCOMPARE(store->info().schemaVersion, latestSchemaVersion());
    QCOMPARE(countRows(store->database(), QStringLiteral("settings")), 0);

    const QDir backups(QDir(dir).filePath(QStringLiteral("backups")));
    const QStringList taken = backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(taken.size(), 1);
    QVERIFY(taken.first().startsWith(QStringLiteral("voor-schema-%1-").arg(latestSchemaVersion())));
    store.reset();

    // The backup is itself a store at the old version (opening it would migrate it, so look
    // at it with the driver: same key, schema 2, no cases table).
    const QString backupDir = backups.filePath(taken.first());
    QVERIFY(Store::looksLikeStore(backupDir));
    QVERIFY(filesContaining(backupDir, QByteArrayLiteral("CREATE TABLE")).isEmpty());
}

void TestStore::failedMigrationRollsBack()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    auto store = createTestStore(dir);
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QList<Migration> migrations = builtinMigrations();
    const int latest = latestSchemaVersion();
    migrations.append(
        { latest + 1, QStringLiteral("good"),
          QStringLiteral("CREATE TABLE good (x INTEGER);\nINSERT INTO good VALUES (1);") });
    migrations.append(
        { latest + 2, QStringLiteral("bad"),
          QStringLiteral("CREATE TABLE half (x INTEGER);\nINSERT INTO nowhere VALUES (1);") });
    QString error;
    QVERIFY(!applyMigrations(db, migrations, &error));
    QVERIFY(error.contains(QStringLiteral("bad")));
    // All or nothing: not even the good step stayed.
    QCOMPARE(schemaVersion(db), latest);
    QVERIFY(!db.tables().contains(QStringLiteral("good")));
    QVERIFY(!db.tables().contains(QStringLiteral("half")));

    migrations.removeLast();
    QVERIFY2(applyMigrations(db, migrations, &error), qPrintable(error));
    QCOMPARE(schemaVersion(db), latest + 1);
    QCOMPARE(countRows(db, QStringLiteral("good")), 1);
}

// Schema 58 keeps each person's Dutch sort key; the persons a store already held get theirs in
// the migration, from the function the application writes every later one with.
// Schema 60 asks who puts the copy of an answer sent in Sent. A store whose mailbox already sent
// through Microsoft 365, which keeps what SMTP AUTH submits itself, leaves it to the server; any
// other server's copy stays Privacydesk's.
void TestStore::olderStoreLeavesMicrosoft365ItsOwnSentCopy()
{
    for (const QString &server :
         { QStringLiteral("smtp.office365.com"), QStringLiteral("smtp.woonstad.example") }) {
        QTemporaryDir tmp;
        auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QVERIFY(execSql(db, QStringLiteral("PRAGMA user_version = 59")));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO mailbox_account (id, server, port, security, login, auth, folder, "
            "done_folder, dismiss_folder, smtp_server, updated_at, updated_by) VALUES (1, "
            "'outlook.office365.com', 993, 'imaps', 'privacy@woonstad.example', 'password', "
            "'INBOX', 'Geregistreerd', 'Geen verzoek', ?, '2026-01-05T09:00:00.000Z', 'test')")));
        insert.addBindValue(server);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        // SQLite 3.15 (SQLCipher 3) cannot drop the column again: the step runs without the
        // lines that add it, which the store has already (its default 'privacydesk').
        QList<Migration> migrations = builtinMigrations().mid(0, 60);
        Migration &step = migrations[60 - 1];
        QCOMPARE(step.version, 60);
        QStringList lines = step.sql.split(u'\n');
        QCOMPARE(lines.removeIf([](const QString &line) {
            return line.startsWith(QLatin1StringView("ALTER TABLE mailbox_account ADD COLUMN"))
                || line.startsWith(QLatin1StringView("    CHECK (sent_copy IN"));
        }),
                 2);
        step.sql = lines.join(u'\n');
        QString error;
        QVERIFY2(applyMigrations(db, migrations, &error), qPrintable(error));
        QSqlQuery copy(db);
        QVERIFY(copy.exec(QStringLiteral("SELECT sent_copy FROM mailbox_account")) && copy.next());
        QCOMPARE(copy.value(0).toString(),
                 server.endsWith(QLatin1StringView("office365.com"))
                     ? QStringLiteral("server")
                     : QStringLiteral("privacydesk"));
    }
}

void TestStore::olderStoreGivesItsPersonsTheirSortKeys()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QVERIFY(execSql(db, QStringLiteral("PRAGMA user_version = 57")));
    const QStringList names { QStringLiteral("Jan de Vries"), QStringLiteral("Anna van den Berg"),
                              QStringLiteral("Kees") };
    for (const QString &name : names) {
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO persons (name, relation, created_at, created_by) VALUES (?, 'huurder', "
            "'2026-01-05T09:00:00.000Z', 'test')")));
        insert.addBindValue(name);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    // SQLite 3.15 (SQLCipher 3) cannot drop the column again: the step runs without the lines
    // that add the column and its index, which the store has already, and with the rest as it is.
    // Up to the store of schema 59 that this test makes: later steps are tested by their own.
    QList<Migration> migrations = builtinMigrations().mid(0, 59);
    Migration &step = migrations[58 - 1];
    QCOMPARE(step.version, 58);
    QStringList lines = step.sql.split(u'\n');
    QCOMPARE(lines.removeIf([](const QString &line) {
        return line.startsWith(QLatin1StringView("ALTER TABLE persons ADD COLUMN sort_name"))
            || line.startsWith(QLatin1StringView("CREATE INDEX persons_sort_name_nocase"));
    }),
             2);
    step.sql = lines.join(u'\n');
    QString error;
    QVERIFY2(applyMigrations(db, migrations, &error), qPrintable(error));
    QSqlQuery keys(db);
    QVERIFY(keys.exec(QStringLiteral("SELECT sort_name FROM persons ORDER BY sort_name")));
    QStringList found;
    while (keys.next())
        found << keys.value(0).toString();
    QCOMPARE(found,
             (QStringList { QStringLiteral("berg, anna van den"), QStringLiteral("kees"),
                            QStringLiteral("vries, jan de") }));
}

void TestStore::backupOpensWithTheSameKey()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    const QString target = tmp.filePath(QStringLiteral("reservekopie"));
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QVERIFY(writeSetting(store->database(), QStringLiteral("a"), QStringLiteral("1")));
        StoreError error;
        QVERIFY2(store->backupTo(target, &error), qPrintable(error.detail()));
        QVERIFY(!store->backupTo(target, &error)); // never overwrites an earlier backup
        QCOMPARE(error.code(), StoreError::Code::TargetExists);
    }
    StoreError error;
    auto copy = openTestStore(target, &error);
    QVERIFY2(copy, qPrintable(error.detail()));
    QCOMPARE(countRows(copy->database(), QStringLiteral("settings")), 1);
    QStringList problems;
    QVERIFY2(copy->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestStore::diskFullKeepsCommittedData()
{
    QTemporaryDir tmp;
    TmpfsMount disk(tmp.filePath(QStringLiteral("disk")), 24);
    const QString dir = QDir(disk.path()).filePath(QStringLiteral("kluis"));
    auto store = createTestStore(dir);
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QVERIFY(writeSetting(db, QStringLiteral("bewaard"), QStringLiteral("vóór de volle schijf")));
    if (!disk.isMounted()) {
        // Not root: simulate the full disk with SQLite's page limit (same error path).
        QSqlQuery pages(db);
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        QVERIFY(
            execSql(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt())));
    }
    const QString chunk(512 * 1024, u'x');
    StoreError error;
    QVERIFY(db.transaction());
    for (int i = 0; i < 200 && !error.isError(); ++i) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                     "VALUES (?, ?, 'x', 'x')"));
        query.addBindValue(QStringLiteral("vul%1").arg(i));
        query.addBindValue(QString(chunk + QString::number(i)));
        if (!query.exec())
            error = Store::errorFromSql(query.lastError());
    }
    if (!error.isError() && !db.commit())
        error = Store::errorFromSql(db.lastError());
    db.rollback();
    QCOMPARE(error.code(), StoreError::Code::DiskFull);
    QVERIFY(error.message().size() > 20);
    db = QSqlDatabase();
    store.reset();

    if (disk.isMounted())
        QVERIFY(disk.remount(QStringLiteral("size=64m")));
    StoreError openError;
    auto reopened = openTestStore(dir, &openError);
    QVERIFY2(reopened, qPrintable(openError.detail()));
    QSqlQuery query(reopened->database());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'bewaard'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("vóór de volle schijf"));
    QCOMPARE(countRows(reopened->database(), QStringLiteral("settings")), 1);
    QStringList problems;
    QVERIFY2(reopened->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

void TestStore::createOnFullDisk()
{
    QTemporaryDir tmp;
    TmpfsMount disk(tmp.filePath(QStringLiteral("disk")), 4);
    if (!disk.isMounted())
        QSKIP(
            "needs root to mount a 4 MiB tmpfs; diskFullKeepsCommittedData covers the write path");
    StoreError error;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    QVERIFY(!Store::create(QDir(disk.path()).filePath(QStringLiteral("kluis")), testUser,
                           SecureBytes::fromUtf8(testPassword), options, nullptr, &error));
    QCOMPARE(error.code(), StoreError::Code::DiskFull);
}

void TestStore::readOnlyLocation()
{
    QTemporaryDir tmp;
    TmpfsMount disk(tmp.filePath(QStringLiteral("disk")), 24);
    const QString dir = QDir(disk.path()).filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    const auto before = fingerprint(dir);
    if (disk.isMounted()) {
        QVERIFY(disk.remount(QStringLiteral("ro")));
    } else {
        // Root ignores file modes: without a mount there is no read-only place to test in.
        if (::geteuid() == 0)
            QSKIP("root without permission to mount a tmpfs: no read-only location to test");
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QVERIFY(QFile::setPermissions(QDir(dir).filePath(QStringLiteral("privacydesk.db")),
                                      QFileDevice::ReadOwner));
    }
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::ReadOnlyLocation);
    QCOMPARE(fingerprint(dir), before);
    if (disk.isMounted())
        QVERIFY(disk.remount(QStringLiteral("rw")));
    else
        QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestStore::verifyDetectsKeyringChange()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    auto store = createTestStore(dir);
    QVERIFY(store);
    // Someone swaps the keyring file while the store is open.
    QTemporaryDir otherTmp;
    QVERIFY(createTestStore(otherTmp.filePath(QStringLiteral("k"))));
    const QString keyring = QDir(dir).filePath(QStringLiteral("keyring.pdk"));
    QVERIFY(QFile::remove(keyring));
    QVERIFY(QFile::copy(
        QDir(otherTmp.filePath(QStringLiteral("k"))).filePath(QStringLiteral("keyring.pdk")),
        keyring));
    QStringList problems;
    QVERIFY(!store->verify(&problems, TrailRows::all()));
    QVERIFY(!problems.isEmpty());
}

void TestStore::errorMessagesAreTranslatedSentences()
{
    for (int code = static_cast<int>(StoreError::Code::NotAStore);
         code <= static_cast<int>(StoreError::Code::Internal); ++code) {
        const StoreError error(static_cast<StoreError::Code>(code), QStringLiteral("detail"));
        QVERIFY2(error.message().endsWith(u'.'), qPrintable(StoreError::codeName(error.code())));
        QVERIFY(!error.message().contains(QStringLiteral("detail")));
        QVERIFY(StoreError::codeName(error.code()) != QStringLiteral("unknown"));
    }
}

void TestStore::verifyReportsTheFirstBrokenAuditLink()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    AuditLog log(db, store->info().storeId.toString(QUuid::WithoutBraces));
    QVERIFY(db.transaction());
    for (int i = 1; i <= 5; ++i) {
        QString error;
        QVERIFY2(log.append(testUser, QStringLiteral("case"), QStringLiteral("AVG-2026-0001"),
                            QStringLiteral("case.note_added"), { { QStringLiteral("n"), i } },
                            &error),
                 qPrintable(error));
    }
    QVERIFY(db.commit());
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));

    // Someone with the key edits event 3 behind Privacydesk's back (triggers dropped first).
    QVERIFY(execSql(db, QStringLiteral("DROP TRIGGER audit_events_no_update")));
    QVERIFY(execSql(db, QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 3")));
    QVERIFY(!store->verify(&problems, TrailRows::all()));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("audit trail:")),
             qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u'3'), qPrintable(problems.first()));
}

// keyring.pdk replaced by a FIFO (which would block a plain open for ever), a symlink to the
// real keyring or a device: opening refuses it with its own code and reads nothing.
void TestStore::keyringThatIsNotAFileIsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    const QString keyring = QDir(dir).filePath(QStringLiteral("keyring.pdk"));
    const QString moved = tmp.filePath(QStringLiteral("elders.pdk"));
    QVERIFY(QFile::rename(keyring, moved));

    const auto refused = [&dir](const char *what) {
        StoreError error;
        const bool opened = static_cast<bool>(openTestStore(dir, &error));
        if (opened || error.code() != StoreError::Code::KeyringNotAFile) {
            qWarning("%s: opened %d, error %s", what, int(opened),
                     qPrintable(StoreError::codeName(error.code())));
            return false;
        }
        return Store::looksLikeStore(dir) && error.message().endsWith(u'.');
    };

    QCOMPARE(::mkfifo(QFile::encodeName(keyring).constData(), 0600), 0);
    QVERIFY(refused("fifo"));
    QVERIFY(QFile::remove(keyring));
    QVERIFY(QFile::link(moved, keyring));
    QVERIFY(refused("symlink"));
    QVERIFY(QFile::remove(keyring));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), keyring));
    QVERIFY(refused("device"));
    QVERIFY(QFile::remove(keyring));

    QVERIFY(QFile::rename(moved, keyring));
    StoreError error;
    QVERIFY2(openTestStore(dir, &error), qPrintable(error.detail()));
}

// An older copy of the database put back beside the current keyring: the keyring's
// audit anchor is ahead of it, so opening refuses with rolled-back, and says so in words.
void TestStore::olderDatabaseBesideTheKeyringIsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    const QString dbPath = QDir(dir).filePath(QStringLiteral("privacydesk.db"));
    const QString copy = tmp.filePath(QStringLiteral("oud.db"));
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QVERIFY(appendEvents(*store, 3));
    }
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-wal"))); // the close checkpointed it
    QVERIFY(QFile::copy(dbPath, copy));
    {
        StoreError error;
        auto store = openTestStore(dir, &error);
        QVERIFY2(store, qPrintable(error.detail()));
        QVERIFY(appendEvents(*store, 2));
    }
    QVERIFY(copyOver(copy, dbPath));
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::RolledBack);
    QCOMPARE(StoreError::codeName(error.code()), QStringLiteral("rolled-back"));
    QVERIFY(error.message().startsWith(QStringLiteral("The database is older than the keyring")));
    QVERIFY(error.detail().contains(QStringLiteral("3")));
}

// The last audit events deleted (triggers dropped with the key, as an attacker would): the
// chain that is left verifies on its own, but verify and the next open see the cut.
void TestStore::trailCutOffAtItsTailIsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QVERIFY(appendEvents(*store, 6));
        QSqlDatabase db = store->database();
        QVERIFY(execSql(db, QStringLiteral("DROP TRIGGER audit_events_no_delete")));
        QVERIFY(execSql(db, QStringLiteral("DELETE FROM audit_events WHERE seq > 4")));
        const AuditLog::Verification chain
            = AuditLog(db, store->info().storeId.toString(QUuid::WithoutBraces)).verify();
        QVERIFY(chain.ok); // what is left is a valid chain ...
        QStringList problems;
        QVERIFY(!store->verify(&problems,
                               TrailRows::all())); // ... but not the one the keyring anchored
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("rolled-back")),
                 qPrintable(problems.join(u'\n')));
    }
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::RolledBack);
}

namespace {
// A connection to the store's database with its master key, outside Store (as a tool with the
// key would have): AuditLog on it has no audit key and writes the plain hashes of old stores.
QSqlDatabase openRaw(const QString &dir, const SecureBytes &key, const QString &connection)
{
    sql::registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("PDSQLCIPHER"), connection);
    qobject_cast<sql::SqlCipherDriver *>(db.driver())->setKey(key.clone());
    db.setDatabaseName(QDir(dir).filePath(QStringLiteral("privacydesk.db")));
    if (!db.open())
        qWarning("openRaw: %s", qPrintable(db.lastError().text()));
    return db;
}
} // namespace

// A store from before a version 1 keyring without an anchor and a chain of plain
// SHA-256 hashes. It opens, its old events verify as before, keying starts after them, and the
// switch point cannot be moved in the database.
void TestStore::storeBeforeKeyingKeepsItsPlainHashes()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    const QString keyringPath = QDir(dir).filePath(QStringLiteral("keyring.pdk"));
    Keyring::Status status = Keyring::Status::Ok;
    const SecureBytes master
        = Keyring::load(keyringPath, &status)
              .unlockUser(testUser, SecureBytes::fromUtf8(testPassword), &status);
    QVERIFY(!master.isEmpty());
    // The keyring as an older Privacydesk wrote it (no anchor: version 1), for a store id of
    // its own, and the database made to match, with three events hashed the old way.
    Keyring old = Keyring::create();
    QVERIFY(old.addUser(testUser, SecureBytes::fromUtf8(testPassword), master, KdfParams::minimum(),
                        &status));
    const QString oldId = old.storeId().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = openRaw(dir, master, QStringLiteral("legacy"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'store_id'"));
        query.addBindValue(oldId);
        QVERIFY(query.exec());
        QVERIFY(execSql(db, QStringLiteral("DELETE FROM meta WHERE key = 'audit_keyed_from'")));
        AuditLog log(db, oldId);
        QVERIFY(db.transaction());
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(testUser, QStringLiteral("case"), QStringLiteral("AVG-2025-0001"),
                               QStringLiteral("case.note_added"), {}, nullptr));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    QVERIFY(old.save(keyringPath, nullptr));
    QVERIFY(!Keyring::load(keyringPath, &status).hasAuditAnchor());

    {
        StoreError error;
        auto store = openTestStore(dir, &error);
        QVERIFY2(store, qPrintable(error.detail()));
        const Keyring upgraded = Keyring::load(keyringPath, &status);
        QVERIFY(upgraded.hasAuditAnchor());
        QCOMPARE(upgraded.auditAnchor().keyedFrom, 4);
        QCOMPARE(upgraded.auditAnchor().seq, 3);
        QVERIFY(appendEvents(*store, 2));
        QStringList problems;
        QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
        QCOMPARE(Keyring::load(keyringPath, &status).auditAnchor().seq, 5);
    }
    {
        StoreError error;
        auto store = openTestStore(dir, &error);
        QVERIFY2(store, qPrintable(error.detail()));
        QStringList problems;
        QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
        // Moving the switch point in the database (to pass keyed events off as plain ones)
        // disagrees with the keyring.
        QVERIFY(execSql(store->database(),
                        QStringLiteral("UPDATE meta SET value = '9' WHERE key = "
                                       "'audit_keyed_from'")));
    }
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::RolledBack);
}

// Opening and closing, with and without changes, never looks like a rollback.
void TestStore::reopeningNeverRaisesAFalseAlarm()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    for (int round = 0; round < 4; ++round) {
        StoreError error;
        auto store = openTestStore(dir, &error);
        QVERIFY2(store, qPrintable(error.detail()));
        QVERIFY(appendEvents(*store, round));
        QStringList problems;
        QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    }
}

// Opening no longer reads the whole file, but what it does read must still refuse a
// damaged file: page 1 holds the schema.
void TestStore::damagedFirstPageIsRefusedAtOpen()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QVERIFY(createTestStore(dir));
    damage(QDir(dir).filePath(QStringLiteral("privacydesk.db")), 16, 4096); // after the salt
    StoreError error;
    QVERIFY(!openTestStore(dir, &error));
    QCOMPARE(error.code(), StoreError::Code::Corrupt);
}

// A page that opening does not read: the store opens, the integrity check (on its own
// connection) finds the damage, its record says so, and neither a backup nor verify passes.
void TestStore::damagedPageIsFoundByTheIntegrityCheck()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    makeDamagedStore(dir);
    if (QTest::currentTestFailed())
        return;
    StoreError error;
    auto store = openTestStore(dir, &error);
    QVERIFY2(store, qPrintable(error.detail()));

    const IntegrityCheck::Result result = store->integrityCheck()->run();
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.problems.isEmpty());
    QVERIFY2(store->recordIntegrityCheck(result, &error), qPrintable(error.detail()));
    Store::IntegrityRecord record;
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.at.isValid());
    QVERIFY(!record.ok);
    QVERIFY(!record.problems.isEmpty());
    QVERIFY(IntegrityCheck::due(record.at, record.ok, pd::test::systemNow()));

    QStringList problems;
    QVERIFY(!store->verify(&problems, TrailRows::all()));
    QVERIFY(!problems.isEmpty());

    const QString target = tmp.filePath(QStringLiteral("reservekopie"));
    QVERIFY(!store->backupTo(target, &error));
    QCOMPARE(error.code(), StoreError::Code::Corrupt);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!store->lastBackup().isValid());
}

// `verify` runs the same integrity_check as the weekly moment: its result is the store's last
// check, so the desk does not run another one the next unlock (and says when it last ran).
void TestStore::verifyRecordsItsIntegrityCheck()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    StoreError error;
    Store::IntegrityRecord record;
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(!record.at.isValid());

    const QDateTime before = pd::test::systemNow().addSecs(-1);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.ok);
    QVERIFY(record.at >= before);
    QVERIFY(!IntegrityCheck::due(record.at, record.ok, pd::test::systemNow()));

    // A damaged page: verify fails and records the failure (the desk then warns at unlock).
    const QString damagedDir = tmp.filePath(QStringLiteral("beschadigd"));
    makeDamagedStore(damagedDir);
    if (QTest::currentTestFailed())
        return;
    auto damaged = openTestStore(damagedDir, &error);
    QVERIFY2(damaged, qPrintable(error.detail()));
    QVERIFY(!damaged->verify(&problems, TrailRows::all()));
    QVERIFY2(damaged->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.at.isValid());
    QVERIFY(!record.ok);
    QVERIFY(!record.problems.isEmpty());
}

void TestStore::integrityCheckIsDueWeekly()
{
    const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
    QVERIFY(IntegrityCheck::due(QDateTime(), true, now)); // never ran
    QVERIFY(!IntegrityCheck::due(now.addDays(-6), true, now));
    QVERIFY(!IntegrityCheck::due(now.addSecs(-(7 * 24 * 3600 - 1)), true, now));
    QVERIFY(IntegrityCheck::due(now.addDays(-7), true, now));
    QVERIFY(IntegrityCheck::due(now.addDays(-30), true, now));
    QVERIFY(IntegrityCheck::due(now.addSecs(-60), false, now)); // failed: again at every unlock
    QVERIFY(IntegrityCheck::due(now.addDays(1), true, now)); // the clock was set back

    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    StoreError error;
    Store::IntegrityRecord record;
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(!record.at.isValid());
    QVERIFY(IntegrityCheck::due(record.at, record.ok, pd::test::systemNow()));

    const QDateTime before = pd::test::systemNow().addSecs(-1);
    const IntegrityCheck::Result result = store->integrityCheck()->run();
    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QVERIFY2(store->recordIntegrityCheck(result, &error), qPrintable(error.detail()));
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.ok);
    QVERIFY(record.problems.isEmpty());
    QVERIFY(record.at >= before);
    QVERIFY(record.at <= pd::test::systemNow());
    QVERIFY(!IntegrityCheck::due(record.at, record.ok, pd::test::systemNow()));
    QVERIFY(!IntegrityCheck::due(record.at, record.ok, record.at.addDays(6)));
    QVERIFY(IntegrityCheck::due(record.at, record.ok, record.at.addDays(7)));
}

// The desk runs the check on a worker thread while the store's own connection works on.
void TestStore::integrityCheckRunsBesideTheOpenStore()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    std::unique_ptr<IntegrityCheck> check = store->integrityCheck();
    IntegrityCheck::Result result;
    std::thread worker([&check, &result] { result = check->run(); });
    for (int i = 0; i < 50; ++i)
        QVERIFY(writeSetting(store->database(), QStringLiteral("tijdens.%1").arg(i),
                             QStringLiteral("x")));
    worker.join();
    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QCOMPARE(countRows(store->database(), QStringLiteral("settings")), 50);
}

void TestStore::backupRunsTheIntegrityCheck()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    StoreError error;
    Store::IntegrityRecord record;
    QVERIFY(store->lastIntegrityCheck(&record, &error));
    QVERIFY(!record.at.isValid());
    QVERIFY2(store->backupTo(tmp.filePath(QStringLiteral("reservekopie")), &error),
             qPrintable(error.detail()));
    QVERIFY2(store->lastIntegrityCheck(&record, &error), qPrintable(error.detail()));
    QVERIFY(record.at.isValid());
    QVERIFY(record.ok);
    QCOMPARE(record.at, store->lastBackup());
}

void TestStore::cancelledIntegrityCheckRecordsNothing()
{
    QTemporaryDir tmp;
    auto store = createTestStore(tmp.filePath(QStringLiteral("kluis")));
    QVERIFY(store);
    std::unique_ptr<IntegrityCheck> check = store->integrityCheck();
    check->cancel();
    const IntegrityCheck::Result result = check->run();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    StoreError error;
    QVERIFY(store->recordIntegrityCheck(result, &error));
    Store::IntegrityRecord record;
    QVERIFY(store->lastIntegrityCheck(&record, &error));
    QVERIFY(!record.at.isValid());
}

// Privacydesk.db, its -wal and -shm (and the lock file) replaced by a FIFO (SQLite would
// block on it, and every command with it), a symlink (followed to a database elsewhere) or a
// device: opening refuses with its own code naming the file, by password and by recovery key, and
// reads nothing.
void TestStore::databaseFilesThatAreNotFilesAreRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kluis"));
    QString recoveryKey;
    QVERIFY(createTestStore(dir, &recoveryKey));
    const QString database = QDir(dir).filePath(QStringLiteral("privacydesk.db"));
    const QString moved = tmp.filePath(QStringLiteral("elders.db"));
    QVERIFY(QFile::copy(database, moved));

    const auto refused = [&dir, &recoveryKey](const QString &name, const char *what) {
        for (const bool byRecoveryKey : { false, true }) {
            StoreError error;
            const bool opened = byRecoveryKey
                ? static_cast<bool>(Store::openWithRecoveryKey(dir, recoveryKey, &error))
                : static_cast<bool>(openTestStore(dir, &error));
            if (opened || error.code() != StoreError::Code::StoreFileNotAFile
                || error.detail() != name || !error.message().contains(name)
                || !error.message().endsWith(u'.')) {
                qWarning("%s %s: opened %d, error %s %s", qPrintable(name), what, int(opened),
                         qPrintable(StoreError::codeName(error.code())),
                         qPrintable(error.detail()));
                return false;
            }
        }
        return StoreError::codeName(StoreError::Code::StoreFileNotAFile)
            == QStringLiteral("store-file-not-a-file");
    };

    for (const QString &name :
         { QStringLiteral("privacydesk.db"), QStringLiteral("privacydesk.db-wal"),
           QStringLiteral("privacydesk.db-shm"), QStringLiteral(".lock") }) {
        const QString path = QDir(dir).filePath(name);
        QVERIFY2(!QFileInfo::exists(path) || name == QStringLiteral("privacydesk.db"),
                 qPrintable(name)); // a closed store has no -wal, -shm or lock
        QVERIFY(!QFile::exists(path) || QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(refused(name, "fifo"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(moved, path));
        QVERIFY(refused(name, "symlink"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        QVERIFY(refused(name, "device"));
        QVERIFY(QFile::remove(path));
        if (name == QStringLiteral("privacydesk.db"))
            QVERIFY(QFile::copy(moved, path));
        StoreError error;
        QVERIFY2(openTestStore(dir, &error), qPrintable(error.detail()));
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
