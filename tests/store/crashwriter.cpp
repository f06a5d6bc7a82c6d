// A store writer that tst_crash kills with SIGKILL. Prints its progress on stdout, one line
// at a time, so the test knows what was committed when the kill came.
//   crashwriter DIR open-transaction   commit 50 rows, open a transaction, write, wait
//   crashwriter DIR commit-loop        commit one row and its audit event after another until
//                                      killed
//   crashwriter DIR audit-then-wait    commit 20 rows with their audit events, then wait

#include "TestSupport.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace {

bool insertRow(const QSqlDatabase &db, int i)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                 "VALUES (?, ?, '2026-11-21T00:00:00Z', 'crashwriter')"));
    query.addBindValue(QStringLiteral("row%1").arg(i));
    query.addBindValue(QString(2000, u'x'));
    return query.exec();
}

// A row and the audit event that records it, as the services write them.
bool insertAudited(const pd::Store &store, int i)
{
    QSqlDatabase db = store.database();
    pd::AuditLog log(db, store.info().storeId.toString(QUuid::WithoutBraces));
    QString error;
    if (!db.transaction())
        return false;
    if (!insertRow(db, i)
        || !log.append(store.userName(), QStringLiteral("store"), QStringLiteral("crash"),
                       QStringLiteral("crash.row"), { { QStringLiteral("row"), i } }, &error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

void say(const char *text, int n)
{
    std::printf("%s %d\n", text, n);
    std::fflush(stdout);
}

} // namespace

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
    QSqlDatabase db = store->database();
    if (args.at(2) == QLatin1StringView("open-transaction")) {
        for (int i = 0; i < 50; ++i) {
            if (!db.transaction() || !insertRow(db, i) || !db.commit())
                return 1;
        }
        say("committed", 50);
        if (!db.transaction())
            return 1;
        for (int i = 50; i < 2000; ++i) {
            if (!insertRow(db, i))
                return 1;
        }
        say("pending", 1950);
        for (;;)
            QThread::sleep(1);
    }
    if (args.at(2) == QLatin1StringView("audit-then-wait")) {
        for (int i = 0; i < 20; ++i) {
            if (!insertAudited(*store, i))
                return 1;
        }
        say("committed", 20);
        for (;;)
            QThread::sleep(1);
    }
    for (int i = 0;; ++i) {
        if (!insertAudited(*store, i))
            return 1;
        say("committed", i + 1);
    }
}
