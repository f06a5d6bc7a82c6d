// CaseQuery on a real store with "today" pinned: every filter (against an oracle that filters
// the whole list in C++ and at its boundaries), the search of migration 0004 (diacritics,
// prefixes, postcode forms, klantnummer, case number, hostile input, renames, anonymisation, an
// upgraded version-3 store), sorting on every column both ways, paging, rowOf and the query
// plans that keep 50,000 cases fast. On both backends: an encrypted store folder
// (FTS4) and a server store (a tsvector document, PostgreSQL's planner).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "domain/SortName.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::CaseColumn)

namespace {

const QDate today(2026, 11, 21);

QStringList numbersOf(const QList<CaseListRow> &rows)
{
    QStringList numbers;
    for (const CaseListRow &row : rows)
        numbers << row.number;
    return numbers;
}

QString typesKey(const QList<RequestType> &types)
{
    QStringList codes;
    for (RequestType type : types)
        codes << codes::code(type);
    codes.sort();
    return codes.join(u',');
}

// <0, 0, >0 as SQLite orders the sort key (NULL, i.e. empty, first).
int compareKey(const CaseListRow &a, const CaseListRow &b, CaseColumn column)
{
    const auto cmp = [](const auto &x, const auto &y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (column) {
    case CaseColumn::Number:
        return cmp(a.number, b.number);
    case CaseColumn::Person:
        // Surname first, as a Dutch list (tst_sortname holds the key to names written by hand).
        return cmp(sortKey(a.personName), sortKey(b.personName));
    case CaseColumn::Types:
        return cmp(typesKey(a.types), typesKey(b.types));
    case CaseColumn::Channel:
        return cmp(codes::code(a.channel), codes::code(b.channel));
    case CaseColumn::Received:
        return cmp(a.receivedDate, b.receivedDate);
    case CaseColumn::State:
        return cmp(int(a.state), int(b.state));
    case CaseColumn::Deadline:
    case CaseColumn::DaysLeft:
        return cmp(a.deadline, b.deadline);
    case CaseColumn::Handler:
        return cmp(a.handler, b.handler);
    }
    return 0;
}

} // namespace

class TestCaseQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countAndRowColumns();
    void filtersMatchTheOracle_data();
    void filtersMatchTheOracle();
    void overdueAndDueWithinWeekBoundaries();
    void search_data();
    void search();
    void hostileInputNeverBreaksMatch_data();
    void hostileInputNeverBreaksMatch();
    void matchExpression_data();
    void matchExpression();
    void removeDiacriticsWorksInThisSqlCipher();
    void searchFollowsRenameAndAnonymisation();
    void searchCombinesWithFilters();
    void broadSearchListsWhatANarrowOneWould_data();
    void broadSearchListsWhatANarrowOneWould();
    void upgradeFromVersionThreeIndexesExistingCases();
    void sorting_data();
    void sorting();
    void paging_data();
    void paging();
    void restrictionMarksTheRowsOfEveryPage();
    void rowOf_data();
    void rowOf();
    void rowOfExcludedCase();
    void handlers();
    void indexServesSortWithoutSortingAllRows_data();
    void indexServesSortWithoutSortingAllRows();
    void keysetPageIsAnIndexRange_data();
    void keysetPageIsAnIndexRange();
    void typesKeyFollowsTheTypes();
    void listedPageReadsTheKindsFromTheRow();
    void listedPagesRunTheirStatementsAgain_data();
    void listedPagesRunTheirStatementsAgain();
    void deskListPageReadsTheKindsFromTheRow();
    void deskListPageWalksTheSortIndexAtScale_data();
    void deskListPageWalksTheSortIndexAtScale();
    void lateAgainstEachClockApart();
    void listedRequestsKeepTheListsClocks_data();
    void listedRequestsKeepTheListsClocks();

private:
    qint64 addCase(const QString &name, const QString &klantnummer, const QString &postcode,
                   int daysAgo, QList<RequestType> types, Channel channel,
                   const QString &handler = {});
    void addStandardCases();
    QList<CaseListRow> all(const CaseListFilter &filter = {},
                           CaseSort sort = { CaseColumn::Number, Qt::AscendingOrder }) const;
    CaseListFilter pinned() const
    {
        CaseListFilter filter;
        filter.today = today;
        return filter;
    }
    bool exec(const QString &sql);
    QString planOf(const QString &sql, const QVariantList &values);
    void addBroadCases();
    // The four requests of lateAgainstEachClockApart, under a policy of four weeks without an
    // extension of its own; by name.
    void addLateCases();

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<CaseQuery> m_query;
    QMap<QString, QString> m_numbers; // name → case number
};

void TestCaseQuery::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestCaseQuery::init()
{
    m_clock.set(QDateTime(today, QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_query = std::make_unique<CaseQuery>(Session { *m_store }, testUser);
    m_numbers.clear();
    addStandardCases();
}

void TestCaseQuery::cleanup()
{
    m_query.reset();
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

// The plan of a statement with these values for its "?"s, as text: SQLite's EXPLAIN QUERY
// PLAN details, a line each, or the server's EXPLAIN (serverPlan).
QString TestCaseQuery::planOf(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = m_store->database();
    QStringList details;
    if (!sql::isServer(db)) {
        QSqlQuery plan(db);
        if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
            return {};
        for (const QVariant &value : values)
            plan.addBindValue(value);
        if (!plan.exec()) {
            qWarning() << plan.lastError().text();
            return {};
        }
        while (plan.next())
            details << plan.value(3).toString();
        return details.join(u'\n');
    }
    return serverPlan(db, sql, values);
}

bool TestCaseQuery::exec(const QString &sql)
{
    QSqlQuery query(m_store->database());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

qint64 TestCaseQuery::addCase(const QString &name, const QString &klantnummer,
                              const QString &postcode, int daysAgo, QList<RequestType> types,
                              Channel channel, const QString &handler)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.postcode = postcode;
    request.types = std::move(types);
    request.channel = channel;
    request.receivedDate = today.addDays(-daysAgo);
    request.handler = handler;
    ServiceError error;
    const auto created = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!created) {
        qWarning() << error.message << error.detail;
        return 0;
    }
    m_numbers.insert(name, created->number);
    return created->id;
}

// Twelve requests: overdue, due this week, later, closed; several handlers, channels, types;
// names with diacritics, shared prefixes and FTS operator words.
void TestCaseQuery::addStandardCases()
{
    using T = RequestType;
    using C = Channel;
    QVERIFY(addCase(u"Ayşe Çelik"_s, u"K100001"_s, u"1234 AB"_s, 40, { T::Inzage }, C::Email,
                    testUser));
    QVERIFY(addCase(u"Jan Jansen"_s, u"K100002"_s, u"7411 XZ"_s, 27, { T::Inzage, T::Verwijdering },
                    C::Telefoon, u"m.bakker"_s));
    QVERIFY(addCase(u"Émile Öztürk"_s, u"K100003"_s, u"7512 CD"_s, 2, { T::Bezwaar }, C::Brief));
    QVERIFY(addCase(u"Jansje de Boer"_s, u"K100004"_s, u"8011 EF"_s, 60, { T::Rectificatie },
                    C::Balie, testUser));
    QVERIFY(addCase(u"Ornella Near"_s, u"K200005"_s, u"1011 GH"_s, 5, { T::Klacht },
                    C::Webformulier, u"m.bakker"_s));
    QVERIFY(addCase(u"Pieter Bakker"_s, u"K200006"_s, u"2511 JK"_s, 31, { T::Overdraagbaarheid },
                    C::Gemachtigde));
    QVERIFY(addCase(u"Zoë Visser"_s, u"K200007"_s, u"3011 LM"_s, 12, { T::Beperking, T::Inzage },
                    C::Ap, testUser));
    QVERIFY(addCase(u"anna smit"_s, u"K200008"_s, u"9711 NP"_s, 25, { T::Intrekking }, C::Email));
    QVERIFY(addCase(u"Bram van Dijk"_s, u"K200009"_s, u"6211 RS"_s, 90, { T::Inzage }, C::Email,
                    u"a.peters"_s));
    QVERIFY(addCase(u"Céline Dekker"_s, u"K200010"_s, u"5611 TV"_s, 0, { T::Overig }, C::Telefoon));
    // A second request of the same person (same klantnummer).
    QVERIFY(addCase(u"Jan Jansen"_s, u"K100002"_s, u"7411 XZ"_s, 3, { T::Bezwaar }, C::Email));
    m_numbers.insert(u"Jan Jansen 2"_s, m_numbers.value(u"Jan Jansen"_s));
    QVERIFY(addCase(u"Fatma Yılmaz"_s, u"K200011"_s, u"7001 WX"_s, 50, { T::Inzage }, C::Telefoon));

    // States: identification asked, in progress, closed.
    ServiceError error;
    const QString celine = m_numbers.value(u"Céline Dekker"_s);
    QVERIFY(m_cases->requestIdentification(celine, today, &error));
    const QString zoe = m_numbers.value(u"Zoë Visser"_s);
    QVERIFY(m_cases->receiveIdentification(zoe, today.addDays(-10), IdMethod::Balie, true, &error));
    const QString jansje = m_numbers.value(u"Jansje de Boer"_s);
    QVERIFY(m_cases->receiveIdentification(jansje, today.addDays(-58), IdMethod::Portaal, true,
                                           &error));
    QVERIFY2(m_cases->complete(
                 jansje, test::completion(Outcome::Toegewezen, today.addDays(-40), u"brief"_s),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString bram = m_numbers.value(u"Bram van Dijk"_s);
    QVERIFY(
        m_cases->receiveIdentification(bram, today.addDays(-88), IdMethod::Portaal, true, &error));
    QVERIFY(m_cases->complete(bram,
                              test::completion(Outcome::Afgewezen, today.addDays(-70), u"brief"_s,
                                               { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s),
                              BsnCheck::Refuse, &error));
}

QList<CaseListRow> TestCaseQuery::all(const CaseListFilter &filter, CaseSort sort) const
{
    return m_query->page(filter, sort, 0, 100000);
}

void TestCaseQuery::countAndRowColumns()
{
    QCOMPARE(m_query->count(pinned()), 12);
    const QList<CaseListRow> rows = all(pinned());
    QCOMPARE(rows.size(), 12);
    const auto jan = std::find_if(rows.cbegin(), rows.cend(), [](const CaseListRow &r) {
        return r.personName == u"Jan Jansen"_s && r.types.size() == 2;
    });
    QVERIFY(jan != rows.cend());
    QCOMPARE(jan->types, (QList<RequestType> { RequestType::Inzage, RequestType::Verwijdering }));
    QCOMPARE(jan->channel, Channel::Telefoon);
    QCOMPARE(jan->receivedDate, today.addDays(-27));
    QCOMPARE(jan->state, CaseState::Ontvangen);
    QCOMPARE(jan->handler, u"m.bakker"_s);
    QVERIFY(!jan->extended);
    const auto full = m_cases->find(jan->number);
    QVERIFY(full);
    QCOMPARE(jan->deadline, m_cases->deadlines(*full, nullptr).value().current);
    QCOMPARE(jan->daysLeft, int(today.daysTo(jan->deadline)));
    QVERIFY(jan->id > 0);

    ServiceError error;
    QVERIFY(m_cases->receiveIdentification(jan->number, today, IdMethod::Balie, true, &error));
    QVERIFY(m_cases->extend(jan->number, u"Complex verzoek"_s, today, BsnCheck::Refuse, &error));
    const QList<CaseListRow> after = all(pinned());
    const auto extended = std::find_if(after.cbegin(), after.cend(),
                                       [&](const CaseListRow &r) { return r.id == jan->id; });
    QVERIFY(extended->extended);
    QCOMPARE(extended->state, CaseState::InBehandeling);
    QVERIFY(extended->deadline > jan->deadline);
}

void TestCaseQuery::filtersMatchTheOracle_data()
{
    QTest::addColumn<int>("which");
    const char *const names[] = { "state open",   "state closed", "state identificatie",
                                  "type inzage",  "type bezwaar", "channel email",
                                  "channel ap",   "handler",      "handler none",
                                  "overdue",      "due week",     "mine",
                                  "mine+overdue", "type+channel", "state+due week" };
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestCaseQuery::filtersMatchTheOracle()
{
    QFETCH(int, which);
    CaseListFilter filter = pinned();
    std::function<bool(const CaseListRow &)> expected;
    const QSet<CaseState> open { CaseState::Ontvangen, CaseState::Identificatie,
                                 CaseState::InBehandeling };
    switch (which) {
    case 0:
        filter.states = open;
        expected = [](const CaseListRow &r) {
            return r.isOpen();
        };
        break;
    case 1:
        filter.states = { CaseState::Afgerond };
        expected = [](const CaseListRow &r) {
            return r.state == CaseState::Afgerond;
        };
        break;
    case 2:
        filter.states = { CaseState::Identificatie };
        expected = [](const CaseListRow &r) {
            return r.state == CaseState::Identificatie;
        };
        break;
    case 3:
        filter.type = RequestType::Inzage;
        expected = [](const CaseListRow &r) {
            return r.types.contains(RequestType::Inzage);
        };
        break;
    case 4:
        filter.type = RequestType::Bezwaar;
        expected = [](const CaseListRow &r) {
            return r.types.contains(RequestType::Bezwaar);
        };
        break;
    case 5:
        filter.channel = Channel::Email;
        expected = [](const CaseListRow &r) {
            return r.channel == Channel::Email;
        };
        break;
    case 6:
        filter.channel = Channel::Ap;
        expected = [](const CaseListRow &r) {
            return r.channel == Channel::Ap;
        };
        break;
    case 7:
        filter.handler = u"m.bakker"_s;
        expected = [](const CaseListRow &r) {
            return r.handler == u"m.bakker"_s;
        };
        break;
    case 8:
        filter.handler = QString();
        expected = [](const CaseListRow &r) {
            return r.handler.isEmpty();
        };
        break;
    case 9:
        filter.overdue = true;
        expected = [](const CaseListRow &r) {
            return r.isOverdue();
        };
        break;
    case 10:
        filter.dueWithinWeek = true;
        expected = [](const CaseListRow &r) {
            return r.isDueWithinWeek();
        };
        break;
    case 11:
        filter.mine = true;
        expected = [](const CaseListRow &r) {
            return r.handler == testUser;
        };
        break;
    case 12:
        filter.mine = true;
        filter.overdue = true;
        expected = [](const CaseListRow &r) {
            return r.handler == testUser && r.isOverdue();
        };
        break;
    case 13:
        filter.type = RequestType::Inzage;
        filter.channel = Channel::Email;
        expected = [](const CaseListRow &r) {
            return r.types.contains(RequestType::Inzage) && r.channel == Channel::Email;
        };
        break;
    default:
        filter.states = { CaseState::Ontvangen };
        filter.dueWithinWeek = true;
        expected = [](const CaseListRow &r) {
            return r.state == CaseState::Ontvangen && r.isDueWithinWeek();
        };
        break;
    }
    QStringList oracle;
    for (const CaseListRow &row : all(pinned())) {
        if (expected(row))
            oracle << row.number;
    }
    QVERIFY2(!oracle.isEmpty(), "the standard cases must exercise every filter");
    QCOMPARE(numbersOf(all(filter)), oracle);
    QCOMPARE(m_query->count(filter), oracle.size());
}

void TestCaseQuery::overdueAndDueWithinWeekBoundaries()
{
    // Pin the stored deadlines of four open cases and one closed case around today.
    const auto setDeadline = [this](const QString &name, QDate deadline) {
        return exec(u"UPDATE cases SET deadline_effective = '%1' WHERE number = '%2'"_s.arg(
            deadline.toString(Qt::ISODate), m_numbers.value(name)));
    };
    QVERIFY(setDeadline(u"Ayşe Çelik"_s, today.addDays(-1)));
    QVERIFY(setDeadline(u"Émile Öztürk"_s, today));
    QVERIFY(setDeadline(u"Ornella Near"_s, today.addDays(7)));
    QVERIFY(setDeadline(u"Pieter Bakker"_s, today.addDays(8)));
    QVERIFY(setDeadline(u"Jansje de Boer"_s, today.addDays(-5))); // closed: never overdue
    QVERIFY(exec(u"UPDATE cases SET deadline_effective = '2099-01-01' WHERE number NOT IN "
                 "('%1', '%2', '%3', '%4', '%5')"_s.arg(
                     m_numbers.value(u"Ayşe Çelik"_s), m_numbers.value(u"Émile Öztürk"_s),
                     m_numbers.value(u"Ornella Near"_s), m_numbers.value(u"Pieter Bakker"_s),
                     m_numbers.value(u"Jansje de Boer"_s))));

    CaseListFilter overdue = pinned();
    overdue.overdue = true;
    QCOMPARE(numbersOf(all(overdue)), QStringList { m_numbers.value(u"Ayşe Çelik"_s) });
    QCOMPARE(all(overdue).constFirst().daysLeft, -1);

    CaseListFilter week = pinned();
    week.dueWithinWeek = true;
    QCOMPARE(
        numbersOf(all(week, { CaseColumn::Deadline, Qt::AscendingOrder })),
        (QStringList { m_numbers.value(u"Émile Öztürk"_s), m_numbers.value(u"Ornella Near"_s) }));

    // A day later, the same store: today moves with the filter.
    week.today = today.addDays(1);
    QCOMPARE(
        numbersOf(all(week, { CaseColumn::Deadline, Qt::AscendingOrder })),
        (QStringList { m_numbers.value(u"Ornella Near"_s), m_numbers.value(u"Pieter Bakker"_s) }));
    overdue.today = today.addDays(1);
    QCOMPARE(m_query->count(overdue), 2);
}

void TestCaseQuery::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("names");
    const QStringList celik { u"Ayşe Çelik"_s };
    QTest::newRow("without diacritics") << u"celik"_s << celik;
    QTest::newRow("with diacritics") << u"Çelik"_s << celik;
    QTest::newRow("upper case") << u"CELIK"_s << celik;
    QTest::newRow("prefix cel") << u"cel"_s
                                << (QStringList { u"Ayşe Çelik"_s, u"Céline Dekker"_s });
    QTest::newRow("prefix ce") << u"çe"_s << (QStringList { u"Ayşe Çelik"_s, u"Céline Dekker"_s });
    QTest::newRow("ayse") << u"ayse cel"_s << celik;
    QTest::newRow("emile ozturk") << u"emile oz"_s << QStringList { u"Émile Öztürk"_s };
    QTest::newRow("zoe") << u"zoe"_s << QStringList { u"Zoë Visser"_s };
    QTest::newRow("jan") << u"jan"_s
                         << (QStringList { u"Jan Jansen"_s, u"Jan Jansen"_s, u"Jansje de Boer"_s });
    QTest::newRow("jans") << u"jans"_s
                          << (QStringList { u"Jan Jansen"_s, u"Jan Jansen"_s,
                                            u"Jansje de Boer"_s });
    QTest::newRow("jansen") << u"jansen"_s << (QStringList { u"Jan Jansen"_s, u"Jan Jansen"_s });
    QTest::newRow("two words") << u"jan boer"_s << QStringList { u"Jansje de Boer"_s };
    QTest::newRow("postcode with space") << u"1234 AB"_s << celik;
    QTest::newRow("postcode without space") << u"1234AB"_s << celik;
    QTest::newRow("postcode lower case") << u"1234ab"_s << celik;
    QTest::newRow("postcode digits") << u"1234"_s << celik;
    QTest::newRow("postcode partial") << u"1234 a"_s << celik;
    QTest::newRow("klantnummer") << u"K100003"_s << QStringList { u"Émile Öztürk"_s };
    QTest::newRow("klantnummer lower") << u"k200010"_s << QStringList { u"Céline Dekker"_s };
    QTest::newRow("klantnummer prefix")
        << u"K10000"_s
        << (QStringList { u"Ayşe Çelik"_s, u"Jan Jansen"_s, u"Jan Jansen"_s, u"Émile Öztürk"_s,
                          u"Jansje de Boer"_s });
    QTest::newRow("nothing") << u"xyzzy"_s << QStringList {};
    QTest::newRow("operator word as name") << u"near"_s << QStringList { u"Ornella Near"_s };
    QTest::newRow("OR as a prefix") << u"OR"_s << QStringList { u"Ornella Near"_s };
    QTest::newRow("minus is no exclusion")
        << u"-jansen"_s << (QStringList { u"Jan Jansen"_s, u"Jan Jansen"_s });
    // FTS4's unicode61 keeps the dotless i a letter of its own; the server's unaccent folds it
    // to i, as it folds Ø to O (pd_fold folds further than unicode61, see the pg baseline).
    QTest::newRow("dotless i is its own letter")
        << u"yilmaz"_s
        << (testBackend() == Backend::Server ? QStringList { u"Fatma Yılmaz"_s } : QStringList {});
    QTest::newRow("dotless i typed") << u"yıl"_s << QStringList { u"Fatma Yılmaz"_s };
}

void TestCaseQuery::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, names);
    CaseListFilter filter = pinned();
    filter.search = typed;
    QStringList found;
    for (const CaseListRow &row : all(filter, { CaseColumn::Number, Qt::AscendingOrder }))
        found << row.personName;
    found.sort();
    names.sort();
    QCOMPARE(found, names);
    QCOMPARE(m_query->count(filter), names.size());
}

void TestCaseQuery::hostileInputNeverBreaksMatch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected"); // -1: every case (nothing searchable typed)
    QTest::newRow("quote") << u"\""_s << -1;
    QTest::newRow("star") << u"*"_s << -1;
    QTest::newRow("minus") << u"-"_s << -1;
    QTest::newRow("OR alone") << u"OR"_s << 1;
    QTest::newRow("NEAR alone") << u"NEAR"_s << 1;
    QTest::newRow("NEAR/3") << u"jan NEAR/3 jansen"_s << 0;
    QTest::newRow("a OR b") << u"jansen OR celik"_s << 0;
    QTest::newRow("open quote") << u"\"jansen"_s << 2;
    QTest::newRow("quotes and star") << u"\"jan*\" *"_s << 3;
    QTest::newRow("column filter") << u"name:jansen"_s << 0;
    QTest::newRow("parentheses") << u"(jansen)"_s << 2;
    QTest::newRow("caret") << u"^jansen"_s << 2;
    QTest::newRow("AND NOT") << u"AND NOT"_s << 0;
    QTest::newRow("sql") << u"'; DROP TABLE cases; --"_s << 0;
    QTest::newRow("only spaces") << u"   "_s << -1;
    QTest::newRow("nine words") << u"a b c d e f g h jansen"_s << 0;
}

void TestCaseQuery::hostileInputNeverBreaksMatch()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    // The expression itself runs without an error...
    const QString match = CaseQuery::searchExpression(m_store->database(), typed);
    QCOMPARE(match.isEmpty(), CaseQuery::matchExpression(typed).isEmpty());
    if (!match.isEmpty()) {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT count(*) FROM ("_s + CaseRepository::searchSql(m_store->database())
                      + u") AS found"_s);
        query.addBindValue(match);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    // ...and the list finds what the words find.
    CaseListFilter filter = pinned();
    filter.search = typed;
    QCOMPARE(m_query->count(filter), expected < 0 ? 12 : expected);
    QCOMPARE(m_query->page(filter, {}, 0, 100).size(), expected < 0 ? 12 : expected);
    QCOMPARE(m_query->count(pinned()), 12);
}

void TestCaseQuery::matchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one word") << u"jan"_s << u"\"jan*\""_s;
    QTest::newRow("postcode") << u"1234 AB"_s << u"\"1234*\" \"AB*\""_s;
    QTest::newRow("case number") << u"AVG-2026-0012"_s << u"\"AVG*\" \"2026*\" \"0012*\""_s;
    QTest::newRow("quotes stripped") << u"\"a\"b"_s << u"\"a*\" \"b*\""_s;
    QTest::newRow("diacritics kept for the tokenizer") << u"Çelik"_s << u"\"Çelik*\""_s;
    QTest::newRow("combining mark") << u"C\u0327elik"_s << u"\"C\u0327elik*\""_s;
    QTest::newRow("operators") << u"* - OR ^"_s << u"\"OR*\""_s;
}

void TestCaseQuery::matchExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(CaseQuery::matchExpression(typed), expression);
}

// SQLite 3.15 (SQLCipher 3.4.1) has unicode61 with remove_diacritics, and the server folds with
// unaccent: prove it on this build, with the decomposed form too.
void TestCaseQuery::removeDiacriticsWorksInThisSqlCipher()
{
    const QSqlDatabase db = m_store->database();
    QSqlQuery query(db);
    QVERIFY(query.exec(sql::isServer(db) ? u"SELECT version()"_s : u"SELECT sqlite_version()"_s)
            && query.next());
    qInfo("%s", qPrintable(query.value(0).toString()));
    query.finish();
    const QStringList forms { u"celik"_s, u"CELIK"_s, u"çelik"_s, u"C\u0327elik"_s, u"cêlík"_s };
    for (const QString &form : forms) {
        query.prepare(u"SELECT count(*) FROM ("_s + CaseRepository::searchSql(db)
                      + u") AS found"_s);
        query.addBindValue(CaseQuery::searchExpression(db, form));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QVERIFY2(query.value(0).toInt() == 1, qPrintable(form));
    }
}

void TestCaseQuery::searchFollowsRenameAndAnonymisation()
{
    CaseListFilter filter = pinned();
    filter.search = u"jansen"_s;
    QCOMPARE(m_query->count(filter), 2);

    // A rename (no service exists yet; the trigger must not depend on one).
    QVERIFY(exec(u"UPDATE persons SET name = 'Jan Jánssens', postcode = '7412 AA' "
                 "WHERE klantnummer = 'K100002'"_s));
    QCOMPARE(m_query->count(filter), 0);
    filter.search = u"janssens"_s;
    QCOMPARE(m_query->count(filter), 2);
    filter.search = u"7412aa"_s;
    QCOMPARE(m_query->count(filter), 2);
    filter.search = u"7411"_s;
    QCOMPARE(m_query->count(filter), 0);
    QVERIFY(exec(u"UPDATE persons SET klantnummer = 'K900002' WHERE klantnummer = 'K100002'"_s));
    filter.search = u"K900002"_s;
    QCOMPARE(m_query->count(filter), 2);

    // Anonymisation: nothing personal is findable any more; the case number still is.
    QVERIFY(exec(u"UPDATE persons SET name = 'Geanonimiseerd', anonymised_at = "
                 "'2026-11-21T12:00:00Z' WHERE klantnummer = 'K900002'"_s));
    for (const QString &typed : { u"janssens"_s, u"K900002"_s, u"7412"_s, u"geanonimiseerd"_s }) {
        filter.search = typed;
        QVERIFY2(m_query->count(filter) == 0, qPrintable(typed));
    }
    filter.search = m_numbers.value(u"Jan Jansen"_s);
    QCOMPARE(m_query->count(filter), 1);
    // The merged index holds no trace of the old name (FTS4: its terms through fts4aux; the
    // server: the words of the documents).
    QSqlQuery terms(m_store->database());
    if (sql::isServer(m_store->database())) {
        QVERIFY(terms.exec(u"SELECT count(*) FROM case_search, "
                           "unnest(tsvector_to_array(document)) AS term "
                           "WHERE term IN ('janssens', 'k900002')"_s));
    } else {
        QVERIFY(exec(u"CREATE VIRTUAL TABLE temp.terms USING fts4aux(main, case_search)"_s));
        QVERIFY(
            terms.exec(u"SELECT count(*) FROM temp.terms WHERE term IN ('janssens', 'k900002')"_s));
    }
    QVERIFY(terms.next());
    QCOMPARE(terms.value(0).toInt(), 0);
}

void TestCaseQuery::searchCombinesWithFilters()
{
    CaseListFilter filter = pinned();
    filter.search = u"jan"_s;
    filter.states = { CaseState::Afgerond };
    QCOMPARE(numbersOf(all(filter)), QStringList { m_numbers.value(u"Jansje de Boer"_s) });
    filter.states.clear();
    filter.handler = u"m.bakker"_s;
    QCOMPARE(m_query->count(filter), 1);
    filter.handler.reset();
    filter.channel = Channel::Email;
    QCOMPARE(numbersOf(all(filter)), QStringList { m_numbers.value(u"Jan Jansen 2"_s) });
}

void TestCaseQuery::broadSearchListsWhatANarrowOneWould_data()
{
    QTest::addColumn<CaseColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("deadline") << CaseColumn::Deadline << Qt::AscendingOrder;
    QTest::newRow("person") << CaseColumn::Person << Qt::AscendingOrder;
    QTest::newRow("number, descending") << CaseColumn::Number << Qt::DescendingOrder;
    QTest::newRow("state") << CaseColumn::State << Qt::AscendingOrder;
}

// From 2,000 matches a search walks the sort column's index instead of reading each match by
// id, and a count of the search alone is the number of matches. The rows, their
// order and the count are those of the whole list with only the matching requests kept.
void TestCaseQuery::broadSearchListsWhatANarrowOneWould()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    addBroadCases();
    const std::unique_ptr<Store> &store = m_store;
    const QDate demoToday = today;
    const CaseQuery query(Session { *store }, testUser);
    CaseListFilter filter;
    filter.today = demoToday;
    filter.search = u"AVG 2026"_s;
    QSet<qint64> matching;
    {
        QSqlQuery ids(store->database());
        QVERIFY(ids.prepare(CaseRepository::searchSql(store->database())));
        ids.addBindValue(CaseQuery::searchExpression(store->database(), filter.search));
        QVERIFY(ids.exec());
        while (ids.next())
            matching.insert(ids.value(0).toLongLong());
    }
    CaseListFilter everything;
    everything.today = demoToday;
    const int total = query.count(everything);
    QVERIFY2(matching.size() >= 2000 && matching.size() < total,
             qPrintable(u"%1 of %2 match"_s.arg(matching.size()).arg(total)));
    QCOMPARE(query.count(filter), matching.size());

    // Page by page as the list's model fetches (a keyset after the last row).
    const CaseSort sort { column, order };
    const auto walk = [&](const CaseListFilter &f) {
        QList<qint64> rows;
        QList<CaseListRow> page = query.page(f, sort, 0, 500);
        while (!page.isEmpty()) {
            for (const CaseListRow &row : std::as_const(page))
                rows << row.id;
            page = query.pageAfter(f, sort, page.constLast(), 500);
        }
        return rows;
    };
    QList<qint64> expected;
    for (qint64 id : walk(everything))
        if (matching.contains(id))
            expected << id;
    QCOMPARE(expected.size(), matching.size());
    QCOMPARE(walk(filter), expected);
    // With another condition the count reads the requests.
    // Counted again once the search's plan is known: still the matches, read afresh.
    QCOMPARE(query.count(filter), matching.size());
    filter.states = { CaseState::Afgerond };
    everything.states = filter.states;
    int finished = 0;
    for (const CaseListRow &row : query.page(everything, sort, 0, total))
        finished += matching.contains(row.id) ? 1 : 0;
    QCOMPARE(query.count(filter), finished);
}

// 2,600 requests more, as SQL writes them on both backends (one statement each for the persons,
// the requests and their kinds): 2,080 of 2026 (a search for "AVG 2026" finds them and the twelve
// standard ones), 520 of 2025; 300 names for 2,600 persons, some requests closed, some without a
// deadline or with a handler.
void TestCaseQuery::addBroadCases()
{
    const QString numbers = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 2600) "_s;
    QVERIFY(exec(numbers
                 + u"INSERT INTO persons (name, relation, klantnummer, postcode, created_at, "
                   "created_by) SELECT 'Huurder ' || (i % 300), 'huurder', 'B' || i, '1000 AA', "
                   "'2026-01-01T00:00:00.000Z', 'j.devries' FROM n"_s));
    QVERIFY(
        exec(numbers
             + u"INSERT INTO cases (number, person_id, channel, received_date, received_by, "
               "state, handler, deadline_effective, closed_at, created_at, updated_at) "
               "SELECT 'AVG-' || CASE WHEN i % 5 = 0 THEN '2025' ELSE '2026' END || '-' "
               "|| (10000 + i), (SELECT p.id FROM persons p WHERE p.klantnummer = 'B' || i), "
               "'email', CASE WHEN i % 5 = 0 THEN '2025-06-15' ELSE '2026-10-' || (10 + i % 20) "
               "END, 'j.devries', CASE WHEN i % 7 = 0 THEN 'afgerond' WHEN i % 3 = 0 THEN "
               "'identificatie' ELSE 'ontvangen' END, CASE WHEN i % 4 = 0 THEN 'm.bakker' END, "
               "CASE WHEN i % 11 = 0 THEN NULL ELSE '2026-11-' || (10 + i % 19) END, "
               "CASE WHEN i % 7 = 0 THEN '2026-11-01T10:00:00.000Z' END, "
               "'2026-10-10T00:00:00.000Z', '2026-10-10T00:00:00.000Z' FROM n"_s));
    QVERIFY(exec(u"INSERT INTO case_types (case_id, type) SELECT id, 'inzage' FROM cases "
                 "WHERE number LIKE 'AVG-____-1____'"_s));
}

// A store that held cases before migration 0004: opening it indexes them.
void TestCaseQuery::upgradeFromVersionThreeIndexesExistingCases()
{
    if (testBackend() == Backend::Server)
        QSKIP("A store folder's migrations: a server store starts at schema 26 (the pg "
              "baseline), so there is no version-3 server store to upgrade.");
    QVERIFY(exec(u"DROP TRIGGER case_search_case_insert"_s));
    QVERIFY(exec(u"DROP TRIGGER case_search_case_update"_s));
    QVERIFY(exec(u"DROP TRIGGER case_search_case_delete"_s));
    QVERIFY(exec(u"DROP TRIGGER case_search_person_update"_s));
    QVERIFY(exec(u"DROP TABLE case_search"_s));
    for (const QString &index :
         { u"cases_received_number"_s, u"cases_deadline_number"_s, u"cases_handler_number"_s,
           u"cases_channel_number"_s, u"persons_name_nocase"_s })
        QVERIFY(exec(u"DROP INDEX "_s + index));
    QVERIFY(exec(u"CREATE INDEX cases_received ON cases (received_date)"_s));
    QVERIFY(exec(u"CREATE INDEX cases_handler ON cases (handler)"_s));
    // Everything later migrations (5 and up) added goes too: a version-3 store has only these.
    const QStringList v3Tables { u"meta"_s,       u"users"_s,        u"settings"_s,
                                 u"persons"_s,    u"case_numbers"_s, u"cases"_s,
                                 u"case_types"_s, u"case_notes"_s,   u"audit_events"_s };
    QVERIFY(exec(u"PRAGMA foreign_keys = OFF"_s));
    for (const char *kind : { "trigger", "view", "table" }) {
        QSqlQuery objects(m_store->database());
        QVERIFY(objects.exec(u"SELECT name, tbl_name FROM sqlite_master WHERE type = '%1' "
                             "AND name NOT LIKE 'sqlite_%%'"_s.arg(QLatin1StringView(kind))));
        QStringList drop;
        while (objects.next()) {
            const QString name = objects.value(0).toString();
            const QString table = objects.value(1).toString();
            const bool v3Trigger = name.startsWith(u"audit_events_"_s);
            if (QLatin1StringView(kind) == QLatin1StringView("trigger") ? !v3Trigger
                                                                        : !v3Tables.contains(table))
                drop << name;
        }
        objects.finish();
        for (const QString &name : std::as_const(drop))
            exec(u"DROP %1 IF EXISTS %2"_s.arg(QString::fromLatin1(kind).toUpper(), name));
    }
    // And the columns they added to version-3 tables that no later step rebuilds (0016:
    // persons.source): persons as schema 3 created it, with its rows.
    QVERIFY(exec(u"CREATE TABLE persons_v3 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "relation TEXT NOT NULL CHECK (relation IN ('huurder', 'ex-huurder', "
                 "'woningzoekende', 'medebewoner', 'sollicitant', 'medewerker', 'overig')), "
                 "klantnummer TEXT UNIQUE, street TEXT, house_number TEXT, postcode TEXT, "
                 "city TEXT, phone TEXT, email TEXT, relation_end TEXT, created_at TEXT NOT NULL, "
                 "created_by TEXT NOT NULL, anonymised_at TEXT)"_s));
    QVERIFY(exec(u"INSERT INTO persons_v3 SELECT id, name, relation, klantnummer, street, "
                 "house_number, postcode, city, phone, email, relation_end, created_at, "
                 "created_by, anonymised_at FROM persons"_s));
    QVERIFY(exec(u"DROP TABLE persons"_s));
    QVERIFY(exec(u"ALTER TABLE persons_v3 RENAME TO persons"_s));
    QVERIFY(exec(u"CREATE INDEX persons_postcode ON persons (postcode, house_number)"_s));
    QVERIFY(exec(u"CREATE INDEX persons_name ON persons (name)"_s));
    // And case_notes as schema 3 created it (0042 added withheld).
    QVERIFY(exec(u"CREATE TABLE case_notes_v3 (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL "
                 "REFERENCES cases (id), written_at TEXT NOT NULL, author TEXT NOT NULL, "
                 "body TEXT NOT NULL)"_s));
    QVERIFY(exec(u"INSERT INTO case_notes_v3 SELECT id, case_id, written_at, author, body "
                 "FROM case_notes"_s));
    QVERIFY(exec(u"DROP TABLE case_notes"_s));
    QVERIFY(exec(u"ALTER TABLE case_notes_v3 RENAME TO case_notes"_s));
    QVERIFY(exec(u"CREATE INDEX case_notes_case ON case_notes (case_id, id)"_s));
    QVERIFY(exec(u"PRAGMA user_version = 3"_s));
    m_query.reset();
    m_cases.reset();
    m_store.reset();

    StoreError error;
    m_store = openTestStore(m_dir->filePath(u"kluis"_s), &error);
    QVERIFY2(m_store, qPrintable(error.message()));
    QVERIFY(m_store->info().schemaVersion >= 4);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_query = std::make_unique<CaseQuery>(Session { *m_store }, testUser);
    CaseListFilter filter = pinned();
    filter.search = u"celik 1234ab"_s;
    QCOMPARE(m_query->count(filter), 1);
    filter.search = u"k2000"_s;
    QCOMPARE(m_query->count(filter), 7);
}

void TestCaseQuery::sorting_data()
{
    QTest::addColumn<CaseColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<const char *, CaseColumn>> columns {
        { "number", CaseColumn::Number },     { "person", CaseColumn::Person },
        { "types", CaseColumn::Types },       { "channel", CaseColumn::Channel },
        { "received", CaseColumn::Received }, { "state", CaseColumn::State },
        { "deadline", CaseColumn::Deadline }, { "days left", CaseColumn::DaysLeft },
        { "handler", CaseColumn::Handler },
    };
    for (const auto &[name, column] : columns) {
        QTest::addRow("%s asc", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s desc", name) << column << Qt::DescendingOrder;
    }
}

void TestCaseQuery::sorting()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    const QList<CaseListRow> rows = all(pinned(), { column, order });
    QCOMPARE(rows.size(), 12);
    QStringList sortedNumbers = numbersOf(rows);
    sortedNumbers.sort();
    QCOMPARE(sortedNumbers, numbersOf(all(pinned())));
    bool anyDifferentKey = false;
    for (int i = 1; i < rows.size(); ++i) {
        int c = compareKey(rows.at(i - 1), rows.at(i), column);
        anyDifferentKey = anyDifferentKey || c != 0;
        if (c == 0)
            c = rows.at(i - 1).number < rows.at(i).number ? -1 : 1;
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c < 0,
                 qPrintable(u"%1 before %2"_s.arg(rows.at(i - 1).number, rows.at(i).number)));
    }
    QVERIFY(anyDifferentKey);
    if (column == CaseColumn::Person && order == Qt::AscendingOrder) {
        // By surname, tussenvoegsels, case and accents aside ("anna smit" under S, "Émile
        // Öztürk" under O), on both backends.
        QStringList names;
        for (const CaseListRow &row : rows)
            names << row.personName;
        const QStringList expected {
            u"Pieter Bakker"_s,      u"Jansje de Boer"_s,  u"Ay\u015fe \u00c7elik"_s,
            u"C\u00e9line Dekker"_s, u"Bram van Dijk"_s,   u"Jan Jansen"_s,
            u"Jan Jansen"_s,         u"Ornella Near"_s,    u"\u00c9mile \u00d6zt\u00fcrk"_s,
            u"anna smit"_s,          u"Zo\u00eb Visser"_s, u"Fatma Y\u0131lmaz"_s,
        };
        QCOMPARE(names, expected);
    }
}

void TestCaseQuery::paging_data()
{
    sorting_data();
}

// Offset pages and keyset pages (pageAfter) both give the whole list, in order, for every sort
// (the handler and the deadline have NULLs to get past).
void TestCaseQuery::paging()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    QVERIFY(exec(u"UPDATE cases SET deadline_effective = NULL WHERE number IN ('%1', '%2')"_s.arg(
        m_numbers.value(u"Pieter Bakker"_s), m_numbers.value(u"anna smit"_s))));
    const CaseSort sort { column, order };
    CaseListFilter open = pinned();
    open.states = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
    for (const CaseListFilter &filter : { pinned(), open }) {
        const QStringList whole = numbersOf(all(filter, sort));
        const int total = m_query->count(filter);
        QCOMPARE(whole.size(), total);
        QStringList byOffset;
        for (int offset = 0; offset < total; offset += 5) {
            const QList<CaseListRow> page = m_query->page(filter, sort, offset, 5);
            QCOMPARE(page.size(), std::min(5, total - offset));
            byOffset += numbersOf(page);
        }
        QCOMPARE(byOffset, whole);
        QList<CaseListRow> page = m_query->page(filter, sort, 0, 4);
        QStringList byKey = numbersOf(page);
        while (!page.isEmpty()) {
            page = m_query->pageAfter(filter, sort, page.constLast(), 4);
            byKey += numbersOf(page);
        }
        QCOMPARE(byKey, whole);
    }
    QVERIFY(m_query->page(pinned(), sort, 12, 5).isEmpty());
    QVERIFY(m_query->page(pinned(), sort, 0, 0).isEmpty());
}

// The mark of a restriction of processing (art. 18 AVG) is the page statement's last column,
// read at a place found once per page: on every row of the first page and of the
// pages after it, on the restricted person's two requests and another's, and on no other row.
void TestCaseQuery::restrictionMarksTheRowsOfEveryPage()
{
    ServiceError error;
    for (const QString &klantnummer : { u"K100002"_s, u"K200011"_s }) {
        NewRestriction restriction;
        restriction.klantnummer = klantnummer;
        restriction.data = u"Telefoonnummer"_s;
        restriction.reason = u"Betwist"_s;
        QVERIFY2(RestrictionService(Session { *m_store, m_clock })
                     .record(restriction, BsnCheck::Refuse, &error),
                 qPrintable(error.message));
    }
    const QSet<QString> restricted { u"Jan Jansen"_s, u"Fatma Yılmaz"_s };
    for (const CaseColumn column :
         { CaseColumn::Number, CaseColumn::Deadline, CaseColumn::Person }) {
        const CaseSort sort { column, Qt::AscendingOrder };
        QList<CaseListRow> page = m_query->page(pinned(), sort, 0, 5, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QList<CaseListRow> rows = page;
        while (!page.isEmpty()) {
            page = m_query->pageAfter(pinned(), sort, page.constLast(), 5, &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            rows += page;
        }
        QCOMPARE(rows.size(), m_query->count(pinned()));
        int marked = 0;
        for (const CaseListRow &row : std::as_const(rows)) {
            QVERIFY2(row.restricted == restricted.contains(row.personName),
                     qPrintable(row.number + u" "_s + row.personName));
            marked += row.restricted ? 1 : 0;
        }
        QCOMPARE(marked, 3);
    }
}

void TestCaseQuery::rowOf_data()
{
    sorting_data();
}

void TestCaseQuery::rowOf()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    const CaseSort sort { column, order };
    for (const CaseListFilter &filter :
         { pinned(), [this] {
              CaseListFilter open = pinned();
              open.states = { CaseState::Ontvangen, CaseState::Identificatie };
              return open;
          }() }) {
        const QList<CaseListRow> rows = all(filter, sort);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(m_query->rowOf(filter, sort, rows.at(i).id), i);
    }
}

void TestCaseQuery::rowOfExcludedCase()
{
    CaseListFilter filter = pinned();
    filter.states = { CaseState::Afgerond };
    const QList<CaseListRow> open = all(pinned());
    const auto notClosed
        = std::find_if(open.cbegin(), open.cend(), [](const CaseListRow &r) { return r.isOpen(); });
    QCOMPARE(m_query->rowOf(filter, {}, notClosed->id), -1);
    QCOMPARE(m_query->rowOf(pinned(), {}, 999999), -1);
    filter.states.clear();
    filter.search = u"celik"_s;
    QCOMPARE(m_query->rowOf(filter, {}, notClosed->id),
             notClosed->personName == u"Ayşe Çelik"_s ? 0 : -1);
}

void TestCaseQuery::handlers()
{
    QCOMPARE(m_query->handlers(), (QStringList { u"a.peters"_s, testUser, u"m.bakker"_s }));
    QCOMPARE(m_query->currentUser(), testUser);
}

void TestCaseQuery::indexServesSortWithoutSortingAllRows_data()
{
    QTest::addColumn<CaseColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("index");
    // The number's UNIQUE constraint has an index of SQLite's naming, or of PostgreSQL's.
    QTest::newRow("number") << CaseColumn::Number << Qt::AscendingOrder
                            << (testBackend() == Backend::Server ? u"cases_number_key"_s
                                                                 : u"sqlite_autoindex_cases_1"_s);
    QTest::newRow("received") << CaseColumn::Received << Qt::DescendingOrder
                              << u"cases_received_number"_s;
    QTest::newRow("deadline") << CaseColumn::Deadline << Qt::AscendingOrder
                              << u"cases_deadline_number"_s;
    QTest::newRow("days left") << CaseColumn::DaysLeft << Qt::DescendingOrder
                               << u"cases_deadline_number"_s;
    QTest::newRow("handler") << CaseColumn::Handler << Qt::AscendingOrder
                             << u"cases_handler_number"_s;
    QTest::newRow("channel") << CaseColumn::Channel << Qt::AscendingOrder
                             << u"cases_channel_number"_s;
    // Migration 21: derived sort keys, where a group_concat and a workflow order had none.
    QTest::newRow("types") << CaseColumn::Types << Qt::AscendingOrder
                           << u"cases_types_key_number"_s;
    QTest::newRow("state") << CaseColumn::State << Qt::DescendingOrder
                           << u"cases_state_rank_number"_s;
}

// The inner query (which reads all matching cases) walks an index in order; only the outer
// query sorts, and that sorts one page.
void TestCaseQuery::indexServesSortWithoutSortingAllRows()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, index);
    const QString text = planOf(m_query->pageSql(pinned(), { column, order }), { 100, 0 });
    QVERIFY(!text.isEmpty());
    if (testBackend() == Backend::Server) {
        // The inner query reads the index in the list's order (forwards or backwards); only the
        // page is sorted (the outer Sort; an inner one would sort every request).
        const QRegularExpression scan(u"Index (Only )?Scan (Backward )?using "_s + index
                                      + u" on cases c(_\\d+)?\\b"_s);
        QVERIFY2(scan.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.count(u"Sort Key:"_s) <= 1, qPrintable(text));
        return;
    }
    QVERIFY2(text.contains(u"SCAN TABLE cases AS c USING INDEX "_s + index)
                 || text.contains(u"SCAN TABLE cases AS c USING COVERING INDEX "_s + index),
             qPrintable(text));
    QVERIFY2(text.count(u"USE TEMP B-TREE FOR ORDER BY"_s) <= 1, qPrintable(text));
}

void TestCaseQuery::keysetPageIsAnIndexRange_data()
{
    sorting_data();
}

// The page after a row starts where that row is (an index search, never a scan of the
// table that drives the loop), in every sort order, instead of reading every row before it; only
// the outer query sorts.
void TestCaseQuery::keysetPageIsAnIndexRange()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    const CaseSort sort { column, order };
    const QList<CaseListRow> rows = all(pinned(), sort);
    // A row with a key (the NULLs of deadline and handler are a range of their own).
    const auto keyed = std::find_if(rows.cbegin() + 3, rows.cend(),
                                    [](const CaseListRow &row) { return !row.sortKey.isNull(); });
    QVERIFY(keyed != rows.cend());
    int values = 0;
    const QString sql = m_query->pageAfterSql(pinned(), sort, *keyed, &values);
    // The range's own values: the row's key and number (the number alone by number).
    QVariantList bound;
    if (values == 2)
        bound << keyed->sortKey;
    bound << keyed->number << 100 << 0;
    QCOMPARE(bound.size(), values + 2);
    const QString text = planOf(sql, bound);
    QVERIFY(!text.isEmpty());
    if (testBackend() == Backend::Server) {
        // The driving table is read as an index range that starts at the row: an Index Cond
        // with the row's bound, never a sequential scan; only the page is sorted.
        const QString driving = column == CaseColumn::Person ? u"persons p"_s : u"cases c"_s;
        const QRegularExpression range(u"Index (Only )?Scan (Backward )?using \\S+ on "_s + driving
                                       + u"(_\\d+)?\\b.*\\n\\s*Index Cond: .*[<>=]"_s);
        QVERIFY2(range.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(!text.contains(u"Seq Scan on "_s + driving.section(u' ', 0, 0)), qPrintable(text));
        QVERIFY2(text.count(u"Sort Key:"_s) <= (column == CaseColumn::Person ? 2 : 1),
                 qPrintable(text));
        const QList<CaseListRow> after = m_query->pageAfter(pinned(), sort, *keyed, 100);
        QCOMPARE(numbersOf(after), numbersOf(rows.mid(keyed - rows.cbegin() + 1)));
        return;
    }
    const QString driving = column == CaseColumn::Person ? u"persons AS p"_s : u"cases AS c"_s;
    const QRegularExpression range(u"SEARCH TABLE "_s + driving
                                   + u" USING (COVERING )?INDEX \\S+ \\(.*[<>=]\\?"_s);
    QVERIFY2(range.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(!text.contains(u"SCAN TABLE "_s + driving), qPrintable(text));
    // By name, the requests of the persons with that one name are sorted on their number.
    QVERIFY2(text.count(u"USE TEMP B-TREE FOR ORDER BY"_s)
                 <= (column == CaseColumn::Person ? 2 : 1),
             qPrintable(text));
    // And the page is the rows after it.
    const QList<CaseListRow> after = m_query->pageAfter(pinned(), sort, *keyed, 100);
    QCOMPARE(numbersOf(after), numbersOf(rows.mid(keyed - rows.cbegin() + 1)));
}

// The types' sort key (migration 21) is kept by triggers whatever writes case_types.
void TestCaseQuery::typesKeyFollowsTheTypes()
{
    const qint64 id = all(pinned()).constFirst().id;
    const auto key = [this, id] {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT types_key FROM cases WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : u"<unread>"_s;
    };
    QVERIFY(exec(u"DELETE FROM case_types WHERE case_id = %1"_s.arg(id)));
    QCOMPARE(key(), QString());
    QVERIFY(exec(u"INSERT INTO case_types (case_id, type) VALUES (%1, 'verwijdering'), "
                 "(%1, 'bezwaar'), (%1, 'klacht')"_s.arg(id)));
    QCOMPARE(key(), u"bezwaar,klacht,verwijdering"_s);
    QVERIFY(exec(
        u"UPDATE case_types SET type = 'inzage' WHERE case_id = %1 AND type = 'klacht'"_s.arg(id)));
    QCOMPARE(key(), u"bezwaar,inzage,verwijdering"_s);
    QVERIFY(exec(u"DELETE FROM case_types WHERE case_id = %1 AND type = 'bezwaar'"_s.arg(id)));
    QCOMPARE(key(), u"inzage,verwijdering"_s);
    // And nothing else writes it (schema 47): a statement that sets it to other kinds is refused,
    // alone or beside another column; setting it to what case_types says passes.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"types_key is kept from case_types"_s));
    QVERIFY(!exec(u"UPDATE cases SET types_key = 'inzage' WHERE id = %1"_s.arg(id)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"types_key is kept from case_types"_s));
    QVERIFY(!exec(u"UPDATE cases SET handler = handler, types_key = '' WHERE id = %1"_s.arg(id)));
    QCOMPARE(key(), u"inzage,verwijdering"_s);
    QVERIFY(exec(u"UPDATE cases SET types_key = 'inzage,verwijdering' WHERE id = %1"_s.arg(id)));
    // The list sorts on it.
    const QList<CaseListRow> rows = all(pinned(), { CaseColumn::Types, Qt::AscendingOrder });
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(compareKey(rows.at(i - 1), rows.at(i), CaseColumn::Types) <= 0);
}

// `case list` reads a request's kinds from its own row (types_key), without a search
// of case_types for each row, on every page; they stay the request's kinds in the code's order.
void TestCaseQuery::listedPageReadsTheKindsFromTheRow()
{
    using T = RequestType;
    QVERIFY(addCase(u"Kees Kind"_s, u"K100099"_s, u"1234 AB"_s, 3,
                    { T::Verwijdering, T::Bezwaar, T::Inzage }, Channel::Email));
    const CaseListing listing;
    for (const CaseListCursor &cursor :
         { CaseListCursor {},
           CaseListCursor { today.toString(Qt::ISODate), u"AVG-0000-0000"_s } }) {
        QVariantList values;
        const QString text
            = planOf(CaseRepository::listedPageSql(listing, cursor, 500, 0, &values), values);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u"case_types"_s), qPrintable(text));
    }
    ServiceError error;
    const QList<Case> listed = m_cases->list({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    for (const Case &c : listed) {
        const std::optional<Case> loaded = m_cases->find(c.number, &error);
        QVERIFY(loaded);
        QCOMPARE(c.types, loaded->types);
    }
    const auto kees = std::find_if(listed.cbegin(), listed.cend(), [this](const Case &c) {
        return c.number == m_numbers.value(u"Kees Kind"_s);
    });
    QVERIFY(kees != listed.cend());
    QCOMPARE(kees->types, (QList<T> { T::Inzage, T::Verwijdering, T::Bezwaar }));
}

void TestCaseQuery::listedPagesRunTheirStatementsAgain_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    for (const int size : { 1, 2, 3, 5, 11, 12, 500 }) {
        QTest::addRow("pages of %d", size) << size << 0 << -1;
        QTest::addRow("pages of %d after 3", size) << size << 3 << -1;
        QTest::addRow("7 in pages of %d after 1", size) << size << 1 << 7;
    }
}

// A listing's pages run their two statements again with each next page's values, each
// prepared once (CaseListPages, sql::executeAgain), the last, shorter page's decisions with one of
// their own. Every page size lists each request once, in the order (received_date, number), with
// what find() reads of it on its own statements: a value of an earlier page left bound (the
// cursor, the ids of the decisions) would repeat or skip requests or lose their decisions.
void TestCaseQuery::listedPagesRunTheirStatementsAgain()
{
    QFETCH(int, pageSize);
    QFETCH(int, offset);
    QFETCH(int, limit);
    // Decisions on requests received late as well as early (Bram, Jansje): on pages after the
    // first two too.
    ServiceError error;
    for (const QString &name : { u"Ayşe Çelik"_s, u"Ornella Near"_s, u"Céline Dekker"_s }) {
        const QString number = m_numbers.value(name);
        QVERIFY2(m_cases->receiveIdentification(number, today, IdMethod::Balie, true, &error),
                 qPrintable(error.message));
        QVERIFY2(m_cases->complete(number, test::completion(Outcome::Toegewezen, today, u"brief"_s),
                                   BsnCheck::Refuse, &error),
                 qPrintable(error.message));
    }
    // Every request, as the desk's list finds them, each read on its own.
    QList<Case> expected;
    for (const QString &number : numbersOf(all(pinned()))) {
        const std::optional<Case> c = m_cases->find(number);
        QVERIFY(c);
        expected << *c;
    }
    std::sort(expected.begin(), expected.end(), [](const Case &a, const Case &b) {
        return std::pair(a.receivedDate, a.number) < std::pair(b.receivedDate, b.number);
    });
    QCOMPARE(expected.size(), 12);
    QCOMPARE(std::count_if(expected.cbegin(), expected.cend(),
                           [](const Case &c) { return !c.decisions.isEmpty(); }),
             5);
    expected = expected.mid(offset, limit);

    QList<Case> listed;
    QVERIFY2(m_cases->forEachListed(
                 CaseFilter {}, offset, limit,
                 [&listed](const Case &c) {
                     listed << c;
                     return true;
                 },
                 &error, pageSize),
             qPrintable(error.message));
    QCOMPARE(listed.size(), expected.size());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const Case &c = listed.at(i);
        const Case &alone = expected.at(i);
        QCOMPARE(c.number, alone.number);
        QCOMPARE(c.id, alone.id);
        QCOMPARE(c.person.name, alone.person.name);
        QCOMPARE(c.state, alone.state);
        QCOMPARE(c.types, alone.types);
        QCOMPARE(c.decisions.size(), alone.decisions.size());
        QVERIFY2(c.decisions == alone.decisions, qPrintable(c.number));
    }
}

// The desk's list reads the kinds from the request's row too: its page statement
// does not search case_types, and a request of three kinds shows the three, in their order.
void TestCaseQuery::deskListPageReadsTheKindsFromTheRow()
{
    using T = RequestType;
    QVERIFY(addCase(u"Kees Kind"_s, u"K100099"_s, u"1234 AB"_s, 3,
                    { T::Verwijdering, T::Bezwaar, T::Inzage }, Channel::Email));
    const QString text = planOf(
        m_query->pageSql(pinned(), { CaseColumn::Number, Qt::AscendingOrder }), { 100, 0 });
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(u"case_types"_s), qPrintable(text));
    const QList<CaseListRow> rows = all(pinned());
    const auto kees = std::find_if(rows.cbegin(), rows.cend(), [this](const CaseListRow &row) {
        return row.number == m_numbers.value(u"Kees Kind"_s);
    });
    QVERIFY(kees != rows.cend());
    QCOMPARE(kees->types, (QList<T> { T::Inzage, T::Verwijdering, T::Bezwaar }));
    ServiceError error;
    for (const CaseListRow &row : rows) {
        const std::optional<Case> loaded = m_cases->find(row.number, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(row.types, loaded->types);
    }
}

void TestCaseQuery::deskListPageWalksTheSortIndexAtScale_data()
{
    QTest::addColumn<CaseColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("folderIndex"); // SQLite names a UNIQUE column's index itself
    QTest::newRow("deadline") << CaseColumn::Deadline << Qt::AscendingOrder
                              << u"cases_deadline_number"_s << u"cases_deadline_number"_s;
    QTest::newRow("received") << CaseColumn::Received << Qt::DescendingOrder
                              << u"cases_received_number"_s << u"cases_received_number"_s;
    QTest::newRow("number") << CaseColumn::Number << Qt::AscendingOrder << u"cases_number_key"_s
                            << u"sqlite_autoindex_cases_1"_s;
}

// The desk's first page as each backend's own planner plans it (nothing priced out) on 5,040
// requests, analysed: the sort column's index read in order, and no request read that the page
// does not show. On a server the page's ids taken first were hash-joined with every request,
// read from end to end (11 ms against 2 ms at 5,000 requests).
void TestCaseQuery::deskListPageWalksTheSortIndexAtScale()
{
    QFETCH(CaseColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, index);
    QFETCH(QString, folderIndex);
    QSqlDatabase db = m_store->database();
    QStringList copied = columnNames(db, u"cases"_s);
    QVERIFY(copied.removeAll(u"id"_s) == 1);
    QStringList values = copied;
    values.replaceInStrings(QRegularExpression(u"^number$"_s), u"number || '-' || g.n"_s);
    QVERIFY(execAsOwner(
        db,
        { u"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 420) "
          "INSERT INTO cases (%1) SELECT %2 FROM cases CROSS JOIN g"_s.arg(copied.join(u", "_s),
                                                                           values.join(u", "_s)),
          u"ANALYZE"_s },
        OwnerTriggers::Off));
    QCOMPARE(m_query->count(pinned(), nullptr), 12 * 421);
    const QString sql = m_query->pageSql(pinned(), { column, order });
    const QString text = sql::isServer(db) ? serverPlan(db, sql, { 200, 0 }, false, false)
                                           : planOf(sql, { 200, 0 });
    QVERIFY(!text.isEmpty());
    if (sql::isServer(db)) {
        QVERIFY2(!text.contains(u"Seq Scan on cases"_s), qPrintable(text));
        QVERIFY2(QRegularExpression(u"Index (Only )?Scan (Backward )?using "_s + index
                                    + u" on cases c\\b"_s)
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        return;
    }
    QVERIFY2(text.contains(u"SCAN TABLE cases AS c USING INDEX "_s + folderIndex)
                 || text.contains(u"SCAN TABLE cases AS c USING COVERING INDEX "_s + folderIndex),
             qPrintable(text));
}

void TestCaseQuery::addLateCases()
{
    using T = RequestType;
    using C = Channel;
    ServiceError error;
    // "Binnen vier weken", no extension of its own (README): 28 days, extending moves only the
    // law's clock. The open requests above follow it at once.
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    const auto received = [](int y, int m, int d) {
        return int(QDate(y, m, d).daysTo(today));
    };
    // Thu 22 Oct: own deadline 19 Nov; legal 22 Nov, a Sunday, so Mon 23 Nov.
    QVERIFY(addCase(u"Alleen Eigen"_s, u"K300001"_s, u"1000 AA"_s, received(2026, 10, 22),
                    { T::Inzage }, C::Email));
    // Wed 30 Sep: own deadline 28 Oct, legal Fri 30 Oct.
    QVERIFY(addCase(u"Beide Laat"_s, u"K300002"_s, u"1000 AB"_s, received(2026, 9, 30),
                    { T::Inzage }, C::Email));
    // Tue 1 Sep, extended in time on 15 Sep: legal three months, Tue 1 Dec; the own deadline
    // stays 29 Sep.
    QVERIFY(addCase(u"Verlengd Verzoek"_s, u"K300003"_s, u"1000 AC"_s, received(2026, 9, 1),
                    { T::Verwijdering }, C::Brief));
    // Extended under a policy with an extension of its own, which the organisation then dropped
    // (under "binnen vier weken" the extension itself would move no date and is
    // refused); the open requests follow the four weeks again.
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy(), &error), qPrintable(error.message));
    QVERIFY2(m_cases->extend(m_numbers.value(u"Verlengd Verzoek"_s), u"Veel systemen"_s,
                             QDate(2026, 9, 15), BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    // Mon 3 Aug, answered Thu 10 Sep: own deadline 31 Aug, legal Thu 3 Sep.
    QVERIFY(addCase(u"Laat Beantwoord"_s, u"K300004"_s, u"1000 AD"_s, received(2026, 8, 3),
                    { T::Inzage }, C::Email));
    QVERIFY2(m_cases->complete(m_numbers.value(u"Laat Beantwoord"_s),
                               test::completion(Outcome::Toegewezen, QDate(2026, 9, 10), u"brief"_s,
                                                {}, {}, test::knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // Wed 1 Jul, answered Fri 31 Jul: own deadline 29 Jul; legal 1 Aug, a Saturday, so 3 Aug.
    QVERIFY(addCase(u"Eigen Beantwoord"_s, u"K300005"_s, u"1000 AE"_s, received(2026, 7, 1),
                    { T::Rectificatie }, C::Email));
    QVERIFY2(m_cases->complete(m_numbers.value(u"Eigen Beantwoord"_s),
                               test::completion(Outcome::Toegewezen, QDate(2026, 7, 31), u"brief"_s,
                                                {}, {}, test::knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // Tue 1 Sep, identification asked the next day and never received: both clocks stand still,
    // though the (earliest) effective deadline of 29 Sep has passed.
    QVERIFY(addCase(u"Wacht Identificatie"_s, u"K300006"_s, u"1000 AF"_s, received(2026, 9, 1),
                    { T::Bezwaar }, C::Email));
    QVERIFY2(m_cases->requestIdentification(m_numbers.value(u"Wacht Identificatie"_s),
                                            QDate(2026, 9, 2), &error),
             qPrintable(error.message));
}

// Every row knows both clocks, computed from its stored dates under the store's policy
// exactly as the detail computes them from the whole request; lateAgainst lists the requests
// late against the law, or against the organisation's own deadline only, and counts, pages,
// pages after a row and finds a row's position alike.
void TestCaseQuery::lateAgainstEachClockApart()
{
    QVERIFY(installTranslations(UiLanguage::English)); // plural forms: "1 day", "22 days"
    addLateCases();
    const QList<CaseListRow> rows = all(pinned());
    QCOMPARE(rows.size(), 18);
    const auto rowOfName = [&](const QString &name) -> const CaseListRow * {
        for (const CaseListRow &row : rows)
            if (row.number == m_numbers.value(name))
                return &row;
        return nullptr;
    };

    // The oracle: the detail's way, from the whole request and the service's deadlines.
    QSet<QString> legal;
    QSet<QString> policyOnly;
    for (const CaseListRow &row : rows) {
        const std::optional<Case> c = m_cases->find(row.number);
        QVERIFY(c);
        const Lateness expected = Lateness::of(*c, m_cases->deadlines(*c, nullptr).value(), today);
        QCOMPARE(row.lateness.legalDays, expected.legalDays);
        QCOMPARE(row.lateness.policyDays, expected.policyDays);
        QCOMPARE(row.lateness.legalDeadline, expected.legalDeadline);
        QCOMPARE(row.lateness.policyDeadline, expected.policyDeadline);
        QCOMPARE(row.paused,
                 isOpen(c->state) && m_cases->deadlines(*c, nullptr).value().all.suspended);
        QCOMPARE(row.closedOn, c->answeredOn);
        if (expected.legalDays > 0)
            legal << row.number;
        else if (expected.policyDays > 0)
            policyOnly << row.number;
    }

    // Worked out by hand (see addLateCases; today is Saturday 21 November 2026).
    const CaseListRow *own = rowOfName(u"Alleen Eigen"_s);
    QVERIFY(own);
    QCOMPARE(own->lateness.legalDays, 0);
    QCOMPARE(own->lateness.policyDays, 2);
    QCOMPARE(own->lateness.legalDeadline, QDate(2026, 11, 23));
    QCOMPARE(own->lateness.text(), u"own deadline 2 days late"_s);
    const CaseListRow *both = rowOfName(u"Beide Laat"_s);
    QCOMPARE(both->lateness.text(), u"legally 22 days late; own deadline 24 days late"_s);
    const CaseListRow *extended = rowOfName(u"Verlengd Verzoek"_s);
    QVERIFY(extended->extended);
    QCOMPARE(extended->deadline, QDate(2026, 9, 29)); // the stored effective: the own one
    QCOMPARE(extended->lateness.legalDeadline, QDate(2026, 12, 1));
    QCOMPARE(extended->lateness.text(), u"own deadline 53 days late"_s);
    const CaseListRow *answered = rowOfName(u"Laat Beantwoord"_s);
    QVERIFY(!answered->isOpen());
    QCOMPARE(answered->closedOn, QDate(2026, 9, 10));
    QCOMPARE(answered->lateness.text(), u"legally 7 days late; own deadline 10 days late"_s);
    QCOMPARE(rowOfName(u"Eigen Beantwoord"_s)->lateness.text(), u"own deadline 2 days late"_s);
    const CaseListRow *paused = rowOfName(u"Wacht Identificatie"_s);
    QVERIFY(paused->paused);
    QVERIFY(paused->isOverdue()); // on the stored (earliest) deadline
    QVERIFY(!paused->lateness.late());
    // Of the twelve standard requests, under four weeks: Ayşe Çelik (40 days) and Fatma Yılmaz
    // (50) are late against both clocks; Pieter Bakker (31 days, legal deadline Monday 23 Nov)
    // only against the own one.
    QCOMPARE(rowOfName(u"Ayşe Çelik"_s)->lateness.text(),
             u"legally 9 days late; own deadline 12 days late"_s);
    QCOMPARE(rowOfName(u"Pieter Bakker"_s)->lateness.text(), u"own deadline 3 days late"_s);
    QCOMPARE(
        legal,
        (QSet<QString> { m_numbers.value(u"Beide Laat"_s), m_numbers.value(u"Laat Beantwoord"_s),
                         m_numbers.value(u"Ayşe Çelik"_s), m_numbers.value(u"Fatma Yılmaz"_s) }));
    QCOMPARE(policyOnly,
             (QSet<QString> {
                 m_numbers.value(u"Alleen Eigen"_s), m_numbers.value(u"Verlengd Verzoek"_s),
                 m_numbers.value(u"Eigen Beantwoord"_s), m_numbers.value(u"Pieter Bakker"_s) }));

    // The filter: count, page, keyset paging and rowOf agree with the oracle, for each clock.
    for (const auto &[clock, expected] : { std::pair { LateClock::Legal, legal },
                                           std::pair { LateClock::PolicyOnly, policyOnly } }) {
        CaseListFilter filter = pinned();
        filter.lateAgainst = clock;
        QCOMPARE(m_query->count(filter), expected.size());
        const QList<CaseListRow> page = all(filter);
        const QStringList numbers = numbersOf(page);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()), expected);
        for (const CaseListRow &row : page)
            QVERIFY(CaseQuery::isLateAgainst(row.lateness, clock));
        const CaseSort byDeadline { CaseColumn::Deadline, Qt::AscendingOrder };
        const QList<CaseListRow> first = m_query->page(filter, byDeadline, 0, 2);
        QCOMPARE(first.size(), 2);
        const QList<CaseListRow> rest = m_query->pageAfter(filter, byDeadline, first.last(), 10);
        QCOMPARE(numbersOf(first) + numbersOf(rest), numbersOf(all(filter, byDeadline)));
        QCOMPARE(m_query->rowOf(filter, byDeadline, rest.first().id), 2);
        QCOMPARE(m_query->rowOf(filter, byDeadline, paused->id), -1);
    }

    // With the list's other filters: the open requests only, and one kind. Among the open
    // inzage requests past their stored deadline, three of four are late against the law.
    CaseListFilter open = pinned();
    open.states = { CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling };
    open.lateAgainst = LateClock::Legal;
    QCOMPARE(m_query->count(open), 3);
    open.type = RequestType::Inzage;
    QCOMPARE(numbersOf(all(open)),
             (QStringList { m_numbers.value(u"Ayşe Çelik"_s), m_numbers.value(u"Fatma Yılmaz"_s),
                            m_numbers.value(u"Beide Laat"_s) }));
    open.lateAgainst = LateClock::PolicyOnly;
    QCOMPARE(numbersOf(all(open)), QStringList { m_numbers.value(u"Alleen Eigen"_s) });
    open.search = u"Bakker"_s;
    QCOMPARE(m_query->count(open), 0);

    // The overdue filter compares the stored effective deadline: late against either clock, or
    // waiting for an identification whose earliest deadline passed.
    CaseListFilter overdue = pinned();
    overdue.overdue = true;
    QCOMPARE(m_query->count(overdue), 7);
}

void TestCaseQuery::listedRequestsKeepTheListsClocks_data()
{
    QTest::addColumn<QDate>("overdueOn");
    QTest::addColumn<int>("listed");
    QTest::newRow("today") << QDate() << 18;
    // Only Laat Beantwoord, still open then: answered on 10 September, after the day.
    QTest::newRow("a peildatum before an answer") << QDate(2026, 9, 7) << 1;
    // Beide Laat, Verlengd Verzoek, Wacht Identificatie (on its stored deadline) and Fatma Yılmaz.
    QTest::newRow("a peildatum after it") << QDate(2026, 10, 31) << 4;
}

// `case list` (CaseQuery::forEachListed, on its --overdue-on day, else today) gives each
// request the deadlines the service gives it and the clocks the desk's list shows on that day,
// by one rule (CaseQuery::clocksOn): an answer given after the day was not yet given then.
void TestCaseQuery::listedRequestsKeepTheListsClocks()
{
    QFETCH(QDate, overdueOn);
    QFETCH(int, listed);
    addLateCases();
    CaseListFilter onTheDesk = pinned();
    if (overdueOn.isValid())
        onTheDesk.today = overdueOn;
    QHash<QString, CaseListRow> desk;
    for (const CaseListRow &row : all(onTheDesk))
        desk.insert(row.number, row);

    CaseFilter filter;
    filter.overdueOn = overdueOn;
    QHash<QString, std::pair<CaseDeadlines, std::optional<Lateness>>> list;
    ServiceError error;
    QVERIFY2(CaseQuery::forEachListed(
                 *m_cases, filter, 0, -1,
                 [&list](const CaseQuery::Listed &row) {
                     list.insert(row.request.number, { row.deadlines, row.lateness });
                     return true;
                 },
                 &error, m_clock),
             qPrintable(error.message));
    QCOMPARE(list.size(), listed);
    for (auto it = list.cbegin(); it != list.cend(); ++it) {
        const std::optional<Case> c = m_cases->find(it.key());
        QVERIFY(c);
        QCOMPARE(it->first.current, m_cases->deadlines(*c, nullptr).value().current);
        QVERIFY(it->second);
        QVERIFY(desk.contains(it.key()));
        QCOMPARE(it->second->legalDays, desk.value(it.key()).lateness.legalDays);
        QCOMPARE(it->second->policyDays, desk.value(it.key()).lateness.policyDays);
        if (overdueOn.isValid()) // listed as overdue on that day
            QVERIFY(it->first.current < overdueOn);
    }
    // Worked out by hand (see addLateCases): own deadline 31 August, legal 3 September.
    const QString late = m_numbers.value(u"Laat Beantwoord"_s);
    QCOMPARE(list.contains(late), !overdueOn.isValid() || overdueOn < QDate(2026, 9, 10));
    if (!list.contains(late))
        return;
    if (overdueOn.isValid()) {
        QCOMPARE(list.value(late).second->legalDays, 4);
        QCOMPARE(list.value(late).second->policyDays, 7);
    } else {
        QCOMPARE(list.value(late).second->legalDays, 7); // measured on the day of the answer
        QCOMPARE(list.value(late).second->policyDays, 10);
    }
}

QTEST_GUILESS_MAIN(TestCaseQuery)
#include "tst_casequery.moc"
