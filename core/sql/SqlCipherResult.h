#pragma once

#include "sql/SqlCipherSupport.h"

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>

namespace pd::sql {

// Not thread-safe: a connection and its results belong to one thread.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override; // the sqlite3_stmt* (type name "sqlite3_stmt*")

    // Null unless the current row is still in the statement; valid until the next step.
    sqlite3_value *rowValue(int field) const;
    QMetaType nullType(int field) const { return m_columnTypes.value(field); }

    void connectionClosing();
    void driverDestroyed();

protected:
    using QSqlResult::bindValue;
    void bindValue(int index, const QVariant &value, QSql::ParamType type) override;
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    void setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy) override;

private:
    QVariant narrowed(const QVariant &value) const;
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
    // While set, a valid at() is the row last stepped: data() and fetchNext() rely on it.
    bool m_rowInStatement = false;
    bool m_done = true;
    bool m_detached = false;
    bool m_narrowsNumbers = false;
};

} // namespace pd::sql

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)
