// The name as a Dutch list sorts it (pd::sortName): the surname first, its tussenvoegsels after
// the given names, a double surname under its first part, and a name of one word or one already
// written with a comma as it is. The expected keys are written here by hand.

#include "domain/SortName.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSortName : public QObject
{
    Q_OBJECT

private slots:
    void key_data();
    void key();
    void dutchOrder();
    void foldedKey_data();
    void foldedKey();
};

void TestSortName::key_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<QString, QString>> rows {
        { u"Jan de Vries"_s, u"Vries, Jan de"_s },
        { u"Anna van den Berg"_s, u"Berg, Anna van den"_s },
        { u"Sanne in 't Veld"_s, u"Veld, Sanne in 't"_s },
        { u"Sanne in \u2019t Veld"_s, u"Veld, Sanne in \u2019t"_s },
        { u"P. Brouwer"_s, u"Brouwer, P."_s },
        { u"J.P. de Vries"_s, u"Vries, J.P. de"_s },
        { u"Kees"_s, u"Kees"_s },
        { u"Anna Jansen-de Vries"_s, u"Jansen-de Vries, Anna"_s },
        { u"Maria de Jong-van Dam"_s, u"Jong-van Dam, Maria de"_s },
        { u"Jan Peter van der Meer"_s, u"Meer, Jan Peter van der"_s },
        { u"Ruud van 't Hek"_s, u"Hek, Ruud van 't"_s },
        { u"Henk ter Horst"_s, u"Horst, Henk ter"_s },
        { u"Jan Van Der Meer"_s, u"Meer, Jan Van Der"_s },
        { u"de Vries"_s, u"Vries, de"_s },
        { u"Piet Zwart"_s, u"Zwart, Piet"_s },
        { u"Emre \u00c7elik"_s, u"\u00c7elik, Emre"_s },
        { u"Brouwer, P."_s, u"Brouwer, P."_s },
        { u"  Jan   de  Vries "_s, u"Vries, Jan de"_s },
        { u"Jan van"_s, u"van, Jan"_s },
        { u"Jansen-de Vries"_s, u"Jansen-de Vries"_s },
        { QString(), QString() },
    };
    for (const auto &[name, expected] : rows)
        QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name)) << name << expected;
}

void TestSortName::key()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(pd::sortName(name), expected);
}

// The order a list shows, case-insensitively by the key: under B, J, V as a Dutch list has them.
void TestSortName::dutchOrder()
{
    QStringList names {
        u"Jan de Vries"_s, u"Anna van den Berg"_s,    u"Sanne in 't Veld"_s, u"P. Brouwer"_s,
        u"Kees"_s,         u"Anna Jansen-de Vries"_s, u"Zo\u00eb Brouwer"_s, u"Piet Zwart"_s
    };
    std::ranges::sort(names, [](const QString &a, const QString &b) {
        return pd::sortName(a).compare(pd::sortName(b), Qt::CaseInsensitive) < 0;
    });
    const QStringList expected { u"Anna van den Berg"_s,    u"P. Brouwer"_s, u"Zo\u00eb Brouwer"_s,
                                 u"Anna Jansen-de Vries"_s, u"Kees"_s,       u"Sanne in 't Veld"_s,
                                 u"Jan de Vries"_s,         u"Piet Zwart"_s };
    QCOMPARE(names, expected);
}

// What the list compares: the key with its accents off and A-Z in lower case, so that a name
// that begins with Ö or É stands under O or E.
void TestSortName::foldedKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("umlaut") << u"Zo\u00eb \u00d6zt\u00fcrk"_s << u"ozturk, zoe"_s;
    QTest::newRow("acute") << u"C\u00e9line Dekker"_s << u"dekker, celine"_s;
    QTest::newRow("combining") << u"Jose\u0301 Ferna\u0301ndez"_s << u"fernandez, jose"_s;
    QTest::newRow("no decomposition")
        << u"\u00c6sa \u00d8rsted-Stra\u00dfe"_s << u"orsted-strasse, aesa"_s;
    QTest::newRow("dotless i") << u"Fatma Y\u0131lmaz"_s << u"yilmaz, fatma"_s;
    QTest::newRow("full width") << u"\uff2a\uff41\uff4e de \uff36ries"_s << u"vries, jan de"_s;
    QTest::newRow("typographic apostrophe")
        << u"Sanne in \u2019t Veld"_s << u"veld, sanne in \u2019t"_s;
}

void TestSortName::foldedKey()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(pd::sortKey(name), expected);
}

QTEST_APPLESS_MAIN(TestSortName)
#include "tst_sortname.moc"
