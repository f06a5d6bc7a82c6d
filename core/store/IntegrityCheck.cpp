#include "store/IntegrityCheck.h"

#include "sql/SqlCipherDriver.h"
#include "store/StorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pd {

IntegrityCheck::IntegrityCheck(QString databasePath, SecureBytes key)
    : m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
{ }

IntegrityCheck::~IntegrityCheck() = default;

void IntegrityCheck::cancel()
{
    m_cancelled = true;
}

int IntegrityCheck::progress(void *context)
{
    return static_cast<IntegrityCheck *>(context)->m_cancelled ? 1 : 0;
}

QStringList IntegrityCheck::problemsOf(const QSqlDatabase &db, bool quick)
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check")
                          : QStringLiteral("PRAGMA integrity_check")))
        return {
            QStringLiteral("integrity_check could not run: %1").arg(query.lastError().text())
        };
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems << line;
    }
    if (query.lastError().isValid())
        problems << QStringLiteral("integrity_check stopped: %1").arg(query.lastError().text());
    return problems;
}

IntegrityCheck::Result IntegrityCheck::runOn(const QSqlDatabase &db, bool quick)
{
    Result result;
    result.problems = problemsOf(db, quick);
    result.ok = result.problems.isEmpty();
    return result;
}

IntegrityCheck::Result IntegrityCheck::run()
{
    Result result;
    if (m_cancelled) {
        result.cancelled = true;
        return result;
    }
    const QString connection = storedetail::uniqueConnectionName();
    {
        StoreError error;
        QSqlDatabase db
            = storedetail::openDatabase(connection, m_databasePath, m_key, false, &error);
        if (!db.isValid()) {
            result.problems << QStringLiteral("the database could not be opened: %1 (%2)")
                                   .arg(StoreError::codeName(error.code()), error.detail());
            result.cancelled = m_cancelled;
            return result; // openDatabase removed the connection
        }
        const auto *driver = qobject_cast<const sql::SqlCipherDriver *>(db.driver());
        sqlite3 *handle = driver ? driver->sqliteHandle() : nullptr;
        if (handle)
            sqlite3_progress_handler(handle, 1000, &IntegrityCheck::progress, this);
        result.problems = problemsOf(db);
        if (handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    result.cancelled = m_cancelled;
    result.ok = !result.cancelled && result.problems.isEmpty();
    return result;
}

bool IntegrityCheck::due(const QDateTime &lastRun, bool lastOk, const QDateTime &nowUtc)
{
    if (!lastRun.isValid() || !lastOk)
        return true;
    const qint64 seconds = lastRun.secsTo(nowUtc);
    return seconds < 0 || seconds >= qint64(intervalDays) * 24 * 60 * 60;
}

} // namespace pd
