// The data-breach register: the 72-hour clock in elapsed time across both changes of
// summer time, late notifications that need their reasons, "geen risico" kept in the register,
// what each role may do (a KCC employee reports but does not read the register, an auditor
// writes nothing), the audit events, the BSN guard, numbering per year of discovery, closing,
// the dashboard figures, and a read that fails being an error.

#include "RecipientSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;
const QString kcc2 = u"k.bakker"_s;
const QString kcc2Password = u"wachtwoord-van-bakker"_s;
const QString auditor = u"a.visser"_s;
const QString auditorPassword = u"wachtwoord-van-visser"_s;

QDateTime local(const QString &text)
{
    return BreachCodes::parseLocalMoment(text);
}

Breach breach(const QString &title, const QString &discovered)
{
    Breach b;
    b.title = title;
    b.discoveredAt = local(discovered);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    b.persons = 1;
    return b;
}

QStringList actionsOf(const Store &store, const QString &number)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT action FROM audit_events WHERE entity_type = 'breach' AND entity_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(number);
    QStringList actions;
    if (!query.exec())
        return { u"<read failed>"_s };
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

} // namespace

class TestBreaches final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void parsesLocalMoments();
    void clockAcrossSummerTime();
    void clockAcrossWinterTime();
    void hoursLeftRoundsDown();
    void lateNotificationNeedsReasons();
    void onTimeNotificationIsNotLate();
    void noRiskStaysInRegister();
    void decisionsFollowTheRisk();
    void closeSaysWhatIsMissing();
    void subjectsAndPublicNotice();
    void followUpsAndPersons();
    void numberingPerYear();
    void bsnRefused();
    void auditEventsWritten();
    void kccReportsButCannotReadTheRegister();
    void auditorCannotWrite();
    void figures();
    void figuresFromTheProcessorsReport();
    void failedReadIsAnError();
    void showJson();
    void recipientIsNoProcessor();
    void registerOfMoreThan999Breaches();
    void nameAndOtherDataKept();

private:
    std::unique_ptr<Store> openAs(const QString &user, const QString &password)
    {
        m_store.reset();
        return openServiceStoreAs(m_path, user, password);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
    int m_storeCount = 0;
    bool m_changedByHand = false; // the test wrote rows with SQL of its own
};

void TestBreaches::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
}

void TestBreaches::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_storeCount));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_changedByHand = false;
}

void TestBreaches::cleanup()
{
    // On a server every change the application made to a breach is described by
    // its own event (each step changes only its own columns of the breach's row), so not one of
    // them was taken for a change by hand.
    if (m_store && m_store->isServer() && !m_changedByHand && !QTest::currentTestFailed()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    m_store.reset();
}

void TestBreaches::parsesLocalMoments()
{
    QCOMPARE(local(u"2026-03-27T16:00"_s), QDateTime(QDate(2026, 3, 27), QTime(15, 0), Qt::UTC));
    QCOMPARE(local(u"2026-07-01 09:30"_s), QDateTime(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC));
    // 02:30 on 29 March 2026 does not exist in Amsterdam (02:00 → 03:00).
    QVERIFY(!local(u"2026-03-29T02:30"_s).isValid());
    QVERIFY(!local(u"27-03-2026 16:00"_s).isValid());
    QVERIFY(!local(u"2026-02-30T10:00"_s).isValid());
    QCOMPARE(BreachCodes::storedMoment(local(u"2026-03-27T16:00"_s)), u"2026-03-27T15:00:00Z"_s);
    QCOMPARE(BreachCodes::momentFromStored(u"2026-03-27T15:00:00Z"_s),
             local(u"2026-03-27T16:00"_s));
}

void TestBreaches::clockAcrossSummerTime()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Brief naar verkeerd adres"_s, u"2026-03-27T16:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // 72 hours of elapsed time: the hour skipped on 29 March makes it 17:00 CEST.
    QCOMPARE(BreachCodes::isoLocal(added->apDeadline()), u"2026-03-30T17:00:00+02:00"_s);
    QCOMPARE(BreachCodes::isoLocal(added->discoveredAt), u"2026-03-27T16:00:00+01:00"_s);
    QCOMPARE(added->hoursLeft(local(u"2026-03-27T16:00"_s)), 72);
    QCOMPARE(added->hoursLeft(local(u"2026-03-30T16:00"_s)), 1);
    QCOMPARE(added->hoursLeft(local(u"2026-03-30T17:00"_s)), 0);
    QCOMPARE(added->hoursLeft(local(u"2026-03-30T18:00"_s)), -1);
    const QJsonObject json = breachToJson(*added, local(u"2026-03-29T17:00"_s));
    QCOMPARE(json.value(u"ap_deadline"_s).toString(), u"2026-03-30T17:00:00+02:00"_s);
    QCOMPARE(json.value(u"discovered_at"_s).toString(), u"2026-03-27T16:00:00+01:00"_s);
    QCOMPARE(json.value(u"hours_left"_s).toInt(), 24);
    QVERIFY(json.value(u"clock_running"_s).toBool());
}

void TestBreaches::clockAcrossWinterTime()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added
        = service.add(breach(u"Laptop kwijt"_s, u"2026-10-23T16:00"_s), BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // The hour repeated on 25 October makes it 15:00 CET.
    QCOMPARE(BreachCodes::isoLocal(added->apDeadline()), u"2026-10-26T15:00:00+01:00"_s);
    QCOMPARE(added->apDeadline(), QDateTime(QDate(2026, 10, 26), QTime(14, 0), Qt::UTC));
    QCOMPARE(added->hoursLeft(local(u"2026-10-26T14:00"_s)), 1);
}

void TestBreaches::hoursLeftRoundsDown()
{
    Breach b;
    b.discoveredAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime deadline = b.apDeadline();
    QCOMPARE(b.hoursLeft(deadline.addSecs(-3599)), 0);
    QCOMPARE(b.hoursLeft(deadline.addSecs(-3600)), 1);
    QCOMPARE(b.hoursLeft(deadline), 0);
    QCOMPARE(b.hoursLeft(deadline.addSecs(1)), -1);
    QCOMPARE(b.hoursLeft(deadline.addSecs(3600)), -1);
    QCOMPARE(b.hoursLeft(deadline.addSecs(3601)), -2);
}

void TestBreaches::lateNotificationNeedsReasons()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Mail aan verkeerde huurder"_s, u"2026-03-27T16:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY2(service.assess(added->number, { BreachRisk::Risico, u"NAW en achterstand"_s, {} },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QDateTime late = local(u"2026-03-30T17:01"_s);
    QVERIFY(!service.notifyAp(added->number, late, u"M-123"_s, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"72"_s), qPrintable(error.message));
    QVERIFY(!service.get(added->number, MustRead())->apNotifiedAt.isValid());
    QVERIFY2(service.notifyAp(added->number, late, u"M-123"_s,
                              u"De FG was met vakantie en de vervanger wist het niet"_s,
                              BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto read = service.get(added->number, MustRead());
    QVERIFY(read->apNotifiedLate());
    QCOMPARE(read->apLateReason, u"De FG was met vakantie en de vervanger wist het niet"_s);
    QCOMPARE(read->apReference, u"M-123"_s);
    QVERIFY(!read->clockRunning());
    const QJsonObject json = breachToJson(*read, m_clock.now());
    QVERIFY(json.value(u"ap_notified_late"_s).toBool());
    QCOMPARE(json.value(u"ap_notified_at"_s).toString(), u"2026-03-30T17:01:00+02:00"_s);
    QVERIFY(json.value(u"hours_left"_s).isNull());
    // Not in the future, not before the discovery.
    QVERIFY(!service.notifyAp(added->number, m_clock.now().addSecs(60), u"M-1"_s, {},
                              BsnCheck::Refuse, &error));
    QVERIFY(!service.notifyAp(added->number, local(u"2026-03-27T15:00"_s), u"M-1"_s, {},
                              BsnCheck::Refuse, &error));
    // The meldnummer is required.
    QVERIFY(!service.notifyAp(added->number, late, {}, u"reden"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestBreaches::onTimeNotificationIsNotLate()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added
        = service.add(breach(u"USB-stick"_s, u"2026-10-23T16:00"_s), BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // Exactly at the deadline is on time; a late reason given anyway is not kept.
    QVERIFY2(service.notifyAp(added->number, local(u"2026-10-26T15:00"_s), u"M-9"_s,
                              u"niet nodig"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto read = service.get(added->number, MustRead());
    QVERIFY(!read->apNotifiedLate());
    QVERIFY(read->apLateReason.isEmpty());
}

void TestBreaches::noRiskStaysInRegister()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Versleutelde laptop kwijt"_s, u"2026-10-30T10:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(added->clockRunning()); // unassessed: the clock runs
    QVERIFY(!service.assess(added->number, { BreachRisk::Geen, {}, {} }, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid); // reasoning required
    QVERIFY2(service.assess(added->number,
                            { BreachRisk::Geen,
                              u"Schijf volledig versleuteld, sleutel niet "
                              u"meegenomen"_s,
                              { BreachCriterion::KindAndAmountOfData } },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    auto read = service.get(added->number, MustRead());
    QVERIFY(!read->clockRunning());
    QVERIFY(read->apDecision.recorded);
    QVERIFY(!read->apDecision.yes);
    QVERIFY(!read->subjectsDecision.yes);
    QVERIFY2(service.close(added->number, &error), qPrintable(error.message));
    const QList<Breach> all = service.list({}, MustRead());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().number, added->number);
    QCOMPARE(all.first().state, BreachState::Gesloten);
    QCOMPARE(all.first().reasoning, u"Schijf volledig versleuteld, sleutel niet meegenomen"_s);
    QVERIFY(service.list({ true, {}, 0, false }, MustRead()).isEmpty());
}

void TestBreaches::decisionsFollowTheRisk()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Dossier bij aannemer"_s, u"2026-10-30T10:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // No decision before the assessment.
    QVERIFY(!service.recordApDecision(added->number, false, u"x"_s, BsnCheck::Refuse, &error));
    QVERIFY(service.assess(added->number, { BreachRisk::HoogRisico, u"Gezondheid"_s, {} },
                           BsnCheck::Refuse, &error));
    auto read = service.get(added->number, MustRead());
    QVERIFY(read->apDecision.yes);
    QVERIFY(read->subjectsDecision.yes);
    QCOMPARE(read->apDecision.by, testUser);
    // Otherwise than the risk suggests only with a reason.
    QVERIFY(!service.recordSubjectsDecision(added->number, false, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(service.recordSubjectsDecision(added->number, false,
                                            u"Gegevens direct teruggehaald bij de aannemer"_s,
                                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    read = service.get(added->number, MustRead());
    QVERIFY(!read->subjectsDecision.yes);
    QCOMPARE(read->subjectsDecision.reason, u"Gegevens direct teruggehaald bij de aannemer"_s);
    // Deciding not to notify the AP stops the clock.
    QVERIFY(read->clockRunning());
    QVERIFY(service.recordApDecision(added->number, false, u"Risico weggenomen"_s, BsnCheck::Refuse,
                                     &error));
    QVERIFY(!service.get(added->number, MustRead())->clockRunning());
}

void TestBreaches::closeSaysWhatIsMissing()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Mailbox gehackt"_s, u"2026-10-30T10:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(!service.close(added->number, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"assessment"_s), qPrintable(error.message));
    QVERIFY(service.assess(added->number, { BreachRisk::HoogRisico, u"Veel huurders"_s, {} },
                           BsnCheck::Refuse, &error));
    QVERIFY(!service.close(added->number, &error));
    QVERIFY2(error.message.contains(u"(AP)"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"people concerned"_s), qPrintable(error.message));
    QVERIFY(service.notifyAp(added->number, local(u"2026-10-31T10:00"_s), u"M-77"_s, {},
                             BsnCheck::Refuse, &error));
    QVERIFY(!service.close(added->number, &error));
    QVERIFY2(!error.message.contains(u"(AP)"_s), qPrintable(error.message));
    QVERIFY(service.notifySubjects(added->number, { QDate(2026, 11, 1), u"Brief"_s, 40, false, {} },
                                   BsnCheck::Refuse, &error));
    QVERIFY2(service.close(added->number, &error), qPrintable(error.message));
    QCOMPARE(service.get(added->number, MustRead())->state, BreachState::Gesloten);
    QVERIFY(!service.close(added->number, &error));
    QVERIFY2(service.reopen(added->number, &error), qPrintable(error.message));
    QCOMPARE(service.get(added->number, MustRead())->state, BreachState::Open);
}

void TestBreaches::subjectsAndPublicNotice()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Huurdersbestand online"_s, u"2026-10-30T10:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // A public notice needs its reason.
    QVERIFY(!service.notifySubjects(added->number,
                                    { QDate(2026, 11, 1), u"Website"_s, {}, true, {} },
                                    BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service.notifySubjects(
        added->number, { QDate(2026, 10, 29), u"Brief"_s, {}, false, {} }, BsnCheck::Refuse,
        &error)); // before the discovery
    QVERIFY(!service.notifySubjects(
        added->number, { QDate(2026, 11, 3), u"Brief"_s, {}, false, {} }, BsnCheck::Refuse,
        &error)); // in the future
    QVERIFY2(service.notifySubjects(added->number,
                                    { QDate(2026, 11, 1),
                                      u"Bericht op de website en in het huurdersblad"_s,
                                      {},
                                      true,
                                      u"Adressen van 3.000 oud-huurders onbekend"_s },
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto read = service.get(added->number, MustRead());
    QVERIFY(read->publicNotice);
    QCOMPARE(read->subjectsNotifiedOn, QDate(2026, 11, 1));
    QCOMPARE(read->publicNoticeReason, u"Adressen van 3.000 oud-huurders onbekend"_s);
}

void TestBreaches::followUpsAndPersons()
{
    ServiceError error;
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = u"Anna de Wit"_s;
    request.person.klantnummer = u"K200001"_s;
    request.types = { RequestType::Inzage };
    request.receivedDate = QDate(2026, 10, 5);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));

    BreachService service(Session { *m_store, m_clock });
    const auto added = service.add(breach(u"Brief verkeerd adres"_s, u"2026-10-30T10:00"_s),
                                   BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(!service.addFollowUp(
        added->number, { 0, BreachFollowUpKind::Aanvullen, m_clock.now(), {}, u"x"_s, {} },
        BsnCheck::Refuse,
        &error)); // no notification yet
    QVERIFY(service.notifyAp(added->number, local(u"2026-10-31T10:00"_s), u"M-5"_s, {},
                             BsnCheck::Refuse, &error));
    QVERIFY2(service.addFollowUp(added->number,
                                 { 0,
                                   BreachFollowUpKind::Aanvullen,
                                   local(u"2026-11-01T11:00"_s),
                                   {},
                                   u"Aantal betrokkenen bijgesteld"_s,
                                   {} },
                                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!service.linkPersons(added->number, { c->person.id + 1000 }, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(service.linkPersons(added->number, { c->person.id }, &error),
             qPrintable(error.message));
    QVERIFY2(service.markPersonInformed(added->number, c->person.id, QDate(2026, 11, 1), &error),
             qPrintable(error.message));
    const auto read = service.get(added->number, MustRead());
    QCOMPARE(read->followUps.size(), 1);
    QCOMPARE(read->followUps.first().reference, u"M-5"_s); // the first meldnummer by default
    QCOMPARE(read->followUps.first().by, testUser);
    QCOMPARE(read->linkedPersons.size(), 1);
    QCOMPARE(read->linkedPersons.first().name, u"Anna de Wit"_s);
    QCOMPARE(read->linkedPersons.first().informedOn, QDate(2026, 11, 1));
}

void TestBreaches::numberingPerYear()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    // 31-12-2025 23:30 in Amsterdam is 22:30 UTC; 01-01-2026 00:30 is still 2025 in UTC.
    const auto a = service.add(breach(u"A"_s, u"2025-12-31T23:30"_s), BsnCheck::Refuse, &error);
    const auto b = service.add(breach(u"B"_s, u"2026-01-01T00:30"_s), BsnCheck::Refuse, &error);
    const auto c = service.add(breach(u"C"_s, u"2026-02-01T10:00"_s), BsnCheck::Refuse, &error);
    const auto d = service.add(breach(u"D"_s, u"2025-06-01T10:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(a && b && c && d);
    QCOMPARE(a->number, u"DL-2025-0001"_s);
    QCOMPARE(b->number, u"DL-2026-0001"_s);
    QCOMPARE(c->number, u"DL-2026-0002"_s);
    QCOMPARE(d->number, u"DL-2025-0002"_s);
    QCOMPARE(service.list({ false, {}, 2026, false }, MustRead()).size(), 2);
    // Newest discovery first.
    const QList<Breach> all = service.list({}, MustRead());
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().number, u"DL-2026-0002"_s);
    QCOMPARE(all.last().number, u"DL-2025-0002"_s);
    // The discovery cannot move to another year (the number belongs to it).
    Breach moved = *b;
    moved.discoveredAt = local(u"2025-12-31T10:00"_s);
    QVERIFY(!service.update(moved, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestBreaches::bsnRefused()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    Breach b = breach(u"Lijst met huurders"_s, u"2026-10-30T10:00"_s);
    b.description = u"Op de lijst stond ook "_s + elfProefNumber();
    QVERIFY(!service.add(b, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!error.bsnFindings.isEmpty());
    QVERIFY(service.list({}, MustRead()).isEmpty());
    QCOMPARE(countRows(m_store->database(), u"breaches"_s), 0);
    // In the assessment's reasoning too.
    b.description.clear();
    const auto added = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(!service.assess(added->number, { BreachRisk::Risico, elfProefNumber(), {} },
                            BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!service.get(added->number, MustRead())->risk);
    // A confirmed false positive is stored and logged.
    QVERIFY2(service.assess(added->number, { BreachRisk::Risico, elfProefNumber(), {} },
                            BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    QVERIFY(actionsOf(*m_store, added->number).contains(u"bsn.override"_s));
}

void TestBreaches::auditEventsWritten()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added
        = service.add(breach(u"Telefoon kwijt"_s, u"2026-10-30T10:00"_s), BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(service.assess(added->number, { BreachRisk::Risico, u"Contactgegevens"_s, {} },
                           BsnCheck::Refuse, &error));
    QVERIFY(service.recordSubjectsDecision(added->number, true, u"Toch informeren"_s,
                                           BsnCheck::Refuse, &error));
    QVERIFY(service.notifyAp(added->number, local(u"2026-10-31T10:00"_s), u"M-8"_s, {},
                             BsnCheck::Refuse, &error));
    QVERIFY(service.notifySubjects(added->number, { QDate(2026, 11, 1), u"E-mail"_s, 3, false, {} },
                                   BsnCheck::Refuse, &error));
    QVERIFY2(service.close(added->number, &error), qPrintable(error.message));
    QCOMPARE(actionsOf(*m_store, added->number),
             QStringList({ u"breach.added"_s, u"breach.assessed"_s, u"breach.subjects-decided"_s,
                           u"breach.ap-notified"_s, u"breach.subjects-notified"_s,
                           u"breach.closed"_s }));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; ")));
}

void TestBreaches::kccReportsButCannotReadTheRegister()
{
    QString other;
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(kcc2, {}, Role::Kcc, SecureBytes::fromUtf8(kcc2Password), &userError));
        ServiceError error;
        const auto added
            = BreachService(Session { *m_store, m_clock })
                  .add(breach(u"Van de FG"_s, u"2026-10-30T10:00"_s), BsnCheck::Refuse, &error);
        QVERIFY(added);
        other = added->number;
    }
    QString own;
    {
        auto store = openAs(kcc, kccPassword);
        QVERIFY(store);
        BreachService service(Session { *store, m_clock });
        ServiceError error;
        const auto added
            = service.add(breach(u"Brief met achterstand bij de buren"_s, u"2026-11-02T09:30"_s),
                          BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        own = added->number;
        QCOMPARE(added->reportedBy, kcc);
        QVERIFY(service.get(own, &error));
        QCOMPARE(service.ownReports(MustRead()).size(), 1);
        const int before = denials(*store);
        QVERIFY(service.list({}, &error).isEmpty());
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!service.get(other, &error));
        QCOMPARE(error.code, ServiceError::Code::NotFound);
        QVERIFY(!service.assess(own, { BreachRisk::Geen, u"x"_s, {} }, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!service.notifyAp(own, m_clock.now(), u"M"_s, {}, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        service.figures(m_clock.now(), &error);
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(*store), before + 4); // not for the breach that is "not there"
    }
    {
        // Another KCC employee does not see it.
        auto store = openAs(kcc2, kcc2Password);
        QVERIFY(store);
        ServiceError error;
        QVERIFY(!BreachService(Session { *store, m_clock }).get(own, &error));
        QCOMPARE(error.code, ServiceError::Code::NotFound);
        QVERIFY(BreachService(Session { *store, m_clock }).ownReports(MustRead()).isEmpty());
    }
}

void TestBreaches::auditorCannotWrite()
{
    QString number;
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
        ServiceError error;
        const auto added
            = BreachService(Session { *m_store, m_clock })
                  .add(breach(u"Lek"_s, u"2026-10-30T10:00"_s), BsnCheck::Refuse, &error);
        QVERIFY(added);
        number = added->number;
    }
    auto store = openAs(auditor, auditorPassword);
    QVERIFY(store);
    BreachService service(Session { *store, m_clock });
    ServiceError error;
    QVERIFY(!service.add(breach(u"Nog een"_s, u"2026-10-30T11:00"_s), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(!service.assess(number, { BreachRisk::Geen, u"x"_s, {} }, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(!service.close(number, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QCOMPARE(service.list({}, MustRead()).size(), 1);
    QVERIFY(service.get(number, MustRead()));
    QCOMPARE(service.figures(m_clock.now(), MustRead()).open, 1);
    QCOMPARE(countRows(store->database(), u"breaches"_s), 1);
}

void TestBreaches::figures()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    // Notified late this year; notified on time; running; assessed "geen"; closed; last year.
    const auto late
        = service.add(breach(u"Laat"_s, u"2026-03-27T16:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(late);
    QVERIFY(service.notifyAp(late->number, local(u"2026-03-31T09:00"_s), u"M-1"_s, u"Vergeten"_s,
                             BsnCheck::Refuse, &error));
    Breach b = breach(u"Op tijd"_s, u"2026-10-01T10:00"_s);
    b.natures = { BreachNature::Vertrouwelijkheid, BreachNature::Beschikbaarheid };
    const auto onTime = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY(onTime);
    QVERIFY(service.notifyAp(onTime->number, local(u"2026-10-02T10:00"_s), u"M-2"_s, {},
                             BsnCheck::Refuse, &error));
    const auto running
        = service.add(breach(u"Loopt"_s, u"2026-11-01T10:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(running);
    const auto none
        = service.add(breach(u"Geen"_s, u"2026-11-01T12:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(none);
    QVERIFY(service.assess(none->number, { BreachRisk::Geen, u"Versleuteld"_s, {} },
                           BsnCheck::Refuse, &error));
    QVERIFY(service.close(none->number, &error));
    const auto lastYear
        = service.add(breach(u"Vorig jaar"_s, u"2025-11-20T10:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(lastYear);
    QVERIFY(service.notifyAp(lastYear->number, local(u"2025-11-25T10:00"_s), u"M-0"_s, u"Laat"_s,
                             BsnCheck::Refuse, &error));

    const BreachFigures f = service.figures(m_clock.now(), MustRead());
    QCOMPARE(f.open, 4);
    QCOMPARE(f.notifiedLateThisYear, 1);
    QCOMPARE(f.clockRunning, 1);
    QCOMPARE(f.clocks.size(), 1);
    QCOMPARE(f.clocks.first().number, running->number);
    // Discovered 1 November 10:00 CET = 09:00 UTC; now 2 November 09:00 UTC: 48 hours left.
    QCOMPARE(f.clocks.first().hoursLeft, 48);
    QCOMPARE(f.months.size(), 12);
    QCOMPARE(f.months.first(), QDate(2025, 12, 1));
    QCOMPARE(f.months.last(), QDate(2026, 11, 1));
    QCOMPARE(f.totalByMonth.at(11), 2); // November 2026
    QCOMPARE(f.totalByMonth.at(10), 1); // October
    QCOMPARE(f.totalByMonth.at(3), 1); // March
    QCOMPARE(f.byMonthAndNature.at(10).at(0), 1);
    QCOMPARE(f.byMonthAndNature.at(10).at(2), 1);
    QCOMPARE(f.byMonthAndNature.at(10).at(1), 0);
    int total = 0;
    for (int n : f.totalByMonth)
        total += n;
    QCOMPARE(total, 4); // last November lies outside the window
}

// The dashboard's clocks and its count of late notifications take the 72 hours from the
// processor's earlier report too, also for a breach recorded before that rule (its kept
// deadline still the discovery's, written here by hand).
void TestBreaches::figuresFromTheProcessorsReport()
{
    ServiceError error;
    QVERIFY(test::addRecipient(*m_store, m_clock, u"Hostingbedrijf"_s, RecipientCategory::Verwerker,
                               RecipientRole::Verwerker));
    BreachService service(Session { *m_store, m_clock });
    Breach b = breach(u"Mailbox gehackt"_s, u"2026-10-31T10:00"_s);
    b.processorName = u"Hostingbedrijf"_s;
    b.processorToldAt = local(u"2026-10-30T10:00"_s);
    const auto running = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(running, qPrintable(error.message));
    b.title = u"Back-up zoek"_s;
    b.discoveredAt = local(u"2026-03-27T16:00"_s);
    b.processorToldAt = local(u"2026-03-26T16:00"_s);
    const auto notified = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(notified, qPrintable(error.message));
    // Notified on 30 March at 10:00: within 72 hours of the discovery, not of the report.
    QVERIFY2(service.notifyAp(notified->number, local(u"2026-03-30T10:00"_s), u"M-3"_s,
                              u"Melding bleef liggen"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    m_changedByHand = true;
    for (const auto &[number, discovered] :
         { std::pair { running->number, u"2026-10-31T09:00:00Z"_s },
           std::pair { notified->number, u"2026-03-27T15:00:00Z"_s } })
        QVERIFY(execSql(m_store->database(),
                        u"UPDATE breaches SET ap_deadline = '%1' WHERE number = '%2'"_s.arg(
                            BreachCodes::storedMoment(
                                BreachCodes::momentFromStored(discovered).addSecs(72 * 3600)),
                            number)));
    const BreachFigures f = service.figures(m_clock.now(), MustRead());
    QCOMPARE(f.notifiedLateThisYear, 1);
    QCOMPARE(f.clocks.size(), 1);
    // Told 30 October 10:00 CET = 09:00 UTC: the deadline 2 November 09:00 UTC, now.
    QCOMPARE(f.clocks.first().deadline, local(u"2026-11-02T10:00"_s));
    QCOMPARE(f.clocks.first().hoursLeft, 0);
}

void TestBreaches::failedReadIsAnError()
{
    ServiceError error;
    BreachService service(Session { *m_store, m_clock });
    const auto added
        = service.add(breach(u"Lek"_s, u"2026-10-30T10:00"_s), BsnCheck::Refuse, &error);
    QVERIFY(added);
    QVERIFY(renameTable(m_store->database(), u"breach_natures"_s, u"breach_natures_weg"_s));
    QVERIFY(!service.get(added->number, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(service.list({}, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(
        !service.assess(added->number, { BreachRisk::Geen, u"x"_s, {} }, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // never "there is no such breach"
    QVERIFY(renameTable(m_store->database(), u"breach_natures_weg"_s, u"breach_natures"_s));
    QVERIFY(renameTable(m_store->database(), u"breaches"_s, u"breaches_weg"_s));
    service.figures(m_clock.now(), &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(renameTable(m_store->database(), u"breaches_weg"_s, u"breaches"_s));
    QVERIFY(service.get(added->number, MustRead()));
}

void TestBreaches::showJson()
{
    ServiceError error;
    QVERIFY(test::addRecipient(*m_store, m_clock, u"Hostingbedrijf"_s, RecipientCategory::Verwerker,
                               RecipientRole::Verwerker));
    BreachService service(Session { *m_store, m_clock });
    Breach b = breach(u"Mailbox gehackt"_s, u"2026-10-30T10:00"_s);
    b.processorName = u"hostingbedrijf"_s;
    b.processorToldAt = local(u"2026-10-30T09:00"_s);
    b.data << DataCategory::Gezondheid;
    b.personsEstimate = true;
    const auto added = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->processorName, u"Hostingbedrijf"_s);
    const QJsonObject json = breachToJson(*added, m_clock.now());
    for (const char *key :
         { "number", "title", "discovered_at", "ap_deadline", "hours_left", "risk",
           "ap_notified_at", "ap_notified_late", "ap_reference", "subjects_notified_at", "state" })
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    QCOMPARE(json.value(u"state"_s).toString(), u"open"_s);
    QVERIFY(json.value(u"risk"_s).isNull());
    QVERIFY(json.value(u"special_data"_s).toBool());
    QCOMPARE(json.value(u"processor"_s).toObject().value(u"name"_s).toString(),
             u"Hostingbedrijf"_s);
    // The processor told us an hour before the discovery: the 72 hours run from its report
    // (art. 33(2)), to 2 Nov 08:00 UTC, an hour before now.
    QCOMPARE(json.value(u"clock_start"_s).toString(), u"2026-10-30T09:00:00+01:00"_s);
    QCOMPARE(json.value(u"hours_left"_s).toInt(), -1);
    // Unknown processor: refused.
    b.processorName = u"Onbekend BV"_s;
    QVERIFY(!service.add(b, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

// A contractor in the catalogue as "ontvanger" was taken as the
// breach's processor without a word. Refused with how to record it; a processor is taken, and a
// breach that already had the recipient (from before) keeps it when it is changed.
void TestBreaches::recipientIsNoProcessor()
{
    ServiceError error;
    const auto added = test::addRecipient(*m_store, m_clock, u"Installatiebedrijf Oost B.V."_s,
                                          RecipientCategory::Aannemer, RecipientRole::Ontvanger);
    QVERIFY(added);
    BreachService service(Session { *m_store, m_clock });
    Breach b = breach(u"Lijst naar verkeerd bedrijf"_s, u"2026-10-30T10:00"_s);
    b.processorName = u"installatiebedrijf oost b.v."_s;
    QVERIFY(!service.add(b, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"\"Installatiebedrijf Oost B.V.\" is in the recipients "
                                    "catalogue as a recipient, not as a processor"_s)
                 && error.message.contains(u"record it as a processor first"_s),
             qPrintable(error.message));
    QVERIFY(service.list({}, MustRead()).isEmpty());

    // Stored before this check (by hand): the breach keeps it through a change.
    b.processorName.clear();
    const auto stored = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(stored, qPrintable(error.message));
    m_changedByHand = true;
    QVERIFY(execSql(
        m_store->database(),
        u"UPDATE breaches SET processor_id = %1 WHERE id = %2"_s.arg(added->id).arg(stored->id)));
    std::optional<Breach> kept = service.get(stored->number, &error);
    QVERIFY2(kept, qPrintable(error.message));
    QCOMPARE(kept->processorId, added->id);
    kept->title = u"Lijst naar verkeerd bedrijf gemaild"_s;
    QVERIFY2(service.update(*kept, BsnCheck::Refuse, &error), qPrintable(error.message));

    // As a processor it is taken.
    Recipient contractor = *added;
    contractor.role = RecipientRole::Verwerker;
    QVERIFY2(RecipientService(Session { *m_store, m_clock })
                 .update(contractor, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    b.processorName = u"Installatiebedrijf Oost B.V."_s;
    const auto taken = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(taken, qPrintable(error.message));
    QCOMPARE(taken->processorId, added->id);
}

// The register read whole when it holds more breaches than SQLite takes values in one statement
// (999 in 3.15): every breach keeps its own natures, data and persons (the details are read per
// chunk of ids, not per breach).
void TestBreaches::registerOfMoreThan999Breaches()
{
    BreachService service(Session { *m_store, m_clock });
    ServiceError error;
    Breach b;
    b.title = u"Sjabloon"_s;
    b.discoveredAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    const auto first = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(first, qPrintable(error.message));
    m_changedByHand = true;
    // 1,249 more, written with SQL (the service would take minutes): numbers DL-2025-0001..1249,
    // each with the nature integriteit and, for the even ones, beschikbaarheid as well.
    QVERIFY(execSql(
        m_store->database(),
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1249) "
        "INSERT INTO breaches (number, year, counter, title, discovered_at, ap_deadline, "
        "reported_by, reported_at, created_at, updated_at) SELECT 'DL-2025-' || substr('000' || i, "
        "length('000' || i) - 3), 2025, i, 'Lek ' || i, discovered_at, ap_deadline, reported_by, "
        "reported_at, "
        "created_at, updated_at FROM n, breaches WHERE breaches.number = '%1'"_s.arg(
            first->number)));
    QVERIFY(execSql(m_store->database(),
                    u"INSERT INTO breach_natures (breach_id, nature) SELECT id, 'integriteit' "
                    "FROM breaches WHERE year = 2025"_s));
    QVERIFY(execSql(m_store->database(),
                    u"INSERT INTO breach_natures (breach_id, nature) SELECT id, "
                    "'beschikbaarheid' FROM breaches WHERE year = 2025 AND counter % 2 = 0"_s));

    const QList<Breach> all = service.list({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(all.size(), 1250);
    int withTwo = 0;
    for (const Breach &breach : all) {
        if (breach.number == first->number) {
            QCOMPARE(breach.natures, QList<BreachNature> { BreachNature::Vertrouwelijkheid });
            QCOMPARE(breach.data, QList<DataCategory> { DataCategory::Naw });
            continue;
        }
        const bool even = breach.number.right(4).toInt() % 2 == 0;
        const QList<BreachNature> expected = even
            ? QList<BreachNature> { BreachNature::Integriteit, BreachNature::Beschikbaarheid }
            : QList<BreachNature> { BreachNature::Integriteit };
        QCOMPARE(breach.natures, expected);
        QVERIFY(breach.data.isEmpty());
        withTwo += even ? 1 : 0;
    }
    QCOMPARE(withTwo, 624);
}

// The name alone and the other data in words are stored and read back on
// both backends (schema 41), by the officer and by a KCC reporter; words without "overig" are
// refused, and the words pass the BSN guard.
void TestBreaches::nameAndOtherDataKept()
{
    ServiceError error;
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
    }
    BreachService service(Session { *m_store, m_clock });
    Breach b = breach(u"Namenlijst gemaild"_s, u"2026-10-30T10:00"_s);
    b.data = { DataCategory::Naam, DataCategory::Overig };
    b.dataText = u"de datum van een afspraak"_s;
    const auto added = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->data, (QList<DataCategory> { DataCategory::Naam, DataCategory::Overig }));
    QCOMPARE(added->dataText, u"de datum van een afspraak"_s);
    Breach changed = *added;
    changed.dataText = u"de datum en het onderwerp van een afspraak"_s;
    QVERIFY2(service.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(service.get(added->number, MustRead())->dataText,
             u"de datum en het onderwerp van een afspraak"_s);
    changed.data = { DataCategory::Naam };
    QVERIFY(!service.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    changed.data = { DataCategory::Overig };
    changed.dataText = u"klantnummer "_s + elfProefNumber();
    QVERIFY(!service.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(service.get(added->number, MustRead())->dataText,
             u"de datum en het onderwerp van een afspraak"_s);
    auto store = openAs(kcc, kccPassword);
    QVERIFY(store);
    Breach reported = breach(u"Brief bij de buren"_s, u"2026-11-02T08:00"_s);
    reported.data = { DataCategory::Adres, DataCategory::Overig };
    reported.dataText = u"de hoogte van de huur"_s;
    const auto own
        = BreachService(Session { *store, m_clock }).add(reported, BsnCheck::Refuse, &error);
    QVERIFY2(own, qPrintable(error.message));
    QCOMPARE(own->dataText, u"de hoogte van de huur"_s);
}

QTEST_GUILESS_MAIN(TestBreaches)
#include "tst_breaches.moc"
