// The person import (100,000 ERP rows in <= 5 s) through the call the CLI's
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
// Beside every run the floor program bench_import_floor (built beside this one: the
// SQLCipher C API, no Qt) writes into a copy of the same store, in one transaction, the rows the
// import writes: the persons (inserted or updated), their retention items, the search rows of the
// requests of persons whose name or postcode changed, and an audit event each with its chain hash
// (and the import's summary event) - everything except the checks of each line, and Qt (what it
// does and leaves out exactly is at the top of bench_import_floor.cpp: --same-rows). It also
// writes the persons alone (--persons), a figure for information. The copy is the store's
// database exported (sqlcipher_export) under a random key of the bench's own, handed to the floor
// program on its stdin, never in its arguments or environment. The runs alternate (floor, floor,
// import), and the import's median is printed as a ratio to the same-rows floor's (goal: at most
// 2x), with the share of the import's time spent beyond writing those rows, (import - floor) /
// import: the checks of each line, parsing, Qt. After the first run the floor's copy and the
// import's copy are compared (the counts of persons, retention items, audit events and search
// rows, then the rows themselves): the bench stops when they differ, since the ratio would then
// compare unlike work.
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
#include "session/Session.h"
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

// A floor database attached to the store's connection as pdfloor, under rawKey. The key is a
// bound value, never SQL text.
void attachFloor(const QSqlDatabase &db, const QString &path, const SecureBytes &rawKey)
{
    QSqlQuery query(db);
    query.prepare(u"ATTACH DATABASE ? AS pdfloor KEY ?"_s);
    query.addBindValue(path);
    query.addBindValue(
        QByteArray(reinterpret_cast<const char *>(rawKey.data()), qsizetype(rawKey.size())));
    if (!query.exec())
        die(query.lastError().text());
}

void detachFloor(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"DETACH DATABASE pdfloor"_s))
        die(query.lastError().text());
}

// The store's database as the floor program gets it: exported with sqlcipher_export into target
// (0600, made empty first: a store is opened without CREATE) under rawKey, the store's schema,
// triggers and rows.
void exportForFloor(const QString &storeDir, const QString &target, const SecureBytes &rawKey)
{
    QFile empty(target);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        die(u"cannot make %1"_s.arg(target));
    empty.close();
    auto store = openStore(storeDir);
    QSqlDatabase db = store->database();
    attachFloor(db, target, rawKey);
    QSqlQuery query(db);
    if (!db.transaction() || !query.exec(u"SELECT sqlcipher_export('pdfloor')"_s) || !db.commit())
        die(query.lastError().text() + db.lastError().text());
    detachFloor(db);
}

struct FloorRun
{
    double ms = 0;
    double cpuMs = 0;
    long long rows = 0;
};

void removeDatabase(const QString &path)
{
    for (const QString &file : QStringList { path, path + u"-wal"_s, path + u"-shm"_s })
        QFile::remove(file);
}

// One run of the floor program (mode: --persons or --same-rows) on a fresh copy of the exported
// database; keep leaves the copy for verifySameRows.
FloorRun runFloor(const QString &exported, const QString &copy, const SecureBytes &rawKey,
                  const QString &csv, const QString &mode, bool keep = false)
{
    QFile::remove(copy);
    if (!QFile::copy(exported, copy))
        die(u"cannot copy %1"_s.arg(exported));
    QProcess floor;
    floor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    floor.start(QCoreApplication::applicationDirPath() + u"/bench_import_floor"_s,
                { mode, copy, csv });
    if (!floor.waitForStarted())
        die(u"bench_import_floor did not start"_s);
    floor.write(reinterpret_cast<const char *>(rawKey.data()), qint64(rawKey.size()));
    floor.write("\n");
    floor.closeWriteChannel();
    if (!floor.waitForFinished(-1) || floor.exitStatus() != QProcess::NormalExit
        || floor.exitCode() != 0)
        die(u"bench_import_floor failed"_s);
    // "[events N ]floor_ms MS cpu_ms MS rows N inserted N updated N unchanged N[ ...]"
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
    if (!keep)
        removeDatabase(copy);
    if (run.ms <= 0)
        die(u"bench_import_floor said nothing"_s);
    return run;
}

// The floor must write the rows the import writes, or its ratio compares unlike work: after one
// run the floor's copy (floorCopy, --same-rows) is attached to the store the import wrote, and
// the two are compared, table by table, first by count, then by the rows themselves in the
// columns both write alike (not when or by whom: the floor writes created_at, occurred_at, actor
// and created_by of its own; not the audit hashes, chained under the floor's own key). The audit
// events compare exactly: the floor writes the import's one summary event
// (retention.terms.derived) too. Stops the bench with what differs; else says what was compared.
QString verifySameRows(Store &store, const QString &floorCopy, const SecureBytes &rawKey)
{
    struct Table
    {
        QString name;
        const char *label;
        QString columns;
    };
    const Table tables[] = {
        { u"persons"_s, "persons",
          u"id, klantnummer, name, relation, street, house_number, postcode, city, phone, email, "
          "relation_end, source, anonymised_at"_s },
        { u"retention_items"_s, "retention items",
          u"person_id, rule_id, trigger_date, expires_on, destroyed_on, derived"_s },
        { u"audit_events"_s, "audit events", u"seq, entity_type, entity_id, action, payload"_s },
        { u"case_search"_s, "search rows", u"docid, name, number, klantnummer, postcode"_s },
    };
    QSqlDatabase db = store.database();
    attachFloor(db, floorCopy, rawKey);
    const auto number = [&](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            die(query.lastError().text());
        return query.value(0).toLongLong();
    };
    QStringList differences;
    QStringList same;
    for (const Table &table : tables) {
        const long long imported = number(u"SELECT count(*) FROM main."_s + table.name);
        const long long floor = number(u"SELECT count(*) FROM pdfloor."_s + table.name);
        const auto only = [&](const QString &in, const QString &notIn) {
            return number(u"SELECT count(*) FROM (SELECT %1 FROM %2.%3 EXCEPT SELECT %1 FROM "
                          "%4.%3)"_s.arg(table.columns, in, table.name, notIn));
        };
        const long long onlyImported = only(u"main"_s, u"pdfloor"_s);
        const long long onlyFloor = only(u"pdfloor"_s, u"main"_s);
        const QString label = QString::fromLatin1(table.label);
        if (imported != floor)
            differences
                << u"%1: %2 in the import's copy, %3 in the floor's"_s.arg(label).arg(imported).arg(
                       floor);
        if (onlyImported != 0 || onlyFloor != 0)
            differences << u"%1: %2 rows only in the import's copy, %3 only in the floor's"_s
                               .arg(label)
                               .arg(onlyImported)
                               .arg(onlyFloor);
        same << u"%1 %2"_s.arg(imported).arg(label);
    }
    // Which events differ: the actions whose counts do (the import's summary events among them).
    QSqlQuery actions(db);
    if (!actions.exec(u"SELECT action, sum(i), sum(f) FROM (SELECT action, 1 AS i, 0 AS f FROM "
                      "main.audit_events UNION ALL SELECT action, 0, 1 FROM "
                      "pdfloor.audit_events) GROUP BY action HAVING sum(i) <> sum(f)"_s))
        die(actions.lastError().text());
    while (actions.next())
        differences << u"audit events %1: %2 in the import's copy, %3 in the floor's"_s
                           .arg(actions.value(0).toString())
                           .arg(actions.value(1).toLongLong())
                           .arg(actions.value(2).toLongLong());
    actions.finish();
    detachFloor(db);
    if (!differences.isEmpty())
        die(u"the floor does not write the rows the import writes (bench_import_floor.cpp must "
            "follow the import): "_s
            + differences.join(u"; "_s));
    return u"Same rows: after the first run the floor's copy and the import's copy held the same "_s
        + same.join(u", "_s) + u'.';
}

ImportResult importFile(Store &store, const QString &file)
{
    PersonImport importer(Session { store });
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
    // The ratio is the import's median over the same-rows floor's: by the wall clock and by CPU
    // time (user + system), which the others' load on a shared machine skews far less. Beyond:
    // (import - floor) / import, the share of the import's time beyond writing the same rows.
    std::printf("| %-44s | %9s | %9s | %9s | %9s | %9s | %7s | %7s | %7s | %7s | %-18s |\n",
                "measure", "rows", "cache KiB", "median ms", "worst ms", "cpu ms", "x floor",
                "x f.cpu", "beyond", "b. cpu", "goal");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n",
                "----------------------------------------------", "-----------", "-----------",
                "-----------", "-----------", "-----------", "---------", "---------", "---------",
                "---------", "--------------------");
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto worst = [](const QList<double> &values) {
        return *std::max_element(values.begin(), values.end());
    };
    QString verified; // what verifySameRows compared, after the first run
    for (const int cacheMb : std::as_const(caches)) {
        QList<double> floorPersons;
        QList<double> floorPersonsCpu;
        QList<double> floorSame;
        QList<double> floorSameCpu;
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
            const FloorRun persons = runFloor(floorBase, floorCopy, floorKey, csv, u"--persons"_s);
            floorPersons << persons.ms;
            floorPersonsCpu << persons.cpuMs;
            // The first run keeps the floor's copy to compare with the import's.
            const bool verify = verified.isEmpty();
            const QString sameCopy = verify ? tmp.filePath(u"floor-same-rows.db"_s) : floorCopy;
            const FloorRun sameRows
                = runFloor(floorBase, sameCopy, floorKey, csv, u"--same-rows"_s, verify);
            floorSame << sameRows.ms;
            floorSameCpu << sameRows.cpuMs;
            floorRows = sameRows.rows;
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
                if (verify) {
                    verified = verifySameRows(*store, sameCopy, floorKey);
                    removeDatabase(sameCopy);
                }
                timer.restart();
                cpu = cpuMs();
                const ImportResult second = importFile(*store, csv);
                again << msSince(timer);
                againCpu << cpuMs() - cpu;
                unchanged = second.unchanged;
            }
            QDir(runDir).removeRecursively();
        }
        // The same-rows floor is the 1 of the ratios; the persons alone are for information.
        const auto floorRow = [&](const char *what, const QList<double> &times,
                                  const QList<double> &cpu, const char *one) {
            std::printf(
                "| %-44s | %9lld | %9d | %9.0f | %9.0f | %9.0f | %7s | %7s | %7s | %7s | %-18s |\n",
                what, floorRows, 64 * 1024, median(times), worst(times), median(cpu), one, one, "-",
                "-", "-");
        };
        floorRow("floor: persons only (C API; information)", floorPersons, floorPersonsCpu, "-");
        floorRow("floor: the same rows (C API)", floorSame, floorSameCpu, "1");
        const auto row = [&](const char *what, long long count, const QList<double> &times,
                             const QList<double> &cpu, bool toFloor) {
            const double ms = median(times);
            const double cpuMedian = median(cpu);
            const double ratio = ms / median(floorSame);
            const double cpuRatio = cpuMedian / median(floorSameCpu);
            // Only the first import writes the floor's rows: the second writes next to none.
            const QByteArray beyond = toFloor
                ? u"%1 %"_s.arg(100.0 * (ms - median(floorSame)) / ms, 0, 'f', 0).toUtf8()
                : "-";
            const QByteArray beyondCpu = toFloor
                ? u"%1 %"_s.arg(100.0 * (cpuMedian - median(floorSameCpu)) / cpuMedian, 0, 'f', 0)
                      .toUtf8()
                : "-";
            const QByteArray goal = toFloor ? u"<= %1x floor %2"_s.arg(goalRatio, 0, 'f', 1)
                                                  .arg(ratio <= goalRatio ? u"met"_s : u"MISS"_s)
                                                  .toUtf8()
                                            : u"<= %1 ms %2"_s.arg(goalMs, 0, 'f', 0)
                                                  .arg(ms <= goalMs ? u"met"_s : u"MISS"_s)
                                                  .toUtf8();
            std::printf("| %-44s | %9lld | %9d | %9.0f | %9.0f | %9.0f | %7.2f | %7.2f | %7s | %7s "
                        "| %-18s |\n",
                        what, count, kib, ms, worst(times), cpuMedian, ratio, cpuRatio,
                        beyond.constData(), beyondCpu.constData(), goal.constData());
            std::fflush(stdout);
        };
        row("import (new and updated persons)", imported, first, firstCpu, true);
        row("the same file again (unchanged persons)", unchanged, again, againCpu, false);
    }
    std::printf("\n%s\n", qPrintable(verified));
    std::printf(
        "x floor: the import's median over that of the floor that writes the same rows (the "
        "persons,\n  their retention items, the search rows and the audit events, through "
        "the C API: bench_import_floor\n  --same-rows); x f.cpu: by CPU time.\n"
        "beyond: (import - floor) / import, the share of the import's time spent beyond "
        "writing the same\n  rows (the checks of each line, parsing, Qt); b. cpu: by CPU "
        "time.\n");
    return 0;
}
