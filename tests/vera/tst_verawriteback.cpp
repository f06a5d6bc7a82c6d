// The marks Privacydesk sets in the fictitious corporation's systems where the organisation allows
// it, on both backends: while a request to restrict or erase is open, each Zaak found gets
// archiefstatus GEB; once the erasure is granted, VER and the relation INA. Each mark is planned
// in the unit that decided it (the search, the completion), sent after it, and its answer kept:
// a mark the object already holds is not sent again, a refusal stays open (on the request and in
// Vandaag) until a later try succeeds, and nothing is marked in a system that does not allow it.

#include "OrganisationSupport.h"
#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "cases/CaseService.h"
#include "letters/Letters.h"
#include "registers/ProcessingRegister.h"
#include "registers/SystemChecklist.h"
#include "reports/Today.h"
#include "retention/HoldsAtClose.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "vera/VeraClient.h"
#include "vera/VeraService.h"
#include "vera/VeraWriteBack.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraWriteBack final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRestrictionBlocksTheCasesFound();
    void anInzageOrAClosedSystemMarksNothing();
    void aMarkAlreadyHeldIsNotSentAgain();
    void aRefusalStaysOpenUntilItIsDone();
    void aGrantedErasureMarksDestroyedAndInactive();
    void aRefusedRestrictionLiftsTheBlock();
    void aBlockNeverSentIsOvertakenNotLifted();
    void anEndedRestrictionLiftsTheBlock();
    void aMarkThatCannotBeDoneIsSetAside();
    void anOvertakenMarkIsNotTakenForOneSetAside();
    void anErasureGrantedInPartMarksWhatTheOfficerSays_data();
    void anErasureGrantedInPartMarksWhatTheOfficerSays();

private:
    Session session() { return Session { *m_store, m_clock }; }
    QString addRequest(RequestType type);
    bool search(const QString &number);
    QList<OutboxItem> marks(const QString &number);
    QList<OutboxItem> sendAll(const QString &number);
    // A request of that kind searched and its case blocked (GEB sent); empty when it was not.
    QString blockedRequest(RequestType type);
    bool complete(const QString &number, const Completion &decision);
    // The fixture's object as it holds it now.
    QJsonObject object(const QString &system, const QString &path);
    // The archiefstatus code the fixture's Zaak Z1 holds now.
    QString caseStatus();
    QStringList patches();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<VeraFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
};

void TestVeraWriteBack::initTestCase()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(test::startServiceTest(*m_tmp));
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    m_fixture = std::make_unique<VeraFixture>();
    QVERIFY2(m_fixture->start(m_tmp->filePath(u"fixture"_s), &why,
                              VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
}

// The data as they were for each test: the marks change them.
void TestVeraWriteBack::init()
{
    QString why;
    QVERIFY2(m_fixture->reset(&why), qPrintable(why));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    ServiceError error;
    VeraService vera(session());
    VeraSystem relaties = m_fixture->apiKeySystem(u"Empire"_s, u"relaties"_s);
    relaties.writeBack = true;
    VeraSystem dossier
        = m_fixture->apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier);
    dossier.writeBack = true;
    for (const VeraSystem &s :
         { relaties, dossier,
           m_fixture->apiKeySystem(u"Planon"_s, u"onderhoud"_s, VeraDomain::Onderhoud) })
        QVERIFY2(vera.addSystem(s, &error), qPrintable(error.message));
    QVERIFY2(ProcessingRegister(session()).add(
                 test::processingActivity(u"A.1"_s, u"Verhuur"_s, { u"huurders"_s },
                                          { u"Empire"_s, u"Tobias Dossier"_s, u"Planon"_s }),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    m_fixture->requests();
}

void TestVeraWriteBack::cleanup()
{
    m_store.reset();
    m_dir.reset();
    const QStringList violations = m_fixture->violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QString TestVeraWriteBack::addRequest(RequestType type)
{
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = u"K1001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { type };
    request.receivedDate = m_clock.today();
    ServiceError error;
    const auto c = CaseService(session()).add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("request not added: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

bool TestVeraWriteBack::search(const QString &number)
{
    return VeraFixture::search(session(), number);
}

QList<OutboxItem> TestVeraWriteBack::marks(const QString &number)
{
    ServiceError error;
    const auto found = VeraWriteBack(session()).of(number, &error);
    if (!found)
        qWarning("marks of %s: %s", qPrintable(number), qPrintable(error.message));
    return found.value_or(QList<OutboxItem> {});
}

QString TestVeraWriteBack::blockedRequest(RequestType type)
{
    const QString number = addRequest(type);
    if (number.isEmpty() || !search(number) || sendAll(number).size() != 1
        || caseStatus() != u"GEB"_s) {
        qWarning("the case was not blocked for %s", qPrintable(number));
        return {};
    }
    return number;
}

bool TestVeraWriteBack::complete(const QString &number, const Completion &decision)
{
    CaseService cases(session());
    ServiceError error;
    if (HoldsClosing(session()).completeRequest(cases, number, decision, HoldsAtClose {},
                                                BsnCheck::Refuse, &error))
        return true;
    qWarning("not completed: %s", qPrintable(error.message));
    return false;
}

QList<OutboxItem> TestVeraWriteBack::sendAll(const QString &number)
{
    VeraWriteBack writeBack(session());
    ServiceError error;
    const auto prepared = writeBack.prepare(number, &error);
    if (!prepared) {
        qWarning("not prepared: %s", qPrintable(error.message));
        return {};
    }
    const QList<OutboxItem> answers = VeraWriteBack::send(*prepared, m_clock, nullptr, {});
    if (!writeBack.record(answers, &error))
        qWarning("not recorded: %s", qPrintable(error.message));
    return answers;
}

QJsonObject TestVeraWriteBack::object(const QString &system, const QString &path)
{
    VeraClient client(m_fixture->apiKeySystem(u"lezer"_s, system));
    const VeraClient::Answer answer = client.get(path);
    m_fixture->requests();
    return QJsonDocument::fromJson(answer.body).object();
}

QString TestVeraWriteBack::caseStatus()
{
    return object(u"dossier"_s, u"zaken/Z1"_s)
        .value(u"archiefstatus"_s)
        .toObject()
        .value(u"code"_s)
        .toString();
}

QStringList TestVeraWriteBack::patches()
{
    QStringList found;
    for (const QString &line : m_fixture->requests()) {
        if (line.startsWith(u"PATCH "_s))
            found << line;
    }
    return found;
}

void TestVeraWriteBack::aRestrictionBlocksTheCasesFound()
{
    const QString number = addRequest(RequestType::Beperking);
    QVERIFY(search(number));
    QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().target, u"Tobias Dossier"_s);
    QCOMPARE(planned.first().action, u"archiefstatus:GEB"_s);
    QCOMPARE(planned.first().reason, u"beperking"_s);
    QCOMPARE(planned.first().state, OutboxState::ToDo);
    QCOMPARE(planned.first().address, m_fixture->baseUrl(u"dossier"_s) + u"/zaken/Z1"_s);
    QCOMPARE(QJsonDocument::fromJson(planned.first().body).object(),
             QJsonObject(
                 { { u"archiefstatus"_s,
                     QJsonObject { { u"code"_s, u"GEB"_s }, { u"naam"_s, u"Geblokkeerd"_s } } } }));
    m_fixture->requests();

    // Not done yet: Vandaag says so.
    ServiceError error;
    TodayFigures today = TodayService(session()).read(&error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(today.marksOpen.size(), 1);
    QCOMPARE(TodayService::toJson(today).value(u"vera_marks_open"_s).toArray().size(), 1);

    const QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().state, OutboxState::Done);
    QCOMPARE(patches().size(), 1);
    QCOMPARE(caseStatus(), u"GEB"_s);
    planned = marks(number);
    QCOMPARE(planned.first().state, OutboxState::Done);
    QCOMPARE(planned.first().attempts, 1);
    QCOMPARE(planned.first().doneBy, testUser);
    today = TodayService(session()).read(&error);
    QVERIFY(today.marksOpen.isEmpty());

    // On the request's trail: planned with the search, then done.
    QStringList actions;
    for (const AuditEvent &e : CaseService(session()).timeline(number, &error))
        actions << e.action;
    QVERIFY(actions.contains(u"case.vera_marks_planned"_s));
    QVERIFY(actions.contains(u"case.vera_marked"_s));

    // Sending again sends nothing: it is done.
    QVERIFY(sendAll(number).isEmpty());
    QVERIFY(patches().isEmpty());
}

void TestVeraWriteBack::anInzageOrAClosedSystemMarksNothing()
{
    const QString inzage = addRequest(RequestType::Inzage);
    QVERIFY(search(inzage));
    QVERIFY(marks(inzage).isEmpty());

    // Write-back not allowed for the dossier system: an erasure marks nothing there.
    ServiceError error;
    VeraService vera(session());
    QVERIFY2(vera.removeSystem(u"Tobias Dossier"_s, &error), qPrintable(error.message));
    QVERIFY2(vera.addSystem(
                 m_fixture->apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier),
                 &error),
             qPrintable(error.message));
    const QString erasure = addRequest(RequestType::Verwijdering);
    QVERIFY(search(erasure));
    QVERIFY(marks(erasure).isEmpty());
    QVERIFY(patches().isEmpty());
}

void TestVeraWriteBack::aMarkAlreadyHeldIsNotSentAgain()
{
    const QString first = addRequest(RequestType::Beperking);
    QVERIFY(search(first));
    QCOMPARE(sendAll(first).size(), 1);
    QCOMPARE(patches().size(), 1);

    // A second request about the same person: the Zaak holds GEB already.
    const QString second = addRequest(RequestType::Verwijdering);
    QVERIFY(search(second));
    const QList<OutboxItem> planned = marks(second);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().reason, u"verwijdering"_s);
    m_fixture->requests();
    const QList<OutboxItem> answers = sendAll(second);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().state, OutboxState::Done);
    QVERIFY(patches().isEmpty());
}

void TestVeraWriteBack::aRefusalStaysOpenUntilItIsDone()
{
    QFile refuse(m_tmp->filePath(u"fixture/refuse-writes"_s));
    QVERIFY(refuse.open(QIODevice::WriteOnly) && refuse.write("dossier/zaken/Z1\n") > 0);
    refuse.close();
    const QString number = addRequest(RequestType::Beperking);
    QVERIFY(search(number));
    QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().state, OutboxState::Refused);
    QVERIFY2(answers.first().error.contains(u"Geen schrijfrechten"_s),
             qPrintable(answers.first().error));
    QCOMPARE(caseStatus(), u"ACT"_s);
    ServiceError error;
    TodayFigures today = TodayService(session()).read(&error);
    QCOMPARE(today.marksOpen.size(), 1);
    QCOMPARE(today.marksOpen.first().state, OutboxState::Refused);
    QCOMPARE(today.marksOpen.first().caseNumber, number);

    // The vendor grants the right; the next try does it.
    QVERIFY(refuse.remove());
    answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().state, OutboxState::Done);
    const QList<OutboxItem> kept = marks(number);
    QCOMPARE(kept.first().attempts, 2);
    QVERIFY(kept.first().error.isEmpty());
    today = TodayService(session()).read(&error);
    QVERIFY(today.marksOpen.isEmpty());
}

void TestVeraWriteBack::aGrantedErasureMarksDestroyedAndInactive()
{
    const QString number = addRequest(RequestType::Verwijdering);
    QVERIFY(search(number));
    QCOMPARE(marks(number).size(), 1);

    // Granted before the GEB was sent: VER overtakes it, and the relation goes inactive.
    Completion done
        = completion(Outcome::Toegewezen, m_clock.today(), u"brief"_s, {}, {}, knownDataSubject);
    done.granted = u"Uw gegevens zijn verwijderd."_s;
    ServiceError error;
    QVERIFY(complete(number, done));
    const QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 3);
    QCOMPARE(planned.at(0).action, u"archiefstatus:GEB"_s);
    QCOMPARE(planned.at(0).state, OutboxState::Superseded);
    QCOMPARE(planned.at(1).action, u"archiefstatus:VER"_s);
    QCOMPARE(planned.at(1).reason, u"vernietigd"_s);
    QCOMPARE(planned.at(2).action, u"status:INA"_s);
    QCOMPARE(planned.at(2).target, u"Empire"_s);
    QCOMPARE(planned.at(2).address, m_fixture->baseUrl(u"relaties"_s) + u"/relaties/R1001"_s);

    const QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 2);
    for (const OutboxItem &a : answers)
        QVERIFY2(a.state == OutboxState::Done, qPrintable(a.action + u": "_s + a.error));
    QCOMPARE(patches().size(), 2);
    QCOMPARE(caseStatus(), u"VER"_s);
    QCOMPARE(object(u"relaties"_s, u"natuurlijk-personen/R1001"_s)
                 .value(u"status"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             u"INA"_s);
    // Planned again (the CLI's vera write-back): nothing new.
    QCOMPARE(VeraWriteBack(session()).planFor(number, &error), std::optional<int>(0));
}

// Refused, a restriction leaves nothing blocked: the case gets back the status it had when it was
// searched (ACT), sent as a mark of its own on the request's trail; only from a case that still
// holds GEB.
void TestVeraWriteBack::aRefusedRestrictionLiftsTheBlock()
{
    const QString number = blockedRequest(RequestType::Beperking);
    QVERIFY(!number.isEmpty());
    ServiceError error;
    QVERIFY(
        complete(number,
                 completion(Outcome::Afgewezen, m_clock.today(), u"brief"_s,
                            { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s, knownDataSubject)));
    const QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(0).state, OutboxState::Done);
    QCOMPARE(planned.at(1).action, u"archiefstatus:ACT"_s);
    QCOMPARE(planned.at(1).reason, u"opgeheven"_s);
    QVERIFY2(VeraWriteBack::actionText(planned.at(1)).contains(u"ACT"_s),
             qPrintable(VeraWriteBack::actionText(planned.at(1))));
    m_fixture->requests();
    const QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.first().state == OutboxState::Done, qPrintable(answers.first().error));
    QCOMPARE(patches().size(), 1);
    QCOMPARE(caseStatus(), u"ACT"_s);
    // Planned again: nothing new; sent again: nothing.
    QCOMPARE(VeraWriteBack(session()).planFor(number, &error), std::optional<int>(0));
    QVERIFY(sendAll(number).isEmpty());
}

// Refused before its block was sent, the request's block is overtaken and nothing is lifted: the
// case never held GEB.
void TestVeraWriteBack::aBlockNeverSentIsOvertakenNotLifted()
{
    const QString number = addRequest(RequestType::Verwijdering);
    QVERIFY(search(number));
    QVERIFY(complete(number,
                     completion(Outcome::Afgewezen, m_clock.today(), u"brief"_s,
                                { RefusalGround::Art17_3b }, u"Wettelijke bewaarplicht"_s,
                                knownDataSubject)));
    const QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().action, u"archiefstatus:GEB"_s);
    QCOMPARE(planned.first().state, OutboxState::Superseded);
    m_fixture->requests();
    QVERIFY(sendAll(number).isEmpty());
    QVERIFY(patches().isEmpty());
}

// A granted restriction keeps the block while it runs; once it is lifted (after its notice, art.
// 18 lid 3 AVG), the cases get back the status they had, as after a refusal.
void TestVeraWriteBack::anEndedRestrictionLiftsTheBlock()
{
    const QString number = blockedRequest(RequestType::Beperking);
    QVERIFY(!number.isEmpty());
    NewRestriction restriction;
    restriction.klantnummer = u"K1001"_s;
    restriction.data = u"Klachtdossier"_s;
    restriction.ground = RestrictionGround::LegalClaims;
    restriction.reason = u"Nodig voor een procedure bij de huurcommissie"_s;
    restriction.caseNumber = number;
    ServiceError error;
    const auto recorded
        = RestrictionService(session()).record(restriction, BsnCheck::Refuse, &error);
    QVERIFY2(recorded, qPrintable(error.message));
    QVERIFY(complete(
        number,
        completion(Outcome::Toegewezen, m_clock.today(), u"brief"_s, {}, {}, knownDataSubject)));
    QCOMPARE(marks(number).size(), 1); // the block holds while the restriction runs
    m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const QString organisation = setOrganisationForLetters(session(), u"Woonstad Voorbeeld"_s);
    QVERIFY2(organisation.isEmpty(), qPrintable(organisation));
    LetterService letters(session());
    const auto notice = letters.render(number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(notice, qPrintable(error.message));
    const auto letter = letters.record(*notice, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(letters.recordDispatch(number, letter->id, m_clock.today(), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QString request;
    QVERIFY2(RestrictionService(session()).lift(recorded->id, {}, &error, &request),
             qPrintable(error.message));
    QCOMPARE(request, number);
    const QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(1).action, u"archiefstatus:ACT"_s);
    QCOMPARE(planned.at(1).reason, u"opgeheven"_s);
    m_fixture->requests();
    const QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.first().state == OutboxState::Done, qPrintable(answers.first().error));
    QCOMPARE(caseStatus(), u"ACT"_s);
}

// A mark that can no longer be done (here refused for good) is set aside by the officer with the
// reason: no longer open on the request or in Vandaag, never sent, and on the trail; a reason is
// needed and passes the BSN guard, and a mark done or set aside already stays as it is.
void TestVeraWriteBack::aMarkThatCannotBeDoneIsSetAside()
{
    QFile refuse(m_tmp->filePath(u"fixture/refuse-writes"_s));
    QVERIFY(refuse.open(QIODevice::WriteOnly) && refuse.write("dossier/zaken/Z1\n") > 0);
    refuse.close();
    const QString number = addRequest(RequestType::Beperking);
    QVERIFY(search(number));
    QCOMPARE(sendAll(number).first().state, OutboxState::Refused);
    const qint64 id = marks(number).first().id;
    VeraWriteBack writeBack(session());
    ServiceError error;
    QVERIFY(!writeBack.dismiss(number, id, u"  "_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!writeBack.dismiss(number, id, u"BSN "_s + QString::fromLatin1(VeraFixture::bsn()),
                               &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!writeBack.dismiss(number, id + 100, u"Verhuisd"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(marks(number).first().state, OutboxState::Refused);

    const QString why = u"Tobias is vervangen door een nieuw dossiersysteem"_s;
    QVERIFY2(writeBack.dismiss(number, id, why, &error), qPrintable(error.message));
    const OutboxItem set = marks(number).first();
    QCOMPARE(set.state, OutboxState::Superseded);
    QCOMPARE(set.error, why);
    QCOMPARE(set.doneBy, testUser);
    QVERIFY(!set.open());
    QVERIFY(TodayService(session()).read(&error).marksOpen.isEmpty());
    m_fixture->requests();
    QVERIFY(sendAll(number).isEmpty());
    QVERIFY(m_fixture->requests().isEmpty());
    QStringList actions;
    for (const AuditEvent &e : CaseService(session()).timeline(number, &error))
        actions << e.action;
    QCOMPARE(actions.count(u"case.vera_mark_dismissed"_s), 1);
    QVERIFY(!writeBack.dismiss(number, id, why, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

// A block the system refused, overtaken by the granted erasure's VER: set aside by nobody, so its
// last answer and who had it go from the row (they stay on the trail), and it is not shown as one
// the officer set aside.
void TestVeraWriteBack::anOvertakenMarkIsNotTakenForOneSetAside()
{
    QFile refuse(m_tmp->filePath(u"fixture/refuse-writes"_s));
    QVERIFY(refuse.open(QIODevice::WriteOnly) && refuse.write("dossier/zaken/Z1\n") > 0);
    refuse.close();
    const QString number = addRequest(RequestType::Verwijdering);
    QVERIFY(search(number));
    QCOMPARE(sendAll(number).first().state, OutboxState::Refused);
    QCOMPARE(marks(number).first().doneBy, testUser);
    Completion done
        = completion(Outcome::Toegewezen, m_clock.today(), u"brief"_s, {}, {}, knownDataSubject);
    done.granted = u"Uw gegevens zijn verwijderd."_s;
    QVERIFY(complete(number, done));
    const OutboxItem overtaken = marks(number).first();
    QCOMPARE(overtaken.state, OutboxState::Superseded);
    QVERIFY(overtaken.error.isEmpty());
    QVERIFY(overtaken.doneBy.isEmpty());
    ServiceError error;
    QStringList actions;
    for (const AuditEvent &e : CaseService(session()).timeline(number, &error))
        actions << e.action;
    QVERIFY(actions.contains(u"case.vera_mark_failed"_s));
}

void TestVeraWriteBack::anErasureGrantedInPartMarksWhatTheOfficerSays_data()
{
    QTest::addColumn<bool>("destroyed");
    QTest::addColumn<QString>("after");
    QTest::newRow("the case went") << true << u"VER"_s;
    QTest::newRow("the case stays") << false << u"ACT"_s;
}

// An erasure granted in part plans nothing at its decision: which cases went is the officer's to
// say, once, and only of cases the search found. Those get VER, the others their status back;
// the relation stays active (the person was not erased whole).
void TestVeraWriteBack::anErasureGrantedInPartMarksWhatTheOfficerSays()
{
    QFETCH(bool, destroyed);
    QFETCH(QString, after);
    const QString number = blockedRequest(RequestType::Verwijdering);
    QVERIFY(!number.isEmpty());
    ServiceError error;
    QVERIFY(complete(number,
                     completion(Outcome::DeelsToegewezen, m_clock.today(), u"brief"_s,
                                { RefusalGround::Art17_3b },
                                u"De huuradministratie blijft bewaard"_s, knownDataSubject)));
    QCOMPARE(marks(number).size(), 1); // nothing planned until the officer says
    VeraWriteBack writeBack(session());
    const auto toSay = writeBack.casesToSay(number, &error);
    QVERIFY2(toSay && toSay->size() == 1, qPrintable(error.message));
    const QString zaak = toSay->first().uri;
    QCOMPARE(zaak, m_fixture->baseUrl(u"dossier"_s) + u"/zaken/Z1"_s);
    QVERIFY(!writeBack.planFor(number, &error, QStringList { zaak + u"0"_s }));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    QVERIFY2(writeBack.planFor(number, &error, destroyed ? QStringList { zaak } : QStringList {}),
             qPrintable(error.message));
    const QList<OutboxItem> planned = marks(number);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(1).action, u"archiefstatus:"_s + after);
    QCOMPARE(planned.at(1).reason, destroyed ? u"vernietigd"_s : u"opgeheven"_s);
    const QList<OutboxItem> answers = sendAll(number);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.first().state == OutboxState::Done, qPrintable(answers.first().error));
    QCOMPARE(caseStatus(), after);
    QCOMPARE(object(u"relaties"_s, u"relaties/R1001"_s)
                 .value(u"status"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             QString());
    // Said once.
    QVERIFY(writeBack.casesToSay(number, &error)->isEmpty());
    QVERIFY(!writeBack.planFor(number, &error, QStringList { zaak }));
    QVERIFY2(error.message.contains(u"said already"_s), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestVeraWriteBack)
#include "tst_verawriteback.moc"
