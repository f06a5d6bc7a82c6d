// The corporation's VERA systems as the store keeps them, on both backends: a beheerder adds and
// removes them; the officers read them with their secrets (their desks sign in with them); the
// auditor sees them without; a KCC login and a functionaris change nothing. The secret is on the
// trail nowhere, and what cannot be a system (a URL in clear to another machine, a second system
// of the same name, a BSN in its name) is refused with the reason.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "vera/VeraService.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QByteArray apiKey = "vera-sleutel-empire-77";
const QByteArray clientSecret = "vera-secret-tobias-88";

VeraSystem empire()
{
    VeraSystem s;
    s.name = u"Empire"_s;
    s.domain = VeraDomain::Relaties;
    s.baseUrl = u"https://empire.woonstad.example/vera/relaties"_s;
    s.secret = apiKey;
    return s;
}

VeraSystem tobias()
{
    VeraSystem s;
    s.name = u"Tobias Dossier"_s;
    s.domain = VeraDomain::Dossier;
    s.baseUrl = u"https://tobias.woonstad.example/dossier/v4"_s;
    s.auth = VeraSystem::Auth::ClientCredentials;
    s.tokenUrl = u"https://login.tobias.example/oauth/token"_s;
    s.clientId = u"privacydesk-woonstad"_s;
    s.secret = clientSecret;
    s.writeBack = true;
    return s;
}

} // namespace

class TestVeraSystems final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addedListedAndRemoved();
    void whatCannotBeASystemIsRefused_data();
    void whatCannotBeASystemIsRefused();
    void eachRoleSeesWhatItMay();

private:
    std::unique_ptr<Store> as(const QString &login, const QString &password);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
};

void TestVeraSystems::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
}

void TestVeraSystems::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestVeraSystems::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification
            = CaseService(Session { *m_store, m_clock }).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Store> TestVeraSystems::as(const QString &login, const QString &password)
{
    // A store folder is open in one place at a time.
    if (testBackend() == Backend::Folder)
        m_store.reset();
    return openServiceStoreAs(m_dir->filePath(u"kluis"_s), login, password);
}

void TestVeraSystems::addedListedAndRemoved()
{
    VeraService vera(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(vera.addSystem(empire(), &error), qPrintable(error.message));
    QVERIFY2(vera.addSystem(tobias(), &error), qPrintable(error.message));

    const auto listed = vera.systems(&error);
    QVERIFY2(listed, qPrintable(error.message));
    QCOMPARE(listed->size(), 2);
    // By domain: Dossier before Relaties.
    QCOMPARE(listed->at(0).name, u"Tobias Dossier"_s);
    QCOMPARE(listed->at(0).auth, VeraSystem::Auth::ClientCredentials);
    QCOMPARE(listed->at(0).tokenUrl, tobias().tokenUrl);
    QCOMPARE(listed->at(0).clientId, tobias().clientId);
    QVERIFY(listed->at(0).writeBack);
    QCOMPARE(listed->at(0).addedBy, testUser);
    QCOMPARE(listed->at(0).addedAt, m_clock.now());
    QCOMPARE(listed->at(1).customerField, u"code"_s);
    for (const VeraSystem &s : *listed)
        QVERIFY(s.secret.isEmpty());

    const auto toSearch = vera.systemsToSearch(&error);
    QVERIFY2(toSearch, qPrintable(error.message));
    QCOMPARE(toSearch->at(0).secret, clientSecret);
    QCOMPARE(toSearch->at(1).secret, apiKey);
    QVERIFY(toSearch->at(1).tokenUrl.isEmpty());

    // Added and removed on the trail, never the secret.
    const AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    QCOMPARE(log.eventsFor(u"vera_system"_s, u"Empire"_s).size(), 1);
    QVERIFY2(vera.removeSystem(u"Empire"_s, &error), qPrintable(error.message));
    const QList<AuditEvent> events = log.eventsFor(u"vera_system"_s, u"Empire"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, u"vera.system_added"_s);
    QCOMPARE(events.at(0).payload.value(u"domain"_s).toString(), u"relaties"_s);
    QCOMPARE(events.at(1).action, u"vera.system_removed"_s);
    for (const QString &name : { u"Empire"_s, u"Tobias Dossier"_s }) {
        for (const AuditEvent &e : log.eventsFor(u"vera_system"_s, name)) {
            const QByteArray payload = QJsonDocument(e.payload).toJson();
            QVERIFY(!payload.contains(apiKey) && !payload.contains(clientSecret));
        }
    }
    QCOMPARE(vera.systems(&error)->size(), 1);

    QVERIFY(!vera.removeSystem(u"Empire"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestVeraSystems::whatCannotBeASystemIsRefused_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    enum { Name, Url, TokenUrl, ClientId, Secret, Ca, CustomerField };
    QTest::newRow("no name") << int(Name) << u"  "_s << u"name"_s;
    QTest::newRow("same name in other case")
        << int(Name) << u"EMPIRE"_s << u"already a system named 'EMPIRE'"_s;
    QTest::newRow("a BSN in the name") << int(Name) << u"Empire "_s + elfProefNumber() << u"BSN"_s;
    QTest::newRow("http to another machine")
        << int(Url) << u"http://empire.woonstad.example/relaties"_s << u"https://"_s;
    QTest::newRow("a key in the url")
        << int(Url) << u"https://empire.example/relaties?api_key=1"_s << u"https://"_s;
    QTest::newRow("token url in clear")
        << int(TokenUrl) << u"http://login.tobias.example/token"_s << u"token address"_s;
    QTest::newRow("no client id") << int(ClientId) << QString() << u"client id"_s;
    QTest::newRow("no secret") << int(Secret) << QString() << u"client secret"_s;
    QTest::newRow("a secret of two lines") << int(Secret) << u"een\ntwee"_s << u"line break"_s;
    QTest::newRow("a CA that is no certificate") << int(Ca) << u"geen pem"_s << u"PEM"_s;
    QTest::newRow("a customer field VERA does not have")
        << int(CustomerField) << u"klantnummer"_s << u"idExtern"_s;
}

void TestVeraSystems::whatCannotBeASystemIsRefused()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    VeraService vera(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(vera.addSystem(empire(), &error), qPrintable(error.message));
    VeraSystem s = tobias();
    switch (field) {
    case 0:
        s.name = value;
        break;
    case 1:
        s.baseUrl = value;
        break;
    case 2:
        s.tokenUrl = value;
        break;
    case 3:
        s.clientId = value;
        break;
    case 4:
        s.secret = value.toUtf8();
        break;
    case 5:
        s.caPem = value.toUtf8();
        break;
    default:
        s.customerField = value;
        break;
    }
    QVERIFY(!vera.addSystem(s, &error));
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QCOMPARE(vera.systems(&error)->size(), 1);
}

void TestVeraSystems::eachRoleSeesWhatItMay()
{
    {
        UserError userError;
        UserService users(*m_store, Session { *m_store, m_clock });
        for (const auto &[login, role] :
             { std::pair { u"f.visser"_s, Role::Functionaris },
               std::pair { u"a.smit"_s, Role::Auditor }, std::pair { u"k.bos"_s, Role::Kcc } })
            QVERIFY(users.add(login, login, role, SecureBytes::fromUtf8(u"wachtwoord-2026-x"_s),
                              &userError));
        ServiceError error;
        QVERIFY2(VeraService(Session { *m_store, m_clock }).addSystem(empire(), &error),
                 qPrintable(error.message));
    }
    const QString password = u"wachtwoord-2026-x"_s;
    {
        const auto store = as(u"f.visser"_s, password);
        QVERIFY(store);
        VeraService vera(Session { *store, m_clock });
        ServiceError error;
        const auto toSearch = vera.systemsToSearch(&error);
        QVERIFY2(toSearch, qPrintable(error.message));
        QCOMPARE(toSearch->first().secret, apiKey);
        QVERIFY(!vera.addSystem(tobias(), &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!vera.removeSystem(u"Empire"_s, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        const auto store = as(u"a.smit"_s, password);
        QVERIFY(store);
        VeraService vera(Session { *store, m_clock });
        ServiceError error;
        const auto listed = vera.systems(&error);
        QVERIFY2(listed, qPrintable(error.message));
        QCOMPARE(listed->first().name, u"Empire"_s);
        QVERIFY(!vera.systemsToSearch(&error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        const auto store = as(u"k.bos"_s, password);
        QVERIFY(store);
        ServiceError error;
        QVERIFY(!VeraService(Session { *store, m_clock }).systems(&error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    m_store = openServiceStoreAs(m_dir->filePath(u"kluis"_s), testUser, testPassword);
    QVERIFY(m_store);
}

QTEST_GUILESS_MAIN(TestVeraSystems)
#include "tst_verasystems.moc"
