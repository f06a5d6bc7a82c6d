#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace pd {

// Rolls back unless commit() was called; inside a caller's transaction it is a savepoint.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return m_db; }
    bool commit();
    void rollback();
    QString errorText() const { return m_error; }
    // Invalid when there was none.
    QSqlError sqlError() const { return m_sqlError; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
    QString m_error;
    QSqlError m_sqlError;
};

} // namespace pd
