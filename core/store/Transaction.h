#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

// One unit of work on the store that commits or leaves nothing behind: rolls back unless
// commit() was called, so every early return is safe.
//
// Services open one per change. When the caller already holds a transaction (an import, the
// demo generator writing thousands of cases in batches), the change becomes a SAVEPOINT inside
// it instead, so a service call composes into a larger all-or-nothing unit.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit();
    void rollback();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
    QString m_error;
};

} // namespace pd
