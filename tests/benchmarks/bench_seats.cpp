// Many seats on one server store (issue 21). Two measurements in one run:
//
// 1. The case list at N demo requests (default 50,000) on a PostgreSQL server store and on a
//    SQLCipher store folder, both filled by the same demo generator with the same seed: the
//    list as the desk opens it (a new CaseListModel reads the count and its first page) and
//    scrolled to the end through the model's own fetchMore, as the view asks for it.
// 2. p50/p95 latency of what a seat does, at 1, 10, 30 and 100 simulated seats at once on that
//    server store: each seat is a thread with its own login and connection (its own Store), as
//    a desk is. Every seat logs a phone request (CaseService::add, the KCC's intake) and opens
//    the list (CaseListModel's first page); every fifth seat is a privacy officer, who also
//    opens the three dashboards (DashboardService::deadlines, retention, disclosures). A seat
//    waits --think milliseconds between two actions (a person does not click continuously).
//    The intakes are also shown by round: every seat's first intake, on a connection that has
//    written nothing yet, apart from the later ones.
//
//   bench_seats [--quick] [--cases N] [--rounds N] [--think MS] [--seats 1,10,30,100]
//               [--list-runs N] [--desk-open] [--vacuum]
//
// --desk-open: each seat opens its case list after it logged in and before the first call, as
// the desk's main window does at start-up, so the first intake runs on a session that has read
// the requests already (a desk logs in long before its first call). Without it the first intake
// is the session's first statement after the login's own.
//
// --vacuum: the list on the server store once more after VACUUM (ANALYZE), as its autovacuum
// leaves it about a minute after the fill (three more table rows). Right after the fill most pages
// of cases are not yet marked all-visible, and the list's count(*) then fetches each request's
// row from the table, not from the index alone (issue 42: 2.4 ms against under 1 ms at 5,000
// requests): the first figure depends on whether autovacuum has come round yet.
//
// The list is measured --list-runs times on each backend (default 11): at 5,000 requests one
// opening takes a few milliseconds and varies by about two between runs, on SQLCipher too
// (session 59), so three runs were too few for a ratio.
//
// The server is a private cluster on a unix socket (tests/support/PostgresCluster, fsync off),
// on the same two cores as the seats: the numbers compare levels and backends on one machine,
// they are not a server's capacity. Next to the intakes' latencies: the share of the server's
// busy backends that waited on a lock meanwhile (pg_stat_activity, every 20 ms). Measures
// only, never asserts on time.

#include "BenchSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "demo/DemoData.h"
#include "reports/DashboardService.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;

namespace {

const QString seatPassword = u"zetel-wachtwoord-2026"_s;

QString seatLogin(int seat)
{
    return u"zetel%1"_s.arg(seat, 3, 10, QLatin1Char('0'));
}

bool isOfficerSeat(int seat)
{
    return seat % 5 == 1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// The superuser marks the bench's server store as a demo store (as `init --demo` does for a
// folder), so that the demo generator may fill it; nothing in the product does this.
void markServerStoreDemo(test::ServerStoreFixture &server)
{
    QString error;
    QStringList changed;
    if (!server.cluster().execAsSuperuser(
            { u"UPDATE privacydesk.meta SET value = '1' WHERE key = 'demo' RETURNING key"_s },
            &error, QLatin1StringView(test::ServerStoreFixture::database), &changed)
        || changed.size() != 1)
        die(u"the server store could not be marked as a demo store: "_s + error);
}

void fill(Store &store, int cases, const QDate &today, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    DemoOptions demo;
    demo.cases = cases;
    demo.today = today;
    QString failure;
    if (!DemoData::generate(store, demo, {}, &failure))
        die(QLatin1StringView(what) + u": "_s + failure);
    std::printf("Generated %d demo requests on %s in %.1f s\n", cases, what,
                msSince(timer) / 1000.0);
    std::fflush(stdout);
}

// What the server's autovacuum does after the fill (--vacuum): the visibility map and the
// statistics of every table of the store.
void vacuumServerStore(test::ServerStoreFixture &server)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!server.cluster().execAsSuperuser({ u"VACUUM (ANALYZE)"_s }, &error,
                                          QLatin1StringView(test::ServerStoreFixture::database)))
        die(u"the server store could not be vacuumed: "_s + error);
    std::printf("| %-60s | %9s | %9.1f | %9s |\n", "VACUUM (ANALYZE) of the server store", "",
                msSince(timer), "");
    std::fflush(stdout);
}

// The list as the desk opens it, then scrolled to the end; one table row each.
void measureList(const Store &store, const QDate &today, const char *backend)
{
    int total = 0;
    measure(u"%1: list opened (count + first page)"_s.arg(QLatin1StringView(backend)), [&] {
        ui::CaseListModel model(store);
        model.setToday(today);
        if (!model.errorText().isEmpty())
            die(model.errorText());
        total = model.totalCount();
        return model.rowCount();
    });
    measure(u"%1: list scrolled to the end (fetchMore)"_s.arg(QLatin1StringView(backend)), [&] {
        ui::CaseListModel model(store);
        model.setToday(today);
        while (model.canFetchMore({}))
            model.fetchMore({});
        if (!model.errorText().isEmpty())
            die(model.errorText());
        if (model.rowCount() != total)
            die(u"%1: %2 rows scrolled, %3 in the list"_s.arg(QLatin1StringView(backend))
                    .arg(model.rowCount())
                    .arg(total));
        return model.rowCount();
    });
}

struct Latencies
{
    QMutex mutex;
    QList<double> intake;
    // The same intakes by round: the first is each seat's first statement that writes on its
    // new connection (the server plans and loads what its session has not used yet), the later
    // ones what a desk logged in for a while costs.
    QList<double> firstIntake;
    QList<double> laterIntake;
    QList<double> list;
    QList<double> dashboard;
    QStringList failures;
};

class Seat final : public QThread
{
public:
    Seat(const test::ServerStoreFixture &server, int seat, int rounds, int thinkMs, bool deskOpen,
         QSemaphore &ready, QSemaphore &go, Latencies &latencies)
        : m_server(server)
        , m_seat(seat)
        , m_rounds(rounds)
        , m_thinkMs(thinkMs)
        , m_deskOpen(deskOpen)
        , m_ready(ready)
        , m_go(go)
        , m_latencies(latencies)
    { }

protected:
    void run() override
    {
        StoreError openError;
        const auto store = m_server.open(seatLogin(m_seat), seatPassword, &openError);
        if (store && m_deskOpen) {
            const ui::CaseListModel atStartUp(*store);
            if (!atStartUp.errorText().isEmpty())
                fail(u"list at start-up: "_s + atStartUp.errorText());
        }
        m_ready.release();
        m_go.acquire();
        if (!store) {
            fail(openError.message() + u" "_s + openError.detail());
            return;
        }
        CaseService cases(*store);
        const DashboardService dashboards(*store);
        const QDate today = pd::systemClock().today();
        for (int round = 0; round < m_rounds; ++round) {
            NewCase request;
            request.person.name = u"Beller %1-%2"_s.arg(m_seat).arg(round);
            request.person.klantnummer = u"Z-%1-%2"_s.arg(m_seat).arg(round);
            request.person.relation = Relation::Huurder;
            request.types = { RequestType::Inzage };
            request.channel = Channel::Telefoon;
            request.receivedDate = today;
            request.callbackPhone = u"010-5550%1"_s.arg(m_seat, 3, 10, QLatin1Char('0'));
            QElapsedTimer timer;
            timer.start();
            ServiceError error;
            if (!cases.add(request, false, &error)) {
                fail(u"intake: "_s + error.message + u" "_s + error.detail);
                return;
            }
            const double intakeMs = msSince(timer);
            record(&Latencies::intake, intakeMs);
            record(round == 0 ? &Latencies::firstIntake : &Latencies::laterIntake, intakeMs);
            QThread::msleep(static_cast<unsigned long>(m_thinkMs));

            timer.restart();
            {
                ui::CaseListModel model(*store);
                if (!model.errorText().isEmpty()) {
                    fail(u"list: "_s + model.errorText());
                    return;
                }
            }
            record(&Latencies::list, msSince(timer));
            QThread::msleep(static_cast<unsigned long>(m_thinkMs));

            if (isOfficerSeat(m_seat)) {
                timer.restart();
                ServiceError figuresError;
                dashboards.deadlines(today, &figuresError);
                if (figuresError.code == ServiceError::Code::None)
                    dashboards.retention(today, &figuresError);
                if (figuresError.code == ServiceError::Code::None)
                    dashboards.disclosures(today, &figuresError);
                if (figuresError.code != ServiceError::Code::None) {
                    fail(u"dashboards: "_s + figuresError.message);
                    return;
                }
                record(&Latencies::dashboard, msSince(timer));
                QThread::msleep(static_cast<unsigned long>(m_thinkMs));
            }
        }
    }

private:
    void record(QList<double> Latencies::*which, double ms)
    {
        const QMutexLocker lock(&m_latencies.mutex);
        (m_latencies.*which) << ms;
    }
    void fail(const QString &why)
    {
        const QMutexLocker lock(&m_latencies.mutex);
        m_latencies.failures << seatLogin(m_seat) + u": "_s + why;
    }

    const test::ServerStoreFixture &m_server;
    const int m_seat;
    const int m_rounds;
    const int m_thinkMs;
    const bool m_deskOpen;
    QSemaphore &m_ready;
    QSemaphore &m_go;
    Latencies &m_latencies;
};

// What the store's server backends were doing while the seats worked, sampled every 20 ms from
// pg_stat_activity (as the superuser, who sees every login's wait): of the backends busy with a
// statement, the share waiting on a heavyweight lock, and on an advisory lock among them (the
// audit chain's). A share near zero: the seats are limited by CPU, not by a lock.
class LockShare
{
public:
    void sample(test::ServerStoreFixture &server)
    {
        QString error;
        QStringList rows;
        if (!server.cluster().execAsSuperuser(
                { u"SELECT count(*) FILTER (WHERE state = 'active') || ' ' || "
                  "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') || ' ' "
                  "|| count(*) FILTER (WHERE state = 'active' AND wait_event = 'advisory') || ' ' "
                  "|| coalesce(string_agg(wait_event, ' ') FILTER (WHERE state = 'active' AND "
                  "wait_event_type = 'Lock'), '') "
                  "FROM pg_stat_activity WHERE datname = '%1'"_s.arg(
                      QLatin1StringView(test::ServerStoreFixture::database)) },
                &error, u"postgres"_s, &rows)
            || rows.size() != 1)
            die(u"pg_stat_activity: "_s + error);
        const QStringList counts = rows.constFirst().split(u' ');
        m_active += counts.value(0).toLongLong();
        m_locked += counts.value(1).toLongLong();
        m_advisory += counts.value(2).toLongLong();
        for (qsizetype i = 3; i < counts.size(); ++i)
            if (!counts.at(i).isEmpty())
                ++m_kinds[counts.at(i)];
        ++m_samples;
    }
    QString text() const
    {
        if (m_active == 0)
            return u"no busy backend seen (%1 samples)"_s.arg(m_samples);
        QStringList kinds; // which locks (pg_stat_activity's wait_event), most waited first
        QList<std::pair<qint64, QString>> byCount;
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
            byCount.append({ it.value(), it.key() });
        std::sort(byCount.begin(), byCount.end(), std::greater<>());
        for (const auto &[count, kind] : std::as_const(byCount))
            kinds << u"%1 %2 %"_s.arg(kind).arg(
                100.0 * static_cast<double>(count) / static_cast<double>(m_active), 0, 'f', 1);
        return u"%1 % of busy backends waited on a lock (advisory %2 %%3), %4 busy on average"_s
            .arg(100.0 * static_cast<double>(m_locked) / static_cast<double>(m_active), 0, 'f', 1)
            .arg(100.0 * static_cast<double>(m_advisory) / static_cast<double>(m_active), 0, 'f', 1)
            .arg(kinds.isEmpty() ? QString() : u"; "_s + kinds.join(u", "_s))
            .arg(static_cast<double>(m_active) / static_cast<double>(m_samples), 0, 'f', 1);
    }

private:
    qint64 m_samples = 0;
    qint64 m_active = 0;
    qint64 m_locked = 0;
    qint64 m_advisory = 0;
    QHash<QString, qint64> m_kinds;
};

void printLatencyRow(int seats, const char *what, const QList<double> &values, double wallMs,
                     const QString &locks)
{
    std::printf("| %5d | %-22s | %7lld | %9.2f | %9.2f | %9.2f | %8.1f | %s\n", seats, what,
                static_cast<long long>(values.size()), percentile(values, 0.5),
                percentile(values, 0.95), values.isEmpty() ? 0.0 : percentile(values, 1.0),
                wallMs / 1000.0, qPrintable(locks));
}

void runSeats(test::ServerStoreFixture &server, int seats, int rounds, int thinkMs, bool deskOpen)
{
    Latencies latencies;
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<Seat>> threads;
    for (int seat = 1; seat <= seats; ++seat) {
        threads.push_back(
            std::make_unique<Seat>(server, seat, rounds, thinkMs, deskOpen, ready, go, latencies));
        threads.back()->start();
    }
    // Every seat logged in before the first one acts: the level is the number at once.
    ready.acquire(seats);
    QElapsedTimer wall;
    wall.start();
    go.release(seats);
    LockShare share;
    while (std::any_of(threads.cbegin(), threads.cend(),
                       [](const auto &thread) { return !thread->isFinished(); })) {
        share.sample(server);
        QThread::msleep(20);
    }
    for (const auto &thread : threads)
        thread->wait();
    const double wallMs = msSince(wall);
    if (!latencies.failures.isEmpty())
        die(u"%1 seats: "_s.arg(seats) + latencies.failures.join(u"; "_s));
    printLatencyRow(seats, "intake (phone request)", latencies.intake, wallMs, share.text());
    printLatencyRow(seats, "  of which first round", latencies.firstIntake, wallMs, {});
    if (!latencies.laterIntake.isEmpty())
        printLatencyRow(seats, "  of which later rounds", latencies.laterIntake, wallMs, {});
    printLatencyRow(seats, "list opened", latencies.list, wallMs, {});
    printLatencyRow(seats, "three dashboards", latencies.dashboard, wallMs, {});
    // The machine's load meanwhile (other work on the same cores changes every figure).
    QFile load(u"/proc/loadavg"_s);
    if (load.open(QIODevice::ReadOnly))
        std::printf("|       | load average: %s", load.readLine().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_seats";
    runs() = 11;
    QCoreApplication app(argc, argv);
    int cases = 50000;
    int rounds = 5;
    int thinkMs = 200;
    bool deskOpen = false;
    QList<int> levels { 1, 10, 30, 100 };
    bool vacuum = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            cases = 300;
            rounds = 1;
            thinkMs = 0;
            runs() = 1;
        } else if (args.at(i) == "--cases"_L1 && i + 1 < args.size()) {
            cases = args.at(++i).toInt();
        } else if (args.at(i) == "--rounds"_L1 && i + 1 < args.size()) {
            rounds = args.at(++i).toInt();
        } else if (args.at(i) == "--think"_L1 && i + 1 < args.size()) {
            thinkMs = args.at(++i).toInt();
        } else if (args.at(i) == "--list-runs"_L1 && i + 1 < args.size()) {
            runs() = args.at(++i).toInt();
        } else if (args.at(i) == "--desk-open"_L1) {
            deskOpen = true;
        } else if (args.at(i) == "--vacuum"_L1) {
            vacuum = true;
        } else if (args.at(i) == "--seats"_L1 && i + 1 < args.size()) {
            levels.clear();
            for (const QString &level : args.at(++i).split(u','))
                levels << level.toInt();
        } else {
            die(u"usage: bench_seats [--quick] [--cases N] [--rounds N] [--think MS] "
                "[--seats 1,10,30,100] [--list-runs N] [--desk-open] [--vacuum]"_s);
        }
    }
    if (cases <= 0 || rounds <= 0 || thinkMs < 0 || runs() <= 0
        || std::any_of(levels.cbegin(), levels.cend(), [](int level) { return level <= 0; }))
        die(u"--cases, --rounds, --seats and --list-runs must be positive, --think not "
            "negative"_s);
    if (!initSodium())
        die(u"libsodium did not initialise"_s);
    const int mostSeats = *std::max_element(levels.cbegin(), levels.cend());
    const QDate today = pd::systemClock().today();

    // The server: room for every seat's connection, the desk's and the superuser's.
    test::ServerStoreFixture server;
    server.cluster().setSetting(u"max_connections"_s, QString::number(mostSeats + 20));
    QString error;
    if (!server.start(&error))
        die(error);
    markServerStoreDemo(server);
    StoreError openError;
    const auto serverStore
        = server.open(QLatin1StringView(test::ServerStoreFixture::admin),
                      QLatin1StringView(test::ServerStoreFixture::adminPassword), &openError);
    if (!serverStore)
        die(openError.message() + u" "_s + openError.detail());

    QTemporaryDir tmp;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    QString recovery;
    const auto folderStore
        = Store::create(tmp.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &openError);
    if (!folderStore)
        die(openError.message());

    fill(*folderStore, cases, today, "the SQLCipher store folder");
    fill(*serverStore, cases, today, "the PostgreSQL server store");

    std::printf("\nThe case list at %d demo requests, median and worst of %d runs:\n\n", cases,
                runs());
    std::printf("| %-60s | %9s | %9s | %9s |\n", "what", "rows", "median ms", "worst ms");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(62, '-').constData(), "-----------", "-----------",
                "-----------");
    measureList(*folderStore, today, "SQLCipher");
    measureList(*serverStore, today, "PostgreSQL");
    if (vacuum) {
        vacuumServerStore(server);
        measureList(*serverStore, today, "PostgreSQL vacuumed");
    }

    // The seats' logins: every fifth a privacy officer, the others KCC employees.
    {
        UserService users(*serverStore);
        for (int seat = 1; seat <= mostSeats; ++seat) {
            UserError userError;
            if (!users.add(seatLogin(seat), seatLogin(seat),
                           isOfficerSeat(seat) ? Role::Functionaris : Role::Kcc,
                           SecureBytes::fromUtf8(seatPassword), &userError))
                die(userError.message + u" "_s + userError.detail);
        }
    }

    std::printf("\nSeats at once on the server store (%d rounds each, %d ms between two "
                "actions; every fifth seat a privacy officer%s):\n\n",
                rounds, thinkMs,
                deskOpen ? "; each desk opened its list at start-up, before its first call" : "");
    std::printf("| %5s | %-22s | %7s | %9s | %9s | %9s | %8s | %s\n", "seats", "what", "count",
                "p50 ms", "p95 ms", "worst ms", "wall s", "lock waits");
    std::printf("|-------|------------------------|---------|-----------|-----------|-----------|"
                "----------|------------\n");
    for (const int level : std::as_const(levels))
        runSeats(server, level, rounds, thinkMs, deskOpen);
    return 0;
}
