// The PDSQLCIPHER driver against the raw SQLCipher C API on the same encrypted set-up (raw key,
// cipher_page_size 4096, WAL and the same connection pragmas), to show what Qt Sql and the
// driver's row cache cost. Measures only; never asserts on time.
//
//   bench_driver [--quick] [--rows N]

#include "crypto/SecureBytes.h"
#include "sql/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Config
{
    int rows = 100000;
    int lookups = 10000;
};

struct Timings
{
    double insertMs = 0;
    double scanMs = 0;
    double lookupMs = 0;
    qint64 scanSum = 0;
    qint64 lookupSum = 0;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_driver: %s\n", qPrintable(what));
    std::exit(2);
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The same pseudo-random probe sequence for both runs.
std::vector<qint64> lookupIds(const Config &config)
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

QByteArray payloadFor(int i)
{
    QByteArray payload(32, Qt::Uninitialized);
    for (qsizetype b = 0; b < payload.size(); ++b)
        payload[b] = static_cast<char>((i + b) & 0xff);
    return payload;
}

constexpr const char *schema
    = "CREATE TABLE bench(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount INTEGER NOT NULL, "
      "payload BLOB)";

Timings runDriver(const QString &file, const pd::SecureBytes &key, const Config &config)
{
    Timings t;
    const std::vector<qint64> ids = lookupIds(config);
    {
        pd::sql::registerSqlCipherDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"PDSQLCIPHER"_s, u"bench"_s);
        static_cast<pd::sql::SqlCipherDriver *>(db.driver())
            ->setKey(pd::SecureBytes::copyOf(key.data(), key.size()));
        db.setDatabaseName(file);
        db.setConnectOptions(u"PD_CREATE"_s);
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(schema)))
            die(query.lastError().text());

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
    check(
        db,
        sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
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

void printRow(const char *operation, int rows, double driverMs, double rawMs)
{
    std::printf("%-28s %9d %12.1f %12.1f %8.2f\n", operation, rows, driverMs, rawMs,
                rawMs > 0 ? driverMs / rawMs : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Config config;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            config.rows = 10000;
            config.lookups = 1000;
        } else if (args.at(i) == "--rows"_L1 && i + 1 < args.size()) {
            bool ok = false;
            config.rows = args.at(++i).toInt(&ok);
            if (!ok || config.rows <= 0)
                die(u"--rows needs a positive number"_s);
            config.lookups = qMin(10000, config.rows);
        } else {
            std::fprintf(stderr, "usage: bench_driver [--quick] [--rows N]\n");
            return 2;
        }
    }
    if (!pd::initSodium())
        die(u"libsodium cannot initialise"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"no temporary directory"_s);
    const pd::SecureBytes key = pd::SecureBytes::random(32);

    // Raw first, so that any warm-up of the page cache or the allocator favours the reference.
    const Timings raw = runRaw(dir.filePath(u"raw.db"_s), key, config);
    const Timings driver = runDriver(dir.filePath(u"driver.db"_s), key, config);

    std::printf("SQLCipher driver benchmark: %d rows, %d lookups, encrypted, WAL\n", config.rows,
                config.lookups);
    std::printf("%-28s %9s %12s %12s %8s\n", "operation", "rows", "driver ms", "raw ms", "ratio");
    printRow("insert (one transaction)", config.rows, driver.insertMs, raw.insertMs);
    printRow("full scan (sum a column)", config.rows, driver.scanMs, raw.scanMs);
    printRow("point lookups by key", config.lookups, driver.lookupMs, raw.lookupMs);
    std::printf("ratio = driver / raw\n");

    if (driver.scanSum != raw.scanSum || driver.lookupSum != raw.lookupSum) {
        std::fprintf(
            stderr, "bench_driver: results differ (scan %lld vs %lld, lookups %lld vs %lld)\n",
            static_cast<long long>(driver.scanSum), static_cast<long long>(raw.scanSum),
            static_cast<long long>(driver.lookupSum), static_cast<long long>(raw.lookupSum));
        return 1;
    }
    return 0;
}
