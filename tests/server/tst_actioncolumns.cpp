// What each step of a request's life really changes in its row, recorded through the service on
// a server store, against the server's table of what each action's event may describe
// (pd_audit_action_columns in resources/server/audit.sql). A column the table gives an action
// that no step of it changes would let that event cover a change by hand (a backdated answer
// behind an extension); a column a step changes that the table does not give it would show a
// real step as changed by hand. So the two must be equal, and every step below must leave no
// sql.changed event behind.

#include "RecipientSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "cases/PersonCorrections.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

namespace {

// Columns any change through CaseService::applyChange may write, whatever its step: when and
// which version, and the deadline under the policy in force.
const QSet<QString> bookkeeping { u"updated_at"_s, u"version"_s, u"deadline_effective"_s };

} // namespace

class TestActionColumns final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachStepChangesWhatItsEventMayDescribe();
    void eachCorrectionOfAPersonChangesWhatItsEventMayDescribe();
    void eachStepOfABreachChangesWhatItsEventMayDescribe();

private:
    // The row of table whose key column holds value, as JSON.
    QJsonObject rowOf(const QString &table, const QString &key, const QVariant &value) const;
    int changedByHand() const;
    // Runs one step and adds the columns of the row that changed to those of the action on
    // that table (m_recorded's key: "table action").
    void stepOn(const QString &table, const QString &key, const QVariant &value,
                const QString &action, const std::function<bool()> &run);
    void step(const QString &action, const QString &number, const std::function<bool()> &run)
    {
        stepOn(u"cases"_s, u"number"_s, number, action, run);
    }
    void personStep(const QString &action, qint64 id, const std::function<bool()> &run)
    {
        stepOn(u"persons"_s, u"id"_s, id, action, run);
    }
    void breachStep(const QString &action, const QString &number, const std::function<bool()> &run)
    {
        m_clock.advanceSecs(60); // every step writes its moment: updated_at changes too
        stepOn(u"breaches"_s, u"number"_s, number, action, run);
    }
    QString intake(const QList<RequestType> &types, const QString &representative = {});
    void requireTheTableEqualsWhatWasRecorded(const QString &table);

    ServerStoreFixture m_server;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { systemNow() };
    std::unique_ptr<CaseService> m_cases;
    QMap<QString, QSet<QString>> m_recorded;
    ServiceError m_error;
};

void TestActionColumns::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    // A second officer, to hand a request over to.
    QVERIFY2(m_server.addUser(u"fenna"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    StoreError openError;
    m_store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(m_store, qPrintable(openError.message()));
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
}

QJsonObject TestActionColumns::rowOf(const QString &table, const QString &key,
                                     const QVariant &value) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT to_jsonb(r)::text FROM %1 r WHERE %2 = ?"_s.arg(table, key));
    query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("the row of %s: %s", qPrintable(table), qPrintable(query.lastError().text()));
        return {};
    }
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

int TestActionColumns::changedByHand() const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestActionColumns::stepOn(const QString &table, const QString &key, const QVariant &value,
                               const QString &action, const std::function<bool()> &run)
{
    const QJsonObject before = rowOf(table, key, value);
    QVERIFY(!before.isEmpty());
    const int byHand = changedByHand();
    QVERIFY2(run(), qPrintable(action + u": "_s + m_error.message));
    const QJsonObject after = rowOf(table, key, value);
    const QString recorded = table + u' ' + action;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            m_recorded[recorded].insert(it.key());
    }
    QVERIFY2(m_recorded.contains(recorded), qPrintable(recorded + u" changed nothing"_s));
    // What the step wrote, its event described.
    QCOMPARE(changedByHand(), byHand);
}

QString TestActionColumns::intake(const QList<RequestType> &types, const QString &representative)
{
    NewCase request;
    static int next = 0;
    request.person.name = u"Huurder %1"_s.arg(++next);
    request.person.relation = Relation::Huurder;
    request.types = types;
    request.channel = Channel::Brief;
    request.receivedDate = m_clock.today().addDays(-20);
    request.handler = adminLogin;
    if (!representative.isEmpty()) {
        request.representative = representative;
        request.representativeMandate = u"schriftelijke machtiging"_s;
    }
    const std::optional<Case> c = m_cases->add(request, BsnCheck::Refuse, &m_error);
    if (!c)
        qWarning("intake: %s", qPrintable(m_error.message));
    return c ? c->number : QString();
}

void TestActionColumns::eachStepChangesWhatItsEventMayDescribe()
{
    const QDate today = m_clock.today();
    ServiceError &e = m_error;

    // A rectification by a representative: mandate, identification, extension, a grant that
    // changed data, a note once the policy changed, and its reopening.
    const QString rectification = intake({ RequestType::Rectificatie }, u"M. de Wit"_s);
    QVERIFY(!rectification.isEmpty());
    step(u"case.mandate_requested"_s, rectification,
         [&] { return m_cases->requestMandate(rectification, today.addDays(-19), &e); });
    step(u"case.mandate_received"_s, rectification,
         [&] { return m_cases->receiveMandate(rectification, today.addDays(-18), &e); });
    step(u"case.identification_requested"_s, rectification,
         [&] { return m_cases->requestIdentification(rectification, today.addDays(-17), &e); });
    step(u"case.identification_received"_s, rectification, [&] {
        return m_cases->receiveIdentification(rectification, today.addDays(-16), IdMethod::Portaal,
                                              true, &e);
    });
    step(u"case.extended"_s, rectification, [&] {
        return m_cases->extend(rectification, u"Veel systemen te doorzoeken"_s, today.addDays(-15),
                               BsnCheck::Refuse, &e);
    });
    step(u"case.note_added"_s, rectification, [&] {
        return m_cases->addNote(rectification, u"Gebeld met de gemachtigde"_s, BsnCheck::Refuse,
                                &e);
    });
    Completion granted = completion(Outcome::Toegewezen, today.addDays(-2), u"brief"_s);
    granted.granted = u"Telefoonnummer aangepast"_s;
    granted.changedData = { DataCategory::Contact };
    step(u"case.completed"_s, rectification,
         [&] { return m_cases->complete(rectification, granted, BsnCheck::Refuse, &e); });
    // A closed request keeps the deadline it was judged by; its next change takes the policy
    // in force.
    DeadlinePolicy shorter;
    shorter.base = { 3, PeriodUnit::Weeks };
    QVERIFY2(m_cases->setPolicy(shorter, &e), qPrintable(e.message));
    step(u"case.reopened"_s, rectification, [&] {
        return m_cases->reopen(rectification, u"Nieuwe informatie van de huurder"_s,
                               BsnCheck::Refuse, &e);
    });

    // An objection against direct marketing, decided per subject.
    const QString objection = intake({ RequestType::Bezwaar });
    QVERIFY(!objection.isEmpty());
    Completion stopped
        = completion(Outcome::Toegewezen, today.addDays(-1), u"e-mail"_s, {}, {}, knownDataSubject);
    stopped.directMarketing = true;
    stopped.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                          { ObjectionSubject::ReclameTelefoon, {}, true } };
    step(u"case.completed"_s, objection,
         [&] { return m_cases->complete(objection, stopped, BsnCheck::Refuse, &e); });
    step(u"case.reopened"_s, objection, [&] {
        return m_cases->reopen(objection, u"De huurder wil toch de nieuwsbrief"_s, BsnCheck::Refuse,
                               &e);
    });

    // An inzage refused without identification, with its grounds and reasons.
    const QString refused = intake({ RequestType::Inzage });
    QVERIFY(!refused.isEmpty());
    step(u"case.completed"_s, refused, [&] {
        return m_cases->complete(refused,
                                 completion(Outcome::Afgewezen, today, u"brief"_s,
                                            { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s,
                                            knownDataSubject),
                                 BsnCheck::Refuse, &e);
    });
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy {}, &e), qPrintable(e.message));
    step(u"case.note_added"_s, refused,
         [&] { return m_cases->addNote(refused, u"Na de beslissing"_s, BsnCheck::Refuse, &e); });
    step(u"case.reopened"_s, refused,
         [&] { return m_cases->reopen(refused, u"Toch in behandeling"_s, BsnCheck::Refuse, &e); });

    // Portability straight to another controller (art. 20(2)).
    const QString portability = intake({ RequestType::Overdraagbaarheid });
    QVERIFY(!portability.isEmpty());
    step(u"case.transmit_to_set"_s, portability, [&] {
        return m_cases->setTransmitTo(portability,
                                      { u"Woonstichting Elders"_s, u"privacy@elders.example"_s },
                                      BsnCheck::Refuse, &e);
    });

    // Another handler takes the request over.
    step(u"case.assigned"_s, portability,
         [&] { return m_cases->assign(portability, u"fenna"_s, &e); });

    // The deadline moves with any step only where the policy in force moved it (shown above for
    // a note and a reopening).
    QVERIFY(m_recorded.value(u"cases case.note_added"_s).contains(u"deadline_effective"_s));
    QVERIFY(m_recorded.value(u"cases case.reopened"_s).contains(u"deadline_effective"_s));
    requireTheTableEqualsWhatWasRecorded(u"cases"_s);
}

// A person's own record, corrected after a request (PersonCorrections) or in the register
// (CaseService): each correction describes what it changes.
void TestActionColumns::eachCorrectionOfAPersonChangesWhatItsEventMayDescribe()
{
    NewCase request;
    request.person.name = u"Jan Verbeek"_s;
    request.person.relation = Relation::Huurder;
    request.person.klantnummer = u"K-4040"_s;
    request.person.phone = u"06 1234 5678"_s;
    request.person.email = u"jan@example.org"_s;
    request.types = { RequestType::Verwijdering, RequestType::Rectificatie };
    request.channel = Channel::Email;
    request.receivedDate = m_clock.today().addDays(-3);
    request.handler = adminLogin;
    const std::optional<Case> c = m_cases->add(request, BsnCheck::Refuse, &m_error);
    QVERIFY2(c, qPrintable(m_error.message));
    const qint64 id = c->person.id;
    ServiceError &e = m_error;
    PersonCorrections corrections(Session { *m_store, m_clock });
    personStep(u"person.updated"_s, id, [&] {
        return corrections.setName(id, u"Jan de Verbeek"_s, {}, BsnCheck::Refuse, &e);
    });
    Person moved;
    moved.street = u"Kerkpad"_s;
    moved.houseNumber = u"12"_s;
    moved.postcode = u"6582 BC"_s;
    moved.city = u"Heumen"_s;
    personStep(u"person.updated"_s, id,
               [&] { return corrections.setAddress(id, moved, {}, BsnCheck::Refuse, &e); });
    personStep(u"person.updated"_s, id, [&] {
        return corrections.eraseFields(id, { PersonField::Phone, PersonField::Email }, {}, &e)
            .has_value();
    });
    personStep(u"person.updated"_s, id, [&] {
        return m_cases->setPersonRelation(id, Relation::ExHuurder, m_clock.today().addDays(-1), &e);
    });
    personStep(u"person.updated"_s, id,
               [&] { return m_cases->setPersonSource(id, u"gemeente"_s, BsnCheck::Refuse, &e); });
    requireTheTableEqualsWhatWasRecorded(u"persons"_s);
}

// A data breach from its report to its reopening (BreachService): each step describes what it
// changes in the breach's own row.
void TestActionColumns::eachStepOfABreachChangesWhatItsEventMayDescribe()
{
    BreachService breaches(Session { *m_store, m_clock });
    ServiceError &e = m_error;
    const QDateTime now = m_clock.now();
    Breach report;
    report.title = u"Mail met huurachterstanden aan verkeerde huurder"_s;
    report.discoveredAt = now.addSecs(-100 * 3600); // the AP told late: with its reason
    report.natures = { BreachNature::Vertrouwelijkheid };
    report.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    report.persons = 1;
    const std::optional<Breach> added = breaches.add(report, BsnCheck::Refuse, &e);
    QVERIFY2(added, qPrintable(e.message));
    const QString number = added->number;

    // Every column of the description changed at once.
    QVERIFY(addRecipient(*m_store, m_clock, u"Mailhoster"_s, RecipientCategory::Verwerker,
                         RecipientRole::Verwerker));
    Breach changed = *added;
    changed.title = u"Overzicht huurachterstanden naar verkeerde huurder"_s;
    changed.description = u"Een overzicht met huurachterstanden ging naar een andere huurder"_s;
    changed.occurredAt = report.discoveredAt.addSecs(-7200);
    changed.discoveredAt = report.discoveredAt.addSecs(-3600);
    changed.persons = 2;
    changed.personsEstimate = true;
    changed.records = 40;
    changed.recordsEstimate = true;
    changed.groupText = u"huurders"_s;
    changed.processorName = u"mailhoster"_s;
    changed.processorToldAt = report.discoveredAt.addSecs(-5400);
    changed.processorToldReason = u"De melding kwam in een mailbox die niemand las"_s;
    changed.measuresBefore = u"Versleutelde verbinding"_s;
    changed.measuresTaken = u"Ontvanger gevraagd de mail te verwijderen"_s;
    changed.consequences = u"Schaamte, mogelijk misbruik"_s;
    changed.subjectsDescription = u"Uw overzicht ging naar een andere huurder"_s;
    changed.subjectsConsequences = u"Iemand weet van uw achterstand"_s;
    changed.subjectsMeasures = u"Wij vroegen de ontvanger het te verwijderen"_s;
    changed.international = u"Geen"_s;
    changed.data << DataCategory::Overig;
    changed.dataText = u"huurachterstand per maand"_s;
    breachStep(u"breach.updated"_s, number,
               [&] { return breaches.update(changed, BsnCheck::Refuse, &e); });
    BreachAssessment assessment;
    // Assessed as no risk first (which decides against both notices), so that each decision
    // after it changes its own columns.
    assessment.risk = BreachRisk::Geen;
    assessment.reasoning = u"Eerst: de ontvanger is een collega-huurder die verwijderde"_s;
    // By another officer, so that the decisions after it change who decided too.
    QString error;
    QVERIFY2(m_server.addUser(u"bram"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    StoreError openError;
    const auto bram = m_server.open(u"bram"_s, officerPassword, &openError);
    QVERIFY2(bram, qPrintable(openError.message()));
    breachStep(u"breach.assessed"_s, number, [&] {
        return BreachService(Session { *bram, m_clock })
            .assess(number, assessment, BsnCheck::Refuse, &e);
    });
    breachStep(u"breach.ap-decided"_s, number, [&] {
        return breaches.recordApDecision(number, true, u"Hoog risico"_s, BsnCheck::Refuse, &e);
    });
    breachStep(u"breach.subjects-decided"_s, number, [&] {
        return breaches.recordSubjectsDecision(number, true, u"Hoog risico"_s, BsnCheck::Refuse,
                                               &e);
    });
    // Assessed again, as high risk: the decisions go back to what the risk says, without the
    // reasons given for them.
    assessment.risk = BreachRisk::HoogRisico;
    assessment.reasoning = u"Toch: financiele gegevens, de ontvanger reageert niet"_s;
    breachStep(u"breach.assessed"_s, number, [&] {
        return BreachService(Session { *bram, m_clock })
            .assess(number, assessment, BsnCheck::Refuse, &e);
    });
    breachStep(u"breach.ap-notified"_s, number, [&] {
        return breaches.notifyAp(number, now, u"M-2026-0001"_s,
                                 u"De omvang werd pas na het weekend duidelijk"_s, BsnCheck::Refuse,
                                 &e);
    });
    // The processor's report recorded afterwards: another processor, earlier, without a reason
    // why it did not make us aware (the 72 hours now run from it), and the delay explained anew.
    QVERIFY(addRecipient(*m_store, m_clock, u"Back-upbedrijf"_s, RecipientCategory::Verwerker,
                         RecipientRole::Verwerker));
    BreachProcessorReport told;
    told.processor = u"Back-upbedrijf"_s;
    told.toldAt = changed.discoveredAt.addSecs(-7200);
    told.reason = QString();
    told.lateReason = u"De back-up meldde het eerder; de omvang bleef onduidelijk"_s;
    breachStep(u"breach.processor-told"_s, number,
               [&] { return breaches.recordProcessorReport(number, told, BsnCheck::Refuse, &e); });
    BreachSubjectsNotice notice;
    notice.on = m_clock.today();
    notice.how = u"brief"_s;
    notice.count = 1;
    breachStep(u"breach.subjects-notified"_s, number,
               [&] { return breaches.notifySubjects(number, notice, BsnCheck::Refuse, &e); });
    // And, the people of a whole complex being many, a public notice after all (art. 34(3)(c)).
    breachStep(u"breach.subjects-notified"_s, number, [&] {
        return breaches.notifySubjects(number,
                                       { m_clock.today(),
                                         u"bericht op de website"_s,
                                         {},
                                         true,
                                         u"Niet alle adressen zijn bekend"_s },
                                       BsnCheck::Refuse, &e);
    });
    BreachFollowUp followUp;
    followUp.at = now;
    followUp.reference = u"M-2026-0001"_s;
    followUp.text = u"Aantal betrokkenen bevestigd"_s;
    breachStep(u"breach.follow-up"_s, number,
               [&] { return breaches.addFollowUp(number, followUp, BsnCheck::Refuse, &e); });
    breachStep(u"breach.closed"_s, number, [&] { return breaches.close(number, &e); });
    breachStep(u"breach.reopened"_s, number, [&] { return breaches.reopen(number, &e); });
    requireTheTableEqualsWhatWasRecorded(u"breaches"_s);
}

void TestActionColumns::requireTheTableEqualsWhatWasRecorded(const QString &table)
{
    int actions = 0;
    for (auto it = m_recorded.cbegin(); it != m_recorded.cend(); ++it) {
        const QString action = it.key().section(u' ', 1);
        if (it.key().section(u' ', 0, 0) != table)
            continue;
        ++actions;
        // The table is the server's own (no login may call it): read as the superuser.
        QStringList rows;
        QString error;
        QVERIFY2(m_server.cluster().execAsSuperuser(
                     { u"SELECT array_to_json(privacydesk.pd_audit_action_columns('%1', "
                       "'%2'))::text"_s.arg(table, action) },
                     &error, QLatin1StringView(ServerStoreFixture::database), &rows),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QSet<QString> columns;
        for (const QJsonValue &column : QJsonDocument::fromJson(rows.first().toUtf8()).array())
            columns.insert(column.toString());
        QSet<QString> recorded = it.value();
        if (table == u"cases"_s && action != u"case.deadline_recomputed"_s)
            recorded.unite(bookkeeping);
        QStringList tableList(columns.cbegin(), columns.cend());
        QStringList recordedList(recorded.cbegin(), recorded.cend());
        tableList.sort();
        recordedList.sort();
        QCOMPARE(u"%1: %2"_s.arg(it.key(), tableList.join(u", "_s)),
                 u"%1: %2"_s.arg(it.key(), recordedList.join(u", "_s)));
    }
    // Every step the table tells apart was taken: of a request 10, of a person 1, of a breach 10
    // (closing and reopening share their columns; a person informed or linked and a follow-up
    // change only updated_at).
    QCOMPARE(actions, table == u"cases"_s ? 10 : table == u"persons"_s ? 1 : 10);
}

QTEST_GUILESS_MAIN(TestActionColumns)
#include "tst_actioncolumns.moc"
