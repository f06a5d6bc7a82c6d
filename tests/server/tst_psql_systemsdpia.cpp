// On a server store: the systems of the processing activities, the systems searched for
// a request and the DPIA register, tried with psql as each of the store's logins. The officers
// (beheerder, functionaris) read and write them, the auditor reads them and writes nothing, the
// phone desk (KCC) can do neither: the grants of resources/server/access.sql, as the desk's
// roles (Permission::EditRegisters, EditCases, ViewRegisters) say.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "registers/Dpia.h"
#include "registers/ProcessingRegister.h"
#include "registers/SystemChecklist.h"
#include "session/Session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

namespace {

const QStringList tables { u"processing_activity_systems"_s, u"case_system_checks"_s, u"dpias"_s };

} // namespace

class TestPsqlSystemsDpia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reads_data();
    void reads();
    void writes_data();
    void writes();
    void byHandIsDescribedAndGuarded();

private:
    ServerStoreFixture m_server;
    qint64 m_caseId = 0;
    qint64 m_activityId = 0;
    QString m_caseNumber;
    QString m_subCode;
};

void TestPsqlSystemsDpia::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    ProcessingActivity a;
    a.purposeCode = u"A"_s;
    a.purpose = u"Leveren van diensten"_s;
    a.subPurpose = u"Verhuur"_s;
    a.name = u"Huurovereenkomsten"_s;
    a.legalBases = { u"b"_s };
    a.subjects = { u"huurders"_s };
    a.dataCategories = { { u"naam"_s, {} } };
    a.systems = { u"ERP"_s };
    ServiceError serviceError;
    const auto added
        = ProcessingRegister(Session { *store }).add(a, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));
    m_activityId = added->id;
    m_subCode = added->subCode;
    NewCase request;
    request.person.name = u"Anna de Wit"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = systemClock().today();
    const auto c = CaseService(Session { *store }).add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(c, qPrintable(serviceError.message));
    m_caseId = c->id;
    m_caseNumber = c->number;
    // Through the desk's own services, as the officer: the rows exist for the reads below.
    QVERIFY2(SystemChecklist(Session { *store })
                 .tick(c->number, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                       BsnCheck::Refuse, &serviceError),
             qPrintable(serviceError.message));
    // Described by case.system_searched, in the officer's own name: not a change by hand
    // (H3 for a request's rows).
    const auto byHand
        = m_server.psql(adminLogin, adminPassword,
                        u"SELECT count(*) FROM privacydesk.audit_events WHERE action = "
                        "'sql.changed' AND entity_id = '%1'"_s.arg(c->number));
    QVERIFY2(byHand.exitCode == 0, qPrintable(byHand.err));
    QCOMPARE(byHand.out.trimmed(), u"0"_s);
    Dpia d;
    d.activityCode = added->subCode;
    d.needed = false;
    d.reason = u"Geen criteria"_s;
    QVERIFY2(DpiaRegister(Session { *store }).add(d, BsnCheck::Refuse, &serviceError),
             qPrintable(serviceError.message));
    // Described by dpia.created, in the officer's own name (H3 for DPIAs).
    const auto dpiaByHand
        = m_server.psql(adminLogin, adminPassword,
                        u"SELECT count(*) FROM privacydesk.audit_events WHERE action = "
                        "'sql.changed' AND entity_type = 'dpia'"_s);
    QVERIFY2(dpiaByHand.exitCode == 0, qPrintable(dpiaByHand.err));
    QCOMPARE(dpiaByHand.out.trimmed(), u"0"_s);
}

void TestPsqlSystemsDpia::reads_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("allowed");
    for (const QString &table : tables) {
        for (const auto &[login, allowed] :
             { std::pair { adminLogin, true }, std::pair { u"fenna"_s, true },
               std::pair { u"anna"_s, true }, std::pair { u"karel"_s, false } })
            QTest::addRow("%s reads %s", qPrintable(login), qPrintable(table))
                << login << table << allowed;
    }
}

void TestPsqlSystemsDpia::reads()
{
    QFETCH(QString, login);
    QFETCH(QString, table);
    QFETCH(bool, allowed);
    const auto result = m_server.psql(login, rolePasswords().value(login),
                                      u"SELECT count(*) FROM privacydesk.%1"_s.arg(table));
    if (allowed) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out.trimmed(), u"1"_s);
    } else {
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(u"permission denied"_s), qPrintable(result.err));
    }
}

void TestPsqlSystemsDpia::writes_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const auto rows = [this](const QString &login, bool allowed) {
        const QByteArray who = login.toUtf8();
        const QString activity = QString::number(m_activityId);
        const QString request = QString::number(m_caseId);
        QTest::addRow("%s writes a system", who.constData())
            << login
            << u"INSERT INTO privacydesk.processing_activity_systems (activity_id, position, "
               "name) SELECT %1, max(position) + 1, 'Mailbox %2' FROM "
               "privacydesk.processing_activity_systems WHERE activity_id = %1"_s.arg(activity,
                                                                                      login)
            << allowed;
        QTest::addRow("%s ticks a system", who.constData())
            << login
            << u"UPDATE privacydesk.case_system_checks SET note = 'door %1' WHERE case_id = %2"_s
                   .arg(login, request)
            << allowed;
        QTest::addRow("%s changes a DPIA", who.constData())
            << login
            << u"UPDATE privacydesk.dpias SET reason = 'door %1' WHERE activity_id = %2"_s.arg(
                   login, activity)
            << allowed;
        QTest::addRow("%s removes a DPIA", who.constData())
            << login << u"DELETE FROM privacydesk.dpias WHERE activity_id = -1"_s << allowed;
    };
    rows(u"karel"_s, false);
    rows(u"anna"_s, false);
    rows(u"fenna"_s, true);
    rows(adminLogin, true);
}

void TestPsqlSystemsDpia::writes()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const auto result = m_server.psql(login, rolePasswords().value(login), sql);
    const QString verdict = psqlVerdict(result, allowed);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

// A change made with psql is described in the trail under its own request or DPIA (so the
// request's AP dossier shows it), and the server's BSN guard holds on the new texts as on the
// others (the server's promises, for these tables too).
void TestPsqlSystemsDpia::byHandIsDescribedAndGuarded()
{
    const auto count = [this](const QString &type, const QString &id) {
        const auto r = m_server.psql(
            adminLogin, adminPassword,
            u"SELECT count(*) FROM privacydesk.audit_events WHERE entity_type = '%1' AND "
            "entity_id = '%2' AND action = 'sql.changed'"_s.arg(type, id));
        return r.exitCode == 0 ? r.out.trimmed().toInt() : -1;
    };
    const int caseBefore = count(u"case"_s, m_caseNumber);
    const int dpiaBefore = count(u"dpia"_s, m_subCode);
    QVERIFY(caseBefore >= 0 && dpiaBefore >= 0);
    auto r = m_server.psql(u"fenna"_s, officerPassword,
                           u"UPDATE privacydesk.case_system_checks SET result = 'gevonden' "
                           "WHERE case_id = %1"_s.arg(m_caseId));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = m_server.psql(
        u"fenna"_s, officerPassword,
        u"UPDATE privacydesk.dpias SET outcome = 'achteraf' WHERE activity_id = %1"_s.arg(
            m_activityId));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(count(u"case"_s, m_caseNumber), caseBefore + 1);
    QCOMPARE(count(u"dpia"_s, m_subCode), dpiaBefore + 1);
    // Behind a change of the same DPIA (H3 for DPIAs): a change writes the assessment
    // and who changed it, never who made it.
    r = m_server.psql(u"fenna"_s, officerPassword,
                      u"SELECT privacydesk.pd_audit_append('[[\"dpia\", \"%1\", "
                      "\"dpia.changed\", \"{}\"]]'); UPDATE privacydesk.dpias SET created_by = "
                      "'beheer' WHERE activity_id = %2"_s.arg(m_subCode)
                          .arg(m_activityId));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(count(u"dpia"_s, m_subCode), dpiaBefore + 2);

    const QString bsn = elfProefNumber();
    for (const QString &sql :
         { u"UPDATE privacydesk.case_system_checks SET note = 'BSN %1' WHERE case_id = %2"_s
               .arg(bsn)
               .arg(m_caseId),
           u"UPDATE privacydesk.dpias SET reason = 'BSN %1' WHERE activity_id = %2"_s.arg(bsn).arg(
               m_activityId),
           u"UPDATE privacydesk.processing_activity_systems SET name = 'BSN %1' WHERE "
           "activity_id = %2"_s.arg(bsn)
               .arg(m_activityId) }) {
        r = m_server.psql(u"fenna"_s, officerPassword, sql);
        QVERIFY2(r.exitCode != 0, qPrintable(sql));
        QVERIFY2(r.err.contains(u"BSN"_s), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestPsqlSystemsDpia)
#include "tst_psql_systemsdpia.moc"
