// The case list on a demo store with 50,000 requests. First what the user waits for: the GUI
// model (CaseListModel) scrolled to the end by fetchMore, as the view asks for it, in every sort
// order the list offers, with the goal beside it (<= 2 s to the end). Then the queries
// underneath: count, the first page for every sort column, deep pages, search-as-you-type, the
// filters and rowOf. Prints tables of the median and worst of several runs; measures only, never
// asserts on time.
//
//   bench_caselist [--quick] [--cases N] [--store DIR] [--exec SQL]... [--scroll-only]
//                  [--scroll-runs N] [--scroll SORT]... [--json-only] [--cli-before PATH]
//                  [--user NAME --password-file FILE]
//
// --store keeps the generated store in DIR (and reuses it when it already exists), so that the
// slow generation runs once. --exec runs a statement first (e.g. to try an index).
// --scroll-only measures only the model; --scroll-runs sets its runs (default 3); --scroll
// limits it to sorts such as "person asc" (repeatable).
//
// Last, the user's path of `privacydesk-cli case list --json` over the whole store,
// with the same run with --limit 0 (start-up and unlock) beside it. --cli-before PATH runs an
// older privacydesk-cli interleaved with this build's, checks that both print the same bytes and
// prints the ratio. --json-only measures only this. --user and --password-file open a store made
// otherwise (`privacydesk-cli demo --cases 50000`) instead of the benchmark's own user.

#include "BenchSupport.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "cases/CaseQuery.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;

namespace {

const QDate today(2026, 11, 21);

const char *columnName(CaseColumn column)
{
    switch (column) {
    case CaseColumn::Number:
        return "number";
    case CaseColumn::Person:
        return "person";
    case CaseColumn::Types:
        return "types";
    case CaseColumn::Channel:
        return "channel";
    case CaseColumn::Received:
        return "received";
    case CaseColumn::State:
        return "state";
    case CaseColumn::Deadline:
        return "deadline";
    case CaseColumn::DaysLeft:
        return "days left";
    case CaseColumn::Handler:
        return "handler";
    }
    return "?";
}

struct CliRun
{
    double ms = 0;
    QByteArray out;
};

// One privacydesk-cli run; its output is kept to compare.
CliRun runCli(const QString &program, const QStringList &arguments, const QString &outFile)
{
    QProcess cli;
    cli.setStandardOutputFile(outFile);
    QElapsedTimer timer;
    timer.start();
    cli.start(program, arguments);
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        die(u"%1 %2: %3"_s.arg(program, arguments.join(u' '),
                               QString::fromLocal8Bit(cli.readAllStandardError())));
    CliRun run { msSince(timer), {} };
    QFile file(outFile);
    if (!file.open(QIODevice::ReadOnly))
        die(u"cannot read %1"_s.arg(outFile));
    run.out = file.readAll();
    return run;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct CliSeries
{
    QString program;
    QList<double> whole, startUp;
};

// `case list --json` as a script runs it, this build's tool and (if given) an older
// one, in turns whose order alternates; the same bytes from both, or the benchmark stops.
void measureCliJson(const QString &storeDir, const QString &user, const QString &passwordFile,
                    const QString &before, int rounds)
{
    const QStringList list { u"--store"_s, storeDir,  u"--user"_s, user,       u"--password-file"_s,
                             passwordFile, u"case"_s, u"list"_s,   u"--json"_s };
    QList<CliSeries> series { { QStringLiteral(CLI_PATH), {}, {} } };
    if (!before.isEmpty())
        series.prepend({ before, {}, {} });
    QTemporaryDir tmp;
    QByteArray reference;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < series.size(); ++i) {
            CliSeries &s = series[(i + round) % series.size()];
            const CliRun whole = runCli(s.program, list, tmp.filePath(u"list.json"_s));
            if (reference.isEmpty())
                reference = whole.out;
            else if (whole.out != reference)
                die(u"%1 printed other bytes than the first run"_s.arg(s.program));
            s.whole << whole.ms;
            s.startUp << runCli(s.program, list + QStringList { u"--limit"_s, u"0"_s },
                                tmp.filePath(u"none.json"_s))
                             .ms;
        }
    }
    const qsizetype requests = reference.count("\n    {");
    std::printf("\n`privacydesk-cli case list --json`, %d interleaved rounds, %lld requests, "
                "%lld bytes the same from every run:\n\n",
                rounds, static_cast<long long>(requests), static_cast<long long>(reference.size()));
    std::printf("| %-40s | %9s | %14s | %9s | %12s | %-14s |\n", "privacydesk-cli", "median ms",
                "--limit 0 ms", "net ms", "us a request", "goal");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------------",
                "-----------", "----------------", "-----------", "-------------",
                "----------------");
    for (const CliSeries &s : std::as_const(series)) {
        const double whole = medianOf(s.whole);
        const double net = whole - medianOf(s.startUp);
        std::printf("| %-40s | %9.0f | %14.0f | %9.0f | %12.1f | <= 1000 ms %-4s|\n",
                    qPrintable(s.program.right(40)), whole, medianOf(s.startUp), net,
                    requests > 0 ? net * 1000.0 / static_cast<double>(requests) : 0.0,
                    whole <= 1000.0 ? "met" : "MISS");
    }
    if (series.size() == 2) {
        QList<double> ratios;
        for (qsizetype i = 0; i < series.at(0).whole.size(); ++i)
            ratios << series.at(0).whole.at(i) / series.at(1).whole.at(i);
        std::printf("\nbefore / this build: %.2f (median of the per-round ratios)\n",
                    medianOf(ratios));
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_caselist";
    runs() = 5;
    QCoreApplication app(argc, argv);
    int cases = 50000;
    QString storeDir;
    QStringList statements;
    bool scrollOnly = false;
    int scrollRuns = 3;
    QStringList scrollSorts;
    bool jsonOnly = false;
    QString cliBefore;
    QString user = test::testUser;
    QString passwordFile;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            cases = 500;
            runs() = 2;
        } else if (args.at(i) == "--cases"_L1 && i + 1 < args.size()) {
            cases = args.at(++i).toInt();
        } else if (args.at(i) == "--store"_L1 && i + 1 < args.size()) {
            storeDir = args.at(++i);
        } else if (args.at(i) == "--exec"_L1 && i + 1 < args.size()) {
            statements << args.at(++i);
        } else if (args.at(i) == "--scroll-only"_L1) {
            scrollOnly = true;
        } else if (args.at(i) == "--scroll-runs"_L1 && i + 1 < args.size()) {
            scrollRuns = args.at(++i).toInt();
        } else if (args.at(i) == "--scroll"_L1 && i + 1 < args.size()) {
            scrollSorts << args.at(++i);
        } else if (args.at(i) == "--json-only"_L1) {
            jsonOnly = true;
        } else if (args.at(i) == "--cli-before"_L1 && i + 1 < args.size()) {
            cliBefore = args.at(++i);
        } else if (args.at(i) == "--user"_L1 && i + 1 < args.size()) {
            user = args.at(++i);
        } else if (args.at(i) == "--password-file"_L1 && i + 1 < args.size()) {
            passwordFile = args.at(++i);
        } else {
            die(u"usage: bench_caselist [--quick] [--cases N] [--store DIR] [--exec SQL]... "
                "[--scroll-only] [--scroll-runs N] [--scroll SORT]... [--json-only] "
                "[--cli-before PATH] [--user NAME --password-file FILE]"_s);
        }
    }
    if (args.contains("--quick"_L1))
        scrollRuns = 1;
    if (scrollRuns <= 0)
        die(u"--scroll-runs must be positive"_s);
    if (cases <= 0)
        die(u"--cases must be positive"_s);
    if (!initSodium())
        die(u"libsodium did not initialise"_s);

    QTemporaryDir tmp;
    if (storeDir.isEmpty())
        storeDir = tmp.filePath(u"demo"_s);
    // The password as privacydesk-cli reads it: the first line of a file.
    QString password = test::testPassword;
    if (passwordFile.isEmpty()) {
        passwordFile = tmp.filePath(u"password.txt"_s);
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
            die(u"cannot write %1"_s.arg(passwordFile));
    } else {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            die(u"cannot read %1"_s.arg(passwordFile));
        password = QString::fromUtf8(file.readLine()).trimmed();
    }
    std::unique_ptr<Store> store;
    StoreError error;
    if (Store::looksLikeStore(storeDir)) {
        store = Store::open(storeDir, user, SecureBytes::fromUtf8(password), &error);
        if (!store)
            die(error.message());
        std::printf("Reusing the store in %s\n", qPrintable(storeDir));
    } else {
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        options.demo = true;
        QString recovery;
        store = Store::create(storeDir, user, SecureBytes::fromUtf8(password), options, &recovery,
                              &error);
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
    }
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery exec(store->database());
        if (!exec.exec(statement))
            die(statement + u": "_s + exec.lastError().text());
        std::printf("Executed: %s\n", qPrintable(statement));
    }
    if (jsonOnly) {
        store.reset(); // the tool refuses a store that is open elsewhere
        measureCliJson(storeDir, user, passwordFile, cliBefore, runs());
        return 0;
    }
    {
        QSqlQuery query(store->database());
        query.exec(u"SELECT count(*) FROM cases"_s);
        query.next();
        std::printf("Store: %s, %d cases, %.1f MiB\n\n", qPrintable(storeDir),
                    query.value(0).toInt(),
                    static_cast<double>(store->info().databaseBytes) / (1024.0 * 1024.0));
    }

    const CaseQuery query(Session { *store }, user);
    CaseListFilter all;
    all.today = today;
    const int total = query.count(all);
    const CaseColumn columns[]
        = { CaseColumn::Number,   CaseColumn::Person,   CaseColumn::Types,
            CaseColumn::Channel,  CaseColumn::Received, CaseColumn::State,
            CaseColumn::Deadline, CaseColumn::DaysLeft, CaseColumn::Handler };

    // The model's real path: open the list (a new model reads the first page), sort, then
    // fetchMore until the view could ask for nothing more, as scrolling to the end does.
    constexpr double goalMs = 2000.0;
    std::printf(
        "The list scrolled to the end (CaseListModel::fetchMore, pages of %d), %d runs:\n\n",
        ui::CaseListModel::pageSize, scrollRuns);
    std::printf("| %-40s | %7s | %9s | %9s | %-15s |\n", "sort", "rows", "median ms", "worst ms",
                "goal");
    std::printf("|%s|%s|%s|%s|%s|\n", "------------------------------------------", "---------",
                "-----------", "-----------", "-----------------");
    for (const CaseColumn column : columns) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QString name = QLatin1StringView(columnName(column))
                + (order == Qt::AscendingOrder ? " asc"_L1 : " desc"_L1);
            if (!scrollSorts.isEmpty() && !scrollSorts.contains(name))
                continue;
            QList<double> times;
            int rows = 0;
            for (int run = 0; run < scrollRuns; ++run) {
                QElapsedTimer timer;
                timer.start();
                ui::CaseListModel model(Session { *store });
                model.setToday(today);
                model.sort(static_cast<int>(column), order);
                while (model.canFetchMore({}))
                    model.fetchMore({});
                times << msSince(timer);
                rows = model.rowCount();
                if (!model.errorText().isEmpty())
                    die(model.errorText());
                if (rows != total)
                    die(u"%1: %2 rows scrolled, %3 in the list"_s.arg(name).arg(rows).arg(total));
            }
            std::sort(times.begin(), times.end());
            const double median = times.at(times.size() / 2);
            std::printf("| %-40s | %7d | %9.0f | %9.0f | <= %.0f ms %-4s |\n", qPrintable(name),
                        rows, median, times.constLast(), goalMs, median <= goalMs ? "met" : "MISS");
            std::fflush(stdout);
        }
    }
    std::printf("\n");
    if (scrollOnly)
        return 0;

    std::printf("| %-60s | %7s | %9s | %9s |\n", "operation", "rows", "median ms", "worst ms");
    std::printf("|%s|%s|%s|%s|\n", "--------------------------------------------------------------",
                "---------", "-----------", "-----------");
    measure(u"count, no filter"_s, [&] { return query.count(all); });
    for (const CaseColumn column : columns) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            measure(u"first page (100), sort %1 %2"_s.arg(QLatin1StringView(columnName(column)),
                                                          order == Qt::AscendingOrder ? "asc"_L1
                                                                                      : "desc"_L1),
                    [&] {
                        return query.page(all, { column, order }, 0, 100).size();
                    });
        }
    }
    const int deep = std::max(0, std::min(40000, total - 100));
    for (const CaseColumn column :
         { CaseColumn::Deadline, CaseColumn::Received, CaseColumn::Person, CaseColumn::Types }) {
        measure(
            u"page at offset %1, sort %2"_s.arg(deep).arg(QLatin1StringView(columnName(column))),
            [&] {
                return query.page(all, { column, Qt::AscendingOrder }, deep, 100).size();
            });
    }
    // Keyset paging, as the model's fetchMore does it.
    for (const CaseColumn column :
         { CaseColumn::Deadline, CaseColumn::Person, CaseColumn::Types, CaseColumn::State }) {
        const CaseSort sort { column, Qt::AscendingOrder };
        const QList<CaseListRow> before = query.page(all, sort, deep, 1);
        if (before.isEmpty())
            continue;
        measure(u"pageAfter row %1 (100), sort %2"_s.arg(deep).arg(
                    QLatin1StringView(columnName(column))),
                [&] { return query.pageAfter(all, sort, before.constFirst(), 100).size(); });
    }
    for (const CaseColumn column : { CaseColumn::Deadline, CaseColumn::Person }) {
        const CaseSort sort { column, Qt::AscendingOrder };
        measure(u"scroll to the end: all pages of 200, sort %1"_s.arg(
                    QLatin1StringView(columnName(column))),
                [&] {
                    QList<CaseListRow> page = query.page(all, sort, 0, 200);
                    qsizetype rows = page.size();
                    while (!page.isEmpty()) {
                        page = query.pageAfter(all, sort, page.constLast(), 200);
                        rows += page.size();
                    }
                    return rows;
                });
    }
    measure(u"last page (200), sort deadline"_s,
            [&] { return query.page(all, {}, std::max(0, total - 200), 200).size(); });

    for (const QString &typed : { u"j"_s, u"ja"_s, u"jan"_s, u"jans"_s, u"celik"_s, u"7012 AB"_s,
                                  u"K100042"_s, u"AVG-2026"_s }) {
        CaseListFilter search = all;
        search.search = typed;
        measure(u"search \"%1\": count"_s.arg(typed), [&] { return query.count(search); });
        measure(u"search \"%1\": first page, sort deadline"_s.arg(typed),
                [&] { return query.page(search, {}, 0, 100).size(); });
    }

    // The list's default (open requests) with a search, as the desk asks it: a
    // number finds its request in every state, and one count says what the states hide.
    for (const QString &typed :
         { u"jan"_s, u"jansen"_s, u"AVG-2026-0042"_s, u"0042"_s, u"2026"_s, u"AVG-2026"_s }) {
        CaseListFilter search = all;
        search.states
            = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
        search.numberFindsAnyState = true;
        search.search = typed;
        measure(u"open + search \"%1\": count"_s.arg(typed), [&] { return query.count(search); });
        measure(u"open + search \"%1\": first page, sort deadline"_s.arg(typed),
                [&] { return query.page(search, {}, 0, 100).size(); });
        measure(u"open + search \"%1\": hidden by state"_s.arg(typed),
                [&] { return query.hiddenByState(search).size(); });
    }

    struct Named
    {
        QString name;
        CaseListFilter filter;
    };
    QList<Named> filters;
    CaseListFilter open = all;
    open.states = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
    filters.append({ u"open states"_s, open });
    CaseListFilter closed = all;
    closed.states = { CaseState::Afgerond };
    filters.append({ u"state afgerond"_s, closed });
    CaseListFilter overdue = all;
    overdue.overdue = true;
    filters.append({ u"overdue"_s, overdue });
    CaseListFilter week = all;
    week.dueWithinWeek = true;
    filters.append({ u"due within 7 days"_s, week });
    CaseListFilter mine = all;
    mine.mine = true;
    filters.append({ u"mine"_s, mine });
    CaseListFilter type = all;
    type.type = RequestType::Beperking;
    filters.append({ u"type beperking"_s, type });
    CaseListFilter channel = all;
    channel.channel = Channel::Ap;
    filters.append({ u"channel ap"_s, channel });
    CaseListFilter combined = open;
    combined.type = RequestType::Inzage;
    combined.channel = Channel::Email;
    combined.search = u"jan"_s;
    filters.append({ u"open + inzage + email + \"jan\""_s, combined });
    // Judged in C++ on the candidates past the stored deadline.
    CaseListFilter lateLegal = all;
    lateLegal.lateAgainst = LateClock::Legal;
    filters.append({ u"late against the law"_s, lateLegal });
    CaseListFilter lateOwn = open;
    lateOwn.lateAgainst = LateClock::PolicyOnly;
    filters.append({ u"open, late against the own deadline only"_s, lateOwn });
    for (const Named &named : std::as_const(filters)) {
        measure(u"filter %1: count"_s.arg(named.name), [&] { return query.count(named.filter); });
        measure(u"filter %1: first page, sort deadline"_s.arg(named.name),
                [&] { return query.page(named.filter, {}, 0, 100).size(); });
    }

    const QList<CaseListRow> late = query.page(all, {}, deep, 1);
    if (!late.isEmpty()) {
        for (const CaseColumn column :
             { CaseColumn::Deadline, CaseColumn::Person, CaseColumn::Types, CaseColumn::State }) {
            measure(
                u"rowOf (row ~%1), sort %2"_s.arg(deep).arg(QLatin1StringView(columnName(column))),
                [&] {
                    return static_cast<qsizetype>(
                        query.rowOf(all, { column, Qt::AscendingOrder }, late.constFirst().id));
                });
        }
    }
    measure(u"handlers()"_s, [&] { return query.handlers().size(); });

    // The query plans of the page query, for the record.
    const auto printPlan = [&](const char *title, const CaseListFilter &filter, CaseSort sort) {
        QSqlQuery plan(store->database());
        plan.prepare(u"EXPLAIN QUERY PLAN "_s + query.pageSql(filter, sort));
        const QString match = CaseQuery::matchExpression(filter.search);
        // The filter's values are not needed for a plan, only their number.
        for (int i = 0; i < query.pageSql(filter, sort).count(u'?'); ++i)
            plan.addBindValue(i == 0 && !match.isEmpty() ? QVariant(match) : QVariant(100));
        if (!plan.exec())
            return;
        std::printf("  %s:\n", title);
        while (plan.next())
            std::printf("    %s\n", qPrintable(plan.value(3).toString()));
    };
    std::printf("\nQuery plans (EXPLAIN QUERY PLAN of page()):\n");
    for (const CaseColumn column : columns)
        printPlan(columnName(column), all, { column, Qt::AscendingOrder });
    printPlan("open states, deadline", open, {});
    printPlan("overdue, deadline", overdue, {});
    printPlan("open states, person", open, { CaseColumn::Person, Qt::AscendingOrder });
    store.reset(); // the tool refuses a store that is open elsewhere
    measureCliJson(storeDir, user, passwordFile, cliBefore, runs());
    return 0;
}
