#pragma once

#include "sql/SqlCipherSupport.h"

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>

namespace pd::sql {

// One prepared statement of a SqlCipherDriver connection. A scrollable result copies every row
// out of SQLite as it is stepped and keeps it (so QSqlQueryModel can seek past the end and back);
// a forward-only result reads its current row from the statement when asked, and copies it out
// only before the statement moves on without a next row (detachFromResultSet, fetchLast). exec()
// steps once, so constraint errors and the first row arrive there. Bound text and BLOB buffers are
// held here until the next exec() or finalize, because SQLite is told they are static. Not
// thread-safe: a connection and its results belong to one thread.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override; // the sqlite3_stmt* (type name "sqlite3_stmt*")

    // The value of a column of the current row as SQLite holds it, for RowReader:
    // null unless the row is a forward-only one still in the statement and data() would read
    // it from there as it is (no policy that narrows numbers). Valid until the next step.
    sqlite3_value *rowValue(int field) const;
    // The type of a NULL of the column, as data() gives it (by its declared type).
    QMetaType nullType(int field) const { return m_columnTypes.value(field); }

    // Called by the driver: close() finalizes every live statement, the destructor detaches.
    void connectionClosing();
    void driverDestroyed();

protected:
    // Positional values go straight into boundValues(); QSqlResult's own bookkeeping formats
    // and hashes a placeholder name for every value (a third of the cost of an insert).
    using QSqlResult::bindValue;
    void bindValue(int index, const QVariant &value, QSql::ParamType type) override;
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    // QSqlQuery::next(): one step from the forward-only row the statement holds, else fetch().
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    // Remembers whether the policy narrows numbers, so that data() asks once per query.
    void setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy) override;

private:
    // value as a numericalPrecisionPolicy() that narrows numbers asks for it.
    QVariant narrowed(const QVariant &value) const;
    // data() of a row copied out of the statement, or under a policy that narrows numbers.
    QVariant storedData(int row, int field) const;
    const QVariant *rowAt(int row) const;
    bool hasRow(int row) const;
    bool rowInStatement(int row) const;
    bool stepRow();
    void endRead(int resultCode);
    void storeRow();
    void copyRowOut();
    bool bindValues();
    int bindParameter(int index, const QVariant &value);
    int bindText(int index, QByteArray utf8);
    void clearRows();
    void finalizeStatement();
    void setSqliteError(const QString &text, int resultCode);

    SqlCipherDriver::Private *m_connection;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_boundBuffers;
    QList<QVariant> m_rows; // row-major, m_columnCount values per row
    QList<QMetaType> m_columnTypes;
    QSqlRecord m_record;
    QVariant m_lastInsertId;
    int m_columnCount = 0;
    int m_rowsStepped = 0;
    int m_rowsAffected = -1;
    bool m_isInsert = false; // of the prepared statement, for lastInsertId()
    bool m_forwardOnly = false;
    // Forward-only: the current row is m_stmt's, not in m_rows. While it is set, a valid
    // position (at() >= 0) is the row last stepped, m_rowsStepped - 1: at() only becomes valid
    // through fetch() and fetchNext(), which set it to that row, and QSqlQuery itself only sets
    // BeforeFirstRow or AfterLastRow. data() and fetchNext() rely on this.
    bool m_rowInStatement = false;
    bool m_done = true;
    bool m_detached = false;
    bool m_narrowsNumbers = false;
};

} // namespace pd::sql

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)
