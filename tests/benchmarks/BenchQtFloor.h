#pragma once

// The floor of any Qt Sql driver for bench_driver's scan: the same loop over
// QSqlQuery::next() and value(0).toLongLong(), on the raw connection, through a result that does
// the least a driver can do per row: one sqlite3_step, setAt(), and a QVariant from
// sqlite3_column_int64 (no type check, so NULL and text would read wrong: not a driver, a floor).
// What this costs above the raw loop is Qt's own QSqlQuery and QVariant code.

#include "BenchSupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QString>
#include <QVariant>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

namespace pd::bench::driver {

class FloorResult final : public QSqlResult
{
public:
    FloorResult(const QSqlDriver *driver, sqlite3 *db)
        : QSqlResult(driver)
        , m_db(db)
    { }
    ~FloorResult() override { sqlite3_finalize(m_stmt); }

protected:
    QVariant data(int field) override
    {
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, field)));
    }
    bool isNull(int field) override { return sqlite3_column_type(m_stmt, field) == SQLITE_NULL; }
    bool reset(const QString &query) override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_row = -1;
        const QByteArray sql = query.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &m_stmt,
                               nullptr)
            != SQLITE_OK) {
            setLastError(QSqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), QString(),
                                   QSqlError::StatementError));
            return false;
        }
        setSelect(true);
        setActive(true);
        return true;
    }
    bool fetch(int) override { return false; }
    bool fetchFirst() override { return m_row < 0 && fetchNext(); }
    bool fetchNext() override
    {
        if (sqlite3_step(m_stmt) != SQLITE_ROW)
            return false;
        setAt(++m_row);
        return true;
    }
    bool fetchLast() override { return false; }
    int size() override { return -1; }
    int numRowsAffected() override { return -1; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_row = -1;
};

// Open from the start: QSqlQuery::exec() asks the driver, and the connection is the caller's.
class FloorDriver final : public QSqlDriver
{
public:
    explicit FloorDriver(sqlite3 *db)
        : m_db(db)
    {
        setOpen(true);
    }
    bool hasFeature(DriverFeature) const override { return false; }
    bool open(const QString &, const QString &, const QString &, const QString &, int,
              const QString &) override
    {
        return true;
    }
    void close() override { }
    QSqlResult *createResult() const override { return new FloorResult(this, m_db); }

private:
    sqlite3 *m_db;
};

// bench_driver's scan, timed like the others, through the floor result on db.
inline double floorScanMs(sqlite3 *db, qint64 &sum)
{
    using namespace Qt::StringLiterals;
    const FloorDriver driver(db);
    QElapsedTimer timer;
    timer.start();
    {
        QSqlQuery scan(driver.createResult());
        scan.setForwardOnly(true);
        if (!scan.exec(u"SELECT amount FROM bench"_s))
            die(scan.lastError().text());
        while (scan.next())
            sum += scan.value(0).toLongLong();
    }
    return msSince(timer);
}

} // namespace pd::bench::driver
