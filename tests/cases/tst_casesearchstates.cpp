// Search that finds in CaseQuery, on a store folder (FTS4) and a server store (a
// tsvector document, LIKE that is case sensitive): a request number typed whole or as its tail
// finds its request whatever the states (CaseListFilter::numberFindsAnyState), other words keep
// to them, and hiddenByState counts per state what the states leave out, in one statement.

#include "RequestSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QDate today(2026, 11, 21);

CaseListFilter openWith(const QString &search)
{
    CaseListFilter filter;
    filter.today = today;
    filter.states = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
    filter.numberFindsAnyState = true;
    filter.search = search;
    return filter;
}

} // namespace

class TestCaseSearchStates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aNumberFindsItsRequestInAnyState();
    void otherWordsKeepToTheStates();
    void hiddenByStateCountsWhatTheStatesLeaveOut();
    void aDrillDownsStatesHold();

private:
    QString add(const QString &name, QDate received, std::optional<Outcome> completed);
    QStringList numbers(const CaseListFilter &filter) const;

    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseQuery> m_query;
    QString m_completed; // Zoë Afgerondsma, completed
    QString m_withdrawn; // Kees Afgerondsma, withdrawn
    QString m_open; // Kees Afgerondsma, open
};

void TestCaseSearchStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

QString TestCaseSearchStates::add(const QString &name, QDate received,
                                  std::optional<Outcome> completed)
{
    return addRequest(*m_store, m_clock, name, received, completed);
}

void TestCaseSearchStates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_query = std::make_unique<CaseQuery>(Session { *m_store }, testUser);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!add(u"Open Melder %1"_s.arg(i), today.addDays(-i), std::nullopt).isEmpty());
    m_completed = add(u"Zoë Afgerondsma"_s, { 2026, 10, 1 }, Outcome::Toegewezen);
    m_withdrawn = add(u"Kees Afgerondsma"_s, { 2026, 9, 1 }, Outcome::Ingetrokken);
    m_open = add(u"Kees Afgerondsma"_s, { 2026, 11, 10 }, std::nullopt);
    QVERIFY(!m_completed.isEmpty() && !m_withdrawn.isEmpty() && !m_open.isEmpty());
}

void TestCaseSearchStates::cleanup()
{
    m_query.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestCaseSearchStates::numbers(const CaseListFilter &filter) const
{
    ServiceError error;
    QStringList found;
    for (const CaseListRow &row : m_query->page(filter, {}, 0, 100, &error))
        found << row.number;
    if (error.isError())
        qWarning("%s", qPrintable(error.message));
    return found;
}

void TestCaseSearchStates::aNumberFindsItsRequestInAnyState()
{
    const QStringList parts = m_completed.split(u'-');
    QCOMPARE(parts.size(), 3);
    for (const QString &typed :
         QStringList { m_completed, m_completed.toLower(), parts.at(1) + u' ' + parts.at(2),
                       parts.at(1) + u'-' + parts.at(2), parts.at(2), m_completed.chopped(1) }) {
        const CaseListFilter filter = openWith(typed);
        QVERIFY2(numbers(filter).contains(m_completed), qPrintable(typed));
        ServiceError error;
        QVERIFY(m_query->count(filter, &error) >= 1);
        QVERIFY(!error.isError());
    }
    // Only the request of that number: the other completed one is not let through with it.
    QCOMPARE(numbers(openWith(m_completed)), QStringList { m_completed });
    // Without numberFindsAnyState the states hold (the CLI, a drill-down).
    CaseListFilter strict = openWith(m_completed);
    strict.numberFindsAnyState = false;
    QVERIFY(numbers(strict).isEmpty());
}

void TestCaseSearchStates::otherWordsKeepToTheStates()
{
    QCOMPARE(numbers(openWith(u"Afgerondsma"_s)), QStringList { m_open });
    QVERIFY(numbers(openWith(u"Zoë"_s)).isEmpty());
    ServiceError error;
    QCOMPARE(m_query->count(openWith(u"Afgerondsma"_s), &error), 1);
    QVERIFY(!error.isError());
}

void TestCaseSearchStates::hiddenByStateCountsWhatTheStatesLeaveOut()
{
    ServiceError error;
    const QMap<CaseState, int> hidden = m_query->hiddenByState(openWith(u"Afgerondsma"_s), &error);
    QVERIFY(!error.isError());
    const QMap<CaseState, int> expected { { CaseState::Afgerond, 1 },
                                          { CaseState::Ingetrokken, 1 } };
    QCOMPARE(hidden, expected);
    // A number found whatever the states is not hidden.
    QVERIFY(m_query->hiddenByState(openWith(m_completed), &error).isEmpty());
    // Without a search, or without states: nothing to say.
    QVERIFY(m_query->hiddenByState(openWith(QString()), &error).isEmpty());
    CaseListFilter all = openWith(u"Afgerondsma"_s);
    all.states.clear();
    QVERIFY(m_query->hiddenByState(all, &error).isEmpty());
    // Completed only: Kees's open and withdrawn requests are hidden, his completed one none.
    CaseListFilter completed = openWith(u"Kees"_s);
    completed.states = { CaseState::Afgerond };
    const QMap<CaseState, int> others = m_query->hiddenByState(completed, &error);
    QVERIFY(!error.isError());
    QVERIFY(!others.contains(CaseState::Afgerond));
    QCOMPARE(others.value(CaseState::Ingetrokken), 1);
    int total = 0;
    for (const int count : others)
        total += count;
    QCOMPARE(total, 2);
    // A failed read is an error, never "nothing hidden".
    QVERIFY(renameTable(m_store->database(), u"case_search"_s, u"case_search_weg"_s));
    QVERIFY(m_query->hiddenByState(openWith(u"Melder"_s), &error).isEmpty());
    QVERIFY(error.isError());
    QVERIFY(renameTable(m_store->database(), u"case_search_weg"_s, u"case_search"_s));
}

void TestCaseSearchStates::aDrillDownsStatesHold()
{
    // A filter with states that are not the list's own (numberFindsAnyState off) keeps them
    // for a number too, and counts it as hidden.
    CaseListFilter drill = openWith(m_completed);
    drill.numberFindsAnyState = false;
    ServiceError error;
    QCOMPARE(m_query->count(drill, &error), 0);
    QCOMPARE(m_query->hiddenByState(drill, &error),
             (QMap<CaseState, int> { { CaseState::Afgerond, 1 } }));
}

QTEST_MAIN(TestCaseSearchStates)
#include "tst_casesearchstates.moc"
