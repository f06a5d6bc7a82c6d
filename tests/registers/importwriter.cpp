// A person import that tst_personimport kills with SIGKILL: it imports FILE into the store in
// DIR and, once 5,000 rows are written inside the transaction, says "pending" and waits.
//   importwriter DIR FILE

#include "TestSupport.h"
#include "registers/PersonImport.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    pd::StoreError error;
    auto store = pd::test::openTestStore(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.detail()));
        return 1;
    }
    pd::PersonImport importer(pd::Session { *store });
    importer.run(args.at(2), {}, [](qint64 done, qint64) {
        if (done < 5000)
            return;
        std::printf("pending %lld\n", static_cast<long long>(done));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    });
    return 1;
}
