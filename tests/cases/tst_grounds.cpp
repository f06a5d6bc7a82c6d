// Which refusal ground fits which kind of request (Grounds), as a table of every
// ground against every kind, written here independently of core: art. 15(4) only for inzage,
// art. 16 (the data are accurate) only for rectificatie,
// art. 17(3)(a)–(e) only for verwijdering, art. 18(2) only for beperking, art. 20(1) only for
// overdraagbaarheid, art. 21(1) only for bezwaar and never against direct marketing, art. 12(5)
// and art. 41 UAVG with its ground for every kind, art. 23 never on its own, and the codes of
// of the first releases without their letter read but never accepted.

#include "cases/CaseCodes.h"
#include "cases/Grounds.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

// The kinds each specific ground fits; every other ground fits every kind.
const QHash<QString, QStringList> &specific()
{
    static const QHash<QString, QStringList> table {
        { u"art-15-4"_s, { u"inzage"_s } },
        { u"art-16"_s, { u"rectificatie"_s } },
        { u"art-17-3-a"_s, { u"verwijdering"_s } },
        { u"art-17-3-b"_s, { u"verwijdering"_s } },
        { u"art-17-3-c"_s, { u"verwijdering"_s } },
        { u"art-17-3-d"_s, { u"verwijdering"_s } },
        { u"art-17-3-e"_s, { u"verwijdering"_s } },
        { u"art-17-3"_s, { u"verwijdering"_s } },
        { u"art-18-2"_s, { u"beperking"_s } },
        { u"art-20-1"_s, { u"overdraagbaarheid"_s } },
        { u"art-20-2"_s, { u"overdraagbaarheid"_s } },
        { u"art-20-4"_s, { u"overdraagbaarheid"_s } },
        { u"art-21-dwingend"_s, { u"bezwaar"_s } },
    };
    return table;
}

const QStringList legacyCodes { u"art-17-3"_s, u"art-41-uavg"_s };

QList<RefusalGround> grounds(const QStringList &codes)
{
    QList<RefusalGround> result;
    for (const QString &code : codes) {
        const auto ground = codes::from<RefusalGround>(code);
        if (!ground)
            qFatal("unknown ground code %s", qPrintable(code));
        result << *ground;
    }
    return result;
}

QList<RequestType> types(const QStringList &codes)
{
    QList<RequestType> result;
    for (const QString &code : codes) {
        const auto type = codes::from<RequestType>(code);
        if (!type)
            qFatal("unknown request type %s", qPrintable(code));
        result << *type;
    }
    return result;
}

} // namespace

class TestGrounds final : public QObject
{
    Q_OBJECT

private slots:
    void codes();
    void groundsByTypes_data();
    void groundsByTypes();
    void check_data();
    void check();
    void choosable();
};

void TestGrounds::codes()
{
    // Every letter of art. 17(3) and of art. 41(1) UAVG has its own code; the codes of before
    // the first releases are still read.
    QStringList expected { u"art-12-5"_s, u"art-15-4"_s, u"art-16"_s,   u"art-18-2"_s,
                           u"art-20-1"_s, u"art-20-2"_s, u"art-20-4"_s, u"art-21-dwingend"_s,
                           u"art-23"_s,   u"overig"_s };
    for (const QChar letter : u"abcde"_s)
        expected << u"art-17-3-"_s + letter;
    for (const QChar letter : u"abcdefghij"_s)
        expected << u"art-41-1-"_s + letter;
    expected << legacyCodes;
    QStringList actual;
    QSet<QString> labels;
    for (RefusalGround ground : codes::all<RefusalGround>()) {
        actual << codes::code(ground);
        QCOMPARE(codes::from<RefusalGround>(codes::code(ground)),
                 std::optional<RefusalGround>(ground));
        QVERIFY(!codes::label(ground).isEmpty());
        labels.insert(codes::label(ground));
        QCOMPARE(Grounds::isLegacy(ground), legacyCodes.contains(codes::code(ground)));
        QCOMPARE(Grounds::isArt17_3Letter(ground), codes::code(ground).startsWith(u"art-17-3-"));
        QCOMPARE(Grounds::isArt41Uavg(ground), codes::code(ground).startsWith(u"art-41-1-"));
        QVERIFY(!Grounds::article(ground).contains(u':'));
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(labels.size(), expected.size());
    QCOMPARE(codes::label(RefusalGround::Art17_3), u"Art. 17(3) GDPR (letter not recorded)"_s);
    QCOMPARE(Grounds::article(RefusalGround::Art17_3b), u"Art. 17(3)(b) GDPR"_s);
    QCOMPARE(Grounds::article(RefusalGround::Art41_1i), u"Art. 41(1)(i) UAVG"_s);
}

// Every ground against every kind of request, alone.
void TestGrounds::groundsByTypes_data()
{
    QTest::addColumn<RefusalGround>("ground");
    QTest::addColumn<RequestType>("type");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<bool>("accepted"); // alone, for a request of only this kind
    for (RefusalGround ground : codes::all<RefusalGround>()) {
        const QString code = codes::code(ground);
        for (RequestType type : codes::all<RequestType>()) {
            const bool fits
                = !specific().contains(code) || specific().value(code).contains(codes::code(type));
            const bool accepted = fits && !legacyCodes.contains(code) && code != u"art-23"_s;
            QTest::addRow("%s × %s", qPrintable(code), qPrintable(codes::code(type)))
                << ground << type << fits << accepted;
        }
    }
}

void TestGrounds::groundsByTypes()
{
    QFETCH(RefusalGround, ground);
    QFETCH(RequestType, type);
    QFETCH(bool, fits);
    QFETCH(bool, accepted);
    QCOMPARE(Grounds::fits(ground, type), fits);
    QCOMPARE(Grounds::fittingTypes(ground).contains(type), fits);
    const QString problem = Grounds::check({ type }, { ground }, false);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        // One sentence that names the ground, and the kind when that is why.
        QVERIFY2(!problem.contains(u'\n'), qPrintable(problem));
        if (Grounds::isLegacy(ground)) {
            QVERIFY2(problem.contains(u"can no longer be chosen"), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(Grounds::article(ground)), qPrintable(problem));
            if (!fits)
                QVERIFY2(problem.contains(codes::label(type)), qPrintable(problem));
        }
    }
}

void TestGrounds::check_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("grounds");
    QTest::addColumn<bool>("onlyAbsolute");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };
    const QStringList both { u"inzage"_s, u"verwijdering"_s };
    row("no grounds") << both << QStringList() << false << true << QString();
    // A combined request: a ground fits when it fits one of its kinds.
    row("inzage+verwijdering: 15(4)")
        << both << QStringList { u"art-15-4"_s } << false << true << QString();
    row("inzage+verwijdering: 17(3)(b)")
        << both << QStringList { u"art-17-3-b"_s } << false << true << QString();
    row("inzage+verwijdering: 15(4) and 17(3)(e)")
        << both << QStringList { u"art-15-4"_s, u"art-17-3-e"_s } << false << true << QString();
    row("inzage+verwijdering: 21(1)")
        << both << QStringList { u"art-21-dwingend"_s } << false << false << u"Erasure (art. 17)"_s;
    row("inzage+verwijdering: 12(5) and 20(1)")
        << both << QStringList { u"art-12-5"_s, u"art-20-1"_s } << false << false
        << u"Art. 20(1) GDPR"_s;
    // A rectification refused because the data are accurate has its own ground.
    row("rectificatie: 16") << QStringList { u"rectificatie"_s } << QStringList { u"art-16"_s }
                            << false << true << QString();
    row("verwijdering: 16") << QStringList { u"verwijdering"_s } << QStringList { u"art-16"_s }
                            << false << false << u"Art. 16 GDPR"_s;
    row("bezwaar+inzage: 21(1)") << QStringList { u"bezwaar"_s, u"inzage"_s }
                                 << QStringList { u"art-21-dwingend"_s } << false << true
                                 << QString();
    // Art. 23 GDPR only beside art. 41 UAVG with its ground.
    row("23 alone") << both << QStringList { u"art-23"_s } << false << false << u"Art. 23"_s;
    row("23 with 12(5)") << both << QStringList { u"art-23"_s, u"art-12-5"_s } << false << false
                         << u"Art. 23"_s;
    row("23 with 41(1)(i)") << both << QStringList { u"art-23"_s, u"art-41-1-i"_s } << false << true
                            << QString();
    row("23 with 41 without its ground") << both << QStringList { u"art-23"_s, u"art-41-uavg"_s }
                                         << false << false << u"Art. 41 UAVG"_s;
    // Direct marketing: art. 21(3) makes the objection absolute.
    row("bezwaar, direct marketing: 21(1)")
        << QStringList { u"bezwaar"_s } << QStringList { u"art-21-dwingend"_s } << true << false
        << u"direct marketing"_s;
    row("bezwaar, direct marketing: 12(5) and 21(1)")
        << QStringList { u"bezwaar"_s } << QStringList { u"art-12-5"_s, u"art-21-dwingend"_s }
        << true << false << u"Art. 21(1)"_s;
    row("bezwaar, direct marketing: 12(5)")
        << QStringList { u"bezwaar"_s } << QStringList { u"art-12-5"_s } << true << true
        << QString();
    row("bezwaar, not direct marketing: 21(1)")
        << QStringList { u"bezwaar"_s } << QStringList { u"art-21-dwingend"_s } << false << true
        << QString();
    // The codes of the first releases are never accepted again, with a fitting kind or not.
    row("legacy 17(3) on verwijdering")
        << QStringList { u"verwijdering"_s } << QStringList { u"art-17-3"_s } << false << false
        << u"(a) to (e)"_s;
    row("legacy 41 UAVG beside a fitting ground")
        << both << QStringList { u"art-12-5"_s, u"art-41-uavg"_s } << false << false
        << u"(a) to (j)"_s;
}

void TestGrounds::check()
{
    QFETCH(QStringList, types);
    QFETCH(QStringList, grounds);
    QFETCH(bool, onlyAbsolute);
    QFETCH(bool, accepted);
    QFETCH(QString, mentions);
    const QString problem = Grounds::check(::types(types), ::grounds(grounds), onlyAbsolute);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    if (!accepted) {
        QVERIFY2(!problem.contains(u'\n'), qPrintable(problem));
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
}

void TestGrounds::choosable()
{
    // What the completion dialog offers: the fitting grounds, never a code without its letter.
    for (RequestType type : codes::all<RequestType>()) {
        const QList<RefusalGround> offered = Grounds::choosable({ type });
        for (RefusalGround ground : codes::all<RefusalGround>())
            QCOMPARE(offered.contains(ground),
                     Grounds::fits(ground, type) && !Grounds::isLegacy(ground));
    }
    const QList<RefusalGround> combined
        = Grounds::choosable({ RequestType::Inzage, RequestType::Verwijdering });
    QVERIFY(combined.contains(RefusalGround::Art15_4));
    QVERIFY(combined.contains(RefusalGround::Art17_3e));
    QVERIFY(!combined.contains(RefusalGround::Art21Dwingend));
    QVERIFY(!combined.contains(RefusalGround::Art17_3));
    // In the order of the codes table: art. 12(5) first, "other" last.
    QCOMPARE(combined.constFirst(), RefusalGround::Art12_5);
    QCOMPARE(combined.constLast(), RefusalGround::Overig);
}

QTEST_GUILESS_MAIN(TestGrounds)
#include "tst_grounds.moc"
