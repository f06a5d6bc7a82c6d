#pragma once

#include "crypto/SecureBytes.h"

#include <QMetaType>
#include <QSqlDriver>
#include <QString>

struct sqlite3;

namespace pd::sql {

// Never load Qt's QSQLITE plugin beside it: libsqlcipher and libsqlite3 export the same symbols.
// The key goes in by setKey(), never in the connection options (QStrings nobody wipes).
// A connection belongs to the thread that opened it (SQLITE_OPEN_NOMUTEX).
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *driverName() { return "PDSQLCIPHER"; }

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // 32 bytes. An empty key opens unencrypted, which only tests use.
    void setKey(SecureBytes key);

    // Statements split by sqlite3_complete, so trigger bodies stay whole. Stops at the first error.
    bool executeScript(const QString &script);

    bool rekey(const SecureBytes &newKey);

    // Stays set when open() fails later (wrong key); empty without cipher support.
    QString cipherVersion() const;

    sqlite3 *sqliteHandle() const;
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

void registerSqlCipherDriver();

QStringList splitStatements(const QString &script);

// -1 when the error did not come from SQLite.
int sqliteErrorCode(const QSqlError &error);

} // namespace pd::sql

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
