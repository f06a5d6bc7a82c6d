// A third party's data stays out of what the tenant gets: a neighbour's street address is found
// as their name is, in the inzage report's review and in the complaint dossier; what the officer
// redacted for the inzage report is redacted in the complainant's version of the dossier too;
// and a note withheld from the complainant leaves no row behind in their version.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "session/Session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

// The text of content's complete version and of its version for the complainant.
std::pair<QString, QString> versionsOf(ComplaintDossierContent content)
{
    content.version = DossierVersion::Complete;
    const QString complete = test::DocumentFixture::dossierText(content);
    content.version = DossierVersion::Complainant;
    return { complete, test::DocumentFixture::dossierText(content) };
}

} // namespace

class TestThirdParty final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addressesOfOthersAreFound_data();
    void addressesOfOthersAreFound();
    void neighboursAddressKeptFromTheComplainant();
    void officersRedactionsHoldInTheDossier();
    void withheldNoteLeavesNoTrace();

private:
    std::optional<Case> request(const QString &klantnummer);
    std::optional<ComplaintDossierContent> dossier(const QString &number);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestThirdParty::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
}

// An inzage of a tenant of Lange Nieuwstraat 117 bis, 3512PN Utrecht, whose description names
// no one else.
std::optional<Case> TestThirdParty::request(const QString &klantnummer)
{
    NewCase c = test::DocumentFixture::newCase(u"Petra Jansen"_s, klantnummer,
                                               { RequestType::Inzage }, QDate(2026, 10, 1));
    c.description = u"Wil weten welke gegevens er zijn."_s;
    return m_fixture->addCase(c);
}

std::optional<ComplaintDossierContent> TestThirdParty::dossier(const QString &number)
{
    ServiceError error;
    auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(number, &error);
    if (!content)
        qWarning("%s", qPrintable(error.message));
    return content;
}

void TestThirdParty::addressesOfOthersAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: none of someone else's
    QTest::newRow("laan") << u"melding buurvrouw (Yvonne Bakker, Rembrandtlaan 46)"_s
                          << u"Rembrandtlaan 46"_s;
    QTest::newRow("letter") << u"buurman woont op Kerkstraat 12a sinds maart"_s
                            << u"Kerkstraat 12a"_s;
    QTest::newRow("tussenvoegsel")
        << u"de buurman van Van 't Hoffweg 3-II klaagt"_s << u"Van 't Hoffweg 3-II"_s;
    QTest::newRow("postcode") << u"buurman, Dorpsweg 8, 7511 AB Enschede"_s
                              << u"Dorpsweg 8, 7511 AB Enschede"_s;
    QTest::newRow("bewoner") << u"overlast gemeld door de bewoner van Rembrandtlaan 46"_s
                             << u"Rembrandtlaan 46"_s;
    QTest::newRow("bovenburen") << u"Klacht bovenburen, 1234 AB Voorbeeldstad"_s
                                << u"1234 AB Voorbeeldstad"_s;
    QTest::newRow("own") << u"buurman belde over Lange Nieuwstraat 117 bis"_s << QString();
    QTest::newRow("alone") << u"Huurder verhuist naar Kerkstraat 12a"_s << QString();
}

void TestThirdParty::addressesOfOthersAreFound()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    Person own;
    own.street = u"Lange Nieuwstraat"_s;
    own.houseNumber = u"117 bis"_s;
    own.postcode = u"3512PN"_s;
    QList<ContactSpan> others = PersonReview::namesIn(text, { u"Petra Jansen"_s }, {});
    const QList<ContactSpan> found = PersonReview::addressesIn(text, own, others);
    QStringList fragments;
    for (const ContactSpan &span : found)
        fragments << text.mid(span.start, span.length);
    QCOMPARE(fragments, address.isEmpty() ? QStringList() : QStringList { address });
}

// The case: the neighbour's name was left out of the complainant's version, her street
// address printed. Both versions of the dossier, in the chronology's quote of the note.
void TestThirdParty::neighboursAddressKeptFromTheComplainant()
{
    const auto c = request(u"K670101"_s);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->note(c->number,
                            u"Melding buurvrouw (Yvonne Bakker, Rembrandtlaan 46): "
                            "geluidsoverlast, TEKSTDEEL-67-A."_s,
                            QDate(2026, 10, 2)));
    QVERIFY(m_fixture->note(c->number,
                            u"Huurder woont sinds 2019 op Lange Nieuwstraat 117 bis, buurman "
                            "Karel Smits, Dorpsweg 8, 7511 AB Enschede, klaagt."_s,
                            QDate(2026, 10, 3)));
    const auto content = dossier(c->number);
    QVERIFY(content);
    const auto [complete, forComplainant] = versionsOf(*content);
    const QString mark = ComplaintDossier::tr("[not to be given to the complainant]");
    QVERIFY2(complete.contains(u"Rembrandtlaan 46 "_s + mark), qPrintable(complete));
    for (const QString &theirs : { u"Rembrandtlaan"_s, u"Yvonne"_s, u"Dorpsweg"_s, u"7511 AB"_s,
                                   u"Enschede"_s, u"Karel Smits"_s })
        QVERIFY2(!forComplainant.contains(theirs), qPrintable(theirs + u'\n' + forComplainant));
    QVERIFY2(forComplainant.contains(u"TEKSTDEEL-67-A"_s), qPrintable(forComplainant));
    // The tenant's own address is no one else's.
    QVERIFY2(forComplainant.contains(u"op Lange Nieuwstraat 117 bis"_s),
             qPrintable(forComplainant));

    // The inzage report's review finds the same addresses.
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
    QVERIFY2(findings, qPrintable(error.message));
    QStringList addresses;
    for (const ReviewFinding &f : *findings) {
        if (f.kind == ReviewFinding::Kind::Address)
            addresses << f.text;
    }
    QCOMPARE(addresses, QStringList({ u"Rembrandtlaan 46"_s, u"Dorpsweg 8, 7511 AB Enschede"_s }));
}

// What the officer redacted for the inzage report (here another person of the store, typed in
// lower case, which no heuristic of the dossier takes for a name) is kept from the complainant
// in the dossier as well; in the complete version it is marked.
void TestThirdParty::officersRedactionsHoldInTheDossier()
{
    ServiceError error;
    const auto neighbour = request(u"K670201"_s);
    QVERIFY2(neighbour, qPrintable(m_fixture->error()));
    NewCase other = test::DocumentFixture::newCase(u"Henk Wolters"_s, u"K670202"_s,
                                                   { RequestType::Inzage }, QDate(2026, 10, 1));
    QVERIFY(m_fixture->addCase(other));
    const QString text = u"Overleg gehad met henk wolters over de schutting, TEKSTDEEL-67-B."_s;
    QVERIFY(m_fixture->note(neighbour->number, text, QDate(2026, 10, 2)));

    const auto report = PersonReportLoader(Session { *m_store, m_fixture->clock() })
                            .load(neighbour->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
    QVERIFY2(findings, qPrintable(error.message));
    QSet<QString> redact;
    for (const ReviewFinding &f : *findings) {
        if (f.text == u"henk wolters"_s)
            redact << f.id;
    }
    QCOMPARE(redact.size(), 1);
    PersonExportTargets targets;
    targets.pdfPath = m_tmp.filePath(u"inzage-K670201.pdf"_s);
    targets.forRequest = neighbour->number;
    m_fixture->at(QDate(2026, 10, 5));
    const PersonExportResult exported = PersonExport(Session { *m_store, m_fixture->clock() })
                                            .write(*report, *findings, redact, targets);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(exported.redactions, 1);
    const QString pdf = test::DocumentFixture::pdfPages(targets.pdfPath).join(u'\n');
    QVERIFY2(!pdf.contains(u"henk wolters"_s, Qt::CaseInsensitive), qPrintable(pdf));

    const auto content = dossier(neighbour->number);
    QVERIFY(content);
    const auto [complete, forComplainant] = versionsOf(*content);
    const QString mark = ComplaintDossier::tr("[not to be given to the complainant]");
    QVERIFY2(complete.contains(u"henk wolters "_s + mark), qPrintable(complete));
    QVERIFY2(!forComplainant.contains(u"wolters"_s, Qt::CaseInsensitive),
             qPrintable(forComplainant));
    QVERIFY2(forComplainant.contains(u"met "_s + PersonReview::marker() + u" over de schutting"_s),
             qPrintable(forComplainant));
}

// A note withheld from the complainant (marked by hand, or naming a recipient the law forbids
// telling of) leaves their version as it would be without it: no "[weggelaten]" row, no count
// or number that tells it exists.
void TestThirdParty::withheldNoteLeavesNoTrace()
{
    const auto c = request(u"K670301"_s);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    m_fixture->at(QDate(2026, 10, 2));
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY2(cases.addNote(c->number, u"Buurvrouw belde, TEKSTDEEL-67-VERBORGEN."_s,
                           BsnCheck::Refuse, &error, true),
             qPrintable(error.message));
    QVERIFY(m_fixture->note(c->number, u"Huurder belde over de voortgang."_s, QDate(2026, 10, 3)));
    const auto content = dossier(c->number);
    QVERIFY(content);
    qint64 hidden = 0;
    ComplaintDossierContent without = *content;
    without.events.removeIf([&hidden](const AuditEvent &e) {
        const bool withheld = e.payload.value(u"withheld"_s).toBool();
        if (withheld)
            hidden = e.seq;
        return withheld;
    });
    QVERIFY(hidden > 0);
    const auto [complete, forComplainant] = versionsOf(*content);
    const auto [completeWithout, forComplainantWithout] = versionsOf(without);
    QVERIFY2(complete.contains(u"TEKSTDEEL-67-VERBORGEN"_s), qPrintable(complete));
    QVERIFY(complete != completeWithout);
    QCOMPARE(forComplainant, forComplainantWithout);
    QVERIFY2(!forComplainant.contains(u"TEKSTDEEL-67-VERBORGEN"_s), qPrintable(forComplainant));
}

QTEST_MAIN(TestThirdParty)
#include "tst_thirdparty.moc"
