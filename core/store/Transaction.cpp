#include "store/Transaction.h"

#include "sql/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {
bool exec(const QSqlDatabase &db, const QString &sql, QString *error, QSqlError *sqlError)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    *sqlError = query.lastError();
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_nested = sql::isInTransaction(m_db);
    if (m_nested) {
        m_open = exec(m_db, QStringLiteral("SAVEPOINT pd_unit"), &m_error, &m_sqlError);
    } else {
        m_open = sql::beginTransaction(m_db);
        if (!m_open) {
            m_error = m_db.lastError().text();
            m_sqlError = m_db.lastError();
        }
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    const bool ok = m_nested
        ? exec(m_db, QStringLiteral("RELEASE SAVEPOINT pd_unit"), &m_error, &m_sqlError)
        : sql::commitTransaction(m_db);
    if (!ok && !m_nested) {
        m_error = m_db.lastError().text();
        m_sqlError = m_db.lastError();
    }
    if (ok)
        m_open = false;
    return ok;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_nested) {
        // ROLLBACK TO keeps the savepoint on the stack; RELEASE pops it.
        exec(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT pd_unit"), &m_error, &m_sqlError);
        exec(m_db, QStringLiteral("RELEASE SAVEPOINT pd_unit"), &m_error, &m_sqlError);
    } else {
        sql::rollbackTransaction(m_db);
    }
}

} // namespace pd
