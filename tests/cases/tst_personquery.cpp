// PersonQuery on a real encrypted store: the intake's single search field (what it makes of
// "K100234", "1234 ab 12a" and "celik"), exact customer numbers, postcode with house-number
// additions, diacritics-insensitive names with the limit, open-request counts, which requests
// are open and who handles them (by name), and anonymised persons left out.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QStringList namesOf(const QList<PersonMatch> &matches)
{
    QStringList names;
    for (const PersonMatch &match : matches)
        names << match.person.name;
    return names;
}

} // namespace

class TestPersonQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void fold_data();
    void fold();
    void byKlantnummerIsExact();
    void byPostcodeNormalisesAndMatchesAdditions();
    void byNameIgnoresCaseAndDiacritics();
    void byNameIsLimitedAndPrefixFirst();
    void openCasesCounted();
    void openRequestsNamedWithTheirHandler();
    void anonymisedNeverFound();
    void searchDispatches();

private:
    void add(const QString &name, const QString &klantnummer, const QString &postcode,
             const QString &houseNumber, int cases = 1);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC) };
};

void TestPersonQuery::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    add(u"Emre Çelik"_s, u"K100001"_s, u"1234 AB"_s, u"12"_s, 2);
    add(u"Anna Celik-de Wit"_s, u"K100002"_s, u"1234ab"_s, u"12a"_s);
    add(u"Jan de Vries"_s, u"K100003"_s, u"1234AB"_s, u"120"_s);
    add(u"Zoë Brouwer"_s, u"K100004"_s, u"9876 ZX"_s, u"3"_s);
    add(u"Brouwer, P."_s, u"K100005"_s, u"9876 ZX"_s, u"5-bis"_s, 0);
    for (int i = 0; i < 30; ++i)
        add(u"Pieter Jansen %1"_s.arg(i, 2, 10, QChar(u'0')), u"K2%1"_s.arg(i, 5, 10, QChar(u'0')),
            u"5555 AA"_s, QString::number(i + 1));
    add(u"Marie Pietersen"_s, u"K300001"_s, u"5555 AB"_s, u"1"_s);
}

void TestPersonQuery::add(const QString &name, const QString &klantnummer, const QString &postcode,
                          const QString &houseNumber, int cases)
{
    CaseService service(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.postcode = postcode;
    request.person.houseNumber = houseNumber;
    request.person.street = u"Dorpsstraat"_s;
    request.person.city = u"Utrecht"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = m_clock.today();
    ServiceError error;
    std::optional<Case> c = service.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    for (int i = 1; i < cases; ++i)
        QVERIFY(service.add(request, BsnCheck::Refuse, &error));
    if (cases == 0)
        QVERIFY(service.complete(
            c->number, test::completion(Outcome::Ingetrokken, m_clock.today(), u"brief"_s),
            BsnCheck::Refuse, &error));
}

void TestPersonQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("house");
    using Kind = PersonQuery::Parsed::Kind;
    QTest::newRow("empty") << u"  "_s << int(Kind::Empty) << QString() << QString();
    QTest::newRow("one letter") << u"a"_s << int(Kind::Empty) << QString() << QString();
    QTest::newRow("klantnummer K")
        << u"K100234"_s << int(Kind::Klantnummer) << u"K100234"_s << QString();
    QTest::newRow("klantnummer full-width, pasted")
        << u"\u00A0K\uFF11\uFF10\u200B\uFF10234"_s << int(Kind::Klantnummer) << u"K100234"_s
        << QString();
    QTest::newRow("postcode full-width")
        << u"\uFF11\uFF12\uFF13\uFF14\u2009AB"_s << int(Kind::Postcode) << u"1234AB"_s << QString();
    QTest::newRow("klantnummer digits")
        << u" 100234 "_s << int(Kind::Klantnummer) << u"100234"_s << QString();
    QTest::newRow("four digits: postcode still typed")
        << u"1234"_s << int(Kind::Empty) << QString() << QString();
    QTest::newRow("postcode") << u"1234 ab"_s << int(Kind::Postcode) << u"1234AB"_s << QString();
    QTest::newRow("postcode tight")
        << u"1234AB"_s << int(Kind::Postcode) << u"1234AB"_s << QString();
    QTest::newRow("postcode + number")
        << u"1234ab 12"_s << int(Kind::Postcode) << u"1234AB"_s << u"12"_s;
    QTest::newRow("postcode + addition")
        << u"1234 AB 12a"_s << int(Kind::Postcode) << u"1234AB"_s << u"12a"_s;
    QTest::newRow("postcode + -bis")
        << u"1234 AB 5-bis"_s << int(Kind::Postcode) << u"1234AB"_s << u"5-bis"_s;
    QTest::newRow("name") << u"  de  Vries "_s << int(Kind::Name) << u"de Vries"_s << QString();
    QTest::newRow("name with diacritics")
        << u"Çelik"_s << int(Kind::Name) << u"Çelik"_s << QString();
}

void TestPersonQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, house);
    const PersonQuery::Parsed parsed = PersonQuery::parse(text);
    QCOMPARE(int(parsed.kind), kind);
    switch (parsed.kind) {
    case PersonQuery::Parsed::Kind::Klantnummer:
        QCOMPARE(parsed.klantnummer, value);
        break;
    case PersonQuery::Parsed::Kind::Postcode:
        QCOMPARE(parsed.postcode, value);
        QCOMPARE(parsed.houseNumber, house);
        break;
    case PersonQuery::Parsed::Kind::Name:
        QCOMPARE(parsed.name, value);
        break;
    case PersonQuery::Parsed::Kind::Empty:
        break;
    }
}

void TestPersonQuery::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("cedilla") << u"Çelik"_s << u"celik"_s;
    QTest::newRow("trema") << u"Zoë"_s << u"zoe"_s;
    QTest::newRow("acute") << u"Éénhoorn"_s << u"eenhoorn"_s;
    QTest::newRow("slashed o") << u"Søren"_s << u"soren"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("dotless i") << u"Yıldız"_s << u"yildiz"_s;
    QTest::newRow("dotted I") << u"İnce"_s << u"ince"_s;
    QTest::newRow("ascii") << u"De Vries"_s << u"de vries"_s;
}

void TestPersonQuery::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(PersonQuery::fold(text), folded);
}

void TestPersonQuery::byKlantnummerIsExact()
{
    const PersonQuery query(Session { *m_store });
    QCOMPARE(namesOf(query.byKlantnummer(u"K100003"_s)), QStringList { u"Jan de Vries"_s });
    QCOMPARE(namesOf(query.byKlantnummer(u" k100003 "_s)), QStringList { u"Jan de Vries"_s });
    QVERIFY(query.byKlantnummer(u"K10000"_s).isEmpty()); // no prefix match
    QVERIFY(query.byKlantnummer(u"100003"_s).isEmpty());
    QVERIFY(query.byKlantnummer(QString()).isEmpty());
}

void TestPersonQuery::byPostcodeNormalisesAndMatchesAdditions()
{
    const PersonQuery query(Session { *m_store });
    const QStringList atPostcode = namesOf(query.byPostcode(u"1234 ab"_s, QString()));
    QCOMPARE(atPostcode.size(), 3);
    QCOMPARE(namesOf(query.byPostcode(u"1234AB"_s, QString())), atPostcode);
    // "12" finds 12 and 12a, not 120; "12a" and "12 A" find only 12a.
    QCOMPARE(namesOf(query.byPostcode(u"1234ab"_s, u"12"_s)),
             (QStringList { u"Emre Çelik"_s, u"Anna Celik-de Wit"_s }));
    QCOMPARE(namesOf(query.byPostcode(u"1234ab"_s, u"12a"_s)),
             QStringList { u"Anna Celik-de Wit"_s });
    QCOMPARE(namesOf(query.byPostcode(u"1234ab"_s, u"12 A"_s)),
             QStringList { u"Anna Celik-de Wit"_s });
    QCOMPARE(namesOf(query.byPostcode(u"9876zx"_s, u"5 bis"_s)), QStringList { u"Brouwer, P."_s });
    QVERIFY(query.byPostcode(u"1234ab"_s, u"13"_s).isEmpty());
    QVERIFY(query.byPostcode(u"0234ab"_s, QString()).isEmpty()); // not a postcode
    // A whole street is capped like a name search.
    QCOMPARE(query.byPostcode(u"5555AA"_s, QString()).size(), PersonQuery::nameLimit);
    // Numerically ordered: 2 before 10.
    const QList<PersonMatch> street = query.byPostcode(u"5555AA"_s, QString());
    QCOMPARE(street.at(1).person.houseNumber, u"2"_s);
    QCOMPARE(street.at(9).person.houseNumber, u"10"_s);
}

void TestPersonQuery::byNameIgnoresCaseAndDiacritics()
{
    const PersonQuery query(Session { *m_store });
    QCOMPARE(namesOf(query.byName(u"celik"_s)),
             (QStringList { u"Anna Celik-de Wit"_s, u"Emre Çelik"_s }));
    QCOMPARE(namesOf(query.byName(u"ÇELIK"_s)),
             (QStringList { u"Anna Celik-de Wit"_s, u"Emre Çelik"_s }));
    QCOMPARE(namesOf(query.byName(u"zoe"_s)), QStringList { u"Zoë Brouwer"_s });
    // Every word must occur, in any order.
    QCOMPARE(namesOf(query.byName(u"vries jan"_s)), QStringList { u"Jan de Vries"_s });
    QVERIFY(query.byName(u"vries anna"_s).isEmpty());
    // LIKE wildcards typed by the user are literal.
    QVERIFY(query.byName(u"%"_s).isEmpty());
    QVERIFY(query.byName(u"_"_s).isEmpty());
}

void TestPersonQuery::byNameIsLimitedAndPrefixFirst()
{
    const PersonQuery query(Session { *m_store });
    const QList<PersonMatch> pieter = query.byName(u"piet"_s);
    QCOMPARE(pieter.size(), PersonQuery::nameLimit);
    QVERIFY(!namesOf(pieter).contains(u"Marie Pietersen"_s)); // 30 prefix matches come first
    QCOMPARE(query.byName(u"piet"_s, 5).size(), 5);
    // Start of the name, then start of a word, then anywhere.
    QCOMPARE(namesOf(query.byName(u"brouwer"_s)),
             (QStringList { u"Brouwer, P."_s, u"Zoë Brouwer"_s }));
    QCOMPARE(namesOf(query.byName(u"wit"_s)), QStringList { u"Anna Celik-de Wit"_s });
}

void TestPersonQuery::openCasesCounted()
{
    const PersonQuery query(Session { *m_store });
    QCOMPARE(query.byKlantnummer(u"K100001"_s).value(0).openCases, 2);
    QCOMPARE(query.byKlantnummer(u"K100003"_s).value(0).openCases, 1);
    QCOMPARE(query.byKlantnummer(u"K100005"_s).value(0).openCases, 0); // withdrawn
    const PersonMatch emre = query.byKlantnummer(u"K100001"_s).value(0);
    QCOMPARE(emre.person.postcode, u"1234 AB"_s); // stored as InputLimits writes it
    QCOMPARE(emre.person.houseNumber, u"12"_s);
    QCOMPARE(emre.person.city, u"Utrecht"_s);
    QCOMPARE(emre.person.relation, Relation::Huurder);
    QVERIFY(emre.person.id > 0);
}

void TestPersonQuery::openRequestsNamedWithTheirHandler()
{
    // The phone desk tells the caller which requests are open and who handles them: the
    // colleague's name from the users list, not the login, and nothing for one nobody handles.
    UserService users(*m_store, Session { *m_store, m_clock });
    UserError userError;
    QVERIFY2(users.add(u"p.jansen"_s, u"Petra Jansen"_s, Role::Functionaris,
                       SecureBytes::fromUtf8(u"wachtwoord-van-petra"_s), &userError),
             qPrintable(userError.message));
    const PersonQuery query(Session { *m_store });
    const PersonMatch emre = query.byKlantnummer(u"K100001"_s).value(0);
    const auto before = query.openRequests(emre.person.id);
    QVERIFY(before);
    QCOMPARE(before->size(), 2);
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(cases.assign(before->at(1).number, u"p.jansen"_s, &error), qPrintable(error.message));

    const auto open = query.openRequests(emre.person.id, &error);
    QVERIFY2(open, qPrintable(error.message));
    QCOMPARE(open->size(), 2);
    QVERIFY(open->at(0).number < open->at(1).number); // the oldest first
    QCOMPARE(open->at(0).handler, QString());
    QCOMPARE(open->at(1).handler, u"Petra Jansen"_s);
    // A withdrawn request is not open.
    const PersonMatch brouwer = query.byKlantnummer(u"K100005"_s).value(0);
    QCOMPARE(query.openRequests(brouwer.person.id)->size(), 0);
}

void TestPersonQuery::anonymisedNeverFound()
{
    add(u"Vergeten Persoon"_s, u"K900001"_s, u"4444 XX"_s, u"1"_s);
    const PersonQuery query(Session { *m_store });
    QCOMPARE(query.byName(u"vergeten"_s).size(), 1);
    QSqlQuery update(m_store->database());
    QVERIFY(update.exec(u"UPDATE persons SET anonymised_at = '2026-03-10' WHERE klantnummer = "
                        "'K900001'"_s));
    QVERIFY(query.byName(u"vergeten"_s).isEmpty());
    QVERIFY(query.byKlantnummer(u"K900001"_s).isEmpty());
    QVERIFY(query.byPostcode(u"4444XX"_s, QString()).isEmpty());
}

void TestPersonQuery::searchDispatches()
{
    const PersonQuery query(Session { *m_store });
    QCOMPARE(namesOf(query.search(u"K100004"_s)), QStringList { u"Zoë Brouwer"_s });
    QCOMPARE(namesOf(query.search(u"9876 zx 3"_s)), QStringList { u"Zoë Brouwer"_s });
    QCOMPARE(namesOf(query.search(u"zoë"_s)), QStringList { u"Zoë Brouwer"_s });
    QVERIFY(query.search(u"1234"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPersonQuery)
#include "tst_personquery.moc"
