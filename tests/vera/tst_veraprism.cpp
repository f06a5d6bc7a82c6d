// The search of a person across the fictitious corporation's systems with every answer passing
// through Stoplight Prism (`prism proxy --errors`) against the official VERA specification of its
// domain (PrismProxy: the two changes to the copy Prism reads are said there): an answer that
// does not conform would come back as a 500 with its violations and show as "fout" here, so the
// client is tested against what a conforming vendor sends, not against our own idea of it.
// Through the proxies the person's links point at the fixture itself, a system not set up: they
// are listed as not followed, and everything else is found as without the proxies. The sync's
// whole lists of contracts and relations pass the same proxies.

#include "PrismProxy.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "vera/VeraClient.h"
#include "vera/VeraDiscovery.h"
#include "vera/VeraSync.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraPrism final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAnswerConformsToTheSpecification();
    void theSyncsListsConformToo();
    void aMarkConformsToTheSpecification();

private:
    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::array<PrismProxy, 6> m_proxies;
};

namespace {

struct Domain
{
    const char *specification;
    const char *folder;
    VeraDomain domain;
    const char *name;
};

constexpr std::array<Domain, 6> domains { {
    { "Relaties", "relaties", VeraDomain::Relaties, "Empire" },
    { "Overeenkomsten", "overeenkomsten", VeraDomain::Overeenkomsten, "Empire Contracten" },
    { "Financien", "financien", VeraDomain::Financien, "Empire Financieel" },
    { "Dossier", "dossier", VeraDomain::Dossier, "Tobias Dossier" },
    { "Woonruimteverdeling", "woonruimteverdeling", VeraDomain::Woonruimteverdeling, "Woonmatch" },
    { "Onderhoud", "onderhoud", VeraDomain::Onderhoud, "Planon" },
} };

} // namespace

void TestVeraPrism::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString why;
    if (!VeraFixture::available(&why) || !PrismProxy::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why), qPrintable(why));
    const QString ca = m_tmp.filePath(u"fixture/ca.pem"_s);
    for (std::size_t i = 0; i < domains.size(); ++i)
        QVERIFY2(m_proxies[i].start(m_tmp.path(), QString::fromLatin1(domains[i].specification),
                                    m_fixture.baseUrl(QString::fromLatin1(domains[i].folder)), ca,
                                    &why),
                 qPrintable(why));
}

void TestVeraPrism::everyAnswerConformsToTheSpecification()
{
    QList<VeraSystem> systems;
    for (std::size_t i = 0; i < domains.size(); ++i) {
        VeraSystem s
            = m_fixture.apiKeySystem(QString::fromLatin1(domains[i].name),
                                     QString::fromLatin1(domains[i].folder), domains[i].domain);
        s.baseUrl = m_proxies[i].url();
        s.caPem.clear();
        systems << s;
    }
    const VeraSearch search = VeraDiscovery::run(systems, u"K1001"_s, {});
    const QList<std::pair<QString, int>> expected {
        { u"Empire"_s, 6 },         { u"Empire Contracten"_s, 1 }, { u"Empire Financieel"_s, 2 },
        { u"Tobias Dossier"_s, 1 }, { u"Woonmatch"_s, 251 },       { u"Planon"_s, 1 },
    };
    for (const auto &entry : expected) {
        const QString &name = entry.first;
        const int objects = entry.second;
        const auto s = std::find_if(search.systems.cbegin(), search.systems.cend(),
                                    [&](const VeraSystemResult &r) { return r.name == name; });
        QVERIFY(s != search.systems.cend());
        QString said;
        for (const VeraResourceResult &r : s->resources)
            said += u"\n  %1: %2 %3"_s.arg(r.resource, codes::code(r.status), r.error);
        QVERIFY2(s->status == VeraStatus::Ok, qPrintable(name + said));
        QVERIFY2(s->objects == objects, qPrintable(u"%1: %2"_s.arg(name).arg(s->objects) + said));
        // A resource the vendor lacks answers 404 with VERA's Foutbericht, which conforms.
        for (const VeraResourceResult &r : s->resources)
            QVERIFY2(r.status == VeraStatus::Ok || r.status == VeraStatus::NotSupported,
                     qPrintable(name + said));
    }
    QCOMPARE(search.unfollowed.size(), 3);
    for (PrismProxy &proxy : m_proxies) {
        const QString log = proxy.log();
        QVERIFY2(!log.contains(u"violation"_s, Qt::CaseInsensitive), qPrintable(log.right(3000)));
    }
}

// vera sync reads the whole lists of contracts and natural persons; through the proxies the
// contracts' relations point at the fixture itself, and are recognised by their id.
void TestVeraPrism::theSyncsListsConformToo()
{
    VeraSystem relaties = m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s);
    relaties.baseUrl = m_proxies[0].url();
    relaties.caPem.clear();
    VeraSystem contracts = m_fixture.apiKeySystem(u"Empire Contracten"_s, u"overeenkomsten"_s,
                                                  VeraDomain::Overeenkomsten);
    contracts.baseUrl = m_proxies[1].url();
    contracts.caPem.clear();
    const VeraSyncRead read = VeraSync::read(contracts, relaties, QDate(2026, 11, 2), {});
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.contracts, 6);
    QCOMPARE(read.relations, 7);
    QCOMPARE(read.unmatched, 1);
    QCOMPARE(read.relationIds, QStringList({ u"R1001"_s, u"R2002"_s, u"R3003"_s, u"R3004"_s }));
    for (std::size_t i = 0; i < 2; ++i) {
        const QString log = m_proxies[i].log();
        QVERIFY2(!log.contains(u"violation"_s, Qt::CaseInsensitive), qPrintable(log.right(3000)));
    }
}

// The marks as VeraWriteBack sends them (read, then PATCH with the reference value), to a Zaak
// and a relation: the request and the answer pass Prism. The specifications type the PATCH's id
// as an integer (the GET's as a string), so these objects have numeric ids.
void TestVeraPrism::aMarkConformsToTheSpecification()
{
    const auto proxied = [this](std::size_t i) {
        VeraSystem s
            = m_fixture.apiKeySystem(QString::fromLatin1(domains[i].name),
                                     QString::fromLatin1(domains[i].folder), domains[i].domain);
        s.baseUrl = m_proxies[i].url();
        s.caPem.clear();
        return s;
    };
    const QList<std::tuple<std::size_t, QString, QByteArray>> marks {
        { 3, u"zaken/4711"_s, R"({"archiefstatus":{"code":"GEB","naam":"Geblokkeerd"}})" },
        { 0, u"relaties/5005"_s, R"({"status":{"code":"INA","naam":"Inactief"}})" },
    };
    for (const auto &[domain, path, body] : marks) {
        VeraClient client(proxied(domain));
        const QString uri = client.urlOf(path);
        const VeraClient::Answer read = client.getUri(uri);
        QVERIFY2(read.status == VeraStatus::Ok, qPrintable(path + u": "_s + read.error));
        const VeraClient::Answer marked = client.patchUri(uri, body);
        QVERIFY2(marked.status == VeraStatus::Ok, qPrintable(path + u": "_s + marked.error));
        const QJsonObject now = QJsonDocument::fromJson(client.getUri(uri).body).object();
        const QString field = QString::fromUtf8(body.mid(2, body.indexOf('"', 2) - 2));
        QCOMPARE(now.value(field).toObject().value(u"code"_s).toString(),
                 QString::fromUtf8(body).section(u'"', 5, 5));
    }
    for (PrismProxy &proxy : m_proxies) {
        const QString log = proxy.log();
        QVERIFY2(!log.contains(u"violation"_s, Qt::CaseInsensitive), qPrintable(log.right(3000)));
    }
}

QTEST_GUILESS_MAIN(TestVeraPrism)
#include "tst_veraprism.moc"
