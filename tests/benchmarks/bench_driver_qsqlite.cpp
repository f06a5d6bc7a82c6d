// bench_driver's plaintext reference: the same workload through Qt's own QSQLITE driver
// (libsqlite3, no encryption). A program of its own because libsqlcipher and libsqlite3 export
// the same symbols; it links neither our driver nor libsqlcipher. bench_driver starts it once
// per round and reads one line: "insertMs scanMs lookupMs scanSum lookupSum".
//
//   bench_driver_qsqlite --file DB --rows N --lookups N [--cache-kib N]

#include "BenchDriverWorkload.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pd::bench;

int main(int argc, char *argv[])
{
    programName() = "bench_driver_qsqlite";
    QCoreApplication app(argc, argv);
    driver::Config config;
    QString file;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        bool ok = true;
        if (args.at(i) == "--file"_L1)
            file = args.at(i + 1);
        else if (args.at(i) == "--rows"_L1)
            config.rows = args.at(i + 1).toInt(&ok);
        else if (args.at(i) == "--lookups"_L1)
            config.lookups = args.at(i + 1).toInt(&ok);
        else if (args.at(i) == "--cache-kib"_L1)
            config.cacheKib = args.at(i + 1).toInt(&ok);
        else
            ok = false;
        if (!ok)
            die(u"usage: bench_driver_qsqlite --file DB --rows N --lookups N"_s);
    }
    if (file.isEmpty() || config.rows <= 0 || config.lookups <= 0 || args.size() % 2 == 0)
        die(u"usage: bench_driver_qsqlite --file DB --rows N --lookups N"_s);

    driver::Timings t;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        db.setDatabaseName(file);
        if (!db.open())
            die(db.lastError().text());
        // The connection pragmas of PDSQLCIPHER, without the key.
        QSqlQuery pragma(db);
        for (const auto *statement :
             { "PRAGMA page_size = 4096", "PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000",
               "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON",
               "PRAGMA temp_store = MEMORY" }) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                die(pragma.lastError().text());
        }
        pragma.finish();
        t = driver::runQtSql(db, config);
    }
    QSqlDatabase::removeDatabase(u"bench"_s);
    QFile::remove(file);
    QFile::remove(file + "-wal"_L1);
    QFile::remove(file + "-shm"_L1);
    std::printf("%.3f %.3f %.3f %lld %lld\n", t.insertMs, t.scanMs, t.lookupMs,
                static_cast<long long>(t.scanSum), static_cast<long long>(t.lookupSum));
    return 0;
}
