#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace pd::sql {

class SqlCipherResult;

// The values of a query's current row, each as QSqlQuery::value(column) and its conversion give
// it. A forward-only query of the store folder's driver is read straight from SQLite's row:
// no QVariant a value, and no QString at all for a text that is only looked at (a code, a
// date: view()). Issue 42: `case list` reads 52 columns of each of 50,000 requests, and the
// QVariant of each value and the QString of each code and date were a tenth of its time. Any
// other query (a server's, a scrollable one, a row copied out of the statement) is read
// through QSqlQuery::value, as before. The reader is made once for a query and reads whichever
// row it is on; it keeps no value of a row.
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery &query);

    // value(column).isNull()
    bool isNull(int column) const;
    // value(column).toLongLong()
    qint64 integer(int column) const;
    // value(column).toString()
    QString text(int column) const;
    // The characters of text(column), valid until the next view() of this reader and while the
    // query stays on the row.
    QStringView view(int column);

private:
    const QSqlQuery &m_query;
    const SqlCipherResult *m_result = nullptr; // null: not the store folder's driver
    QVarLengthArray<char16_t, 64> m_chars;
    QString m_text;
};

} // namespace pd::sql
