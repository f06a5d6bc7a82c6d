#include "sql/RowReader.h"

#include "sql/SqlCipherResult.h"

#include <QSqlQuery>

namespace pd::sql {

RowReader::RowReader(const QSqlQuery &query)
    : m_query(query)
{
    // Every result of the driver is a SqlCipherResult (SqlCipherDriver::createResult).
    if (qobject_cast<const SqlCipherDriver *>(query.driver()))
        m_result = static_cast<const SqlCipherResult *>(query.result());
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
    return m_query.value(column).toLongLong();
}

QString RowReader::text(int column) const
{
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
    if (value && sqlite3_value_type(value) == SQLITE_TEXT) {
        const auto *utf8 = reinterpret_cast<const unsigned char *>(sqlite3_value_text(value));
        const int size = sqlite3_value_bytes(value);
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
