// A read whose rows fail midway is an error, never a shorter list (found again in issue
// 42). A statement can deliver rows and then fail on a later one: on a server a connection that
// drops, a statement cancelled, a value that cannot be converted; on a store folder a page that
// cannot be read. Both drivers end QSqlQuery::next() there as at the end of the rows, and only
// lastError() tells the difference.
//
// The failure is made for real: a table is put aside under another name, and a view of the same
// name and columns takes its place, in which one column of one row fails when it is computed
// (on SQLite the absolute value of the smallest integer: "integer overflow"; on PostgreSQL text
// that is not JSON, cast to JSON: "invalid input syntax for type json"). Every other row reads as
// before, so a read that stops at that row without looking at the error returns the rows before it
// as if they were all.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 11, 21);
constexpr int requests = 30;

} // namespace

class TestFailedRows final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listPageFailsAtThePersonsRow();
    void lateRequestsFailAtTheRequestsRow();
    void deadlineFiguresFailAtTheRequestsRow();
    void decisionsOfARequestFailAtItsSecondKind();

private:
    // The id of request `number`.
    qint64 caseId(const QString &number);
    // table set aside, and a view in its place in which `column` fails for the rows `where`
    // selects (a condition on the table's own columns, unqualified).
    bool failColumn(const QString &table, const QString &column, const QString &where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    QStringList m_numbers; // in the order they were logged
};

void TestFailedRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestFailedRows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    CaseService cases(Session { *m_store, m_clock });
    m_numbers.clear();
    // Thirty requests of three months ago: every one open and past its deadline; the two kinds
    // of each are read as two rows.
    for (int i = 0; i < requests; ++i) {
        NewCase request;
        request.person.name = u"Persoon %1"_s.arg(i, 2, 10, QChar(u'0'));
        request.person.klantnummer = u"K%1"_s.arg(200000 + i);
        request.types = { RequestType::Inzage, RequestType::Verwijdering };
        request.channel = Channel::Brief;
        request.receivedDate = today.addMonths(-3).addDays(i);
        ServiceError error;
        const auto added = cases.add(request, BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        m_numbers << added->number;
    }
}

void TestFailedRows::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestFailedRows::caseId(const QString &number)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id FROM cases WHERE number = ?"_s);
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool TestFailedRows::failColumn(const QString &table, const QString &column, const QString &where)
{
    const bool server = m_store->isServer();
    QStringList columns = columnNames(m_store->database(), table);
    if (!columns.contains(column))
        return false;
    // Whatever the value, NULL too.
    const QString failing = server
        ? u"CAST('x' || coalesce(CAST(%1 AS text), '') AS jsonb)::text"_s.arg(column)
        : u"abs(-9223372036854775807 - 1 - 0 * length(coalesce(%1, '')))"_s.arg(column);
    for (QString &name : columns)
        if (name == column)
            name = u"CASE WHEN %1 THEN %2 ELSE %3 END AS %3"_s.arg(where, failing, column);
    QStringList statements { u"ALTER TABLE %1 RENAME TO %1_kept"_s.arg(table),
                             u"CREATE VIEW %1 AS SELECT %2 FROM %1_kept"_s.arg(
                                 table, columns.join(u", "_s)) };
    if (server) // made by the owner: readable by the store's logins, as the table was
        statements << u"GRANT SELECT ON %1 TO PUBLIC"_s.arg(table);
    return changeByHand(*m_store, statements);
}

// The desk's list: the rows of the page up to the failing one would show as the whole list.
void TestFailedRows::listPageFailsAtThePersonsRow()
{
    const CaseQuery query(Session { *m_store, m_clock }, testUser);
    CaseListFilter all;
    all.today = today;
    ServiceError error;
    const QList<CaseListRow> before = query.page(all, {}, 0, 100, &error);
    QCOMPARE(before.size(), requests);
    QVERIFY(!error.isError());
    // The person of the request in the middle of the page fails.
    const qint64 middle = before.at(requests / 2).id;
    QSqlQuery person(m_store->database());
    QVERIFY(person.exec(u"SELECT person_id FROM cases WHERE id = %1"_s.arg(middle)));
    QVERIFY(person.next());
    QVERIFY(failColumn(u"persons"_s, u"name"_s, u"id = %1"_s.arg(person.value(0).toLongLong())));

    const QList<CaseListRow> rows = query.page(all, {}, 0, 100, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY2(rows.isEmpty(), qPrintable(u"%1 rows"_s.arg(rows.size())));

    CaseListModel model(Session { *m_store });
    model.setToday(today);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.errorText().startsWith(u"The list could not be read: "_s),
             qPrintable(model.errorText()));
}

// "Te laat": the late requests are judged in C++ from a read of the candidates.
void TestFailedRows::lateRequestsFailAtTheRequestsRow()
{
    const CaseQuery query(Session { *m_store, m_clock }, testUser);
    CaseListFilter late;
    late.today = today;
    late.lateAgainst = LateClock::Legal;
    ServiceError error;
    QCOMPARE(query.count(late, &error), requests);
    QVERIFY(!error.isError());
    QVERIFY(failColumn(u"cases"_s, u"mandate_requested"_s,
                       u"id = %1"_s.arg(caseId(m_numbers.at(requests / 2)))));

    const int counted = query.count(late, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(counted, 0);
    QVERIFY(query.page(late, {}, 0, 100, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
}

// The deadlines dashboard counts the open requests row by row: a count of the rows before the
// failing one is never shown.
void TestFailedRows::deadlineFiguresFailAtTheRequestsRow()
{
    const DashboardService service(Session { *m_store });
    ServiceError error;
    QCOMPARE(service.deadlines(today, &error).open, requests);
    QVERIFY(!error.isError());
    QVERIFY(failColumn(u"cases"_s, u"mandate_requested"_s,
                       u"id = %1"_s.arg(caseId(m_numbers.at(requests / 2)))));

    const DeadlineFigures figures = service.deadlines(today, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(figures.open, 0); // nothing is handed out as counted
}

// A combined request read with one of its two decisions would be shown, printed and answered to
// the AP as if one kind had not been decided.
void TestFailedRows::decisionsOfARequestFailAtItsSecondKind()
{
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    const QString number = m_numbers.at(requests / 2);
    QVERIFY(cases.requestIdentification(number, today.addDays(-60), &error));
    QVERIFY(cases.receiveIdentification(number, today.addDays(-59), IdMethod::Balie, true, &error));
    Completion done;
    done.outcome = Outcome::DeelsToegewezen;
    done.answered = today.addDays(-50);
    done.decisions = { { RequestType::Verwijdering,
                         Outcome::DeelsToegewezen,
                         { RefusalGround::Art17_3b },
                         u"De huurovereenkomst bewaren wij zeven jaar."_s,
                         u"Uw inschrijving als woningzoekende."_s },
                       { RequestType::Inzage, Outcome::Toegewezen, {}, {}, {} } };
    QVERIFY2(cases.complete(number, done, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(cases.find(number, &error)->decisions.size(), 2);
    QVERIFY(failColumn(u"case_decisions"_s, u"motivation"_s,
                       u"case_id = %1 AND type = 'verwijdering'"_s.arg(caseId(number))));

    const std::optional<Case> found = cases.find(number, &error);
    QVERIFY2(!found, found ? qPrintable(u"%1 decisions"_s.arg(found->decisions.size())) : "");
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY2(cases.find(m_numbers.first(), &error),
             qPrintable(error.detail)); // the others read as before
    QVERIFY(cases.list({}, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
}

QTEST_MAIN(TestFailedRows)
#include "tst_failedrows.moc"
