// Holds on data outside Privacydesk. ieder1 keeps camera images four weeks; a request
// or an incident about them secures the footage before the system overwrites it. A hold on a
// request or a data breach: the system, what is secured, by whom, until when, and its release;
// the day to secure it by is the recording's day plus the system's own retention; the events on
// the request's and the breach's trail, in words in the AP dossier; "Vandaag" lists what is to
// be secured; the roles, the BSN guard and the CLI's names. On both backends.

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "documents/ComplaintDossier.h"
#include "reports/Today.h"
#include "retention/ExternalHolds.h"
#include "retention/HoldsAtClose.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;
const QString auditor = u"a.visser"_s;
const QString auditorPassword = u"wachtwoord-van-visser"_s;

NewExternalHold camera(QDate recorded)
{
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden hal Dorpsstraat 12, 3 maart 14-16 uur"_s;
    hold.recordedOn = recorded;
    hold.period = *ExternalHoldTexts::period(u"4w"_s);
    return hold;
}

} // namespace

class TestExternalHolds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodsAsTheCliTakesThem();
    void holdOnARequestHasItsDeadline();
    void securedKeptAndReleased();
    void holdOnABreach();
    void eventsInTheDossierInWords();
    void todayListsWhatIsToBeSecured();
    void wrongInputRefused();
    void rolesAndBsnGuard();
    void completingDecidesTheHolds();
    void heldAfterClosingWithoutAnEndIsListed();
    void whoViewedTheSecuredData();

private:
    // A request received on day with a camera hold secured that day; its number and the hold.
    std::pair<QString, qint64> requestWithHold(const QString &klantnummer, QDate day);
    std::optional<ExternalHold> holdNamed(const QString &number, qint64 id);
    QStringList actionsOf(const QString &number);
    ExternalHoldService service()
    {
        return ExternalHoldService(Session { *m_store, m_fixture->clock() });
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_case;
};

void TestExternalHolds::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
    const auto c = m_fixture->addCase(u"P. Camera"_s, u"K400001"_s, { RequestType::Inzage },
                                      QDate(2026, 3, 5));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    m_case = c->number;
}

void TestExternalHolds::periodsAsTheCliTakesThem()
{
    QCOMPARE(ExternalHoldTexts::period(u"4w"_s), (RetentionPeriod { 4, RetentionUnit::Weeks }));
    QCOMPARE(ExternalHoldTexts::period(u"30d"_s), (RetentionPeriod { 30, RetentionUnit::Days }));
    QCOMPARE(ExternalHoldTexts::period(u"3m"_s), (RetentionPeriod { 3, RetentionUnit::Months }));
    QCOMPARE(ExternalHoldTexts::period(u"1y"_s), (RetentionPeriod { 1, RetentionUnit::Years }));
    QVERIFY(!ExternalHoldTexts::period(u"0d"_s));
    QVERIFY(!ExternalHoldTexts::period(u"vier weken"_s));
    QVERIFY(!ExternalHoldTexts::period(u"-4w"_s));
    QCOMPARE(ExternalHoldTexts::periodCode({ 4, RetentionUnit::Weeks }), u"4w"_s);
}

// The four weeks run from the recording: recorded on 3 March, overwritten on 31 March; until
// secured the hold is "to secure before" that day, and after it "NOT secured".
void TestExternalHolds::holdOnARequestHasItsDeadline()
{
    m_fixture->at(QDate(2026, 3, 6));
    ServiceError error;
    const auto hold = service().add(ExternalHoldService::Owner::Case, m_case,
                                    camera(QDate(2026, 3, 3)), BsnCheck::Refuse, &error);
    QVERIFY2(hold, qPrintable(error.message));
    QCOMPARE(hold->overwrittenOn, QDate(2026, 3, 31));
    QCOMPARE(hold->caseNumber, m_case);
    QVERIFY(hold->toSecure());
    QVERIFY(!hold->overwritten(QDate(2026, 3, 30)));
    QVERIFY(hold->overwritten(QDate(2026, 3, 31)));
    const QString state = ExternalHoldTexts::stateText(*hold, QDate(2026, 3, 6));
    QVERIFY2(state.contains(u"secure before"_s), qPrintable(state));
    QVERIFY2(state.contains(QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat)),
             qPrintable(state));
    QVERIFY2(ExternalHoldTexts::stateText(*hold, QDate(2026, 4, 1)).contains(u"NOT secured"_s),
             qPrintable(ExternalHoldTexts::stateText(*hold, QDate(2026, 4, 1))));

    const auto listed = service().of(ExternalHoldService::Owner::Case, m_case, &error);
    QVERIFY2(listed, qPrintable(error.message));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().system, u"Camerasysteem"_s);
    QCOMPARE(listed->first().recordedOn, QDate(2026, 3, 3));
    QCOMPARE(listed->first().period, (RetentionPeriod { 4, RetentionUnit::Weeks }));
    QCOMPARE(listed->first().overwrittenOn, QDate(2026, 3, 31));
    QCOMPARE(listed->first().createdBy, m_store->userName());
}

// Secured on a day, by someone; kept until a day, expired after it; released with a reason,
// once. A released hold cannot be secured or released again.
void TestExternalHolds::securedKeptAndReleased()
{
    m_fixture->at(QDate(2026, 3, 9));
    NewExternalHold input = camera(QDate(2026, 3, 8));
    input.system = u"Telefooncentrale (gespreksopnames)"_s;
    input.keptUntil = QDate(2026, 6, 1);
    ServiceError error;
    const auto hold
        = service().add(ExternalHoldService::Owner::Case, m_case, input, BsnCheck::Refuse, &error);
    QVERIFY2(hold, qPrintable(error.message));
    QVERIFY(service().secure(ExternalHoldService::Owner::Case, m_case, hold->id, QDate(2026, 3, 9),
                             u"Afdeling Vastgoed, H. Kok"_s, BsnCheck::Refuse, &error));
    QVERIFY(!service().secure(ExternalHoldService::Owner::Case, m_case, hold->id, QDate(2026, 3, 9),
                              {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    const auto read = [&] {
        const auto holds = service().of(ExternalHoldService::Owner::Case, m_case, test::MustRead());
        for (const ExternalHold &h : holds.value_or(QList<ExternalHold> {}))
            if (h.id == hold->id)
                return h;
        return ExternalHold {};
    };
    ExternalHold secured = read();
    QCOMPARE(secured.securedOn, QDate(2026, 3, 9));
    QCOMPARE(secured.securedBy, u"Afdeling Vastgoed, H. Kok"_s);
    QVERIFY(!secured.toSecure());
    QCOMPARE(secured.keptUntil, QDate(2026, 6, 1));
    QVERIFY(!secured.keptExpired(QDate(2026, 6, 1)));
    QVERIFY(secured.keptExpired(QDate(2026, 6, 2)));
    QVERIFY2(ExternalHoldTexts::stateText(secured, QDate(2026, 6, 2)).contains(u"expired"_s),
             qPrintable(ExternalHoldTexts::stateText(secured, QDate(2026, 6, 2))));

    QVERIFY(!service().release(ExternalHoldService::Owner::Case, m_case, hold->id, u" "_s,
                               BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(service().release(ExternalHoldService::Owner::Case, m_case, hold->id,
                               u"Verzoek afgehandeld, beelden overgedragen"_s, BsnCheck::Refuse,
                               &error),
             qPrintable(error.message));
    const ExternalHold released = read();
    QCOMPARE(released.releasedOn, QDate(2026, 3, 9));
    QCOMPARE(released.releasedBy, m_store->userName());
    QCOMPARE(released.releaseReason, u"Verzoek afgehandeld, beelden overgedragen"_s);
    QVERIFY(!released.held());
    QVERIFY(!released.keptExpired(QDate(2027, 1, 1)));
    QVERIFY(!service().release(ExternalHoldService::Owner::Case, m_case, hold->id, u"nogmaals"_s,
                               BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"released"_s), qPrintable(error.message));
    // On a server the hold added, secured and released is described by
    // its own events, in the recorder's own name: none is taken for a change by hand.
    if (m_store->isServer()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                           "payload::jsonb ->> 'table' = 'external_holds'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

void TestExternalHolds::holdOnABreach()
{
    m_fixture->at(QDate(2026, 3, 10));
    Breach b;
    b.title = u"Camerabeelden gedeeld in groepsapp"_s;
    b.discoveredAt = QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 2;
    ServiceError error;
    const auto breach
        = BreachService(Session { *m_store, m_fixture->clock() }).add(b, BsnCheck::Refuse, &error);
    QVERIFY2(breach, qPrintable(error.message));
    const auto hold = service().add(ExternalHoldService::Owner::Breach, breach->number,
                                    camera(QDate(2026, 3, 9)), BsnCheck::Refuse, &error);
    QVERIFY2(hold, qPrintable(error.message));
    QCOMPARE(hold->breachNumber, breach->number);
    QCOMPARE(hold->overwrittenOn, QDate(2026, 4, 6));
    const auto listed = service().of(ExternalHoldService::Owner::Breach, breach->number, &error);
    QVERIFY2(listed, qPrintable(error.message));
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().caseNumber.isEmpty());
    // A hold of the breach is not the request's, and the other way round.
    QVERIFY(!service().secure(ExternalHoldService::Owner::Case, m_case, hold->id,
                              QDate(2026, 3, 10), {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT action FROM audit_events WHERE entity_type = 'breach' AND "
                  "entity_id = ? ORDER BY seq"_s);
    query.addBindValue(breach->number);
    QVERIFY(query.exec());
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    QVERIFY2(actions.contains(u"breach.external_hold_added"_s), qPrintable(actions.join(u' ')));
}

// The request's trail holds the three events, and the AP dossier's chronology says them in
// words: the system, the day the system overwrites, who secured, why it was released.
void TestExternalHolds::eventsInTheDossierInWords()
{
    ServiceError error;
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_case, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = test::DocumentFixture::dossierText(*content);
    QVERIFY2(text.contains(u"Hold on data outside Privacydesk recorded by"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Camerasysteem"_s), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(u"Data outside Privacydesk secured by"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Afdeling Vastgoed, H. Kok"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Hold on data outside Privacydesk released by"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Verzoek afgehandeld, beelden overgedragen"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"external_hold"_s), qPrintable(text));
}

// "Vandaag": a hold still to be secured whose system overwrites within 7 days (or did), and a
// hold kept past its day.
void TestExternalHolds::todayListsWhatIsToBeSecured()
{
    m_fixture->at(QDate(2026, 3, 25));
    TodayFigures figures
        = TodayService(Session { *m_store, m_fixture->clock() }).read(test::MustRead());
    QStringList systems;
    for (const ExternalHold &h : figures.holdsToSecure)
        systems << h.caseNumber + u' ' + h.overwrittenOn.toString(Qt::ISODate);
    // The request's camera hold (31 March) is within 7 days; the breach's (6 April) not yet.
    QCOMPARE(systems, QStringList { m_case + u" 2026-03-31"_s });
    QVERIFY(!figures.nothingUrgent());
    const QJsonObject json = TodayService::toJson(figures);
    QCOMPARE(json.value(u"external_holds_to_secure"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"external_holds_to_secure"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"secure_before"_s)
                 .toString(),
             u"2026-03-31"_s);

    m_fixture->at(QDate(2026, 4, 8));
    figures = TodayService(Session { *m_store, m_fixture->clock() }).read(test::MustRead());
    QCOMPARE(figures.holdsToSecure.size(), 2); // both passed their day, neither secured

    NewExternalHold kept = camera(QDate(2026, 4, 1));
    kept.securedOn = QDate(2026, 4, 2);
    kept.keptUntil = QDate(2026, 4, 7);
    ServiceError error;
    QVERIFY2(
        service().add(ExternalHoldService::Owner::Case, m_case, kept, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    figures = TodayService(Session { *m_store, m_fixture->clock() }).read(test::MustRead());
    QCOMPARE(figures.holdsExpired.size(), 1);
    QCOMPARE(figures.holdsExpired.first().keptUntil, QDate(2026, 4, 7));
    QCOMPARE(TodayService::toJson(figures).value(u"external_holds_expired"_s).toInt(), 1);
}

void TestExternalHolds::wrongInputRefused()
{
    m_fixture->at(QDate(2026, 4, 10));
    ServiceError error;
    NewExternalHold hold = camera(QDate(2026, 4, 11)); // in the future
    QVERIFY(
        !service().add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    hold = camera(QDate(2026, 4, 9));
    hold.system = u"  "_s;
    QVERIFY(
        !service().add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    hold = camera(QDate(2026, 4, 9));
    hold.securedOn = QDate(2026, 4, 8); // before the recording
    QVERIFY(
        !service().add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service().add(ExternalHoldService::Owner::Case, u"AVG-2026-9999"_s,
                           camera(QDate(2026, 4, 9)), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!service().add(ExternalHoldService::Owner::Breach, u"DL-2026-9999"_s,
                           camera(QDate(2026, 4, 9)), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

// Who may write: the functionaris (and the beheerder). A KCC employee and an auditor may not;
// the auditor reads. A BSN in what is secured is stopped.
void TestExternalHolds::rolesAndBsnGuard()
{
    ServiceError error;
    NewExternalHold hold = camera(QDate(2026, 4, 9));
    hold.secured = u"Beelden van klant "_s + test::elfProefNumber();
    QVERIFY(
        !service().add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    {
        UserService users(*m_store, Session { *m_store, m_fixture->clock() });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
    }
    const QString path = m_tmp.filePath(u"store"_s);
    m_fixture.reset();
    m_store.reset();
    for (const auto &[login, password] :
         { std::pair { kcc, kccPassword }, std::pair { auditor, auditorPassword } }) {
        const auto store = test::openServiceStoreAs(path, login, password);
        QVERIFY(store);
        ExternalHoldService as(Session { *store });
        QVERIFY(!as.add(ExternalHoldService::Owner::Case, m_case, camera(QDate(2026, 4, 9)),
                        BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!as.release(ExternalHoldService::Owner::Case, m_case, 1, u"weg"_s, BsnCheck::Refuse,
                            &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        const auto read = as.of(ExternalHoldService::Owner::Case, m_case, &error);
        QCOMPARE(bool(read), login == auditor);
    }
    m_store = test::openServiceStoreAs(path, test::testUser, test::testPassword);
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
}

std::pair<QString, qint64> TestExternalHolds::requestWithHold(const QString &klantnummer, QDate day)
{
    const auto c = m_fixture->addCase(u"P. Camera"_s, klantnummer, { RequestType::Inzage }, day);
    if (!c)
        return {};
    NewExternalHold input = camera(day.addDays(-1));
    input.securedOn = day;
    ServiceError error;
    const auto hold = service().add(ExternalHoldService::Owner::Case, c->number, input,
                                    BsnCheck::Refuse, &error);
    return { c->number, hold ? hold->id : 0 };
}

std::optional<ExternalHold> TestExternalHolds::holdNamed(const QString &number, qint64 id)
{
    const auto holds = service().of(ExternalHoldService::Owner::Case, number, test::MustRead());
    for (const ExternalHold &h : holds.value_or(QList<ExternalHold> {}))
        if (h.id == id)
            return h;
    return std::nullopt;
}

QStringList TestExternalHolds::actionsOf(const QString &number)
{
    QStringList actions;
    for (const AuditEvent &event :
         CaseService(Session { *m_store, m_fixture->clock() }).timeline(number))
        actions << event.action;
    return actions;
}

// Camera images secured for a request must not outlive it. Its
// completion with a hold still held is refused until the officer decides: released with the
// reason "verzoek afgerond", or kept until a day. The decision is on the request's trail, after
// the completion, in one transaction with it; a decision that cannot be written completes
// nothing.
void TestExternalHolds::completingDecidesTheHolds()
{
    const QDate day(2026, 4, 20);
    m_fixture->at(day);
    const auto [kept, keptHold] = requestWithHold(u"K400002"_s, day);
    QVERIFY2(keptHold > 0, qPrintable(m_fixture->error()));
    const auto [released, releasedHold] = requestWithHold(u"K400003"_s, day);
    QVERIFY(releasedHold > 0);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    HoldsClosing closing(Session { *m_store, m_fixture->clock() });
    const Completion done
        = test::completion(Outcome::Toegewezen, day, u"per post"_s, {}, {}, test::knownDataSubject);

    ServiceError error;
    QVERIFY(!closing.completeRequest(cases, kept, done, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"hold %1 (Camerasysteem)"_s.arg(keptHold)),
             qPrintable(error.message));
    QVERIFY(cases.find(kept, test::MustRead())->state != CaseState::Afgerond);
    // A day before today to keep it until: refused, and the completion is not kept either.
    QVERIFY(!closing.completeRequest(cases, kept, done,
                                     { HoldsAtClose::Choice::KeepUntil, day.addDays(-1) },
                                     BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(cases.find(kept, test::MustRead())->state != CaseState::Afgerond);
    QVERIFY(!actionsOf(kept).contains(u"case.completed"_s));

    QVERIFY2(closing.completeRequest(cases, kept, done,
                                     { HoldsAtClose::Choice::KeepUntil, QDate(2026, 6, 1) },
                                     BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(cases.find(kept, test::MustRead())->state, CaseState::Afgerond);
    const auto keptNow = holdNamed(kept, keptHold);
    QVERIFY(keptNow && keptNow->held());
    QCOMPARE(keptNow->keptUntil, QDate(2026, 6, 1));
    QCOMPARE(keptNow->ownerClosedOn, day);
    QVERIFY(!keptNow->closedWithoutEnd());
    const QString state = ExternalHoldTexts::stateText(*keptNow, day);
    QVERIFY2(state.startsWith(
                 u"request completed on %1; "_s.arg(QLocale().toString(day, QLocale::ShortFormat))),
             qPrintable(state));
    QVERIFY2(state.contains(u"kept until"_s), qPrintable(state));
    QStringList actions = actionsOf(kept);
    QVERIFY2(actions.indexOf(u"case.completed"_s) < actions.indexOf(u"case.external_hold_kept"_s),
             qPrintable(actions.join(u' ')));

    QVERIFY2(closing.completeRequest(cases, released, done, { HoldsAtClose::Choice::Release, {} },
                                     BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto releasedNow = holdNamed(released, releasedHold);
    QVERIFY(releasedNow && !releasedNow->held());
    QCOMPARE(releasedNow->releaseReason, u"request completed"_s);
    actions = actionsOf(released);
    QVERIFY2(actions.indexOf(u"case.completed"_s) >= 0
                 && actions.indexOf(u"case.completed"_s)
                     < actions.indexOf(u"case.external_hold_released"_s),
             qPrintable(actions.join(u' ')));

    // The AP dossier says the decision in words.
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(kept, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = test::DocumentFixture::dossierText(*content);
    QVERIFY2(text.contains(u"Hold on data outside Privacydesk kept until"_s), qPrintable(text));
    QVERIFY2(text.contains(u"the request was completed on"_s), qPrintable(text));
    if (m_store->isServer()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                           "payload::jsonb ->> 'table' = 'external_holds'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

// A hold still held when its request closed without a decision (completed by an earlier release
// or outside this path) says so, and "Vandaag" lists it until it is released or
// given a day; a day given later (hold keep) takes it off.
void TestExternalHolds::heldAfterClosingWithoutAnEndIsListed()
{
    const QDate day(2026, 4, 21);
    m_fixture->at(day);
    const auto [number, id] = requestWithHold(u"K400004"_s, day);
    QVERIFY(id > 0);
    QVERIFY2(m_fixture->complete(number, Outcome::Toegewezen, {}, day),
             qPrintable(m_fixture->error()));
    const auto hold = holdNamed(number, id);
    QVERIFY(hold);
    QVERIFY(hold->closedWithoutEnd());
    const QString state = ExternalHoldTexts::stateText(*hold, day);
    QVERIFY2(state.contains(u"request completed on"_s) && state.contains(u"no end date"_s),
             qPrintable(state));
    const auto listed = [&] {
        QList<qint64> ids;
        const TodayFigures f
            = TodayService(Session { *m_store, m_fixture->clock() }).read(test::MustRead());
        for (const ExternalHold &h : f.holdsWithoutEnd)
            ids << h.id;
        return ids;
    };
    QVERIFY(listed().contains(id));
    const TodayFigures figures
        = TodayService(Session { *m_store, m_fixture->clock() }).read(test::MustRead());
    QVERIFY(TodayService::toJson(figures).value(u"external_holds_without_end"_s).toInt() >= 1);

    ServiceError error;
    QVERIFY(!service().keepUntil(ExternalHoldService::Owner::Case, number, id, day.addDays(-1),
                                 &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(
        service().keepUntil(ExternalHoldService::Owner::Case, number, id, day.addMonths(3), &error),
        qPrintable(error.message));
    QVERIFY(!listed().contains(id));
    QVERIFY(actionsOf(number).contains(u"case.external_hold_kept"_s));
}

// Who
// viewed the secured images, when and why, recorded on the hold and kept on the request's trail;
// read back per hold and said in words in the AP dossier. Not in the future, not before the
// recording; who and why are required and BSN-guarded; also for a released hold.
void TestExternalHolds::whoViewedTheSecuredData()
{
    const QDate day(2026, 4, 22);
    m_fixture->at(day);
    const auto [number, id] = requestWithHold(u"K400005"_s, day);
    QVERIFY(id > 0);
    const auto owner = ExternalHoldService::Owner::Case;
    ServiceError error;
    QVERIFY(!service().recordViewing(owner, number, id,
                                     { id, day.addDays(1), u"H. Kok"_s, u"Inbraak berging"_s, {} },
                                     BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service().recordViewing(owner, number, id, { id, day, u" "_s, u"Inbraak"_s, {} },
                                     BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service().recordViewing(
        owner, number, id, { id, day, u"H. Kok"_s, u"Klant "_s + test::elfProefNumber(), {} },
        BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!service().recordViewing(owner, m_case, id, { id, day, u"H. Kok"_s, u"x"_s, {} },
                                     BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY2(service().recordViewing(owner, number, id,
                                     { id,
                                       day,
                                       u"H. Kok, beveiliging"_s,
                                       u"Inbraak berging 12 maart, aangifte politie"_s,
                                       {} },
                                     BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(service().release(owner, number, id, u"Overgedragen aan de politie"_s, BsnCheck::Refuse,
                              &error));
    // Recorded after the release, for a viewing before it.
    QVERIFY2(service().recordViewing(
                 owner, number, id,
                 { id, day, u"Politie Gelderland-Zuid"_s, u"Beelden overgedragen"_s, {} },
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));

    const auto viewings = service().viewings(owner, number, &error);
    QVERIFY2(viewings, qPrintable(error.message));
    QCOMPARE(viewings->size(), 2);
    QCOMPARE(viewings->first().holdId, id);
    QCOMPARE(viewings->first().viewedOn, day);
    QCOMPARE(viewings->first().viewedBy, u"H. Kok, beveiliging"_s);
    QCOMPARE(viewings->first().reason, u"Inbraak berging 12 maart, aangifte politie"_s);
    QCOMPARE(viewings->first().recordedBy, m_store->userName());
    QVERIFY2(ExternalHoldTexts::viewingText(viewings->first()).startsWith(u"viewed on "_s),
             qPrintable(ExternalHoldTexts::viewingText(viewings->first())));

    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = test::DocumentFixture::dossierText(*content);
    QVERIFY2(text.contains(u"Held data outside Privacydesk viewed (recorded by"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Inbraak berging 12 maart, aangifte politie"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Politie Gelderland-Zuid"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestExternalHolds)
#include "tst_externalholds.moc"
