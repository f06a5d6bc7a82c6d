#pragma once

#include "crypto/SecureBytes.h"

#include <QMetaType>
#include <QSqlDriver>
#include <QString>

struct sqlite3;

namespace pd::sql {

// Privacydesk's own Qt Sql driver over the SQLCipher C API (Debian's libsqlcipher 3.4.1),
// written against Qt's public API only. Registered as "PDSQLCIPHER". Never load Qt's QSQLITE
// plugin in the same process: libsqlcipher and libsqlite3 export the same symbols.
//
// The key is never part of the connection options or the password string of QSqlDatabase
// (those are plain QStrings that nobody wipes): hand it to the driver with setKey() before
// open(). The driver wipes its copy right after the key has been applied.
//
// Connect options (QSqlDatabase::setConnectOptions, ';'-separated):
//   PD_CREATE            create the database file if it does not exist (default: refuse)
//   PD_READONLY          open read-only
//   PD_BUSY_TIMEOUT=ms   busy timeout (default 5000)
//   PD_NO_WAL            keep the rollback journal (default: journal_mode=WAL)
//
// open() applies the key, cipher_page_size=4096 (and cipher_compatibility=3 on SQLCipher 4),
// refuses a library without cipher support (PRAGMA cipher_version empty), verifies the key by
// reading the schema, then sets WAL, busy_timeout, foreign_keys=ON, secure_delete=ON and
// temp_store=MEMORY. A wrong key fails in open() with lastError().nativeErrorCode() "26"
// (SQLITE_NOTADB).
//
// One connection per thread: a QSqlDatabase of this driver, and every QSqlQuery on it, is used
// only by the thread that opened it (the connection is opened SQLITE_OPEN_NOMUTEX, without a
// mutex of its own). Concurrent writers use their own connections; WAL, the busy
// timeout and BEGIN IMMEDIATE (beginTransaction) let them wait for each other instead of failing.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *driverName() { return "PDSQLCIPHER"; }

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Raw 256-bit SQLCipher key (32 bytes). An empty key opens without encryption, which only
    // the tests that prove the store refuses plain SQLite files use.
    void setKey(SecureBytes key);

    // Runs several ';'-separated statements (a migration script); statements are split with
    // sqlite3_complete so that trigger bodies stay whole. Stops at the first error.
    bool executeScript(const QString &script);

    // Re-encrypts the open database under a new raw key (PRAGMA rekey via sqlite3_rekey).
    bool rekey(const SecureBytes &newKey);

    // The SQLCipher version string reported by the open connection ("3.4.1" on Debian 12). Set
    // as soon as open() has asked the library, so it stays set when open() fails later (wrong
    // key); empty when the library has no cipher support.
    QString cipherVersion() const;

    sqlite3 *sqliteHandle() const;
    // True while a transaction is open on this connection (sqlite3_get_autocommit() == 0).
    bool isInTransaction() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override; // BEGIN IMMEDIATE: writers take the lock up front
    bool commitTransaction() override;
    bool rollbackTransaction() override; // true if SQLite already rolled back (SQLITE_FULL)
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QVariant handle() const override; // the sqlite3* (type name "sqlite3*")

private:
    struct Private;
    Private *d;
    friend class SqlCipherResult;
};

// Registers the driver with QSqlDatabase::registerSqlDriver (idempotent).
void registerSqlCipherDriver();

// Splits a script into complete statements (sqlite3_complete); exposed for tests.
QStringList splitStatements(const QString &script);

// Maps a driver error to SQLite's primary result code (SQLITE_FULL, SQLITE_READONLY, ...),
// or -1 when the error did not come from SQLite.
int sqliteErrorCode(const QSqlError &error);

} // namespace pd::sql

// QVariant can carry the connection handle (SqlCipherDriver::handle()).
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
