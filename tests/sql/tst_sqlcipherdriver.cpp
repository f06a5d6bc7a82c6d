#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "sql/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlResult>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

// The SQLCipher build of sqlite3.h (the include path of PkgConfig::SQLCIPHER).
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using pd::SecureBytes;
using pd::sql::SqlCipherDriver;
using pd::sql::sqliteErrorCode;

namespace {

constexpr int sqliteBusy = 5;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

constexpr int id(QMetaType::Type type)
{
    return type;
}

SecureBytes copyOf(const SecureBytes &key)
{
    return SecureBytes::copyOf(key.data(), key.size());
}

SqlCipherDriver *cipher(const QSqlDatabase &db)
{
    return static_cast<SqlCipherDriver *>(db.driver());
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning().noquote() << sql << "failed:" << query.lastError().text();
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << sql << "failed:" << query.lastError().text();
        return QVariant();
    }
    return query.value(0);
}

// QSqlResult::detachFromResultSet() is protected (QSqlTableModel reaches it as a friend): a
// pointer to the member, named through a class derived from QSqlResult, calls it on a query's
// result. The class is never made.
struct ResultAccess : QSqlResult
{
    static void detach(const QSqlQuery &query)
    {
        auto *result = const_cast<QSqlResult *>(query.result());
        (result->*(&ResultAccess::detachFromResultSet))();
    }
};

} // namespace

// The driver against real SQLCipher files in a temporary directory. Every pitfall listed in
// docs/architecture.md ("The encrypted store") has its own test function.
class tst_SqlCipherDriver final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QSqlDatabase openDb(const QString &file, const SecureBytes &key,
                        const QString &options = u"PD_CREATE"_s);
    QSqlDatabase openFresh(const QString &name, const QString &schema);

    QTemporaryDir m_dir;
    SecureBytes m_key;
    QStringList m_connections;

private slots:
    void initTestCase();
    void cleanup();

    // Opening, keys and encryption
    void registrationAndFeatures();
    void cipherVersionAndSettings();
    void connectionPragmas_data();
    void connectionPragmas();
    void encryptedAtRest();
    void wrongKeyFailsAtOpen();
    void keyIsWipedAfterOpen();
    void plainSqliteFileIsRefused();
    void badConnectOptions_data();
    void badConnectOptions();
    void missingFileWithoutCreateFails();
    void rawKeyReopen();
    void rekeyThenReopen();
    void readOnlyRefusesWrites();

    // Scripts
    void splitStatements_data();
    void splitStatements();
    void executeScriptKeepsTriggerWhole();
    void executeScriptStopsAtFirstError();

    // Statements and values
    void selectIsActiveAndNextWorks();
    void severalStatementsInExecAreRefused();
    void constraintErrorSurfacesInExec_data();
    void constraintErrorSurfacesInExec();
    void lastInsertId();
    void numRowsAffectedAfterDdlAndDml();
    void namedPlaceholdersAreRewrittenInOrder();
    void parameterCountMismatch();
    void positionalBindsFillBoundValues();
    void boundBuffersAreOwnedByTheDriver();
    void valueTyping_data();
    void valueTyping();
    void emptyStringIsNotNull();
    void typedNulls_data();
    void typedNulls();
    void blobRoundTrip_data();
    void blobRoundTrip();
    void numericalPrecisionPolicy();
    void valuesAlikeInBothCursors_data();
    void valuesAlikeInBothCursors();

    // Cursors and models
    void forwardOnlyKeepsOneRow();
    void forwardOnlyRowIsReadFromTheStatement();
    void scrollableSeeksPastEndAndBack();
    void queryModelFetchMoreAndSeek();
    void tableModelManualSubmit();
    void detachKeepsCachedRows();
    void nextEndsOnAStepError_data();
    void nextEndsOnAStepError();
    void forwardOnlyNextAfterDetach();
    void scrollableNextAfterSeekingBack();
    void forwardOnlyPositionFollowsTheStatement();

    // Connection
    void closeFinalizesLiveStatements();
    void transactionsUseBeginImmediate();
    void twoThreadsWriteWithWal();
    void diskFullMapsToSqliteFull();

    // Metadata and SQL text
    void tablesRecordPrimaryIndex();
    void formatValue_data();
    void formatValue();
    void escapeIdentifier_data();
    void escapeIdentifier();
    void sqliteErrorCodeMapping();
};

QSqlDatabase tst_SqlCipherDriver::openDb(const QString &file, const SecureBytes &key,
                                         const QString &options)
{
    const QString name = u"conn%1"_s.arg(m_connections.size());
    m_connections << name;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName()), name);
    cipher(db)->setKey(copyOf(key));
    db.setDatabaseName(file);
    db.setConnectOptions(options);
    db.open();
    return db;
}

QSqlDatabase tst_SqlCipherDriver::openFresh(const QString &name, const QString &schema)
{
    QSqlDatabase db = openDb(path(name), m_key);
    if (!db.isOpen())
        qWarning().noquote() << "open failed:" << db.lastError().text();
    else if (!schema.isEmpty() && !cipher(db)->executeScript(schema))
        qWarning().noquote() << "schema failed:" << db.lastError().text();
    return db;
}

void tst_SqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(pd::initSodium());
    pd::sql::registerSqlCipherDriver();
    pd::sql::registerSqlCipherDriver();
    QVERIFY(QSqlDatabase::isDriverAvailable(u"PDSQLCIPHER"_s));
    m_key = SecureBytes::random(32);
}

void tst_SqlCipherDriver::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

void tst_SqlCipherDriver::registrationAndFeatures()
{
    const QSqlDatabase db = openFresh(u"features.db"_s, QString());
    QVERIFY(db.isOpen());
    const QSqlDriver *driver = db.driver();
    QCOMPARE(driver->dbmsType(), QSqlDriver::UnknownDbms);
    QVERIFY(!driver->hasFeature(QSqlDriver::NamedPlaceholders));
    QVERIFY(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
    QVERIFY(driver->hasFeature(QSqlDriver::PreparedQueries));
    QVERIFY(driver->hasFeature(QSqlDriver::Transactions));
    QVERIFY(driver->hasFeature(QSqlDriver::BLOB));
    QVERIFY(driver->hasFeature(QSqlDriver::LastInsertId));
    QVERIFY(!driver->hasFeature(QSqlDriver::QuerySize));
    QCOMPARE(QByteArray(driver->handle().typeName()), "sqlite3*"_ba);
    QVERIFY(qvariant_cast<sqlite3 *>(driver->handle()) != nullptr);
    QCOMPARE(qvariant_cast<sqlite3 *>(driver->handle()), cipher(db)->sqliteHandle());
}

void tst_SqlCipherDriver::cipherVersionAndSettings()
{
    const QSqlDatabase db = openFresh(u"version.db"_s, u"CREATE TABLE t(a);"_s);
    QVERIFY(db.isOpen());
    const QString version = cipher(db)->cipherVersion();
    QVERIFY(!version.isEmpty());
    QVERIFY2(version.at(0).isDigit(), qPrintable(version));
    QCOMPARE(scalar(db, u"PRAGMA cipher_version"_s).toString(), version);
    QCOMPARE(scalar(db, u"PRAGMA cipher_page_size"_s).toInt(), 4096);
    QCOMPARE(scalar(db, u"PRAGMA page_size"_s).toInt(), 4096);
    // One connection per thread: opened without a connection mutex (SQLITE_OPEN_NOMUTEX).
    QVERIFY(sqlite3_threadsafe() != 0);
    QCOMPARE(sqlite3_db_mutex(cipher(db)->sqliteHandle()), nullptr);
}

void tst_SqlCipherDriver::connectionPragmas_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("journalMode");
    QTest::addColumn<int>("busyTimeout");

    QTest::newRow("defaults") << u"PD_CREATE"_s << u"wal"_s << 5000;
    QTest::newRow("busy timeout") << u"PD_CREATE; PD_BUSY_TIMEOUT=1234"_s << u"wal"_s << 1234;
    QTest::newRow("no wal") << u"PD_CREATE;PD_NO_WAL"_s << u"delete"_s << 5000;
}

void tst_SqlCipherDriver::connectionPragmas()
{
    QFETCH(QString, options);
    QFETCH(QString, journalMode);
    QFETCH(int, busyTimeout);

    const QSqlDatabase db
        = openDb(path(u"pragmas-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                          .replace(u' ', u'-')),
                 m_key, options);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), journalMode);
    QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), busyTimeout);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA secure_delete"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA temp_store"_s).toInt(), 2); // MEMORY
}

void tst_SqlCipherDriver::encryptedAtRest()
{
    const QString folder = path(u"at-rest"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/store.db"_s;
    const QByteArray needle = "Jansen-Privacyverzoek-4711-plaintext-canary"_ba;
    {
        QSqlDatabase db = openDb(file, m_key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE person(name TEXT, note BLOB)"_s));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO person(name, note) VALUES (?, ?)"_s));
        insert.addBindValue(QString::fromLatin1(needle));
        insert.addBindValue(needle);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        // While open, the committed pages sit in the -wal file.
        QVERIFY(QFile::exists(file + u"-wal"_s));
        QVERIFY(QFile::exists(file + u"-shm"_s));
        QCOMPARE(pd::test::filesContaining(folder, needle), QStringList());
        db.close();
    }
    QCOMPARE(pd::test::filesContaining(folder, needle), QStringList());
    QVERIFY(QFileInfo(file).size() > 0);

    const QSqlDatabase reopened = openDb(file, m_key, QString());
    QVERIFY(reopened.isOpen());
    QCOMPARE(scalar(reopened, u"SELECT name FROM person"_s).toString(),
             QString::fromLatin1(needle));
}

void tst_SqlCipherDriver::wrongKeyFailsAtOpen()
{
    const QString file = path(u"wrong-key.db"_s);
    {
        QSqlDatabase db = openDb(file, m_key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE t(a)"_s));
        db.close();
    }
    const SecureBytes otherKey = SecureBytes::random(32);
    const QSqlDatabase db = openDb(file, otherKey, QString());
    QVERIFY(!db.isOpen());
    QVERIFY(db.isOpenError());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(db.lastError().nativeErrorCode(), u"26"_s);
    QCOMPARE(sqliteErrorCode(db.lastError()), sqliteNotADb);
    QVERIFY2(db.lastError().text().contains(u"key"_s), qPrintable(db.lastError().text()));
    QVERIFY(cipher(db)->sqliteHandle() == nullptr);
    QVERIFY(!cipher(db)->cipherVersion().isEmpty()); // the library does support encryption
}

void tst_SqlCipherDriver::keyIsWipedAfterOpen()
{
    const QString file = path(u"wiped.db"_s);
    QSqlDatabase db = openDb(file, m_key);
    QVERIFY(db.isOpen());
    QVERIFY(run(db, u"CREATE TABLE t(a)"_s));
    db.close();
    // The driver forgot the key after the first open: a second open needs setKey() again.
    QVERIFY(!db.open());
    QCOMPARE(sqliteErrorCode(db.lastError()), sqliteNotADb);
    cipher(db)->setKey(copyOf(m_key));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void tst_SqlCipherDriver::plainSqliteFileIsRefused()
{
    const QString folder = path(u"plain"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/plain.db"_s;
    const QByteArray needle = "visible-in-a-plain-file"_ba;
    {
        QSqlDatabase db = openDb(file, SecureBytes());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(run(db, u"CREATE TABLE t(a TEXT)"_s));
        QVERIFY(run(db, u"INSERT INTO t VALUES ('%1')"_s.arg(QString::fromLatin1(needle))));
        db.close();
    }
    QCOMPARE(pd::test::filesContaining(folder, needle), QStringList { file });

    const QSqlDatabase db = openDb(file, m_key, QString());
    QVERIFY(!db.isOpen());
    QCOMPARE(db.lastError().nativeErrorCode(), u"26"_s);
}

void tst_SqlCipherDriver::badConnectOptions_data()
{
    QTest::addColumn<QString>("options");
    QTest::newRow("unknown") << u"PD_CREATE;PD_READ_ONLY"_s;
    QTest::newRow("bad timeout") << u"PD_CREATE;PD_BUSY_TIMEOUT=soon"_s;
    QTest::newRow("negative timeout") << u"PD_CREATE;PD_BUSY_TIMEOUT=-1"_s;
}

void tst_SqlCipherDriver::badConnectOptions()
{
    QFETCH(QString, options);
    const QString file = path(u"options.db"_s);
    const QSqlDatabase db = openDb(file, m_key, options);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(sqliteErrorCode(db.lastError()), -1);
    QVERIFY(!QFile::exists(file));
}

void tst_SqlCipherDriver::missingFileWithoutCreateFails()
{
    const QString file = path(u"missing.db"_s);
    const QSqlDatabase db = openDb(file, m_key, QString());
    QVERIFY(!db.isOpen());
    QCOMPARE(sqliteErrorCode(db.lastError()), sqliteCantOpen);
    QVERIFY(!QFile::exists(file));
}

void tst_SqlCipherDriver::rawKeyReopen()
{
    const QString file = path(u"raw-key.db"_s);
    const SecureBytes key = SecureBytes::random(32);
    {
        QSqlDatabase db = openDb(file, key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE t(a TEXT)"_s));
        QVERIFY(run(db, u"INSERT INTO t VALUES ('kept')"_s));
        db.close();
    }
    const QSqlDatabase db = openDb(file, key, QString());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT a FROM t"_s).toString(), u"kept"_s);

    const QSqlDatabase shortKey = openDb(file, SecureBytes::random(16), QString());
    QVERIFY(!shortKey.isOpen());
    QVERIFY(shortKey.lastError().text().contains(u"32 bytes"_s));
}

void tst_SqlCipherDriver::rekeyThenReopen()
{
    const QString file = path(u"rekey.db"_s);
    const SecureBytes newKey = SecureBytes::random(32);
    {
        QSqlDatabase db = openDb(file, m_key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE t(a TEXT)"_s));
        QVERIFY(run(db, u"INSERT INTO t VALUES ('survives rekey')"_s));
        QVERIFY2(cipher(db)->rekey(newKey), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, u"SELECT a FROM t"_s).toString(), u"survives rekey"_s);
        QVERIFY(run(db, u"INSERT INTO t VALUES ('after rekey')"_s));
        QVERIFY(!cipher(db)->rekey(SecureBytes::random(8)));
        db.close();
    }
    const QSqlDatabase oldKey = openDb(file, m_key, QString());
    QVERIFY(!oldKey.isOpen());
    QCOMPARE(sqliteErrorCode(oldKey.lastError()), sqliteNotADb);

    const QSqlDatabase db = openDb(file, newKey, QString());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s).toInt(), 2);
}

void tst_SqlCipherDriver::readOnlyRefusesWrites()
{
    const QString file = path(u"readonly.db"_s);
    {
        QSqlDatabase db = openDb(file, m_key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE t(a)"_s));
        QVERIFY(run(db, u"INSERT INTO t VALUES (1)"_s));
        db.close();
    }
    QSqlDatabase db = openDb(file, m_key, u"PD_READONLY"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s).toInt(), 1);

    QSqlQuery query(db);
    QVERIFY(!query.exec(u"INSERT INTO t VALUES (2)"_s));
    QCOMPARE(sqliteErrorCode(query.lastError()), sqliteReadOnly);
    QVERIFY(!query.exec(u"CREATE TABLE u(b)"_s));
    QCOMPARE(sqliteErrorCode(query.lastError()), sqliteReadOnly);

    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    QVERIFY(db.commit());
}

void tst_SqlCipherDriver::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("whitespace and comments only")
        << u"  \n-- nothing; here\n/* nor ; here */\n"_s << QStringList();
    QTest::newRow("no final semicolon") << u"SELECT 1"_s << QStringList { u"SELECT 1"_s };
    QTest::newRow("two") << u"SELECT 1; SELECT 2;"_s
                         << QStringList { u"SELECT 1;"_s, u"SELECT 2;"_s };
    QTest::newRow("semicolon in string")
        << u"INSERT INTO t VALUES ('a;b');\nSELECT 1;"_s
        << QStringList { u"INSERT INTO t VALUES ('a;b');"_s, u"SELECT 1;"_s };
    QTest::newRow("semicolon in identifier")
        << u"CREATE TABLE \"x;y\"(a); SELECT 1;"_s
        << QStringList { u"CREATE TABLE \"x;y\"(a);"_s, u"SELECT 1;"_s };
    QTest::newRow("comments") << u"-- first; still comment\nSELECT 1; /* a ; b */ SELECT 2;"_s
                              << QStringList { u"-- first; still comment\nSELECT 1;"_s,
                                               u"/* a ; b */ SELECT 2;"_s };
    QTest::newRow("trigger")
        << u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\n  DELETE FROM u;\n"
           "END;\nSELECT 1;"_s
        << QStringList { u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\n"
                         "  DELETE FROM u;\nEND;"_s,
                         u"SELECT 1;"_s };
    QTest::newRow("empty statements and trailing comment")
        << u"SELECT 1;;\n;\n-- done\n"_s << QStringList { u"SELECT 1;"_s };
    QTest::newRow("utf-8") << u"INSERT INTO t VALUES ('café; ñ'); SELECT 'ü';"_s
                           << QStringList { u"INSERT INTO t VALUES ('café; ñ');"_s,
                                            u"SELECT 'ü';"_s };
}

void tst_SqlCipherDriver::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(pd::sql::splitStatements(script), expected);
}

void tst_SqlCipherDriver::executeScriptKeepsTriggerWhole()
{
    const QSqlDatabase db = openFresh(u"script.db"_s, QString());
    QVERIFY(db.isOpen());
    const QString script = uR"(
        CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                            renamed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE audit(id INTEGER PRIMARY KEY, person_id INTEGER, note TEXT);
        -- the trigger body holds two statements; it must reach SQLite in one piece
        CREATE TRIGGER person_audit AFTER UPDATE OF name ON person BEGIN
            INSERT INTO audit(person_id, note) VALUES (new.id, 'renamed; was ' || old.name);
            UPDATE person SET renamed = renamed + 1 WHERE id = new.id;
        END;
        INSERT INTO person(name) VALUES ('Anna');
        UPDATE person SET name = 'Bea' WHERE id = 1;
    )"_s;
    QVERIFY2(cipher(db)->executeScript(script), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT note FROM audit"_s).toString(), u"renamed; was Anna"_s);
    QCOMPARE(scalar(db, u"SELECT renamed FROM person WHERE id = 1"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 1);
}

void tst_SqlCipherDriver::executeScriptStopsAtFirstError()
{
    const QSqlDatabase db = openFresh(u"script-error.db"_s, QString());
    QVERIFY(db.isOpen());
    QVERIFY(!cipher(db)->executeScript(
        u"CREATE TABLE a(x); INSERT INTO missing VALUES (1); CREATE TABLE b(x);"_s));
    QVERIFY(db.lastError().isValid());
    QCOMPARE(db.lastError().type(), QSqlError::StatementError);
    QCOMPARE(sqliteErrorCode(db.lastError()), 1);
    QVERIFY2(db.lastError().text().contains(u"Statement 2"_s), qPrintable(db.lastError().text()));
    const QStringList tables = db.tables();
    QVERIFY(tables.contains(u"a"_s));
    QVERIFY(!tables.contains(u"b"_s));
}

void tst_SqlCipherDriver::selectIsActiveAndNextWorks()
{
    const QSqlDatabase db
        = openFresh(u"active.db"_s, u"CREATE TABLE t(a); INSERT INTO t VALUES (7);"_s);
    QVERIFY(db.isOpen());

    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT a FROM t"_s));
    QVERIFY(query.isActive());
    QVERIFY(query.isSelect());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
    QVERIFY(!query.next());

    QVERIFY(query.prepare(u"SELECT a FROM t WHERE a = ?"_s));
    query.addBindValue(7);
    QVERIFY(query.exec());
    QVERIFY(query.isSelect());
    QVERIFY(query.next());
    QCOMPARE(query.record().fieldName(0), u"a"_s);

    QVERIFY(query.exec(u"PRAGMA user_version"_s));
    QVERIFY(query.isSelect());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    QVERIFY(query.exec(u"CREATE TABLE u(b)"_s));
    QVERIFY(query.isActive());
    QVERIFY(!query.isSelect());
    QVERIFY(!query.next());

    // An empty result is still an active SELECT.
    QVERIFY(query.exec(u"SELECT b FROM u"_s));
    QVERIFY(query.isActive());
    QVERIFY(query.isSelect());
    QVERIFY(!query.next());
}

void tst_SqlCipherDriver::severalStatementsInExecAreRefused()
{
    const QSqlDatabase db = openFresh(u"several.db"_s, QString());
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"SELECT 1; SELECT 2"_s));
    QVERIFY(query.lastError().text().contains(u"executeScript"_s));
    QVERIFY(query.exec(u"SELECT 1; -- a trailing comment"_s));
    QVERIFY(!query.exec(u"SELECT * FROM missing"_s));
    QCOMPARE(sqliteErrorCode(query.lastError()), 1);
}

void tst_SqlCipherDriver::constraintErrorSurfacesInExec_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("not null") << u"INSERT INTO child(id, parent, code) VALUES (2, 1, NULL)"_s;
    QTest::newRow("unique") << u"INSERT INTO child(id, parent, code) VALUES (2, 1, 'A')"_s;
    QTest::newRow("primary key") << u"INSERT INTO child(id, parent, code) VALUES (1, 1, 'B')"_s;
    QTest::newRow("check") << u"INSERT INTO child(id, parent, code) VALUES (2, 1, 'toolong')"_s;
    QTest::newRow("foreign key") << u"INSERT INTO child(id, parent, code) VALUES (2, 99, 'B')"_s;
    QTest::newRow("foreign key delete") << u"DELETE FROM parent"_s;
}

void tst_SqlCipherDriver::constraintErrorSurfacesInExec()
{
    QFETCH(QString, statement);
    const QSqlDatabase db = openFresh(
        u"constraint-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'),
        uR"(
        CREATE TABLE parent(id INTEGER PRIMARY KEY);
        CREATE TABLE child(id INTEGER PRIMARY KEY, parent INTEGER NOT NULL REFERENCES parent(id),
                           code TEXT NOT NULL UNIQUE CHECK (length(code) <= 3));
        INSERT INTO parent VALUES (1);
        INSERT INTO child VALUES (1, 1, 'A');
    )"_s);
    QVERIFY(db.isOpen());

    QSqlQuery direct(db);
    QVERIFY(!direct.exec(statement));
    QCOMPARE(direct.lastError().type(), QSqlError::StatementError);
    QCOMPARE(direct.lastError().nativeErrorCode(), u"19"_s);
    QCOMPARE(sqliteErrorCode(direct.lastError()), sqliteConstraint);
    QVERIFY(!direct.isActive());

    QSqlQuery prepared(db);
    QVERIFY(prepared.prepare(statement));
    QVERIFY(!prepared.exec());
    QCOMPARE(sqliteErrorCode(prepared.lastError()), sqliteConstraint);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM child"_s).toInt(), 1);
}

void tst_SqlCipherDriver::lastInsertId()
{
    const QSqlDatabase db
        = openFresh(u"lastid.db"_s, u"CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"_s);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO t(v) VALUES ('a')"_s));
    QCOMPARE(query.lastInsertId(), QVariant(1LL));
    QVERIFY(query.exec(u"INSERT INTO t(v) VALUES ('b')"_s));
    QCOMPARE(query.lastInsertId().toLongLong(), 2LL);
    QVERIFY(query.prepare(u"INSERT INTO t(id, v) VALUES (?, ?)"_s));
    query.addBindValue(42);
    query.addBindValue(u"c"_s);
    QVERIFY(query.exec());
    QCOMPARE(query.lastInsertId().toLongLong(), 42LL);

    QVERIFY(query.exec(u"UPDATE t SET v = 'x' WHERE id = 1"_s));
    QVERIFY(!query.lastInsertId().isValid());
    // Whether a statement inserts is decided when it is prepared: a prepared UPDATE after a
    // prepared INSERT on the same query reports no id.
    QVERIFY(query.prepare(u"UPDATE t SET v = ? WHERE id = ?"_s));
    query.addBindValue(u"y"_s);
    query.addBindValue(42);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(u"SELECT * FROM t"_s));
    QVERIFY(!query.lastInsertId().isValid());

    // A new row may get the same rowid as the previous insert (found by the case-service
    // tests: the first person and the first case are both id 1).
    QVERIFY(query.exec(u"CREATE TABLE u(id INTEGER PRIMARY KEY, v TEXT)"_s));
    QVERIFY(query.exec(u"INSERT INTO t(id, v) VALUES (1000, 'd')"_s));
    QCOMPARE(query.lastInsertId().toLongLong(), 1000LL);
    QVERIFY(query.exec(u"INSERT INTO u(id, v) VALUES (1000, 'e')"_s));
    QCOMPARE(query.lastInsertId().toLongLong(), 1000LL);
    QVERIFY(query.exec(u"  -- a comment first\n REPLACE INTO u(id, v) VALUES (7, 'f')"_s));
    QCOMPARE(query.lastInsertId().toLongLong(), 7LL);
    QVERIFY(query.exec(u"DELETE FROM u WHERE id = 7"_s));
    QVERIFY(!query.lastInsertId().isValid());
}

void tst_SqlCipherDriver::numRowsAffectedAfterDdlAndDml()
{
    const QSqlDatabase db = openFresh(u"affected.db"_s, QString());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE t(a INTEGER)"_s));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    QCOMPARE(query.numRowsAffected(), 3);
    // sqlite3_changes() would still say 3 after each of these.
    QVERIFY(query.exec(u"CREATE TABLE u(b)"_s));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(u"CREATE INDEX t_a ON t(a)"_s));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(u"DROP TABLE u"_s));
    QCOMPARE(query.numRowsAffected(), 0);

    QVERIFY(query.exec(u"UPDATE t SET a = a + 10 WHERE a > 1"_s));
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(query.exec(u"UPDATE t SET a = 0 WHERE a = 999"_s));
    QCOMPARE(query.numRowsAffected(), 0);

    // Rows written by a trigger do not count for the statement that fired it.
    QVERIFY(query.exec(u"CREATE TABLE log(x)"_s));
    QVERIFY(query.exec(
        u"CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END"_s));
    QVERIFY(query.exec(u"INSERT INTO t VALUES (4)"_s));
    QCOMPARE(query.numRowsAffected(), 1);

    QVERIFY(query.prepare(u"DELETE FROM t WHERE a >= ?"_s));
    query.addBindValue(4);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 3);
}

void tst_SqlCipherDriver::namedPlaceholdersAreRewrittenInOrder()
{
    const QSqlDatabase db = openFresh(u"named.db"_s, u"CREATE TABLE p(a, b, c, d);"_s);
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO p(a, b, c, d) VALUES (:a, :b, :a, ':a is text')"_s));
    query.bindValue(u":b"_s, u"bee"_s);
    query.bindValue(u":a"_s, 7);
    QCOMPARE(query.boundValues(), (QVariantList { 7, u"bee"_s, 7 }));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.prepare(u"SELECT a, b, c, d FROM p WHERE a = :v AND c = :v AND b = :name"_s));
    query.bindValue(u":name"_s, u"bee"_s);
    query.bindValue(u":v"_s, 7);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
    QCOMPARE(query.value(1).toString(), u"bee"_s);
    QCOMPARE(query.value(2).toInt(), 7);
    QCOMPARE(query.value(3).toString(), u":a is text"_s);
}

void tst_SqlCipherDriver::parameterCountMismatch()
{
    const QSqlDatabase db = openFresh(u"mismatch.db"_s, u"CREATE TABLE t(a, b);"_s);
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
    query.addBindValue(1);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(u"mismatch"_s));
    QCOMPARE(sqliteErrorCode(query.lastError()), -1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s).toInt(), 0);
}

// The driver stores positional values itself (QSqlResult's bookkeeping was a third of an
// insert); what QSqlQuery reports and what SQLite receives must not change.
void tst_SqlCipherDriver::positionalBindsFillBoundValues()
{
    const QSqlDatabase db = openFresh(u"positional.db"_s, u"CREATE TABLE t(a, b, c);"_s);
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO t(a, b, c) VALUES (?, ?, ?)"_s));
    // Out of order, with a gap: the gap is NULL.
    query.bindValue(2, u"c1"_s);
    query.bindValue(0, 1);
    QCOMPARE(query.boundValues(), (QVariantList { 1, QVariant(), u"c1"_s }));
    QCOMPARE(query.boundValue(2), QVariant(u"c1"_s));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // Values stay bound across exec(); rebinding one replaces only that one.
    query.bindValue(1, u"b2"_s);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    // addBindValue starts again at 0 after every exec().
    query.addBindValue(3);
    query.addBindValue(u"b3"_s);
    query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // A statement prepared with names takes positional values for the same placeholders.
    QVERIFY(query.prepare(u"INSERT INTO t(a, b, c) VALUES (:a, :b, :a)"_s));
    query.bindValue(u":a"_s, 4);
    query.bindValue(1, u"b4"_s);
    QCOMPARE(query.boundValues(), (QVariantList { 4, u"b4"_s, 4 }));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // Out values keep Qt's type table (SQLite reads them as input).
    QVERIFY(query.prepare(u"INSERT INTO t(a, b, c) VALUES (?, 'b5', 'c5')"_s));
    query.bindValue(0, 5, QSql::Out);
    QCOMPARE(query.boundValue(0), QVariant(5));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QSqlQuery rows(db);
    QVERIFY(rows.exec(u"SELECT a, b, c FROM t ORDER BY rowid"_s));
    const QList<QVariantList> expected {
        { 1, QVariant(), u"c1"_s }, { 1, u"b2"_s, u"c1"_s }, { 3, u"b3"_s, QVariant() },
        { 4, u"b4"_s, 4 },          { 5, u"b5"_s, u"c5"_s },
    };
    for (const QVariantList &row : expected) {
        QVERIFY(rows.next());
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(rows.isNull(column), row.at(column).isNull());
            if (!row.at(column).isNull())
                QCOMPARE(rows.value(column).toString(), row.at(column).toString());
        }
    }
    QVERIFY(!rows.next());
}

void tst_SqlCipherDriver::boundBuffersAreOwnedByTheDriver()
{
    const QSqlDatabase db
        = openFresh(u"buffers.db"_s, u"CREATE TABLE t(n INTEGER, s TEXT, b BLOB);"_s);
    const auto text = [](int n) {
        return u"row %1 "_s.arg(n).repeated(50);
    };
    const auto blob = [](int n) {
        return QByteArray(1000, static_cast<char>('a' + n % 26));
    };

    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO t(n, s, b) VALUES (?, ?, ?)"_s));
    for (int n = 0; n < 50; ++n) {
        // The QString only exists as a temporary: the driver's UTF-8 copy must outlive it.
        insert.bindValue(0, n);
        insert.bindValue(1, text(n));
        insert.bindValue(2, blob(n));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    // The bound text is compared on every step, long after bindValue() returned.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QVERIFY(select.prepare(u"SELECT n, s, b FROM t WHERE s >= ? ORDER BY n"_s));
    select.addBindValue(QString(text(10)));
    QVERIFY(select.exec());
    QStringList garbage;
    for (int i = 0; i < 1000; ++i)
        garbage << QString(200, QChar(u'x'));
    int rows = 0;
    while (select.next()) {
        const int n = select.value(0).toInt();
        QVERIFY(text(n) >= text(10));
        QCOMPARE(select.value(1).toString(), text(n));
        QCOMPARE(select.value(2).toByteArray(), blob(n));
        ++rows;
    }
    int expected = 0;
    for (int n = 0; n < 50; ++n)
        expected += text(n) >= text(10) ? 1 : 0;
    QCOMPARE(rows, expected);
}

void tst_SqlCipherDriver::valueTyping_data()
{
    QTest::addColumn<QVariant>("bound");
    QTest::addColumn<QString>("storage");
    QTest::addColumn<QVariant>("read");

    const QDateTime local(QDate(2024, 3, 1), QTime(12, 34, 56, 789), QTimeZone(3600));
    QTest::newRow("int") << QVariant(42) << u"integer"_s << QVariant(42LL);
    QTest::newRow("qlonglong") << QVariant(1LL << 40) << u"integer"_s << QVariant(1LL << 40);
    QTest::newRow("bool") << QVariant(true) << u"integer"_s << QVariant(1LL);
    QTest::newRow("uint") << QVariant(4000000000U) << u"integer"_s << QVariant(4000000000LL);
    QTest::newRow("double") << QVariant(3.25) << u"real"_s << QVariant(3.25);
    QTest::newRow("short") << QVariant::fromValue(short(-7)) << u"integer"_s << QVariant(-7LL);
    QTest::newRow("float") << QVariant(0.5f) << u"real"_s << QVariant(0.5);
    QTest::newRow("text") << QVariant(u"Zoë ✓ 日本 🙂"_s) << u"text"_s
                          << QVariant(u"Zoë ✓ 日本 🙂"_s);
    QTest::newRow("text with NUL") << QVariant(u"a\0b"_s) << u"text"_s << QVariant(u"a\0b"_s);
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << u"text"_s << QVariant(u"2024-02-29"_s);
    QTest::newRow("datetime in UTC")
        << QVariant(local) << u"text"_s << QVariant(u"2024-03-01T11:34:56.789Z"_s);
    QTest::newRow("blob") << QVariant("\x01\x02"_ba) << u"blob"_s << QVariant("\x01\x02"_ba);
}

void tst_SqlCipherDriver::valueTyping()
{
    QFETCH(QVariant, bound);
    QFETCH(QString, storage);
    QFETCH(QVariant, read);

    const QSqlDatabase db = openFresh(u"typing.db"_s, u"CREATE TABLE IF NOT EXISTS v(x);"_s);
    QVERIFY(run(db, u"DELETE FROM v"_s));
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO v(x) VALUES (?)"_s));
    query.addBindValue(bound);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.exec(u"SELECT x, typeof(x) FROM v"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), storage);
    const QVariant value = query.value(0);
    QCOMPARE(value.metaType(), read.metaType());
    QCOMPARE(value, read);
}

void tst_SqlCipherDriver::emptyStringIsNotNull()
{
    const QSqlDatabase db
        = openFresh(u"empty-string.db"_s, u"CREATE TABLE t(id INTEGER, s TEXT);"_s);
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO t(id, s) VALUES (?, ?)"_s));
    const QList<QVariant> values { QVariant(QString()), QVariant(u""_s), QVariant(),
                                   QVariant(QMetaType::fromType<QString>()),
                                   QVariant(QMetaType::fromType<int>()) };
    QVERIFY(!QVariant(QString()).isNull()); // Qt 6
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(0, static_cast<int>(i));
        query.bindValue(1, values.at(i));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(u"SELECT typeof(s) FROM t ORDER BY id"_s));
    QStringList types;
    while (query.next())
        types << query.value(0).toString();
    QCOMPARE(types, (QStringList { u"text"_s, u"text"_s, u"null"_s, u"null"_s, u"null"_s }));
}

void tst_SqlCipherDriver::typedNulls_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("type");

    QTest::newRow("INTEGER") << u"INTEGER"_s << id(QMetaType::LongLong);
    QTest::newRow("BIGINT") << u"BIGINT"_s << id(QMetaType::LongLong);
    QTest::newRow("TEXT") << u"TEXT"_s << id(QMetaType::QString);
    QTest::newRow("VARCHAR(20)") << u"VARCHAR(20)"_s << id(QMetaType::QString);
    QTest::newRow("CLOB") << u"CLOB"_s << id(QMetaType::QString);
    QTest::newRow("BLOB") << u"BLOB"_s << id(QMetaType::QByteArray);
    QTest::newRow("REAL") << u"REAL"_s << id(QMetaType::Double);
    QTest::newRow("DOUBLE PRECISION") << u"DOUBLE PRECISION"_s << id(QMetaType::Double);
    QTest::newRow("FLOAT") << u"FLOAT"_s << id(QMetaType::Double);
    QTest::newRow("NUMERIC") << u"NUMERIC"_s << id(QMetaType::Double);
    QTest::newRow("BOOLEAN") << u"BOOLEAN"_s << id(QMetaType::Bool);
    QTest::newRow("DATETIME") << u"DATETIME"_s << id(QMetaType::QString);
    QTest::newRow("no type") << QString() << id(QMetaType::QString);
}

void tst_SqlCipherDriver::typedNulls()
{
    QFETCH(QString, declared);
    QFETCH(int, type);

    const QSqlDatabase db = openFresh(u"nulls.db"_s, QString());
    QVERIFY(run(db, u"DROP TABLE IF EXISTS n"_s));
    QVERIFY(run(db, u"CREATE TABLE n(x %1)"_s.arg(declared)));
    QVERIFY(run(db, u"INSERT INTO n(x) VALUES (NULL)"_s));

    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT x, NULL AS expr FROM n"_s));
    QVERIFY(query.next());
    QVERIFY(query.isNull(0));
    const QVariant value = query.value(0);
    QVERIFY(value.isNull());
    QCOMPARE(value.typeId(), type);
    QCOMPARE(query.record().field(0).metaType().id(), type);
    QCOMPARE(query.value(1).typeId(), id(QMetaType::QString));
    QVERIFY(query.value(1).isNull());
    QCOMPARE(db.record(u"n"_s).field(0).metaType().id(), type);
}

void tst_SqlCipherDriver::blobRoundTrip_data()
{
    QTest::addColumn<QByteArray>("blob");

    QByteArray random(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919) % 251);
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("null QByteArray") << QByteArray();
    QTest::newRow("only zero bytes") << QByteArray(16, '\0');
    QTest::newRow("embedded zeros") << "\0abc\0\xff\0"_ba;
    QTest::newRow("1 MiB") << random;
}

void tst_SqlCipherDriver::blobRoundTrip()
{
    QFETCH(QByteArray, blob);

    const QSqlDatabase db = openFresh(u"blobs.db"_s, u"CREATE TABLE IF NOT EXISTS b(x BLOB);"_s);
    QVERIFY(run(db, u"DELETE FROM b"_s));
    QSqlQuery query(db);
    QVERIFY(query.prepare(u"INSERT INTO b(x) VALUES (?)"_s));
    query.addBindValue(blob);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.exec(u"SELECT x, typeof(x), length(x) FROM b"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"blob"_s);
    QCOMPARE(query.value(2).toLongLong(), static_cast<qlonglong>(blob.size()));
    const QVariant value = query.value(0);
    QVERIFY(!value.isNull());
    QCOMPARE(value.typeId(), id(QMetaType::QByteArray));
    QCOMPARE(value.toByteArray(), blob);
}

void tst_SqlCipherDriver::numericalPrecisionPolicy()
{
    const QSqlDatabase db = openFresh(u"precision.db"_s, QString());
    QSqlQuery query(db);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(query.exec(u"SELECT 42, 2.5"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).typeId(), id(QMetaType::Int));
    QCOMPARE(query.value(1).typeId(), id(QMetaType::Int));

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    QVERIFY(query.exec(u"SELECT 42, 2.5"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).typeId(), id(QMetaType::LongLong));
    QCOMPARE(query.value(1).typeId(), id(QMetaType::LongLong));

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    QVERIFY(query.exec(u"SELECT 42, 2.5"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).typeId(), id(QMetaType::LongLong));
    QCOMPARE(query.value(1), QVariant(2.5));
}

// The driver reads a forward-only value straight from the statement's value object and applies
// the precision policy apart: every storage class, NULLs and each policy give the same type and
// value through either cursor.
void tst_SqlCipherDriver::valuesAlikeInBothCursors_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QVariantList>("expected");

    const qlonglong big = (1LL << 53) + 1;
    const QString text = u"Zo\u00eb \U0001F642\0x\uffff"_s;
    const QByteArray blob("\x00\xff\x00", 3);
    const QVariant nullInteger(QMetaType::fromType<qlonglong>());
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullBlob(QMetaType::fromType<QByteArray>());
    const QVariant nullReal(QMetaType::fromType<double>());
    const QVariantList asStored { QVariant(42LL), QVariant(-2.75), nullInteger,
                                  QVariant(text), QVariant(blob),  QVariant(big),
                                  nullText,       nullBlob,        nullReal };
    QTest::newRow("low precision double (default)") << int(QSql::LowPrecisionDouble) << asStored;
    QTest::newRow("high precision") << int(QSql::HighPrecision) << asStored;
    QVariantList int32 = asStored;
    int32[0] = QVariant(42);
    int32[1] = QVariant(QVariant(-2.75).toInt());
    int32[5] = QVariant(QVariant(big).toInt());
    QTest::newRow("low precision int32") << int(QSql::LowPrecisionInt32) << int32;
    QVariantList int64 = asStored;
    int64[1] = QVariant(QVariant(-2.75).toLongLong());
    QTest::newRow("low precision int64") << int(QSql::LowPrecisionInt64) << int64;
}

void tst_SqlCipherDriver::valuesAlikeInBothCursors()
{
    QFETCH(int, policy);
    QFETCH(QVariantList, expected);

    const QSqlDatabase db
        = openFresh(u"alike.db"_s,
                    u"CREATE TABLE IF NOT EXISTS a(i INTEGER, r REAL, ni INTEGER, "
                    "t TEXT, b BLOB, big INTEGER, nt TEXT, nb BLOB, nr REAL);"_s);
    QVERIFY(run(db, u"DELETE FROM a"_s));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO a VALUES (?, ?, NULL, ?, ?, ?, NULL, NULL, NULL)"_s));
    insert.addBindValue(42);
    insert.addBindValue(-2.75);
    insert.addBindValue(u"Zo\u00eb \U0001F642\0x\uffff"_s);
    insert.addBindValue(QByteArray("\x00\xff\x00", 3));
    insert.addBindValue((1LL << 53) + 1);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    for (const bool forwardOnly : { true, false }) {
        QSqlQuery query(db);
        query.setForwardOnly(forwardOnly);
        query.setNumericalPrecisionPolicy(static_cast<QSql::NumericalPrecisionPolicy>(policy));
        QVERIFY(query.exec(u"SELECT i, r, ni, t, b, big, nt, nb, nr FROM a"_s));
        QVERIFY(query.next());
        for (int column = 0; column < expected.size(); ++column) {
            const QVariant value = query.value(column);
            const QByteArray where = (forwardOnly ? "forward-only, column " : "scrollable, column ")
                + QByteArray::number(column);
            QVERIFY2(value.metaType() == expected.at(column).metaType(), where.constData());
            QVERIFY2(value.isNull() == expected.at(column).isNull(), where.constData());
            QVERIFY2(query.isNull(column) == expected.at(column).isNull(), where.constData());
            QVERIFY2(value == expected.at(column), where.constData());
        }
        QVERIFY(!query.next());
    }
}

void tst_SqlCipherDriver::forwardOnlyKeepsOneRow()
{
    const QSqlDatabase db = openFresh(u"cursor.db"_s, u"CREATE TABLE t(n INTEGER);"_s);
    QVERIFY(run(db,
                u"WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 9) "
                "INSERT INTO t SELECT n FROM c"_s));

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(u"SELECT n FROM t ORDER BY n"_s));
    for (int n = 0; n < 10; ++n) {
        QVERIFY(forward.next());
        QCOMPARE(forward.at(), n);
        QCOMPARE(forward.value(0).toInt(), n);
        if (n == 5) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"forward only"_s));
            QVERIFY(!forward.seek(2));
            QCOMPARE(forward.value(0).toInt(), 5);
        }
    }
    QVERIFY(!forward.next());

    QSqlQuery lastOnly(db);
    lastOnly.setForwardOnly(true);
    QVERIFY(lastOnly.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(lastOnly.last());
    QCOMPARE(lastOnly.value(0).toInt(), 9);
    QCOMPARE(lastOnly.at(), 9);
}

// A forward-only result reads its current row from the statement (no copy per value): every
// type, NULL, repeated reads, other statements on the connection and finish() must not notice.
void tst_SqlCipherDriver::forwardOnlyRowIsReadFromTheStatement()
{
    const QSqlDatabase db
        = openFresh(u"lazyrow.db"_s, u"CREATE TABLE t(n INTEGER, s TEXT, b BLOB, r REAL);"_s);
    QVERIFY(run(db,
                u"INSERT INTO t VALUES (1, 'een', x'0001', 1.5), (2, NULL, NULL, NULL), "
                "(3, 'drie', x'', 3.25)"_s));

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(u"SELECT n, s, b, r FROM t ORDER BY n"_s));
    QSqlQuery other(db);

    QVERIFY(forward.next());
    QCOMPARE(forward.value(0), QVariant(1LL));
    QCOMPARE(forward.value(1), QVariant(u"een"_s));
    QCOMPARE(forward.value(1), QVariant(u"een"_s)); // read twice
    QCOMPARE(forward.value(2), QVariant(QByteArray("\x00\x01", 2)));
    QCOMPARE(forward.value(3), QVariant(1.5));
    QVERIFY(!forward.isNull(1));
    // Another statement changes the row being read: the current row stays what was stepped.
    QVERIFY(other.exec(u"UPDATE t SET s = 'anders' WHERE n = 1"_s));
    QCOMPARE(forward.value(1), QVariant(u"een"_s));
    QCOMPARE(forward.record().value(u"s"_s), QVariant(u"een"_s));

    QVERIFY(forward.next());
    for (int column = 1; column < 4; ++column) {
        QVERIFY(forward.isNull(column));
        QVERIFY(forward.value(column).isNull());
    }
    QCOMPARE(forward.value(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(forward.value(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(forward.value(3).metaType(), QMetaType::fromType<double>());

    QVERIFY(forward.next());
    QCOMPARE(forward.value(2), QVariant(QByteArray("")));
    QVERIFY(!forward.isNull(2));
    QCOMPARE(forward.value(3), QVariant(3.25));
    QVERIFY(!forward.next());
    QCOMPARE(forward.at(), static_cast<int>(QSql::AfterLastRow));

    // finish() ends the read half-way; the query runs again from the start.
    QVERIFY(forward.exec(u"SELECT n, s, b, r FROM t ORDER BY n"_s));
    QVERIFY(forward.next());
    forward.finish();
    QVERIFY(!forward.isActive());
    QVERIFY(other.exec(u"DELETE FROM t WHERE n = 1"_s)); // the read lock is gone
    QVERIFY(forward.exec(u"SELECT n, s FROM t ORDER BY n"_s));
    QVERIFY(forward.next());
    QCOMPARE(forward.value(0), QVariant(2LL));
    QVERIFY(forward.next());
    QCOMPARE(forward.value(1), QVariant(u"drie"_s));
    QVERIFY(!forward.next());

    // Executed again while half read, with a new value bound.
    QVERIFY(forward.prepare(u"SELECT n FROM t WHERE n >= ? ORDER BY n"_s));
    forward.addBindValue(2);
    QVERIFY(forward.exec());
    QVERIFY(forward.next());
    QCOMPARE(forward.value(0), QVariant(2LL));
    forward.addBindValue(3);
    QVERIFY(forward.exec());
    QVERIFY(forward.next());
    QCOMPARE(forward.value(0), QVariant(3LL));
    QVERIFY(!forward.next());
}

void tst_SqlCipherDriver::scrollableSeeksPastEndAndBack()
{
    const QSqlDatabase db = openFresh(u"scroll.db"_s, u"CREATE TABLE t(n INTEGER);"_s);
    QVERIFY(run(db,
                u"WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 599) "
                "INSERT INTO t SELECT n FROM c"_s));

    QSqlQuery query(db);
    QVERIFY(!query.isForwardOnly());
    QVERIFY(query.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(!query.seek(1000)); // leaves at() == AfterLastRow
    QCOMPARE(query.at(), static_cast<int>(QSql::AfterLastRow));
    QVERIFY(query.seek(0));
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.seek(599));
    QCOMPARE(query.value(0).toInt(), 599);
    QVERIFY(!query.next());
    QVERIFY(query.previous()); // from AfterLastRow back to the last row
    QCOMPARE(query.value(0).toInt(), 599);
    QVERIFY(query.seek(300));
    QVERIFY(query.seek(-100, true));
    QCOMPARE(query.value(0).toInt(), 200);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 599);
    QVERIFY(query.seek(1));
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_SqlCipherDriver::queryModelFetchMoreAndSeek()
{
    const QSqlDatabase db
        = openFresh(u"querymodel.db"_s, u"CREATE TABLE big(n INTEGER PRIMARY KEY, label TEXT);"_s);
    QVERIFY(run(db,
                u"WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 599) "
                "INSERT INTO big SELECT n, 'row ' || n FROM c"_s));

    QSqlQueryModel model;
    model.setQuery(u"SELECT n, label FROM big ORDER BY n"_s, db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.columnCount(), 2);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 600);
    QVERIFY(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 600);

    QCOMPARE(model.data(model.index(300, 0)).toInt(), 300);
    QCOMPARE(model.data(model.index(0, 0)).toInt(), 0);
    QCOMPARE(model.data(model.index(599, 1)).toString(), u"row 599"_s);
    QCOMPARE(model.data(model.index(1, 1)).toString(), u"row 1"_s);
    QCOMPARE(model.data(model.index(300, 1)).toString(), u"row 300"_s);
    QCOMPARE(model.record(42).value(1).toString(), u"row 42"_s);
}

void tst_SqlCipherDriver::tableModelManualSubmit()
{
    const QSqlDatabase db = openFresh(u"tablemodel.db"_s, uR"(
        CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL, photo BLOB, born TEXT);
        INSERT INTO person(name) VALUES ('Anna'), ('Bram'), ('Carla');
    )"_s);
    QSqlTableModel model(nullptr, db);
    model.setTable(u"person"_s);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, 1)).toString(), u"Bram"_s);

    QVERIFY(model.setData(model.index(0, 1), u"Anna-Marie"_s));
    QVERIFY(model.setData(model.index(0, 2), "\0\x01"_ba));
    const int row = model.rowCount();
    QVERIFY(model.insertRow(row));
    QVERIFY(model.setData(model.index(row, 1), u"Daan"_s));
    QVERIFY(model.setData(model.index(row, 3), QDate(1990, 5, 17)));
    QVERIFY(model.removeRow(1));
    // Nothing reaches the database before submitAll().
    QCOMPARE(scalar(db, u"SELECT name FROM person WHERE id = 1"_s).toString(), u"Anna"_s);
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT name, photo, born FROM person ORDER BY id"_s));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    QCOMPARE(names, (QStringList { u"Anna-Marie"_s, u"Carla"_s, u"Daan"_s }));
    QCOMPARE(scalar(db, u"SELECT photo FROM person WHERE id = 1"_s).toByteArray(), "\0\x01"_ba);
    QCOMPARE(scalar(db, u"SELECT born FROM person WHERE name = 'Daan'"_s).toString(),
             u"1990-05-17"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(2, 1)).toString(), u"Daan"_s);
    QVERIFY(model.data(model.index(2, 0)).toLongLong() > 3);

    // A failing row keeps the cache, so the caller can fix it and submit again.
    QVERIFY(model.setData(model.index(0, 1), QVariant()));
    QVERIFY(!model.submitAll());
    QCOMPARE(sqliteErrorCode(model.lastError()), sqliteConstraint);
    model.revertAll();
}

void tst_SqlCipherDriver::detachKeepsCachedRows()
{
    const QSqlDatabase db
        = openFresh(u"detach.db"_s, u"CREATE TABLE t(id INTEGER PRIMARY KEY, label TEXT);"_s);
    QVERIFY(run(db,
                u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 400) "
                "INSERT INTO t SELECT n, 'label ' || n FROM c"_s));

    // OnFieldChange writes at once: QSqlTableModel detaches its select query first (the driver
    // reports SimpleLocking) and then keeps reading the rows it had fetched from that query.
    QSqlTableModel model(nullptr, db);
    model.setTable(u"t"_s);
    model.setEditStrategy(QSqlTableModel::OnFieldChange);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY(model.select());
    const int fetched = model.rowCount();
    QVERIFY(fetched < 400);
    QCOMPARE(model.data(model.index(200, 1)).toString(), u"label 201"_s);

    QVERIFY2(model.setData(model.index(10, 1), u"edited"_s), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT label FROM t WHERE id = 11"_s).toString(), u"edited"_s);
    QCOMPARE(model.rowCount(), fetched);
    QCOMPARE(model.data(model.index(10, 1)).toString(), u"edited"_s);
    QCOMPARE(model.data(model.index(200, 1)).toString(), u"label 201"_s);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"label 1"_s);

    // Rows beyond the cache are still reachable after the detach.
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(model.data(model.index(399, 1)).toString(), u"label 400"_s);
    QCOMPARE(model.data(model.index(fetched, 0)).toInt(), fetched + 1);
}

void tst_SqlCipherDriver::nextEndsOnAStepError_data()
{
    QTest::addColumn<bool>("forwardOnly");
    QTest::newRow("forward-only") << true;
    QTest::newRow("scrollable") << false;
}

// The step that fails while next() looks for the next row ends next() with that error, in both
// cursors (a forward-only next() steps the statement itself), and resets the statement,
// so that the query runs again from its first row.
void tst_SqlCipherDriver::nextEndsOnAStepError()
{
    QFETCH(const bool, forwardOnly);
    const QSqlDatabase db
        = openFresh(forwardOnly ? u"steperror-forward.db"_s : u"steperror-scroll.db"_s,
                    u"CREATE TABLE t(n INTEGER PRIMARY KEY);"_s);
    QVERIFY(run(db, u"INSERT INTO t VALUES (0), (1), (2), (3), (4)"_s));

    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly);
    // In rowid order, without a sorter: abs() of the smallest integer fails at the row n = 3.
    const QString sql = u"SELECT CASE WHEN n < 3 THEN n ELSE abs(n - n - 9223372036854775807 - 1) "
                        "END FROM t ORDER BY n"_s;
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    for (int n = 0; n < 3; ++n) {
        QVERIFY(query.next());
        QCOMPARE(query.at(), n);
        QCOMPARE(query.value(0), QVariant(qlonglong(n)));
    }
    QVERIFY(!query.lastError().isValid());
    QVERIFY(!query.next());
    QCOMPARE(query.at(), static_cast<int>(QSql::AfterLastRow));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY2(query.lastError().databaseText().contains(u"integer overflow"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.next());

    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(0LL));
}

// A forward-only result left by detachFromResultSet() keeps its current row, and next() goes on
// with the row after it: the statement was reset, so next() may not take its one-step path,
// which would give the first row again.
void tst_SqlCipherDriver::forwardOnlyNextAfterDetach()
{
    const QSqlDatabase db
        = openFresh(u"detachforward.db"_s, u"CREATE TABLE t(n INTEGER PRIMARY KEY);"_s);
    QVERIFY(run(db, u"INSERT INTO t VALUES (10), (11), (12), (13)"_s));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(query.next());
    QVERIFY(query.next());
    ResultAccess::detach(query);
    QCOMPARE(query.at(), 1);
    QCOMPARE(query.value(0), QVariant(11LL));

    QVERIFY(query.next());
    QCOMPARE(query.at(), 2);
    QCOMPARE(query.value(0), QVariant(12LL));
    QVERIFY(query.next());
    QCOMPARE(query.at(), 3);
    QCOMPARE(query.value(0), QVariant(13LL));
    QVERIFY(!query.next());
    QVERIFY(!query.lastError().isValid());
    QCOMPARE(query.at(), static_cast<int>(QSql::AfterLastRow));
}

// next() from a row a scrollable cursor seeked back to reads the cached rows, and past them
// steps the statement again.
void tst_SqlCipherDriver::scrollableNextAfterSeekingBack()
{
    const QSqlDatabase db
        = openFresh(u"scrollnext.db"_s, u"CREATE TABLE t(n INTEGER PRIMARY KEY);"_s);
    QVERIFY(run(db, u"INSERT INTO t VALUES (0), (1), (2), (3), (4), (5)"_s));

    QSqlQuery query(db);
    QVERIFY(!query.isForwardOnly());
    QVERIFY(query.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(query.seek(3));
    QVERIFY(query.seek(1));
    for (int n = 2; n < 6; ++n) {
        QVERIFY(query.next());
        QCOMPARE(query.at(), n);
        QCOMPARE(query.value(0), QVariant(qlonglong(n)));
    }
    QVERIFY(!query.next());
    QVERIFY(query.previous());
    QCOMPARE(query.value(0), QVariant(5LL));
}

// While a forward-only row is in the statement, fetchNext() and data() take the position from the
// driver's own count, not from at(). Every way QSqlQuery moves a forward-only query
// must keep the two in step: seek() forward (fetch), seek(at() + 1) and a relative seek of one
// (fetchNext), seek(-1) back to before the first row and next() from there (fetchFirst), a
// seek past the end, and a narrowing precision policy set half-way.
void tst_SqlCipherDriver::forwardOnlyPositionFollowsTheStatement()
{
    const QSqlDatabase db
        = openFresh(u"forwardseek.db"_s, u"CREATE TABLE t(n INTEGER PRIMARY KEY);"_s);
    QVERIFY(run(db,
                u"WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 9) "
                "INSERT INTO t SELECT n FROM c"_s));
    const auto isAt = [](const QSqlQuery &query, int row) {
        const QVariant value = query.value(0);
        return query.at() == row && value.typeId() == QMetaType::LongLong
            && value.toLongLong() == row;
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(query.next());
    QVERIFY(isAt(query, 0));
    QVERIFY(!query.seek(-1));
    QCOMPARE(query.at(), static_cast<int>(QSql::BeforeFirstRow));
    QVERIFY(query.next()); // row 0 is still the statement's
    QVERIFY(isAt(query, 0));
    QVERIFY(query.next());
    QVERIFY(isAt(query, 1));
    QVERIFY(query.seek(4));
    QVERIFY(isAt(query, 4));
    QVERIFY(query.seek(5));
    QVERIFY(isAt(query, 5));
    QVERIFY(query.seek(1, true));
    QVERIFY(isAt(query, 6));
    QVERIFY(query.next());
    QVERIFY(isAt(query, 7));

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QCOMPARE(query.value(0).typeId(), static_cast<int>(QMetaType::Int));
    QCOMPARE(query.value(0).toInt(), 7);
    QVERIFY(query.next());
    QCOMPARE(query.at(), 8);
    QCOMPARE(query.value(0).typeId(), static_cast<int>(QMetaType::Int));
    QCOMPARE(query.value(0).toInt(), 8);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    QVERIFY(isAt(query, 8));

    QVERIFY(!query.seek(20));
    QCOMPARE(query.at(), static_cast<int>(QSql::AfterLastRow));
    QVERIFY(!query.next());
    QVERIFY(!query.lastError().isValid());

    // Executed again: the count starts over with the statement.
    QVERIFY(query.exec(u"SELECT n FROM t ORDER BY n"_s));
    QVERIFY(query.seek(2));
    QVERIFY(isAt(query, 2));
    QVERIFY(query.next());
    QVERIFY(isAt(query, 3));
}

void tst_SqlCipherDriver::closeFinalizesLiveStatements()
{
    const QString file = path(u"close.db"_s);
    QSqlDatabase db = openDb(file, m_key, u"PD_CREATE;PD_NO_WAL"_s);
    QVERIFY(db.isOpen());
    QVERIFY(cipher(db)->executeScript(uR"(
        CREATE TABLE t(n INTEGER);
        WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 50)
        INSERT INTO t SELECT n FROM c;
    )"_s));

    QSqlQuery reading(db); // mid-way through a result: its statement holds a read lock
    QVERIFY(reading.exec(u"SELECT n FROM t"_s));
    QVERIFY(reading.next());
    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(u"SELECT n FROM t"_s));
    QVERIFY(forward.next());
    QSqlQuery prepared(db);
    QVERIFY(prepared.prepare(u"INSERT INTO t VALUES (?)"_s));

    db.close();
    QVERIFY2(!db.lastError().isValid(), qPrintable(db.lastError().text()));
    QVERIFY(!db.isOpen());
    QVERIFY(!reading.isActive());
    QVERIFY(!forward.isActive());
    QVERIFY(cipher(db)->sqliteHandle() == nullptr);

    // A lock leaked by an unfinalized statement would make this writer fail with SQLITE_BUSY.
    const QSqlDatabase writer = openDb(file, m_key, u"PD_NO_WAL;PD_BUSY_TIMEOUT=0"_s);
    QVERIFY(writer.isOpen());
    QVERIFY(run(writer, u"DELETE FROM t"_s));

    // Results that outlive the connection fail cleanly.
    prepared.addBindValue(1);
    QVERIFY(!prepared.exec());
}

void tst_SqlCipherDriver::transactionsUseBeginImmediate()
{
    const QString file = path(u"transactions.db"_s);
    QSqlDatabase first = openDb(file, m_key);
    QVERIFY(first.isOpen());
    QVERIFY(run(first, u"CREATE TABLE t(n INTEGER)"_s));
    QSqlDatabase second = openDb(file, m_key, u"PD_BUSY_TIMEOUT=100"_s);
    QVERIFY(second.isOpen());

    QVERIFY(first.transaction());
    QVERIFY(run(first, u"INSERT INTO t VALUES (1)"_s));
    // A deferred BEGIN would succeed here and fail only at the first write.
    QVERIFY(!second.transaction());
    QCOMPARE(sqliteErrorCode(second.lastError()), sqliteBusy);
    QCOMPARE(second.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(scalar(second, u"SELECT count(*) FROM t"_s).toInt(), 0); // WAL: readers go on
    QVERIFY(first.commit());

    QVERIFY(second.transaction());
    QVERIFY(run(second, u"INSERT INTO t VALUES (2)"_s));
    QVERIFY(second.rollback());
    QCOMPARE(scalar(first, u"SELECT count(*) FROM t"_s).toInt(), 1);
    QVERIFY(!first.commit()); // no transaction is open
}

void tst_SqlCipherDriver::twoThreadsWriteWithWal()
{
    const QString file = path(u"threads.db"_s);
    {
        QSqlDatabase db = openDb(file, m_key);
        QVERIFY(db.isOpen());
        QVERIFY(run(db, u"CREATE TABLE t(id INTEGER PRIMARY KEY, thread INTEGER, n INTEGER)"_s));
        db.close();
    }
    constexpr int batches = 20;
    constexpr int rowsPerBatch = 25;

    // One connection per thread, created, used and removed in that thread.
    const auto writer = [file](int thread, SecureBytes key, QString *error) {
        const QString name = u"writer-%1"_s.arg(thread);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"PDSQLCIPHER"_s, name);
            static_cast<SqlCipherDriver *>(db.driver())->setKey(std::move(key));
            db.setDatabaseName(file);
            db.setConnectOptions(u"PD_BUSY_TIMEOUT=20000"_s);
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery insert(db);
                insert.prepare(u"INSERT INTO t(thread, n) VALUES (?, ?)"_s);
                for (int batch = 0; batch < batches && error->isEmpty(); ++batch) {
                    if (!db.transaction()) {
                        *error = db.lastError().text();
                        break;
                    }
                    for (int n = 0; n < rowsPerBatch; ++n) {
                        insert.bindValue(0, thread);
                        insert.bindValue(1, batch * rowsPerBatch + n);
                        if (!insert.exec()) {
                            *error = insert.lastError().text();
                            break;
                        }
                    }
                    if (error->isEmpty() && !db.commit())
                        *error = db.lastError().text();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    };
    QString firstError;
    QString secondError;
    std::thread first(writer, 1, copyOf(m_key), &firstError);
    std::thread second(writer, 2, copyOf(m_key), &secondError);
    first.join();
    second.join();
    QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));

    const QSqlDatabase db = openDb(file, m_key, QString());
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t WHERE thread = 1"_s).toInt(),
             batches * rowsPerBatch);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t WHERE thread = 2"_s).toInt(),
             batches * rowsPerBatch);
}

void tst_SqlCipherDriver::diskFullMapsToSqliteFull()
{
    QSqlDatabase db = openFresh(u"full.db"_s, uR"(
        CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB);
        INSERT INTO t(payload) VALUES (x'6b657074');
    )"_s);
    QVERIFY(db.isOpen());
    const int pages = scalar(db, u"PRAGMA page_count"_s).toInt();
    QVERIFY(pages > 0);
    QVERIFY(run(db, u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));

    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO t(payload) VALUES (randomblob(65536))"_s));
    bool full = false;
    for (int i = 0; i < 100 && !full; ++i)
        full = !insert.exec();
    QVERIFY(full);
    QCOMPARE(sqliteErrorCode(insert.lastError()), sqliteFull);
    QVERIFY(db.rollback()); // also when SQLite already rolled back on SQLITE_FULL
    QCOMPARE(scalar(db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"SELECT payload FROM t"_s).toByteArray(), "kept"_ba);
}

void tst_SqlCipherDriver::tablesRecordPrimaryIndex()
{
    const QSqlDatabase db = openFresh(u"metadata.db"_s, uR"(
        CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, photo BLOB,
                            born DATE, active BOOLEAN DEFAULT 1, amount NUMERIC, misc);
        CREATE TABLE pair(a INTEGER, b TEXT, PRIMARY KEY (b, a));
        CREATE TABLE "odd ""name"""(x INTEGER);
        CREATE VIEW adults AS SELECT id FROM person;
    )"_s);
    QCOMPARE(db.tables(QSql::Tables), (QStringList { u"odd \"name\""_s, u"pair"_s, u"person"_s }));
    QCOMPARE(db.tables(QSql::Views), QStringList { u"adults"_s });
    QVERIFY(db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));
    QCOMPARE(db.tables(QSql::AllTables).size(), 5);

    const QSqlRecord person = db.record(u"person"_s);
    QCOMPARE(person.count(), 8);
    const QList<std::pair<QString, int>> expected {
        { u"id"_s, QMetaType::LongLong },   { u"name"_s, QMetaType::QString },
        { u"score"_s, QMetaType::Double },  { u"photo"_s, QMetaType::QByteArray },
        { u"born"_s, QMetaType::QString },  { u"active"_s, QMetaType::Bool },
        { u"amount"_s, QMetaType::Double }, { u"misc"_s, QMetaType::QString }
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(person.fieldName(static_cast<int>(i)), expected.at(i).first);
        QCOMPARE(person.field(static_cast<int>(i)).metaType().id(), expected.at(i).second);
        QCOMPARE(person.field(static_cast<int>(i)).tableName(), u"person"_s);
    }
    QVERIFY(person.field(u"id"_s).isAutoValue());
    QVERIFY(!person.field(u"name"_s).isAutoValue());
    QCOMPARE(person.field(u"name"_s).requiredStatus(), QSqlField::Required);
    QCOMPARE(person.field(u"score"_s).requiredStatus(), QSqlField::Optional);
    QCOMPARE(db.record(u"odd \"name\""_s).count(), 1);
    QVERIFY(db.record(u"missing"_s).isEmpty());

    const QSqlIndex personKey = db.primaryIndex(u"person"_s);
    QCOMPARE(personKey.count(), 1);
    QCOMPARE(personKey.fieldName(0), u"id"_s);
    const QSqlIndex pairKey = db.primaryIndex(u"pair"_s);
    QCOMPARE(pairKey.count(), 2);
    QCOMPARE(pairKey.fieldName(0), u"b"_s);
    QCOMPARE(pairKey.fieldName(1), u"a"_s);
    QVERIFY(!db.record(u"pair"_s).field(u"a"_s).isAutoValue());
}

void tst_SqlCipherDriver::formatValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("readBack"); // SELECT <sql>, as text

    QTest::newRow("null int") << QVariant(QMetaType::fromType<int>()) << u"NULL"_s << QString();
    QTest::newRow("invalid") << QVariant() << u"NULL"_s << QString();
    QTest::newRow("blob") << QVariant("\x00\xff\x10"_ba) << u"X'00ff10'"_s << QString();
    QTest::newRow("empty blob") << QVariant(""_ba) << u"X''"_s << QString();
    QTest::newRow("string") << QVariant(u"O'Brien"_s) << u"'O''Brien'"_s << u"O'Brien"_s;
    QTest::newRow("empty string") << QVariant(QString()) << u"''"_s << u""_s;
    QTest::newRow("int") << QVariant(42) << u"42"_s << u"42"_s;
    QTest::newRow("negative longlong")
        << QVariant(-(1LL << 40)) << u"-1099511627776"_s << u"-1099511627776"_s;
    QTest::newRow("bool") << QVariant(true) << u"1"_s << u"1"_s;
    QTest::newRow("double") << QVariant(0.1) << u"0.1"_s << u"0.1"_s;
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << u"'2024-02-29'"_s << u"2024-02-29"_s;
    QTest::newRow("datetime") << QVariant(
        QDateTime(QDate(2024, 3, 1), QTime(12, 34, 56, 789), QTimeZone(3600)))
                              << u"'2024-03-01T11:34:56.789Z'"_s << u"2024-03-01T11:34:56.789Z"_s;
}

void tst_SqlCipherDriver::formatValue()
{
    QFETCH(QVariant, value);
    QFETCH(QString, sql);
    QFETCH(QString, readBack);

    const QSqlDatabase db = openFresh(u"format.db"_s, QString());
    QSqlField field(u"f"_s, value.metaType());
    field.setValue(value);
    const QString formatted = db.driver()->formatValue(field);
    QCOMPARE(formatted, sql);

    // The literal reads back as the value it was made from.
    const QVariant roundTrip = scalar(db, u"SELECT "_s + formatted);
    if (value.isNull())
        QVERIFY(roundTrip.isNull());
    else if (value.typeId() == QMetaType::QByteArray)
        QCOMPARE(roundTrip.toByteArray(), value.toByteArray());
    else
        QCOMPARE(roundTrip.toString(), readBack);
}

void tst_SqlCipherDriver::escapeIdentifier_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"person"_s << u"\"person\""_s;
    QTest::newRow("keyword") << u"select"_s << u"\"select\""_s;
    QTest::newRow("embedded quote") << u"we\"ird"_s << u"\"we\"\"ird\""_s;
    QTest::newRow("space") << u"two words"_s << u"\"two words\""_s;
    QTest::newRow("already escaped") << u"\"done\""_s << u"\"done\""_s;
}

void tst_SqlCipherDriver::escapeIdentifier()
{
    QFETCH(QString, identifier);
    QFETCH(QString, escaped);

    const QSqlDatabase db = openFresh(u"escape.db"_s, QString());
    QCOMPARE(db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName), escaped);
    QCOMPARE(db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName), escaped);
    QVERIFY(run(db, u"DROP TABLE IF EXISTS %1"_s.arg(escaped)));
    QVERIFY(run(db, u"CREATE TABLE %1(%1 INTEGER)"_s.arg(escaped)));
    QVERIFY(run(db, u"INSERT INTO %1(%1) VALUES (5)"_s.arg(escaped)));
    QCOMPARE(scalar(db, u"SELECT %1 FROM %1"_s.arg(escaped)).toInt(), 5);
}

void tst_SqlCipherDriver::sqliteErrorCodeMapping()
{
    QCOMPARE(sqliteErrorCode(QSqlError()), -1);
    QCOMPARE(sqliteErrorCode(QSqlError(u"x"_s, u"y"_s, QSqlError::StatementError, u"19"_s)), 19);
    QCOMPARE(sqliteErrorCode(QSqlError(u"x"_s, u"y"_s, QSqlError::StatementError, u"ORA-1"_s)), -1);
}

QTEST_GUILESS_MAIN(tst_SqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
