// The PDSQLCIPHER driver against the raw SQLCipher C API on the same encrypted set-up (raw key,
// cipher_page_size 4096, WAL, no connection mutex and the same connection pragmas), to show what Qt
// Sql and the driver's row cache cost, and against Qt's own QSQLITE driver on a plaintext file (in
// a separate process, bench_driver_qsqlite: libsqlcipher and libsqlite3 export the same symbols),
// to show what our driver costs beyond what any Qt Sql driver costs.
//
// One run swings by a factor of two on a busy machine, so the three runs are interleaved for
// several rounds (their order rotating each round) and the table shows medians, the spread of
// the per-round ratios and the goals set for them. Measures only; never asserts on time.
//
// Below the table, the scan's Qt Sql floor (BenchQtFloor.h): the same QSqlQuery loop through a
// result that does nothing but step and read, on the raw connection after the raw scan. The
// driver cannot get below it; what it costs above the raw loop is Qt's own code. The scan's goal
// is the driver at most 1.1x that floor; its ratio to the raw C loop is printed as information.
//
//   bench_driver [--quick] [--rows N] [--rounds N] [--cache-kib N]
//
// --cache-kib N: PRAGMA cache_size = -N on all three connections (default: SQLite's 2 MB, with
// which a scan of 100,000 rows decrypts most of its pages again).

#include "BenchDriverWorkload.h"
#include "BenchQtFloor.h"
#include "crypto/SecureBytes.h"
#include "sql/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

using namespace pd::bench;
using namespace pd::bench::driver;

Timings runDriver(const QString &file, const pd::SecureBytes &key, const Config &config)
{
    Timings t;
    {
        pd::sql::registerSqlCipherDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"PDSQLCIPHER"_s, u"bench"_s);
        static_cast<pd::sql::SqlCipherDriver *>(db.driver())
            ->setKey(pd::SecureBytes::copyOf(key.data(), key.size()));
        db.setDatabaseName(file);
        db.setConnectOptions(u"PD_CREATE"_s);
        if (!db.open())
            die(db.lastError().text());
        t = runQtSql(db, config);
    }
    QSqlDatabase::removeDatabase(u"bench"_s);
    return t;
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(QString::fromLatin1(what) + u": "_s + QString::fromUtf8(sqlite3_errmsg(db)));
}

void execRaw(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

Timings runRaw(const QString &file, const pd::SecureBytes &key, const Config &config)
{
    Timings t;
    const std::vector<qint64> ids = lookupIds(config);
    sqlite3 *db = nullptr;
    const QByteArray path = file.toLocal8Bit();
    check(db,
          sqlite3_open_v2(path.constData(), &db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                          nullptr),
          "open");

    pd::SecureBytes hex = key.toHex();
    pd::SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::memcpy(raw.data() + 2, hex.data(), hex.size());
    raw.data()[raw.size() - 1] = '\'';
    check(db, sqlite3_key(db, raw.data(), static_cast<int>(raw.size())), "key");
    raw.clear();
    hex.clear();
    execRaw(db, "PRAGMA cipher_page_size = 4096");
    sqlite3_busy_timeout(db, 5000);
    execRaw(db, "SELECT count(*) FROM sqlite_master");
    execRaw(db,
            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
            "PRAGMA temp_store = MEMORY");
    if (config.cacheKib > 0)
        execRaw(db, cachePragma(config).constData());
    execRaw(db, schema);

    t.insertMs = timed([&] {
        execRaw(db, "BEGIN IMMEDIATE");
        sqlite3_stmt *stmt = nullptr;
        check(db,
              sqlite3_prepare_v2(db,
                                 "INSERT INTO bench(id, name, amount, payload) VALUES (?, ?, ?, ?)",
                                 -1, &stmt, nullptr),
              "prepare insert");
        char name[32];
        for (int i = 1; i <= config.rows; ++i) {
            const int length = std::snprintf(name, sizeof name, "name %d", i);
            const QByteArray payload = payloadFor(i);
            sqlite3_bind_int64(stmt, 1, i);
            sqlite3_bind_text(stmt, 2, name, length, nullptr); // SQLITE_STATIC: lives past step
            sqlite3_bind_int64(stmt, 3, i % 1000);
            sqlite3_bind_blob(stmt, 4, payload.constData(), static_cast<int>(payload.size()),
                              nullptr);
            check(db, sqlite3_step(stmt), "insert");
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        execRaw(db, "COMMIT");
    });

    t.scanMs = timed([&] {
        sqlite3_stmt *stmt = nullptr;
        check(db, sqlite3_prepare_v2(db, "SELECT amount FROM bench", -1, &stmt, nullptr), "scan");
        while (sqlite3_step(stmt) == SQLITE_ROW)
            t.scanSum += sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    });
    // The raw scan stays the first after the insert, as the driver's is: the floor comes second.
    qint64 floorSum = 0;
    t.floorScanMs = floorScanMs(db, floorSum);
    if (floorSum != t.scanSum)
        die(u"the Qt Sql floor's scan summed %1, the raw scan %2"_s.arg(floorSum).arg(t.scanSum));

    t.lookupMs = timed([&] {
        sqlite3_stmt *stmt = nullptr;
        check(db,
              sqlite3_prepare_v2(db, "SELECT name, amount FROM bench WHERE id = ?", -1, &stmt,
                                 nullptr),
              "prepare lookup");
        for (const qint64 id : ids) {
            sqlite3_bind_int64(stmt, 1, id);
            if (sqlite3_step(stmt) != SQLITE_ROW)
                die(u"lookup found no row"_s);
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const int bytes = sqlite3_column_bytes(stmt, 0);
            t.lookupSum += sqlite3_column_int64(stmt, 1) + QString::fromUtf8(text, bytes).size();
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    });

    sqlite3_close(db);
    return t;
}

// The QSQLITE reference in its own process, on a plaintext file it removes again.
Timings runQsqlite(const QString &file, const Config &config)
{
    const QString program = QCoreApplication::applicationDirPath() + "/bench_driver_qsqlite"_L1;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program,
                { u"--file"_s, file, u"--rows"_s, QString::number(config.rows), u"--lookups"_s,
                  QString::number(config.lookups), u"--cache-kib"_s,
                  QString::number(config.cacheKib) });
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        die(u"%1 failed: %2"_s.arg(program, child.errorString()));
    const QStringList fields
        = QString::fromLatin1(child.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    Timings t;
    bool ok[5] = {};
    if (fields.size() == 5) {
        t.insertMs = fields.at(0).toDouble(&ok[0]);
        t.scanMs = fields.at(1).toDouble(&ok[1]);
        t.lookupMs = fields.at(2).toDouble(&ok[2]);
        t.scanSum = fields.at(3).trimmed().toLongLong(&ok[3]);
        t.lookupSum = fields.at(4).trimmed().toLongLong(&ok[4]);
    }
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
        die(u"%1 printed no timings"_s.arg(program));
    return t;
}

void removeDatabase(const QString &file)
{
    for (const auto *suffix : { "", "-wal", "-shm" })
        QFile::remove(file + QLatin1StringView(suffix));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Series
{
    QList<double> raw, driver, qsqlite;
};

struct Ratio
{
    double median = 0;
    double low = 0;
    double high = 0;
};

// The median of the per-round ratios (each round's runs saw the same machine), with their range.
Ratio ratioOf(const QList<double> &numerators, const QList<double> &denominators)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < numerators.size(); ++i)
        ratios << (denominators.at(i) > 0 ? numerators.at(i) / denominators.at(i) : 0.0);
    const auto [low, high] = std::minmax_element(ratios.cbegin(), ratios.cend());
    return { median(ratios), *low, *high };
}

QString spread(const Ratio &ratio)
{
    return u"%1 (%2-%3)"_s.arg(ratio.median, 0, 'f', 2)
        .arg(ratio.low, 0, 'f', 2)
        .arg(ratio.high, 0, 'f', 2);
}

void printRow(const char *operation, int rows, const Series &series, double goalVsRaw,
              double goalVsQsqlite)
{
    const Ratio vsRaw = ratioOf(series.driver, series.raw);
    const Ratio vsQsqlite = ratioOf(series.driver, series.qsqlite);
    const auto goal = [](const Ratio &ratio, double limit) {
        if (limit <= 0)
            return QString(u"-"_s);
        return u"<= %1 %2"_s.arg(limit, 0, 'f', 2)
            .arg(ratio.median <= limit ? "met"_L1 : "MISS"_L1);
    };
    std::printf("| %-26s | %7d | %8.1f | %9.1f | %10.1f | %-18s | %-12s | %-18s | %-12s |\n",
                operation, rows, median(series.raw), median(series.driver), median(series.qsqlite),
                qPrintable(spread(vsRaw)), qPrintable(goal(vsRaw, goalVsRaw)),
                qPrintable(spread(vsQsqlite)), qPrintable(goal(vsQsqlite, goalVsQsqlite)));
}

// What any Qt Sql driver costs at least on the scan: the floor against the raw loop (what Qt
// itself costs, as information), and the driver against the floor, the scan's goal: what any Qt
// application pays is not the driver's to save. Per round, like the table's ratios.
void printFloor(const QList<double> &floorScans, const Series &scan)
{
    constexpr double goalVsFloor = 1.1;
    const Ratio vsFloor = ratioOf(scan.driver, floorScans);
    std::printf("\nQt Sql floor of the full scan (the same QSqlQuery loop over a result that only "
                "steps and reads sqlite3_column_int64, on the raw connection): %.1f ms\n"
                "  driver / Qt Sql floor: %s, goal <= %.2f %s\n"
                "  floor / raw: %s (Qt Sql's own cost, information)\n",
                median(floorScans), qPrintable(spread(vsFloor)), goalVsFloor,
                vsFloor.median <= goalVsFloor ? "met" : "MISS",
                qPrintable(spread(ratioOf(floorScans, scan.raw))));
}

} // namespace

int main(int argc, char *argv[])
{
    programName() = "bench_driver";
    QCoreApplication app(argc, argv);
    Config config;
    int rounds = 7;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            config.rows = 10000;
            config.lookups = 1000;
            rounds = 3;
        } else if (args.at(i) == "--rows"_L1 && i + 1 < args.size()) {
            bool ok = false;
            config.rows = args.at(++i).toInt(&ok);
            if (!ok || config.rows <= 0)
                die(u"--rows needs a positive number"_s);
            config.lookups = qMin(10000, config.rows);
        } else if (args.at(i) == "--cache-kib"_L1 && i + 1 < args.size()) {
            bool ok = false;
            config.cacheKib = args.at(++i).toInt(&ok);
            if (!ok || config.cacheKib <= 0)
                die(u"--cache-kib needs a positive number"_s);
        } else if (args.at(i) == "--rounds"_L1 && i + 1 < args.size()) {
            bool ok = false;
            rounds = args.at(++i).toInt(&ok);
            if (!ok || rounds <= 0)
                die(u"--rounds needs a positive number"_s);
        } else {
            std::fprintf(stderr,
                         "usage: bench_driver [--quick] [--rows N] [--rounds N] [--cache-kib N]\n");
            return 2;
        }
    }
    if (!pd::initSodium())
        die(u"libsodium cannot initialise"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"no temporary directory"_s);
    const pd::SecureBytes key = pd::SecureBytes::random(32);

    std::printf("SQLCipher driver benchmark: %d rows, %d lookups, encrypted (QSQLITE: plaintext), "
                "WAL, %d interleaved rounds, page cache %s\n\n",
                config.rows, config.lookups, rounds,
                config.cacheKib > 0 ? qPrintable(u"%1 KiB"_s.arg(config.cacheKib))
                                    : "2 MB (default)");
    std::fflush(stdout);

    Series insert, scan, lookup;
    QList<double> floorScans; // one a round, from the raw run
    Timings reference; // the raw run's sums, which every other run must reproduce
    const auto record = [&](QList<double> Series::*which, const Timings &t) {
        (insert.*which) << t.insertMs;
        (scan.*which) << t.scanMs;
        (lookup.*which) << t.lookupMs;
        if (reference.scanSum == 0 && reference.lookupSum == 0)
            reference = t;
        else if (t.scanSum != reference.scanSum || t.lookupSum != reference.lookupSum)
            die(u"results differ (scan %1 vs %2, lookups %3 vs %4)"_s.arg(t.scanSum)
                    .arg(reference.scanSum)
                    .arg(t.lookupSum)
                    .arg(reference.lookupSum));
    };
    for (int round = 0; round < rounds; ++round) {
        // The order rotates, so that no run always profits from (or pays for) the one before.
        for (int slot = 0; slot < 3; ++slot) {
            const QString file = dir.filePath(u"round%1-%2.db"_s.arg(round).arg(slot));
            switch ((round + slot) % 3) {
            case 0: {
                const Timings t = runRaw(file, key, config);
                floorScans << t.floorScanMs;
                record(&Series::raw, t);
                break;
            }
            case 1:
                record(&Series::driver, runDriver(file, key, config));
                break;
            default:
                record(&Series::qsqlite, runQsqlite(file, config));
                break;
            }
            removeDatabase(file);
        }
    }

    std::printf("| %-26s | %7s | %8s | %9s | %10s | %-18s | %-12s | %-18s | %-12s |\n",
                "operation (median ms)", "rows", "raw", "driver", "QSQLITE", "driver / raw", "goal",
                "driver / QSQLITE", "goal");
    std::printf(
        "|----------------------------|---------|----------|-----------|------------|-------"
        "-------------|--------------|--------------------|--------------|\n");
    printRow("insert (one transaction)", config.rows, insert, 1.5, 0);
    // The scan's goal is against Qt's own floor (below the table); against raw C it is shown only.
    printRow("full scan (sum a column)", config.rows, scan, 0, 1.15);
    printRow("point lookups by key", config.lookups, lookup, 0, 0);
    std::printf("\nratios: median of the per-round ratios (lowest-highest); raw = SQLCipher C API "
                "on the same encrypted file set-up; QSQLITE = Qt's driver on plaintext, own "
                "process\n");
    printFloor(floorScans, scan);
    return 0;
}
