#include "sql/SqlCipherSupport.h"

#include <QByteArrayView>

namespace pd::sql::detail {

QMetaType metaTypeForDeclaredType(const char *declaredType)
{
    const QByteArray type = QByteArray(declaredType).toUpper();
    if (type.isEmpty())
        return QMetaType::fromType<QString>();
    // https://sqlite.org/datatype3.html#determination_of_column_affinity, in its order.
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    // NUMERIC affinity. The driver stores dates and times as ISO text, so they stay strings.
    if (type.contains("BOOL"))
        return QMetaType::fromType<bool>();
    if (type.contains("DATE") || type.contains("TIME"))
        return QMetaType::fromType<QString>();
    return QMetaType::fromType<double>();
}

QVariant otherColumnValue(sqlite3_value *value, int type, QMetaType nullType)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(value));
    case SQLITE_TEXT: {
        // value_text before value_bytes, so the byte count is that of the UTF-8 form.
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        const int bytes = sqlite3_value_bytes(value);
        return QVariant(QString::fromUtf8(text, bytes));
    }
    case SQLITE_BLOB: {
        const void *blob = sqlite3_value_blob(value);
        const int bytes = sqlite3_value_bytes(value);
        if (bytes <= 0 || !blob)
            return QVariant(QByteArray(""));
        return QVariant(QByteArray(static_cast<const char *>(blob), bytes));
    }
    default:
        return QVariant(nullType);
    }
}

QSqlError makeError(const QString &text, sqlite3 *db, int resultCode, QSqlError::ErrorType type)
{
    const int primary = resultCode & 0xff;
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(primary);
    return QSqlError(text, QString::fromUtf8(message), type, QString::number(primary));
}

bool containsSqlTokens(const char *begin, const char *end)
{
    const char *p = begin;
    while (p < end) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
            ++p;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (c == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = p + 1 < end ? p + 2 : end;
        } else if (c == '\0') {
            ++p;
        } else {
            return true;
        }
    }
    return false;
}

Outcome run(sqlite3 *db, const QByteArray &sql)
{
    Outcome outcome;
    const char *cursor = sql.constData();
    const char *const end = sql.constData() + sql.size();
    while (cursor < end && containsSqlTokens(cursor, end)) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(db, cursor, static_cast<int>(end - cursor), &stmt, &tail);
        if (rc == SQLITE_OK && stmt) {
            const int columns = sqlite3_column_count(stmt);
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                QList<QVariant> row;
                row.reserve(columns);
                for (int i = 0; i < columns; ++i)
                    row.append(columnValue(stmt, i, QMetaType::fromType<QString>()));
                outcome.rows.append(row);
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK) {
            outcome.resultCode = rc & 0xff;
            outcome.message = QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK || !tail)
            break;
        cursor = tail;
    }
    return outcome;
}

} // namespace pd::sql::detail
