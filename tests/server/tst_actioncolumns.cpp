// What each step of a request's life really changes in its row, recorded through the service on
// a server store, against the server's table of what each action's event may describe
// (pd_audit_action_columns in resources/server/audit.sql). A column the table gives an action
// that no step of it changes would let that event cover a change by hand (a backdated answer
// behind an extension); a column a step changes that the table does not give it would show a
// real step as changed by hand. So the two must be equal, and every step below must leave no
// sql.changed event behind.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
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

private:
    QJsonObject caseRow(const QString &number) const;
    int changedByHand() const;
    // Runs one step on the request and adds the columns of its row that changed to action's.
    void step(const QString &action, const QString &number, const std::function<bool()> &run);
    QString intake(const QList<RequestType> &types, const QString &representative = {});

    ServerStoreFixture m_server;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime::currentDateTimeUtc() };
    std::unique_ptr<CaseService> m_cases;
    QMap<QString, QSet<QString>> m_recorded;
    ServiceError m_error;
};

void TestActionColumns::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    StoreError openError;
    m_store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(m_store, qPrintable(openError.message()));
    m_cases = std::make_unique<CaseService>(*m_store, m_clock);
}

QJsonObject TestActionColumns::caseRow(const QString &number) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT to_jsonb(c)::text FROM cases c WHERE number = ?"_s);
    query.addBindValue(number);
    if (!query.exec() || !query.next()) {
        qWarning("the request's row: %s", qPrintable(query.lastError().text()));
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

void TestActionColumns::step(const QString &action, const QString &number,
                             const std::function<bool()> &run)
{
    const QJsonObject before = caseRow(number);
    QVERIFY(!before.isEmpty());
    const int byHand = changedByHand();
    QVERIFY2(run(), qPrintable(action + u": "_s + m_error.message));
    const QJsonObject after = caseRow(number);
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            m_recorded[action].insert(it.key());
    }
    QVERIFY2(m_recorded.contains(action), qPrintable(action + u" changed nothing"_s));
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
    const std::optional<Case> c = m_cases->add(request, false, &m_error);
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
                               false, &e);
    });
    step(u"case.note_added"_s, rectification, [&] {
        return m_cases->addNote(rectification, u"Gebeld met de gemachtigde"_s, false, &e);
    });
    Completion granted = completion(Outcome::Toegewezen, today.addDays(-2), u"brief"_s);
    granted.granted = u"Telefoonnummer aangepast"_s;
    granted.changedData = { DataCategory::Contact };
    step(u"case.completed"_s, rectification,
         [&] { return m_cases->complete(rectification, granted, false, &e); });
    // A closed request keeps the deadline it was judged by; its next change takes the policy
    // in force.
    DeadlinePolicy shorter;
    shorter.base = { 3, PeriodUnit::Weeks };
    QVERIFY2(m_cases->setPolicy(shorter, &e), qPrintable(e.message));
    step(u"case.reopened"_s, rectification, [&] {
        return m_cases->reopen(rectification, u"Nieuwe informatie van de huurder"_s, false, &e);
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
         [&] { return m_cases->complete(objection, stopped, false, &e); });
    step(u"case.reopened"_s, objection, [&] {
        return m_cases->reopen(objection, u"De huurder wil toch de nieuwsbrief"_s, false, &e);
    });

    // An inzage refused without identification, with its grounds and reasons.
    const QString refused = intake({ RequestType::Inzage });
    QVERIFY(!refused.isEmpty());
    step(u"case.completed"_s, refused, [&] {
        return m_cases->complete(refused,
                                 completion(Outcome::Afgewezen, today, u"brief"_s,
                                            { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s,
                                            knownDataSubject),
                                 false, &e);
    });
    QVERIFY2(m_cases->setPolicy(DeadlinePolicy {}, &e), qPrintable(e.message));
    step(u"case.note_added"_s, refused,
         [&] { return m_cases->addNote(refused, u"Na de beslissing"_s, false, &e); });
    step(u"case.reopened"_s, refused,
         [&] { return m_cases->reopen(refused, u"Toch in behandeling"_s, false, &e); });

    // Portability straight to another controller (art. 20(2)).
    const QString portability = intake({ RequestType::Overdraagbaarheid });
    QVERIFY(!portability.isEmpty());
    step(u"case.transmit_to_set"_s, portability, [&] {
        return m_cases->setTransmitTo(
            portability, { u"Woonstichting Elders"_s, u"privacy@elders.example"_s }, false, &e);
    });

    // The table, action by action, equals what the steps changed; the deadline only where the
    // policy in force moved it (shown above for a note and a reopening).
    QVERIFY(m_recorded.value(u"case.note_added"_s).contains(u"deadline_effective"_s));
    QVERIFY(m_recorded.value(u"case.reopened"_s).contains(u"deadline_effective"_s));
    for (auto it = m_recorded.cbegin(); it != m_recorded.cend(); ++it) {
        // The table is the server's own (no login may call it): read as the superuser.
        QStringList rows;
        QString error;
        QVERIFY2(m_server.cluster().execAsSuperuser(
                     { u"SELECT array_to_json(privacydesk.pd_audit_action_columns('cases', "
                       "'%1'))::text"_s.arg(it.key()) },
                     &error, QLatin1StringView(ServerStoreFixture::database), &rows),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QSet<QString> table;
        for (const QJsonValue &column : QJsonDocument::fromJson(rows.first().toUtf8()).array())
            table.insert(column.toString());
        QSet<QString> recorded = it.value();
        recorded.unite(bookkeeping);
        QStringList tableList(table.cbegin(), table.cend());
        QStringList recordedList(recorded.cbegin(), recorded.cend());
        tableList.sort();
        recordedList.sort();
        QCOMPARE(u"%1: %2"_s.arg(it.key(), tableList.join(u", "_s)),
                 u"%1: %2"_s.arg(it.key(), recordedList.join(u", "_s)));
    }
    // Every step of the life cycle the table tells apart was taken.
    QCOMPARE(m_recorded.size(), 9);
}

QTEST_GUILESS_MAIN(TestActionColumns)
#include "tst_actioncolumns.moc"
