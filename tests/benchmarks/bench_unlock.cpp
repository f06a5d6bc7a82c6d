// The cost of unlocking. First the key derivation alone at the production limits
// (KdfParams::moderate), for a known user and for a name without a slot: the two should cost
// about the same (the unknown name runs a dummy Argon2id with the slot's limits, so that timing
// does not tell whether a user exists), and its peak memory. Then the whole way from the
// password to the desk's case list painted, on a demo store with 50,000 requests: the key
// (Store::unlock), opening (Store::open: schema, store id, audit anchor, migrations), the main
// window built and its first page of the list painted, each with its median, worst and peak
// resident memory. The integrity checks that are no longer part of opening (PRAGMA quick_check
// and integrity_check, now at verify, backup and the weekly background check) are measured
// beside it. Measures only; never asserts on time.
//
//   bench_unlock [--quick] [--cases N] [--store DIR]
//
// --store keeps the generated store in DIR (and reuses it when it already exists), so that the
// slow generation runs once.

#include "BenchSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::bench;

namespace {

const QDate today(2026, 11, 21);

// Peak resident memory since the last reset (VmHWM), in MiB; -1 when the kernel does not say.
double peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Sets the peak back to the current resident size (Linux: "5" to clear_refs).
void resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

SecureBytes password()
{
    return SecureBytes::fromUtf8(test::testPassword);
}

// The store's connection, keyed and ready; no checks beyond what the driver's open does.
int pragmaRows(const Store &store, const QString &pragma)
{
    QSqlQuery query(store.database());
    if (!query.exec(pragma))
        die(pragma + u" failed"_s);
    int rows = 0;
    while (query.next()) {
        if (query.value(0).toString() != "ok"_L1)
            die(pragma + u": "_s + query.value(0).toString());
        ++rows;
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_unlock";
    QApplication app(argc, argv);
    int cases = 50000;
    QString storeDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            cases = 300;
            runs() = 1;
        } else if (args.at(i) == "--cases"_L1 && i + 1 < args.size()) {
            cases = args.at(++i).toInt();
        } else if (args.at(i) == "--store"_L1 && i + 1 < args.size()) {
            storeDir = args.at(++i);
        } else {
            die(u"usage: bench_unlock [--quick] [--cases N] [--store DIR]"_s);
        }
    }
    if (cases <= 0)
        die(u"--cases must be positive"_s);
    if (!initSodium())
        die(u"libsodium did not initialise"_s);

    // ---- The key derivation alone ----
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = Keyring::create();
        Keyring::Status status = Keyring::Status::CryptoFailure;
        if (!keyring.addUser(u"alice", SecureBytes::fromUtf8(u"alice-pw"_s), master,
                             KdfParams::moderate(), &status))
            die(u"could not add a slot at the moderate limits"_s);
        const KdfParams kdf = KdfParams::moderate();
        std::printf("Argon2id (KdfParams::moderate): opslimit %llu, memlimit %llu MiB\n\n",
                    static_cast<unsigned long long>(kdf.opsLimit),
                    static_cast<unsigned long long>(kdf.memLimit / (1024 * 1024)));
        std::printf("| %-60s | %9s | %9s | %9s |\n", "unlock (KdfParams::moderate)", "ok",
                    "median ms", "worst ms");
        std::printf("|%s|%s|%s|%s|\n", "---", "---:", "---:", "---:");
        resetPeak();
        const double before = peakMiB();
        measure(u"known user, right password"_s, [&] {
            Keyring::Status s = Keyring::Status::CryptoFailure;
            const SecureBytes key
                = keyring.unlockUser(u"alice", SecureBytes::fromUtf8(u"alice-pw"_s), &s);
            if (s != Keyring::Status::Ok || !key.equals(master))
                die(u"the right password did not unlock"_s);
            return 1;
        });
        const double after = peakMiB();
        measure(u"unknown user (dummy Argon2id)"_s, [&] {
            Keyring::Status s = Keyring::Status::Ok;
            keyring.unlockUser(u"mallory", SecureBytes::fromUtf8(u"x"_s), &s);
            if (s != Keyring::Status::UnknownUser)
                die(u"an unknown user was not reported as such"_s);
            return 0;
        });
        std::printf("\nPeak resident memory: %.0f MiB before, %.0f MiB during the derivation "
                    "(+%.0f MiB)\n\n",
                    before, after, after - before);
    }

    // ---- A store shaped like real use ----
    QTemporaryDir tmp;
    if (storeDir.isEmpty())
        storeDir = tmp.filePath(u"demo"_s);
    if (!Store::looksLikeStore(storeDir)) {
        StoreCreateOptions options;
        options.kdf = KdfParams::moderate(); // the slot the desk really unlocks
        options.demo = true;
        QString recovery;
        StoreError error;
        auto store
            = Store::create(storeDir, test::testUser, password(), options, &recovery, &error);
        if (!store)
            die(error.message());
        QElapsedTimer timer;
        timer.start();
        DemoOptions demo;
        demo.cases = cases;
        demo.today = today;
        QString failure;
        if (!DemoData::generate(*store, demo, {}, &failure))
            die(failure);
        std::printf("Generated %d demo cases in %.1f s\n", cases, msSince(timer) / 1000.0);
    } else {
        std::printf("Reusing the store in %s\n", qPrintable(storeDir));
    }

    // ---- Unlock → list painted ----
    std::printf("| %-46s | %9s | %9s | %9s | %8s |\n", "unlock → list painted", "result",
                "median ms", "worst ms", "peak MiB");
    std::printf("|%s|%s|%s|%s|%s|\n", "---", "---:", "---:", "---:", "---:");
    const auto row = [](const char *what, QList<double> times, long long result, double peak) {
        std::sort(times.begin(), times.end());
        std::printf("| %-46s | %9lld | %9.2f | %9.2f | %8.0f |\n", what, result,
                    times.at(times.size() / 2), times.constLast(), peak);
        std::fflush(stdout);
    };
    QList<double> kdfTimes, openTimes, paintTimes, totalTimes;
    double kdfPeak = 0, openPeak = 0, paintPeak = 0;
    long long rowsShown = 0;
    long long requests = 0;
    for (int run = 0; run < runs(); ++run) {
        resetPeak();
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const std::shared_ptr<StoreKey> key = Store::unlock(storeDir, test::testUser, password());
        if (!key->isValid())
            die(key->error().message());
        kdfTimes << msSince(step);
        kdfPeak = std::max(kdfPeak, peakMiB());

        resetPeak();
        step.restart();
        StoreError error;
        std::unique_ptr<Store> store = Store::open(key, &error);
        if (!store)
            die(error.message());
        openTimes << msSince(step);
        openPeak = std::max(openPeak, peakMiB());

        resetPeak();
        step.restart();
        {
            ui::MainWindow window(Session { *store });
            window.resize(1280, 800);
            window.show();
            QApplication::processEvents();
            window.grab(); // every visible widget painted, the case list's first page with it
            const auto *view = window.findChild<QTableView *>(u"caseTable"_s);
            if (!view || !view->model())
                die(u"the main window has no case list"_s);
            rowsShown = view->model()->rowCount();
        }
        paintTimes << msSince(step);
        totalTimes << msSince(total);
        paintPeak = std::max(paintPeak, peakMiB());
        if (run == 0) {
            QSqlQuery count(store->database());
            if (!count.exec(u"SELECT count(*) FROM cases"_s) || !count.next())
                die(u"cases not counted"_s);
            requests = count.value(0).toLongLong();
        }
    }
    row("key derivation (Store::unlock)", kdfTimes, 1, kdfPeak);
    row("open (Store::open)", openTimes, requests, openPeak);
    row("main window, case list painted (rows)", paintTimes, rowsShown, paintPeak);
    row("total", totalTimes, requests, std::max({ kdfPeak, openPeak, paintPeak }));
    QList<double> afterKdf;
    for (qsizetype i = 0; i < openTimes.size(); ++i)
        afterKdf << openTimes.at(i) + paintTimes.at(i);
    row("open + painted (goal ≤ 300 ms)", afterKdf, requests, std::max(openPeak, paintPeak));

    // ---- What opening no longer does ----
    {
        StoreError error;
        std::unique_ptr<Store> store = Store::open(storeDir, test::testUser, password(), &error);
        if (!store)
            die(error.message());
        std::printf("\n| %-60s | %9s | %9s | %9s |\n", "integrity checks (not at unlock)", "rows",
                    "median ms", "worst ms");
        std::printf("|%s|%s|%s|%s|\n", "---", "---:", "---:", "---:");
        measure(u"PRAGMA quick_check"_s,
                [&] { return pragmaRows(*store, u"PRAGMA quick_check"_s); });
        measure(u"PRAGMA integrity_check"_s,
                [&] { return pragmaRows(*store, u"PRAGMA integrity_check"_s); });
        std::printf("\nStore: %.1f MiB\n",
                    static_cast<double>(store->info().databaseBytes) / (1024.0 * 1024.0));
    }
    return 0;
}
