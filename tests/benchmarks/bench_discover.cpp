// A request's person searched across the fictitious corporation's systems (VeraFixture, on this
// machine over TLS): one person with about 260 objects in seven systems (a relation with its
// contact details, a contract, a debt and its payment arrangement, a complaint, 250 reactions to
// dwellings in three pages, a maintenance request, a domain the vendor lacks). Measured on the
// user's path: the search with its systems four at a time, as the desk runs it, then recorded
// with the request and ticked; beside it the same search one system at a time, and its floor:
// the same pages fetched one after the other by one client, without the discovery around them.
// Measures only, never asserts on time.
//
//   bench_discover [--quick]

#include "BenchSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "vera/VeraCatalogue.h"
#include "vera/VeraService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;
using namespace pd::test;

namespace {

QList<VeraSystem> systemsOf(const VeraFixture &fixture)
{
    return { fixture.apiKeySystem(u"Empire"_s, u"relaties"_s),
             fixture.apiKeySystem(u"Empire Contracten"_s, u"overeenkomsten"_s,
                                  VeraDomain::Overeenkomsten),
             fixture.apiKeySystem(u"Empire Financieel"_s, u"financien"_s, VeraDomain::Financien),
             fixture.apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier),
             fixture.apiKeySystem(u"Woonmatch"_s, u"woonruimteverdeling"_s,
                                  VeraDomain::Woonruimteverdeling),
             fixture.apiKeySystem(u"Planon"_s, u"onderhoud"_s, VeraDomain::Onderhoud),
             fixture.apiKeySystem(u"Enquêtes"_s, u"niet"_s, VeraDomain::Kwaliteit) };
}

int objectsOf(const VeraSearch &search)
{
    return int(search.found.size());
}

// The floor: every list page the search reads, fetched in a row by one client per system.
int fetchPages(const QList<VeraSystem> &systems, const QString &personUri)
{
    int pages = 0;
    for (const VeraSystem &system : systems) {
        VeraClient client(system, 60);
        for (const VeraResource &r : VeraCatalogue::resourcesOf(system.domain)) {
            QUrlQuery query;
            query.addQueryItem(QString::fromLatin1(r.parameter),
                               r.by == VeraResource::By::RelationId       ? u"R1001"_s
                                   : r.by == VeraResource::By::DebiteurId ? u"D5"_s
                                                                          : personUri);
            for (int page = 1; page <= 50; ++page) {
                QUrlQuery asked = query;
                asked.addQueryItem(u"pagina"_s, QString::number(page));
                const VeraClient::Answer answer
                    = client.get(QString::fromLatin1(r.path), asked, 100);
                ++pages;
                if (answer.status != VeraStatus::Ok
                    || QJsonDocument::fromJson(answer.body).array().size() < 100)
                    break;
            }
        }
    }
    return pages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    programName() = "bench_discover";
    if (app.arguments().contains(u"--quick"_s))
        runs() = 1;
    QTemporaryDir tmp;
    if (!tmp.isValid() || !startServiceTest(tmp))
        die(u"no temporary folder"_s);
    QString why;
    VeraFixture fixture;
    if (!VeraFixture::available(&why) || !fixture.start(tmp.filePath(u"fixture"_s), &why))
        die(why);
    const std::unique_ptr<Store> store = createServiceStore(tmp.filePath(u"kluis"_s));
    if (!store)
        die(u"no store"_s);
    ServiceError error;
    const QList<VeraSystem> systems = systemsOf(fixture);
    for (const VeraSystem &s : systems) {
        if (!VeraService(Session { *store }).addSystem(s, &error))
            die(error.message);
    }
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = u"K1001"_s;
    request.types = { RequestType::Inzage };
    request.receivedDate = systemToday();
    const auto c = CaseService(Session { *store }).add(request, BsnCheck::Refuse, &error);
    if (!c)
        die(error.message);

    std::printf("| %-60s | %9s | %9s | %9s |\n", "step", "objects", "median ms", "worst ms");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(62, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(11, '-').constData(), QByteArray(11, '-').constData());
    QString personUri;
    measure(u"case discover: 7 systems, 4 at a time, recorded and ticked"_s, [&] {
        QStringList warnings;
        const auto record = VeraService(Session { *store })
                                .discover(c->number, {}, nullptr, {}, &warnings, &error);
        if (!record)
            die(error.message);
        personUri = record->search.personUri;
        return objectsOf(record->search);
    });
    VeraDiscovery::Limits one;
    one.parallel = 1;
    measure(u"the search alone, one system at a time"_s,
            [&] { return objectsOf(VeraDiscovery::run(systems, u"K1001"_s, one)); });
    measure(u"floor: the same list pages, fetched in a row (pages)"_s,
            [&] { return fetchPages(systems, personUri); });
    return 0;
}
