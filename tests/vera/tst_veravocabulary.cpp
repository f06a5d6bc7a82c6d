// The VERA vocabulary (resources/vera/vocabulary.json, generated from the specifications by
// packaging/vera/vocabulary.py) as the inzage report reads it: a field's label and description
// from the specifications, a code's name from the reference data, a resource in words, and what
// the specifications do not know in words of its own.

#include "vera/VeraCatalogue.h"
#include "vera/VeraVocabulary.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pd;

class TestVeraVocabulary final : public QObject
{
    Q_OBJECT

private slots:
    // First: the vocabulary is read on its first use, here by many threads at once.
    void readOnceFromManyThreads();
    void fieldsHaveTheSpecificationsWords();
    void codesAreNamedByTheReferenceData();
    void everyResourceAskedHasALabel();
    void whatTheSpecificationsDoNotKnowFallsBack();
};

void TestVeraVocabulary::readOnceFromManyThreads()
{
    std::vector<std::thread> threads;
    std::vector<QString> names(8);
    for (std::size_t i = 0; i < names.size(); ++i)
        threads.emplace_back([&names, i] {
            names[i] = VeraVocabulary::referenceName(u"GESLACHT"_s, u"V"_s)
                + VeraVocabulary::fieldLabel(u"debiteuren"_s, u"saldo"_s);
        });
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &name : names)
        QCOMPARE(name, u"VrouwelijkOpenstaand saldo"_s);
}

void TestVeraVocabulary::fieldsHaveTheSpecificationsWords()
{
    // The label where the description opens with more than the field's name says.
    QCOMPARE(VeraVocabulary::fieldLabel(u"debiteuren"_s, u"saldo"_s), u"Openstaand saldo"_s);
    QCOMPARE(VeraVocabulary::fieldLabel(u"natuurlijk-personen"_s, u"soort"_s), u"Soort relatie"_s);
    QCOMPARE(VeraVocabulary::fieldLabel(u"natuurlijk-personen"_s, u"geboortedatum"_s),
             u"Geboortedatum"_s);
    // A description that names another thing than the field does not give the label: the
    // aanschrijfnaam's opens with "De achternaam".
    QCOMPARE(VeraVocabulary::fieldLabel(u"natuurlijk-personen"_s, u"aanschrijfnaam"_s),
             u"Aanschrijfnaam"_s);
    // "De datum waarop ..." says only "Datum": the field's name, with the description beside it.
    QCOMPARE(VeraVocabulary::fieldLabel(u"toewijzingen"_s, u"datum"_s), u"Datum"_s);
    QCOMPARE(VeraVocabulary::description(u"toewijzingen"_s, u"datum"_s),
             u"De datum waarop de eenheid is toegewezen."_s);
    // What only a system's builder needs is not in the description.
    QCOMPARE(VeraVocabulary::description(u"dossiers"_s, u"begindatum"_s),
             u"De datum waarop het dossier gevormd is."_s);
    const QString person = VeraVocabulary::schemaOf(u"natuurlijk-personen"_s);
    QCOMPARE(person, u"Relaties/NatuurlijkPersoon"_s);
    const VeraField gender = VeraVocabulary::field(person, u"geslacht"_s);
    QCOMPARE(gender.label, u"Geslacht"_s);
    QCOMPARE(gender.category, u"GESLACHT"_s);
    QCOMPARE(gender.description, u"Het geslacht van de natuurlijk persoon."_s);
    // A nested object by its own schema.
    const VeraField account = VeraVocabulary::field(person, u"account"_s);
    QCOMPARE(account.schema, u"Relaties/Account"_s);
    QCOMPARE(VeraVocabulary::field(account.schema, u"gebruikersnaam"_s).label, u"Gebruikersnaam"_s);
    QCOMPARE(VeraVocabulary::field(account.schema, u"status"_s).category, u"ACCOUNTSTATUS"_s);
    // Identifiers and links are never shown, so the vocabulary leaves them out; a BSN is never
    // kept.
    QVERIFY(VeraVocabulary::field(person, u"id"_s).label.isEmpty());
    QVERIFY(VeraVocabulary::field(person, u"overeenkomsten"_s).label.isEmpty());
    QVERIFY(VeraVocabulary::field(person, u"bsn"_s).label.isEmpty());
}

void TestVeraVocabulary::codesAreNamedByTheReferenceData()
{
    QCOMPARE(VeraVocabulary::referenceName(u"GESLACHT"_s, u"V"_s), u"Vrouwelijk"_s);
    QCOMPARE(VeraVocabulary::referenceName(u"GESLACHT"_s, u"M"_s), u"Mannelijk"_s);
    QCOMPARE(VeraVocabulary::referenceName(u"geslacht"_s, u"V"_s), u"Vrouwelijk"_s);
    QCOMPARE(VeraVocabulary::referenceName(u"CONTACTGEGEVENSOORT"_s, u"EMA"_s), u"E-mail"_s);
    QCOMPARE(VeraVocabulary::referenceName(u"RELATIESOORT"_s, u"NAT"_s), u"Natuurlijke persoon"_s);
    // A code the reference data give twice, retired and current: the current one's name.
    QCOMPARE(VeraVocabulary::referenceName(u"OVEREENKOMSTDETAILSOORT"_s, u"INS"_s),
             u"Inhuurovereenkomst structureel"_s);
    QVERIFY(VeraVocabulary::referenceName(u"GESLACHT"_s, u"Q"_s).isEmpty());
    QVERIFY(VeraVocabulary::referenceName(u"GEEN-SOORT"_s, u"V"_s).isEmpty());
    QVERIFY(VeraVocabulary::referenceName({}, u"V"_s).isEmpty());
}

void TestVeraVocabulary::everyResourceAskedHasALabel()
{
    QCOMPARE(VeraVocabulary::resourceLabel(u"natuurlijk-personen"_s), u"Natuurlijk persoon"_s);
    QCOMPARE(VeraVocabulary::resourceLabel(u"huurovereenkomsten"_s), u"Huurovereenkomst"_s);
    QCOMPARE(VeraVocabulary::resourceLabel(u"externe-incassos"_s), u"Externe incasso"_s);
    QCOMPARE(VeraVocabulary::resourceLabel(u"relatie-adressen"_s), u"Relatieadres"_s);
    QStringList asked { QString::fromLatin1(VeraCatalogue::personResource) };
    for (const VeraDomain domain : codes::all<VeraDomain>()) {
        for (const VeraResource &r : VeraCatalogue::resourcesOf(domain))
            asked << QString::fromLatin1(r.path);
    }
    QCOMPARE(asked.size(), 41);
    for (const QString &path : std::as_const(asked)) {
        QVERIFY2(!VeraVocabulary::schemaOf(path).isEmpty(), qPrintable(path));
        const QString label = VeraVocabulary::resourceLabel(path);
        QVERIFY2(!label.isEmpty() && label != VeraVocabulary::words(path), qPrintable(path));
    }
    // Where the person's links lead, too: followed, an object is kept under its path's folder.
    QCOMPARE(VeraVocabulary::resourceLabel(u"regelingen"_s), u"Regeling"_s);
}

void TestVeraVocabulary::whatTheSpecificationsDoNotKnowFallsBack()
{
    QCOMPARE(VeraVocabulary::fieldLabel(u"natuurlijk-personen"_s, u"voornamen"_s), u"Voornamen"_s);
    QCOMPARE(VeraVocabulary::fieldLabel(u"eigen-lijst"_s, u"aantalTermijnen"_s),
             u"Aantal termijnen"_s);
    QCOMPARE(VeraVocabulary::resourceLabel(u"eigen-lijst"_s), u"Eigen lijst"_s);
    QVERIFY(VeraVocabulary::schemaOf(u"eigen-lijst"_s).isEmpty());
    QVERIFY(VeraVocabulary::description(u"natuurlijk-personen"_s, u"voornamen"_s).isEmpty());
    QVERIFY(VeraVocabulary::field({}, u"geslacht"_s).label.isEmpty());
    QVERIFY(VeraVocabulary::field(u"Relaties/Onbekend"_s, u"geslacht"_s).label.isEmpty());
}

QTEST_GUILESS_MAIN(TestVeraVocabulary)
#include "tst_veravocabulary.moc"
