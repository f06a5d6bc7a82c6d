// One person across the fictitious corporation's systems (tests/data/vera/woonstad.json), on both
// backends: found in Relaties by the customer number, every configured domain asked by relation,
// a list of 250 read page by page, the person's links followed once, a domain the vendor lacks
// and a system that cannot be reached named with their reasons; kept with the request without
// any BSN (the bsn field dropped, a number in a text masked, the systems that hold one named),
// the systems checklist ticked for the officer who ran it; erased with the request's files,
// the proof of the search staying.

#include "OrganisationSupport.h"
#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "letters/AccessScope.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "registers/ProcessingRegister.h"
#include "registers/SystemChecklist.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "vera/VeraService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestVeraDiscovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void onePersonAcrossTheSystems();
    void aPersonNotThereOrTwiceThere();
    void cancelledBeforeItStarts();
    void theRequestsDestructionTakesWhatWasFound();
    void onlyAnOfficerSearches();
    void aListTooLongKeepsNothingOfIt();
    void noBsnAnywhereInAnObject();
    void theAnswerAndTheDossierShowTheSearch();
    void theDecisionSaysWhatTheReportHolds();
    void thePortabilityExportHoldsWhatThePersonGave();

private:
    QString addRequest(const QString &customerNumber);
    VeraSearch lastSearch(const QString &number);
    // The inzage report of the request's person, as the officer makes it.
    std::optional<PersonReport> reportOf(const QString &number);
    // The request granted, Notitieboek (the one system no VERA search ticks) ticked first;
    // false (said) when refused.
    bool close(const QString &number, SystemSearchResult notitieboek);
    // The search through the service, as the officer runs it; false (said) when it failed.
    bool search(const QString &number, const VeraDiscovery::Limits &limits = {},
                const std::atomic<bool> *cancel = nullptr);
    VeraSystemResult systemNamed(const VeraSearch &search, const QString &name);

    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
};

void TestVeraDiscovery::initTestCase()
{
    QVERIFY(test::startServiceTest(m_tmp));
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
}

void TestVeraDiscovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    ServiceError error;
    VeraService vera(Session { *m_store, m_clock });
    const QList<VeraSystem> systems {
        m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s),
        m_fixture.clientSystem(u"Empire Contracten"_s, u"overeenkomsten"_s, {},
                               VeraDomain::Overeenkomsten),
        m_fixture.apiKeySystem(u"Empire Financieel"_s, u"financien"_s, VeraDomain::Financien),
        m_fixture.apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier),
        m_fixture.apiKeySystem(u"Woonmatch"_s, u"woonruimteverdeling"_s,
                               VeraDomain::Woonruimteverdeling),
        m_fixture.apiKeySystem(u"Planon"_s, u"onderhoud"_s, VeraDomain::Onderhoud),
        m_fixture.apiKeySystem(u"Enquêtes"_s, u"niet"_s, VeraDomain::Kwaliteit),
    };
    for (const VeraSystem &s : systems)
        QVERIFY2(vera.addSystem(s, &error), qPrintable(error.message));
    VeraSystem gone = m_fixture.apiKeySystem(u"Garanties"_s, u"vastgoed"_s, VeraDomain::Vastgoed);
    gone.baseUrl = u"https://127.0.0.1:1/vastgoed"_s;
    QVERIFY2(vera.addSystem(gone, &error), qPrintable(error.message));
    ProcessingRegister reg(Session { *m_store, m_clock });
    QVERIFY2(
        reg.add(test::processingActivity(u"A.1"_s, u"Verhuur"_s, { u"huurders"_s },
                                         { u"Empire"_s, u"Tobias Dossier"_s, u"Notitieboek"_s }),
                BsnCheck::Refuse, &error),
        qPrintable(error.message));
}

void TestVeraDiscovery::cleanup()
{
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_store.reset();
    m_dir.reset();
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QString TestVeraDiscovery::addRequest(const QString &customerNumber)
{
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = customerNumber;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = m_clock.today();
    ServiceError error;
    const auto c
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("request not added: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

bool TestVeraDiscovery::close(const QString &number, SystemSearchResult notitieboek)
{
    ServiceError error;
    const bool closed = SystemChecklist(Session { *m_store, m_clock })
                            .tick(number, SystemTick { u"Notitieboek"_s, notitieboek, {}, 0, {} },
                                  BsnCheck::Refuse, &error)
        && CaseService(Session { *m_store, m_clock })
               .complete(number,
                         completion(Outcome::Toegewezen, m_clock.today(), u"brief"_s, {}, {},
                                    knownDataSubject),
                         BsnCheck::Refuse, &error);
    if (!closed)
        qWarning("%s not closed: %s", qPrintable(number), qPrintable(error.message));
    return closed;
}

bool TestVeraDiscovery::search(const QString &number, const VeraDiscovery::Limits &limits,
                               const std::atomic<bool> *cancel)
{
    QStringList warnings;
    ServiceError error;
    if (VeraService(Session { *m_store, m_clock })
            .discover(number, limits, cancel, {}, &warnings, &error))
        return true;
    qWarning("search of %s: %s", qPrintable(number), qPrintable(error.message));
    return false;
}

std::optional<PersonReport> TestVeraDiscovery::reportOf(const QString &number)
{
    ServiceError error;
    const auto request = CaseService(Session { *m_store, m_clock }).find(number, &error);
    const auto report = request
        ? PersonReportLoader(Session { *m_store, m_clock }).load(request->person.id, &error)
        : std::nullopt;
    if (!report)
        qWarning("no report of %s: %s", qPrintable(number), qPrintable(error.message));
    return report;
}

VeraSearch TestVeraDiscovery::lastSearch(const QString &number)
{
    ServiceError error;
    const auto record = VeraService(Session { *m_store, m_clock }).latest(number, &error);
    if (!record)
        qWarning("no search: %s", qPrintable(error.message));
    return record ? record->search : VeraSearch();
}

VeraSystemResult TestVeraDiscovery::systemNamed(const VeraSearch &search, const QString &name)
{
    for (const VeraSystemResult &s : search.systems) {
        if (s.name == name)
            return s;
    }
    VeraSystemResult missing;
    missing.name = u"(missing) "_s + name;
    missing.status = VeraStatus::Failed;
    return missing;
}

void TestVeraDiscovery::onePersonAcrossTheSystems()
{
    const QString number = addRequest(u"K1001"_s);
    QVERIFY(!number.isEmpty());
    QStringList warnings;
    QList<QString> progressed;
    ServiceError error;
    const auto record = VeraService(Session { *m_store, m_clock })
                            .discover(
                                number, {}, nullptr,
                                [&](const VeraSystemResult &s, int, int) { progressed << s.name; },
                                &warnings, &error);
    QVERIFY2(record, qPrintable(error.message + u' ' + error.detail));
    QCOMPARE(progressed.size(), 8);

    // Read back as it was kept.
    const VeraSearch search = lastSearch(number);
    QCOMPARE(search.systems.size(), 8);
    QCOMPARE(search.personUri, m_fixture.baseUrl(u"relaties"_s) + u"/relaties/R1001"_s);
    const QList<std::tuple<QString, QString, int>> expected {
        { u"Empire"_s, u"ok"_s, 6 }, // the person, e-mail, phone, address, IBAN, a contact
        { u"Empire Contracten"_s, u"ok"_s, 1 },
        { u"Empire Financieel"_s, u"ok"_s, 2 }, // the debtor and its payment arrangement
        { u"Tobias Dossier"_s, u"ok"_s, 1 },
        { u"Woonmatch"_s, u"ok"_s, 251 }, // 250 reactions in three pages, an allocation
        { u"Planon"_s, u"ok"_s, 1 }, // found by relation and by the person's link: once
        { u"Enquêtes"_s, u"niet-ondersteund"_s, 0 },
        { u"Garanties"_s, u"onbereikbaar"_s, 0 },
    };
    for (const auto &[name, status, objects] : expected) {
        const VeraSystemResult s = systemNamed(search, name);
        QVERIFY2(codes::code(s.status) == status, qPrintable(name + u": "_s + s.error));
        QCOMPARE(s.objects, objects);
    }
    QVERIFY(systemNamed(search, u"Garanties"_s).error.contains(u"127.0.0.1:1"_s));
    QCOMPARE(search.found.size(), 6 + 1 + 2 + 1 + 251 + 1);
    QCOMPARE(search.unfollowed,
             QStringList { u"https://dms.elders.example/dossier/informatieobjecten/9"_s });

    // No BSN kept: the bsn field is gone, the one in the complaint's text masked, and the
    // systems that hold one are named with the masked number.
    const QString bsn = QString::fromLatin1(VeraFixture::bsn());
    for (const VeraFoundObject &f : search.found) {
        const QByteArray json = QJsonDocument(f.data).toJson();
        QVERIFY2(!json.contains("\"bsn\""), qPrintable(f.uri));
        QVERIFY2(!json.contains(bsn.toLatin1()), qPrintable(f.uri));
    }
    QCOMPARE(systemNamed(search, u"Empire"_s).bsnHeld, QStringList { u"*****"_s + bsn.right(4) });
    QCOMPARE(systemNamed(search, u"Tobias Dossier"_s).bsnHeld.size(), 1);
    QCOMPARE(systemNamed(search, u"Planon"_s).bsnHeld, QStringList());

    // The checklist: ticked for the systems it names; the others are said.
    const auto checks = SystemChecklist(Session { *m_store, m_clock }).of(number, &error);
    QVERIFY2(checks, qPrintable(error.message));
    for (const SystemCheck &c : *checks) {
        if (c.system == u"Notitieboek"_s) {
            QVERIFY(!c.searched);
            continue;
        }
        QVERIFY2(c.searched, qPrintable(c.system));
        QCOMPARE(c.result, SystemSearchResult::Gevonden);
        QCOMPARE(c.searchedBy, testUser);
    }
    QCOMPARE(warnings.size(), 6);
    QVERIFY2(warnings.filter(u"Empire Contracten is not in"_s).size() == 1,
             qPrintable(warnings.join(u'\n')));
}

void TestVeraDiscovery::aPersonNotThereOrTwiceThere()
{
    QStringList warnings;
    ServiceError error;
    VeraService vera(Session { *m_store, m_clock });
    const QString absent = addRequest(u"K9999"_s);
    QVERIFY2(vera.discover(absent, {}, nullptr, {}, &warnings, &error), qPrintable(error.message));
    const VeraSearch none = lastSearch(absent);
    QVERIFY(none.personUri.isEmpty());
    QCOMPARE(systemNamed(none, u"Empire"_s).status, VeraStatus::Ok);
    QCOMPARE(systemNamed(none, u"Planon"_s).status, VeraStatus::Ok);
    QVERIFY2(systemNamed(none, u"Planon"_s).error.contains(u"K9999"_s),
             qPrintable(systemNamed(none, u"Planon"_s).error));
    QCOMPARE(none.found.size(), 0);

    const QString twice = addRequest(u"K3003"_s);
    QVERIFY2(vera.discover(twice, {}, nullptr, {}, &warnings, &error), qPrintable(error.message));
    const VeraSearch ambiguous = lastSearch(twice);
    QCOMPARE(systemNamed(ambiguous, u"Empire"_s).status, VeraStatus::Failed);
    QVERIFY(systemNamed(ambiguous, u"Empire"_s).error.contains(u"K3003"_s));
    QCOMPARE(systemNamed(ambiguous, u"Woonmatch"_s).status, VeraStatus::Failed);
    QCOMPARE(ambiguous.found.size(), 0);
    // Could not be searched: said on the checklist with the reason.
    const auto checks = SystemChecklist(Session { *m_store, m_clock }).of(twice, &error);
    QVERIFY2(checks, qPrintable(error.message));
    const auto empire = std::find_if(checks->cbegin(), checks->cend(),
                                     [](const SystemCheck &c) { return c.system == u"Empire"_s; });
    QVERIFY(empire != checks->cend());
    QCOMPARE(empire->result, SystemSearchResult::NietDoorzoekbaar);
    QVERIFY2(empire->note.startsWith(u"fout: "_s), qPrintable(empire->note));

    // A relation without an id gives nothing to ask the others by.
    const QString noId = addRequest(u"K4004"_s);
    QVERIFY(search(noId));
    const VeraSearch withoutId = lastSearch(noId);
    QCOMPARE(systemNamed(withoutId, u"Empire"_s).status, VeraStatus::Failed);
    QVERIFY2(systemNamed(withoutId, u"Empire"_s).error.contains(u"without an id"_s),
             qPrintable(systemNamed(withoutId, u"Empire"_s).error));
    QCOMPARE(withoutId.found.size(), 0);

    // No customer number: said before anything is asked.
    const QString unknown = addRequest(QString());
    QVERIFY(!vera.discover(unknown, {}, nullptr, {}, &warnings, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestVeraDiscovery::cancelledBeforeItStarts()
{
    const QString number = addRequest(u"K1001"_s);
    const std::atomic<bool> cancel { true };
    QVERIFY(search(number, {}, &cancel));
    ServiceError error;
    const VeraSearch search = lastSearch(number);
    QVERIFY(search.cancelled);
    QCOMPARE(search.found.size(), 0);
    for (const VeraSystemResult &s : search.systems)
        QVERIFY2(s.status != VeraStatus::Ok, qPrintable(s.name));
    // Nothing ticked from a search that did not run.
    const auto checks = SystemChecklist(Session { *m_store, m_clock }).of(number, &error);
    QVERIFY2(checks, qPrintable(error.message));
    for (const SystemCheck &c : *checks)
        QVERIFY(!c.searched);
}

void TestVeraDiscovery::theRequestsDestructionTakesWhatWasFound()
{
    const QString number = addRequest(u"K1001"_s);
    QVERIFY(search(number));
    ServiceError error;
    // Closed (the one system the search could not tick first), and its files' term run out.
    QVERIFY(close(number, SystemSearchResult::NietsGevonden));
    CaseService cases(Session { *m_store, m_clock });
    const auto request = cases.find(number, &error);
    QVERIFY(request);
    m_clock.set(QDateTime(QDate(2029, 1, 10), QTime(9, 0), Qt::UTC));
    QVERIFY2(
        RetentionService(Session { *m_store, m_clock })
            .destroyRequestFiles(request->person.id, u"vernietigd"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    const VeraSearch after = lastSearch(number);
    QCOMPARE(after.found.size(), 0);
    QVERIFY(after.personUri.isEmpty());
    QCOMPARE(after.unfollowed, QStringList());
    // The proof of the search stays: which systems, how, how many.
    QCOMPARE(after.systems.size(), 8);
    QCOMPARE(systemNamed(after, u"Woonmatch"_s).objects, 251);
    QCOMPARE(systemNamed(after, u"Empire"_s).bsnHeld, QStringList());
    QCOMPARE(systemNamed(after, u"Garanties"_s).error, QString());
    QCOMPARE(countRows(m_store->database(), u"vera_found"_s), 0);
}

void TestVeraDiscovery::onlyAnOfficerSearches()
{
    const QString number = addRequest(u"K1001"_s);
    {
        UserError userError;
        UserService users(*m_store, Session { *m_store, m_clock });
        QVERIFY(users.add(u"a.smit"_s, u"A. Smit"_s, Role::Auditor,
                          SecureBytes::fromUtf8(u"wachtwoord-2026-x"_s), &userError));
    }
    if (testBackend() == Backend::Folder)
        m_store.reset();
    const auto auditor
        = openServiceStoreAs(m_dir->filePath(u"kluis"_s), u"a.smit"_s, u"wachtwoord-2026-x"_s);
    QVERIFY(auditor);
    QStringList warnings;
    ServiceError error;
    QVERIFY(!VeraService(Session { *auditor, m_clock })
                 .discover(number, {}, nullptr, {}, &warnings, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(!VeraService(Session { *auditor, m_clock }).latest(number, &error));
    QCOMPARE(error.code, ServiceError::Code::None);
}

void TestVeraDiscovery::aListTooLongKeepsNothingOfIt()
{
    const QString number = addRequest(u"K1001"_s);
    VeraDiscovery::Limits limits;
    limits.maxPages = 2;
    QVERIFY(search(number, limits));
    ServiceError error;
    const VeraSystemResult woonmatch = systemNamed(lastSearch(number), u"Woonmatch"_s);
    QCOMPARE(woonmatch.status, VeraStatus::Failed);
    QVERIFY2(woonmatch.error.contains(u"2"_s), qPrintable(woonmatch.error));
    // The allocation in the same system was kept; none of the 250 reactions.
    QCOMPARE(woonmatch.objects, 1);
    for (const VeraFoundObject &f : lastSearch(number).found)
        QVERIFY(f.resource != u"reacties"_s);
}

void TestVeraDiscovery::noBsnAnywhereInAnObject()
{
    const QString bsn = elfProefNumber(3);
    const QString spaced = bsn.left(4) + u' ' + bsn.mid(4, 2) + u' ' + bsn.mid(6);
    const QJsonObject sent {
        { u"id"_s, u"R1"_s },
        { u"BSN"_s, bsn },
        { u"extra-attributen"_s,
          QJsonArray { QJsonObject { { u"naam"_s, u"sofinummer"_s }, { u"waarde"_s, spaced } } } },
        { u"notitie "_s + bsn, u"sleutel met een nummer"_s },
        { u"authentiekGegeven"_s, QJsonObject { { u"bsn"_s, bsn }, { u"bron"_s, u"BRP"_s } } },
        { u"huisnummer"_s, 12 },
        // A number sent as a JSON number, as a vendor may type a "persoonsnummer".
        { u"persoonsnummer"_s, bsn.toLongLong() },
        { u"bedrag"_s, 123456789.5 },
    };
    QStringList held;
    const QJsonObject kept = VeraDiscovery::withoutBsn(sent, &held);
    const QByteArray json = QJsonDocument(kept).toJson();
    QVERIFY2(!json.contains(bsn.toLatin1()), json.constData());
    QVERIFY2(!json.contains(spaced.toLatin1()), json.constData());
    QVERIFY2(!json.toLower().contains("\"bsn\""), json.constData());
    QCOMPARE(kept.value(u"authentiekGegeven"_s).toObject().value(u"bron"_s).toString(), u"BRP"_s);
    QCOMPARE(kept.value(u"huisnummer"_s).toInt(), 12);
    QCOMPARE(kept.value(u"bedrag"_s).toDouble(), 123456789.5);
    const QString typed = kept.value(u"persoonsnummer"_s).toString();
    QVERIFY2(typed.startsWith(u'*') && typed.endsWith(bsn.right(4)), qPrintable(typed));
    QCOMPARE(kept.value(u"id"_s).toString(), u"R1"_s);
    QVERIFY(held.size() >= 4);
    for (const QString &mask : held)
        QVERIFY2(mask.endsWith(bsn.right(4)) && mask.startsWith(u'*'), qPrintable(mask));
}

// The inzage report has what was found, per system, in the VERA specifications' words (labels,
// reference data names, the kind of object), without identifiers, links or a BSN, and offers
// every text for the review; the AP dossier has how the systems were searched.
void TestVeraDiscovery::theAnswerAndTheDossierShowTheSearch()
{
    const QString number = addRequest(u"K1001"_s);
    QVERIFY(search(number));
    ServiceError error;
    const std::optional<PersonReport> report = reportOf(number);
    QVERIFY(report);
    const QString html = PersonReportDocument::toHtml(*report);
    for (const QString &expected :
         { u"Your data in our other systems"_s, u"Empire: 6 item(s) found."_s,
           u"Woonmatch: 251 item(s) found."_s, u"Lekkage in de badkamer"_s,
           u"<i>Huurovereenkomst</i>"_s, u"<i>Natuurlijk persoon</i>"_s, u"<i>Zaak</i>"_s,
           // Dates, moments and amounts the specifications name as such as the report writes its
           // own (a moment in the organisation's time); a field they do not know as it came.
           QString(u"Geboortedatum: "_s + PersonReport::dateText(QDate(1980, 5, 1))),
           QString(u"Datum: "_s + PersonReport::dateText(QDate(2014, 11, 20)) + u", 10:00"_s),
           u"Ingangsdatum: 2015-01-01"_s, u"Termijnbedrag: 50"_s, u"Geslacht: Vrouwelijk"_s,
           u"Soort communicatie: E-mail"_s, u"Archiefstatus: Actueel"_s,
           // A contract's and an arrangement's status by the names of their own reference data;
           // the 250 reactions each their own.
           u"Status: Lopend"_s, u"Status: Actief"_s,
           u"Niet toegewezen: een kandidaat ging voor (woning 250)"_s,
           QString(u"Openstaand saldo: -"_s + QLocale().toCurrencyString(312.5, u"€"_s, 2)),
           u"anna.devries@voorbeeld.nl"_s, u"What the data mean, in the words of VERA"_s,
           u"<i>Toewijzing</i>, Datum: De datum waarop de eenheid is toegewezen."_s,
           u"Enquêtes: could not be searched automatically (not supported)."_s,
           u"Garanties: could not be searched automatically (unreachable)."_s,
           QString(u"Empire holds a citizen service number of yours (*****"_s
                   + QString::fromLatin1(VeraFixture::bsn()).right(4)),
           u"refer to 1 system(s) that were not searched"_s })
        QVERIFY2(html.contains(expected.toHtmlEscaped()) || html.contains(expected),
                 qPrintable(expected));
    // A code the reference data name is not shown as the code, nor a kind of object as the
    // path it was read from.
    QVERIFY(!html.contains(u"Geslacht: V;"_s) && !html.contains(u"Geslacht: V<"_s));
    QVERIFY(!html.contains(u"1980-05-01"_s) && !html.contains(u"2014-11-20"_s)
            && !html.contains(u"saldo: -312.5<"_s));
    QVERIFY(!html.contains(u"Soort communicatie: EMA"_s));
    QVERIFY(!html.contains(u"Huurovereenkomsten"_s));
    // The meanings leave out what only repeats the label.
    QVERIFY(!html.contains(u"Het geslacht van de natuurlijk persoon"_s));
    QVERIFY(!html.contains(u"De unieke code"_s));
    QVERIFY(!html.contains(QString::fromLatin1(VeraFixture::bsn())));
    QVERIFY(!html.contains(u"R1001"_s)); // an identifier says nothing to the person
    QVERIFY(!html.contains(u"https://127.0.0.1"_s)); // nor does a link
    bool offered = false;
    report->forEachText([&](const QString &, const QString &label, const QString &text) {
        offered = offered
            || (label == u"Tobias Dossier, Zaak: Omschrijving"_s
                && text.contains(u"geluidsoverlast"_s));
    });
    QVERIFY(offered);

    const auto dossier = ComplaintDossier(Session { *m_store, m_clock }).collect(number, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const QString dossierHtml = ComplaintDossier::toHtml(*dossier);
    QVERIFY2(dossierHtml.contains(u"Searched through VERA on"_s), qPrintable(dossierHtml));
    QVERIFY(dossierHtml.contains(u"Woonmatch (Woonruimteverdeling): ok, 251 object(s)"_s));
    QVERIFY(dossierHtml.contains(u"Garanties (Vastgoed): onbereikbaar, 0 object(s)"_s));
    QVERIFY(dossierHtml.contains(u"1 link(s) into a system that is not set up"_s));
    QVERIFY(!dossierHtml.contains(u"Lekkage in de badkamer"_s));
    // The systems ticked by the search hold data that are in the report, not to be sent apart.
    QVERIFY2(dossierHtml.contains(u"Data found (in the inzage report)"_s), qPrintable(dossierHtml));
    QVERIFY(dossierHtml.contains(u"In the inzage report, under “Your data in our other systems”."_s)
            || dossierHtml.contains(
                u"In the inzage report, under &ldquo;Your data in our other systems&rdquo;."_s));
    QVERIFY(!dossierHtml.contains(u"Not recorded that, or when, these data were sent"_s));
    // The chronology words the event, not its code.
    QVERIFY(dossierHtml.contains(u"The organisation&#39;s systems searched (VERA)"_s)
            || dossierHtml.contains(u"The organisation's systems searched (VERA)"_s));

    // Also where the register names no system for the person's relation.
    NewCase other;
    other.person.name = u"Bram Smit"_s;
    other.person.klantnummer = u"K2002"_s;
    other.person.relation = Relation::Sollicitant;
    other.types = { RequestType::Inzage };
    other.receivedDate = m_clock.today();
    const auto c = CaseService(Session { *m_store, m_clock }).add(other, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QVERIFY(search(c->number));
    const auto without = ComplaintDossier(Session { *m_store, m_clock }).collect(c->number, &error);
    QVERIFY2(without, qPrintable(error.message));
    QVERIFY(without->systems.isEmpty());
    QVERIFY(ComplaintDossier::toHtml(*without).contains(u"Searched through VERA on"_s));
}

// The decision on an inzage says the systems whose data the report holds are in the report,
// and promises apart only what is not there; the report's opening says the same.
void TestVeraDiscovery::theDecisionSaysWhatTheReportHolds()
{
    const QString number = addRequest(u"K1001"_s);
    QVERIFY(search(number));
    ServiceError error;
    // Notitieboek is no VERA system: searched by hand, with data to send apart.
    QVERIFY(close(number, SystemSearchResult::Gevonden));
    CaseService cases(Session { *m_store, m_clock });
    OrganisationDetails organisation;
    organisation.name = u"Woonstad Voorbeeld"_s;
    organisation.street = u"Havenstraat 12"_s;
    organisation.postcode = u"1234 AB"_s;
    organisation.city = u"Voorbeeldstad"_s;
    organisation.privacyEmail = u"privacy@woonstad.example"_s;
    QVERIFY2(OrganisationSettings(Session { *m_store, m_clock })
                 .save(organisation, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString chosen = test::chooseForLetters(Session { *m_store, m_clock });
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    const auto letter = LetterService(Session { *m_store, m_clock })
                            .generate(number, LetterKind::Besluit, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    if (qEnvironmentVariableIsSet("PRIVACYDESK_SHOW_LETTER"))
        qInfo("%s", qPrintable(letter->html));
    QVERIFY2(letter->html.contains(u"Wat wij in Empire en Tobias Dossier over u vonden, staat in "
                                   "het overzicht"_s),
             qPrintable(letter->html));
    QVERIFY2(letter->html.contains(u"andere systemen: Notitieboek. Die staan niet in het "
                                   "overzicht"_s),
             qPrintable(letter->html));
    const auto request = cases.find(number, &error);
    const auto report
        = PersonReportLoader(Session { *m_store, m_clock }).load(request->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QVERIFY(PersonReportDocument::toHtml(*report).contains(
        u"in section 1, under 'Your data in our other systems'"_s.toHtmlEscaped()));
}

// Art. 20: the export holds what the person gave, as the systems hold it (their details,
// contact details, bank details, reactions, repair requests), never what the corporation
// derived (a balance, a payment arrangement, a case), and says so in LEESMIJ.txt.
void TestVeraDiscovery::thePortabilityExportHoldsWhatThePersonGave()
{
    const QString number = addRequest(u"K1001"_s);
    QVERIFY(search(number));
    ServiceError error;
    const std::optional<PersonReport> report = reportOf(number);
    QVERIFY(report);
    const QJsonObject json = PersonPortability::toJson(*report, m_clock.now());
    QStringList resources;
    for (const QJsonValue &o : json.value(u"systems"_s).toArray())
        resources << o[u"resource"_s].toString();
    for (const QString &given :
         { u"natuurlijk-personen"_s, u"contactgegevens"_s, u"telefoonnummers"_s,
           u"betaalgegevens"_s, u"onderhoudsverzoeken"_s })
        QVERIFY2(resources.contains(given), qPrintable(given + u": "_s + resources.join(u' ')));
    for (const QString &derived :
         { u"debiteuren"_s, u"betalingsregelingen"_s, u"zaken"_s, u"huurovereenkomsten"_s })
        QVERIFY2(!resources.contains(derived), qPrintable(derived));
    const QByteArray bytes = PersonPortability::jsonFile(*report, m_clock.now());
    QVERIFY(!bytes.contains(VeraFixture::bsn()));
    QVERIFY(PersonPortability::heldFields(*report).contains(u"systemen"_s));
    QByteArray csv;
    QString readme;
    for (const auto &[name, content] : PersonPortability::csvFiles(*report, m_clock.now())) {
        if (name == u"systemen.csv"_s)
            csv = content;
        if (name == u"LEESMIJ.txt"_s)
            readme = QString::fromUtf8(content);
    }
    QVERIFY(csv.contains("anna.devries@voorbeeld.nl"));
    QVERIFY(!csv.contains("-312.5"));
    QVERIFY2(readme.contains(u"What you gave us, as our other systems hold it"_s),
             qPrintable(readme));
    QVERIFY(readme.contains(u"systemen.csv"_s));
    // The decision says what the files held, from the fields the export recorded.
    const QString decision = AccessScope::portableHtml(
        PersonPortability::heldFields(*report), u"uw gegevens"_s, u"uw toestemming"_s, u"u"_s);
    QVERIFY2(decision.contains(u"wat u ons zelf gaf, zoals het in onze andere systemen staat"_s),
             qPrintable(decision));
}

QTEST_GUILESS_MAIN(TestVeraDiscovery)
#include "tst_veradiscovery.moc"
