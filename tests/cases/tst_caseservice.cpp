// CaseService on a real encrypted store, with "today" pinned by a FixedClock: numbering, person
// reuse, stored deadlines, every state change with its one audit event, overdue lists and the
// deadline policy. BSN guard tests live in tst_caseservice_bsn.cpp.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseJson.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QString storedDeadline(const QSqlDatabase &db, const QString &number)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT deadline_effective FROM cases WHERE number = ?"_s);
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return u"<none>"_s;
    return query.value(0).toString();
}

QStringList numbersOf(const QList<Case> &cases)
{
    QStringList numbers;
    for (const Case &c : cases)
        numbers << c.number;
    return numbers;
}

QStringList actionsOf(const QList<AuditEvent> &events)
{
    QStringList actions;
    for (const AuditEvent &event : events)
        actions << event.action;
    return actions;
}

} // namespace

class TestCaseService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void numbersPerYearOfReceipt();
    void personReusedByKlantnummer();
    void typesDeduplicatedAndSorted();
    void addRefusesIncompleteRequests_data();
    void addRefusesIncompleteRequests();
    void storedDeadlineFollowsTheCalendar();
    void domainExampleFirstOfFebruary();
    void findAndListByState();
    void overdueOn_data();
    void overdueOn();
    void identificationPausesTheClock();
    void failedIdentificationOnlyInadmissible();
    void extendTimelyAndLate();
    void extensionAfterTheOwnDeadline();
    void openRefreshesAnOldExtendedDeadline();
    void complete_data();
    void complete();
    void refusalWithoutGroundsChangesNothing();
    void refusalNeedsReasonsInWords();
    void groundsMustFitTheRequest();
    void legacyGroundsStayReadable();
    void decidingWithoutIdentificationNeedsAReason();
    void reopen();
    void reopenUnidentifiedCaseReturnsToReceived();
    void addNoteWritesCaseNotes();
    void unknownNumber();
    void oneAuditEventPerChange();
    void timelineInOrder();
    void setPolicyChangesNewCasesAndIsAudited();
    void setPolicyRefusesAZeroTerm();
    void aBatchReadsThePolicyOnce();
    void policyWithoutExtensionIsHonoured();
    void setPolicyKeepsStoredAndShownDeadlineInStep();
    void storageErrorsKeepSqliteReason();
    void decisionsPerKindAreStoredAndReopened();
    void notAdmissibleBecomesNotDealtWith();
    void assignAHandler();

private:
    std::optional<Case> addCase(const QString &name, QDate receivedOn,
                                const QString &klantnummer = {},
                                QList<RequestType> types = { RequestType::Inzage });
    int auditCount() const { return countRows(m_store->database(), u"audit_events"_s); }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<CaseService> m_cases;
};

void TestCaseService::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestCaseService::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    // The own term the deadlines here are reckoned against (domain.md: 30 days, 30 more when
    // extended): a new store has none until the organisation chooses (tst_storedefaults).
    ServiceError error;
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy {}, &error), qPrintable(error.message));
}

void TestCaseService::cleanup()
{
    if (m_cases && m_store) {
        const AuditLog::Verification verification = m_cases->verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

std::optional<Case> TestCaseService::addCase(const QString &name, QDate receivedOn,
                                             const QString &klantnummer, QList<RequestType> types)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.types = std::move(types);
    request.channel = Channel::Telefoon;
    request.receivedDate = receivedOn;
    ServiceError error;
    auto created = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!created)
        qWarning("add: %s", qPrintable(error.message));
    return created;
}

void TestCaseService::numbersPerYearOfReceipt()
{
    const auto first = addCase(u"A. Jansen"_s, QDate(2026, 1, 5));
    const auto second = addCase(u"B. de Boer"_s, QDate(2026, 3, 9));
    const auto lastYear = addCase(u"C. Visser"_s, QDate(2025, 12, 30));
    const auto third = addCase(u"D. Smit"_s, QDate(2026, 11, 21));
    QVERIFY(first && second && lastYear && third);
    QCOMPARE(first->number, u"AVG-2026-0001"_s);
    QCOMPARE(second->number, u"AVG-2026-0002"_s);
    QCOMPARE(lastYear->number, u"AVG-2025-0001"_s);
    QCOMPARE(third->number, u"AVG-2026-0003"_s);
    QCOMPARE(first->state, CaseState::Ontvangen);
    QCOMPARE(first->receivedBy, m_store->userName());
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 4);
}

void TestCaseService::personReusedByKlantnummer()
{
    const auto first = addCase(u"A. Jansen"_s, QDate(2026, 10, 1), u"K-4711"_s);
    QVERIFY(first);
    // Only the customer number: the registered person, with the registered name.
    const auto second = addCase(QString(), QDate(2026, 10, 8), u"K-4711"_s);
    QVERIFY(second);
    QCOMPARE(second->person.id, first->person.id);
    QCOMPARE(second->person.name, u"A. Jansen"_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 1);
    // Another customer number is another person.
    const auto other = addCase(u"A. Jansen"_s, QDate(2026, 10, 8), u"K-4712"_s);
    QVERIFY(other);
    QVERIFY(other->person.id != first->person.id);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 2);
    // By id as well.
    NewCase byId;
    byId.person.id = first->person.id;
    byId.types = { RequestType::Klacht };
    byId.receivedDate = QDate(2026, 11, 2);
    ServiceError error;
    const auto third = m_cases->add(byId, BsnCheck::Refuse, &error);
    QVERIFY2(third, qPrintable(error.message));
    QCOMPARE(third->person.klantnummer, u"K-4711"_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 2);
    // The same number pasted with full-width digits and a zero-width space is the same person,
    // never a second one whose number looks alike (and prints as empty boxes in a letter).
    const auto pasted = addCase(QString(), QDate(2026, 11, 3), u"K-\uFF14\uFF17\u200B11"_s);
    QVERIFY(pasted);
    QCOMPARE(pasted->person.id, first->person.id);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 2);
    // A new person's look-alike number is stored as the number it looks like.
    const auto fresh
        = addCase(u"B. Smit"_s, QDate(2026, 11, 3), u"K\uFF14\uFF18\u2009\uFF11\uFF10"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->person.klantnummer, u"K48 10"_s);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 3);
}

void TestCaseService::typesDeduplicatedAndSorted()
{
    const auto created
        = addCase(u"E. Bakker"_s, QDate(2026, 11, 2), {},
                  { RequestType::Verwijdering, RequestType::Inzage, RequestType::Verwijdering,
                    RequestType::Bezwaar, RequestType::Inzage });
    QVERIFY(created);
    const QList<RequestType> expected { RequestType::Inzage, RequestType::Verwijdering,
                                        RequestType::Bezwaar };
    QCOMPARE(created->types, expected);
    QCOMPARE(m_cases->find(created->number)->types, expected);
    QCOMPARE(m_cases->list({}, nullptr).value(0).types, expected);
    QCOMPARE(countRows(m_store->database(), u"case_types"_s), 3);
}

void TestCaseService::addRefusesIncompleteRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("klantnummer");
    QTest::addColumn<bool>("withTypes");
    QTest::addColumn<QDate>("receivedOn");
    QTest::newRow("no type") << u"A. Jansen"_s << QString() << false << QDate(2026, 11, 2);
    QTest::newRow("no date") << u"A. Jansen"_s << QString() << true << QDate();
    QTest::newRow("tomorrow") << u"A. Jansen"_s << QString() << true << QDate(2026, 11, 22);
    QTest::newRow("nobody") << u"  "_s << QString() << true << QDate(2026, 11, 2);
    QTest::newRow("unknown customer, no name")
        << QString() << u"K-0000"_s << true << QDate(2026, 11, 2);
}

void TestCaseService::addRefusesIncompleteRequests()
{
    QFETCH(QString, name);
    QFETCH(QString, klantnummer);
    QFETCH(bool, withTypes);
    QFETCH(QDate, receivedOn);
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    if (withTypes)
        request.types = { RequestType::Inzage };
    request.receivedDate = receivedOn;
    const int events = auditCount();
    ServiceError error;
    QVERIFY(!m_cases->add(request, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(countRows(m_store->database(), u"cases"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"case_numbers"_s), 0);
    QCOMPARE(auditCount(), events);
}

void TestCaseService::storedDeadlineFollowsTheCalendar()
{
    const QList<QDate> dates { QDate(2026, 1, 31), QDate(2026, 2, 1),  QDate(2026, 2, 28),
                               QDate(2026, 3, 2),  QDate(2026, 3, 27), QDate(2026, 4, 1),
                               QDate(2026, 8, 31), QDate(2025, 11, 30) };
    for (const QDate &date : dates) {
        const auto created = addCase(u"F. Mulder"_s, date);
        QVERIFY(created);
        const CaseDeadlines expected = deadlinesFor(*created, m_cases->policy(nullptr).value());
        QCOMPARE(m_cases->deadlines(*created, nullptr).value().current, expected.current);
        QCOMPARE(storedDeadline(m_store->database(), created->number),
                 expected.current.toString(Qt::ISODate));
    }
}

void TestCaseService::domainExampleFirstOfFebruary()
{
    const auto created = addCase(u"G. de Vries"_s, QDate(2026, 2, 1));
    QVERIFY(created);
    const CaseDeadlines d = m_cases->deadlines(*created, nullptr).value();
    QCOMPARE(d.all.legal, QDate(2026, 3, 2));
    QCOMPARE(d.all.policy, QDate(2026, 3, 3));
    QCOMPARE(d.all.effective, QDate(2026, 3, 2));
    QCOMPARE(d.all.binding, Binding::Legal);
    QCOMPARE(d.current, QDate(2026, 3, 2));
    QCOMPARE(d.currentBinding, Binding::Legal);
    QCOMPARE(storedDeadline(m_store->database(), created->number), u"2026-03-02"_s);

    const QJsonObject json = caseToJson(*created, d);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"legal"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(deadlines.value(u"policy"_s).toString(), u"2026-03-03"_s);
    QCOMPARE(deadlines.value(u"effective"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(deadlines.value(u"binding"_s).toString(), u"legal"_s);
}

void TestCaseService::findAndListByState()
{
    const auto a = addCase(u"H. Bos"_s, QDate(2026, 11, 2));
    const auto b = addCase(u"I. Kok"_s, QDate(2026, 11, 3));
    const auto c = addCase(u"J. Peters"_s, QDate(2026, 11, 1));
    QVERIFY(a && b && c);
    ServiceError error;
    QVERIFY2(m_cases->requestIdentification(b->number, QDate(2026, 11, 4), &error),
             qPrintable(error.message));

    const auto found = m_cases->find(u" avg-2026-0001 "_s);
    QVERIFY(found);
    QCOMPARE(found->person.name, u"H. Bos"_s);
    QVERIFY(!m_cases->find(u"AVG-2026-0099"_s));

    // Ordered by date of receipt.
    QCOMPARE(numbersOf(m_cases->list({}, nullptr)),
             QStringList({ c->number, a->number, b->number }));
    CaseFilter received;
    received.state = CaseState::Ontvangen;
    QCOMPARE(numbersOf(m_cases->list(received, nullptr)), QStringList({ c->number, a->number }));
    CaseFilter waiting;
    waiting.state = CaseState::Identificatie;
    QCOMPARE(numbersOf(m_cases->list(waiting, nullptr)), QStringList({ b->number }));
    CaseFilter done;
    done.state = CaseState::Afgerond;
    QVERIFY(m_cases->list(done, nullptr).isEmpty());
}

void TestCaseService::overdueOn_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("overdue");
    // Received 1 Sep 2026, deadline 1 Oct 2026 for all four:
    //   0001 open; 0002 answered 10 Oct; 0003 answered 20 Sep; 0004 answered 2 Oct.
    // 0005 received 20 Nov 2026, deadline 21 Dec: never overdue here.
    QTest::newRow("the deadline itself") << QDate(2026, 10, 1) << QStringList();
    QTest::newRow("the day after")
        << QDate(2026, 10, 2) << QStringList({ u"AVG-2026-0001"_s, u"AVG-2026-0002"_s });
    QTest::newRow("a week later") << QDate(2026, 10, 8)
                                  << QStringList({ u"AVG-2026-0001"_s, u"AVG-2026-0002"_s });
    QTest::newRow("after the late answer")
        << QDate(2026, 10, 10) << QStringList({ u"AVG-2026-0001"_s });
    QTest::newRow("today") << QDate(2026, 11, 21) << QStringList({ u"AVG-2026-0001"_s });
    QTest::newRow("before anything") << QDate(2026, 8, 1) << QStringList();
}

void TestCaseService::overdueOn()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, overdue);
    for (int i = 0; i < 4; ++i)
        QVERIFY(addCase(u"K. Dekker"_s, QDate(2026, 9, 1)));
    QVERIFY(addCase(u"L. Brouwer"_s, QDate(2026, 11, 20)));
    ServiceError error;
    QVERIFY2(m_cases->complete(u"AVG-2026-0002"_s,
                               completion(Outcome::Toegewezen, QDate(2026, 10, 10), u"brief"_s, {},
                                          {}, knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_cases->complete(u"AVG-2026-0003"_s,
                               completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"brief"_s, {},
                                          {}, knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_cases->complete(u"AVG-2026-0004"_s,
                               completion(Outcome::Ingetrokken, QDate(2026, 10, 2)),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(storedDeadline(m_store->database(), u"AVG-2026-0001"_s), u"2026-10-01"_s);

    CaseFilter filter;
    filter.overdueOn = day;
    QCOMPARE(numbersOf(m_cases->list(filter, nullptr)), overdue);

    // Combined with a state: only the completed one of the overdue.
    filter.state = CaseState::Afgerond;
    QStringList completed;
    if (overdue.contains(u"AVG-2026-0002"_s))
        completed << u"AVG-2026-0002"_s;
    QCOMPARE(numbersOf(m_cases->list(filter, nullptr)), completed);
}

void TestCaseService::identificationPausesTheClock()
{
    const auto created = addCase(u"M. Hendriks"_s, QDate(2026, 2, 2));
    QVERIFY(created);
    const QString number = created->number;
    QCOMPARE(storedDeadline(m_store->database(), number), u"2026-03-02"_s);

    ServiceError error;
    QVERIFY2(m_cases->requestIdentification(number, QDate(2026, 2, 3), &error),
             qPrintable(error.message));
    auto c = m_cases->find(number);
    QCOMPARE(c->state, CaseState::Identificatie);
    QCOMPARE(c->identification.requested, QDate(2026, 2, 3));
    QVERIFY(m_cases->deadlines(*c, nullptr).value().all.suspended);
    QCOMPARE(storedDeadline(m_store->database(), number),
             m_cases->deadlines(*c, nullptr).value().current.toString(Qt::ISODate));

    QVERIFY2(
        m_cases->receiveIdentification(number, QDate(2026, 2, 10), IdMethod::Balie, true, &error),
        qPrintable(error.message));
    c = m_cases->find(number);
    QCOMPARE(c->state, CaseState::InBehandeling);
    QCOMPARE(c->identification.received, QDate(2026, 2, 10));
    QCOMPARE(c->identification.method, std::optional<IdMethod>(IdMethod::Balie));
    QCOMPARE(c->identification.succeeded, std::optional<bool>(true));
    QCOMPARE(c->identification.verifiedBy, m_store->userName());
    const CaseDeadlines d = m_cases->deadlines(*c, nullptr).value();
    QCOMPARE(d.all.pauseDays, 7);
    QVERIFY(!d.all.suspended);
    QCOMPARE(d.all.legal, QDate(2026, 3, 9));
    QCOMPARE(d.all.policy, QDate(2026, 3, 11));
    QCOMPARE(d.current, QDate(2026, 3, 9));
    QCOMPARE(storedDeadline(m_store->database(), number), u"2026-03-09"_s);

    // Once received, identification is not asked again.
    QVERIFY(!m_cases->requestIdentification(number, QDate(2026, 2, 11), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_cases->receiveIdentification(number, QDate(2026, 2, 11), IdMethod::Portaal, true,
                                            &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    // A request dated before receipt, or in the future, is refused.
    const auto other = addCase(u"N. Vos"_s, QDate(2026, 11, 10));
    QVERIFY(other);
    QVERIFY(!m_cases->requestIdentification(other->number, QDate(2026, 11, 9), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_cases->requestIdentification(other->number, QDate(2026, 11, 22), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(m_cases->find(other->number)->state, CaseState::Ontvangen);
}

void TestCaseService::failedIdentificationOnlyInadmissible()
{
    const auto created = addCase(u"O. Willems"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    const QString number = created->number;
    ServiceError error;
    QVERIFY(m_cases->requestIdentification(number, QDate(2026, 11, 3), &error));
    QVERIFY2(m_cases->receiveIdentification(number, QDate(2026, 11, 9), IdMethod::KopieId, false,
                                            &error),
             qPrintable(error.message));
    auto c = m_cases->find(number);
    QCOMPARE(c->state, CaseState::Identificatie);
    QCOMPARE(c->identification.succeeded, std::optional<bool>(false));

    QVERIFY(!m_cases->complete(number, completion(Outcome::Toegewezen, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_cases->complete(number,
                               completion(Outcome::Afgewezen, QDate(2026, 11, 20), {},
                                          { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s),
                               BsnCheck::Refuse, &error));
    QCOMPARE(m_cases->find(number)->state, CaseState::Identificatie);

    QVERIFY2(m_cases->complete(
                 number, completion(Outcome::NietInBehandeling, QDate(2026, 11, 20), u"brief"_s),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    c = m_cases->find(number);
    QCOMPARE(c->state, CaseState::NietInBehandeling);
    QCOMPARE(c->outcome, std::optional<Outcome>(Outcome::NietInBehandeling));

    // Reopened, it waits for identification again (it never succeeded).
    QVERIFY2(
        m_cases->reopen(number, u"Nieuw legitimatiebewijs aangeboden"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    QCOMPARE(m_cases->find(number)->state, CaseState::Identificatie);
}

// ieder1 ("binnen 30 dagen … met nog eens 30 dagen verlengd … Ook in dat geval zullen
// wij u tijdig op de hoogte stellen"): an extension told after the organisation's own deadline,
// but within the legal month, moves the legal deadline only. The own deadline is not extended and
// was not met: the deadlines, the stored deadline, the trail and the JSON say so, and the own
// clock counts from the own deadline.
void TestCaseService::extensionAfterTheOwnDeadline()
{
    // Received 2 March 2026: own deadline (30 days) 1 April, legal (one month) 2 April.
    const auto late = addCase(u"I. Eder"_s, QDate(2026, 3, 2));
    QVERIFY(late);
    ServiceError error;
    QVERIFY2(m_cases->extend(late->number, u"Gegevens in drie systemen"_s, QDate(2026, 4, 2),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    auto c = m_cases->find(late->number);
    QVERIFY(c && c->extended);
    CaseDeadlines d = m_cases->deadlines(*c, nullptr).value();
    QCOMPARE(d.all.policy, QDate(2026, 4, 1));
    QCOMPARE(d.all.legal, QDate(2026, 4, 2));
    QVERIFY(!d.extensionLegallyLate);
    QVERIFY(d.extensionAfterOwnDeadline);
    // The own deadline, not met, stays the earlier: the request is late against it.
    QCOMPARE(d.current, QDate(2026, 4, 1));
    QCOMPARE(d.currentBinding, Binding::Policy);
    QCOMPARE(storedDeadline(m_store->database(), late->number), u"2026-04-01"_s);
    const QJsonObject payload = m_cases->timeline(late->number).constLast().payload;
    QCOMPARE(payload.value(u"after_own_deadline"_s).toBool(), true);
    QCOMPARE(payload.value(u"legally_late"_s).toBool(), false);
    QCOMPARE(
        caseToJson(*c, d).value(u"extension"_s).toObject().value(u"after_own_deadline"_s).toBool(),
        true);
    // Answered on 25 April, before the own extended date (1 May): in time for the law, 24 days
    // late against the own deadline.
    c->answeredOn = QDate(2026, 4, 25);
    Lateness lateness = Lateness::of(*c, d, QDate(2026, 4, 25));
    QCOMPARE(lateness.legalDays, 0);
    QCOMPARE(lateness.policyDeadline, QDate(2026, 4, 1));
    QCOMPARE(lateness.policyDays, 24);

    // Told on 1 April, the own deadline: both extended, neither late.
    const auto timely = addCase(u"T. Tijdig"_s, QDate(2026, 3, 2));
    QVERIFY(timely);
    QVERIFY2(m_cases->extend(timely->number, u"Gegevens in drie systemen"_s, QDate(2026, 4, 1),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    c = m_cases->find(timely->number);
    QVERIFY(c);
    d = m_cases->deadlines(*c, nullptr).value();
    QVERIFY(!d.extensionAfterOwnDeadline);
    QCOMPARE(d.current, QDate(2026, 5, 1));
    QCOMPARE(m_cases->timeline(timely->number)
                 .constLast()
                 .payload.value(u"after_own_deadline"_s)
                 .toBool(),
             false);
    c->answeredOn = QDate(2026, 4, 25);
    lateness = Lateness::of(*c, d, QDate(2026, 4, 25));
    QVERIFY(!lateness.late());
}

// A store from before an extension told after the own deadline extended only the
// legal one kept the own extended deadline (1 May) on such an open request; opening
// (refreshAtOpen, the CLI and the desk) stores today's (1 April), in the request's trail, once.
void TestCaseService::openRefreshesAnOldExtendedDeadline()
{
    const auto late = addCase(u"O. Oudevorm"_s, QDate(2026, 3, 2));
    const auto timely = addCase(u"T. Optijd"_s, QDate(2026, 3, 2));
    QVERIFY(late && timely);
    ServiceError error;
    QVERIFY2(m_cases->extend(late->number, u"Gegevens in drie systemen"_s, QDate(2026, 4, 2),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_cases->extend(timely->number, u"Gegevens in drie systemen"_s, QDate(2026, 4, 1),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // The old shape: the deadline the change before this one stored (the own extended one).
    QSqlQuery query(m_store->database());
    query.prepare(u"UPDATE cases SET deadline_effective = '2026-05-01' WHERE number = ?"_s);
    query.addBindValue(late->number);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(storedDeadline(m_store->database(), late->number), u"2026-05-01"_s);
    const int before = auditCount();

    const QStringList said = m_cases->refreshAtOpen();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(u"1 open request"_s), qPrintable(said.first()));
    QCOMPARE(storedDeadline(m_store->database(), late->number), u"2026-04-01"_s);
    QCOMPARE(storedDeadline(m_store->database(), timely->number), u"2026-05-01"_s);
    const AuditEvent moved = m_cases->timeline(late->number).constLast();
    QCOMPARE(moved.action, u"case.deadline_recomputed"_s);
    QCOMPARE(moved.payload.value(u"deadline"_s).toArray(),
             (QJsonArray { u"2026-05-01"_s, u"2026-04-01"_s }));
    QCOMPARE(moved.payload.value(u"reason"_s).toString(), u"extension_rules"_s);
    QCOMPARE(m_cases->timeline(timely->number).constLast().action, u"case.extended"_s);
    QCOMPARE(auditCount(), before + 1);
    // In step now: the next opening writes nothing.
    QVERIFY(m_cases->refreshAtOpen().isEmpty());
    QCOMPARE(m_cases->refreshExtendedDeadlines(&error), std::optional<int>(0));
    QCOMPARE(auditCount(), before + 1);
}

void TestCaseService::extendTimelyAndLate()
{
    // Timely: received 1 Feb 2026, told 20 Feb; the extended effective deadline counts.
    const auto timely = addCase(u"P. Jacobs"_s, QDate(2026, 2, 1));
    QVERIFY(timely);
    ServiceError error;
    QVERIFY2(m_cases->extend(timely->number, u"  Gegevens in drie systemen  "_s, QDate(2026, 2, 20),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    auto c = m_cases->find(timely->number);
    QVERIFY(c->extended);
    QCOMPARE(c->extensionReason, u"Gegevens in drie systemen"_s);
    QCOMPARE(c->extensionNotified, QDate(2026, 2, 20));
    QCOMPARE(c->state, CaseState::Ontvangen); // a flag, not a state
    CaseDeadlines d = m_cases->deadlines(*c, nullptr).value();
    QVERIFY(!d.extensionLegallyLate);
    QCOMPARE(d.current, d.all.effectiveExtended);
    QCOMPARE(d.current, QDate(2026, 4, 2));
    QCOMPARE(d.currentBinding, Binding::Policy);
    QCOMPARE(storedDeadline(m_store->database(), timely->number), u"2026-04-02"_s);
    const AuditEvent extendedEvent = m_cases->timeline(timely->number).constLast();
    QCOMPARE(extendedEvent.action, u"case.extended"_s);
    QCOMPARE(extendedEvent.payload.value(u"legally_late"_s).toBool(), false);

    // Only one extension.
    const int events = auditCount();
    QVERIFY(!m_cases->extend(timely->number, u"Nog meer werk"_s, QDate(2026, 2, 21),
                             BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(auditCount(), events);
    QCOMPARE(m_cases->find(timely->number)->extensionReason, u"Gegevens in drie systemen"_s);

    // Late: told 10 March, after the legal deadline of 2 March. Recorded, flagged, and the
    // one-month legal deadline stays the one that counts.
    const auto late = addCase(u"Q. Koster"_s, QDate(2026, 2, 1));
    QVERIFY(late);
    QVERIFY2(m_cases->extend(late->number, u"Archief extern"_s, QDate(2026, 3, 10),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    c = m_cases->find(late->number);
    QVERIFY(c->extended);
    d = m_cases->deadlines(*c, nullptr).value();
    QVERIFY(d.extensionLegallyLate);
    QCOMPARE(d.current, QDate(2026, 3, 2));
    QCOMPARE(d.currentBinding, Binding::Legal);
    QVERIFY(d.current != d.all.legalExtended);
    QCOMPARE(storedDeadline(m_store->database(), late->number), u"2026-03-02"_s);
    QCOMPARE(m_cases->timeline(late->number).constLast().payload.value(u"legally_late"_s).toBool(),
             true);
    const QJsonObject json = caseToJson(*c, d);
    QCOMPARE(json.value(u"extension"_s).toObject().value(u"legally_late"_s).toBool(), true);
    QCOMPARE(json.value(u"deadlines"_s).toObject().value(u"current"_s).toString(), u"2026-03-02"_s);

    // Refused: no reason, a notice before receipt or in the future.
    const auto other = addCase(u"R. Maas"_s, QDate(2026, 11, 2));
    QVERIFY(other);
    QVERIFY(!m_cases->extend(other->number, u"  "_s, QDate(2026, 11, 5), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(
        !m_cases->extend(other->number, u"Reden"_s, QDate(2026, 11, 1), BsnCheck::Refuse, &error));
    QVERIFY(
        !m_cases->extend(other->number, u"Reden"_s, QDate(2026, 11, 22), BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->extend(other->number, u"Reden"_s, QDate(), BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->find(other->number)->extended);
}

void TestCaseService::complete_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QList<RefusalGround>>("grounds");
    QTest::addColumn<CaseState>("state");
    QTest::newRow("toegewezen") << Outcome::Toegewezen << QList<RefusalGround>()
                                << CaseState::Afgerond;
    QTest::newRow("deels-toegewezen")
        << Outcome::DeelsToegewezen << QList<RefusalGround>({ RefusalGround::Art15_4 })
        << CaseState::Afgerond;
    // The request is one for inzage and verwijdering: each ground fits one of its kinds.
    QTest::newRow("afgewezen") << Outcome::Afgewezen
                               << QList<RefusalGround>(
                                      { RefusalGround::Art12_5, RefusalGround::Art17_3b })
                               << CaseState::Afgerond;
    QTest::newRow("ingetrokken") << Outcome::Ingetrokken << QList<RefusalGround>()
                                 << CaseState::Ingetrokken;
    QTest::newRow("niet-ontvankelijk")
        << Outcome::NietInBehandeling << QList<RefusalGround>() << CaseState::NietInBehandeling;
}

void TestCaseService::complete()
{
    QFETCH(Outcome, outcome);
    QFETCH(QList<RefusalGround>, grounds);
    QFETCH(CaseState, state);
    const auto created = addCase(u"S. Post"_s, QDate(2026, 11, 2), {},
                                 { RequestType::Inzage, RequestType::Verwijdering });
    QVERIFY(created);
    ServiceError error;
    QVERIFY(m_cases->requestIdentification(created->number, QDate(2026, 11, 2), &error));
    QVERIFY(m_cases->receiveIdentification(created->number, QDate(2026, 11, 4),
                                           IdMethod::Klantgegevens, true, &error));
    const QString motivation = CaseWorkflow::needsMotivation(outcome)
        ? u"  De huurbetalingen vallen onder de fiscale bewaarplicht.  "_s
        : QString();
    QVERIFY2(m_cases->complete(
                 created->number,
                 completion(outcome, QDate(2026, 11, 20), u"e-mail"_s, grounds, motivation),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto c = m_cases->find(created->number);
    QCOMPARE(c->state, state);
    QCOMPARE(c->outcome, std::optional<Outcome>(outcome));
    QCOMPARE(c->refusalGrounds, grounds);
    QCOMPARE(c->motivation, motivation.trimmed());
    QVERIFY(c->noIdentificationReason.isEmpty());
    QCOMPARE(c->answeredOn, QDate(2026, 11, 20));
    QCOMPARE(c->answerChannel, u"e-mail"_s);
    QCOMPARE(c->closedAt, m_clock.now());

    const AuditEvent event = m_cases->timeline(created->number).constLast();
    QCOMPARE(event.action, u"case.completed"_s);
    QCOMPARE(event.payload.value(u"outcome"_s).toString(), codes::code(outcome));
    QCOMPARE(event.payload.value(u"grounds"_s).toArray().size(), grounds.size());
    QCOMPARE(event.payload.value(u"motivation"_s).toString(), motivation.trimmed());
    QVERIFY(!event.payload.contains(u"no_identification_reason"_s));
    QCOMPARE(event.payload.value(u"state"_s).toArray(),
             QJsonArray({ u"in-behandeling"_s, codes::code(state) }));

    // Closed: no second completion, no extension, no identification.
    QVERIFY(!m_cases->complete(created->number,
                               completion(Outcome::Toegewezen, QDate(2026, 11, 21)),
                               BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_cases->extend(created->number, u"Reden"_s, QDate(2026, 11, 21), BsnCheck::Refuse,
                             &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(m_cases->find(created->number)->state, state);
}

void TestCaseService::refusalWithoutGroundsChangesNothing()
{
    const auto created = addCase(u"T. Kuipers"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    const int events = auditCount();
    ServiceError error;
    // Each refusal for the reason named, with everything else in order.
    const QString why = u"Herhaald verzoek"_s;
    QVERIFY(!m_cases->complete(
        created->number,
        completion(Outcome::Afgewezen, QDate(2026, 11, 20), {}, {}, why, knownDataSubject),
        BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_cases->complete(
        created->number,
        completion(Outcome::DeelsToegewezen, QDate(2026, 11, 20), {}, {}, why, knownDataSubject),
        BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->complete(created->number,
                               completion(Outcome::Toegewezen, QDate(2026, 11, 20), {},
                                          { RefusalGround::Art12_5 }, {}, knownDataSubject),
                               BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->complete(
        created->number,
        completion(Outcome::Toegewezen, QDate(2026, 11, 1), {}, {}, {}, knownDataSubject),
        BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->complete(
        created->number,
        completion(Outcome::Toegewezen, QDate(2026, 11, 22), {}, {}, {}, knownDataSubject),
        BsnCheck::Refuse, &error));
    QCOMPARE(auditCount(), events);
    const auto c = m_cases->find(created->number);
    QCOMPARE(c->state, CaseState::Ontvangen);
    QVERIFY(!c->outcome);
    QVERIFY(!c->answeredOn.isValid());
}

void TestCaseService::refusalNeedsReasonsInWords()
{
    const auto created = addCase(u"T. Wolters"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    ServiceError error;
    QVERIFY(m_cases->receiveIdentification(created->number, QDate(2026, 11, 3), IdMethod::Portaal,
                                           true, &error));
    const int events = auditCount();
    for (Outcome outcome : { Outcome::Afgewezen, Outcome::DeelsToegewezen }) {
        for (const QString &motivation : { QString(), u"  \n "_s }) {
            QVERIFY(!m_cases->complete(created->number,
                                       completion(outcome, QDate(2026, 11, 20), u"brief"_s,
                                                  { RefusalGround::Art12_5 }, motivation),
                                       BsnCheck::Refuse, &error));
            QCOMPARE(error.code, ServiceError::Code::Invalid);
            QVERIFY2(error.message.contains(u"art. 12(4)"), qPrintable(error.message));
        }
    }
    QCOMPARE(auditCount(), events);
    QCOMPARE(m_cases->find(created->number)->state, CaseState::InBehandeling);

    const QString reasons = u"U vroeg in drie maanden vier keer hetzelfde; er is niets "
                            "veranderd.\nWij verwijzen naar ons antwoord van 1 oktober."_s;
    QVERIFY2(m_cases->complete(created->number,
                               completion(Outcome::Afgewezen, QDate(2026, 11, 20), u"brief"_s,
                                          { RefusalGround::Art12_5 }, reasons),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto c = m_cases->find(created->number);
    QCOMPARE(c->motivation, reasons);
    const AuditEvent event = m_cases->timeline(created->number).constLast();
    QCOMPARE(event.payload.value(u"motivation"_s).toString(), reasons);
    const QJsonObject json = caseToJson(*c, m_cases->deadlines(*c, nullptr).value());
    QCOMPARE(json.value(u"motivation"_s).toString(), reasons);
    QCOMPARE(json.value(u"direct_marketing"_s).toBool(true), false);
    QCOMPARE(json.value(u"no_identification_reason"_s).toString(u"-"_s), QString());

    // A grant needs none, but may carry one; it is stored as given.
    const auto granted = addCase(u"U. Wolters"_s, QDate(2026, 11, 2));
    QVERIFY(granted);
    QVERIFY(m_cases->receiveIdentification(granted->number, QDate(2026, 11, 3), IdMethod::Balie,
                                           true, &error));
    QVERIFY2(m_cases->complete(granted->number,
                               completion(Outcome::Toegewezen, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(m_cases->find(granted->number)->motivation.isEmpty());
    QVERIFY(!m_cases->timeline(granted->number).constLast().payload.contains(u"motivation"_s));
}

void TestCaseService::groundsMustFitTheRequest()
{
    struct Refused
    {
        QList<RequestType> types;
        QList<RefusalGround> grounds;
        bool directMarketing;
        QString mentions; // the ground, as the message names it
    };
    const QList<Refused> refused {
        { { RequestType::Verwijdering }, { RefusalGround::Art15_4 }, false, u"Art. 15(4)"_s },
        { { RequestType::Inzage }, { RefusalGround::Art17_3b }, false, u"Art. 17(3)(b)"_s },
        { { RequestType::Verwijdering }, { RefusalGround::Art17_3 }, false, u"Art. 17(3)"_s },
        { { RequestType::Inzage }, { RefusalGround::Art41Uavg }, false, u"Art. 41 UAVG"_s },
        { { RequestType::Inzage }, { RefusalGround::Art23 }, false, u"Art. 23"_s },
        { { RequestType::Inzage }, { RefusalGround::Art21Dwingend }, false, u"Art. 21(1)"_s },
        { { RequestType::Bezwaar }, { RefusalGround::Art21Dwingend }, true, u"Art. 21(1)"_s },
        { { RequestType::Inzage, RequestType::Verwijdering },
          { RefusalGround::Art12_5, RefusalGround::Art21Dwingend },
          false,
          u"Art. 21(1)"_s },
    };
    ServiceError error;
    for (const Refused &row : refused) {
        const auto created = addCase(u"V. Dijkstra"_s, QDate(2026, 11, 2), {}, row.types);
        QVERIFY(created);
        QVERIFY(m_cases->receiveIdentification(created->number, QDate(2026, 11, 3), IdMethod::Balie,
                                               true, &error));
        const int events = auditCount();
        Completion done = completion(Outcome::Afgewezen, QDate(2026, 11, 20), u"brief"_s,
                                     row.grounds, u"Toelichting"_s);
        done.directMarketing = row.directMarketing;
        QVERIFY(!m_cases->complete(created->number, done, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY2(error.message.contains(row.mentions), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u'\n'), qPrintable(error.message));
        QCOMPARE(auditCount(), events);
        QVERIFY(isOpen(m_cases->find(created->number)->state));
    }

    // Fitting: art. 17(3)(e) on the erasure part of a combined request, art. 23 beside art. 41
    // UAVG with its ground, and art. 21(1) against an objection that is not direct marketing.
    const auto combined = addCase(u"W. Dijkstra"_s, QDate(2026, 11, 2), {},
                                  { RequestType::Inzage, RequestType::Verwijdering });
    QVERIFY(combined);
    QVERIFY(m_cases->receiveIdentification(combined->number, QDate(2026, 11, 3), IdMethod::Balie,
                                           true, &error));
    QVERIFY2(m_cases->complete(combined->number,
                               completion(Outcome::DeelsToegewezen, QDate(2026, 11, 20), {},
                                          { RefusalGround::Art41_1j, RefusalGround::Art17_3e,
                                            RefusalGround::Art23, RefusalGround::Art17_3e },
                                          u"Procedure over de huurachterstand loopt"_s),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // Stored once each, in the order of the table.
    QCOMPARE(m_cases->find(combined->number)->refusalGrounds,
             QList<RefusalGround>(
                 { RefusalGround::Art17_3e, RefusalGround::Art41_1j, RefusalGround::Art23 }));
    QCOMPARE(m_cases->timeline(combined->number).constLast().payload.value(u"grounds"_s).toArray(),
             QJsonArray({ u"art-17-3-e"_s, u"art-41-1-j"_s, u"art-23"_s }));

    const auto objection
        = addCase(u"X. Dijkstra"_s, QDate(2026, 11, 2), {}, { RequestType::Bezwaar });
    QVERIFY(objection);
    QVERIFY(m_cases->receiveIdentification(objection->number, QDate(2026, 11, 3), IdMethod::Balie,
                                           true, &error));
    QVERIFY2(m_cases->complete(objection->number,
                               completion(Outcome::Afgewezen, QDate(2026, 11, 20), {},
                                          { RefusalGround::Art21Dwingend },
                                          u"Veiligheid van de buren weegt zwaarder"_s),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));

    // Direct marketing: only an objection can be against it; it is granted and recorded.
    const auto marketing
        = addCase(u"Y. Dijkstra"_s, QDate(2026, 11, 2), {}, { RequestType::Bezwaar });
    QVERIFY(marketing);
    QVERIFY(m_cases->receiveIdentification(marketing->number, QDate(2026, 11, 3), IdMethod::Balie,
                                           true, &error));
    Completion notAnObjection = completion(Outcome::Toegewezen, QDate(2026, 11, 20));
    notAnObjection.directMarketing = true;
    QVERIFY(!m_cases->complete(combined->number, notAnObjection, BsnCheck::Refuse, &error));
    QVERIFY(m_cases->complete(marketing->number, notAnObjection, BsnCheck::Refuse, &error));
    QVERIFY(m_cases->find(marketing->number)->directMarketing);
    QCOMPARE(m_cases->timeline(marketing->number).constLast().payload.value(u"direct_marketing"_s),
             QJsonValue(true));
    QVERIFY(m_cases->reopen(marketing->number, u"Aanvulling"_s, BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->find(marketing->number)->directMarketing);
}

void TestCaseService::legacyGroundsStayReadable()
{
    // Requests completed by the first releases keep the codes without their letter.
    const auto created
        = addCase(u"Z. Hofman"_s, QDate(2026, 11, 2), {}, { RequestType::Verwijdering });
    QVERIFY(created);
    QVERIFY(execSql(m_store->database(),
                    u"UPDATE cases SET state = 'afgerond', outcome = 'afgewezen', "
                    "refusal_grounds = 'art-17-3,art-41-uavg', answered_on = '2026-11-10' "
                    "WHERE number = '%1'"_s.arg(created->number)));
    const auto c = m_cases->find(created->number);
    QCOMPARE(c->refusalGrounds,
             QList<RefusalGround>({ RefusalGround::Art17_3, RefusalGround::Art41Uavg }));
    QVERIFY(c->motivation.isEmpty());
    QCOMPARE(codes::code(RefusalGround::Art17_3), u"art-17-3"_s);
    QCOMPARE(codes::label(RefusalGround::Art17_3), u"Art. 17(3) GDPR (letter not recorded)"_s);
    QCOMPARE(caseToJson(*c, m_cases->deadlines(*c, nullptr).value()).value(u"grounds"_s).toArray(),
             QJsonArray({ u"art-17-3"_s, u"art-41-uavg"_s }));
    // Reopened and decided again, the old code is refused and the letter is asked for.
    ServiceError error;
    QVERIFY(m_cases->reopen(created->number, u"Opnieuw beoordelen"_s, BsnCheck::Refuse, &error));
    QVERIFY(!m_cases->complete(created->number,
                               completion(Outcome::Afgewezen, QDate(2026, 11, 20), {},
                                          { RefusalGround::Art17_3 }, u"Bewaarplicht"_s,
                                          knownDataSubject),
                               BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"(a) to (e)"), qPrintable(error.message));
}

void TestCaseService::decidingWithoutIdentificationNeedsAReason()
{
    const auto created = addCase(u"A. Kramer"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    const QString number = created->number;
    ServiceError error;
    const int events = auditCount();
    // Never identified: a decision on the request needs the reason; a blank one is none.
    for (Outcome outcome : { Outcome::Toegewezen, Outcome::DeelsToegewezen, Outcome::Afgewezen }) {
        for (const QString &reason : { QString(), u"   "_s }) {
            const QList<RefusalGround> grounds = CaseWorkflow::needsGrounds(outcome)
                ? QList<RefusalGround> { RefusalGround::Art12_5 }
                : QList<RefusalGround> {};
            QVERIFY(!m_cases->complete(number,
                                       completion(outcome, QDate(2026, 11, 20), u"brief"_s, grounds,
                                                  u"Herhaald verzoek"_s, reason),
                                       BsnCheck::Refuse, &error));
            QCOMPARE(error.code, ServiceError::Code::Invalid);
            QVERIFY2(error.message.contains(u"identification"), qPrintable(error.message));
        }
    }
    // An identification only asked for is not recorded either.
    QVERIFY(m_cases->requestIdentification(number, QDate(2026, 11, 3), &error));
    QVERIFY(!m_cases->complete(number, completion(Outcome::Toegewezen, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error));
    QCOMPARE(auditCount(), events + 1);

    QVERIFY2(m_cases->complete(number,
                               completion(Outcome::Toegewezen, QDate(2026, 11, 20), u"brief"_s, {},
                                          {}, u"  "_s + knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    auto c = m_cases->find(number);
    QCOMPARE(c->noIdentificationReason, knownDataSubject);
    const AuditEvent event = m_cases->timeline(number).constLast();
    QCOMPARE(event.payload.value(u"no_identification_reason"_s).toString(), knownDataSubject);
    QCOMPARE(caseToJson(*c, m_cases->deadlines(*c, nullptr).value())
                 .value(u"no_identification_reason"_s)
                 .toString(),
             knownDataSubject);

    // Reopening clears it with the outcome; withdrawn needs no reason, and takes none.
    QVERIFY(m_cases->reopen(number, u"Betrokkene belt terug"_s, BsnCheck::Refuse, &error));
    QVERIFY(m_cases->find(number)->noIdentificationReason.isEmpty());
    QVERIFY(!m_cases->complete(
        number, completion(Outcome::Ingetrokken, QDate(2026, 11, 20), {}, {}, {}, knownDataSubject),
        BsnCheck::Refuse, &error));
    QVERIFY2(m_cases->complete(number, completion(Outcome::Ingetrokken, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));

    // Identified: no reason is needed, and one given is refused as out of place.
    const auto identified = addCase(u"B. Kramer"_s, QDate(2026, 11, 2));
    QVERIFY(identified);
    QVERIFY(m_cases->receiveIdentification(identified->number, QDate(2026, 11, 4),
                                           IdMethod::Klantgegevens, true, &error));
    QVERIFY(!m_cases->complete(
        identified->number,
        completion(Outcome::Toegewezen, QDate(2026, 11, 20), {}, {}, {}, knownDataSubject),
        BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(m_cases->complete(identified->number,
                               completion(Outcome::Toegewezen, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestCaseService::reopen()
{
    const auto created = addCase(u"U. Prins"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    const QString number = created->number;
    ServiceError error;
    // Refused while open.
    QVERIFY(!m_cases->reopen(number, u"Reden"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    QVERIFY(m_cases->requestIdentification(number, QDate(2026, 11, 3), &error));
    QVERIFY(m_cases->receiveIdentification(number, QDate(2026, 11, 5), IdMethod::Portaal, true,
                                           &error));
    QVERIFY(m_cases->complete(number,
                              completion(Outcome::Afgewezen, QDate(2026, 11, 16), u"brief"_s,
                                         { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s),
                              BsnCheck::Refuse, &error));
    // Refused without a reason.
    QVERIFY(!m_cases->reopen(number, u" "_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(m_cases->find(number)->state, CaseState::Afgerond);

    QVERIFY2(m_cases->reopen(number, u"Bezwaar tegen de afwijzing"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto c = m_cases->find(number);
    QCOMPARE(c->state, CaseState::InBehandeling);
    QVERIFY(!c->outcome);
    QVERIFY(c->refusalGrounds.isEmpty());
    QVERIFY(c->motivation.isEmpty());
    QVERIFY(!c->answeredOn.isValid());
    QVERIFY(!c->closedAt.isValid());
    QCOMPARE(c->identification.succeeded, std::optional<bool>(true));
    const AuditEvent event = m_cases->timeline(number).constLast();
    QCOMPARE(event.action, u"case.reopened"_s);
    QCOMPARE(event.payload.value(u"reason"_s).toString(), u"Bezwaar tegen de afwijzing"_s);
    QCOMPARE(event.payload.value(u"previous_outcome"_s).toString(), u"afgewezen"_s);
    QCOMPARE(event.payload.value(u"state"_s).toArray(),
             QJsonArray({ u"afgerond"_s, u"in-behandeling"_s }));
    // And it can be completed again.
    QVERIFY2(m_cases->complete(number, completion(Outcome::Toegewezen, QDate(2026, 11, 21)),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(number)->state, CaseState::Afgerond);
}

void TestCaseService::reopenUnidentifiedCaseReturnsToReceived()
{
    // Withdrawn before any identification: reopened, it is back at the start of the life
    // cycle, where identification can still be asked. (In behandeling would skip it, and
    // identification can no longer be requested there.)
    const auto created = addCase(u"V. Wouters"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    const QString number = created->number;
    ServiceError error;
    QVERIFY(m_cases->complete(number, completion(Outcome::Ingetrokken, QDate(2026, 11, 3)),
                              BsnCheck::Refuse, &error));
    QCOMPARE(m_cases->find(number)->state, CaseState::Ingetrokken);
    QVERIFY2(m_cases->reopen(number, u"Betrokkene zet het verzoek toch door"_s, BsnCheck::Refuse,
                             &error),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(number)->state, CaseState::Ontvangen);
    QVERIFY2(m_cases->requestIdentification(number, QDate(2026, 11, 10), &error),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(number)->state, CaseState::Identificatie);

    // Identification received without a request first, and failed: reopened, it waits for
    // identification again rather than being "in behandeling" with a failed identification.
    const auto failed = addCase(u"W. Lammers"_s, QDate(2026, 11, 2));
    QVERIFY(failed);
    QVERIFY(m_cases->receiveIdentification(failed->number, QDate(2026, 11, 2), IdMethod::Balie,
                                           false, &error));
    QVERIFY(m_cases->complete(failed->number,
                              completion(Outcome::NietInBehandeling, QDate(2026, 11, 3)),
                              BsnCheck::Refuse, &error));
    QVERIFY(m_cases->reopen(failed->number, u"Alsnog gelegitimeerd"_s, BsnCheck::Refuse, &error));
    QCOMPARE(m_cases->find(failed->number)->state, CaseState::Identificatie);
    QVERIFY2(m_cases->receiveIdentification(failed->number, QDate(2026, 11, 12), IdMethod::Balie,
                                            true, &error),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(failed->number)->state, CaseState::InBehandeling);
}

void TestCaseService::addNoteWritesCaseNotes()
{
    const auto created = addCase(u"X. Verbeek"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    ServiceError error;
    QVERIFY2(m_cases->addNote(created->number, u"  Teruggebeld op het bekende nummer  "_s,
                              BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT case_id, author, body, written_at FROM case_notes"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), created->id);
    QCOMPARE(query.value(1).toString(), m_store->userName());
    QCOMPARE(query.value(2).toString(), u"Teruggebeld op het bekende nummer"_s);
    QCOMPARE(QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs), m_clock.now());
    QVERIFY(!query.next());
    QCOMPARE(m_cases->timeline(created->number).constLast().action, u"case.note_added"_s);
    // A note is no state change.
    QCOMPARE(m_cases->find(created->number)->state, CaseState::Ontvangen);

    const int events = auditCount();
    QVERIFY(!m_cases->addNote(created->number, u"   "_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(countRows(m_store->database(), u"case_notes"_s), 1);
    QCOMPARE(auditCount(), events);
}

// Who handles a request: a known user whose role may handle requests, recorded as its own event
// on the request's trail with the old and the new; a KCC employee, an auditor, a removed user or
// a login nobody has is refused, and nothing changes. On both backends.
void TestCaseService::assignAHandler()
{
    const auto created = addCase(u"H. Toewijs"_s, QDate(2026, 11, 2));
    QVERIFY(created);
    QVERIFY(created->handler.isEmpty());
    UserService users(*m_store, Session { *m_store, m_clock });
    UserError added;
    for (const auto &[login, role] :
         { std::pair { u"p.bakker"_s, Role::Functionaris }, std::pair { u"k.smit"_s, Role::Kcc },
           std::pair { u"a.visser"_s, Role::Auditor },
           std::pair { u"o.weg"_s, Role::Functionaris } })
        QVERIFY2(users.add(login, {}, role,
                           SecureBytes::fromUtf8(u"een-lang-wachtwoord-%1"_s.arg(login)), &added),
                 qPrintable(added.message));
    QVERIFY2(users.remove(u"o.weg"_s, &added), qPrintable(added.message));

    ServiceError error;
    const int events = auditCount();
    for (const QString &refused : { u"k.smit"_s, u"a.visser"_s, u"o.weg"_s, u"niemand"_s }) {
        QVERIFY2(!m_cases->assign(created->number, refused, &error), qPrintable(refused));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
    }
    QCOMPARE(auditCount(), events);
    QVERIFY(m_cases->find(created->number)->handler.isEmpty());
    QStringList possible;
    for (const auto &[login, name] : m_cases->possibleHandlers(&error))
        possible << login;
    QVERIFY(!error.isError());
    QVERIFY2(possible.contains(u"p.bakker"_s) && possible.contains(m_store->userName()),
             qPrintable(possible.join(u", "_s)));
    for (const QString &never : { u"k.smit"_s, u"a.visser"_s, u"o.weg"_s })
        QVERIFY2(!possible.contains(never), qPrintable(never));

    // Given in any case, stored as the login.
    QVERIFY2(m_cases->assign(created->number, u" P.Bakker "_s, &error), qPrintable(error.message));
    QCOMPARE(m_cases->find(created->number)->handler, u"p.bakker"_s);
    AuditEvent last = m_cases->timeline(created->number).constLast();
    QCOMPARE(last.action, u"case.assigned"_s);
    QCOMPARE(last.payload.value(u"handler"_s).toArray(), QJsonArray({ u""_s, u"p.bakker"_s }));
    // The same again records nothing; another takes it over; nobody at last.
    QVERIFY2(m_cases->assign(created->number, u"p.bakker"_s, &error), qPrintable(error.message));
    QCOMPARE(auditCount(), events + 1);
    QVERIFY2(m_cases->assign(created->number, m_store->userName(), &error),
             qPrintable(error.message));
    QVERIFY2(m_cases->assign(created->number, {}, &error), qPrintable(error.message));
    QVERIFY(m_cases->find(created->number)->handler.isEmpty());
    last = m_cases->timeline(created->number).constLast();
    QCOMPARE(last.payload.value(u"handler"_s).toArray(),
             QJsonArray({ m_store->userName(), u""_s }));
    // The list shows it.
    QVERIFY(m_cases->assign(created->number, u"p.bakker"_s, &error));
    bool listed = false;
    for (const Case &c : m_cases->list(CaseFilter {}, &error))
        listed = listed || (c.number == created->number && c.handler == u"p.bakker"_s);
    QVERIFY(listed);
    QVERIFY(!m_cases->assign(u"AVG-2026-0999"_s, u"p.bakker"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestCaseService::unknownNumber()
{
    QVERIFY(addCase(u"Y. Bosman"_s, QDate(2026, 11, 2)));
    const int events = auditCount();
    const QString missing = u"AVG-2026-0042"_s;
    ServiceError error;
    QVERIFY(!m_cases->requestIdentification(missing, QDate(2026, 11, 3), &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(error.message.contains(missing));
    QVERIFY(!m_cases->receiveIdentification(missing, QDate(2026, 11, 3), IdMethod::Balie, true,
                                            &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!m_cases->extend(missing, u"Reden"_s, QDate(2026, 11, 3), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!m_cases->complete(missing, completion(Outcome::Toegewezen, QDate(2026, 11, 3)),
                               BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!m_cases->reopen(missing, u"Reden"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!m_cases->addNote(missing, u"Notitie"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(auditCount(), events);
    QVERIFY(m_cases->timeline(missing).isEmpty());
}

void TestCaseService::oneAuditEventPerChange()
{
    // A new store folder holds no event; a server store the store.created and the first
    // beheerder's user.added of `server init`. Both hold the policy init() chose.
    const int start = auditCount();
    QCOMPARE(start, (testBackend() == Backend::Server ? 2 : 0) + 1);
    // A new person: person.created and case.created.
    const auto created = addCase(u"Z. Claassen"_s, QDate(2026, 11, 2), u"K-9001"_s);
    QVERIFY(created);
    QCOMPARE(auditCount(), start + 2);
    // The same person again: only case.created.
    QVERIFY(addCase(QString(), QDate(2026, 11, 3), u"K-9001"_s));
    QCOMPARE(auditCount(), start + 3);

    const QString number = created->number;
    ServiceError error;
    int expected = auditCount();
    const auto step = [&](bool ok, const char *what) {
        QVERIFY2(ok, qPrintable(u"%1: %2"_s.arg(QLatin1StringView(what), error.message)));
        ++expected;
        QCOMPARE(auditCount(), expected);
    };
    m_clock.advanceSecs(60);
    step(m_cases->requestIdentification(number, QDate(2026, 11, 3), &error), "request");
    m_clock.advanceSecs(60);
    step(m_cases->receiveIdentification(number, QDate(2026, 11, 6), IdMethod::Gemachtigde, true,
                                        &error),
         "receive");
    step(m_cases->extend(number, u"Veel correspondentie"_s, QDate(2026, 11, 9), BsnCheck::Refuse,
                         &error),
         "extend");
    step(m_cases->addNote(number, u"Stukken opgevraagd bij de wijkbeheerder"_s, BsnCheck::Refuse,
                          &error),
         "note");
    step(m_cases->complete(number,
                           completion(Outcome::DeelsToegewezen, QDate(2026, 11, 20), u"brief"_s,
                                      { RefusalGround::Art15_4 },
                                      u"Meldingen van buren weggelaten"_s),
                           BsnCheck::Refuse, &error),
         "complete");
    step(m_cases->reopen(number, u"Aanvulling gevraagd"_s, BsnCheck::Refuse, &error), "reopen");
    step(m_cases->complete(number, completion(Outcome::Toegewezen, QDate(2026, 11, 21), u"brief"_s),
                           BsnCheck::Refuse, &error),
         "complete again");

    // Every event is the store's user's, and the chain holds.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT DISTINCT actor FROM audit_events"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), m_store->userName());
    QVERIFY(!query.next());
    const AuditLog::Verification verification = m_cases->verifyAuditTrail();
    QVERIFY2(verification.ok, qPrintable(verification.reason));
    QCOMPARE(verification.eventsChecked, qint64(expected));
}

void TestCaseService::timelineInOrder()
{
    const auto created = addCase(u"A. Meijer"_s, QDate(2026, 11, 2));
    const auto other = addCase(u"B. Schouten"_s, QDate(2026, 11, 2));
    QVERIFY(created && other);
    const QString number = created->number;
    ServiceError error;
    QVERIFY(m_cases->requestIdentification(number, QDate(2026, 11, 3), &error));
    QVERIFY(m_cases->addNote(other->number, u"Ander verzoek"_s, BsnCheck::Refuse, &error));
    QVERIFY(
        m_cases->receiveIdentification(number, QDate(2026, 11, 5), IdMethod::Balie, true, &error));
    QVERIFY(
        m_cases->extend(number, u"Veel gegevens"_s, QDate(2026, 11, 6), BsnCheck::Refuse, &error));
    QVERIFY(m_cases->addNote(number, u"Concept klaar"_s, BsnCheck::Refuse, &error));
    QVERIFY(m_cases->complete(number,
                              completion(Outcome::Toegewezen, QDate(2026, 11, 19), u"brief"_s),
                              BsnCheck::Refuse, &error));
    QVERIFY(m_cases->reopen(number, u"Bijlage vergeten"_s, BsnCheck::Refuse, &error));

    const QList<AuditEvent> events = m_cases->timeline(u"avg-2026-0001"_s);
    QCOMPARE(actionsOf(events),
             QStringList({ u"case.created"_s, u"case.identification_requested"_s,
                           u"case.identification_received"_s, u"case.extended"_s,
                           u"case.note_added"_s, u"case.completed"_s, u"case.reopened"_s }));
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].entityType, u"case"_s);
        QCOMPARE(events[i].entityId, number);
        QCOMPARE(events[i].actor, m_store->userName());
        // The moment the store records: the desk's clock on a store folder; on a server the
        // server's own (its trigger stamps each event, so a seat's clock cannot backdate one).
        if (testBackend() == Backend::Server)
            QVERIFY(qAbs(events[i].occurredAt.secsTo(pd::test::systemNow())) < 600);
        else
            QCOMPARE(events[i].occurredAt, m_clock.now());
        if (i > 0)
            QVERIFY(events[i].seq > events[i - 1].seq);
    }
    QCOMPARE(events[1].payload.value(u"state"_s).toArray(),
             QJsonArray({ u"ontvangen"_s, u"identificatie"_s }));
    QCOMPARE(events[2].payload.value(u"state"_s).toArray(),
             QJsonArray({ u"identificatie"_s, u"in-behandeling"_s }));
    QCOMPARE(events[2].payload.value(u"method"_s).toString(), u"balie"_s);
    QCOMPARE(actionsOf(m_cases->timeline(other->number)),
             QStringList({ u"case.created"_s, u"case.note_added"_s }));
}

void TestCaseService::setPolicyChangesNewCasesAndIsAudited()
{
    const auto before = addCase(u"C. Groen"_s, QDate(2026, 2, 1));
    QVERIFY(before);
    QCOMPARE(storedDeadline(m_store->database(), before->number), u"2026-03-02"_s);

    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 4, PeriodUnit::Weeks };
    fourWeeks.closingDays = { QDate(2026, 12, 24) };
    // Sunday 1 March, unmoved (the organisation says so): the open request's deadline moves.
    fourWeeks.moveToWorkingDay = false;
    const int events = auditCount();
    ServiceError error;
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    // The policy, and the one open request whose deadline moved, in its own trail.
    QCOMPARE(auditCount(), events + 2);
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT actor, action, entity_type, entity_id FROM audit_events "
                       "ORDER BY seq DESC"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), m_store->userName());
    QCOMPARE(query.value(1).toString(), u"settings.deadline_policy"_s);
    QCOMPARE(query.value(2).toString(), u"settings"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"case.deadline_recomputed"_s);
    QCOMPARE(query.value(3).toString(), before->number);
    const QList<AuditEvent> moved = m_cases->timeline(before->number);
    QVERIFY(!moved.isEmpty());
    QCOMPARE(moved.constLast().payload.value(u"deadline"_s).toArray(),
             (QJsonArray { u"2026-03-02"_s, storedDeadline(m_store->database(), before->number) }));
    // Setting the same policy again moves no deadline: only the policy is recorded.
    const int again = auditCount();
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    QCOMPARE(auditCount(), again + 1);

    const DeadlinePolicy stored = m_cases->policy(nullptr).value();
    QCOMPARE(stored.base, fourWeeks.base);
    QCOMPARE(stored.extension, fourWeeks.extension);
    QCOMPARE(stored.moveToWorkingDay, false);
    QCOMPARE(stored.identificationModel, IdentificationModel::Pause);
    QCOMPARE(stored.identificationRequestWithinDays, 7);
    QCOMPARE(stored.closingDays, fourWeeks.closingDays);

    // A new case on the same day: four weeks is 1 March 2026 (a Sunday, not moved for the
    // policy), before the legal 2 March, so the policy now binds.
    const auto after = addCase(u"D. van Dijk"_s, QDate(2026, 2, 1));
    QVERIFY(after);
    const CaseDeadlines d = m_cases->deadlines(*after, nullptr).value();
    QCOMPARE(d.all.policy, QDate(2026, 3, 1));
    QCOMPARE(d.all.legal, QDate(2026, 3, 2));
    QCOMPARE(d.current, QDate(2026, 3, 1));
    QCOMPARE(d.currentBinding, Binding::Policy);
    QCOMPARE(storedDeadline(m_store->database(), after->number), u"2026-03-01"_s);

    // The policy survives reopening the store.
    m_cases.reset();
    const QString directory = m_store->directory();
    m_store.reset();
    StoreError storeError;
    m_store = openServiceStore(directory, testUser, testPassword, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.detail()));
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    QCOMPARE(m_cases->policy(nullptr).value().base, fourWeeks.base);
}

// "Binnen vier weken", no extension: stored as "0 days" and read back as no
// extension, never as the default 30 days. The law's extension stays available all the same
// (art. 12(3) AVG): extending moves the legal deadline only, and the request departs from its
// own policy (the trail says so; the own four weeks are not extended).
void TestCaseService::policyWithoutExtensionIsHonoured()
{
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    ServiceError error;
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    const DeadlinePolicy stored = m_cases->policy(nullptr).value();
    QCOMPARE(stored.base, fourWeeks.base);
    QCOMPARE(stored.extension.amount, 0);

    const auto c = addCase(u"E. Vierweken"_s, QDate(2026, 2, 2));
    QVERIFY(c);
    const CaseDeadlines before = m_cases->deadlines(*c, nullptr).value();
    QCOMPARE(before.all.policy, QDate(2026, 3, 2));
    QCOMPARE(before.all.policyExtended, QDate(2026, 3, 2)); // no extension of our own
    // Not extended, the legal month and the own four weeks end on the same day: the law binds.
    QCOMPARE(before.currentBinding, Binding::Legal);
    QCOMPARE(before.all.policy, before.all.legal);
    QVERIFY2(m_cases->extend(c->number, u"Gegevens in drie systemen"_s, QDate(2026, 2, 20),
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(m_cases->find(c->number)->extended);
    const CaseDeadlines after = m_cases->deadlines(*m_cases->find(c->number), nullptr).value();
    QVERIFY(after.extensionBeyondOwnPolicy);
    QCOMPARE(after.all.legalExtended, QDate(2026, 5, 4)); // 2 May is a Saturday
    QCOMPARE(after.all.policyExtended, QDate(2026, 3, 2));
    QCOMPARE(after.all.effectiveExtended, QDate(2026, 5, 4));
    // The own four weeks, not extended, stay the request's deadline: it is late against them.
    QCOMPARE(after.current, QDate(2026, 3, 2));
    QCOMPARE(after.currentBinding, Binding::Policy);
    QCOMPARE(storedDeadline(m_store->database(), c->number), u"2026-03-02"_s);
    const QJsonObject payload = m_cases->timeline(c->number).constLast().payload;
    QCOMPARE(payload.value(u"beyond_own_policy"_s).toBool(), true);
    QCOMPARE(payload.value(u"legal_deadline"_s).toString(), u"2026-05-04"_s);
    QCOMPARE(caseToJson(*m_cases->find(c->number), after)
                 .value(u"extension"_s)
                 .toObject()
                 .value(u"beyond_own_policy"_s)
                 .toBool(),
             true);
    // Answered on 10 March: in time for the law, 8 days late against the own four weeks.
    Case answered = *m_cases->find(c->number);
    answered.answeredOn = QDate(2026, 3, 10);
    const Lateness late = Lateness::of(answered, after, QDate(2026, 3, 10));
    QCOMPARE(late.legalDays, 0);
    QCOMPARE(late.policyDays, 8);

    // Reading a stored "0 days" base never gives a zero term: the default stays.
    QVERIFY(execSql(m_store->database(),
                    u"UPDATE settings SET value = '0 days' WHERE key = 'deadline.base'"_s));
    QCOMPARE(m_cases->policy(nullptr).value().base.amount, 30);
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy(), &error), qPrintable(error.message));
}

void TestCaseService::setPolicyRefusesAZeroTerm()
{
    DeadlinePolicy zero;
    zero.base = { 0, PeriodUnit::Days };
    const int events = auditCount();
    ServiceError error;
    QVERIFY(!m_cases->setPolicy(zero, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(auditCount(), events);
    QCOMPARE(m_cases->policy(nullptr).value().base, DeadlinePolicy().base);
}

// The units of a batch take the deadline policy its first read found, as they take its role:
// a change made past the service meanwhile is read by the first call after the batch, and a
// change through the service inside the batch at once.
void TestCaseService::aBatchReadsThePolicyOnce()
{
    ServiceError error;
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy(), &error), qPrintable(error.message));
    const auto base = [this] {
        return m_cases->policy(nullptr).value().base;
    };
    const QString twoWeeks = u"UPDATE settings SET value = '2 weeks' WHERE key = 'deadline.base'"_s;
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    {
        const Session session(*m_store, m_clock);
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
        QVERIFY(batch.begun(&error));
        QCOMPARE(base(), DeadlinePolicy().base);
        QVERIFY(changeByHand(*m_store, { twoWeeks }));
        QCOMPARE(base(), DeadlinePolicy().base); // kept
        QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
        QCOMPARE(base(), fourWeeks.base); // its own change, read again
        QVERIFY2(batch.commit(&error), qPrintable(error.message));
    }
    QCOMPARE(base(), fourWeeks.base);
    // Outside a batch every read is the store's.
    QVERIFY(changeByHand(*m_store, { twoWeeks }));
    QCOMPARE(base(), (Period { 2, PeriodUnit::Weeks }));
}

void TestCaseService::setPolicyKeepsStoredAndShownDeadlineInStep()
{
    // deadline_effective is what lists, sorting and --overdue-on use; deadlines() is what
    // `case show` and the GUI show. After a policy change they must still agree for an open
    // case, or the overdue list and the case page name different dates.
    const auto open = addCase(u"E. Hoekstra"_s, QDate(2026, 2, 1));
    QVERIFY(open);
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.moveToWorkingDay = false; // Sunday 1 March stays: the deadline moves
    ServiceError error;
    QVERIFY2(m_cases->setPolicy(fourWeeks, &error), qPrintable(error.message));
    const auto c = m_cases->find(open->number);
    QVERIFY(c);
    QCOMPARE(m_cases->deadlines(*c, nullptr).value().current, QDate(2026, 3, 1));
    // Decided: open requests follow a new policy at once (closed ones keep the deadline they
    // were judged by).
    QCOMPARE(storedDeadline(m_store->database(), open->number),
             m_cases->deadlines(*c, nullptr).value().current.toString(Qt::ISODate));
}

// The one place every service turns a failed statement or unit of work into a ServiceError:
// StoreError's sentence for the user, SQLite's own text as the technical detail.
void TestCaseService::storageErrorsKeepSqliteReason()
{
    QSqlQuery query(m_store->database());
    QVERIFY(!query.exec(u"SELECT no_such_column FROM cases"_s));
    const ServiceError fromSql = ServiceError::fromSql(query.lastError());
    QCOMPARE(fromSql.code, ServiceError::Code::Storage);
    QCOMPARE(fromSql.message, Store::errorFromSql(query.lastError()).message());
    QVERIFY(!fromSql.message.isEmpty());
    QVERIFY2(fromSql.detail.contains(u"no_such_column"_s), qPrintable(fromSql.detail));
    QVERIFY(fromSql.bsnFindings.isEmpty());

    Transaction transaction { QSqlDatabase() }; // no connection: cannot start
    QVERIFY(!transaction.isOpen());
    const ServiceError fromTransaction = ServiceError::fromTransaction(transaction);
    QCOMPARE(fromTransaction.code, ServiceError::Code::Storage);
    QCOMPARE(fromTransaction.message, StoreError(StoreError::Code::Internal).message());
    QCOMPARE(fromTransaction.detail, transaction.errorText());
    QVERIFY(fromTransaction.bsnFindings.isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseService)
// A combined request decided per kind keeps each kind's decision; reopening removes them all.
void TestCaseService::decisionsPerKindAreStoredAndReopened()
{
    NewCase request;
    request.person.name = u"P. Kok"_s;
    request.types = { RequestType::Verwijdering, RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 11, 2);
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QVERIFY(m_cases->requestIdentification(c->number, QDate(2026, 11, 3), &error));
    QVERIFY(m_cases->receiveIdentification(c->number, QDate(2026, 11, 4), IdMethod::Balie, true,
                                           &error));
    Completion done;
    done.outcome = Outcome::DeelsToegewezen;
    done.answered = QDate(2026, 11, 20);
    done.decisions = { { RequestType::Verwijdering,
                         Outcome::DeelsToegewezen,
                         { RefusalGround::Art17_3b, RefusalGround::Art17_3b },
                         u"  De huurovereenkomst bewaren wij zeven jaar.  "_s,
                         u"Uw inschrijving als woningzoekende."_s },
                       { RequestType::Inzage, Outcome::Toegewezen, {}, {}, {} } };
    // A BSN in the text of one kind is refused like any other free text.
    Completion withBsn = done;
    withBsn.decisions[0].granted = u"Dossier "_s + test::elfProefNumber();
    QVERIFY(!m_cases->complete(c->number, withBsn, BsnCheck::Refuse, &error));
    QVERIFY(error.message.contains(u"burgerservicenummer"_s) || error.message.contains(u"BSN"_s));
    QVERIFY2(m_cases->complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto stored = m_cases->find(c->number);
    QVERIFY(stored);
    QCOMPARE(stored->decisions.size(), 2);
    // In the order of the kinds, each ground once, texts trimmed.
    QCOMPARE(stored->decisions.at(0).type, RequestType::Inzage);
    QCOMPARE(stored->decisions.at(0).outcome, Outcome::Toegewezen);
    QCOMPARE(stored->decisions.at(1).grounds, QList<RefusalGround> { RefusalGround::Art17_3b });
    QCOMPARE(stored->decisions.at(1).motivation, u"De huurovereenkomst bewaren wij zeven jaar."_s);
    QCOMPARE(stored->decisions.at(1).granted, u"Uw inschrijving als woningzoekende."_s);
    // The request's own grounds and reasons summarise its parts.
    QCOMPARE(stored->refusalGrounds, QList<RefusalGround> { RefusalGround::Art17_3b });
    QVERIFY(stored->motivation.contains(u"De huurovereenkomst bewaren wij zeven jaar."_s));
    QVERIFY(m_cases->reopen(c->number, u"Nieuwe informatie"_s, BsnCheck::Refuse, &error));
    QVERIFY(m_cases->find(c->number)->decisions.isEmpty());
    QSqlQuery rows(m_store->database());
    QVERIFY(rows.exec(u"SELECT count(*) FROM case_decisions d JOIN cases c ON c.id = d.case_id "
                      "WHERE c.number = '%1'"_s.arg(c->number)));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

// Schema 15 renames "niet-ontvankelijk" to "niet-in-behandeling": old requests read as "not
// dealt with: identity not established", the old code is refused by the table, and scripts
// that still pass it are understood.
void TestCaseService::notAdmissibleBecomesNotDealtWith()
{
    if (testBackend() == Backend::Server)
        QSKIP("A store folder's migration (schema 14 to 15): a server store starts at schema 26 "
              "(the pg baseline) and never held the old code.");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"oud"_s);
    {
        auto store = createTestStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString migrationError;
        QVERIFY2(rebuildAtSchema(db, 14, &migrationError), qPrintable(migrationError));
        QVERIFY(execSql(db,
                        u"INSERT INTO persons (id, name, relation, created_at, created_by) "
                        "VALUES (1, 'Lotte Brink', 'huurder', '2026-03-02T12:00:00.000Z', "
                        "'j.devries')"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO cases (number, person_id, channel, received_date, "
                        "received_by, state, id_requested, outcome, answered_on, closed_at, "
                        "created_at, updated_at) VALUES ('AVG-2026-0001', 1, 'brief', "
                        "'2026-02-20', 'j.devries', 'niet-ontvankelijk', '2026-02-21', "
                        "'niet-ontvankelijk', '2026-03-20', '2026-03-20T12:00:00.000Z', "
                        "'2026-03-02T12:00:00.000Z', '2026-03-02T12:00:00.000Z')"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO case_types (case_id, type) SELECT id, 'inzage' FROM "
                        "cases"_s));
    }
    StoreError storeError;
    auto store = openTestStore(dir, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    QCOMPARE(store->info().schemaVersion, latestSchemaVersion());
    const auto c = CaseService(Session { *store, m_clock }).find(u"AVG-2026-0001"_s);
    QVERIFY(c);
    QCOMPARE(c->state, CaseState::NietInBehandeling);
    QCOMPARE(c->outcome, std::optional<Outcome>(Outcome::NietInBehandeling));
    QVERIFY(CaseWorkflow::decisionsOf(*c).isEmpty());
    QVERIFY(!execSql(store->database(),
                     u"UPDATE cases SET state = 'niet-ontvankelijk' WHERE number = "
                     "'AVG-2026-0001'"_s));
    QCOMPARE(codes::code(Outcome::NietInBehandeling), u"niet-in-behandeling"_s);
    QCOMPARE(codes::from<Outcome>(u"niet-ontvankelijk"),
             std::optional<Outcome>(Outcome::NietInBehandeling));
    QCOMPARE(codes::from<CaseState>(u"niet-ontvankelijk"),
             std::optional<CaseState>(CaseState::NietInBehandeling));
}

#include "tst_caseservice.moc"
