// The person import (issue 19: 100,000 ERP rows in <= 5 s) through the call the CLI's
// `import persons` makes (PersonImport::run: the check pass, then the write in one transaction
// with its audit events and the derived retention items), into a store that already holds the
// requests of a busy desk (default 50,000 demo requests, as bench_caselist; --cases 0 for an
// empty store). The export is shaped like a housing ERP's: klantnummer, naam, relatie,
// einddatum, adres, postcode, plaats, telefoon, email; tenants, former tenants with an end date,
// house-seekers; the store's own demo persons among them (updated), the rest new. Every run
// imports into a fresh copy of the same store. A second measure imports the same file again into
// the imported copy (what a monthly re-import does: mostly unchanged persons). Prints the median
// and worst of several runs with the goal beside it; measures only, never asserts on time.
//
// Issue 42: beside every run the floor program bench_import_floor (built beside this one: the
// SQLCipher C API, no Qt) writes the same rows into a copy of the same store, persons only and
// persons with an audit row each, in one transaction (what it does and leaves out is at the top
// of bench_import_floor.cpp). The copy is the store's database exported (sqlcipher_export) under
// a random key of the bench's own, handed to the floor program on its stdin, never in its
// arguments or environment. The runs alternate (floor, floor, import), and the import's median
// is printed as a ratio to the floor's (goal: at most 2x the floor with an audit row each).
//
//   bench_import [--quick] [--rows N] [--cases N] [--store DIR] [--runs N] [--cache-mb N]...
//
// --store keeps the generated store in DIR (and reuses it when it already exists), so that the
// slow generation runs once. --cache-mb sets PRAGMA cache_size on the import's connection
// (repeatable: one table row per setting; 0 = the connection's own setting).

#include "BenchCpu.h"
#include "BenchSupport.h"
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "registers/PersonImport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

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

// SQLCipher's raw key form of a random key: x'<64 hex>'.
SecureBytes rawKeyForm(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), raw.data() + 2);
    raw.data()[raw.size() - 1] = '\'';
    return raw;
}

// The store's database as the floor program gets it: exported with sqlcipher_export into target
// (0600, made empty first: a store is opened without CREATE) under rawKey, the store's schema,
// triggers and rows. The key is a bound value, never SQL text.
void exportForFloor(const QString &storeDir, const QString &target, const SecureBytes &rawKey)
{
    QFile empty(target);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        die(u"cannot make %1"_s.arg(target));
    empty.close();
    auto store = openStore(storeDir);
    QSqlDatabase db = store->database();
    QSqlQuery query(db);
    query.prepare(u"ATTACH DATABASE ? AS pdfloor KEY ?"_s);
    query.addBindValue(target);
    query.addBindValue(
        QByteArray(reinterpret_cast<const char *>(rawKey.data()), qsizetype(rawKey.size())));
    if (!query.exec())
        die(query.lastError().text());
    if (!db.transaction() || !query.exec(u"SELECT sqlcipher_export('pdfloor')"_s) || !db.commit())
        die(query.lastError().text() + db.lastError().text());
    if (!query.exec(u"DETACH DATABASE pdfloor"_s))
        die(query.lastError().text());
}

struct FloorRun
{
    double ms = 0;
    double cpuMs = 0;
    long long rows = 0;
};

// One run of the floor program on a fresh copy of the exported database.
FloorRun runFloor(const QString &exported, const QString &copy, const SecureBytes &rawKey,
                  const QString &csv, bool audit)
{
    QFile::remove(copy);
    if (!QFile::copy(exported, copy))
        die(u"cannot copy %1"_s.arg(exported));
    QProcess floor;
    floor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    floor.start(QCoreApplication::applicationDirPath() + u"/bench_import_floor"_s,
                { audit ? u"--audit"_s : u"--persons"_s, copy, csv });
    if (!floor.waitForStarted())
        die(u"bench_import_floor did not start"_s);
    floor.write(reinterpret_cast<const char *>(rawKey.data()), qint64(rawKey.size()));
    floor.write("\n");
    floor.closeWriteChannel();
    if (!floor.waitForFinished(-1) || floor.exitStatus() != QProcess::NormalExit
        || floor.exitCode() != 0)
        die(u"bench_import_floor failed"_s);
    // "[events N ]floor_ms MS cpu_ms MS rows N inserted N updated N"
    const QStringList said = QString::fromUtf8(floor.readAllStandardOutput()).split(u' ');
    FloorRun run;
    for (qsizetype i = 0; i + 1 < said.size(); ++i) {
        if (said.at(i) == "floor_ms"_L1)
            run.ms = said.at(i + 1).toDouble();
        else if (said.at(i) == "cpu_ms"_L1)
            run.cpuMs = said.at(i + 1).toDouble();
        else if (said.at(i) == "rows"_L1)
            run.rows = said.at(i + 1).toLongLong();
    }
    for (const QString &file : QStringList { copy, copy + u"-wal"_s, copy + u"-shm"_s })
        QFile::remove(file);
    if (run.ms <= 0)
        die(u"bench_import_floor said nothing"_s);
    return run;
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
    std::printf("ERP export: %d rows, %.1f MiB; %d runs, each into a fresh copy of the store\n",
                rows, static_cast<double>(QFileInfo(csv).size()) / (1024.0 * 1024.0), runCount);
    const SecureBytes floorKey = rawKeyForm(SecureBytes::random(32));
    const QString floorBase = tmp.filePath(u"floor-base.db"_s);
    exportForFloor(storeDir, floorBase, floorKey);
    std::printf("Floor: bench_import_floor on copies of the store's database (the C API, one "
                "transaction)\n\n");

    constexpr double goalMs = 5000.0;
    constexpr double goalRatio = 2.0;
    // The ratio is the import's median over the floor's (with an audit row each): by the wall
    // clock and by CPU time (user + system), which the others' load on a shared machine skews
    // far less.
    std::printf("| %-44s | %9s | %9s | %9s | %9s | %9s | %7s | %7s | %-18s |\n", "measure", "rows",
                "cache KiB", "median ms", "worst ms", "cpu ms", "x floor", "x f.cpu", "goal");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
                "-----------", "-----------", "-----------", "-----------", "-----------",
                "---------", "---------", "--------------------");
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto worst = [](const QList<double> &values) {
        return *std::max_element(values.begin(), values.end());
    };
    for (const int cacheMb : std::as_const(caches)) {
        QList<double> floorPersons;
        QList<double> floorPersonsCpu;
        QList<double> floorAudit;
        QList<double> floorAuditCpu;
        QList<double> first;
        QList<double> again;
        QList<double> firstCpu;
        QList<double> againCpu;
        int kib = 0;
        long long floorRows = 0;
        long long imported = 0;
        long long unchanged = 0;
        for (int run = 0; run < runCount; ++run) {
            const QString floorCopy = tmp.filePath(u"floor-run.db"_s);
            const FloorRun persons = runFloor(floorBase, floorCopy, floorKey, csv, false);
            floorPersons << persons.ms;
            floorPersonsCpu << persons.cpuMs;
            const FloorRun withAudit = runFloor(floorBase, floorCopy, floorKey, csv, true);
            floorAudit << withAudit.ms;
            floorAuditCpu << withAudit.cpuMs;
            floorRows = withAudit.rows;
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
        const auto floorRow = [&](const char *what, const QList<double> &times,
                                  const QList<double> &cpu) {
            std::printf("| %-44s | %9lld | %9d | %9.0f | %9.0f | %9.0f | %7s | %7s | %-18s |\n",
                        what, floorRows, 64 * 1024, median(times), worst(times), median(cpu), "1",
                        "1", "-");
        };
        floorRow("floor: persons (C API)", floorPersons, floorPersonsCpu);
        floorRow("floor: persons + an audit row each (C API)", floorAudit, floorAuditCpu);
        const auto row = [&](const char *what, long long count, const QList<double> &times,
                             const QList<double> &cpu, bool toFloor) {
            const double ms = median(times);
            const double ratio = ms / median(floorAudit);
            const double cpuRatio = median(cpu) / median(floorAuditCpu);
            const QByteArray goal = toFloor ? u"<= %1x floor %2"_s.arg(goalRatio, 0, 'f', 1)
                                                  .arg(ratio <= goalRatio ? u"met"_s : u"MISS"_s)
                                                  .toUtf8()
                                            : u"<= %1 ms %2"_s.arg(goalMs, 0, 'f', 0)
                                                  .arg(ms <= goalMs ? u"met"_s : u"MISS"_s)
                                                  .toUtf8();
            std::printf("| %-44s | %9lld | %9d | %9.0f | %9.0f | %9.0f | %7.2f | %7.2f | %-18s |\n",
                        what, count, kib, ms, worst(times), median(cpu), ratio, cpuRatio,
                        goal.constData());
            std::fflush(stdout);
        };
        row("import (new and updated persons)", imported, first, firstCpu, true);
        row("the same file again (unchanged persons)", unchanged, again, againCpu, false);
    }
    return 0;
}
