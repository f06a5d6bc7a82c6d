// The person import (issue 19: 100,000 ERP rows in <= 5 s) through the call the CLI's
// `import persons` makes (PersonImport::run: the check pass, then the write in one transaction
// with its audit events and the derived retention items), into a store that already holds the
// requests of a busy desk (default 50,000 demo requests, as bench_caselist). The export is
// shaped like a housing ERP's: klantnummer, naam, relatie, einddatum, adres, postcode, plaats,
// telefoon, email; tenants, former tenants with an end date, house-seekers; the store's own
// demo persons among them (updated), the rest new. Every run imports into a fresh copy of the
// same store. A second measure imports the same file again into the imported copy (what a
// monthly re-import does: mostly unchanged persons). Prints the median and worst of several
// runs with the goal beside it; measures only, never asserts on time.
//
//   bench_import [--quick] [--rows N] [--cases N] [--store DIR] [--runs N] [--cache-mb N]...
//
// --store keeps the generated store in DIR (and reuses it when it already exists), so that the
// slow generation runs once. --cache-mb sets PRAGMA cache_size on the import's connection
// (repeatable: one table row per setting; 0 = the connection's own setting).

#include "BenchSupport.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "registers/PersonImport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;

namespace {

const QDate today(2026, 11, 21);

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            die(u"cannot copy %1"_s.arg(source));
    }
}

std::unique_ptr<Store> openStore(const QString &dir)
{
    StoreError error;
    auto store
        = Store::open(dir, test::testUser, SecureBytes::fromUtf8(test::testPassword), &error);
    if (!store)
        die(error.message());
    return store;
}

// An ERP export of `rows` persons: klantnummers K100000 on (the demo persons' numbers, so the
// store's own persons are among them), Dutch names and addresses, a relation mix as a
// corporation has it, an end date for every former tenant.
void writeExport(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(u"cannot write %1"_s.arg(path));
    static const char *const first[] = { "Jan",   "Fatima", "Pieter", "Sanne", "Mohamed",
                                         "Anouk", "Kees",   "Priya",  "Ahmet", "Lotte" };
    static const char *const last[]
        = { "Jansen", "de Vries", "Bakker",  "Yılmaz", "Visser",    "Smit",
            "Çelik",  "Mulder",   "de Boer", "Bos",    "El Amrani", "Dekker" };
    static const char *const streets[]
        = { "Dorpsstraat", "Kerkweg", "Stationsplein", "Molenlaan", "Beukenhof", "Zuidsingel" };
    static const char *const cities[] = { "Utrecht", "Zwolle", "Nieuwegein", "Groningen" };
    QRandomGenerator random(19);
    QByteArray out = "klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email\n";
    for (int i = 0; i < rows; ++i) {
        const int kind = int(random.bounded(100));
        const char *relation = kind < 55 ? "Huurder"
            : kind < 80                  ? "ex-huurder"
            : kind < 95                  ? "woningzoekende"
                                         : "medebewoner";
        QString end;
        if (kind >= 55 && kind < 80)
            end = QDate(2019, 1, 1).addDays(random.bounded(2900)).toString(u"dd-MM-yyyy"_s);
        const QString name = QString::fromUtf8(first[random.bounded(10)]) + u' '
            + QString::fromUtf8(last[random.bounded(12)]);
        const QString line = u"K%1;%2;%3;%4;%5 %6;%7 %8;%9;06-%10;%11@voorbeeld.nl\n"_s.arg(
            QString::number(100000 + i), name, QString::fromLatin1(relation), end,
            QString::fromUtf8(streets[random.bounded(6)]), QString::number(1 + random.bounded(180)),
            QString::number(1000 + random.bounded(8999)),
            QString(QChar(u'A' + random.bounded(26))) + QChar(u'A' + random.bounded(26)),
            QString::fromUtf8(cities[random.bounded(4)]),
            QString::number(10000000 + random.bounded(89999999)), u"klant%1"_s.arg(100000 + i));
        out += line.toUtf8();
    }
    if (file.write(out) != out.size())
        die(u"cannot write %1"_s.arg(path));
}

// CPU time of this process (user + system) in milliseconds: beside the wall clock, because the
// machine it runs on is shared and the wall clock also measures the others' load.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void setCache(Store &store, int megabytes)
{
    if (megabytes <= 0)
        return;
    QSqlQuery pragma(store.database());
    if (!pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(megabytes * 1024)))
        die(pragma.lastError().text());
}

int cacheKiB(Store &store)
{
    QSqlQuery pragma(store.database());
    if (!pragma.exec(u"PRAGMA cache_size"_s) || !pragma.next())
        die(pragma.lastError().text());
    const int pages = pragma.value(0).toInt();
    return pages < 0 ? -pages : pages * 4;
}

ImportResult importFile(Store &store, const QString &file)
{
    PersonImport importer(store);
    ImportResult result = importer.run(file, {});
    if (!result.ok())
        die(result.error);
    if (!result.rejected.isEmpty())
        die(u"line %1 rejected: %2"_s.arg(result.rejected.constFirst().line)
                .arg(result.rejected.constFirst().reason));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_import";
    QCoreApplication app(argc, argv);
    int rows = 100000;
    int cases = 50000;
    int runCount = 3;
    QString storeDir;
    QList<int> caches;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            rows = 1000;
            cases = 200;
            runCount = 1;
        } else if (args.at(i) == "--rows"_L1 && i + 1 < args.size()) {
            rows = args.at(++i).toInt();
        } else if (args.at(i) == "--cases"_L1 && i + 1 < args.size()) {
            cases = args.at(++i).toInt();
        } else if (args.at(i) == "--store"_L1 && i + 1 < args.size()) {
            storeDir = args.at(++i);
        } else if (args.at(i) == "--runs"_L1 && i + 1 < args.size()) {
            runCount = args.at(++i).toInt();
        } else if (args.at(i) == "--cache-mb"_L1 && i + 1 < args.size()) {
            caches << args.at(++i).toInt();
        } else {
            die(u"usage: bench_import [--quick] [--rows N] [--cases N] [--store DIR] [--runs N] "
                "[--cache-mb N]..."_s);
        }
    }
    if (rows <= 0 || cases < 0 || runCount <= 0)
        die(u"--rows and --runs must be positive"_s);
    if (caches.isEmpty())
        caches << 0;
    if (!initSodium())
        die(u"libsodium did not initialise"_s);

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(u"no temporary folder"_s);
    if (storeDir.isEmpty())
        storeDir = tmp.filePath(u"base"_s);
    if (Store::looksLikeStore(storeDir)) {
        std::printf("Reusing the store in %s\n", qPrintable(storeDir));
    } else {
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        options.demo = cases > 0;
        QString recovery;
        StoreError error;
        auto store
            = Store::create(storeDir, test::testUser, SecureBytes::fromUtf8(test::testPassword),
                            options, &recovery, &error);
        if (!store)
            die(error.message());
        if (cases > 0) {
            QElapsedTimer timer;
            timer.start();
            DemoOptions demo;
            demo.cases = cases;
            demo.today = today;
            QString failure;
            if (!DemoData::generate(*store, demo, {}, &failure))
                die(failure);
            std::printf("Generated %d demo cases in %.1f s\n", cases, msSince(timer) / 1000.0);
        }
    }
    {
        auto store = openStore(storeDir);
        const auto count = [&](const QString &table) {
            QSqlQuery query(store->database());
            if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
                die(query.lastError().text());
            return query.value(0).toLongLong();
        };
        std::printf("Store: %lld requests, %lld persons, %lld audit events, %.1f MiB\n",
                    count(u"cases"_s), count(u"persons"_s), count(u"audit_events"_s),
                    static_cast<double>(store->info().databaseBytes) / (1024.0 * 1024.0));
    }
    const QString csv = tmp.filePath(u"erp-export.csv"_s);
    writeExport(csv, rows);
    std::printf("ERP export: %d rows, %.1f MiB; %d runs, each into a fresh copy of the store\n\n",
                rows, static_cast<double>(QFileInfo(csv).size()) / (1024.0 * 1024.0), runCount);

    constexpr double goalMs = 5000.0;
    std::printf("| %-44s | %9s | %9s | %9s | %9s | %9s | %-14s |\n", "measure", "rows", "cache KiB",
                "median ms", "worst ms", "cpu ms", "goal");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
                "-----------", "-----------", "-----------", "-----------", "-----------",
                "----------------");
    for (const int cacheMb : std::as_const(caches)) {
        QList<double> first;
        QList<double> again;
        QList<double> firstCpu;
        QList<double> againCpu;
        int kib = 0;
        long long imported = 0;
        long long unchanged = 0;
        for (int run = 0; run < runCount; ++run) {
            const QString runDir = tmp.filePath(u"run-%1-%2"_s.arg(cacheMb).arg(run));
            copyFolder(storeDir, runDir);
            {
                auto store = openStore(runDir);
                setCache(*store, cacheMb);
                kib = cacheKiB(*store);
                QElapsedTimer timer;
                timer.start();
                double cpu = cpuMs();
                const ImportResult result = importFile(*store, csv);
                first << msSince(timer);
                firstCpu << cpuMs() - cpu;
                imported = result.imported + result.updated + result.unchanged;
                timer.restart();
                cpu = cpuMs();
                const ImportResult second = importFile(*store, csv);
                again << msSince(timer);
                againCpu << cpuMs() - cpu;
                unchanged = second.unchanged;
            }
            QDir(runDir).removeRecursively();
        }
        const auto row
            = [&](const char *what, long long count, QList<double> times, QList<double> cpu) {
                  std::sort(times.begin(), times.end());
                  std::sort(cpu.begin(), cpu.end());
                  const double median = times.at(times.size() / 2);
                  std::printf("| %-44s | %9lld | %9d | %9.0f | %9.0f | %9.0f | <= %.0f ms %-4s |\n",
                              what, count, kib, median, times.constLast(), cpu.at(cpu.size() / 2),
                              goalMs, median <= goalMs ? "met" : "MISS");
                  std::fflush(stdout);
              };
        row("import (new and updated persons)", imported, first, firstCpu);
        row("the same file again (unchanged persons)", unchanged, again, againCpu);
    }
    return 0;
}
