// What a KCC-medewerker may read, enforced in core: the requests they logged in the
// last seven days and their intake fields only, counted, paged and found in SQL (CaseQuery) and
// by the detail loaders (CaseService); every read of the registers, the reports and the full
// request file refused with exactly one user.denied event. The other roles read as before, the
// phone intake's person search keeps working, and the audit chain verifies afterwards.

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseJson.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "cases/TrailRows.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReport.h"
#include "letters/Letters.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// The real Dutch day, not a fixed one: on a server the KCC's window runs on the server's own
// clock (pd_kcc_window), so a request "received" on a fixed day leaves that window once the
// calendar passes it, and the test would fail from then on.
const QDate today = systemToday();
// The disclosures dashboard's own day (a peildatum, given by the reader): one near the
// DocumentFixture's fixed disclosures (22 October 2026), so that the year it counts holds them
// whatever the day of the run.
const QDate reportDay(2026, 12, 21);

const QString smit = u"k.smit"_s; // kcc
const QString smitPassword = u"wachtwoord-van-smit"_s;
const QString bakker = u"k.bakker"_s; // kcc
const QString bakkerPassword = u"wachtwoord-van-bakker"_s;
const QString jansen = u"f.jansen"_s; // functionaris
const QString jansenPassword = u"wachtwoord-van-jansen"_s;
const QString visser = u"a.visser"_s; // auditor
const QString visserPassword = u"wachtwoord-van-visser"_s;

QDateTime nineOn(QDate day)
{
    return QDateTime(day, QTime(9, 0), Qt::UTC);
}

// The payload of the last user.denied event.
QJsonObject lastDenial(const Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT payload FROM audit_events WHERE action = 'user.denied' "
                    "ORDER BY seq DESC LIMIT 1"_s)
        || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

QStringList numbersOf(const QList<CaseListRow> &rows)
{
    QStringList numbers;
    for (const CaseListRow &row : rows)
        numbers << row.number;
    numbers.sort();
    return numbers;
}

QStringList numbersOf(const QList<Case> &cases)
{
    QStringList numbers;
    for (const Case &c : cases)
        numbers << c.number;
    numbers.sort();
    return numbers;
}

struct Seed
{
    QString smitToday; // logged by k.smit today; identification asked, a note, by f.jansen
    QString smitSixDays; // received six days ago
    QString smitSevenDays; // received seven days ago: the last day in the window
    QString smitOld; // received eleven days ago: out of the window
    QString bakkerToday; // another KCC-medewerker's
    QString jansenToday; // the functionaris's own intake
    QString fullCase; // the DocumentFixture's (beheerder): letters, disclosures, dossier
    qint64 fullPerson = 0;
    qint64 disclosureId = 0;
    qint64 recipientId = 0;
};

// One read of a register, report or the full request file; true when it returned something.
using Read = std::function<bool(const Store &, const Clock &, const Seed &, ServiceError *)>;

struct RegisterRead
{
    const char *name;
    const char *action; // the user.denied event's action
    Read run;
};

const QList<RegisterRead> &registerReads()
{
    static const QList<RegisterRead> all {
        { "disclosure count", "disclosure.read",
          [](const Store &s, const Clock &c, const Seed &, ServiceError *e) {
              return DisclosureService(Session { s, c }).count({}, e) > 0;
          } },
        { "disclosure page", "disclosure.read",
          [](const Store &s, const Clock &c, const Seed &, ServiceError *) {
              return !DisclosureService(Session { s, c }).page({}, 0, 10).isEmpty();
          } },
        { "disclosure find", "disclosure.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *) {
              return DisclosureService(Session { s, c }).find(seed.disclosureId).has_value();
          } },
        { "disclosures of a person", "disclosure.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *) {
              return !DisclosureService(Session { s, c }).forPerson(seed.fullPerson).isEmpty();
          } },
        { "recipient list", "recipient.read",
          [](const Store &s, const Clock &c, const Seed &, ServiceError *e) {
              return !RecipientService(Session { s, c }).list(false, e).isEmpty();
          } },
        { "recipient find", "recipient.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *) {
              return RecipientService(Session { s, c }).find(seed.recipientId).has_value();
          } },
        { "retention rules", "retention.read",
          [](const Store &s, const Clock &c, const Seed &, ServiceError *e) {
              return !RetentionService(Session { s, c }).rules(e).isEmpty();
          } },
        { "retention items of a person", "retention.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              return !RetentionService(Session { s, c })
                          .itemsFor(seed.fullPerson, today, 30, e)
                          .isEmpty();
          } },
        { "retention destruction plan", "retention.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              const DestructionPlan plan
                  = RetentionService(Session { s, c }).planDestruction(seed.fullPerson);
              if (!plan.blocker.isEmpty() && plan.caseNumbers.isEmpty())
                  *e = { ServiceError::Code::Denied, plan.blocker };
              return !plan.caseNumbers.isEmpty();
          } },
        { "processing register", "processing.read",
          [](const Store &s, const Clock &c, const Seed &, ServiceError *e) {
              return !ProcessingRegister(Session { s, c }).list(e).isEmpty();
          } },
        { "dashboard deadlines", "dashboard.read",
          [](const Store &s, const Clock &, const Seed &, ServiceError *e) {
              return DashboardService(Session { s }).deadlines(today, e).intake > 0;
          } },
        { "dashboard disclosures", "dashboard.read",
          [](const Store &s, const Clock &, const Seed &, ServiceError *e) {
              return DashboardService(Session { s }).disclosures(reportDay, e).total > 0;
          } },
        { "person report", "person.report",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              return PersonReportLoader(Session { s, c }).load(seed.fullPerson, e).has_value();
          } },
        { "complaint dossier", "dossier.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              return ComplaintDossier(Session { s, c }).collect(seed.fullCase, e).has_value();
          } },
        { "letters of a request", "letter.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *) {
              return !LetterService(Session { s, c }).letters(seed.fullCase).isEmpty();
          } },
        { "letter kinds of a request", "letter.read",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              return !LetterService(Session { s, c }).availability(seed.smitToday, e).isEmpty();
          } },
        { "timeline of an own request", "case.timeline",
          [](const Store &s, const Clock &c, const Seed &seed, ServiceError *e) {
              return !CaseService(Session { s, c }).timeline(seed.smitToday, e).isEmpty();
          } },
    };
    return all;
}

} // namespace

class TestKccVisibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void permissionTable();
    void caseListKeepsToTheWindow();
    void windowFollowsTheClockNotTheFilter();
    void kccPageReadsOnlyTheWindow_data();
    void kccPageReadsOnlyTheWindow();
    void listAndSummary();
    void detailHoldsIntakeFieldsOnly();
    void otherRequestsAreDenied();
    void registerReadsAreDenied_data();
    void registerReadsAreDenied();
    void otherRolesReadEverything_data();
    void otherRolesReadEverything();
    void intakeSearchStillFindsPersons();
    void chainVerifies();

private:
    std::unique_ptr<Store> openAs(const QString &user, const QString &password) const
    {
        return openServiceStoreAs(m_dir, user, password);
    }
    // The refusals in the audit trail as the acting store sees them. A KCC login on a server may
    // not read the audit trail (the server refuses it): an officer's connection counts there.
    int denialsOf(const Store &acting) const { return denials(m_officer ? *m_officer : acting); }
    QJsonObject lastDenialOf(const Store &acting) const
    {
        return lastDenial(m_officer ? *m_officer : acting);
    }
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_officer; // a server store's auditor, which reads the audit trail
    QString m_dir;
    Seed m_seed;
    FixedClock m_clock { nineOn(today) };
};

void TestKccVisibility::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"kluis"_s);
    {
        // The beheerder: a full request with letters, disclosures and retention; the users.
        auto store = createServiceStore(m_dir);
        QVERIFY(store);
        DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        m_seed.fullCase = fixture.fullCase();
        QVERIFY2(!m_seed.fullCase.isEmpty(), qPrintable(fixture.error()));
        const auto full = CaseService(Session { *store, m_clock }).find(m_seed.fullCase);
        QVERIFY(full);
        m_seed.fullPerson = full->person.id;
        const QList<Disclosure> disclosures
            = DisclosureService(Session { *store, m_clock }).forPerson(m_seed.fullPerson);
        QVERIFY(!disclosures.isEmpty());
        m_seed.disclosureId = disclosures.first().id;
        m_seed.recipientId = disclosures.first().recipientId;
        ServiceError error;
        QVERIFY2(RetentionService(Session { *store, m_clock })
                     .setItem(m_seed.fullPerson, u"contactgegevens-huurder"_s, QDate(2026, 1, 5),
                              &error),
                 qPrintable(error.message));
        ProcessingActivity a;
        a.purposeCode = u"A"_s;
        a.purpose = u"Leveren van diensten"_s;
        a.subPurpose = u"Inschrijven in onze systemen"_s;
        a.name = u"Inschrijving woningzoekenden"_s;
        a.legalBases = { u"b"_s };
        a.subjects = { u"woningzoekenden"_s };
        a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
        QVERIFY2(ProcessingRegister(Session { *store, m_clock }).add(a, BsnCheck::Refuse, &error),
                 qPrintable(error.message));
        UserService users(*store, Session { *store, m_clock });
        UserError userError;
        for (const auto &[login, password, role] :
             { std::tuple(smit, smitPassword, Role::Kcc),
               std::tuple(bakker, bakkerPassword, Role::Kcc),
               std::tuple(jansen, jansenPassword, Role::Functionaris),
               std::tuple(visser, visserPassword, Role::Auditor) })
            QVERIFY2(users.add(login, {}, role, SecureBytes::fromUtf8(password), &userError),
                     qPrintable(userError.message));
    }
    // Calls logged by each on the day of receipt, as the phone intake does.
    const auto logCall = [this](const QString &login, const QString &password, const QString &name,
                                const QString &klantnummer, QDate day, QString *number) {
        auto store = openAs(login, password);
        QVERIFY(store);
        FixedClock clock(nineOn(day));
        NewCase request;
        request.person.name = name;
        request.person.klantnummer = klantnummer;
        request.person.postcode = u"1234AB"_s;
        request.person.houseNumber = u"12"_s;
        request.person.phone = u"06-12345678"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = day;
        request.description = u"Beller wil weten welke gegevens wij hebben"_s;
        request.callbackPhone = u"06-87654321"_s;
        ServiceError error;
        const auto added
            = CaseService(Session { *store, clock }).add(request, BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        *number = added->number;
    };
    logCall(smit, smitPassword, u"Sanne de Boer"_s, u"K-6001"_s, today, &m_seed.smitToday);
    logCall(smit, smitPassword, u"Daan Mulder"_s, u"K-6002"_s, today.addDays(-6),
            &m_seed.smitSixDays);
    logCall(smit, smitPassword, u"Fleur Visser"_s, u"K-6003"_s, today.addDays(-7),
            &m_seed.smitSevenDays);
    logCall(smit, smitPassword, u"Gijs Kok"_s, u"K-6004"_s, today.addDays(-11), &m_seed.smitOld);
    logCall(bakker, bakkerPassword, u"Henk Bos"_s, u"K-6005"_s, today, &m_seed.bakkerToday);
    logCall(jansen, jansenPassword, u"Iris Smit"_s, u"K-6006"_s, today, &m_seed.jansenToday);

    // The functionaris works on k.smit's request of today: identification, extension, a note.
    auto store = openAs(jansen, jansenPassword);
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    QVERIFY2(cases.requestIdentification(m_seed.smitToday, today, &error),
             qPrintable(error.message));
    QVERIFY2(cases.addNote(m_seed.smitToday, u"Klant eerder gesproken over zijn gezondheid"_s,
                           BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(denials(*store), 0);
    if (store->isServer()) {
        m_officer = openAs(visser, visserPassword);
        QVERIFY(m_officer);
    }
}

void TestKccVisibility::permissionTable()
{
    for (Permission p : { Permission::ViewAllCases, Permission::ViewRegisters }) {
        QVERIFY(UserService::roleMay(Role::Beheerder, p));
        QVERIFY(UserService::roleMay(Role::Functionaris, p));
        QVERIFY(UserService::roleMay(Role::Auditor, p));
        QVERIFY(!UserService::roleMay(Role::Kcc, p));
    }
}

void TestKccVisibility::caseListKeepsToTheWindow()
{
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const int before = denialsOf(*store);
    const CaseQuery query(Session { *store, m_clock }, store->userName());
    QVERIFY(query.scope().intakeOnly());
    QCOMPARE(query.scope().login(), smit);
    CaseListFilter filter;
    filter.today = today;
    const QStringList mine
        = QStringList { m_seed.smitToday, m_seed.smitSixDays, m_seed.smitSevenDays };
    QCOMPARE(query.count(filter), 3);
    for (CaseColumn column : { CaseColumn::Deadline, CaseColumn::Number, CaseColumn::Person,
                               CaseColumn::Received, CaseColumn::Handler }) {
        const CaseSort sort { column, Qt::AscendingOrder };
        const QList<CaseListRow> rows = query.page(filter, sort, 0, 100);
        QStringList expected = mine;
        expected.sort();
        QCOMPARE(numbersOf(rows), expected);
        // Keyset paging goes through the same scope.
        const QList<CaseListRow> first = query.page(filter, sort, 0, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(query.pageAfter(filter, sort, first.first(), 100).size(), 2);
        for (const CaseListRow &row : rows) {
            QVERIFY(row.handler.isEmpty());
            QVERIFY(!row.extended);
            QVERIFY(query.rowOf(filter, sort, row.id) >= 0);
        }
    }
    // Nobody else's, and not their own older call, whatever the filter or the search.
    CaseService all(Session { *store, m_clock });
    for (const QString &number : { m_seed.smitOld, m_seed.bakkerToday, m_seed.jansenToday }) {
        const qint64 id = [&] {
            // The id as an officer reads it (a server shows a KCC login no other row at all).
            QSqlQuery q((m_officer ? *m_officer : *store).database());
            q.prepare(u"SELECT id FROM cases WHERE number = ?"_s);
            q.addBindValue(number);
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        }();
        QVERIFY(id > 0);
        QCOMPARE(query.rowOf(filter, {}, id), -1);
    }
    CaseListFilter search = filter;
    search.search = u"Henk Bos"_s;
    QCOMPARE(query.count(search), 0);
    search.search = u"Sanne"_s;
    QCOMPARE(query.count(search), 1);
    QVERIFY(query.handlers().isEmpty());
    // Reading the list is no denial.
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::windowFollowsTheClockNotTheFilter()
{
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    CaseListFilter filter;
    // A filter's "today" (the dashboards' peildatum) cannot widen the window.
    filter.today = today.addDays(-11);
    QCOMPARE(CaseQuery(Session { *store, m_clock }, store->userName()).count(filter), 3);
    // A day later the call of seven days ago has left the window; a week later all have.
    FixedClock tomorrow(nineOn(today.addDays(1)));
    QCOMPARE(CaseQuery(Session { *store, tomorrow }, store->userName()).count({}), 2);
    FixedClock nextMonth(nineOn(today.addDays(8)));
    QCOMPARE(CaseQuery(Session { *store, nextMonth }, store->userName()).count({}), 0);
    // The other KCC-medewerker sees their own call only.
    store.reset();
    auto other = openAs(bakker, bakkerPassword);
    QVERIFY(other);
    const CaseQuery theirs(Session { *other, m_clock }, other->userName());
    QCOMPARE(numbersOf(theirs.page({}, {}, 0, 100)), QStringList { m_seed.bakkerToday });
}

void TestKccVisibility::kccPageReadsOnlyTheWindow_data()
{
    QTest::addColumn<int>("column");
    for (CaseColumn column :
         { CaseColumn::Number, CaseColumn::Person, CaseColumn::Types, CaseColumn::Channel,
           CaseColumn::Received, CaseColumn::State, CaseColumn::Deadline, CaseColumn::Handler })
        QTest::addRow("column %d", int(column)) << int(column);
}

void TestKccVisibility::kccPageReadsOnlyTheWindow()
{
    // On 50,000 requests a KCC-medewerker's page must not read them all: whatever the sort, the
    // plan reads the week's range of the receipt index (no statistics here, as in a real store,
    // so the planner decides on the same estimates).
    QFETCH(int, column);
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const CaseQuery query(Session { *store, m_clock }, store->userName());
    const QString sql = query.pageSql({}, { CaseColumn(column), Qt::AscendingOrder });
    const QVariantList values { today.addDays(-7).toString(Qt::ISODate), smit, 100, 0 };
    // Two indexes lead with the day of receipt: cases_received_number, and cases_received_types
    // for the dashboards' intake (schema 45). Either reads the week as a range; neither holds
    // the login, which is checked on each row of that week.
    static const QRegularExpression receiptIndex(u"cases_received_(number|types)"_s);
    if (store->isServer()) {
        // The server reads the week as a range of an index on the receipt (its row-level
        // security adds its own window, on the same columns), never every request.
        const QString text = serverPlan(store->database(), sql, values, false);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u"Seq Scan on cases"_s), qPrintable(text));
        QVERIFY2(receiptIndex.match(text).hasMatch(), qPrintable(text));
        static const QRegularExpression range(u"(Index|Recheck) Cond: \\(.*received_date >= "_s);
        QVERIFY2(range.match(text).hasMatch(), qPrintable(text));
        return;
    }
    QSqlQuery plan(store->database());
    QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
    for (const QVariant &value : values)
        plan.addBindValue(value);
    QVERIFY(plan.exec());
    QStringList details;
    while (plan.next())
        details << plan.value(3).toString();
    const QString text = details.join(u'\n');
    static const QRegularExpression week(
        u"USING (COVERING )?INDEX cases_received_(number|types) \\(received_date>\\?\\)"_s);
    QVERIFY2(week.match(text).hasMatch(), qPrintable(text));
}

void TestKccVisibility::listAndSummary()
{
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const int before = denialsOf(*store);
    CaseService cases(Session { *store, m_clock });
    const QList<Case> listed = cases.list({}, nullptr);
    QStringList expected { m_seed.smitToday, m_seed.smitSixDays, m_seed.smitSevenDays };
    expected.sort();
    QCOMPARE(numbersOf(listed), expected);
    for (const Case &c : listed) {
        QVERIFY(c.intakeOnly);
        QVERIFY(!c.identification.requested.isValid());
        QVERIFY(c.handler.isEmpty());
    }
    QCOMPARE(cases.summary(today, nullptr).value().total, 3);
    QCOMPARE(cases.summary(today, nullptr).value().open, 3);
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::detailHoldsIntakeFieldsOnly()
{
    CaseDeadlines asTheFunctionarisSees;
    Case full;
    {
        auto store = openAs(jansen, jansenPassword);
        QVERIFY(store);
        CaseService cases(Session { *store, m_clock });
        const auto c = cases.find(m_seed.smitToday);
        QVERIFY(c);
        QVERIFY(!c->intakeOnly);
        QVERIFY(c->identification.requested.isValid());
        full = *c;
        asTheFunctionarisSees = cases.deadlines(*c, nullptr).value();
    }
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const int before = denialsOf(*store);
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    const auto c = cases.find(m_seed.smitToday, &error);
    QVERIFY2(c, qPrintable(error.message));
    QVERIFY(!error.isError());
    QVERIFY(c->intakeOnly);
    // The intake, as entered.
    QCOMPARE(c->number, full.number);
    QCOMPARE(c->person.name, u"Sanne de Boer"_s);
    QCOMPARE(c->person.klantnummer, u"K-6001"_s);
    QCOMPARE(c->person.phone, u"06-12345678"_s);
    QCOMPARE(c->types, full.types);
    QCOMPARE(c->channel, Channel::Telefoon);
    QCOMPARE(c->receivedDate, today);
    QCOMPARE(c->receivedBy, smit);
    QCOMPARE(c->description, full.description);
    QCOMPARE(c->callbackPhone, u"06-87654321"_s);
    QCOMPARE(c->state, CaseState::Identificatie);
    // The deadline that counts, computed from the whole request.
    QCOMPARE(cases.deadlines(*c, nullptr).value().current, asTheFunctionarisSees.current);
    // Nothing of the handling.
    QVERIFY(!c->identification.requested.isValid());
    QVERIFY(c->identification.verifiedBy.isEmpty());
    QVERIFY(c->handler.isEmpty());
    QVERIFY(c->extensionReason.isEmpty());
    QVERIFY(!c->outcome);
    QVERIFY(c->refusalGrounds.isEmpty());
    // The JSON the CLI prints names no more than that.
    const QJsonObject json = caseToJson(*c, cases.deadlines(*c, nullptr).value());
    QVERIFY(json.value(u"intake_only"_s).toBool());
    for (const char *hidden : { "identification", "extension", "outcome", "grounds", "handler" })
        QVERIFY2(!json.contains(QLatin1StringView(hidden)), hidden);
    QCOMPARE(json.value(u"deadlines"_s).toObject().value(u"current"_s).toString(),
             asTheFunctionarisSees.current.toString(Qt::ISODate));
    QVERIFY(!QJsonDocument(json).toJson().contains("gezondheid"));
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::otherRequestsAreDenied()
{
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    for (const QString &number :
         { m_seed.bakkerToday, m_seed.jansenToday, m_seed.smitOld, m_seed.fullCase }) {
        const int before = denialsOf(*store);
        ServiceError error;
        QVERIFY(!cases.find(number, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY2(error.message.contains(UserService::roleName(Role::Kcc)),
                 qPrintable(error.message));
        QCOMPARE(denialsOf(*store), before + 1);
        const QJsonObject denial = lastDenialOf(*store);
        QCOMPARE(denial.value(u"action"_s).toString(), u"case.read"_s);
        QCOMPARE(denial.value(u"target"_s).toString(), number);
        QCOMPARE(denial.value(u"role"_s).toString(), u"kcc"_s);
    }
    // An unknown number is not found, and no denial.
    const int before = denialsOf(*store);
    ServiceError error;
    QVERIFY(!cases.find(u"AVG-2026-9999"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::registerReadsAreDenied_data()
{
    QTest::addColumn<int>("read");
    for (qsizetype i = 0; i < registerReads().size(); ++i)
        QTest::newRow(registerReads().at(i).name) << int(i);
}

void TestKccVisibility::registerReadsAreDenied()
{
    QFETCH(int, read);
    const RegisterRead &what = registerReads().at(read);
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const int before = denialsOf(*store);
    ServiceError error;
    QVERIFY(!what.run(*store, m_clock, m_seed, &error));
    QCOMPARE(denialsOf(*store), before + 1);
    const QJsonObject denial = lastDenialOf(*store);
    QCOMPARE(denial.value(u"action"_s).toString(), QString::fromLatin1(what.action));
    QCOMPARE(denial.value(u"role"_s).toString(), u"kcc"_s);
    for (const QString &name : { u"Sanne de Boer"_s, DocumentFixture::personName() })
        QVERIFY(!QJsonDocument(denial).toJson().contains(name.toUtf8()));
    if (error.isError()) {
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY2(error.message.contains(UserService::roleName(Role::Kcc)),
                 qPrintable(error.message));
    }
}

void TestKccVisibility::otherRolesReadEverything_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("beheerder") << testUser << testPassword;
    QTest::newRow("functionaris") << jansen << jansenPassword;
    QTest::newRow("auditor") << visser << visserPassword;
}

void TestKccVisibility::otherRolesReadEverything()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    auto store = openAs(login, password);
    QVERIFY(store);
    const int before = denialsOf(*store);
    const CaseQuery query(Session { *store, m_clock }, store->userName());
    QVERIFY(query.scope().all());
    QCOMPARE(query.count({}), 7);
    CaseService cases(Session { *store, m_clock });
    QCOMPARE(cases.list({}, nullptr).size(), 7);
    const auto c = cases.find(m_seed.smitToday);
    QVERIFY(c);
    QVERIFY(!c->intakeOnly);
    QVERIFY(c->identification.requested.isValid());
    QVERIFY(!cases.timeline(m_seed.bakkerToday).isEmpty());
    for (const RegisterRead &read : registerReads()) {
        ServiceError error;
        QVERIFY2(
            read.run(*store, m_clock, m_seed, &error),
            qPrintable(QLatin1StringView(read.name) + u' ' + error.message + u' ' + error.detail));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::intakeSearchStillFindsPersons()
{
    // The phone intake links a call to a known person: name, address and contact, and which
    // requests are open (their numbers and who handles them, so that the caller hears them);
    // nothing else of those requests, nothing of special categories (the persons table has none).
    auto store = openAs(smit, smitPassword);
    QVERIFY(store);
    const int before = denialsOf(*store);
    const PersonQuery persons(Session { *store });
    const QList<PersonMatch> byName = persons.search(u"Henk Bos"_s);
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().person.klantnummer, u"K-6005"_s);
    QCOMPARE(byName.first().openCases, 1);
    // Another KCC login's call, which k.smit may not open: its number, and nobody handles it yet.
    ServiceError error;
    const auto open = persons.openRequests(byName.first().person.id, &error);
    QVERIFY2(open, qPrintable(error.message));
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().number, m_seed.bakkerToday);
    QCOMPARE(open->first().handler, QString());
    QCOMPARE(persons.byKlantnummer(u"K-6006"_s).size(), 1);
    QVERIFY(!persons.search(u"1234 AB 12"_s).isEmpty());
    QCOMPARE(denialsOf(*store), before);
}

void TestKccVisibility::chainVerifies()
{
    auto store = openAs(jansen, jansenPassword);
    QVERIFY(store);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
    QVERIFY(denialsOf(*store) > 0);
}

QTEST_GUILESS_MAIN(TestKccVisibility)
#include "tst_kccvisibility.moc"
