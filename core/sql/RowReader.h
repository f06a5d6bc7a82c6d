#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

struct pg_result;

namespace pd::sql {

class SqlCipherResult;

// A query's current row as QSqlQuery::value gives it, read straight from SQLite's or libpq's row
// where it can (no QVariant, and no QString for view()). It keeps no value of a row.
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery &query);

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // Valid until the next view() and while the query stays on the row.
    QStringView view(int column);

private:
    const pg_result *serverRow(int column, bool integer, int *row) const;

    const QSqlQuery &m_query;
    const SqlCipherResult *m_result = nullptr; // null: not the store folder's driver
    bool m_server = false; // a QPSQL query whose values are read from libpq where they can be
    QVarLengthArray<char16_t, 64> m_chars;
    QString m_text;
};

} // namespace pd::sql
