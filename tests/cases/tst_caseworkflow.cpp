// The case state machine and deadlinesFor as pure functions: no store, no clock. Every guarded
// transition is here once allowed and once refused, and the extension rule of
// art. 12(3) AVG (notice within the first month) is checked against domain.md's dates.

#include "cases/Case.h"
#include "cases/CaseCodes.h"
#include "util/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

Q_DECLARE_METATYPE(QList<pd::TypeDecision>)

namespace {

// A Monday; one month later (2 March 2026) is a Monday too.
const QDate received(2026, 2, 2);
const QDate today(2026, 3, 10);

Case caseIn(CaseState state)
{
    Case c;
    c.number = u"AVG-2026-0001"_s;
    c.types = { RequestType::Inzage };
    c.receivedDate = received;
    c.state = state;
    return c;
}

// A request being handled, identified through the portal.
Case identifiedCase(const QList<RequestType> &types)
{
    Case c = caseIn(CaseState::InBehandeling);
    c.types = types;
    c.identification.received = received.addDays(2);
    c.identification.method = IdMethod::Portaal;
    c.identification.succeeded = true;
    return c;
}

// A refusal is one translated sentence; an allowed action gives an empty string.
void checkVerdict(const QString &problem, bool allowed)
{
    if (allowed) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY(!problem.trimmed().isEmpty());
        QVERIFY2(!problem.contains(u'\n'), qPrintable(problem));
    }
}

} // namespace

class TestCaseWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    void openStates();
    void latenessKeepsBothClocksApart();
    void requestIdentification_data();
    void requestIdentification();
    void receiveIdentification_data();
    void receiveIdentification();
    void extend_data();
    void extend();
    void complete_data();
    void complete();
    void completeDirectMarketing();
    void completeSaysWhatWasDone();
    void completeObjectionSubjects();
    void completeMixedObjection();
    void completeRectificationAccurate();
    void completePerKind_data();
    void completePerKind();
    void completeWholeOfCombined();
    void completeNeedsTheMandateInHand();
    void stateAfter_data();
    void stateAfter();
    void reopen_data();
    void reopen();
    void note_data();
    void note();

    void deadlinesNotExtended_data();
    void deadlinesNotExtended();
    void extension_data();
    void extension();
    void lateExtensionKeepsTheLegalDeadline();
    void pauseMovesTheOneMonthLimitForTheNotice();
};

void TestCaseWorkflow::openStates()
{
    QVERIFY(isOpen(CaseState::Ontvangen));
    QVERIFY(isOpen(CaseState::Identificatie));
    QVERIFY(isOpen(CaseState::InBehandeling));
    QVERIFY(!isOpen(CaseState::Afgerond));
    QVERIFY(!isOpen(CaseState::Ingetrokken));
    QVERIFY(!isOpen(CaseState::NietInBehandeling));
}

void TestCaseWorkflow::requestIdentification_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<bool>("alreadyReceived");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("ontvangen, on the day of receipt")
        << CaseState::Ontvangen << received << false << true;
    QTest::newRow("ontvangen, days later")
        << CaseState::Ontvangen << received.addDays(3) << false << true;
    QTest::newRow("ontvangen, today") << CaseState::Ontvangen << today << false << true;
    QTest::newRow("identificatie, asked again")
        << CaseState::Identificatie << received.addDays(5) << false << true;
    QTest::newRow("identificatie, already received")
        << CaseState::Identificatie << received.addDays(5) << true << false;
    QTest::newRow("in behandeling")
        << CaseState::InBehandeling << received.addDays(1) << false << false;
    QTest::newRow("afgerond") << CaseState::Afgerond << received.addDays(1) << false << false;
    QTest::newRow("ingetrokken") << CaseState::Ingetrokken << received.addDays(1) << false << false;
    QTest::newRow("niet-ontvankelijk")
        << CaseState::NietInBehandeling << received.addDays(1) << false << false;
    QTest::newRow("no date") << CaseState::Ontvangen << QDate() << false << false;
    QTest::newRow("before receipt")
        << CaseState::Ontvangen << received.addDays(-1) << false << false;
    QTest::newRow("in the future") << CaseState::Ontvangen << today.addDays(1) << false << false;
}

void TestCaseWorkflow::requestIdentification()
{
    QFETCH(CaseState, state);
    QFETCH(QDate, requested);
    QFETCH(bool, alreadyReceived);
    QFETCH(bool, allowed);
    Case c = caseIn(state);
    if (alreadyReceived) {
        c.identification.requested = received.addDays(1);
        c.identification.received = received.addDays(4);
        c.identification.method = IdMethod::Balie;
        c.identification.succeeded = false;
    }
    checkVerdict(CaseWorkflow::checkRequestIdentification(c, requested, today), allowed);
}

void TestCaseWorkflow::receiveIdentification_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("receivedOn");
    QTest::addColumn<bool>("allowed");
    const QDate asked = received.addDays(2);
    QTest::newRow("identificatie") << CaseState::Identificatie << asked << asked.addDays(7) << true;
    QTest::newRow("identificatie, same day as asked")
        << CaseState::Identificatie << asked << asked << true;
    QTest::newRow("ontvangen, shown at once")
        << CaseState::Ontvangen << QDate() << received << true;
    QTest::newRow("identificatie, today") << CaseState::Identificatie << asked << today << true;
    QTest::newRow("in behandeling")
        << CaseState::InBehandeling << asked << asked.addDays(1) << false;
    QTest::newRow("afgerond") << CaseState::Afgerond << asked << asked.addDays(1) << false;
    QTest::newRow("ingetrokken") << CaseState::Ingetrokken << asked << asked.addDays(1) << false;
    QTest::newRow("niet-ontvankelijk")
        << CaseState::NietInBehandeling << asked << asked.addDays(1) << false;
    QTest::newRow("no date") << CaseState::Identificatie << asked << QDate() << false;
    QTest::newRow("before receipt")
        << CaseState::Ontvangen << QDate() << received.addDays(-1) << false;
    QTest::newRow("before it was asked")
        << CaseState::Identificatie << asked << asked.addDays(-1) << false;
    QTest::newRow("in the future")
        << CaseState::Identificatie << asked << today.addDays(1) << false;
}

void TestCaseWorkflow::receiveIdentification()
{
    QFETCH(CaseState, state);
    QFETCH(QDate, requested);
    QFETCH(QDate, receivedOn);
    QFETCH(bool, allowed);
    Case c = caseIn(state);
    c.identification.requested = requested;
    checkVerdict(CaseWorkflow::checkReceiveIdentification(c, receivedOn, today), allowed);
}

void TestCaseWorkflow::extend_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<bool>("alreadyExtended");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("notified");
    QTest::addColumn<bool>("allowed");
    const QString why = u"Veel gegevens in drie systemen"_s;
    const QDate in = received.addDays(20);
    QTest::newRow("ontvangen") << CaseState::Ontvangen << false << why << in << true;
    QTest::newRow("identificatie") << CaseState::Identificatie << false << why << in << true;
    QTest::newRow("in behandeling") << CaseState::InBehandeling << false << why << in << true;
    QTest::newRow("on the day of receipt")
        << CaseState::InBehandeling << false << why << received << true;
    QTest::newRow("told today") << CaseState::InBehandeling << false << why << today << true;
    // Late, but allowed: it is flagged (see extension()), not refused.
    QTest::newRow("told after the first month")
        << CaseState::InBehandeling << false << why << received.addMonths(1).addDays(3) << true;
    QTest::newRow("second extension") << CaseState::InBehandeling << true << why << in << false;
    QTest::newRow("afgerond") << CaseState::Afgerond << false << why << in << false;
    QTest::newRow("ingetrokken") << CaseState::Ingetrokken << false << why << in << false;
    QTest::newRow("niet-ontvankelijk")
        << CaseState::NietInBehandeling << false << why << in << false;
    QTest::newRow("no reason") << CaseState::InBehandeling << false << QString() << in << false;
    QTest::newRow("blank reason") << CaseState::InBehandeling << false << u"  \t "_s << in << false;
    QTest::newRow("no notice date") << CaseState::InBehandeling << false << why << QDate() << false;
    QTest::newRow("told before receipt")
        << CaseState::InBehandeling << false << why << received.addDays(-1) << false;
    QTest::newRow("told in the future")
        << CaseState::InBehandeling << false << why << today.addDays(1) << false;
}

void TestCaseWorkflow::extend()
{
    QFETCH(CaseState, state);
    QFETCH(bool, alreadyExtended);
    QFETCH(QString, reason);
    QFETCH(QDate, notified);
    QFETCH(bool, allowed);
    Case c = caseIn(state);
    if (alreadyExtended) {
        c.extended = true;
        c.extensionReason = u"Eerder verlengd"_s;
        c.extensionNotified = received.addDays(10);
    }
    checkVerdict(CaseWorkflow::checkExtend(c, reason, notified, today), allowed);
}

void TestCaseWorkflow::complete_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QList<RefusalGround>>("grounds");
    QTest::addColumn<QString>("motivation");
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<int>("identification"); // -1 none, 0 failed, 1 succeeded, 2 only requested
    QTest::addColumn<QString>("noIdReason");
    QTest::addColumn<bool>("allowed");
    const QList<RefusalGround> none;
    const QList<RefusalGround> art12 { RefusalGround::Art12_5 };
    const QList<RefusalGround> two { RefusalGround::Art15_4, RefusalGround::Art41_1i };
    const QString why = u"U vroeg binnen drie maanden vier keer hetzelfde."_s;
    const QString known = u"Bekende betrokkene, teruggebeld op het bekende nummer"_s;
    const QDate on = received.addDays(25);
    const auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };

    row("toegewezen") << CaseState::InBehandeling << Outcome::Toegewezen << none << QString() << on
                      << 1 << QString() << true;
    row("toegewezen from ontvangen") << CaseState::Ontvangen << Outcome::Toegewezen << none
                                     << QString() << on << -1 << known << true;
    row("toegewezen with grounds") << CaseState::InBehandeling << Outcome::Toegewezen << art12
                                   << QString() << on << 1 << QString() << false;
    row("toegewezen with reasons") << CaseState::InBehandeling << Outcome::Toegewezen << none << why
                                   << on << 1 << QString() << true;
    row("afgewezen with grounds") << CaseState::InBehandeling << Outcome::Afgewezen << art12 << why
                                  << on << 1 << QString() << true;
    row("afgewezen with two grounds") << CaseState::InBehandeling << Outcome::Afgewezen << two
                                      << why << on << 1 << QString() << true;
    row("afgewezen without grounds") << CaseState::InBehandeling << Outcome::Afgewezen << none
                                     << why << on << 1 << QString() << false;
    row("afgewezen without reasons") << CaseState::InBehandeling << Outcome::Afgewezen << art12
                                     << QString() << on << 1 << QString() << false;
    row("afgewezen with blank reasons") << CaseState::InBehandeling << Outcome::Afgewezen << art12
                                        << u" \n\t "_s << on << 1 << QString() << false;
    row("deels-toegewezen with grounds") << CaseState::InBehandeling << Outcome::DeelsToegewezen
                                         << art12 << why << on << 1 << QString() << true;
    row("deels-toegewezen without grounds") << CaseState::InBehandeling << Outcome::DeelsToegewezen
                                            << none << why << on << 1 << QString() << false;
    row("deels-toegewezen without reasons") << CaseState::InBehandeling << Outcome::DeelsToegewezen
                                            << art12 << QString() << on << 1 << QString() << false;
    row("deels-toegewezen without what was done")
        << CaseState::InBehandeling << Outcome::DeelsToegewezen << art12 << why << on << 1
        << QString() << false;
    row("afgewezen on art-41-uavg without its ground")
        << CaseState::InBehandeling << Outcome::Afgewezen
        << QList<RefusalGround> { RefusalGround::Art41Uavg } << why << on << 1 << QString()
        << false;
    row("ingetrokken") << CaseState::Identificatie << Outcome::Ingetrokken << none << QString()
                       << on << -1 << QString() << true;
    row("ingetrokken with grounds") << CaseState::Identificatie << Outcome::Ingetrokken << art12
                                    << QString() << on << -1 << QString() << false;
    // "Niet in behandeling: identiteit niet vastgesteld" only after identification was asked for
    // (art. 12(2) GDPR), or failed.
    row("niet-in-behandeling never asked") << CaseState::Ontvangen << Outcome::NietInBehandeling
                                           << none << QString() << on << -1 << QString() << false;
    row("niet-in-behandeling after asking")
        << CaseState::Identificatie << Outcome::NietInBehandeling << none << QString() << on << 2
        << QString() << true;
    row("niet-in-behandeling with reasons")
        << CaseState::Identificatie << Outcome::NietInBehandeling << none << why << on << 2
        << QString() << true;
    row("answered on the day of receipt") << CaseState::InBehandeling << Outcome::Toegewezen << none
                                          << QString() << received << 1 << QString() << true;
    row("answered today") << CaseState::InBehandeling << Outcome::Toegewezen << none << QString()
                          << today << 1 << QString() << true;
    row("no answer date") << CaseState::InBehandeling << Outcome::Toegewezen << none << QString()
                          << QDate() << 1 << QString() << false;
    row("answered before receipt") << CaseState::InBehandeling << Outcome::Toegewezen << none
                                   << QString() << received.addDays(-1) << 1 << QString() << false;
    row("answered in the future") << CaseState::InBehandeling << Outcome::Toegewezen << none
                                  << QString() << today.addDays(1) << 1 << QString() << false;
    row("afgerond") << CaseState::Afgerond << Outcome::Toegewezen << none << QString() << on << 1
                    << QString() << false;
    row("ingetrokken state") << CaseState::Ingetrokken << Outcome::Toegewezen << none << QString()
                             << on << -1 << known << false;
    row("niet-ontvankelijk state") << CaseState::NietInBehandeling << Outcome::NietInBehandeling
                                   << none << QString() << on << 0 << QString() << false;
    // A failed identification leaves only "niet-ontvankelijk" or "ingetrokken".
    row("failed id: toegewezen") << CaseState::Identificatie << Outcome::Toegewezen << none
                                 << QString() << on << 0 << QString() << false;
    row("failed id: deels-toegewezen") << CaseState::Identificatie << Outcome::DeelsToegewezen
                                       << art12 << why << on << 0 << QString() << false;
    row("failed id: afgewezen") << CaseState::Identificatie << Outcome::Afgewezen << art12 << why
                                << on << 0 << QString() << false;
    row("failed id: niet-ontvankelijk") << CaseState::Identificatie << Outcome::NietInBehandeling
                                        << none << QString() << on << 0 << QString() << true;
    row("failed id: ingetrokken") << CaseState::Identificatie << Outcome::Ingetrokken << none
                                  << QString() << on << 0 << QString() << true;
    // Never identified: a decision on the request says why identity was not in doubt.
    row("no id: toegewezen without reason") << CaseState::Ontvangen << Outcome::Toegewezen << none
                                            << QString() << on << -1 << QString() << false;
    row("no id: toegewezen with blank reason") << CaseState::Ontvangen << Outcome::Toegewezen
                                               << none << QString() << on << -1 << u"  "_s << false;
    row("no id: afgewezen without reason") << CaseState::Ontvangen << Outcome::Afgewezen << art12
                                           << why << on << -1 << QString() << false;
    row("no id: afgewezen with reason")
        << CaseState::Ontvangen << Outcome::Afgewezen << art12 << why << on << -1 << known << true;
    row("no id: deels-toegewezen with reason") << CaseState::Ontvangen << Outcome::DeelsToegewezen
                                               << art12 << why << on << -1 << known << true;
    row("only requested: toegewezen without reason")
        << CaseState::Identificatie << Outcome::Toegewezen << none << QString() << on << 2
        << QString() << false;
    row("only requested: toegewezen with reason") << CaseState::Identificatie << Outcome::Toegewezen
                                                  << none << QString() << on << 2 << known << true;
    row("no id: ingetrokken with a reason") << CaseState::Ontvangen << Outcome::Ingetrokken << none
                                            << QString() << on << -1 << known << false;
    row("no id: niet-ontvankelijk with a reason")
        << CaseState::Identificatie << Outcome::NietInBehandeling << none << QString() << on << 2
        << known << false;
    row("identified: toegewezen with a reason") << CaseState::InBehandeling << Outcome::Toegewezen
                                                << none << QString() << on << 1 << known << false;
}

void TestCaseWorkflow::complete()
{
    QFETCH(CaseState, state);
    QFETCH(Outcome, outcome);
    QFETCH(QList<RefusalGround>, grounds);
    QFETCH(QString, motivation);
    QFETCH(QDate, answered);
    QFETCH(int, identification);
    QFETCH(QString, noIdReason);
    QFETCH(bool, allowed);
    Case c = caseIn(state);
    if (identification >= 0)
        c.identification.requested = received.addDays(1);
    if (identification == 0 || identification == 1) {
        c.identification.received = received.addDays(3);
        c.identification.method = IdMethod::Balie;
        c.identification.succeeded = identification == 1;
    }
    Completion done;
    done.outcome = outcome;
    done.grounds = grounds;
    done.motivation = motivation;
    // A partial grant says what was done, except in the row that leaves it out.
    if (outcome == Outcome::DeelsToegewezen
        && !QByteArray(QTest::currentDataTag()).contains("without what was done"))
        done.granted = u"Het overzicht zonder de meldingen van buren."_s;
    done.noIdentificationReason = noIdReason;
    done.answered = answered;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), allowed);
    QCOMPARE(CaseWorkflow::needsIdentificationReason(c, outcome),
             identification == -1 || identification == 2
                 ? outcome != Outcome::Ingetrokken && outcome != Outcome::NietInBehandeling
                 : false);
}

void TestCaseWorkflow::completeDirectMarketing()
{
    Case c = caseIn(CaseState::InBehandeling);
    c.identification.received = received.addDays(2);
    c.identification.method = IdMethod::Portaal;
    c.identification.succeeded = true;
    Completion done;
    done.outcome = Outcome::Toegewezen;
    done.answered = received.addDays(10);
    done.directMarketing = true;
    // Only an objection can be against direct marketing.
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    c.types = { RequestType::Inzage, RequestType::Bezwaar };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    // And then art. 21(1) cannot refuse it; art. 12(5) still can.
    done.outcome = Outcome::Afgewezen;
    done.motivation = u"Toelichting"_s;
    done.grounds = { RefusalGround::Art21Dwingend };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.grounds = { RefusalGround::Art12_5 };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    done.directMarketing = false;
    done.grounds = { RefusalGround::Art21Dwingend };
    // Refused as a whole, each kind needs a ground that fits it: art. 21(1) cannot refuse the
    // inzage; with art. 15(4) beside it, it can.
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.grounds = { RefusalGround::Art15_4, RefusalGround::Art21Dwingend };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
}

// A full grant may say what was done (a rectification's old → new value), a refusal
// not; the data that changed belongs only to a granted rectification, erasure or restriction.
void TestCaseWorkflow::completeSaysWhatWasDone()
{
    Case c = identifiedCase({ RequestType::Rectificatie });
    Completion done;
    done.outcome = Outcome::Toegewezen;
    done.answered = received.addDays(10);
    done.granted = u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s;
    done.changedData = { DataCategory::Contact };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    QString problem;
    QCOMPARE(CaseWorkflow::decisionsFor(c, done, &problem).value(0).granted, done.granted);
    done.outcome = Outcome::Afgewezen;
    done.grounds = { RefusalGround::Art12_5 };
    done.motivation = u"Herhaald verzoek"_s;
    done.changedData.clear();
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.granted.clear();
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    // Nothing changed in a refusal, nor in an inzage.
    done.changedData = { DataCategory::Contact };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    c.types = { RequestType::Inzage };
    done = Completion {};
    done.outcome = Outcome::Toegewezen;
    done.answered = received.addDays(10);
    done.changedData = { DataCategory::Naw };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
}

// What an objection was about is recorded and decided per subject, matching the
// objection's outcome; against direct marketing the marketing subjects always stop.
void TestCaseWorkflow::completeObjectionSubjects()
{
    Case c = identifiedCase({ RequestType::Bezwaar });
    Completion done;
    done.outcome = Outcome::Toegewezen;
    done.answered = received.addDays(10);
    done.directMarketing = true;
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::ReclameTelefoon, {}, true } };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    // "Other" needs its words; a subject twice is refused.
    done.objection << ObjectionPart { ObjectionSubject::Overig, u"  "_s, true };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.objection.last().text = u"Verjaardagskaarten"_s;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    done.objection << ObjectionPart { ObjectionSubject::Nieuwsbrief, {}, true };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.objection.removeLast();
    // A subject that goes on makes the objection partly granted, with its reasons.
    done.objection.last().stopped = false;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.outcome = Outcome::DeelsToegewezen;
    done.grounds = { RefusalGround::Art12_5 };
    done.motivation = u"De kaarten sturen wij namens de huurdersvereniging."_s;
    done.granted = u"Nieuwsbrief en telefonische reclame gestopt."_s;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    // Marketing never goes on after an objection to it (art. 21(3)), marked as against direct
    // marketing or not: the newsletter is direct marketing by what it is.
    done.objection.first().stopped = false;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    done.directMarketing = false;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    QVERIFY(CaseWorkflow::againstMarketing(done));
    done.objection.first().stopped = true;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    // Only an objection has subjects.
    c.types = { RequestType::Inzage };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
}

// An objection to the newsletter and to the disclosure to the bailiff: the newsletter stops
// because art. 21(3) says so, the disclosure goes on after weighing under art. 21(1). The
// objection stays recorded as against direct marketing, and art. 21(1) refuses its other part.
void TestCaseWorkflow::completeMixedObjection()
{
    Case c = identifiedCase({ RequestType::Bezwaar });
    Completion done;
    done.answered = received.addDays(10);
    done.directMarketing = true;
    done.outcome = Outcome::DeelsToegewezen;
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::Deurwaarder, {}, false },
                       { ObjectionSubject::Overlast, {}, false } };
    done.grounds = { RefusalGround::Art21Dwingend };
    done.motivation = u"De huurachterstand is na drie aanmaningen niet betaald."_s;
    done.granted = u"U ontvangt onze nieuwsbrief niet meer."_s;
    QVERIFY(CaseWorkflow::weighedPart(done.objection));
    QVERIFY(!CaseWorkflow::onlyAbsolute(done));
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    QString problem;
    const QList<TypeDecision> decisions = CaseWorkflow::decisionsFor(c, done, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(decisions.value(0).grounds, QList<RefusalGround> { RefusalGround::Art21Dwingend });
    // With only the marketing left, nothing is weighed: art. 21(1) refuses none of it.
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::ReclameMail, {}, true } };
    done.outcome = Outcome::Afgewezen;
    done.granted.clear();
    QVERIFY(CaseWorkflow::onlyAbsolute(done));
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
    // The sector's subjects are weighed, never absolute.
    for (ObjectionSubject subject : { ObjectionSubject::Enquetes, ObjectionSubject::Deurwaarder,
                                      ObjectionSubject::Overlast, ObjectionSubject::Cameratoezicht,
                                      ObjectionSubject::Samenwerking, ObjectionSubject::Overig })
        QVERIFY2(!(ObjectionPart { subject, {}, true }.marketing()),
                 qPrintable(codes::code(subject)));
}

// A rectification refused because what is recorded is right: art. 16, not art. 12(5).
void TestCaseWorkflow::completeRectificationAccurate()
{
    Case c = identifiedCase({ RequestType::Rectificatie });
    Completion done;
    done.answered = received.addDays(10);
    done.outcome = Outcome::Afgewezen;
    done.grounds = { RefusalGround::Art16 };
    done.motivation = u"De ingangsdatum staat zo in de ondertekende huurovereenkomst."_s;
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), true);
    c.types = { RequestType::Verwijdering };
    checkVerdict(CaseWorkflow::checkComplete(c, done, today), false);
}

void TestCaseWorkflow::completePerKind_data()
{
    QTest::addColumn<QList<TypeDecision>>("decisions");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("problem"); // a word of the refusal, or empty when allowed
    const QString why = u"De huurachterstand is nog niet betaald."_s;
    const QString erased = u"Uw inschrijving als woningzoekende."_s;
    const TypeDecision inzage { RequestType::Inzage, Outcome::Toegewezen, {}, {}, {} };
    const TypeDecision erasurePart { RequestType::Verwijdering,
                                     Outcome::DeelsToegewezen,
                                     { RefusalGround::Art17_3b },
                                     why,
                                     erased };
    QTest::newRow("inzage granted, erasure in part")
        << QList<TypeDecision> { inzage, erasurePart } << Outcome::DeelsToegewezen << QString();
    QTest::newRow("summary must agree")
        << QList<TypeDecision> { inzage, erasurePart } << Outcome::Toegewezen << u"not"_s;
    QTest::newRow("a kind left out")
        << QList<TypeDecision> { inzage } << Outcome::Toegewezen << u"erasure"_s;
    QTest::newRow("a kind twice") << QList<TypeDecision> { inzage, inzage, erasurePart }
                                  << Outcome::DeelsToegewezen << u"twice"_s;
    QTest::newRow("a kind not asked for") << QList<TypeDecision> {
        inzage, erasurePart, { RequestType::Bezwaar, Outcome::Toegewezen, {}, {}, {} }
    } << Outcome::DeelsToegewezen << u"objection"_s;
    QTest::newRow("art. 15(4) cannot refuse an erasure") << QList<TypeDecision> {
        inzage,
        { RequestType::Verwijdering, Outcome::Afgewezen, { RefusalGround::Art15_4 }, why, {} }
    } << Outcome::DeelsToegewezen << u"15"_s;
    QTest::newRow("art. 17(3)(b) cannot refuse an inzage") << QList<TypeDecision> {
        { RequestType::Inzage, Outcome::Afgewezen, { RefusalGround::Art17_3b }, why, {} },
        erasurePart
    } << Outcome::DeelsToegewezen << u"17"_s;
    QTest::newRow("partial erasure without what was erased")
        << QList<TypeDecision> { inzage,
                                 { RequestType::Verwijdering,
                                   Outcome::DeelsToegewezen,
                                   { RefusalGround::Art17_3b },
                                   why,
                                   {} } }
        << Outcome::DeelsToegewezen << u"erased"_s;
    QTest::newRow("partial erasure without reasons")
        << QList<TypeDecision> { inzage,
                                 { RequestType::Verwijdering,
                                   Outcome::DeelsToegewezen,
                                   { RefusalGround::Art17_3b },
                                   {},
                                   erased } }
        << Outcome::DeelsToegewezen << u"12(4)"_s;
    QTest::newRow("granted kind with grounds") << QList<TypeDecision> {
        { RequestType::Inzage, Outcome::Toegewezen, { RefusalGround::Art12_5 }, {}, {} },
        erasurePart
    } << Outcome::DeelsToegewezen << u"Grounds"_s;
    QTest::newRow("withdrawn is not a part")
        << QList<TypeDecision> { { RequestType::Inzage, Outcome::Ingetrokken, {}, {}, {} },
                                 erasurePart }
        << Outcome::DeelsToegewezen << u"withdrawal"_s;
    QTest::newRow("both refused") << QList<TypeDecision> {
        { RequestType::Inzage, Outcome::Afgewezen, { RefusalGround::Art12_5 }, why, {} },
        { RequestType::Verwijdering, Outcome::Afgewezen, { RefusalGround::Art17_3e }, why, {} }
    } << Outcome::Afgewezen << QString();
}

void TestCaseWorkflow::completePerKind()
{
    QFETCH(QList<TypeDecision>, decisions);
    QFETCH(Outcome, outcome);
    QFETCH(QString, problem);
    Case c = caseIn(CaseState::InBehandeling);
    c.types = { RequestType::Inzage, RequestType::Verwijdering };
    c.identification.received = received.addDays(2);
    c.identification.method = IdMethod::Balie;
    c.identification.succeeded = true;
    Completion done;
    done.outcome = outcome;
    done.decisions = decisions;
    done.answered = received.addDays(20);
    const QString verdict = CaseWorkflow::checkComplete(c, done, today);
    if (problem.isEmpty()) {
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QString none;
        const QList<TypeDecision> recorded = CaseWorkflow::decisionsFor(c, done, &none);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).type, RequestType::Inzage);
        QCOMPARE(CaseWorkflow::summary(recorded), outcome);
    } else {
        checkVerdict(verdict, false);
        QVERIFY2(verdict.contains(problem, Qt::CaseInsensitive), qPrintable(verdict));
    }
}

// Nothing goes to a representative without the mandate (or the court's decision) in hand: a
// grant in full, in part or of one kind waits for it; a refusal does not, and a request closed
// without it never says the mandate is still to be asked for.
void TestCaseWorkflow::completeNeedsTheMandateInHand()
{
    Case c = identifiedCase({ RequestType::Inzage, RequestType::Verwijdering });
    c.representative = u"mr. P. Hendriks"_s;
    c.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    Completion granted;
    granted.outcome = Outcome::Toegewezen;
    granted.answered = today;
    const QString refusal = CaseWorkflow::checkComplete(c, granted, today);
    checkVerdict(refusal, false);
    QVERIFY2(refusal.contains(u"mr. P. Hendriks"_s), qPrintable(refusal));
    Completion onePart = granted;
    onePart.outcome = Outcome::DeelsToegewezen;
    onePart.decisions = { TypeDecision { RequestType::Inzage, Outcome::Toegewezen, {}, {}, {} },
                          TypeDecision { RequestType::Verwijdering,
                                         Outcome::Afgewezen,
                                         { RefusalGround::Art17_3b },
                                         u"Wettelijke plicht"_s,
                                         {} } };
    checkVerdict(CaseWorkflow::checkComplete(c, onePart, today), false);
    Completion refused = granted;
    refused.outcome = Outcome::Afgewezen;
    refused.grounds = { RefusalGround::Art12_5 };
    refused.motivation = u"Kennelijk ongegrond"_s;
    checkVerdict(CaseWorkflow::checkComplete(c, refused, today), true);

    Case closed = c;
    closed.state = CaseState::Afgerond;
    closed.outcome = Outcome::Afgewezen;
    const QString text = CaseWorkflow::mandatePauseText(closed, deadlinesFor(closed, {}).all);
    QVERIFY2(!text.contains(u"Not yet requested"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Not received"_s), qPrintable(text));

    c.mandate.received = received.addDays(3);
    checkVerdict(CaseWorkflow::checkComplete(c, granted, today), true);
    checkVerdict(CaseWorkflow::checkComplete(c, onePart, today), true);
}

void TestCaseWorkflow::completeWholeOfCombined()
{
    // Given for the whole, a combined request is split per kind: the grounds go to the kinds
    // they fit, a kind no ground fits is granted in full when the request is granted in part.
    Case c = caseIn(CaseState::InBehandeling);
    c.types = { RequestType::Inzage, RequestType::Verwijdering };
    c.identification.received = received.addDays(2);
    c.identification.method = IdMethod::Balie;
    c.identification.succeeded = true;
    Completion done;
    done.outcome = Outcome::DeelsToegewezen;
    done.grounds = { RefusalGround::Art17_3b };
    done.motivation = u"De huurachterstand is nog niet betaald."_s;
    done.granted = u"Uw inschrijving als woningzoekende."_s;
    done.answered = received.addDays(20);
    QString problem;
    const QList<TypeDecision> parts = CaseWorkflow::decisionsFor(c, done, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).outcome, Outcome::Toegewezen);
    QVERIFY(parts.at(0).grounds.isEmpty());
    QVERIFY(parts.at(0).motivation.isEmpty());
    QCOMPARE(parts.at(1).outcome, Outcome::DeelsToegewezen);
    QCOMPARE(parts.at(1).grounds, QList<RefusalGround> { RefusalGround::Art17_3b });
    QCOMPARE(parts.at(1).granted, done.granted);
    // Refused as a whole on art. 12(5): each kind refused on it.
    done.outcome = Outcome::Afgewezen;
    done.grounds = { RefusalGround::Art12_5 };
    done.granted.clear();
    const QList<TypeDecision> refused = CaseWorkflow::decisionsFor(c, done, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.at(1).outcome, Outcome::Afgewezen);
    QCOMPARE(refused.at(1).grounds, QList<RefusalGround> { RefusalGround::Art12_5 });
    // A request of before schema 15 reads the same way.
    c.outcome = Outcome::DeelsToegewezen;
    c.refusalGrounds = { RefusalGround::Art17_3b };
    c.motivation = done.motivation;
    QCOMPARE(CaseWorkflow::decisionsOf(c).size(), 2);
    QCOMPARE(CaseWorkflow::decisionsOf(c).at(0).outcome, Outcome::Toegewezen);
    QCOMPARE(CaseWorkflow::decisionsOf(c).at(1).outcome, Outcome::DeelsToegewezen);
}

void TestCaseWorkflow::stateAfter_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<bool>("needsGrounds");
    QTest::newRow("toegewezen") << Outcome::Toegewezen << CaseState::Afgerond << false;
    QTest::newRow("deels-toegewezen") << Outcome::DeelsToegewezen << CaseState::Afgerond << true;
    QTest::newRow("afgewezen") << Outcome::Afgewezen << CaseState::Afgerond << true;
    QTest::newRow("ingetrokken") << Outcome::Ingetrokken << CaseState::Ingetrokken << false;
    QTest::newRow("niet-ontvankelijk")
        << Outcome::NietInBehandeling << CaseState::NietInBehandeling << false;
}

void TestCaseWorkflow::stateAfter()
{
    QFETCH(Outcome, outcome);
    QFETCH(CaseState, state);
    QFETCH(bool, needsGrounds);
    QCOMPARE(CaseWorkflow::stateAfter(outcome), state);
    QVERIFY(!isOpen(CaseWorkflow::stateAfter(outcome)));
    QCOMPARE(CaseWorkflow::needsGrounds(outcome), needsGrounds);
    // Every refusal or partial grant states its reasons in words (art. 12(4) GDPR).
    QCOMPARE(CaseWorkflow::needsMotivation(outcome), needsGrounds);
}

void TestCaseWorkflow::reopen_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    const QString why = u"Betrokkene meldt dat de inzage onvolledig was"_s;
    QTest::newRow("afgerond") << CaseState::Afgerond << why << true;
    QTest::newRow("ingetrokken") << CaseState::Ingetrokken << why << true;
    QTest::newRow("niet-ontvankelijk") << CaseState::NietInBehandeling << why << true;
    QTest::newRow("afgerond, no reason") << CaseState::Afgerond << QString() << false;
    QTest::newRow("afgerond, blank reason") << CaseState::Afgerond << u"   "_s << false;
    QTest::newRow("ontvangen") << CaseState::Ontvangen << why << false;
    QTest::newRow("identificatie") << CaseState::Identificatie << why << false;
    QTest::newRow("in behandeling") << CaseState::InBehandeling << why << false;
}

void TestCaseWorkflow::reopen()
{
    QFETCH(CaseState, state);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    checkVerdict(CaseWorkflow::checkReopen(caseIn(state), reason), allowed);
}

void TestCaseWorkflow::note_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("text") << u"Teruggebeld, verzoek toegelicht"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u" \n\t "_s << false;
}

void TestCaseWorkflow::note()
{
    QFETCH(QString, text);
    QFETCH(bool, allowed);
    checkVerdict(CaseWorkflow::checkNote(caseIn(CaseState::InBehandeling), text), allowed);
}

void TestCaseWorkflow::deadlinesNotExtended_data()
{
    QTest::addColumn<QDate>("receivedOn");
    QTest::addColumn<QDate>("current");
    QTest::addColumn<Binding>("binding");
    // domain.md: 1 Feb 2026 → one month is Sunday 1 March → 2 March; 30 days → 3 March.
    QTest::newRow("1 Feb 2026: legal binds")
        << QDate(2026, 2, 1) << QDate(2026, 3, 2) << Binding::Legal;
    // 2 March 2026 → 2 April (Thursday) legally; 30 days → 1 April.
    QTest::newRow("2 Mar 2026: policy binds")
        << QDate(2026, 3, 2) << QDate(2026, 4, 1) << Binding::Policy;
    // 1 Sep 2026 → 1 Oct both ways: a tie goes to the legal deadline.
    QTest::newRow("1 Sep 2026: tie, legal")
        << QDate(2026, 9, 1) << QDate(2026, 10, 1) << Binding::Legal;
}

void TestCaseWorkflow::deadlinesNotExtended()
{
    QFETCH(QDate, receivedOn);
    QFETCH(QDate, current);
    QFETCH(Binding, binding);
    Case c = caseIn(CaseState::Ontvangen);
    c.receivedDate = receivedOn;
    const CaseDeadlines d = deadlinesFor(c, DeadlinePolicy());
    QCOMPARE(d.current, current);
    QCOMPARE(d.current, d.all.effective);
    QCOMPARE(d.currentBinding, binding);
    QCOMPARE(d.extensionLegallyLate, false);
    const Deadlines direct = computeDeadlines({ receivedOn, {}, {} }, DeadlinePolicy());
    QCOMPARE(d.all.legal, direct.legal);
    QCOMPARE(d.all.policy, direct.policy);
    QCOMPARE(d.all.effective, direct.effective);
}

void TestCaseWorkflow::extension_data()
{
    QTest::addColumn<QDate>("notified");
    QTest::addColumn<bool>("late");
    QTest::addColumn<QDate>("current");
    QTest::addColumn<Binding>("binding");
    // Received 1 Feb 2026: legal 2 March (moved from Sunday 1 March); extended legal 1 May
    // (three months as one period); extended policy 2 April (60 days); so a valid extension
    // runs to 2 April, bound by the policy.
    QTest::newRow("told in the first week")
        << QDate(2026, 2, 5) << false << QDate(2026, 4, 2) << Binding::Policy;
    QTest::newRow("told on the unmoved date")
        << QDate(2026, 3, 1) << false << QDate(2026, 4, 2) << Binding::Policy;
    QTest::newRow("told on the legal deadline")
        << QDate(2026, 3, 2) << false << QDate(2026, 4, 2) << Binding::Policy;
    // One day late: the extension is not legally valid; the one-month deadline still counts.
    QTest::newRow("told a day late")
        << QDate(2026, 3, 3) << true << QDate(2026, 3, 2) << Binding::Legal;
    QTest::newRow("told weeks late")
        << QDate(2026, 3, 20) << true << QDate(2026, 3, 2) << Binding::Legal;
}

void TestCaseWorkflow::extension()
{
    QFETCH(QDate, notified);
    QFETCH(bool, late);
    QFETCH(QDate, current);
    QFETCH(Binding, binding);
    Case c = caseIn(CaseState::InBehandeling);
    c.receivedDate = QDate(2026, 2, 1);
    const CaseDeadlines before = deadlinesFor(c, DeadlinePolicy());
    QCOMPARE(before.current, QDate(2026, 3, 2));
    QCOMPARE(before.all.legalExtended, QDate(2026, 5, 1));
    QCOMPARE(before.all.policyExtended, QDate(2026, 4, 2));
    QCOMPARE(before.all.effectiveExtended, QDate(2026, 4, 2));

    c.extended = true;
    c.extensionReason = u"Gegevens bij drie afdelingen"_s;
    c.extensionNotified = notified;
    const CaseDeadlines d = deadlinesFor(c, DeadlinePolicy());
    QCOMPARE(d.extensionLegallyLate, late);
    QCOMPARE(d.current, current);
    QCOMPARE(d.currentBinding, binding);
    if (late) {
        QVERIFY(d.current != d.all.legalExtended);
        QVERIFY(d.current != d.all.effectiveExtended);
    } else {
        QCOMPARE(d.current, d.all.effectiveExtended);
    }
    // The calendar itself does not change with the notice; only which date counts.
    QCOMPARE(d.all.legal, before.all.legal);
    QCOMPARE(d.all.legalExtended, before.all.legalExtended);
    QCOMPARE(d.all.effectiveExtended, before.all.effectiveExtended);
}

void TestCaseWorkflow::lateExtensionKeepsTheLegalDeadline()
{
    // With a short policy (1 week + 1 week) the extended policy date lies before the legal
    // one: a late notice then leaves the policy date binding, never the extended legal one. Told
    // after the own deadline too, it does not extend that one either (ieder1).
    DeadlinePolicy shortPolicy;
    shortPolicy.base = { 1, PeriodUnit::Weeks };
    shortPolicy.extension = { 1, PeriodUnit::Weeks };
    Case c = caseIn(CaseState::InBehandeling);
    c.receivedDate = QDate(2026, 3, 2);
    c.extended = true;
    c.extensionReason = u"Complex verzoek"_s;
    c.extensionNotified = QDate(2026, 4, 7); // legal deadline 2 April
    const CaseDeadlines d = deadlinesFor(c, shortPolicy);
    QCOMPARE(d.all.legal, QDate(2026, 4, 2));
    QCOMPARE(d.all.policyExtended, QDate(2026, 3, 16));
    QVERIFY(d.extensionLegallyLate);
    QVERIFY(d.extensionAfterOwnDeadline);
    QCOMPARE(d.current, QDate(2026, 3, 9));
    QCOMPARE(d.currentBinding, Binding::Policy);
}

void TestCaseWorkflow::pauseMovesTheOneMonthLimitForTheNotice()
{
    // Received 2 Feb, identification asked 3 Feb and received 10 Feb: seven days' pause, so
    // the legal deadline is 9 March; a notice on 5 March is in time (it would not be without
    // the pause: 2 March).
    Case c = caseIn(CaseState::InBehandeling);
    c.identification.requested = QDate(2026, 2, 3);
    c.identification.received = QDate(2026, 2, 10);
    c.identification.method = IdMethod::Balie;
    c.identification.succeeded = true;
    const CaseDeadlines before = deadlinesFor(c, DeadlinePolicy());
    QCOMPARE(before.all.pauseDays, 7);
    QCOMPARE(before.all.legal, QDate(2026, 3, 9));
    QCOMPARE(before.current, QDate(2026, 3, 9));
    QCOMPARE(before.currentBinding, Binding::Legal);

    c.extended = true;
    c.extensionReason = u"Archief moet worden doorzocht"_s;
    c.extensionNotified = QDate(2026, 3, 5);
    const CaseDeadlines timely = deadlinesFor(c, DeadlinePolicy());
    QVERIFY(!timely.extensionLegallyLate);
    QCOMPARE(timely.current, timely.all.effectiveExtended);

    c.extensionNotified = QDate(2026, 3, 10);
    const CaseDeadlines late = deadlinesFor(c, DeadlinePolicy());
    QVERIFY(late.extensionLegallyLate);
    QCOMPARE(late.current, QDate(2026, 3, 9));
}

// Late against the law and late against the organisation's own policy are counted
// and said apart; an extension without one of the organisation's own moves only the law's.
void TestCaseWorkflow::latenessKeepsBothClocksApart()
{
    QVERIFY(installTranslations(UiLanguage::English)); // plural forms: "1 day", "24 days"
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    Case c;
    c.state = CaseState::InBehandeling;
    c.receivedDate = QDate(2026, 1, 5);
    CaseDeadlines d = deadlinesFor(c, fourWeeks);
    QCOMPARE(d.all.legal, QDate(2026, 2, 5));
    QCOMPARE(d.all.policy, QDate(2026, 2, 2));
    Lateness late = Lateness::of(c, d, QDate(2026, 3, 1));
    QCOMPARE(late.legalDays, 24);
    QCOMPARE(late.policyDays, 27);
    QCOMPARE(late.text(), u"legally 24 days late; own deadline 27 days late"_s);
    // In time for both.
    QVERIFY(!Lateness::of(c, d, QDate(2026, 2, 2)).late());
    QCOMPARE(Lateness::of(c, d, QDate(2026, 2, 2)).text(), QString());
    // Only the own deadline passed.
    late = Lateness::of(c, d, QDate(2026, 2, 4));
    QCOMPARE(late.legalDays, 0);
    QCOMPARE(late.policyDays, 2);
    QCOMPARE(late.text(), u"own deadline 2 days late"_s);
    // Validly extended: the law's clock runs three months, the organisation's stays.
    c.extended = true;
    c.extensionNotified = QDate(2026, 1, 20);
    d = deadlinesFor(c, fourWeeks);
    // The law's extension beyond the own policy: three months from receipt (Easter Sunday
    // 5 April, Easter Monday, so Tuesday 7 April); the own four weeks stay the deadline.
    QVERIFY(d.extensionBeyondOwnPolicy);
    QCOMPARE(d.all.effectiveExtended, QDate(2026, 4, 7));
    QCOMPARE(d.current, QDate(2026, 2, 2));
    late = Lateness::of(c, d, QDate(2026, 3, 1));
    QCOMPARE(late.legalDays, 0);
    QCOMPARE(late.policyDays, 27);
    // Answered: counted on the day of the answer, not today.
    c.state = CaseState::Afgerond;
    c.answeredOn = QDate(2026, 2, 3);
    late = Lateness::of(c, d, QDate(2026, 11, 1));
    QCOMPARE(late.policyDays, 1);
    QCOMPARE(late.text(), u"own deadline 1 day late"_s);
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
