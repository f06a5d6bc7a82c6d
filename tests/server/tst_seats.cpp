// Thirty seats at once on one server store: thirty KCC employees, each a process of
// its own (the real privacydesk-cli as that employee's login), log phone requests while the
// privacy officer extends and completes requests in this process. Afterwards: every intake
// committed with a number of its own (no duplicate, no gap), no update of the officer lost, each
// change in the audit trail exactly once by whom made it, and the chain verifies.

#include "ServerStoreFixture.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {
constexpr int seats = 30;
constexpr int intakesPerSeat = 3;
constexpr int officerRequests = 30;
const QString officerPassword = u"functionaris-wachtwoord"_s;
const QString seatPassword = u"kcc-medewerker-wachtwoord"_s;
} // namespace

class TestSeats final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thirtySeatsAndTheOfficerAtOnce();
    void theChainFollowsTheCommits();
    void aWriterNeverWaitsForTheChain();
    void sealingNeverReadsTheWholeTrail();
    void aSessionsTriggersReadByKeyAsTheStoreGrows();
    void aSessionPlansTheTrailsChecksOnce();

private:
    ServerStoreFixture m_server;
    QTemporaryDir m_dir;
};

void TestSeats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    // What a session plans (aSessionPlansTheTrailsChecksOnce).
    m_server.cluster().setSetting(u"shared_preload_libraries"_s, u"'pg_stat_statements'"_s);
    m_server.cluster().setSetting(u"pg_stat_statements.track"_s, u"all"_s);
    m_server.cluster().setSetting(u"pg_stat_statements.track_planning"_s, u"on"_s);
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.addUser(u"fenna"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    for (int seat = 1; seat <= seats; ++seat)
        QVERIFY2(m_server.addUser(u"kcc%1"_s.arg(seat, 2, 10, QLatin1Char('0')), u"kcc"_s,
                                  seatPassword, &error),
                 qPrintable(error));
}

void TestSeats::thirtySeatsAndTheOfficerAtOnce()
{
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    CaseService cases(Session { *officer });
    const QDate today = pd::systemClock().today();
    QStringList officersCases;
    for (int i = 0; i < officerRequests; ++i) {
        NewCase request;
        request.person.name = u"Bewoner %1"_s.arg(i);
        request.person.klantnummer = u"K-9%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Brief;
        request.receivedDate = today;
        ServiceError error;
        const auto added = cases.add(request, BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        officersCases << added->number;
    }

    QFile passwordFile(m_dir.filePath(u"kcc.pw"_s));
    QVERIFY(passwordFile.open(QIODevice::WriteOnly));
    QVERIFY(passwordFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    passwordFile.write(seatPassword.toUtf8() + '\n');
    passwordFile.close();
    // Each seat: its employee logs three calls one after the other, as a process of its own.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int seat = 1; seat <= seats; ++seat) {
        const QString login = u"kcc%1"_s.arg(seat, 2, 10, QLatin1Char('0'));
        QStringList script;
        for (int call = 1; call <= intakesPerSeat; ++call)
            script << u"\"$0\" --store \"$1\" --user %1 --password-file \"$2\" case add "
                      "--person 'Beller %1-%2' --klantnummer K-%1-%2 --type inzage "
                      "--channel telefoon --received %3 || exit 1"_s.arg(login)
                          .arg(call)
                          .arg(today.toString(Qt::ISODate));
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"PRIVACYDESK_LANG"_s, u"en"_s);
        process->setProcessEnvironment(environment);
        process->start(u"/bin/sh"_s,
                       { u"-c"_s, script.join(u'\n'), QStringLiteral(CLI_PATH), m_server.uri(),
                         passwordFile.fileName() });
        processes.push_back(std::move(process));
    }
    // Meanwhile the officer works through her requests.
    for (const QString &number : std::as_const(officersCases)) {
        ServiceError error;
        QVERIFY2(
            cases.extend(number, u"Gegevens in drie systemen"_s, today, BsnCheck::Refuse, &error),
            qPrintable(number + u": "_s + error.message));
        Completion completion;
        completion.outcome = Outcome::Ingetrokken;
        completion.answered = today;
        completion.answerChannel = u"brief"_s;
        QVERIFY2(cases.complete(number, completion, BsnCheck::Refuse, &error),
                 qPrintable(number + u": "_s + error.message));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(240000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAll().constData());
    }

    const int total = officerRequests + seats * intakesPerSeat;
    QSqlQuery query(officer->database());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT number), max(number), "
                       "count(*) FILTER (WHERE received_by LIKE 'kcc%') FROM cases"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), total);
    QCOMPARE(query.value(1).toInt(), total); // no number twice
    QCOMPARE(query.value(2).toString(),
             u"AVG-%1-%2"_s.arg(today.year()).arg(total, 4, 10, QLatin1Char('0'))); // no gap
    QCOMPARE(query.value(3).toInt(), seats * intakesPerSeat);
    // The officer's work, none of it lost.
    QVERIFY(query.exec(u"SELECT count(*) FROM cases WHERE received_by = 'fenna' AND state = "
                       "'ingetrokken' AND extended = 1 AND outcome = 'ingetrokken' AND "
                       "closed_at IS NOT NULL AND extension_reason IS NOT NULL"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), officerRequests);
    // Each change once in the trail, by whom made it.
    QVERIFY(query.exec(u"SELECT action, count(*), count(DISTINCT entity_id), min(actor), "
                       "max(actor) FROM audit_events WHERE action IN ('case.extended', "
                       "'case.completed') GROUP BY action ORDER BY action"_s));
    for (int row = 0; row < 2; ++row) {
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toInt(), officerRequests);
        QCOMPARE(query.value(2).toInt(), officerRequests);
        QCOMPARE(query.value(3).toString(), u"fenna"_s);
        QCOMPARE(query.value(4).toString(), u"fenna"_s);
    }
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_events e JOIN cases c ON c.number = "
                       "e.entity_id WHERE e.action = 'case.created' AND e.actor = c.received_by "
                       "AND e.entity_type = 'case'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), total);
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // every change described by the application
    QStringList problems;
    QVERIFY2(officer->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

namespace {

bool run(QSqlDatabase db, const QString &sql, QVariant *first = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    if (first)
        *first = query.next() ? query.value(0) : QVariant();
    return true;
}

QString readEvent(const QString &number)
{
    return uR"(SELECT pd_audit_append('[["case", "%1", "case.read", "{}"]]'))"_s.arg(number);
}

} // namespace

// A transaction holds the audit chain only while its events are sealed at commit,
// not from its first event on. A seat that began first and commits last does not keep the
// others waiting: its events follow theirs on the chain, in the order of the commits, with
// no number skipped (not even for a transaction rolled back), and the chain verifies.
void TestSeats::theChainFollowsTheCommits()
{
    StoreError openError;
    const auto first = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(first, qPrintable(openError.message()));
    const auto second = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(second, qPrintable(openError.message()));
    QSqlDatabase a = first->database();
    QSqlDatabase b = second->database();
    NewCase request;
    request.person.name = u"Bewoner Volgorde"_s;
    request.person.klantnummer = u"K-8001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = pd::systemClock().today();
    ServiceError error;
    const auto added = CaseService(Session { *first }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    const QVariant number = added->number;
    QVariant head;
    QVERIFY(run(a, u"SELECT max(seq) FROM audit_events"_s, &head));

    // The first seat writes an event and keeps its transaction open; a third one rolls back.
    QVERIFY(a.transaction());
    QVERIFY(run(a, readEvent(number.toString())));
    QVERIFY(run(a, readEvent(number.toString())));
    QVariant held;
    QVERIFY(run(a,
                u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                "AND pid = pg_backend_pid()"_s,
                &held));
    QCOMPARE(held.toInt(), 0); // the chain is not taken before the commit
    QVERIFY(run(b, u"BEGIN"_s));
    QVERIFY(run(b, readEvent(number.toString())));
    QVERIFY(run(b, u"ROLLBACK"_s));
    // The second seat commits meanwhile; it does not wait for the first.
    QVERIFY(run(b, readEvent(number.toString())));
    QVERIFY(a.commit());

    QSqlQuery query(a);
    QVERIFY(query.exec(
        u"SELECT seq, tx FROM audit_events WHERE seq > %1 ORDER BY seq"_s.arg(head.toLongLong())));
    QList<qint64> seqs;
    QList<qint64> transactions;
    while (query.next()) {
        seqs << query.value(0).toLongLong();
        transactions << query.value(1).toLongLong();
    }
    QCOMPARE(
        seqs,
        (QList<qint64> { head.toLongLong() + 1, head.toLongLong() + 2, head.toLongLong() + 3 }));
    // The second seat's event first (it committed first), then the first seat's two.
    QVERIFY(transactions.at(0) != transactions.at(1));
    QCOMPARE(transactions.at(1), transactions.at(2));
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE seq <= 0 OR hash = ''::bytea "
                       "OR prev_hash = ''::bytea"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // nothing committed unsealed
    QVERIFY(query.exec(u"SELECT count(*), max(seq) FROM audit_events"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), query.value(1).toLongLong()); // no number skipped
    QStringList problems;
    QVERIFY2(first->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

// While another holds the chain (a reader sealing, a destruction naming the head), a
// seat's commit does not wait: its events wait, numbered below zero, until the next sealer,
// here the verification, chains them after what was sealed before them.
void TestSeats::aWriterNeverWaitsForTheChain()
{
    StoreError openError;
    const auto holder = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(holder, qPrintable(openError.message()));
    const auto writer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(writer, qPrintable(openError.message()));
    QSqlDatabase h = holder->database();
    QSqlDatabase w = writer->database();
    // Were the commit to wait for the chain, it would wait for good: the holder goes on only
    // after it. The server ends such a wait as an error instead of a hanging test.
    QVERIFY(run(w, u"SET statement_timeout = '60s'"_s));
    QVariant head;
    QVERIFY(run(h, u"SELECT max(seq) FROM audit_events"_s, &head));

    QVERIFY(run(h, u"BEGIN"_s));
    QVERIFY(run(h, u"SELECT head_seq FROM pd_audit_seal()"_s));
    QVERIFY(run(w, readEvent(u"AVG-2026-9001"_s)));
    QVERIFY(run(w, readEvent(u"AVG-2026-9002"_s)));
    QVariant waiting;
    QVERIFY(run(w, u"SELECT count(*) FROM audit_events WHERE seq < 0"_s, &waiting));
    QCOMPARE(waiting.toInt(), 2); // committed, not yet on the chain
    QVERIFY(run(h, u"COMMIT"_s));

    QStringList problems;
    QVERIFY2(writer->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QSqlQuery query(w);
    QVERIFY(query.exec(u"SELECT seq, entity_id FROM audit_events WHERE seq > %1 ORDER BY seq"_s.arg(
        head.toLongLong())));
    QStringList sealed;
    while (query.next())
        sealed << query.value(0).toString() + u' ' + query.value(1).toString();
    QCOMPARE(sealed,
             (QStringList { u"%1 AVG-2026-9001"_s.arg(head.toLongLong() + 1),
                            u"%1 AVG-2026-9002"_s.arg(head.toLongLong() + 2) }));
    QVERIFY(run(w, u"SELECT count(*) FROM audit_events WHERE seq < 0"_s, &waiting));
    QCOMPARE(waiting.toInt(), 0);
}

// Sealing (at every commit) and pd_audit_others (every desk, four times a second) find
// the few waiting events on the chain's index, also while the server has no statistics on the
// trail (a new or restored store, or one filled since its last ANALYZE). Without them the
// planner guessed a third of the trail waiting and read every event each time, and a session
// kept that plan.
void TestSeats::sealingNeverReadsTheWholeTrail()
{
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    QStringList events;
    for (int i = 0; i < 400; ++i)
        events << uR"(["case", "AVG-2026-%1", "case.read", "{}"])"_s.arg(9100 + i);
    QVERIFY(
        run(officer->database(), u"SELECT pd_audit_append('[%1]')"_s.arg(events.join(u", "_s))));
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"ALTER TABLE privacydesk.audit_events SET (autovacuum_enabled = false)"_s,
                   u"DELETE FROM pg_statistic "
                   "WHERE starelid = 'privacydesk.audit_events'::regclass"_s,
                   u"LOAD 'auto_explain'"_s, u"SET auto_explain.log_min_duration = 0"_s,
                   u"SET auto_explain.log_nested_statements = on"_s,
                   u"SELECT head_seq FROM privacydesk.pd_audit_seal()"_s,
                   u"SELECT privacydesk.pd_audit_others()"_s },
                 &error, QLatin1StringView(ServerStoreFixture::database)),
             qPrintable(error));
    const QString log = m_server.cluster().serverLog(200000);
    // The sealer's search and the count of waiting events, each on the index.
    QVERIFY2(log.count(u"Index Cond: (seq < 0)"_s) >= 2, qPrintable(log.right(6000)));
    QVERIFY2(!log.contains(u"Seq Scan on audit_events"_s), qPrintable(log.right(6000)));

    // A reader of the chain asks first whether any event waits (AuditRepository), in a
    // session of its own that auto_explain watches.
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"ALTER ROLE fenna SET session_preload_libraries = 'auto_explain'"_s,
                   u"ALTER ROLE fenna SET auto_explain.log_min_duration = 0"_s },
                 &error),
             qPrintable(error));
    const auto resetRole = qScopeGuard([this] {
        QString ignored;
        m_server.cluster().execAsSuperuser({ u"ALTER ROLE fenna RESET ALL"_s }, &ignored);
    });
    const auto reader = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(reader, qPrintable(openError.message()));
    QVERIFY(run(reader->database(), u"SELECT 'before the reader'"_s));
    QStringList problems;
    QVERIFY2(reader->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    const QString later = m_server.cluster().serverLog(400000);
    const QString asked = later.mid(later.lastIndexOf(u"SELECT 'before the reader'"_s));
    QVERIFY2(asked.contains(u"Query Text: SELECT CASE WHEN"_s), qPrintable(asked.left(6000)));
    for (const QString &entry : asked.split(u"LOG:  duration:"_s)) {
        if (entry.contains(u"Query Text: SELECT CASE WHEN"_s))
            QVERIFY2(!entry.contains(u"Seq Scan on audit_events"_s), qPrintable(entry));
    }
}

// PL/pgSQL keeps a trigger's plan for the session after five runs. Made while the
// store was small (a new store, a demo, an import, a restore), a sequential scan of the requests
// stayed while the store grew: a demo of 1,000 requests read the requests 2,920 times from end
// to end (1.46 million rows) to keep the person files, against 15 short scans with the setting
// below (pg_stat_user_tables, bench_seats' demo). Every trigger function that keeps the list's
// index, a request's kinds or the person files, or checks the index's rows, prices sequential
// scans out, as `server init` and `server upgrade` leave it (access.sql), and so plans once a
// session (aSessionPlansTheTrailsChecksOnce).
void TestSeats::aSessionsTriggersReadByKeyAsTheStoreGrows()
{
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    QSqlQuery query(officer->database());
    QVERIFY(query.exec(u"SELECT p.proname, array_to_string(p.proconfig, ';') FROM pg_proc p "
                       "WHERE p.pronamespace = 'privacydesk'::regnamespace AND (p.proname LIKE "
                       "'%\\_fn' OR p.proname = 'case_search_truth') ORDER BY 1"_s));
    QStringList functions;
    while (query.next()) {
        functions << query.value(0).toString();
        const QStringList settings = query.value(1).toString().split(u';');
        QVERIFY2(settings.contains(u"enable_seqscan=off"_s)
                     && settings.contains(u"plan_cache_mode=force_generic_plan"_s),
                 qPrintable(query.value(0).toString() + u": "_s + query.value(1).toString()));
    }
    QCOMPARE(functions,
             (QStringList { u"case_search_case_delete_fn"_s, u"case_search_case_insert_fn"_s,
                            u"case_search_case_update_fn"_s, u"case_search_person_update_fn"_s,
                            u"case_search_truth"_s, u"case_types_key_delete_fn"_s,
                            u"case_types_key_insert_fn"_s, u"case_types_key_update_fn"_s,
                            u"cases_types_key_derived_fn"_s, u"mailbox_messages_kept_fn"_s,
                            u"mailbox_messages_not_removed_fn"_s, u"person_files_case_delete_fn"_s,
                            u"person_files_case_insert_fn"_s, u"person_files_case_update_fn"_s,
                            u"persons_sort_name_fn"_s }));
}

// The checks that a change of a row was described by an event of its transaction
// (pd_audit_described_by, _row, _columns, pd_audit_note_described) run for nearly every row the
// application writes. As SQL functions they were parsed and planned again at every call, about
// 1.2 ms of an intake's 7 ms. A session now plans each once, also when the server has no
// statistics on the trail, and that plan reads the entity's index: never the whole trail, nor
// all the events of the transaction (an import's 100,000).
void TestSeats::aSessionPlansTheTrailsChecksOnce()
{
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA public"_s,
                   u"ALTER TABLE privacydesk.audit_events SET (autovacuum_enabled = false)"_s,
                   u"DELETE FROM pg_statistic "
                   "WHERE starelid = 'privacydesk.audit_events'::regclass"_s,
                   u"ALTER ROLE fenna SET session_preload_libraries = 'auto_explain'"_s,
                   u"ALTER ROLE fenna SET auto_explain.log_min_duration = 0"_s,
                   u"ALTER ROLE fenna SET auto_explain.log_nested_statements = on"_s,
                   u"SELECT public.pg_stat_statements_reset()"_s },
                 &error, QLatin1StringView(ServerStoreFixture::database)),
             qPrintable(error));
    const auto resetRole = qScopeGuard([this] {
        QString ignored;
        m_server.cluster().execAsSuperuser({ u"ALTER ROLE fenna RESET ALL"_s }, &ignored);
    });
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    CaseService cases(Session { *officer });
    constexpr int intakes = 4;
    for (int i = 0; i < intakes; ++i) {
        NewCase request;
        request.person.name = u"Beller plan %1"_s.arg(i);
        request.person.klantnummer = u"P-7%1"_s.arg(i);
        request.person.relation = Relation::Woningzoekende;
        request.types = { RequestType::Inzage, RequestType::Rectificatie };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError serviceError;
        const auto added = cases.add(request, BsnCheck::Refuse, &serviceError);
        QVERIFY2(added, qPrintable(serviceError.message));
        QVERIFY2(cases.addNote(added->number, u"Teruggebeld"_s, BsnCheck::Refuse, &serviceError),
                 qPrintable(serviceError.message));
    }

    // The four checks, and the statements of the triggers and functions every intake runs,
    // each run at least once for every intake and planned once in the session.
    // (A PL/pgSQL expression without a query, as pd_next_case_number's, is counted as planned
    // but never as run.)
    struct Planned
    {
        QString pattern;
        int statements;
        int calls;
    };
    const QList<Planned> planned = { { u"%a.entity_id = eid%"_s, 4, intakes },
                                     { u"INSERT INTO person_files%"_s, 1, intakes },
                                     { u"INSERT INTO case_search%"_s, 1, intakes },
                                     { u"UPDATE cases SET types_key%"_s, 1, intakes },
                                     { u"SELECT s.name, s.number%"_s, 1, intakes },
                                     { u"%CASE code WHEN%"_s, 1, intakes },
                                     { u"%pd_year_sequence(%"_s, 1, 0 } };
    for (const auto &[pattern, statements, leastCalls] : planned) {
        QStringList rows;
        QVERIFY2(m_server.cluster().execAsSuperuser(
                     { u"SELECT s.calls || ' ' || s.plans || ' ' || regexp_replace(s.query, "
                       "'\\s+', ' ', 'g') FROM public.pg_stat_statements s "
                       "WHERE s.query LIKE '%1' ORDER BY s.query"_s.arg(pattern) },
                     &error, QLatin1StringView(ServerStoreFixture::database), &rows),
                 qPrintable(error));
        // (The four checks match one pattern; the person files' triggers for a new and a
        // changed request another.)
        QVERIFY2(rows.size() >= statements, qPrintable(pattern + u": "_s + rows.join(u"; "_s)));
        int calls = 0;
        for (const QString &row : std::as_const(rows)) {
            const QStringList counts = row.split(u' ');
            calls += counts.at(0).toInt();
            QVERIFY2(counts.at(1).toInt() == 1, qPrintable(row));
        }
        QVERIFY2(calls >= leastCalls, qPrintable(rows.join(u"; "_s)));
    }
    // Their plans (auto_explain, in the order they ran): on the entity's index.
    const QString log = m_server.cluster().serverLog(800000);
    int checks = 0;
    for (const QString &entry : log.split(u"LOG:  duration:"_s)) {
        if (!entry.contains(u"a.entity_id = eid"_s))
            continue;
        ++checks;
        QVERIFY2(entry.contains(u"audit_events_entity"_s), qPrintable(entry));
        QVERIFY2(!entry.contains(u"Seq Scan on audit_events"_s), qPrintable(entry));
        QVERIFY2(!entry.contains(u"audit_events_tx"_s), qPrintable(entry));
    }
    QVERIFY2(checks >= 4 * intakes, qPrintable(log.right(6000)));
}

QTEST_GUILESS_MAIN(TestSeats)
#include "tst_seats.moc"
