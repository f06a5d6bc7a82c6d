// The three dashboards (DashboardService::deadlines, retention, disclosures) on a store with
// 50,000 requests and 200,000 disclosures over three years, with retention items, legal holds
// and a destruction log. The store is filled with SQL in one transaction (the demo generator
// goes through the services and would take minutes); the distribution follows the demo: most
// requests answered within the month, some late, some extended, a tail still open. Prints the
// median and worst of several runs; measures only, never asserts on time.
//
//   bench_dashboard [--quick] [--cases N] [--disclosures N] [--store DIR] [--exec SQL]...
//                   [--query SQL]...
//
// --store keeps the generated store in DIR (and reuses it when it already exists). --exec runs
// a statement first (e.g. to try an index). --query prints the plan and the time of a statement
// (with literal values) instead of measuring the dashboards.

#include "BenchSupport.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "registers/Disclosures.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "terms/RetentionCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
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
const QString stamp = u"2026-11-21T12:00:00.000Z"_s;

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

// Prepared inserts, bound positionally; any failure ends the benchmark.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        if (!m_query.prepare(sql))
            die(sql + u": "_s + m_query.lastError().text());
    }
    void operator()(const QVariantList &values)
    {
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            die(m_query.lastError().text());
    }

private:
    QSqlQuery m_query;
};

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant maybe(QDate day)
{
    return day.isValid() ? QVariant(iso(day)) : null();
}

void fill(Store &store, int cases, int disclosures)
{
    QSqlDatabase db = store.database();
    Transaction transaction(db);
    if (!transaction.isOpen())
        die(transaction.errorText());
    QRandomGenerator random(20261121);
    const auto below = [&random](int n) {
        return static_cast<int>(random.bounded(n));
    };
    const auto chance = [&random](double p) {
        return random.generateDouble() < p;
    };
    const QDate start = today.addYears(-3);
    const int span = static_cast<int>(start.daysTo(today));
    const QByteArray filler(32, '\x5a');

    // Data subjects: about 1.4 requests each.
    const int persons = std::max(10, cases * 5 / 7);
    Inserter person(db,
                    u"INSERT INTO persons (id, name, relation, klantnummer, postcode, "
                    "house_number, created_at, created_by) VALUES (?, ?, 'huurder', ?, ?, ?, "
                    "?, 'bench')"_s);
    for (int i = 1; i <= persons; ++i)
        person({ i, u"Persoon %1"_s.arg(i), u"K%1"_s.arg(100000 + i),
                 u"%1%2%3"_s.arg(1000 + below(8999))
                     .arg(QChar(u'A' + below(26)))
                     .arg(QChar(u'A' + below(26))),
                 QString::number(1 + below(200)), stamp });

    // Requests: received uniformly over three years; the effective deadline 30 days on (plus
    // the identification pause), 60 when extended; answered mostly in time, a tail still open.
    Inserter insertCase(
        db,
        u"INSERT INTO cases (id, number, person_id, channel, received_at, received_date, "
        "received_by, state, handler, id_requested, id_received, id_method, id_result, "
        "extended, extension_reason, extension_notified, outcome, answered_on, closed_at, "
        "deadline_effective, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'bench', ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Inserter insertType(db, u"INSERT INTO case_types (case_id, type) VALUES (?, ?)"_s);
    Inserter audit(db,
                   u"INSERT INTO audit_events (occurred_at, actor, entity_type, entity_id, "
                   "action, payload, payload_salt, payload_hash, prev_hash, hash) VALUES (?, "
                   "'bench', 'case', ?, ?, ?, ?, ?, ?, ?)"_s);
    const QStringList channels { u"telefoon"_s,     u"email"_s,       u"brief"_s, u"balie"_s,
                                 u"webformulier"_s, u"gemachtigde"_s, u"ap"_s };
    const QStringList types {
        u"inzage"_s,  u"rectificatie"_s, u"verwijdering"_s, u"beperking"_s, u"overdraagbaarheid"_s,
        u"bezwaar"_s, u"intrekking"_s,   u"klacht"_s,       u"overig"_s
    };
    const QStringList handlers { u"j.devries"_s, u"a.bakker"_s, u"m.jansen"_s, u"s.bulut"_s };
    QHash<int, int> yearCounter;
    for (int id = 1; id <= cases; ++id) {
        const QDate received = start.addDays(below(span + 1));
        const int number = ++yearCounter[received.year()];
        QDate idRequested, idReceived;
        QString idResult;
        int pause = 0;
        if (chance(0.4)) {
            idRequested = received.addDays(below(6));
            if (chance(0.9)) {
                idReceived = idRequested.addDays(1 + below(10));
                idResult = chance(0.95) ? u"geslaagd"_s : u"mislukt"_s;
                pause = static_cast<int>(idRequested.daysTo(idReceived));
            }
        }
        const bool extended = chance(0.08);
        const QDate notified = extended ? received.addDays(5 + below(32)) : QDate();
        const bool late = extended && notified > received.addMonths(1).addDays(pause);
        QDate deadline = received.addDays((extended && !late ? 60 : 30) + pause);
        const qint64 age = received.daysTo(today);
        const bool closed = idReceived.isValid() || !idRequested.isValid()
            ? chance(age > 90       ? 0.995
                         : age > 30 ? 0.7
                                    : 0.3)
            : chance(age > 90 ? 0.99 : 0.2);
        QDate answered;
        QString state, outcome;
        if (closed) {
            const qint64 offset = chance(0.88)
                ? below(std::max(1, static_cast<int>(received.daysTo(deadline))))
                : received.daysTo(deadline) + 1 + below(40);
            answered = std::min(received.addDays(offset), today);
            const int kind = below(20);
            state = kind == 0 ? u"ingetrokken"_s
                : kind == 1   ? u"niet-in-behandeling"_s
                              : u"afgerond"_s;
            outcome = kind == 0 ? u"ingetrokken"_s
                : kind == 1     ? u"niet-in-behandeling"_s
                : kind < 6      ? u"afgewezen"_s
                                : u"toegewezen"_s;
        } else if (idResult == u"geslaagd"_s) {
            state = u"in-behandeling"_s;
        } else if (idRequested.isValid()) {
            state = u"identificatie"_s;
        } else {
            state = u"ontvangen"_s;
        }
        if (extended && notified > (answered.isValid() ? answered : today))
            deadline = received.addDays(30 + pause); // not yet extended then: keep it simple
        const QString caseNumber
            = u"AVG-%1-%2"_s.arg(received.year()).arg(number, 5, 10, QLatin1Char('0'));
        insertCase({ id,
                     caseNumber,
                     1 + below(persons),
                     channels.at(below(channels.size())),
                     QString(iso(received) + u"T09:00:00.000Z"_s),
                     iso(received),
                     state,
                     handlers.at(below(handlers.size())),
                     maybe(idRequested),
                     maybe(idReceived),
                     idReceived.isValid() ? QVariant(u"balie"_s) : null(),
                     idResult.isEmpty() ? null() : QVariant(idResult),
                     extended ? 1 : 0,
                     extended ? QVariant(u"Complex verzoek"_s) : null(),
                     maybe(extended ? notified : QDate()),
                     outcome.isEmpty() ? null() : QVariant(outcome),
                     maybe(answered),
                     answered.isValid() ? QVariant(iso(answered) + u"T15:00:00.000Z"_s) : null(),
                     iso(deadline),
                     stamp,
                     stamp });
        const QString first = types.at(chance(0.6) ? 0 : below(types.size()));
        insertType({ id, first });
        if (chance(0.15)) {
            const QString second = types.at(below(types.size()));
            if (second != first)
                insertType({ id, second });
        }
        audit({ stamp, caseNumber, u"case.created"_s, u"{}"_s, filler.left(16), filler, filler,
                filler });
        if (extended)
            audit({ stamp, caseNumber, u"case.extended"_s,
                    u"{\"deadline\":\"%1\",\"legally_late\":%2,\"notified\":\"%3\"}"_s.arg(
                        iso(deadline), late ? u"true"_s : u"false"_s, iso(notified)),
                    filler.left(16), filler, filler, filler });
    }

    // Recipients: 80, some of them processors with a verwerkersovereenkomst.
    const QStringList categories { u"aannemer"_s,
                                   u"deurwaarder"_s,
                                   u"advocaat"_s,
                                   u"bouwbedrijf"_s,
                                   u"gemeente"_s,
                                   u"politie-justitie"_s,
                                   u"zorginstelling"_s,
                                   u"belastingdienst"_s,
                                   u"woningzoekendensysteem"_s,
                                   u"bewindvoerder"_s,
                                   u"schuldhulpverlening"_s,
                                   u"collega-corporatie"_s,
                                   u"incassobureau"_s,
                                   u"overig"_s };
    const int recipients = 80;
    Inserter recipient(db,
                       u"INSERT INTO recipients (id, name, category, role, agreement_signed, "
                       "agreement_review, created_at, created_by, updated_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, 'bench', ?)"_s);
    for (int i = 1; i <= recipients; ++i) {
        const bool processor = i % 8 == 0;
        const QDate signedOn = processor ? start.addDays(below(span)) : QDate();
        recipient({ i, u"Ontvanger %1"_s.arg(i),
                    processor ? u"verwerker"_s : categories.at(i % categories.size()),
                    processor ? u"verwerker"_s : u"ontvanger"_s, maybe(signedOn),
                    maybe(processor ? signedOn.addYears(2) : QDate()), stamp, stamp });
    }

    // Disclosures over three years: a few recipients receive most (contractors, the
    // municipality), most data subjects were told, some still to tell, a few may not be told.
    Inserter disclosure(
        db,
        u"INSERT INTO disclosures (id, disclosed_on, recipient_id, purpose, legal_basis, "
        "basis_text, case_id, informed, informed_on, not_informed_reason, created_at, "
        "created_by, updated_at) VALUES (?, ?, ?, 'Uitvoering', ?, ?, ?, ?, ?, ?, ?, 'bench', "
        "?)"_s);
    Inserter disclosed(db,
                       u"INSERT INTO disclosure_persons (disclosure_id, person_id) VALUES "
                       "(?, ?)"_s);
    Inserter data(db, u"INSERT INTO disclosure_data (disclosure_id, category) VALUES (?, ?)"_s);
    const QStringList bases { u"a"_s, u"b"_s, u"b"_s, u"b"_s, u"c"_s, u"c"_s, u"e"_s, u"f"_s };
    for (int id = 1; id <= disclosures; ++id) {
        const QDate on = start.addDays(below(span + 1));
        const int r = chance(0.6) ? 1 + below(10) : 1 + below(recipients);
        const int kind = below(100);
        const QString informed = kind < 85 ? u"geinformeerd"_s
            : kind < 93                    ? u"nog-te-doen"_s
                                           : u"verboden"_s;
        const QDate informedOn
            = informed == u"geinformeerd"_s ? std::min(on.addDays(below(21)), today) : QDate();
        disclosure(
            { id, iso(on), r, bases.at(below(bases.size())), u"Convenant"_s,
              chance(0.1) ? QVariant(1 + below(cases)) : QVariant(QMetaType(QMetaType::LongLong)),
              informed, maybe(informedOn),
              informed == u"verboden"_s ? QVariant(u"Strafrechtelijk onderzoek"_s) : null(), stamp,
              stamp });
        const int subject = 1 + below(persons);
        disclosed({ id, subject });
        if (chance(0.1))
            disclosed({ id, 1 + (subject % persons) });
        data({ id, u"naw"_s });
        if (chance(0.4))
            data({ id, u"contact"_s });
    }

    // Retention items for most data subjects, a legal hold here and there, a destruction log.
    QList<QPair<qint64, RetentionPeriod>> rules;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT id, period_amount, period_unit FROM retention_rules WHERE code "
                        "<> 'avg-verzoekdossiers' ORDER BY id"_s))
            die(query.lastError().text());
        while (query.next())
            rules.append({ query.value(0).toLongLong(),
                           { query.value(1).toInt(),
                             RetentionCalendar::unitFromCode(query.value(2).toString())
                                 .value_or(RetentionUnit::Years) } });
    }
    Inserter item(db,
                  u"INSERT INTO retention_items (person_id, rule_id, trigger_date, "
                  "expires_on, destroyed_on, destroyed_method, destroyed_by, created_at, "
                  "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')"_s);
    for (int p = 1; p <= persons; ++p) {
        if (!chance(0.8))
            continue;
        const auto &[ruleId, period] = rules.at(below(static_cast<int>(rules.size())));
        const QDate trigger = today.addDays(-below(6 * 365));
        const QDate expires = RetentionCalendar::expiry(trigger, period);
        const bool destroyed = expires <= today && chance(0.7);
        const QDate destroyedOn = destroyed ? std::min(expires.addDays(below(60)), today) : QDate();
        item({ p, ruleId, iso(trigger), iso(expires), maybe(destroyedOn),
               destroyed ? QVariant(u"Gewist"_s) : null(),
               destroyed ? QVariant(u"bench"_s) : null(), stamp });
    }
    Inserter hold(db,
                  u"INSERT INTO retention_holds (person_id, reason, placed_on, placed_by, "
                  "released_on, released_by) VALUES (?, 'Klacht bij de AP', ?, 'bench', ?, "
                  "?)"_s);
    for (int i = 0; i < std::max(2, persons / 700); ++i) {
        const QDate placed = today.addDays(-below(730));
        const bool released = chance(0.5);
        hold({ 1 + below(persons), iso(placed),
               maybe(released ? std::min(placed.addDays(30 + below(200)), today) : QDate()),
               released ? QVariant(u"bench"_s) : null() });
    }
    Inserter destruction(
        db,
        u"INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, "
        "method, kind, rule_text, subject_ref, expired_on, what, audit_seq, proof_hash) "
        "VALUES (?, ?, 'bench', 'Gewist', ?, 'regel', ?, ?, 'details', 1, 'ab')"_s);
    for (int i = 0; i < std::max(10, cases / 20); ++i) {
        const QDate on = start.addDays(below(span + 1));
        destruction({ QString(iso(on) + u"T10:00:00.000Z"_s), iso(on),
                      chance(0.5) ? u"verzoekdossier"_s : u"item"_s,
                      u"P-%1"_s.arg(1 + below(persons)), iso(on.addDays(-below(100))) });
    }
    if (!transaction.commit())
        die(transaction.errorText());
    // No ANALYZE: the product never runs it, so the planner works without statistics here too.
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_dashboard";
    runs() = 7;
    QCoreApplication app(argc, argv);
    int cases = 50000;
    int disclosures = 200000;
    QString storeDir;
    QStringList statements;
    QStringList queries;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "--quick"_L1) {
            cases = 500;
            disclosures = 2000;
            runs() = 2;
        } else if (args.at(i) == "--cases"_L1 && i + 1 < args.size()) {
            cases = args.at(++i).toInt();
        } else if (args.at(i) == "--disclosures"_L1 && i + 1 < args.size()) {
            disclosures = args.at(++i).toInt();
        } else if (args.at(i) == "--store"_L1 && i + 1 < args.size()) {
            storeDir = args.at(++i);
        } else if (args.at(i) == "--exec"_L1 && i + 1 < args.size()) {
            statements << args.at(++i);
        } else if (args.at(i) == "--query"_L1 && i + 1 < args.size()) {
            queries << args.at(++i);
        } else {
            die(u"usage: bench_dashboard [--quick] [--cases N] [--disclosures N] [--store DIR] "
                "[--exec SQL]... [--query SQL]..."_s);
        }
    }
    if (cases <= 0 || disclosures < 0)
        die(u"--cases must be positive, --disclosures not negative"_s);
    if (!initSodium())
        die(u"libsodium did not initialise"_s);

    QTemporaryDir tmp;
    if (storeDir.isEmpty())
        storeDir = tmp.filePath(u"bench"_s);
    std::unique_ptr<Store> store;
    StoreError error;
    if (Store::looksLikeStore(storeDir)) {
        store = Store::open(storeDir, test::testUser, SecureBytes::fromUtf8(test::testPassword),
                            &error);
        if (!store)
            die(error.message());
        std::printf("Reusing the store in %s\n", qPrintable(storeDir));
    } else {
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        QString recovery;
        store = Store::create(storeDir, test::testUser, SecureBytes::fromUtf8(test::testPassword),
                              options, &recovery, &error);
        if (!store)
            die(error.message());
        QElapsedTimer timer;
        timer.start();
        fill(*store, cases, disclosures);
        std::printf("Filled %d requests and %d disclosures in %.1f s\n", cases, disclosures,
                    msSince(timer) / 1000.0);
    }
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery exec(store->database());
        if (!exec.exec(statement))
            die(statement + u": "_s + exec.lastError().text());
        std::printf("Executed: %s\n", qPrintable(statement));
    }
    {
        QSqlQuery query(store->database());
        const auto count = [&query](const QString &table) {
            query.exec(u"SELECT count(*) FROM "_s + table);
            query.next();
            return query.value(0).toInt();
        };
        std::printf("Store: %d cases, %d disclosures, %d retention items, %.1f MiB\n\n",
                    count(u"cases"_s), count(u"disclosures"_s), count(u"retention_items"_s),
                    static_cast<double>(store->info().databaseBytes) / (1024.0 * 1024.0));
    }

    for (const QString &sql : std::as_const(queries)) {
        QSqlQuery plan(store->database());
        if (!plan.exec(u"EXPLAIN QUERY PLAN "_s + sql))
            die(sql + u": "_s + plan.lastError().text());
        std::printf("%s\n", qPrintable(sql));
        while (plan.next())
            std::printf("    %s\n", qPrintable(plan.value(3).toString()));
        measure(u"  rows"_s, [&] {
            QSqlQuery query(store->database());
            query.setForwardOnly(true);
            query.exec(sql);
            qsizetype rows = 0;
            while (query.next())
                ++rows;
            return rows;
        });
    }
    if (!queries.isEmpty())
        return 0;

    const DashboardService service(Session { *store });
    std::printf("| %-48s | %9s | %9s | %9s |\n", "dashboard", "figure", "median ms", "worst ms");
    std::printf("|%s|%s|%s|%s|\n", "--------------------------------------------------",
                "-----------", "-----------", "-----------");
    for (const QDate on : { today, today.addYears(-1).addMonths(-2) }) {
        const QString when = on == today ? u"today"_s : iso(on);
        measure(u"deadlines(%1): open"_s.arg(when), [&] { return service.deadlines(on).open; });
        measure(u"retention(%1): expired"_s.arg(when),
                [&] { return service.retention(on).expired; });
        measure(u"disclosures(%1): to inform"_s.arg(when),
                [&] { return service.disclosures(on).toInform; });
        measure(u"all three + JSON (%1): bytes"_s.arg(when), [&] {
            return QJsonDocument(DashboardService::toJson(service.deadlines(on),
                                                          service.retention(on),
                                                          service.disclosures(on)))
                .toJson()
                .size();
        });
    }

    // Following a figure to its list: the count behind it.
    std::printf("\nDrill-down (today): the count of the list behind a figure\n");
    const CaseQuery caseQuery(Session { *store }, test::testUser);
    const DisclosureService disclosed(Session { *store });
    const RetentionService retention(Session { *store });
    measure(u"open cases on the day"_s,
            [&] { return caseQuery.count(DashboardService::openCases(today)); });
    measure(u"overdue cases on the day"_s,
            [&] { return caseQuery.count(DashboardService::overdueCases(today)); });
    measure(u"late against the law on the day"_s,
            [&] { return caseQuery.count(DashboardService::lateCases(today, LateClock::Legal)); });
    measure(u"answered late against the law (12 months)"_s, [&] {
        return caseQuery.count(DashboardService::answeredLateCases(today, LateClock::Legal));
    });
    measure(u"answered late against the own deadline only (12 months): first page"_s, [&] {
        return static_cast<int>(
            caseQuery
                .page(DashboardService::answeredLateCases(today, LateClock::PolicyOnly), {}, 0, 100)
                .size());
    });
    measure(u"answered in the last month, late"_s,
            [&] { return caseQuery.count(DashboardService::answeredCases(today, today, false)); });
    measure(u"extended late (12 months)"_s,
            [&] { return caseQuery.count(DashboardService::extendedCases(today, true)); });
    measure(u"disclosures still to inform"_s,
            [&] { return disclosed.count(DashboardService::toInform(today)); });
    measure(u"disclosures to the gemeente this month"_s, [&] {
        return disclosed.count(
            DashboardService::disclosuresIn(today, today, RecipientCategory::Gemeente));
    });
    measure(u"retention: overdue for destruction"_s, [&] {
        return retention.countDue(DashboardService::expiredOn(today), test::MustRead());
    });
    measure(u"retention: expiring in a month, one rule"_s, [&] {
        return retention.countDue(
            DashboardService::expiringIn(today.addMonths(3), today, u"contactgegevens-huurder"_s),
            test::MustRead());
    });
    return 0;
}
