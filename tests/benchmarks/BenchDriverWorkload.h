#pragma once

// The workload of bench_driver, shared by the PDSQLCIPHER run (bench_driver) and the QSQLITE run
// (bench_driver_qsqlite, a separate process: libsqlcipher and libsqlite3 export the same
// symbols). The raw SQLCipher run in bench_driver does the same work through the C API.

#include "BenchSupport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace pd::bench::driver {

struct Config
{
    int rows = 100000;
    int lookups = 10000;
    int cacheKib = 0; // PRAGMA cache_size = -cacheKib on every connection; 0: SQLite's 2 MB
};

inline QByteArray cachePragma(const Config &config)
{
    return "PRAGMA cache_size = -" + QByteArray::number(config.cacheKib);
}

struct Timings
{
    double insertMs = 0;
    double scanMs = 0;
    double lookupMs = 0;
    double floorScanMs = 0; // the raw run only: the scan through BenchQtFloor.h
    qint64 scanSum = 0;
    qint64 lookupSum = 0;
};

inline double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

// The same pseudo-random probe sequence for every run.
inline std::vector<qint64> lookupIds(const Config &config)
{
    std::vector<qint64> ids;
    ids.reserve(static_cast<std::size_t>(config.lookups));
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < config.lookups; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        ids.push_back(static_cast<qint64>((state >> 33) % static_cast<quint64>(config.rows)) + 1);
    }
    return ids;
}

inline QByteArray payloadFor(int i)
{
    QByteArray payload(32, Qt::Uninitialized);
    for (qsizetype b = 0; b < payload.size(); ++b)
        payload[b] = static_cast<char>((i + b) & 0xff);
    return payload;
}

inline constexpr const char *schema
    = "CREATE TABLE bench(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount INTEGER NOT NULL, "
      "payload BLOB)";

// Insert, scan and look up through Qt Sql on an open connection (any driver).
inline Timings runQtSql(QSqlDatabase &db, const Config &config)
{
    using namespace Qt::StringLiterals;
    Timings t;
    const std::vector<qint64> ids = lookupIds(config);
    {
        QSqlQuery query(db);
        if (config.cacheKib > 0 && !query.exec(QString::fromLatin1(cachePragma(config))))
            die(query.lastError().text());
        if (!query.exec(QString::fromLatin1(schema)))
            die(query.lastError().text());
    }

    t.insertMs = timed([&] {
        if (!db.transaction())
            die(db.lastError().text());
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO bench(id, name, amount, payload) VALUES (?, ?, ?, ?)"_s);
        for (int i = 1; i <= config.rows; ++i) {
            insert.bindValue(0, i);
            insert.bindValue(1, u"name %1"_s.arg(i));
            insert.bindValue(2, i % 1000);
            insert.bindValue(3, payloadFor(i));
            if (!insert.exec())
                die(insert.lastError().text());
        }
        if (!db.commit())
            die(db.lastError().text());
    });

    t.scanMs = timed([&] {
        QSqlQuery scan(db);
        scan.setForwardOnly(true);
        if (!scan.exec(u"SELECT amount FROM bench"_s))
            die(scan.lastError().text());
        while (scan.next())
            t.scanSum += scan.value(0).toLongLong();
    });

    t.lookupMs = timed([&] {
        QSqlQuery lookup(db);
        lookup.setForwardOnly(true);
        lookup.prepare(u"SELECT name, amount FROM bench WHERE id = ?"_s);
        for (const qint64 id : ids) {
            lookup.bindValue(0, id);
            if (!lookup.exec() || !lookup.next())
                die(lookup.lastError().text());
            t.lookupSum += lookup.value(1).toLongLong() + lookup.value(0).toString().size();
        }
    });
    return t;
}

} // namespace pd::bench::driver
