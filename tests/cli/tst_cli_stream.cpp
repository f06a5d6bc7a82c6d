// privacydesk-cli's long lists written while they are read: `case list` pages through
// the store (a page is 500 requests) and prints each request as it comes, with --json byte for
// byte what the tool printed when it built one document, --jsonl one object per line, and
// --limit/--offset. The store holds 1,260 requests, seven received on each day, so that pages
// end in the middle of a day and the keyset's tie on the number is exercised.

#include "CliRunner.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

const QString user = u"a.bakker"_s;
constexpr int requestCount = 1260;
constexpr int perDay = 7;

} // namespace

class TestCliStream final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonIsTheDocumentItWas();
    void jsonLinesHoldTheSameRequests();
    void limitAndOffset_data();
    void limitAndOffset();
    void textListPages();
    void badWindowIsUsage_data();
    void badWindowIsUsage();
    void failedReadMidStreamExitsOne();
    void otherListsTakeTheWindow();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QJsonArray all() const { return m_all; }

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QJsonArray m_all;
};

void TestCliStream::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), user, &error), qPrintable(error));
    {
        // The tool refuses a store that is open elsewhere: closed again before it runs.
        const std::unique_ptr<pd::Store> store
            = pd::test::openStoreAs(m_cli.store(), user, pd::test::CliRunner::storePassword);
        QVERIFY(store);
        pd::CaseService cases(pd::Session { *store });
        const QDate first(2025, 1, 6);
        for (int i = 0; i < requestCount; ++i) {
            pd::NewCase request;
            request.person.name = u"Huurder %1"_s.arg(i);
            request.person.klantnummer = u"K-%1"_s.arg(100000 + i);
            request.types = { pd::RequestType::Inzage };
            if (i % 3 == 0)
                request.types << pd::RequestType::Rectificatie;
            request.channel = pd::Channel::Email;
            request.receivedDate = first.addDays(i / perDay);
            pd::ServiceError failed;
            QVERIFY2(cases.add(request, pd::BsnCheck::Refuse, &failed), qPrintable(failed.message));
        }
    }
    const Result listed = onStore({ u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QJsonParseError parsed;
    m_all = QJsonDocument::fromJson(listed.out.toUtf8(), &parsed).array();
    QCOMPARE(parsed.error, QJsonParseError::NoError);
    QCOMPARE(m_all.size(), requestCount);
}

// The streamed document is what QJsonDocument writes for the whole array, byte for byte, in the
// order of receipt and number, each request with the keys it always had.
void TestCliStream::jsonIsTheDocumentItWas()
{
    const Result listed = onStore({ u"case"_s, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    const QByteArray out = listed.out.toUtf8();
    QCOMPARE(QJsonDocument::fromJson(out).toJson(QJsonDocument::Indented), out);
    QString previous;
    QString previousDay;
    for (const QJsonValue &value : all()) {
        const QJsonObject c = value.toObject();
        const QString day = c.value(u"received_date"_s).toString();
        const QString number = c.value(u"number"_s).toString();
        QVERIFY2(day > previousDay || (day == previousDay && number > previous),
                 qPrintable(number));
        previousDay = day;
        previous = number;
        for (const QString &key : { u"number"_s, u"state"_s, u"deadlines"_s, u"person"_s,
                                    u"types"_s, u"late_legal_days"_s, u"late_policy_days"_s })
            QVERIFY2(c.contains(key), qPrintable(key));
    }
    // An empty list is the empty document it was.
    const Result none = onStore({ u"case"_s, u"list"_s, u"--json"_s, u"--state"_s, u"afgerond"_s });
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QString::fromUtf8(QJsonDocument(QJsonArray()).toJson()));
    QCOMPARE(none.out, u"[\n]\n"_s);
}

void TestCliStream::jsonLinesHoldTheSameRequests()
{
    const Result lines = onStore({ u"case"_s, u"list"_s, u"--jsonl"_s });
    QCOMPARE(lines.exitCode, 0);
    QVERIFY(lines.out.endsWith(u'\n'));
    const QStringList each = lines.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(each.size(), requestCount);
    for (qsizetype i = 0; i < each.size(); ++i) {
        QJsonParseError parsed;
        const QJsonDocument line = QJsonDocument::fromJson(each.at(i).toUtf8(), &parsed);
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        QVERIFY(line.isObject());
        QCOMPARE(line.object(), all().at(i).toObject());
    }
    // --jsonl wins over --json: a script that always passes --json still gets lines.
    const Result both
        = onStore({ u"case"_s, u"list"_s, u"--json"_s, u"--jsonl"_s, u"--limit"_s, u"2"_s });
    QCOMPARE(both.exitCode, 0);
    QCOMPARE(both.out.count(u'\n'), 2);
}

void TestCliStream::limitAndOffset_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit"); // -1: not given
    QTest::newRow("first ten") << 0 << 10;
    QTest::newRow("across the first page end") << 495 << 12;
    QTest::newRow("a page and a half from inside") << 3 << 750;
    QTest::newRow("the rest after an offset") << 1000 << -1;
    QTest::newRow("the last one") << requestCount - 1 << 5;
    QTest::newRow("past the end") << requestCount << 10;
    QTest::newRow("limit 0") << 0 << 0;
}

void TestCliStream::limitAndOffset()
{
    QFETCH(int, offset);
    QFETCH(int, limit);
    QStringList arguments { u"case"_s, u"list"_s, u"--offset"_s, QString::number(offset) };
    if (limit >= 0)
        arguments << u"--limit"_s << QString::number(limit);
    const Result json = onStore(arguments + QStringList { u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray part = QJsonDocument::fromJson(json.out.toUtf8()).array();
    const qsizetype expected = std::max<qsizetype>(
        0, std::min<qsizetype>(limit < 0 ? requestCount : limit, requestCount - offset));
    QCOMPARE(part.size(), expected);
    for (qsizetype i = 0; i < part.size(); ++i)
        QCOMPARE(part.at(i).toObject(), all().at(offset + i).toObject());
    const Result lines = onStore(arguments + QStringList { u"--jsonl"_s });
    QCOMPARE(lines.exitCode, 0);
    const QStringList each = lines.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(each.size(), expected);
    if (!each.isEmpty())
        QCOMPARE(QJsonDocument::fromJson(each.constLast().toUtf8()).object(),
                 part.last().toObject());
}

void TestCliStream::textListPages()
{
    const Result text
        = onStore({ u"case"_s, u"list"_s, u"--offset"_s, u"499"_s, u"--limit"_s, u"3"_s });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(lines.at(i).startsWith(all().at(499 + i).toObject().value(u"number"_s).toString()),
                 qPrintable(lines.at(i)));
    const Result whole = onStore({ u"case"_s, u"list"_s });
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(whole.out.count(u'\n'), requestCount);
}

void TestCliStream::badWindowIsUsage_data()
{
    QTest::addColumn<QStringList>("window");
    QTest::newRow("negative limit") << QStringList { u"--limit"_s, u"-1"_s };
    QTest::newRow("word offset") << QStringList { u"--offset"_s, u"tien"_s };
    QTest::newRow("fraction") << QStringList { u"--limit"_s, u"2.5"_s };
}

void TestCliStream::badWindowIsUsage()
{
    QFETCH(QStringList, window);
    const Result bad = onStore(QStringList { u"case"_s, u"list"_s, u"--json"_s } + window);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains(u"whole number"_s), qPrintable(bad.err));
}

// A page that cannot be read after the first was printed: exit 1 with [read-failed]. What was
// printed stays, but the --json document has no closing "]" and does not parse; the --jsonl
// lines each parse, so a script must look at the exit code (as for every command).
void TestCliStream::failedReadMidStreamExitsOne()
{
    {
        // The name of every person after the 600th (one per request, in order) stops a read for
        // real: SQLite's abs() of the smallest integer is an overflow error, raised while the
        // second page is read. The list reads each request's person with its row (and its kinds
        // from the row itself, no longer from case_types).
        const std::unique_ptr<pd::Store> store
            = pd::test::openStoreAs(m_cli.store(), user, pd::test::CliRunner::storePassword);
        QVERIFY(store);
        QStringList columns;
        QSqlQuery info(store->database());
        QVERIFY(info.exec(u"PRAGMA table_info(persons)"_s));
        while (info.next()) {
            const QString column = info.value(1).toString();
            columns << (column == u"name"_s
                            ? u"CASE WHEN id > 600 THEN "
                              "abs(-9223372036854775807 - 1) ELSE name END AS name"_s
                            : column);
        }
        QVERIFY(columns.contains(u"id"_s));
        info.finish();
        QVERIFY(pd::test::renameTable(store->database(), u"persons"_s, u"persons_kept"_s));
        QVERIFY(pd::test::execSql(store->database(),
                                  u"CREATE VIEW persons AS SELECT "_s + columns.join(u", "_s)
                                      + u" FROM persons_kept"_s));
    }
    const Result json = onStore({ u"case"_s, u"list"_s, u"--json"_s });
    const Result lines = onStore({ u"case"_s, u"list"_s, u"--jsonl"_s });
    const Result text = onStore({ u"case"_s, u"list"_s });
    const Result firstJson
        = onStore({ u"case"_s, u"list"_s, u"--json"_s, u"--offset"_s, u"700"_s });
    const Result firstLines
        = onStore({ u"case"_s, u"list"_s, u"--jsonl"_s, u"--offset"_s, u"700"_s });
    {
        const std::unique_ptr<pd::Store> store
            = pd::test::openStoreAs(m_cli.store(), user, pd::test::CliRunner::storePassword);
        QVERIFY(store);
        QVERIFY(pd::test::execSql(store->database(), u"DROP VIEW persons"_s));
        QVERIFY(pd::test::renameTable(store->database(), u"persons_kept"_s, u"persons"_s));
    }
    for (const Result &failed : { json, lines, text }) {
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"[read-failed]"_s), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(u"The list could not be read"_s), qPrintable(failed.err));
    }
    // The first page went out before the second failed.
    QVERIFY(json.out.startsWith(u"[\n"_s));
    QVERIFY(!json.out.trimmed().endsWith(u']'));
    QJsonParseError parsed;
    QJsonDocument::fromJson(json.out.toUtf8(), &parsed);
    QVERIFY(parsed.error != QJsonParseError::NoError);
    QCOMPARE(json.out.count(u"\"number\": \"AVG-"_s), 500);
    const QStringList each = lines.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(each.size(), 500);
    for (const QString &line : each)
        QVERIFY(QJsonDocument::fromJson(line.toUtf8()).isObject());
    QCOMPARE(text.out.count(u'\n'), 500);
    // A first page that cannot be read prints nothing at all.
    for (const Result &first : { firstJson, firstLines }) {
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(u"[read-failed]"_s), qPrintable(first.err));
        QVERIFY(first.out.isEmpty());
    }
    // The store reads again once the table is back.
    const Result again = onStore({ u"case"_s, u"list"_s, u"--jsonl"_s, u"--offset"_s, u"600"_s });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.count(u'\n'), requestCount - 600);
}

// disclosure list and retention due/log: the same writer and window.
void TestCliStream::otherListsTakeTheWindow()
{
    const Result recipient = onStore(
        { u"recipient"_s, u"add"_s, u"Gemeente Houten"_s, u"--category"_s, u"gemeente"_s });
    QVERIFY2(recipient.exitCode == 0, qPrintable(recipient.err));
    for (int i = 0; i < 3; ++i) {
        const Result added = onStore(
            { u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Houten"_s, u"--person"_s,
              u"K-%1"_s.arg(100000 + i), u"--date"_s, u"2026-03-0%1"_s.arg(i + 1), u"--data"_s,
              u"contact"_s, u"--purpose"_s, u"Schuldhulp"_s, u"--basis"_s, u"a"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const Result listed = onStore({ u"disclosure"_s, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    const QByteArray out = listed.out.toUtf8();
    QCOMPARE(QJsonDocument::fromJson(out).toJson(QJsonDocument::Indented), out);
    const QJsonArray disclosures = QJsonDocument::fromJson(out).array();
    QCOMPARE(disclosures.size(), 3);
    const Result middle = onStore(
        { u"disclosure"_s, u"list"_s, u"--jsonl"_s, u"--offset"_s, u"1"_s, u"--limit"_s, u"1"_s });
    QCOMPARE(middle.exitCode, 0);
    QCOMPARE(middle.out.count(u'\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(middle.out.toUtf8()).object(), disclosures.at(1).toObject());
    const Result past = onStore({ u"disclosure"_s, u"list"_s, u"--json"_s, u"--offset"_s, u"3"_s });
    QCOMPARE(past.exitCode, 0);
    QCOMPARE(past.out, u"[\n]\n"_s);

    // Nothing destroyed yet: the empty document, and no lines.
    const Result log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.out, u"[\n]\n"_s);
    const Result logLines
        = onStore({ u"retention"_s, u"log"_s, u"--jsonl"_s, u"--limit"_s, u"5"_s });
    QCOMPARE(logLines.exitCode, 0);
    QVERIFY(logLines.out.isEmpty());
    QCOMPARE(onStore({ u"retention"_s, u"log"_s, u"--offset"_s, u"-2"_s }).exitCode, 2);
    const Result due = onStore({ u"retention"_s, u"due"_s, u"--on"_s, u"2026-11-01"_s, u"--json"_s,
                                 u"--limit"_s, u"0"_s });
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(due.out, u"[\n]\n"_s);
    QCOMPARE(onStore({ u"retention"_s, u"due"_s, u"--limit"_s, u"veel"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliStream)
#include "tst_cli_stream.moc"
