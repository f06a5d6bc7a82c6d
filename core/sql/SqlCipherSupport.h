#pragma once

// Internal to core/sql: the SQLCipher C API and helpers shared by the driver and its result.

#include "sql/SqlCipherDriver.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QVariant>

// sqlite3_key/sqlite3_rekey are only declared when the codec is announced.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

namespace pd::sql {

class SqlCipherResult;

// State shared between the driver and the results it created: the results need the handle,
// and close() must reach every result to finalize its statement before sqlite3_close().
struct SqlCipherDriver::Private
{
    sqlite3 *db = nullptr;
    SecureBytes key;
    QString cipherVersion;
    QList<SqlCipherResult *> results;
    bool readOnly = false;
};

namespace detail {

// SQLITE_STATIC without the C-style cast of sqlite3.h: callers keep the buffers alive.
inline constexpr sqlite3_destructor_type staticBuffer = nullptr;

// The Qt type for an SQLite declared column type, following SQLite's affinity rules. An
// empty declaration (an expression) gives QString.
QMetaType metaTypeForDeclaredType(const char *declaredType);

// The value of one column of the current row, typed by the storage class of the value; NULL
// becomes a typed null of nullType.
QVariant columnValue(sqlite3_stmt *stmt, int column, QMetaType nullType);

QSqlError makeError(const QString &text, sqlite3 *db, int resultCode, QSqlError::ErrorType type);

// True when [begin, end) holds anything besides whitespace, comments and semicolons.
bool containsSqlTokens(const char *begin, const char *end);

struct Outcome
{
    int resultCode = SQLITE_OK;
    QString message;
    QList<QList<QVariant>> rows;

    bool ok() const { return resultCode == SQLITE_OK; }
};

// Prepares, steps to the end and finalizes every statement in sql, collecting result rows.
Outcome run(sqlite3 *db, const QByteArray &sql);

} // namespace detail
} // namespace pd::sql
