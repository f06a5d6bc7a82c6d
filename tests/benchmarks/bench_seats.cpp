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
//
//   bench_seats [--quick] [--cases N] [--rounds N] [--think MS] [--seats 1,10,30,100]
//
// The server is a private cluster on a unix socket (tests/support/PostgresCluster, fsync off),
// on the same two cores as the seats: the numbers compare levels and backends on one machine,
// they are not a server's capacity. Measures only, never asserts on time.

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
    QList<double> list;
    QList<double> dashboard;
    QStringList failures;
};

class Seat final : public QThread
{
public:
    Seat(const test::ServerStoreFixture &server, int seat, int rounds, int thinkMs,
         QSemaphore &ready, QSemaphore &go, Latencies &latencies)
        : m_server(server)
        , m_seat(seat)
        , m_rounds(rounds)
        , m_thinkMs(thinkMs)
        , m_ready(ready)
        , m_go(go)
        , m_latencies(latencies)
    { }

protected:
    void run() override
    {
        StoreError openError;
        const auto store = m_server.open(seatLogin(m_seat), seatPassword, &openError);
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
            record(&Latencies::intake, msSince(timer));
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
    QSemaphore &m_ready;
    QSemaphore &m_go;
    Latencies &m_latencies;
};

void printLatencyRow(int seats, const char *what, const QList<double> &values, double wallMs)
{
    std::printf("| %5d | %-22s | %7lld | %9.2f | %9.2f | %9.2f | %8.1f |\n", seats, what,
                static_cast<long long>(values.size()), percentile(values, 0.5),
                percentile(values, 0.95), values.isEmpty() ? 0.0 : percentile(values, 1.0),
                wallMs / 1000.0);
}

void runSeats(const test::ServerStoreFixture &server, int seats, int rounds, int thinkMs)
{
    Latencies latencies;
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<Seat>> threads;
    for (int seat = 1; seat <= seats; ++seat) {
        threads.push_back(
            std::make_unique<Seat>(server, seat, rounds, thinkMs, ready, go, latencies));
        threads.back()->start();
    }
    // Every seat logged in before the first one acts: the level is the number at once.
    ready.acquire(seats);
    QElapsedTimer wall;
    wall.start();
    go.release(seats);
    for (const auto &thread : threads)
        thread->wait();
    const double wallMs = msSince(wall);
    if (!latencies.failures.isEmpty())
        die(u"%1 seats: "_s.arg(seats) + latencies.failures.join(u"; "_s));
    printLatencyRow(seats, "intake (phone request)", latencies.intake, wallMs);
    printLatencyRow(seats, "list opened", latencies.list, wallMs);
    printLatencyRow(seats, "three dashboards", latencies.dashboard, wallMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_seats";
    runs() = 3;
    QCoreApplication app(argc, argv);
    int cases = 50000;
    int rounds = 5;
    int thinkMs = 200;
    QList<int> levels { 1, 10, 30, 100 };
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
        } else if (args.at(i) == "--seats"_L1 && i + 1 < args.size()) {
            levels.clear();
            for (const QString &level : args.at(++i).split(u','))
                levels << level.toInt();
        } else {
            die(u"usage: bench_seats [--quick] [--cases N] [--rounds N] [--think MS] "
                "[--seats 1,10,30,100]"_s);
        }
    }
    if (cases <= 0 || rounds <= 0 || thinkMs < 0
        || std::any_of(levels.cbegin(), levels.cend(), [](int level) { return level <= 0; }))
        die(u"--cases, --rounds and --seats must be positive, --think not negative"_s);
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
                "actions; every fifth seat a privacy officer):\n\n",
                rounds, thinkMs);
    std::printf("| %5s | %-22s | %7s | %9s | %9s | %9s | %8s |\n", "seats", "what", "count",
                "p50 ms", "p95 ms", "worst ms", "wall s");
    std::printf("|-------|------------------------|---------|-----------|-----------|-----------|"
                "----------|\n");
    for (const int level : std::as_const(levels))
        runSeats(server, level, rounds, thinkMs);
    return 0;
}
