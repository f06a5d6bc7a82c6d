#include "sql/RowReader.h"

#include "sql/Dialect.h"
#include "sql/SqlCipherResult.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>

#include <cstdlib>
#include <libpq-fe.h>

namespace pd::sql {

namespace {

// The types QPSQL gives as a QString (text, varchar) and as a number (int8, int4, int2), by
// their oids (pg_type).
constexpr Oid textOid = 25;
constexpr Oid varcharOid = 1043;
constexpr Oid int8Oid = 20;
constexpr Oid int4Oid = 23;
constexpr Oid int2Oid = 21;

} // namespace

RowReader::RowReader(const QSqlQuery &query)
    : m_query(query)
{
    // Every result of the driver is a SqlCipherResult (SqlCipherDriver::createResult).
    if (qobject_cast<const SqlCipherDriver *>(query.driver())) {
        m_result = static_cast<const SqlCipherResult *>(query.result());
        return;
    }
    // QPSQL makes its texts with QString::fromUtf8 on a connection in UTF-8 (which it sets when
    // it opens); on any other it is left to QSqlQuery::value. Numbers narrowed are too.
    const PGconn *connection = serverConnection(query.driver());
    m_server = connection && qstrcmp(pg_encoding_to_char(PQclientEncoding(connection)), "UTF8") == 0
        && query.numericalPrecisionPolicy() == QSql::LowPrecisionDouble;
}

const pg_result *RowReader::serverRow(int column, bool integer, int *row) const
{
    if (!m_server || !m_query.isValid())
        return nullptr;
    // QPSQLResult::handle(): the PGresult of the row it is on (a forward-only query reads one
    // row a result, libpq's single-row mode; a scrollable one holds them all).
    const QVariant handle = m_query.result()->handle();
    const char *type = handle.typeName();
    if (!type || (qstrcmp(type, "PGresult*") != 0 && qstrcmp(type, "pg_result*") != 0))
        return nullptr;
    const PGresult *result = *static_cast<PGresult *const *>(handle.constData());
    if (!result || column < 0 || column >= PQnfields(result))
        return nullptr;
    const int rows = PQntuples(result);
    *row = rows == 1 ? 0 : m_query.at();
    if (*row < 0 || *row >= rows)
        return nullptr;
    const Oid oid = PQftype(result, column);
    const bool wanted = integer ? oid == int8Oid || oid == int4Oid || oid == int2Oid
                                : oid == textOid || oid == varcharOid;
    return wanted ? result : nullptr;
}

bool RowReader::isNull(int column) const
{
    if (sqlite3_value *value = m_result ? m_result->rowValue(column) : nullptr)
        return sqlite3_value_type(value) == SQLITE_NULL;
    return m_query.value(column).isNull();
}

qint64 RowReader::integer(int column) const
{
    sqlite3_value *value = m_result ? m_result->rowValue(column) : nullptr;
    if (value && sqlite3_value_type(value) == SQLITE_INTEGER)
        return sqlite3_value_int64(value);
    int row = 0;
    if (const PGresult *result = serverRow(column, true, &row)) {
        // A NULL number is 0, as QVariant::toLongLong gives it.
        return PQgetisnull(result, row, column) != 0
            ? 0
            : std::strtoll(PQgetvalue(result, row, column), nullptr, 10);
    }
    return m_query.value(column).toLongLong();
}

QString RowReader::text(int column) const
{
    int row = 0;
    if (const PGresult *result = serverRow(column, false, &row)) {
        if (PQgetisnull(result, row, column) != 0)
            return QString();
        return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
    }
    sqlite3_value *value = m_result ? m_result->rowValue(column) : nullptr;
    const int type = value ? sqlite3_value_type(value) : SQLITE_NULL;
    // A NULL that data() gives as a null QString (a text column, an expression).
    if (value && type == SQLITE_NULL
        && m_result->nullType(column) == QMetaType::fromType<QString>())
        return QString();
    if (value && type == SQLITE_TEXT) {
        // As detail::otherColumnValue makes it: value_text before value_bytes.
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(value));
        return QString::fromUtf8(utf8, sqlite3_value_bytes(value));
    }
    // A number or a blob as text: as QVariant converts it.
    return m_query.value(column).toString();
}

QStringView RowReader::view(int column)
{
    sqlite3_value *value = m_result ? m_result->rowValue(column) : nullptr;
    int row = 0;
    const PGresult *server = value ? nullptr : serverRow(column, false, &row);
    const unsigned char *utf8 = nullptr;
    int size = 0;
    if (value && sqlite3_value_type(value) == SQLITE_TEXT) {
        utf8 = reinterpret_cast<const unsigned char *>(sqlite3_value_text(value));
        size = sqlite3_value_bytes(value);
    } else if (server && PQgetisnull(server, row, column) == 0) {
        utf8 = reinterpret_cast<const unsigned char *>(PQgetvalue(server, row, column));
        size = PQgetlength(server, row, column);
    }
    if (utf8) {
        m_chars.resize(size);
        bool ascii = true;
        for (int i = 0; i < size && ascii; ++i) {
            ascii = utf8[i] < 0x80;
            m_chars[i] = utf8[i];
        }
        // An ASCII text is its own UTF-16, a character a byte; any other through text().
        if (ascii)
            return QStringView(m_chars.constData(), size);
    }
    m_text = text(column);
    return m_text;
}

} // namespace pd::sql
