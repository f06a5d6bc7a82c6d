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

// columnValue() for every storage class but INTEGER: value is the column's, type its class.
QVariant otherColumnValue(sqlite3_value *value, int type, QMetaType nullType);

// The value of one column of the current row, typed by the storage class of the value; NULL
// becomes a typed null of nullType. The column's value is looked up once: each sqlite3_column_*
// call finds the column again and checks for a failed allocation. The connection belongs to one
// thread, so reading the statement's own value object is safe here. Inline for INTEGER (issue
// 42): a forward-only scan reads every value through here, and for a number the call into
// another file cost as much as the reading.
inline QVariant columnValue(sqlite3_stmt *stmt, int column, QMetaType nullType)
{
    sqlite3_value *value = sqlite3_column_value(stmt, column);
    const int type = sqlite3_value_type(value);
    if (type == SQLITE_INTEGER)
        return QVariant(static_cast<qlonglong>(sqlite3_value_int64(value)));
    return otherColumnValue(value, type, nullType);
}

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
