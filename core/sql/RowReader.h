#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

struct pg_result;

namespace pd::sql {

class SqlCipherResult;

// The values of a query's current row, each as QSqlQuery::value(column) and its conversion give
// it. A forward-only query of the store folder's driver is read straight from SQLite's row:
// no QVariant a value, and no QString at all for a text that is only looked at (a code, a
// date: view()). `case list` reads 52 columns of each of 50,000 requests, and the
// QVariant of each value and the QString of each code and date were a tenth of its time. On a
// server (QPSQL) a text and an integer column are read straight from libpq's row (the desk's
// list scrolled to the end: QSqlQuery::value was a fifth of the client's time). Any other
// value (another type, a scrollable store folder query, a row copied out of the statement,
// numbers narrowed) is read through QSqlQuery::value, as before. The reader is made once for a
// query and reads whichever row it is on; it keeps no value of a row.
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
    // The server's row and the place of the query's row in it, when column is a text (text())
    // or an integer (integer()) column of a QPSQL row that libpq holds as text in UTF-8; else
    // nullptr: read through QSqlQuery::value.
    const pg_result *serverRow(int column, bool integer, int *row) const;

    const QSqlQuery &m_query;
    const SqlCipherResult *m_result = nullptr; // null: not the store folder's driver
    bool m_server = false; // a QPSQL query whose values are read from libpq where they can be
    QVarLengthArray<char16_t, 64> m_chars;
    QString m_text;
};

} // namespace pd::sql
