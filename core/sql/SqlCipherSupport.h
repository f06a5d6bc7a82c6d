#pragma once

// Internal to core/sql.

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

// close() must finalize every result's statement before sqlite3_close().
struct SqlCipherDriver::Private
{
    sqlite3 *db = nullptr;
    SecureBytes key;
    QString cipherVersion;
    QList<SqlCipherResult *> results;
    bool readOnly = false;
};

namespace detail {

inline constexpr sqlite3_destructor_type staticBuffer = nullptr;

QMetaType metaTypeForDeclaredType(const char *declaredType);

QVariant otherColumnValue(sqlite3_value *value, int type, QMetaType nullType);

// Inline for INTEGER: a forward-only scan reads every value through here.
inline QVariant columnValue(sqlite3_stmt *stmt, int column, QMetaType nullType)
{
    sqlite3_value *value = sqlite3_column_value(stmt, column);
    const int type = sqlite3_value_type(value);
    if (type == SQLITE_INTEGER)
        return QVariant(static_cast<qlonglong>(sqlite3_value_int64(value)));
    return otherColumnValue(value, type, nullType);
}

QSqlError makeError(const QString &text, sqlite3 *db, int resultCode, QSqlError::ErrorType type);

bool containsSqlTokens(const char *begin, const char *end);

struct Outcome
{
    int resultCode = SQLITE_OK;
    QString message;
    QList<QList<QVariant>> rows;

    bool ok() const { return resultCode == SQLITE_OK; }
};

Outcome run(sqlite3 *db, const QByteArray &sql);

} // namespace detail
} // namespace pd::sql
