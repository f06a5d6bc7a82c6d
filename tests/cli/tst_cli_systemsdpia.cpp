// End to end with the real executable: register add/set --system, case systems, case
// system tick, case complete's Dutch refusal while a system is open (and --systems-open-ok), and
// dpia add/set/list/criteria.

#include "CliRunner.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Result = pd::test::CliRunner::Result;
} // namespace

class TestCliSystemsDpia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerNamesItsSystems();
    void checklistAndCompletion();
    void sentSeparately();
    void copyGivenBeforeTheAnswer();
    void dpiaCommands();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
};

void TestCliSystemsDpia::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
}

void TestCliSystemsDpia::registerNamesItsSystems()
{
    const Result added
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"A"_s, u"--purpose"_s,
                    u"Leveren van diensten"_s, u"--sub-purpose"_s, u"Verhuur"_s, u"--name"_s,
                    u"Huurovereenkomsten"_s, u"--basis"_s, u"b"_s, u"--subject"_s, u"huurders"_s,
                    u"--data"_s, u"naam"_s, u"--system"_s, u"ERP"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), u"A.1"_s);
    // register set: the repeatable option replaces the whole list, the rest stays.
    const Result set = onStore({ u"register"_s, u"set"_s, u"A.1"_s, u"--system"_s, u"ERP"_s,
                                 u"--system"_s, u"Klantmailbox"_s, u"--json"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QJsonObject json = QJsonDocument::fromJson(set.out.toUtf8()).object();
    QCOMPARE(json.value(u"systems"_s).toArray(), (QJsonArray { u"ERP"_s, u"Klantmailbox"_s }));
    QCOMPARE(json.value(u"name"_s).toString(), u"Huurovereenkomsten"_s);
    const Result unknown = onStore({ u"register"_s, u"set"_s, u"Z.9"_s, u"--system"_s, u"X"_s });
    QCOMPARE(unknown.exitCode, 1);
}

void TestCliSystemsDpia::checklistAndCompletion()
{
    const Result added
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Jan Jansen"_s, u"--relation"_s,
                    u"huurder"_s, u"--type"_s, u"inzage"_s, u"--channel"_s, u"email"_s,
                    u"--received"_s, pd::test::systemToday().toString(Qt::ISODate) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const Result listed = onStore({ u"case"_s, u"systems"_s, number, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray systems = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(systems.size(), 2);
    QCOMPARE(systems.at(0).toObject().value(u"system"_s).toString(), u"ERP"_s);
    QCOMPARE(systems.at(0).toObject().value(u"searched"_s).toBool(), false);

    const Result ticked
        = onStore({ u"case"_s, u"system"_s, u"tick"_s, number, u"erp"_s, u"--result"_s,
                    u"niets-gevonden"_s, u"--note"_s, u"Gezocht op klantnummer"_s });
    QVERIFY2(ticked.exitCode == 0, qPrintable(ticked.err));
    const Result wrong = onStore(
        { u"case"_s, u"system"_s, u"tick"_s, number, u"ERP"_s, u"--result"_s, u"onbekend"_s });
    QCOMPARE(wrong.exitCode, 2);

    // Completion is refused in Dutch while the mailbox is open, unless overridden.
    const QStringList complete { u"case"_s,
                                 u"complete"_s,
                                 number,
                                 u"--outcome"_s,
                                 u"toegewezen"_s,
                                 u"--answered"_s,
                                 pd::test::systemToday().toString(Qt::ISODate),
                                 u"--no-identification-reason"_s,
                                 pd::test::knownDataSubject };
    const Result refused = onStore(complete);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"1 systeem nog niet doorzocht: Klantmailbox."_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--systems-open-ok"_s), qPrintable(refused.err));
    const Result text = onStore({ u"case"_s, u"systems"_s, number });
    QVERIFY(text.out.contains(u"Niets gevonden"_s));
    QVERIFY(text.out.contains(u"Gezocht op klantnummer"_s));
    QVERIFY(text.out.contains(u"nog niet doorzocht"_s));
    // The moment of the search is on the Dutch clock, whatever zone the computer is set to (UTC+14
    // here; on a machine set to UTC it was an hour early, the day before at 00:30).
    const QJsonArray searched
        = QJsonDocument::fromJson(
              onStore({ u"case"_s, u"systems"_s, number, u"--json"_s }).out.toUtf8())
              .array();
    const QDateTime searchedAt = QDateTime::fromString(
        searched.at(0).toObject().value(u"searchedAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(searchedAt.isValid());
    pd::test::CliRunner farAway = m_cli;
    farAway.setEnvironment(u"TZ"_s, QString::fromLatin1(pd::test::farZone));
    const Result far = farAway.onStore({ u"case"_s, u"systems"_s, number });
    const QString dutch = pd::organisationTime(searchedAt).toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(far.out.contains(u"a.bakker, "_s + dutch), qPrintable(far.out + u" lacks "_s + dutch));
    // The copy is given (the inzage report made for the request) before the answer.
    const Result exported = onStore({ u"export"_s, u"person"_s, number, u"--pdf"_s,
                                      m_tmp.filePath(u"jansen.pdf"_s), u"--keep-all"_s });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Result done = onStore(complete + QStringList { u"--systems-open-ok"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QVERIFY(done.err.contains(u"Klantmailbox"_s)); // still said
}

// The day the data a search found went separately, recorded per system, also
// after completion (case system sent), or with the tick (--sent-on).
void TestCliSystemsDpia::sentSeparately()
{
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Piet Pieters"_s,
                                   u"--relation"_s, u"huurder"_s, u"--type"_s, u"inzage"_s,
                                   u"--channel"_s, u"brief"_s, u"--received"_s, today });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const Result found = onStore({ u"case"_s, u"system"_s, u"tick"_s, number, u"ERP"_s,
                                   u"--result"_s, u"gevonden"_s, u"--note"_s, u"Huurcontract"_s });
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const Result mailbox = onStore({ u"case"_s, u"system"_s, u"tick"_s, number, u"Klantmailbox"_s,
                                     u"--result"_s, u"apart-verstrekt"_s, u"--sent-on"_s, today });
    QVERIFY2(mailbox.exitCode == 0, qPrintable(mailbox.err));
    const Result future = onStore({ u"case"_s, u"system"_s, u"sent"_s, number, u"ERP"_s, u"--on"_s,
                                    pd::test::systemToday().addDays(1).toString(Qt::ISODate) });
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(u"toekomst"_s), qPrintable(future.err));
    QCOMPARE(onStore({ u"case"_s, u"system"_s, u"sent"_s, number, u"ERP"_s }).exitCode, 2);
    const Result sent
        = onStore({ u"case"_s, u"system"_s, u"sent"_s, number, u"ERP"_s, u"--on"_s, today });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    const Result listed = onStore({ u"case"_s, u"systems"_s, number, u"--json"_s });
    const QJsonArray systems = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(systems.at(0).toObject().value(u"result"_s).toString(), u"apart-verstrekt"_s);
    QCOMPARE(systems.at(0).toObject().value(u"sentOn"_s).toString(), today);
    QCOMPARE(systems.at(0).toObject().value(u"note"_s).toString(), u"Huurcontract"_s);
    QCOMPARE(systems.at(1).toObject().value(u"sentOn"_s).toString(), today);
    const Result text = onStore({ u"case"_s, u"systems"_s, number });
    QVERIFY2(text.out.contains(u"Gegevens apart verstrekt op "_s + today), qPrintable(text.out));
}

// An inzage granted is answered when the copy is given: the report exported for the request and
// what a system found recorded as sent, with its day; the answer's day is not before the last of
// them, and nothing of it is sent after the answer.
void TestCliSystemsDpia::copyGivenBeforeTheAnswer()
{
    const QDate todayDate = pd::test::systemToday();
    const QString today = todayDate.toString(Qt::ISODate);
    const QString yesterday = todayDate.addDays(-1).toString(Qt::ISODate);
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Kees Kopie"_s,
                                   u"--relation"_s, u"huurder"_s, u"--type"_s, u"inzage"_s,
                                   u"--channel"_s, u"brief"_s, u"--received"_s, yesterday });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    for (const auto &[system, result] : { std::pair { u"ERP"_s, u"gevonden"_s },
                                          std::pair { u"Klantmailbox"_s, u"niets-gevonden"_s } }) {
        const Result ticked
            = onStore({ u"case"_s, u"system"_s, u"tick"_s, number, system, u"--result"_s, result });
        QVERIFY2(ticked.exitCode == 0, qPrintable(ticked.err));
    }
    const auto complete = [&](const QString &answered) {
        return onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                         u"--answered"_s, answered, u"--no-identification-reason"_s,
                         pd::test::knownDataSubject });
    };
    Result refused = complete(today);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"inzageoverzicht"_s), qPrintable(refused.err));
    const Result exported = onStore({ u"export"_s, u"person"_s, number, u"--pdf"_s,
                                      m_tmp.filePath(u"kopie.pdf"_s), u"--keep-all"_s });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    refused = complete(today);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"ERP"_s) && refused.err.contains(u"case system sent"_s),
             qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(u"Klantmailbox"_s), qPrintable(refused.err));
    const Result sent
        = onStore({ u"case"_s, u"system"_s, u"sent"_s, number, u"ERP"_s, u"--on"_s, today });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    // The report was made today: an answer dated yesterday came before the copy.
    refused = complete(yesterday);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"die dag of later"_s), qPrintable(refused.err));
    const Result done = complete(today);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject shown
        = QJsonDocument::fromJson(
              onStore({ u"case"_s, u"show"_s, number, u"--json"_s }).out.toUtf8())
              .object();
    QCOMPARE(shown.value(u"answered"_s).toString(), today);
}

void TestCliSystemsDpia::dpiaCommands()
{
    const Result criteria = onStore({ u"dpia"_s, u"criteria"_s, u"--json"_s });
    QVERIFY2(criteria.exitCode == 0, qPrintable(criteria.err));
    const QJsonObject lists = QJsonDocument::fromJson(criteria.out.toUtf8()).object();
    QCOMPARE(lists.value(u"apList"_s).toObject().value(u"items"_s).toArray().size(), 17);
    QVERIFY(lists.value(u"apList"_s).toObject().value(u"source"_s).toString().contains(u"64418"_s));
    QCOMPARE(lists.value(u"criteria"_s).toObject().value(u"items"_s).toArray().size(), 9);

    // Not needed while on the AP's list: refused with the article.
    const Result refused
        = onStore({ u"dpia"_s, u"add"_s, u"--activity"_s, u"A.1"_s, u"--not-needed"_s,
                    u"--ap-list"_s, u"cameratoezicht"_s, u"--reason"_s, u"klein"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"art. 35 lid 4 AVG"_s), qPrintable(refused.err));
    // Without --needed: what the lists indicate (two criteria: likely needed).
    const Result added
        = onStore({ u"dpia"_s, u"add"_s, u"--activity"_s, u"A.1"_s, u"--criteria"_s,
                    u"monitoring,grootschalig"_s, u"--reason"_s, u"Twee criteria"_s, u"--json"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"needed"_s).toBool(),
             true);
    QVERIFY2(added.err.contains(u"art. 35 lid 1 AVG"_s), qPrintable(added.err)); // still to do
    const Result set = onStore({ u"dpia"_s, u"set"_s, u"--activity"_s, u"A.1"_s, u"--assessed"_s,
                                 u"2026-03-01"_s, u"--outcome"_s, u"Maatregelen"_s,
                                 u"--residual-risk"_s, u"hoog"_s, u"--review"_s, u"2027-03-01"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.err.contains(u"art. 36 lid 1 AVG"_s), qPrintable(set.err));
    const Result list = onStore({ u"dpia"_s, u"list"_s });
    QVERIFY(list.out.contains(u"DPIA 2026-03-01"_s));
    const Result registerList = onStore({ u"register"_s, u"list"_s, u"--json"_s });
    const QJsonObject activity
        = QJsonDocument::fromJson(registerList.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(activity.value(u"dpia"_s).toObject().value(u"assessedOn"_s).toString(),
             u"2026-03-01"_s);
    const Result bad = onStore(
        { u"dpia"_s, u"set"_s, u"--activity"_s, u"A.1"_s, u"--residual-risk"_s, u"enorm"_s });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSystemsDpia)
#include "tst_cli_systemsdpia.moc"
