// privacydesk-cli settings show / set: the keys scripts and installers use, the same
// checks and audit as the desk's settings dialog, and a policy without extension that stays so.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::CliRunner;

class TestCliSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showHasEveryKey();
    void setAndShowBack_data();
    void setAndShowBack();
    void noFgIsNotUnfilled();
    void refusals_data();
    void refusals();
    void policyWithoutExtension();
    void bsnIsRefused();
    void theReaderTakesTheLimitsSet();

private:
    QJsonObject show() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliSettings::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
}

QJsonObject TestCliSettings::show() const
{
    const auto result = m_cli->onStore({ u"settings"_s, u"show"_s, u"--json"_s });
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliSettings::showHasEveryKey()
{
    const QJsonObject values = show();
    for (const QString &key :
         { u"organisation.name"_s, u"organisation.address"_s, u"organisation.email"_s,
           u"organisation.phone"_s, u"organisation.fg_name"_s, u"organisation.fg_email"_s,
           u"policy.period"_s, u"policy.extension"_s, u"policy.working_day_move"_s,
           u"identification.model"_s, u"lock.minutes"_s, u"backup.reminder_days"_s,
           u"organisation.automated_decisions"_s, u"reader.seconds"_s, u"reader.memory_mb"_s,
           u"organisation.portal_identifies"_s })
        QVERIFY2(values.contains(key), qPrintable(key));
    QCOMPARE(values.value(u"reader.seconds"_s).toString(), u"10"_s);
    QCOMPARE(values.value(u"reader.memory_mb"_s).toString(), u"512"_s);
    // A new store promises no own term nobody chose: the law alone until one is set.
    QCOMPARE(values.value(u"policy.period"_s).toString(), u"1m"_s);
    QCOMPARE(values.value(u"policy.extension"_s).toString(), u"2m"_s);
    // No promise on a day nobody works: the own deadline moves too unless the organisation says
    // otherwise.
    QCOMPARE(values.value(u"policy.working_day_move"_s).toString(), u"ja"_s);
    // No portal named: none that identifies, and the identification letter offers none.
    QCOMPARE(values.value(u"organisation.portal_identifies"_s).toString(), u"nee"_s);
    QCOMPARE(values.value(u"lock.minutes"_s).toString(), u"5"_s);
    // No statement set: the inzage report says there is no automated decision-making.
    QCOMPARE(values.value(u"organisation.automated_decisions"_s).toString(), QString());
    // Plain text lists the same keys.
    const auto text = m_cli->onStore({ u"settings"_s, u"show"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"organisation.fg_email"_s));
}

void TestCliSettings::setAndShowBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("name") << u"organisation.name"_s << u"Woonstichting De Linde"_s
                          << u"Woonstichting De Linde"_s;
    QTest::newRow("address") << u"organisation.address"_s << u"Stationsplein 1, 3511ab Utrecht"_s
                             << u"Stationsplein 1, 3511 AB Utrecht"_s;
    QTest::newRow("email") << u"organisation.email"_s << u"privacy@delinde.example"_s
                           << u"privacy@delinde.example"_s;
    QTest::newRow("phone") << u"organisation.phone"_s << u"030 123 45 67"_s << u"030 123 45 67"_s;
    QTest::newRow("fg name") << u"organisation.fg_name"_s << u"M. de Wit"_s << u"M. de Wit"_s;
    QTest::newRow("fg email") << u"organisation.fg_email"_s << u"fg@delinde.example"_s
                              << u"fg@delinde.example"_s;
    QTest::newRow("automated decisions")
        << u"organisation.automated_decisions"_s
        << u"  Een rekenmodel signaleert huurachterstand; een medewerker beslist.  "_s
        << u"Een rekenmodel signaleert huurachterstand; een medewerker beslist."_s;
    QTest::newRow("period weeks") << u"policy.period"_s << u"4w"_s << u"4w"_s;
    QTest::newRow("period month") << u"policy.period"_s << u"1m"_s << u"1m"_s;
    QTest::newRow("extension months") << u"policy.extension"_s << u"2m"_s << u"2m"_s;
    QTest::newRow("working day") << u"policy.working_day_move"_s << u"nee"_s << u"nee"_s;
    QTest::newRow("portal identifies") << u"organisation.portal_identifies"_s << u"Ja"_s << u"ja"_s;
    QTest::newRow("contact form identifies nobody")
        << u"organisation.portal_identifies"_s << u"nee"_s << u"nee"_s;
    QTest::newRow("model") << u"identification.model"_s << u"restart"_s << u"restart"_s;
    QTest::newRow("lock") << u"lock.minutes"_s << u"12"_s << u"12"_s;
    QTest::newRow("backup") << u"backup.reminder_days"_s << u"0"_s << u"0"_s;
    QTest::newRow("reader seconds") << u"reader.seconds"_s << u"30"_s << u"30"_s;
    QTest::newRow("reader memory") << u"reader.memory_mb"_s << u"1024"_s << u"1024"_s;
}

void TestCliSettings::setAndShowBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const auto result = m_cli->onStore({ u"settings"_s, u"set"_s, key, value });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(show().value(key).toString(), shown);
    // Audited, as a change in the desk is.
    const auto log = m_cli->onStore({ u"verify"_s });
    QCOMPARE(log.exitCode, 0);
}

// "No FG" is said, not left unfilled; it names no FG beside it.
void TestCliSettings::noFgIsNotUnfilled()
{
    QCOMPARE(show().value(u"organisation.no_fg"_s).toString(), u"nee"_s);
    const auto named
        = m_cli->onStore({ u"settings"_s, u"set"_s, u"organisation.fg_name"_s, u"M. de Wit"_s });
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    const auto both = m_cli->onStore({ u"settings"_s, u"set"_s, u"organisation.no_fg"_s, u"ja"_s });
    QCOMPARE(both.exitCode, 1);
    QCOMPARE(show().value(u"organisation.no_fg"_s).toString(), u"nee"_s);
    for (const QString &key : { u"organisation.fg_name"_s, u"organisation.fg_email"_s })
        QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, key, QString() }).exitCode, 0);
    const auto none = m_cli->onStore({ u"settings"_s, u"set"_s, u"organisation.no_fg"_s, u"ja"_s });
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    QCOMPARE(show().value(u"organisation.no_fg"_s).toString(), u"ja"_s);
    QCOMPARE(
        m_cli->onStore({ u"settings"_s, u"set"_s, u"organisation.no_fg"_s, u"nee"_s }).exitCode, 0);
    QCOMPARE(show().value(u"organisation.no_fg"_s).toString(), u"nee"_s);
}

void TestCliSettings::refusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown key") << u"organisation.fax"_s << u"x"_s << 2;
    QTest::newRow("bad email") << u"organisation.email"_s << u"geen adres"_s << 1;
    QTest::newRow("bad phone") << u"organisation.phone"_s << u"bel maar"_s << 1;
    QTest::newRow("short phone") << u"organisation.phone"_s << u"12345"_s << 1;
    QTest::newRow("address without postcode") << u"organisation.address"_s << u"Utrecht"_s << 1;
    QTest::newRow("zero period") << u"policy.period"_s << u"0"_s << 1;
    QTest::newRow("period without unit") << u"policy.period"_s << u"30"_s << 1;
    QTest::newRow("yes in English words") << u"policy.working_day_move"_s << u"misschien"_s << 1;
    QTest::newRow("model") << u"identification.model"_s << u"wachten"_s << 1;
    QTest::newRow("lock too long") << u"lock.minutes"_s << u"99"_s << 1;
    QTest::newRow("reader too quick") << u"reader.seconds"_s << u"1"_s << 1;
    QTest::newRow("reader too greedy") << u"reader.memory_mb"_s << u"100000"_s << 1;
    QTest::newRow("empty name") << u"organisation.name"_s << u" "_s << 1;
}

void TestCliSettings::refusals()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    const QJsonObject before = show();
    const auto result = m_cli->onStore({ u"settings"_s, u"set"_s, key, value });
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.trimmed().isEmpty());
    QCOMPARE(show(), before);
}

void TestCliSettings::policyWithoutExtension()
{
    QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, u"policy.period"_s, u"4w"_s }).exitCode, 0);
    QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, u"policy.extension"_s, u"0"_s }).exitCode,
             0);
    QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, u"policy.working_day_move"_s, u"nee"_s })
                 .exitCode,
             0);
    QCOMPARE(show().value(u"policy.extension"_s).toString(), u"0"_s);
    // The notice is a letter: it needs the title under the signature, which a script sets too.
    QCOMPARE(m_cli
                 ->onStore({ u"settings"_s, u"set"_s, u"organisation.signature_role"_s,
                             u"functionaris gegevensbescherming"_s })
                 .exitCode,
             0);
    // A request under that policy can still be extended under the law (art. 12(3) AVG): the
    // legal deadline moves, the own four weeks are departed from, and `case extend` says so.
    const auto added = m_cli->onStore({ u"case"_s, u"add"_s, u"--person"_s, u"A. Vierweek"_s,
                                        u"--type"_s, u"inzage"_s, u"--channel"_s, u"brief"_s,
                                        u"--received"_s, u"2026-02-02"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const auto extended
        = m_cli->onStore({ u"case"_s, u"extend"_s, number, u"--reason"_s,
                           u"Veel gegevens in drie systemen"_s, u"--notified"_s, u"2026-02-20"_s });
    QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
    QVERIFY2(extended.err.contains(u"own policy has no extension"_s)
                 || extended.err.contains(u"eigen beleid kent geen verlenging"_s),
             qPrintable(extended.err));
    const auto shown = m_cli->onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"policy"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(deadlines.value(u"policy_extended"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(deadlines.value(u"legal_extended"_s).toString(), u"2026-05-04"_s);
    QCOMPARE(deadlines.value(u"effective_extended"_s).toString(), u"2026-05-04"_s);
    // The own four weeks, not extended, stay the request's deadline: it is late against them.
    QCOMPARE(deadlines.value(u"current"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(json.value(u"extension"_s).toObject().value(u"beyond_own_policy"_s).toBool(), true);
}

void TestCliSettings::bsnIsRefused()
{
    const QString name = u"Woonstichting "_s + pd::test::elfProefNumber();
    auto result = m_cli->onStore({ u"settings"_s, u"set"_s, u"organisation.name"_s, name });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!show().value(u"organisation.name"_s).toString().contains(pd::test::elfProefNumber()));
}

// The limits set are the reader's from the next command on: a page tree that loops is refused
// after the seconds the organisation gave, as the refusal says.
void TestCliSettings::theReaderTakesTheLimitsSet()
{
    const QString file = m_tmp.filePath(u"lus.pdf"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pd::test::loopingPdf());
    }
    QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, u"reader.seconds"_s, u"3"_s }).exitCode, 0);
    const auto refused = m_cli->onStore(
        { u"case"_s, u"add"_s, u"--original"_s, file, u"--type"_s, u"inzage"_s, u"--person"_s,
          u"Piet Lus"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
          pd::test::systemToday().toString(Qt::ISODate), u"--mandate"_s, u"geen"_s });
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"within 3 seconds"_s), qPrintable(refused.err));
    QCOMPARE(m_cli->onStore({ u"settings"_s, u"set"_s, u"reader.seconds"_s, u"10"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
