// `case list --json` writes each request with JsonWriter instead of building a
// QJsonObject and a QJsonDocument for it, and scripts read those bytes. These tests hold the
// writer beside QJsonDocument: the same bytes for texts with quotes, backslashes, control
// characters, characters beyond the BMP and lone surrogates, for days and moments, numbers,
// empty and nested containers, indented, compact and one level deep (an element of the list),
// and writeCaseJson beside caseToJson for requests with every field set, none set, and as a
// KCC-medewerker reads them.

#include "cases/CaseJson.h"
#include "persons/Person.h"
#include "util/Clock.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using pd::JsonWriter;

namespace {

using Write = std::function<void(JsonWriter &)>;

// What the writer writes as a whole document: QJsonDocument ends an indented one with a line
// break.
QByteArray written(const Write &write, JsonWriter::Style style)
{
    QByteArray out;
    JsonWriter json(&out, style);
    write(json);
    if (style == JsonWriter::Style::Indented)
        out += '\n';
    return out;
}

QByteArray documented(const QJsonObject &object, JsonWriter::Style style)
{
    return QJsonDocument(object).toJson(
        style == JsonWriter::Style::Indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

// The writer one level deep, framed as the only element of an array, against QJsonDocument's
// array: how `case list --json` writes its elements.
QByteArray writtenAsElement(const Write &write)
{
    QByteArray out("[\n    ");
    JsonWriter json(&out, JsonWriter::Style::Indented, 1);
    write(json);
    out += "\n]\n";
    return out;
}

QByteArray documentedAsElement(const QJsonObject &object)
{
    return QJsonDocument(QJsonArray { object }).toJson(QJsonDocument::Indented);
}

// The same bytes in the three forms; a message that shows both on failure.
void compareAllForms(const Write &write, const QJsonObject &expected)
{
    for (const auto style : { JsonWriter::Style::Indented, JsonWriter::Style::Compact }) {
        const QByteArray ours = written(write, style);
        const QByteArray theirs = documented(expected, style);
        QVERIFY2(
            ours == theirs,
            QByteArray(ours.toPercentEncoding() + " != " + theirs.toPercentEncoding()).constData());
    }
    const QByteArray ours = writtenAsElement(write);
    const QByteArray theirs = documentedAsElement(expected);
    QVERIFY2(
        ours == theirs,
        QByteArray(ours.toPercentEncoding() + " != " + theirs.toPercentEncoding()).constData());
}

// An object of one member, its value written by value, against {"v": expected}.
void compareMember(const Write &value, const QJsonValue &expected)
{
    compareAllForms(
        [&](JsonWriter &json) {
            json.beginObject();
            value(json.key("v"_L1));
            json.endObject();
        },
        QJsonObject { { u"v"_s, expected } });
}

QString units(std::initializer_list<char16_t> codes)
{
    QString text;
    for (const char16_t code : codes)
        text += QChar(code);
    return text;
}

} // namespace

class TestCaseJson final : public QObject
{
    Q_OBJECT

private slots:
    void texts_data();
    void texts();
    void everyUnitBelowTheSurrogates();
    void plainRunsAroundOneOtherUnit();
    void latin1Texts_data();
    void latin1Texts();
    void days_data();
    void days();
    void daysAskedAgainAndInTurn();
    void addressLines_data();
    void addressLines();
    void moments_data();
    void moments();
    void numbersAndLiterals();
    void emptyAndNestedContainers();
    void requests();
    void momentsAroundTheZonesTransitions();
};

void TestCaseJson::texts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("plain") << u"Huurder de Vries"_s;
    QTest::newRow("quotes and backslashes") << u"\"C:\\map\\\" en 'enkel'"_s;
    QTest::newRow("short escapes") << u"a\bb\fc\nd\re\tf"_s;
    QTest::newRow("other control characters")
        << units({ 0x0, 0x1, 0x7, 0xb, 0xe, 0x1b, 0x1f, 0x20, 0x7f });
    QTest::newRow("slash and delete") << u"a/b\x7f"_s;
    QTest::newRow("accents and euro") << u"Café Ĳssel € 10 – „zo”"_s;
    QTest::newRow("two- and three-byte edges")
        << units({ 0x80, 0x7ff, 0x800, 0xfffd, 0xfeff, 0xffff });
    QTest::newRow("beyond the BMP") << u"😀 𝄞 \U0010FFFF"_s;
    QTest::newRow("lone high surrogate at the end") << units({ u'a', 0xd83d });
    QTest::newRow("lone high surrogate before text") << units({ 0xd83d, u'a', u'b' });
    QTest::newRow("lone low surrogate") << units({ u'a', 0xde00, u'b' });
    QTest::newRow("low before high") << units({ 0xde00, 0xd83d });
    QTest::newRow("two highs, then a low") << units({ 0xd83d, 0xd83d, 0xde00 });
    QTest::newRow("high surrogate then an escape") << units({ 0xdbff, u'"', 0xdc00 });
    QTest::newRow("long mix")
        << QString(u"Straat \"12\"\\\n😀é"_s + units({ 0xd800, 0x1 })).repeated(500);
    // A text of a megabyte and more: quotes, backslashes, control characters and emoji spread
    // through it, a lone surrogate at its very end (the buffer's worst case, six bytes a unit).
    QTest::newRow("a megabyte")
        << QString(u"Omschrijving \"x\" C:\\map\r\n\u0001😀 "_s).repeated(40000) + units({ 0xdbff });
}

void TestCaseJson::texts()
{
    QFETCH(QString, text);
    compareAllForms(
        [&](JsonWriter &json) {
            json.beginObject();
            json.key("list"_L1).beginArray();
            json.string(text);
            json.string(text);
            json.endArray();
            json.key("text"_L1).string(text);
            json.endObject();
        },
        QJsonObject { { u"list"_s, QJsonArray { text, text } }, { u"text"_s, text } });
}

// Every UTF-16 unit that is no surrogate, alone and between other characters.
void TestCaseJson::everyUnitBelowTheSurrogates()
{
    for (char16_t unit = 0; unit < 0xd800; ++unit) {
        const QString text = units({ unit }) + u"x"_s + units({ unit });
        compareMember([&](JsonWriter &json) { json.string(text); }, text);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"unit "_s + QString::number(static_cast<uint>(unit), 16)));
    }
}

// string() copies plain ASCII four units at a time: a unit that needs more than a
// copy (an escape, a control character, a multi-byte or lone surrogate unit) at every place in,
// before and after those groups of four, in texts of up to thirteen units.
void TestCaseJson::plainRunsAroundOneOtherUnit()
{
    const std::initializer_list<char16_t> others
        = { u'"', u'\\', u'\n', 0x1, 0x1f, 0x7f, 0x80, 0xe9, 0x20ac, 0xd83d, 0xde00, 0xffff };
    for (qsizetype size = 1; size <= 13; ++size) {
        for (qsizetype at = 0; at < size; ++at) {
            for (const char16_t other : others) {
                QString text = u"Abcdefghijklm"_s.left(size);
                text[at] = QChar(other);
                compareMember([&](JsonWriter &json) { json.string(text); }, text);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(u"size %1, unit %2 at %3"_s.arg(size)
                                         .arg(static_cast<uint>(other), 0, 16)
                                         .arg(at)));
            }
        }
    }
}

void TestCaseJson::latin1Texts_data()
{
    QTest::addColumn<QByteArray>("latin1");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a code") << QByteArray("deels-toegewezen");
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\c");
    QTest::newRow("control characters") << QByteArray("a\tb\001c\037");
    QTest::newRow("beyond ASCII") << QByteArray("caf\xe9 \xa0\xff");
}

// A Latin-1 text (a code of the product's tables) the same as the QString it stands for.
void TestCaseJson::latin1Texts()
{
    QFETCH(QByteArray, latin1);
    const QLatin1StringView text(latin1);
    compareMember([&](JsonWriter &json) { json.string(text); }, QString(text));
}

void TestCaseJson::days_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("invalid") << QDate();
    QTest::newRow("ordinary") << QDate(2026, 4, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
    QTest::newRow("year one") << QDate(1, 1, 1);
    QTest::newRow("year 9999") << QDate(9999, 12, 31);
    QTest::newRow("year 10000") << QDate(10000, 1, 1);
    QTest::newRow("before the common era") << QDate(-44, 3, 15);
}

void TestCaseJson::days()
{
    QFETCH(QDate, day);
    compareMember([&](JsonWriter &json) { json.date(day); }, pd::jsonDate(day));
}

// The writer keeps the text of the days it wrote, by their number: a day asked again, days
// whose numbers share a place in what is kept (64 apart) and days between them in turn are each
// written as their own.
void TestCaseJson::daysAskedAgainAndInTurn()
{
    const QDate first(2026, 4, 1);
    QList<QDate> days;
    for (const int apart : { 0, 64, 0, 128, 1, 64 * 40, -64, 0, -64 * 800, 1, 64 })
        days << first.addDays(apart);
    days << QDate(10000, 1, 1).addDays(-64) << QDate(10000, 1, 1) << QDate(-44, 3, 15) << first;
    for (const QDate &day : std::as_const(days))
        compareMember([&](JsonWriter &json) { json.date(day); }, pd::jsonDate(day));
}

// The person's address on one line, as each request's "person" states it: the parts as stored
// (most already simple) and parts with white space to simplify.
void TestCaseJson::addressLines_data()
{
    QTest::addColumn<QStringList>("parts"); // street, house number, postcode, city
    QTest::addColumn<QString>("line");
    QTest::newRow("as stored") << QStringList { u"Kerkpad"_s, u"12"_s, u"6582 BC"_s, u"Heumen"_s }
                               << u"Kerkpad 12, 6582 BC Heumen"_s;
    QTest::newRow("postcode without its space")
        << QStringList { u"Lange Nieuwstraat"_s, u"117 bis"_s, u"3512pn"_s, u"Utrecht"_s }
        << u"Lange Nieuwstraat 117 bis, 3512 PN Utrecht"_s;
    QTest::newRow("no house number")
        << QStringList { u"Kerkpad"_s, QString(), u"6582 BC"_s, u"Heumen"_s }
        << u"Kerkpad, 6582 BC Heumen"_s;
    QTest::newRow("house number only")
        << QStringList { QString(), u"12"_s, QString(), u"Heumen"_s } << u"12, Heumen"_s;
    QTest::newRow("no place") << QStringList { u"Kerkpad"_s, u"12"_s, QString(), QString() }
                              << u"Kerkpad 12"_s;
    QTest::newRow("place only") << QStringList { QString(), QString(), u"6582bc"_s, QString() }
                                << u"6582 BC"_s;
    QTest::newRow("nothing") << QStringList { QString(), QString(), QString(), QString() }
                             << QString();
    QTest::newRow("white space to simplify")
        << QStringList { u" Lange\tNieuwstraat "_s, u"117  bis"_s, u" 3512pn"_s, u"Utrecht\n"_s }
        << u"Lange Nieuwstraat 117 bis, 3512 PN Utrecht"_s;
    QTest::newRow("no-break space")
        << QStringList { u"Kerkpad\u00a0"_s, u"12"_s, u"6582 BC"_s, u"Heumen"_s }
        << u"Kerkpad 12, 6582 BC Heumen"_s;
    QTest::newRow("only white space")
        << QStringList { u" "_s, u"\t"_s, u" "_s, u"  "_s } << QString();
}

void TestCaseJson::addressLines()
{
    QFETCH(QStringList, parts);
    QFETCH(QString, line);
    pd::Person person;
    person.street = parts.at(0);
    person.houseNumber = parts.at(1);
    person.postcode = parts.at(2);
    person.city = parts.at(3);
    QCOMPARE(pd::addressLine(person), line);
}

void TestCaseJson::moments_data()
{
    QTest::addColumn<QDateTime>("moment");
    const QTimeZone amsterdam = pd::organisationTimeZone();
    QTest::newRow("invalid") << QDateTime();
    QTest::newRow("UTC") << QDateTime(QDate(2026, 4, 1), QTime(23, 40, 5, 123), Qt::UTC);
    QTest::newRow("summer in Amsterdam")
        << QDateTime(QDate(2026, 4, 1), QTime(1, 40), Qt::UTC).toTimeZone(amsterdam);
    QTest::newRow("winter in Amsterdam")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC).toTimeZone(amsterdam);
    QTest::newRow("Amsterdam mean time")
        << QDateTime(QDate(1920, 6, 1), QTime(12, 0), Qt::UTC).toTimeZone(amsterdam);
    QTest::newRow("half an hour east")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    QTest::newRow("west") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC,
                                       -(3 * 3600 + 1800));
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("local time") << QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::LocalTime);
}

void TestCaseJson::moments()
{
    QFETCH(QDateTime, moment);
    compareMember([&](JsonWriter &json) { json.moment(moment); },
                  moment.isValid() ? QJsonValue(moment.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null));
    // How a request states its moments: on the organisation's clock.
    if (moment.isValid())
        compareMember([&](JsonWriter &json) { json.moment(pd::organisationTime(moment)); },
                      pd::jsonMoment(moment));
}

void TestCaseJson::numbersAndLiterals()
{
    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 max = std::numeric_limits<qint64>::max();
    compareAllForms(
        [&](JsonWriter &json) {
            json.beginObject();
            json.key("a"_L1).number(0);
            json.key("b"_L1).number(-1);
            json.key("c"_L1).number(std::numeric_limits<int>::max());
            json.key("d"_L1).number(min);
            json.key("e"_L1).number(max);
            json.key("f"_L1).boolean(true);
            json.key("g"_L1).boolean(false);
            json.key("h"_L1).null();
            json.endObject();
        },
        QJsonObject { { u"a"_s, 0 },
                      { u"b"_s, -1 },
                      { u"c"_s, std::numeric_limits<int>::max() },
                      { u"d"_s, min },
                      { u"e"_s, max },
                      { u"f"_s, true },
                      { u"g"_s, false },
                      { u"h"_s, QJsonValue(QJsonValue::Null) } });
}

void TestCaseJson::emptyAndNestedContainers()
{
    compareAllForms(
        [](JsonWriter &json) {
            json.beginObject();
            json.key("a"_L1).beginArray();
            json.endArray();
            json.key("b"_L1).beginObject();
            json.endObject();
            json.key("c"_L1).beginArray();
            json.beginArray();
            json.endArray();
            json.beginObject();
            json.key("x"_L1).beginArray();
            json.number(1);
            json.beginObject();
            json.endObject();
            json.endArray();
            json.endObject();
            json.endArray();
            json.endObject();
        },
        QJsonObject {
            { u"a"_s, QJsonArray() },
            { u"b"_s, QJsonObject() },
            { u"c"_s,
              QJsonArray { QJsonArray(),
                           QJsonObject { { u"x"_s, QJsonArray { 1, QJsonObject() } } } } },
        });
    compareAllForms(
        [](JsonWriter &json) {
            json.beginObject();
            json.endObject();
        },
        QJsonObject());
}

namespace {

const QString tricky = u"\"Zo\\\" – 😀\n\t"_s + units({ 0xd800, 0x1f });

// A request with every field the JSON states set, its texts tricky.
pd::Case fullRequest()
{
    pd::Case c;
    c.number = u"AVG-2026-0042"_s;
    c.version = 7;
    c.person.name = u"J. \"Jan\" de Vries"_s + tricky;
    c.person.klantnummer = u"K-1234\\5"_s;
    c.person.relation = pd::Relation::ExHuurder;
    c.person.street = u"Kerkpad"_s;
    c.person.houseNumber = u"12"_s;
    c.person.postcode = u"6582 BC"_s;
    c.person.city = u"Heumen"_s;
    c.person.source = u"ERP-import"_s + tricky;
    c.types = { pd::RequestType::Inzage, pd::RequestType::Bezwaar, pd::RequestType::Verwijdering };
    c.channel = pd::Channel::Gemachtigde;
    c.receivedDate = QDate(2026, 3, 30);
    c.receivedAt = QDateTime(QDate(2026, 3, 30), QTime(22, 30, 15), Qt::UTC);
    c.registeredAt = QDateTime(QDate(2026, 3, 31), QTime(8, 1, 2, 345), Qt::UTC);
    c.receivedBy = u"a.bakker"_s;
    c.representative = u"Mr. B. Advocaat"_s + tricky;
    c.representativeMandate = u"Volmacht \"alles\""_s;
    c.mandate = { QDate(2026, 4, 1), QDate(2026, 4, 3) };
    c.attachmentCount = 3;
    c.description = u"Beschrijving\r\nmet \\ en \""_s + tricky;
    c.callbackPhone = u"06-00000000"_s;
    c.state = pd::CaseState::Afgerond;
    c.handler = u"p.jansen"_s;
    c.identification
        = { QDate(2026, 4, 2), QDate(2026, 4, 4), pd::IdMethod::Balie, u"p.jansen"_s, true };
    c.extended = true;
    c.extensionReason = u"Complex"_s + tricky;
    c.extensionNotified = QDate(2026, 4, 20);
    c.outcome = pd::Outcome::DeelsToegewezen;
    c.refusalGrounds = { pd::RefusalGround::Art15_4, pd::RefusalGround::Art17_3b };
    c.motivation = u"Reden"_s + tricky;
    c.directMarketing = true;
    c.changedData = { pd::DataCategory::Naw, pd::DataCategory::Emailadres };
    c.objection = { { pd::ObjectionSubject::Nieuwsbrief, QString(), true },
                    { pd::ObjectionSubject::Overig, u"Iets anders"_s + tricky, false } };
    c.transmitTo = { u"Andere corporatie"_s + tricky, u"info@example.org"_s };
    c.noIdentificationReason = u"Bekend"_s + tricky;
    c.decisions = { { pd::RequestType::Inzage, pd::Outcome::Toegewezen, {}, QString(), tricky },
                    { pd::RequestType::Verwijdering,
                      pd::Outcome::Afgewezen,
                      { pd::RefusalGround::Art17_3b },
                      u"Bewaarplicht"_s + tricky,
                      QString() } };
    c.answeredOn = QDate(2026, 5, 1);
    c.answerChannel = u"brief"_s;
    return c;
}

pd::CaseDeadlines everyFlagSet(const pd::Case &c)
{
    pd::CaseDeadlines d = pd::deadlinesFor(c, pd::DeadlinePolicy {});
    d.all.pauseDays = 4;
    d.all.mandatePauseDays = -2;
    d.all.identificationLate = true;
    d.all.suspended = true;
    d.all.mandateLate = true;
    d.all.mandateSuspended = true;
    d.all.binding = pd::Binding::Policy;
    d.all.bindingExtended = pd::Binding::Legal;
    d.currentBinding = pd::Binding::Policy;
    d.extensionLegallyLate = true;
    return d;
}

} // namespace

// writeCaseJson against caseToJson (with the list's two lateness keys inserted, as the list did)
// for a request with everything, one with nothing, one decided before schema 15 (decisions
// derived), and each as a KCC-medewerker reads it.
void TestCaseJson::requests()
{
    const pd::Case full = fullRequest();
    pd::Case derived = full;
    derived.decisions.clear();
    derived.types = { pd::RequestType::Rectificatie };
    derived.identification.succeeded = false;
    derived.identification.method.reset();
    derived.transmitTo = {};
    derived.outcome.reset();
    derived.person.source.clear();
    pd::Case nothing;
    const QList<std::pair<const char *, pd::Case>> requests {
        { "full", full },
        { "derived decisions", derived },
        { "nothing set", nothing },
        { "full through a KCC scope", pd::intakeFields(full) },
        { "empty intake", pd::intakeFields(nothing) },
    };
    const pd::Lateness late { 12, 44, QDate(2026, 4, 30), QDate(2026, 4, 27) };
    for (const auto &named : requests) {
        const pd::Case &request = named.second;
        for (const pd::CaseDeadlines &deadlines :
             { pd::deadlinesFor(request, pd::DeadlinePolicy {}), everyFlagSet(request) }) {
            for (const pd::Lateness *lateness :
                 { static_cast<const pd::Lateness *>(nullptr), &late }) {
                QJsonObject expected = pd::caseToJson(request, deadlines);
                if (lateness) {
                    expected.insert(u"late_legal_days"_s, lateness->legalDays);
                    expected.insert(u"late_policy_days"_s, lateness->policyDays);
                }
                compareAllForms(
                    [&](JsonWriter &json) {
                        pd::writeCaseJson(json, request, deadlines, lateness);
                    },
                    expected);
                if (QTest::currentTestFailed())
                    QFAIL(named.first);
            }
        }
    }
}

// writeCaseJson keeps the organisation's offset for the stretch between two transitions of its
// zone: moments just before, at and after the summer time transitions of 2026, then
// far before and after them, back and forth, are written as caseToJson writes them.
void TestCaseJson::momentsAroundTheZonesTransitions()
{
    const QDateTime spring(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
    const QDateTime autumn(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC);
    const QList<QDateTime> moments {
        spring.addSecs(-1),
        spring,
        spring.addSecs(1),
        spring.addSecs(-3600),
        autumn.addSecs(-1),
        spring.addMSecs(-1),
        autumn,
        autumn.addMSecs(-1),
        autumn.addSecs(3600),
        QDateTime(QDate(1970, 6, 1), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(1925, 1, 1), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2099, 7, 1), QTime(12, 0), Qt::UTC),
        spring,
    };
    pd::Case c = fullRequest();
    for (qsizetype i = 0; i < moments.size(); ++i) {
        c.receivedAt = moments.at(i);
        c.registeredAt = moments.at((i + 3) % moments.size());
        const pd::CaseDeadlines deadlines = pd::deadlinesFor(c, pd::DeadlinePolicy {});
        compareAllForms([&](JsonWriter &json) { pd::writeCaseJson(json, c, deadlines, nullptr); },
                        pd::caseToJson(c, deadlines));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(moments.at(i).toString(Qt::ISODateWithMs)));
    }
}

QTEST_GUILESS_MAIN(TestCaseJson)
#include "tst_casejson.moc"
