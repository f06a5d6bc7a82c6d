// The covenant register's tables on a server store, with psql logged in as each role
// (what an employee with the credentials could do by hand): the officers read and write them,
// the auditor only reads them, the phone desk (KCC) has nothing on them; and the officer's
// covenant through the application is read back by the auditor and refused to the KCC login.

#include "ServerStoreFixture.h"
#include "registers/Covenants.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

namespace {

const QString insertCovenant
    = u"INSERT INTO covenants (name, purpose, legal_basis, valid_from, created_at, created_by, "
      "updated_at) VALUES ('Met de hand', 'x', 'e', '2026-01-01', 'nu', 'psql', 'nu')"_s;

} // namespace

class TestPsqlCovenants final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byHand_data();
    void byHand();
    void throughTheApplication();

private:
    ServerStoreFixture m_server;
};

void TestPsqlCovenants::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
}

void TestPsqlCovenants::byHand_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    for (const QString &table : { u"covenants"_s, u"covenant_parties"_s, u"covenant_data"_s }) {
        const QString read = u"SELECT count(*) FROM "_s + table;
        QTest::addRow("functionaris reads %s", qPrintable(table)) << u"fenna"_s << read << true;
        QTest::addRow("auditor reads %s", qPrintable(table)) << u"anna"_s << read << true;
        QTest::addRow("kcc reads %s", qPrintable(table)) << u"karel"_s << read << false;
    }
    QTest::newRow("kcc reads a disclosure's covenant")
        << u"karel"_s << u"SELECT covenant_id FROM disclosures"_s << false;
    QTest::newRow("functionaris writes a covenant") << u"fenna"_s << insertCovenant << true;
    QTest::newRow("auditor writes a covenant") << u"anna"_s << insertCovenant << false;
    QTest::newRow("kcc writes a covenant") << u"karel"_s << insertCovenant << false;
    QTest::newRow("auditor replaces a signed document")
        << u"anna"_s << u"UPDATE covenants SET document = NULL"_s << false;
    QTest::newRow("kcc deletes the parties")
        << u"karel"_s << u"DELETE FROM covenant_parties"_s << false;
}

void TestPsqlCovenants::byHand()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    const QString verdict = psqlVerdict(result, allowed);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestPsqlCovenants::throughTheApplication()
{
    Covenant c;
    c.name = u"Convenant Zorg en Veiligheid"_s;
    c.parties = { u"Politie Noord-Nederland"_s, u"Zorginstelling Lentis"_s };
    c.purpose = u"Samen ingrijpen bij zorgmijders"_s;
    c.basis = LegalBasis::LegitimateInterest;
    c.data = { DataCategory::Naw };
    c.from = QDate(2025, 6, 1);
    StoreError openError;
    qint64 id = 0;
    {
        const auto store = m_server.open(u"fenna"_s, rolePasswords().value(u"fenna"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        const auto added
            = CovenantService(Session { *store }).add(c, nullptr, BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        id = added->id;
    }
    {
        const auto store = m_server.open(u"anna"_s, rolePasswords().value(u"anna"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        QVERIFY(CovenantService(Session { *store }).find(id, &error));
        QVERIFY(!CovenantService(Session { *store }).update(c, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        const auto store = m_server.open(u"karel"_s, rolePasswords().value(u"karel"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        QVERIFY(!CovenantService(Session { *store }).find(id, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    // What the officer wrote by hand above is described in the trail, under its covenant.
    const ServerStoreFixture::PsqlResult trail = m_server.psql(
        adminLogin, adminPassword,
        u"SELECT count(*) FROM audit_events WHERE entity_type = 'covenant' AND action = "
        "'sql.changed'"_s);
    QCOMPARE(trail.exitCode, 0);
    QVERIFY2(trail.out.trimmed().toInt() >= 1, qPrintable(trail.out));
}

QTEST_GUILESS_MAIN(TestPsqlCovenants)
#include "tst_psql_covenants.moc"
