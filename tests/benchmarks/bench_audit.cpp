// The audit trail on a real encrypted store: appending N events in one transaction and
// verifying the whole chain, with the peak resident memory before and after verify() to show
// that verifying streams. Measures only; never asserts on time.
//
//   bench_audit [--quick] [--events N]

#include "BenchSupport.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace pd::bench;

namespace {

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_audit";
    QCoreApplication app(argc, argv);
    int events = 100000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1)
            events = 1000;
        else if (args.at(i) == "--events"_L1 && i + 1 < args.size())
            events = args.at(++i).toInt();
        else
            die(u"usage: bench_audit [--quick] [--events N]"_s);
    }
    if (events <= 0)
        die(u"--events must be positive"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"no temporary directory"_s);
    auto store = pd::test::createTestStore(dir.filePath(u"store"_s));
    if (!store)
        die(u"could not create a store"_s);
    QSqlDatabase db = store->database();
    pd::AuditLog audit(db, store->info().storeId.toString(QUuid::WithoutBraces));

    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        die(u"could not begin a transaction"_s);
    for (int i = 1; i <= events; ++i) {
        const QJsonObject payload { { u"field"_s, u"state"_s },
                                    { u"old"_s, u"ontvangen"_s },
                                    { u"new"_s, u"in-behandeling"_s },
                                    { u"person"_s, u"Jan de Vries %1"_s.arg(i) } };
        QString error;
        if (!audit.append(u"j.devries"_s, u"case"_s, u"AVG-2024-%1"_s.arg(i % 5000),
                          u"case.state"_s, payload, &error))
            die(error);
    }
    if (!db.commit())
        die(u"commit failed"_s);
    const double appendMs = msSince(timer);

    const long rssBefore = peakRssKiB();
    timer.restart();
    const pd::AuditLog::Verification result = audit.verify();
    const double verifyMs = msSince(timer);
    const long rssAfter = peakRssKiB();
    if (!result.ok)
        die(result.reason);

    std::printf("bench_audit: %d events\n", events);
    std::printf("  append (one transaction)  %10.1f ms  %8.1f us/event\n", appendMs,
                appendMs * 1000.0 / events);
    std::printf("  verify (whole chain)      %10.1f ms  %8.1f us/event\n", verifyMs,
                verifyMs * 1000.0 / events);
    std::printf("  peak RSS before verify    %10ld KiB\n", rssBefore);
    std::printf("  peak RSS after verify     %10ld KiB\n", rssAfter);
    return 0;
}
