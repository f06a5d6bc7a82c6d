// InputLimits: the checks themselves, and the core services refusing what they
// refuse, on a real store, so that the CLI, the desk and the import behave alike: a megabyte of
// text is refused and not stored, a name over the limit, a postcode or phone number that is
// none, a date before 1990.

#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "domain/InputLimits.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Disclosures.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestInputLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postcodes_data();
    void postcodes();
    void phones_data();
    void phones();
    void identifiers_data();
    void identifiers();
    void dates();
    void lengths();
    void caseServiceRefusesAndStoresNothing();
    void registersRefuse();

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
};

void TestInputLimits::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestInputLimits::postcodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("spaced") << u"1234 AB"_s << true << u"1234 AB"_s;
    QTest::newRow("compact lower") << u"1234ab"_s << true << u"1234 AB"_s;
    QTest::newRow("two spaces") << u" 1234  ab "_s << true << u"1234 AB"_s;
    QTest::newRow("with NL") << u"NL-1234 AB"_s << true << u"1234 AB"_s;
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("Belgium") << u"be-1000"_s << true << u"BE-1000"_s;
    QTest::newRow("Germany") << u"DE 10115"_s << true << u"DE-10115"_s;
    QTest::newRow("leading zero") << u"0123 AB"_s << false << u"0123 AB"_s;
    QTest::newRow("five digits") << u"12345"_s << false << u"12345"_s;
    QTest::newRow("no country") << u"1000"_s << false << u"1000"_s;
    QTest::newRow("NL abroad") << u"NL-1000"_s << false << u"NL-1000"_s;
    QTest::newRow("text") << u"Dorpsstraat"_s << false << u"Dorpsstraat"_s;
    // The plain shapes are told without the regular expression, the rest with it.
    QTest::newRow("dash between") << u"1234-AB"_s << false << u"1234-AB"_s;
    QTest::newRow("tab between") << u"1234\tab"_s << true << u"1234 AB"_s;
    QTest::newRow("three letters") << u"1234 ABC"_s << false << u"1234 ABC"_s;
    QTest::newRow("digit last") << u"1234 A1"_s << false << u"1234 A1"_s;
    QTest::newRow("NL compact") << u"NL1234AB"_s << true << u"1234 AB"_s;
    // Look-alikes, as pasted from a PDF or another program: the same postcode.
    QTest::newRow("full-width") << u"\uFF11\uFF12\uFF13\uFF14\u3000\uFF41\uFF42"_s << true
                                << u"1234 AB"_s;
    QTest::newRow("thin and zero-width space") << u"1234\u2009A\u200BB"_s << true << u"1234 AB"_s;
}

void TestInputLimits::postcodes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    QCOMPARE(InputLimits::checkPostcode(text).isEmpty(), ok);
    QCOMPARE(InputLimits::normalisedPostcode(text), normalised);
}

void TestInputLimits::phones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("landline") << u"030 123 45 67"_s << true;
    QTest::newRow("mobile") << u"06-12345678"_s << true;
    QTest::newRow("international") << u"+31 (0)30-1234567"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("nine digits") << u"030123456"_s << false;
    QTest::newRow("sixteen digits") << u"+1234567890123456"_s << false;
    QTest::newRow("letters") << u"030-CALLME12"_s << false;
    QTest::newRow("plus inside") << u"030+1234567"_s << false;
    QTest::newRow("full-width digits")
        << u"\uFF10\uFF16-\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"_s << true;
    QTest::newRow("no-break spaces") << u"030\u00A0123\u202F45\u00A067"_s << true;
}

// What an identifier is stored and looked up as (customer numbers, house numbers, postcodes,
// phone numbers): the look-alikes a person cannot tell apart are one text.
void TestInputLimits::identifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << u"K100234"_s << u"K100234"_s;
    QTest::newRow("ASCII white space folded") << u" K1\t00 \r\n"_s << u"K1 00"_s;
    QTest::newRow("full-width digits")
        << u"K\uFF11\uFF10\uFF10\uFF12\uFF13\uFF14"_s << u"K100234"_s;
    QTest::newRow("full-width letter") << u"\uFF2B100234"_s << u"K100234"_s;
    QTest::newRow("zero-width space") << u"K100\u200B234"_s << u"K100234"_s;
    QTest::newRow("zero-width joiners") << u"K\u200C100\u200D234\u2060"_s << u"K100234"_s;
    QTest::newRow("byte order mark") << u"\uFEFFK100234"_s << u"K100234"_s;
    QTest::newRow("soft hyphen") << u"K-100\u00AD234"_s << u"K-100234"_s;
    QTest::newRow("thin space inside") << u"12\u2009a"_s << u"12 a"_s;
    QTest::newRow("no-break around") << u"\u00A012 a\u202F"_s << u"12 a"_s;
    QTest::newRow("Arabic-Indic digits stay") << u"\u0661\u0662"_s << u"\u0661\u0662"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only invisible") << u"\u200B\u00AD "_s << QString();
}

void TestInputLimits::identifiers()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QCOMPARE(InputLimits::normalisedIdentifier(text), normalised);
}

void TestInputLimits::phones()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(InputLimits::checkPhone(text).isEmpty(), ok);
}

void TestInputLimits::dates()
{
    QVERIFY(InputLimits::checkDate(u"Datum"_s, QDate(1990, 1, 1)).isEmpty());
    QVERIFY(!InputLimits::checkDate(u"Datum"_s, QDate(1989, 12, 31)).isEmpty());
    QVERIFY(!InputLimits::checkDate(u"Datum"_s, QDate()).isEmpty());
    QVERIFY(InputLimits::checkDate(u"Einde"_s, QDate(1985, 5, 1)).contains(u"Einde"_s));
}

void TestInputLimits::lengths()
{
    QVERIFY(
        InputLimits::checkLength(u"Naam"_s, QString(200, u'a'), InputLimits::maxName).isEmpty());
    const QString refused
        = InputLimits::checkLength(u"Naam"_s, QString(201, u'a'), InputLimits::maxName);
    QVERIFY(refused.contains(u"Naam"_s));
    QVERIFY(refused.contains(u"200"_s));
    QVERIFY(InputLimits::checkLengths({ { u"A"_s, u"kort"_s, 10 }, { u"B"_s, u"ook kort"_s, 10 } })
                .isEmpty());
    QVERIFY(
        InputLimits::checkLengths({ { u"A"_s, u"kort"_s, 10 }, { u"B"_s, u"veel te lang"_s, 5 } })
            .contains(u"B"_s));
}

void TestInputLimits::caseServiceRefusesAndStoresNothing()
{
    QTemporaryDir dir;
    auto store = createTestStore(dir.filePath(u"kluis"_s));
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 11, 20);
    ServiceError error;
    const auto created = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    const int events = countRows(store->database(), u"audit_events"_s);
    const int persons = countRows(store->database(), u"persons"_s);

    // A megabyte pasted into a note, the reasons for an extension or a description.
    const QString megabyte(1024 * 1024, u'x');
    QVERIFY(!cases.addNote(created->number, megabyte, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(QString::number(InputLimits::maxLongText))
                 || error.message.contains(QLocale().toString(InputLimits::maxLongText)),
             qPrintable(error.message));
    QVERIFY(
        !cases.extend(created->number, megabyte, QDate(2026, 11, 21), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    NewCase huge = request;
    huge.description = megabyte;
    QVERIFY(!cases.add(huge, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    // A name over the limit, a postcode or phone number that is none, a date before 1990.
    NewCase longName = request;
    longName.person.name = QString(InputLimits::maxName + 1, u'a');
    QVERIFY(!cases.add(longName, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    NewCase badPostcode = request;
    badPostcode.person.name = u"Bram"_s;
    badPostcode.person.postcode = u"12345"_s;
    QVERIFY(!cases.add(badPostcode, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"1234 AB"_s), qPrintable(error.message));
    NewCase badPhone = request;
    badPhone.callbackPhone = u"12345"_s;
    QVERIFY(!cases.add(badPhone, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    NewCase old = request;
    old.receivedDate = QDate(1989, 12, 31);
    QVERIFY(!cases.add(old, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    QCOMPARE(countRows(store->database(), u"audit_events"_s), events);
    QCOMPARE(countRows(store->database(), u"persons"_s), persons);

    // A good postcode is stored as "1234 AB".
    NewCase good = request;
    good.person.name = u"Cor"_s;
    good.person.postcode = u"1234ab"_s;
    good.person.phone = u"030-1234567"_s;
    const auto stored = cases.add(good, BsnCheck::Refuse, &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->person.postcode, u"1234 AB"_s);
}

void TestInputLimits::registersRefuse()
{
    Disclosure d;
    d.date = QDate(1985, 3, 1);
    d.recipientId = 1;
    d.persons = { { 1, u"Anna"_s, {} } };
    d.dataText = u"naam en adres"_s;
    d.purpose = u"reparatie"_s;
    d.basisText = u"huurovereenkomst"_s;
    d.basis = LegalBasis::Contract;
    QVERIFY(DisclosureService::validate(d, QDate(2026, 11, 21)).contains(u"1990"_s));
    d.date = QDate(2026, 3, 1);
    QVERIFY(DisclosureService::validate(d, QDate(2026, 11, 21)).isEmpty());
    d.purpose = QString(InputLimits::maxLongText + 1, u'p');
    QVERIFY(!DisclosureService::validate(d, QDate(2026, 11, 21)).isEmpty());

    QTemporaryDir dir;
    auto store = createTestStore(dir.filePath(u"kluis"_s));
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 11, 20);
    ServiceError error;
    const auto created = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(created, qPrintable(error.message));
    RetentionService retention(Session { *store, m_clock });
    const int events = countRows(store->database(), u"audit_events"_s);
    QVERIFY(!retention.placeHold(created->person.id, QString(1024 * 1024, u'r'), BsnCheck::Refuse,
                                 &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    const QList<RetentionRule> rules = retention.rules(test::MustRead());
    const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                   [](const RetentionRule &r) { return !r.isRequestFiles(); });
    QVERIFY(rule != rules.cend());
    QVERIFY(!retention.setItem(created->person.id, rule->code, QDate(1985, 1, 1), &error));
    QVERIFY2(error.message.contains(u"1990"_s), qPrintable(error.message));
    QCOMPARE(countRows(store->database(), u"audit_events"_s), events);
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
