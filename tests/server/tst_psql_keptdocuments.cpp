// The documents kept with a DPIA and with a processor on a server store, with psql logged in as
// each role (what an employee with the credentials could do by hand): the officers read and write
// them, the auditor only reads them, the phone desk (KCC) has nothing on them; a document kept
// by hand is described in the trail as such, under its DPIA; and the officer's document through
// the application is read back by the auditor and refused to the KCC login.

#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "registers/Dpia.h"
#include "registers/KeptDocuments.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

class TestPsqlKeptDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byHand_data();
    void byHand();
    void throughTheApplication();

private:
    ServerStoreFixture m_server;
    qint64 m_dpiaId = 0;
};

void TestPsqlKeptDocuments::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, rolePasswords().value(u"fenna"_s), &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    ServiceError serviceError;
    QVERIFY2(ProcessingRegister(Session { *store })
                 .add(processingActivity(u"C.1"_s, u"Cameratoezicht"_s, { u"huurders"_s },
                                         { u"Camerasysteem"_s }),
                      BsnCheck::Refuse, &serviceError),
             qPrintable(serviceError.message));
    Dpia d;
    d.activityCode = u"C.1"_s;
    d.needed = true;
    d.apList = { u"cameratoezicht"_s };
    d.reason = u"Camera's"_s;
    const auto added = DpiaRegister(Session { *store }).add(d, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));
    m_dpiaId = added->id;
}

void TestPsqlKeptDocuments::byHand_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    for (const QString &table : { u"dpia_documents"_s, u"processor_agreements"_s }) {
        const QString read = u"SELECT count(*) FROM "_s + table;
        QTest::addRow("functionaris reads %s", qPrintable(table)) << u"fenna"_s << read << true;
        QTest::addRow("auditor reads %s", qPrintable(table)) << u"anna"_s << read << true;
        QTest::addRow("kcc reads %s", qPrintable(table)) << u"karel"_s << read << false;
        const QString remove = u"DELETE FROM "_s + table;
        QTest::addRow("auditor removes from %s", qPrintable(table)) << u"anna"_s << remove << false;
        QTest::addRow("kcc removes from %s", qPrintable(table)) << u"karel"_s << remove << false;
    }
    const QString insert = u"INSERT INTO dpia_documents (dpia_id, name, media_type, size, "
                           "sha256, added_at, added_by, content) SELECT id, 'hand.pdf', "
                           "'application/pdf', 1, 'x', 'nu', session_user, '\\x25'::bytea "
                           "FROM dpias"_s;
    QTest::newRow("auditor keeps a DPIA's document") << u"anna"_s << insert << false;
    QTest::newRow("kcc keeps a DPIA's document") << u"karel"_s << insert << false;
    QTest::newRow("functionaris keeps a DPIA's document") << u"fenna"_s << insert << true;
}

void TestPsqlKeptDocuments::byHand()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    const QString verdict = psqlVerdict(result, allowed);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestPsqlKeptDocuments::throughTheApplication()
{
    // What the officer kept by hand above is described in the trail, under its DPIA.
    const ServerStoreFixture::PsqlResult trail = m_server.psql(
        adminLogin, adminPassword,
        u"SELECT count(*) FROM audit_events WHERE entity_type = 'dpia' AND entity_id = 'C.1' "
        "AND action = 'sql.changed'"_s);
    QCOMPARE(trail.exitCode, 0);
    QVERIFY2(trail.out.trimmed().toInt() >= 1, qPrintable(trail.out));
    StoreError openError;
    NewAttachment file;
    file.name = u"dpia.pdf"_s;
    file.content = QByteArrayLiteral("%PDF-1.4\n% DPIA\n%%EOF\n");
    {
        const auto store = m_server.open(u"fenna"_s, rolePasswords().value(u"fenna"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        QVERIFY2(KeptDocumentService(Session { *store }, KeptDocumentOwner::Dpia)
                     .keep(m_dpiaId, file, true, &error),
                 qPrintable(error.message));
    }
    {
        const auto store = m_server.open(u"anna"_s, rolePasswords().value(u"anna"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        KeptDocumentService documents(Session { *store }, KeptDocumentOwner::Dpia);
        QCOMPARE(documents.content(m_dpiaId, &error).value_or(QByteArray()), file.content);
        QVERIFY(!documents.remove(m_dpiaId, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        const auto store = m_server.open(u"karel"_s, rolePasswords().value(u"karel"_s), &openError);
        QVERIFY2(store, qPrintable(openError.message()));
        ServiceError error;
        QVERIFY(!KeptDocumentService(Session { *store }, KeptDocumentOwner::Dpia)
                     .find(m_dpiaId, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    // The application's own keeping is described by its event: no change by hand after it.
    const ServerStoreFixture::PsqlResult handChanges
        = m_server.psql(adminLogin, adminPassword,
                        u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                        "payload::jsonb ->> 'table' = 'dpia_documents'"_s);
    QCOMPARE(handChanges.exitCode, 0);
    QCOMPARE(handChanges.out.trimmed().toInt(), trail.out.trimmed().toInt());
}

QTEST_GUILESS_MAIN(TestPsqlKeptDocuments)
#include "tst_psql_keptdocuments.moc"
