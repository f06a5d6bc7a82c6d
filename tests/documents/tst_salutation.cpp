#include "letters/LetterWords.h"

#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;

// The greeting of every letter that greets ({{aanhef}}: the request's letters to the person or
// the representative, the breach notice to a person) comes from one rule,
// letterwords::salutationHtml. Dutch convention (Onze Taal, Taalunie): the surname without first
// names or initials; its first tussenvoegsel takes a capital when nothing precedes it; only the
// first part of a double name is affected; 't and d' stay small.

class tst_Salutation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dutchNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("greeting");
        const QString both = u"Geachte heer of mevrouw "_s;
        const QString sir = u"Geachte heer "_s;
        const QString madam = u"Geachte mevrouw "_s;
        // Double (married) names whose second part starts with a tussenvoegsel.
        QTest::newRow("double, van der")
            << u"Jansen-van der Berg"_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("double, initial")
            << u"A. Jansen-van der Berg"_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("double, first name")
            << u"Anna Jansen-van der Berg"_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("double, mevrouw")
            << u"mevrouw A. Jansen-van der Berg"_s << madam + u"Jansen-van der Berg"_s;
        QTest::newRow("double, Te as registered")
            << u"Heusinkveld-Te Brake"_s << both + u"Heusinkveld-Te Brake"_s;
        QTest::newRow("double, Te, first name")
            << u"Gerrit Heusinkveld-Te Brake"_s << both + u"Heusinkveld-Te Brake"_s;
        QTest::newRow("double, ten")
            << u"dhr. Den Braber-ten Haaf"_s << sir + u"Den Braber-ten Haaf"_s;
        QTest::newRow("double, first part with de")
            << u"de Groot-Visser"_s << both + u"De Groot-Visser"_s;
        QTest::newRow("double, de, initials")
            << u"W.J. de Groot-Visser"_s << both + u"De Groot-Visser"_s;
        QTest::newRow("double, both parts with one")
            << u"Marie van der Ven-van Dijk"_s << both + u"Van der Ven-van Dijk"_s;
        QTest::newRow("double, second van capital as typed")
            << u"J. Bos-Van Casteren"_s << both + u"Bos-Van Casteren"_s;
        QTest::newRow("double, no tussenvoegsel")
            << u"Anne Jacobs-Dijkgraaf"_s << both + u"Jacobs-Dijkgraaf"_s;
        QTest::newRow("double, hyphenated first name")
            << u"Anne-Marie Jansen-van der Berg"_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("double, spaces round the hyphen")
            << u"A. Jansen - van der Berg"_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("double, van den … de")
            << u"de heer S. van den Berg-de Graaf"_s << sir + u"Van den Berg-de Graaf"_s;
        // 't, d'.
        QTest::newRow("van 't") << u"van 't Hof"_s << both + u"Van 't Hof"_s;
        QTest::newRow("van 't, dhr.") << u"dhr. van 't Hof"_s << sir + u"Van 't Hof"_s;
        QTest::newRow("van 't, de heer") << u"de heer P. van 't Hof"_s << sir + u"Van 't Hof"_s;
        QTest::newRow("'t alone stays small") << u"Kees 't Hart"_s << both + u"'t Hart"_s;
        QTest::newRow("d' stays small") << u"mevrouw d'Ancona"_s << madam + u"d'Ancona"_s;
        // Single names with tussenvoegsels and prefixes.
        QTest::newRow("van der") << u"Anna van der Plas"_s << both + u"Van der Plas"_s;
        QTest::newRow("de, initials") << u"T. de Groot"_s << both + u"De Groot"_s;
        QTest::newRow("op de") << u"burgemeester Sascha op de Beek"_s << both + u"Op de Beek"_s;
        QTest::newRow("ter") << u"Jan ter Horst"_s << both + u"Ter Horst"_s;
        QTest::newRow("in 't") << u"Piet in 't Veld"_s << both + u"In 't Veld"_s;
        QTest::newRow("Oude") << u"Kees Oude Vrielink"_s << both + u"Oude Vrielink"_s;
        QTest::newRow("Groot, dhr.") << u"dhr. H. Groot Koerkamp"_s << sir + u"Groot Koerkamp"_s;
        QTest::newRow("el") << u"Mounir el Hamdaoui"_s << both + u"El Hamdaoui"_s;
        QTest::newRow("da, mw.") << u"mw. Isabel da Silva"_s << madam + u"Da Silva"_s;
        QTest::newRow("no tussenvoegsel") << u"Annelies Verbeek"_s << both + u"Verbeek"_s;
        QTest::newRow("Groot alone") << u"Jan Groot"_s << both + u"Groot"_s;
        QTest::newRow("titles") << u"drs. A. Bakker"_s << both + u"Bakker"_s;
        // As registers sort them: surname first.
        QTest::newRow("surname first, initials and particles")
            << u"Berg, J. van der"_s << both + u"Van der Berg"_s;
        QTest::newRow("surname first, particles with it")
            << u"Berg van der, J."_s << both + u"Van der Berg"_s;
        QTest::newRow("surname first, double")
            << u"Jansen-van der Berg, A."_s << both + u"Jansen-van der Berg"_s;
        QTest::newRow("surname first, 't") << u"Hof, P. van 't"_s << both + u"Van 't Hof"_s;
    }

    void dutchNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, greeting);
        QCOMPARE(pd::letterwords::salutationHtml(name), pd::letterwords::escaped(greeting));
    }
};

QTEST_GUILESS_MAIN(tst_Salutation)
#include "tst_salutation.moc"
