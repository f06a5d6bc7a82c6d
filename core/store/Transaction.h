#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    // The transaction's connection: what a unit of work hands to its write, whose repositories
    // run their statements on it.
    QSqlDatabase database() const { return m_db; }
    bool commit();
    void rollback();
    QString errorText() const { return m_error; }
    // The statement's own error (its SQLite result code: a full disk is SQLITE_FULL), invalid
    // when there was none; what ServiceError::fromTransaction words for the user.
    QSqlError sqlError() const { return m_sqlError; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
    QString m_error;
    QSqlError m_sqlError;
};

} // namespace pd
