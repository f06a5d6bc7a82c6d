// privacydesk-cli case … and deadline end to end: the real executable against a real store
// made with `init --kdf test`. The tool's "today" is the system clock, so every date here lies
// in the past (the reference date of these tests is 2026-11-21).

#include "CliRunner.h"
#include "TestSupport.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

const QStringList deadlineKeys { u"legal"_s,           u"legal_extended"_s, u"policy"_s,
                                 u"policy_extended"_s, u"effective"_s,      u"effective_extended"_s,
                                 u"binding"_s };

using pd::test::elfProefNumber;

} // namespace

class TestCliCases final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndShow();
    void listByState();
    void overdueOn();
    void identify();
    void extend();
    void lateExtensionWarns();
    void extensionAfterTheOwnDeadlineWarns();
    void ifVersion();
    void complete();
    void timeline();
    void noteNotForTheComplainant();
    void completeWithoutIdentification();
    void completePerKind();
    void bsnRefusedStoresNothing();
    void deadlineWithoutStore_data();
    void deadlineWithoutStore();
    void unknownCodes_data();
    void unknownCodes();
    void helpForEveryCaseCommand_data();
    void helpForEveryCaseCommand();
    void verifyComparesTheRowsWithTheirTrail();
    void assignAHandler();

private:
    Result run(const QStringList &arguments) const;
    // A command on the test store, with the password from the file.
    Result onStore(const QStringList &arguments) const;
    QJsonObject show(const QString &number) const;
    QJsonArray list(const QStringList &filter) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
    QString m_store;
    QString m_passwordFile;
};

Result TestCliCases::run(const QStringList &arguments) const
{
    return m_cli.run(arguments);
}

Result TestCliCases::onStore(const QStringList &arguments) const
{
    return m_cli.onStore(arguments);
}

QJsonObject TestCliCases::show(const QString &number) const
{
    const Result shown = onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    if (shown.exitCode != 0)
        qWarning("case show %s: %s", qPrintable(number), qPrintable(shown.err));
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

QJsonArray TestCliCases::list(const QStringList &filter) const
{
    const Result listed = onStore(QStringList { u"case"_s, u"list"_s, u"--json"_s } + filter);
    if (listed.exitCode != 0)
        qWarning("case list: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void TestCliCases::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    m_store = m_cli.store();
    m_passwordFile = m_cli.passwordFile();
    // The own term the deadlines here are reckoned against (30 days, 30 more when extended): a
    // new store has none until the organisation chooses one.
    for (const auto &[key, value] : { std::pair { u"policy.period"_s, u"30d"_s },
                                      std::pair { u"policy.extension"_s, u"30d"_s } }) {
        const Result set = onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
}

void TestCliCases::addAndShow()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Anna de Vries"_s,
                                   u"--type"_s, u"inzage,verwijdering"_s, u"--channel"_s,
                                   u"telefoon"_s, u"--received"_s, u"2026-11-02"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out, u"AVG-2026-0001\n"_s);

    const QJsonObject json = show(u"AVG-2026-0001"_s);
    QCOMPARE(json.value(u"number"_s).toString(), u"AVG-2026-0001"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"ontvangen"_s);
    QCOMPARE(json.value(u"channel"_s).toString(), u"telefoon"_s);
    QCOMPARE(json.value(u"received"_s).toString(), u"2026-11-02"_s);
    QCOMPARE(json.value(u"received_by"_s).toString(), u"a.bakker"_s);
    QCOMPARE(json.value(u"types"_s).toArray(), QJsonArray({ u"inzage"_s, u"verwijdering"_s }));
    QCOMPARE(json.value(u"person"_s).toObject().value(u"name"_s).toString(), u"Anna de Vries"_s);

    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (const QString &key : deadlineKeys) {
        QVERIFY2(deadlines.contains(key), qPrintable(key));
        if (key != QLatin1StringView("binding"))
            QVERIFY2(isoDate.match(deadlines.value(key).toString()).hasMatch(), qPrintable(key));
    }
    // One month from 2 Nov 2026 is Wednesday 2 Dec; 30 days is also 2 Dec (the legal one wins
    // a tie); three months is 2 Feb 2027; 60 days is Nieuwjaarsdag 2027, a day nobody works:
    // moved, by default, to Monday 4 January.
    QCOMPARE(deadlines.value(u"legal"_s).toString(), u"2026-12-02"_s);
    QCOMPARE(deadlines.value(u"policy"_s).toString(), u"2026-12-02"_s);
    QCOMPARE(deadlines.value(u"effective"_s).toString(), u"2026-12-02"_s);
    QCOMPARE(deadlines.value(u"legal_extended"_s).toString(), u"2027-02-02"_s);
    QCOMPARE(deadlines.value(u"policy_extended"_s).toString(), u"2027-01-04"_s);
    QCOMPARE(deadlines.value(u"effective_extended"_s).toString(), u"2027-01-04"_s);
    QCOMPARE(deadlines.value(u"binding"_s).toString(), u"legal"_s);

    // The text form names the number and the deadline, as a Dutch date (ISO only in --json).
    const Result text = onStore({ u"case"_s, u"show"_s, u"avg-2026-0001"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(u"AVG-2026-0001"_s));
    QVERIFY2(text.out.contains(u"02-12-2026"_s), qPrintable(text.out));
    QVERIFY2(!text.out.contains(u"2026-12-02"_s), qPrintable(text.out));

    // An unknown number fails with one line.
    const Result missing = onStore({ u"case"_s, u"show"_s, u"AVG-2026-0999"_s, u"--json"_s });
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.count(u'\n'), 1);
    QVERIFY(missing.err.contains(u"AVG-2026-0999"_s));
}

void TestCliCases::listByState()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Bram Jansen"_s,
                                   u"--klantnummer"_s, u"K-20417"_s, u"--type"_s, u"klacht"_s,
                                   u"--channel"_s, u"email"_s, u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), u"AVG-2026-0002"_s);

    const QJsonArray received = list({ u"--state"_s, u"ontvangen"_s });
    QCOMPARE(received.size(), 2);
    // Ordered by date of receipt.
    QCOMPARE(received.at(0).toObject().value(u"number"_s).toString(), u"AVG-2026-0002"_s);
    QCOMPARE(received.at(1).toObject().value(u"number"_s).toString(), u"AVG-2026-0001"_s);
    QVERIFY(received.at(0).toObject().value(u"deadlines"_s).toObject().contains(u"effective"_s));
    QVERIFY(list({ u"--state"_s, u"afgerond"_s }).isEmpty());
}

void TestCliCases::overdueOn()
{
    // AVG-2026-0002: received 1 Sep 2026, deadline 1 Oct 2026.
    QVERIFY(list({ u"--overdue-on"_s, u"2026-10-01"_s }).isEmpty());
    const QJsonArray overdue = list({ u"--overdue-on"_s, u"2026-10-02"_s });
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.at(0).toObject().value(u"number"_s).toString(), u"AVG-2026-0002"_s);
    // Each clock apart, on the day asked: legal 1 Oct (one month), own 1 Oct (30 days).
    QCOMPARE(overdue.at(0).toObject().value(u"late_legal_days"_s).toInt(-1), 1);
    QCOMPARE(overdue.at(0).toObject().value(u"late_policy_days"_s).toInt(-1), 1);
    const QJsonObject later = list({ u"--overdue-on"_s, u"2026-11-20"_s }).at(0).toObject();
    QCOMPARE(later.value(u"late_legal_days"_s).toInt(-1), 50);
    QCOMPARE(later.value(u"late_policy_days"_s).toInt(-1), 50);
    QCOMPARE(list({ u"--overdue-on"_s, u"2026-11-20"_s }).size(), 1);
    QCOMPARE(list({ u"--state"_s, u"identificatie"_s, u"--overdue-on"_s, u"2026-11-20"_s }).size(),
             0);
    const Result bad = onStore({ u"case"_s, u"list"_s, u"--overdue-on"_s, u"2 oktober"_s });
    QCOMPARE(bad.exitCode, 2);
}

void TestCliCases::identify()
{
    Result step = onStore(
        { u"case"_s, u"identify"_s, u"AVG-2026-0001"_s, u"--requested"_s, u"2026-11-03"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QJsonObject json = show(u"AVG-2026-0001"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"identificatie"_s);
    QCOMPARE(json.value(u"identification"_s).toObject().value(u"requested"_s).toString(),
             u"2026-11-03"_s);
    QCOMPARE(list({ u"--state"_s, u"identificatie"_s }).size(), 1);

    // --received needs --method.
    step = onStore(
        { u"case"_s, u"identify"_s, u"AVG-2026-0001"_s, u"--received"_s, u"2026-11-10"_s });
    QCOMPARE(step.exitCode, 2);

    step = onStore({ u"case"_s, u"identify"_s, u"AVG-2026-0001"_s, u"--received"_s, u"2026-11-10"_s,
                     u"--method"_s, u"balie"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    json = show(u"AVG-2026-0001"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"in-behandeling"_s);
    const QJsonObject identification = json.value(u"identification"_s).toObject();
    QCOMPARE(identification.value(u"received"_s).toString(), u"2026-11-10"_s);
    QCOMPARE(identification.value(u"method"_s).toString(), u"balie"_s);
    QCOMPARE(identification.value(u"result"_s).toString(), u"geslaagd"_s);
    QCOMPARE(identification.value(u"verified_by"_s).toString(), u"a.bakker"_s);
    // Seven days' pause: 2 Dec → 9 Dec 2026 (a Wednesday), both legal and policy.
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"identification_pause_days"_s).toInt(), 7);
    QCOMPARE(deadlines.value(u"legal"_s).toString(), u"2026-12-09"_s);
    QCOMPARE(deadlines.value(u"effective"_s).toString(), u"2026-12-09"_s);

    // Asking again after receipt is refused, with one line.
    step = onStore(
        { u"case"_s, u"identify"_s, u"AVG-2026-0001"_s, u"--requested"_s, u"2026-11-11"_s });
    QCOMPARE(step.exitCode, 1);
    QCOMPARE(step.err.count(u'\n'), 1);
}

void TestCliCases::extend()
{
    // No extension while its notice cannot be made (the organisation's details are
    // missing): refused with the reason, nothing recorded.
    const Result refused
        = onStore({ u"case"_s, u"extend"_s, u"AVG-2026-0001"_s, u"--reason"_s,
                    u"Gegevens in drie systemen"_s, u"--notified"_s, u"2026-11-12"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"[notice-impossible]"_s), qPrintable(refused.err));
    QCOMPARE(show(u"AVG-2026-0001"_s).value(u"extension"_s).toObject().value(u"extended"_s),
             QJsonValue(false));
    for (const auto &[key, value] :
         { std::pair { u"organisation.name"_s, u"Woonstichting De Voorbeeldhaven"_s },
           std::pair { u"organisation.address"_s, u"Havenstraat 12, 1234 AB Voorbeeldstad"_s },
           std::pair { u"organisation.email"_s, u"privacy@voorbeeldhaven.nl"_s },
           std::pair { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s },
           std::pair { u"policy.period"_s, u"30d"_s },
           std::pair { u"policy.extension"_s, u"30d"_s } }) {
        const Result set = onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    const Result step
        = onStore({ u"case"_s, u"extend"_s, u"AVG-2026-0001"_s, u"--reason"_s,
                    u"Gegevens in drie systemen"_s, u"--notified"_s, u"2026-11-12"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QVERIFY2(step.err.isEmpty(), qPrintable(step.err)); // in time: no warning
    const QJsonObject json = show(u"AVG-2026-0001"_s);
    const QJsonObject extension = json.value(u"extension"_s).toObject();
    QCOMPARE(extension.value(u"extended"_s).toBool(), true);
    QCOMPARE(extension.value(u"reason"_s).toString(), u"Gegevens in drie systemen"_s);
    QCOMPARE(extension.value(u"notified"_s).toString(), u"2026-11-12"_s);
    QCOMPARE(extension.value(u"legally_late"_s).toBool(), false);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"current"_s).toString(),
             deadlines.value(u"effective_extended"_s).toString());
    QCOMPARE(deadlines.value(u"binding"_s).toString(), u"policy"_s);

    // A second extension is refused.
    const Result again = onStore({ u"case"_s, u"extend"_s, u"AVG-2026-0001"_s, u"--reason"_s,
                                   u"Nog meer"_s, u"--notified"_s, u"2026-11-13"_s });
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(u'\n'), 1);
    // Without --notified: a usage error.
    const Result incomplete
        = onStore({ u"case"_s, u"extend"_s, u"AVG-2026-0002"_s, u"--reason"_s, u"Reden"_s });
    QCOMPARE(incomplete.exitCode, 2);
}

// An extension told after
// the own deadline, within the legal month, is recorded with a word on stderr that the own
// deadline was not met, and `case show --json` says so.
void TestCliCases::extensionAfterTheOwnDeadlineWarns()
{
    // Received 2 March 2026: own deadline 1 April, legal 2 April; told 2 April.
    const Result added
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Ilse Eder"_s, u"--type"_s, u"inzage"_s,
                    u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-03-02"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const Result step
        = onStore({ u"case"_s, u"extend"_s, number, u"--reason"_s, u"Gegevens in drie systemen"_s,
                    u"--notified"_s, u"2026-04-02"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    // The tool speaks Dutch by default.
    QVERIFY2(step.err.contains(u"eigen termijn"_s) && step.err.contains(u"niet gehaald"_s),
             qPrintable(step.err));
    QVERIFY2(!step.err.contains(u"wettelijk"_s), qPrintable(step.err)); // the law's month was kept
    const QJsonObject json = show(number);
    const QJsonObject extension = json.value(u"extension"_s).toObject();
    QCOMPARE(extension.value(u"after_own_deadline"_s).toBool(), true);
    QCOMPARE(extension.value(u"legally_late"_s).toBool(), false);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"current"_s).toString(), u"2026-04-01"_s);
    QCOMPARE(deadlines.value(u"binding"_s).toString(), u"policy"_s);
}

void TestCliCases::ifVersion()
{
    // Optimistic locking for scripts: "version" in the JSON, --if-version on a change.
    const Result added
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Vera Versteeg"_s, u"--type"_s,
                    u"inzage"_s, u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-11-16"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const int first = show(number).value(u"version"_s).toInt(-1);
    QVERIFY(first >= 0);
    const auto at = [&](int step) {
        return QString::number(first + step);
    };

    // Asked and received in one call, meant for the version read: both steps apply.
    Result step = onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-11-17"_s,
                            u"--received"_s, u"2026-11-18"_s, u"--method"_s, u"balie"_s,
                            u"--if-version"_s, at(0) });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QCOMPARE(show(number).value(u"version"_s).toInt(-1), first + 2);
    QCOMPARE(show(number).value(u"state"_s).toString(), u"in-behandeling"_s);

    // Meant for a version that is gone: refused with [conflict], naming who changed it.
    step = onStore({ u"case"_s, u"extend"_s, number, u"--reason"_s, u"Veel gegevens"_s,
                     u"--notified"_s, u"2026-11-19"_s, u"--if-version"_s, at(1) });
    QCOMPARE(step.exitCode, 1);
    QVERIFY2(step.err.contains(u"[conflict]"_s), qPrintable(step.err));
    QVERIFY2(step.err.contains(u"a.bakker"_s), qPrintable(step.err));
    QCOMPARE(show(number).value(u"extension"_s).toObject().value(u"extended"_s).toBool(), false);
    QCOMPARE(show(number).value(u"version"_s).toInt(-1), first + 2);

    // Not a number: a usage error, nothing changed.
    step = onStore({ u"case"_s, u"extend"_s, number, u"--reason"_s, u"Veel gegevens"_s,
                     u"--notified"_s, u"2026-11-19"_s, u"--if-version"_s, u"twee"_s });
    QCOMPARE(step.exitCode, 2);
    QCOMPARE(show(number).value(u"version"_s).toInt(-1), first + 2);

    // The current version: done.
    step = onStore({ u"case"_s, u"extend"_s, number, u"--reason"_s, u"Veel gegevens"_s,
                     u"--notified"_s, u"2026-11-19"_s, u"--if-version"_s, at(2) });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QCOMPARE(show(number).value(u"version"_s).toInt(-1), first + 3);
    QCOMPARE(show(number).value(u"extension"_s).toObject().value(u"extended"_s).toBool(), true);
}

void TestCliCases::lateExtensionWarns()
{
    // AVG-2026-0002 was received 1 Sep 2026 (legal deadline 1 Oct); told on 5 Oct.
    const Result step = onStore({ u"case"_s, u"extend"_s, u"AVG-2026-0002"_s, u"--reason"_s,
                                  u"Archief extern"_s, u"--notified"_s, u"2026-10-05"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QVERIFY2(!step.err.isEmpty(), "a late notice is reported");
    const QJsonObject json = show(u"AVG-2026-0002"_s);
    QCOMPARE(json.value(u"extension"_s).toObject().value(u"legally_late"_s).toBool(), true);
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"current"_s).toString(), u"2026-10-01"_s);
    QCOMPARE(deadlines.value(u"binding"_s).toString(), u"legal"_s);
    QCOMPARE(list({ u"--overdue-on"_s, u"2026-10-02"_s }).size(), 1);
}

void TestCliCases::complete()
{
    // A refusal without grounds: exit 1, one line, nothing changed.
    const Result refused
        = onStore({ u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s, u"afgewezen"_s,
                    u"--answered"_s, u"2026-11-16"_s, u"--motivation"_s, u"Herhaald verzoek"_s });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY(refused.err.startsWith(u"privacydesk-cli: "_s));
    QCOMPARE(show(u"AVG-2026-0001"_s).value(u"state"_s).toString(), u"in-behandeling"_s);

    // A refusal or partial grant without its reasons in words: a usage error, like any
    // missing option (art. 12(4) AVG); the store is not even opened.
    for (const QString &outcome : { u"afgewezen"_s, u"deels-toegewezen"_s }) {
        for (const QStringList &motivation :
             { QStringList {}, QStringList { u"--motivation"_s, u"  "_s } }) {
            const Result unmotivated = onStore(
                QStringList { u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s, outcome,
                              u"--grounds"_s, u"art-12-5"_s, u"--answered"_s, u"2026-11-16"_s }
                + motivation);
            QCOMPARE(unmotivated.exitCode, 2);
            QCOMPARE(unmotivated.err.count(u'\n'), 1);
            QVERIFY2(unmotivated.err.contains(u"--motivation"_s), qPrintable(unmotivated.err));
        }
    }
    QCOMPARE(show(u"AVG-2026-0001"_s).value(u"state"_s).toString(), u"in-behandeling"_s);

    // A ground that does not fit the request (inzage and verwijdering), or an old code without
    // its letter: exit 1, one line, nothing changed.
    for (const QString &ground : { u"art-21-dwingend"_s, u"art-17-3"_s, u"art-23"_s }) {
        const Result misfit
            = onStore({ u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s,
                        u"afgewezen"_s, u"--grounds"_s, ground, u"--answered"_s, u"2026-11-16"_s,
                        u"--motivation"_s, u"Toelichting"_s });
        QCOMPARE(misfit.exitCode, 1);
        QCOMPARE(misfit.err.count(u'\n'), 1);
    }
    QCOMPARE(show(u"AVG-2026-0001"_s).value(u"state"_s).toString(), u"in-behandeling"_s);

    // Grounds with a grant: refused as well.
    const Result grantWithGrounds
        = onStore({ u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s, u"toegewezen"_s,
                    u"--grounds"_s, u"art-12-5"_s, u"--answered"_s, u"2026-11-16"_s });
    QCOMPARE(grantWithGrounds.exitCode, 1);

    const Result done
        = onStore({ u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s, u"afgewezen"_s,
                    u"--grounds"_s, u"art-12-5,art-17-3-e"_s, u"--answered"_s, u"2026-11-16"_s,
                    u"--answer-channel"_s, u"brief"_s, u"--motivation"_s,
                    u"Vierde gelijke verzoek; procedure loopt"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject json = show(u"AVG-2026-0001"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"afgerond"_s);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"afgewezen"_s);
    QCOMPARE(json.value(u"grounds"_s).toArray(), QJsonArray({ u"art-12-5"_s, u"art-17-3-e"_s }));
    QCOMPARE(json.value(u"motivation"_s).toString(), u"Vierde gelijke verzoek; procedure loopt"_s);
    QCOMPARE(json.value(u"no_identification_reason"_s).toString(u"-"_s), QString());
    QCOMPARE(json.value(u"answered"_s).toString(), u"2026-11-16"_s);
    QCOMPARE(json.value(u"answer_channel"_s).toString(), u"brief"_s);
    QCOMPARE(list({ u"--state"_s, u"afgerond"_s }).size(), 1);

    // Closed: a second completion is refused; reopen needs a reason and then works.
    QCOMPARE(onStore({ u"case"_s, u"complete"_s, u"AVG-2026-0001"_s, u"--outcome"_s,
                       u"toegewezen"_s, u"--answered"_s, u"2026-11-17"_s })
                 .exitCode,
             1);
    QCOMPARE(onStore({ u"case"_s, u"reopen"_s, u"AVG-2026-0001"_s }).exitCode, 2);
    const Result reopened = onStore({ u"case"_s, u"reopen"_s, u"AVG-2026-0001"_s, u"--reason"_s,
                                      u"Bezwaar tegen de afwijzing"_s });
    QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
    QCOMPARE(show(u"AVG-2026-0001"_s).value(u"state"_s).toString(), u"in-behandeling"_s);
    const Result note = onStore({ u"case"_s, u"note"_s, u"AVG-2026-0001"_s, u"--text"_s,
                                  u"Bezwaar telefonisch toegelicht"_s });
    QVERIFY2(note.exitCode == 0, qPrintable(note.err));
}

void TestCliCases::timeline()
{
    const Result result = onStore({ u"case"_s, u"timeline"_s, u"AVG-2026-0001"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonArray events = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QStringList actions;
    qint64 previous = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        actions << event.value(u"action"_s).toString();
        QCOMPARE(event.value(u"actor"_s).toString(), u"a.bakker"_s);
        QVERIFY(event.value(u"seq"_s).toInteger() > previous);
        previous = event.value(u"seq"_s).toInteger();
    }
    QCOMPARE(actions,
             QStringList({ u"case.created"_s, u"case.identification_requested"_s,
                           u"case.identification_received"_s, u"case.extended"_s,
                           u"case.completed"_s, u"case.reopened"_s, u"case.note_added"_s }));
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
}

// Case note --not-for-complainant marks the note "niet aan
// klager verstrekken"; without the option it is not marked.
void TestCliCases::noteNotForTheComplainant()
{
    const Result added
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Nina Notitie"_s, u"--type"_s, u"inzage"_s,
                    u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-11-02"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    for (const bool withheld : { true, false }) {
        QStringList arguments { u"case"_s, u"note"_s, number, u"--text"_s,
                                u"Buurvrouw belde over de huurder"_s };
        if (withheld)
            arguments << u"--not-for-complainant"_s;
        const Result note = onStore(arguments);
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        const Result result = onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject last
            = QJsonDocument::fromJson(result.out.toUtf8()).array().last().toObject();
        QCOMPARE(last.value(u"action"_s).toString(), u"case.note_added"_s);
        QCOMPARE(last.value(u"payload"_s).toObject().value(u"withheld"_s).toBool(), withheld);
    }
}

// A combined request decided per kind: --decision TYPE=OUTCOME[:GROUNDS] with its reasons and
// what was done; --outcome then follows from the kinds.
void TestCliCases::completePerKind()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Kees Dekker"_s,
                                   u"--type"_s, u"inzage,verwijdering"_s, u"--channel"_s,
                                   u"brief"_s, u"--received"_s, u"2026-11-02"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    // Answered today: the inzage is answered with its copy, which is made today.
    const QStringList base { u"case"_s,
                             u"complete"_s,
                             number,
                             u"--answered"_s,
                             pd::test::systemToday().toString(Qt::ISODate),
                             u"--no-identification-reason"_s,
                             u"Bekende huurder"_s };
    // Partly granted as a whole without grounds that say which kind: refused.
    QCOMPARE(onStore(base
                     + QStringList { u"--outcome"_s, u"deels-toegewezen"_s, u"--motivation"_s,
                                     u"Deels"_s, u"--granted"_s, u"Deels"_s })
                 .exitCode,
             1);
    // A kind without its decision: refused, nothing recorded.
    const Result missing = onStore(base + QStringList { u"--decision"_s, u"inzage=toegewezen"_s });
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(show(number).value(u"state"_s).toString(), u"ontvangen"_s);
    // A ground that does not fit the kind: refused.
    QCOMPARE(onStore(base
                     + QStringList { u"--decision"_s, u"inzage=toegewezen"_s, u"--decision"_s,
                                     u"verwijdering=afgewezen:art-15-4"_s, u"--motivation-for"_s,
                                     u"verwijdering=Nog in gebruik"_s })
                 .exitCode,
             1);
    QCOMPARE(onStore(base
                     + QStringList { u"--decision"_s, u"inzage=toegewezen"_s, u"--motivation-for"_s,
                                     u"bezwaar=Tekst"_s })
                 .exitCode,
             2);
    const Result exported = onStore({ u"export"_s, u"person"_s, number, u"--pdf"_s,
                                      m_tmp.filePath(u"dekker.pdf"_s), u"--keep-all"_s });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Result done = onStore(
        base
        + QStringList { u"--decision"_s, u"inzage=toegewezen"_s, u"--decision"_s,
                        u"verwijdering=deels-toegewezen:art-17-3-b"_s, u"--granted-for"_s,
                        u"verwijdering=Uw inschrijving als woningzoekende"_s, u"--motivation-for"_s,
                        u"verwijdering=De huurovereenkomst bewaren wij zeven jaar"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject json = show(number);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"deels-toegewezen"_s);
    QCOMPARE(json.value(u"grounds"_s).toArray(), QJsonArray({ u"art-17-3-b"_s }));
    const QJsonArray decisions = json.value(u"decisions"_s).toArray();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(0).toObject().value(u"type"_s).toString(), u"inzage"_s);
    QCOMPARE(decisions.at(0).toObject().value(u"outcome"_s).toString(), u"toegewezen"_s);
    const QJsonObject erasure = decisions.at(1).toObject();
    QCOMPARE(erasure.value(u"outcome"_s).toString(), u"deels-toegewezen"_s);
    QCOMPARE(erasure.value(u"grounds"_s).toArray(), QJsonArray({ u"art-17-3-b"_s }));
    QCOMPARE(erasure.value(u"granted"_s).toString(), u"Uw inschrijving als woningzoekende"_s);
    QCOMPARE(erasure.value(u"motivation"_s).toString(),
             u"De huurovereenkomst bewaren wij zeven jaar"_s);
    // Reopened, the decisions go with the outcome.
    QCOMPARE(
        onStore({ u"case"_s, u"reopen"_s, number, u"--reason"_s, u"Nieuwe informatie"_s }).exitCode,
        0);
    QCOMPARE(show(number).value(u"decisions"_s).toArray().size(), 0);
}

void TestCliCases::completeWithoutIdentification()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Els Bos"_s, u"--type"_s,
                                   u"verwijdering"_s, u"--channel"_s, u"telefoon"_s,
                                   u"--received"_s, u"2026-11-12"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const QStringList partly { u"case"_s,
                               u"complete"_s,
                               number,
                               u"--outcome"_s,
                               u"deels-toegewezen"_s,
                               u"--grounds"_s,
                               u"art-17-3-b"_s,
                               u"--answered"_s,
                               u"2026-11-20"_s,
                               u"--motivation"_s,
                               u"Facturen bewaren wij zeven jaar (art. 52 AWR)"_s,
                               u"--granted"_s,
                               u"Uw telefoonnummer en e-mailadres"_s };
    // A partial erasure says what was erased.
    const Result withoutGranted
        = onStore(partly.mid(0, partly.size() - 2)
                  + QStringList { u"--no-identification-reason"_s, u"Bekende huurder"_s });
    QCOMPARE(withoutGranted.exitCode, 1);
    QVERIFY2(withoutGranted.err.contains(u"verwijderd"_s), qPrintable(withoutGranted.err));
    // Never identified: refused until the officer says why identity was not in doubt.
    const Result refused = onStore(partly);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(show(number).value(u"state"_s).toString(), u"ontvangen"_s);
    // The reason is free text under the BSN guard.
    const QString lookalike = elfProefNumber();
    const Result bsn = onStore(
        partly
        + QStringList { u"--no-identification-reason"_s, u"Klant belde vanaf "_s + lookalike });
    QCOMPARE(bsn.exitCode, 1);
    QVERIFY2(bsn.err.contains(u"burgerservicenummer"_s), qPrintable(bsn.err));
    QVERIFY(!bsn.err.contains(lookalike));
    QCOMPARE(show(number).value(u"state"_s).toString(), u"ontvangen"_s);

    const Result done = onStore(partly
                                + QStringList { u"--no-identification-reason"_s,
                                                u"Bekende huurder, teruggebeld"_s,
                                                u"--answer-channel"_s, u"brief"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject json = show(number);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"deels-toegewezen"_s);
    QCOMPARE(json.value(u"grounds"_s).toArray(), QJsonArray({ u"art-17-3-b"_s }));
    QCOMPARE(json.value(u"motivation"_s).toString(),
             u"Facturen bewaren wij zeven jaar (art. 52 AWR)"_s);
    QCOMPARE(json.value(u"no_identification_reason"_s).toString(),
             u"Bekende huurder, teruggebeld"_s);
    const QJsonArray decisions = json.value(u"decisions"_s).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.at(0).toObject().value(u"granted"_s).toString(),
             u"Uw telefoonnummer en e-mailadres"_s);
    const Result events = onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    const QJsonArray timeline = QJsonDocument::fromJson(events.out.toUtf8()).array();
    const QJsonObject completed = timeline.last().toObject();
    QCOMPARE(completed.value(u"action"_s).toString(), u"case.completed"_s);
    QVERIFY2(QJsonDocument(completed).toJson().contains("Bekende huurder, teruggebeld"),
             QJsonDocument(completed).toJson().constData());

    // An objection against direct marketing: art. 21(1) cannot refuse it.
    const Result objection
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Els Bos"_s, u"--type"_s, u"bezwaar"_s,
                    u"--channel"_s, u"telefoon"_s, u"--received"_s, u"2026-11-12"_s });
    QVERIFY2(objection.exitCode == 0, qPrintable(objection.err));
    const QString objectionNumber = objection.out.trimmed();
    const QStringList refuse { u"case"_s,
                               u"complete"_s,
                               objectionNumber,
                               u"--outcome"_s,
                               u"afgewezen"_s,
                               u"--grounds"_s,
                               u"art-21-dwingend"_s,
                               u"--answered"_s,
                               u"2026-11-20"_s,
                               u"--motivation"_s,
                               u"Zwaarwegend belang"_s,
                               u"--no-identification-reason"_s,
                               u"Bekende huurder"_s };
    QCOMPARE(onStore(refuse + QStringList { u"--direct-marketing"_s }).exitCode, 1);
    QCOMPARE(show(objectionNumber).value(u"state"_s).toString(), u"ontvangen"_s);
    const Result granted
        = onStore({ u"case"_s, u"complete"_s, objectionNumber, u"--outcome"_s, u"toegewezen"_s,
                    u"--answered"_s, u"2026-11-20"_s, u"--direct-marketing"_s,
                    u"--no-identification-reason"_s, u"Bekende huurder"_s });
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    QCOMPARE(show(objectionNumber).value(u"direct_marketing"_s).toBool(), true);
}

void TestCliCases::bsnRefusedStoresNothing()
{
    const QString number = elfProefNumber();
    QCOMPARE(number.size(), 9);
    const qsizetype before = list({}).size();
    const Result refused
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Cor Visser"_s, u"--type"_s, u"inzage"_s,
                    u"--channel"_s, u"balie"_s, u"--received"_s, u"2026-11-19"_s, u"--note"_s,
                    u"Legitimatie gezien, nummer "_s + number });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY2(refused.err.contains(u"burgerservicenummer"_s), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(number));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(list({}).size(), before);

    const Result note
        = onStore({ u"case"_s, u"note"_s, u"AVG-2026-0002"_s, u"--text"_s, u"BSN "_s + number });
    QCOMPARE(note.exitCode, 1);
    QVERIFY(!note.err.contains(number));

    // Confirmed not to be a BSN: stored, and the confirmation is in the case's timeline.
    const Result confirmed
        = onStore({ u"case"_s, u"note"_s, u"AVG-2026-0002"_s, u"--text"_s,
                    u"Klantnummer oud systeem "_s + number, u"--confirm-not-bsn"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    const Result events = onStore({ u"case"_s, u"timeline"_s, u"AVG-2026-0002"_s, u"--json"_s });
    const QJsonArray timeline = QJsonDocument::fromJson(events.out.toUtf8()).array();
    QCOMPARE(timeline.last().toObject().value(u"action"_s).toString(), u"bsn.override"_s);
    QVERIFY(!QJsonDocument(timeline.last().toObject()).toJson().contains(number.toLatin1()));
}

void TestCliCases::deadlineWithoutStore_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // key=value in "deadlines"
    QTest::newRow("domain.md example") << QStringList { u"--received"_s, u"2026-02-01"_s }
                                       << QStringList { u"legal=2026-03-02"_s,
                                                        u"policy=2026-03-03"_s,
                                                        u"effective=2026-03-02"_s,
                                                        u"binding=legal"_s,
                                                        u"legal_extended=2026-05-01"_s,
                                                        u"policy_extended=2026-04-02"_s,
                                                        u"effective_extended=2026-04-02"_s };
    QTest::newRow("extended") << QStringList { u"--received"_s, u"2026-02-01"_s, u"--extended"_s }
                              << QStringList { u"legal_extended=2026-05-01"_s,
                                               u"policy_extended=2026-04-02"_s,
                                               u"effective_extended=2026-04-02"_s,
                                               u"binding=policy"_s };
    QTest::newRow("policy 28 days")
        << QStringList { u"--received"_s, u"2026-02-01"_s, u"--policy-days"_s, u"28"_s }
        << QStringList { u"legal=2026-03-02"_s, u"policy=2026-03-01"_s, u"effective=2026-03-01"_s,
                         u"binding=policy"_s };
    QTest::newRow("policy extension 14 days")
        << QStringList { u"--received"_s, u"2026-02-01"_s, u"--policy-extension-days"_s, u"14"_s,
                         u"--extended"_s }
        << QStringList { u"policy_extended=2026-03-17"_s, u"effective_extended=2026-03-17"_s,
                         u"binding=policy"_s };
    QTest::newRow("identification pause")
        << QStringList { u"--received"_s, u"2026-02-01"_s,    u"--id-requested"_s,
                         u"2026-02-03"_s, u"--id-received"_s, u"2026-02-10"_s }
        << QStringList { u"legal=2026-03-09"_s, u"policy=2026-03-10"_s, u"effective=2026-03-09"_s,
                         u"binding=legal"_s };
    QTest::newRow("identification restart")
        << QStringList { u"--received"_s,    u"2026-02-01"_s, u"--id-requested"_s, u"2026-02-03"_s,
                         u"--id-received"_s, u"2026-02-10"_s, u"--id-model"_s,     u"restart"_s }
        << QStringList { u"legal=2026-03-10"_s, u"policy=2026-03-12"_s,
                         u"legal_extended=2026-05-11"_s, u"effective=2026-03-10"_s,
                         u"binding=legal"_s };
}

void TestCliCases::deadlineWithoutStore()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    // No --store, no password: the calendar needs neither.
    const Result result = run(QStringList { u"deadline"_s, u"--json"_s } + arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject deadlines = json.value(u"deadlines"_s).toObject();
    for (const QString &key : deadlineKeys)
        QVERIFY2(deadlines.contains(key), qPrintable(key));
    for (const QString &pair : expected) {
        const QString key = pair.section(u'=', 0, 0);
        QCOMPARE(deadlines.value(key).toString(), pair.section(u'=', 1));
    }
}

void TestCliCases::unknownCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList add { u"case"_s, u"add"_s,        u"--person"_s,
                            u"Dirk"_s, u"--received"_s, u"2026-11-02"_s };
    QTest::newRow("type") << add
            + QStringList { u"--type"_s, u"inzage,spam"_s, u"--channel"_s, u"email"_s };
    QTest::newRow("channel") << add
            + QStringList { u"--type"_s, u"inzage"_s, u"--channel"_s, u"fax"_s };
    QTest::newRow("relation") << add + QStringList { u"--type"_s, u"inzage"_s,     u"--channel"_s,
                                                     u"email"_s,  u"--relation"_s, u"buurman"_s };
    QTest::newRow("received date")
        << QStringList { u"case"_s,       u"add"_s,       u"--person"_s,  u"Dirk"_s,
                         u"--type"_s,     u"inzage"_s,    u"--channel"_s, u"email"_s,
                         u"--received"_s, u"02-11-2026"_s };
    QTest::newRow("state") << QStringList { u"case"_s, u"list"_s, u"--state"_s, u"open"_s };
    QTest::newRow("outcome") << QStringList { u"case"_s,      u"complete"_s, u"AVG-2026-0002"_s,
                                              u"--outcome"_s, u"gegrond"_s,  u"--answered"_s,
                                              u"2026-11-16"_s };
    QTest::newRow("ground") << QStringList { u"case"_s,      u"complete"_s,   u"AVG-2026-0002"_s,
                                             u"--outcome"_s, u"afgewezen"_s,  u"--grounds"_s,
                                             u"art-99"_s,    u"--answered"_s, u"2026-11-16"_s };
    QTest::newRow("motivation") << QStringList {
        u"case"_s,      u"complete"_s, u"AVG-2026-0002"_s, u"--outcome"_s, u"deels-toegewezen"_s,
        u"--grounds"_s, u"art-12-5"_s, u"--answered"_s,    u"2026-11-16"_s
    };
    QTest::newRow("method") << QStringList { u"case"_s,          u"identify"_s,
                                             u"AVG-2026-0002"_s, u"--received"_s,
                                             u"2026-11-10"_s,    u"--method"_s,
                                             u"paspoortnummer"_s };
    QTest::newRow("id model") << QStringList { u"deadline"_s, u"--received"_s, u"2026-02-01"_s,
                                               u"--id-model"_s, u"wachten"_s };
    QTest::newRow("policy days") << QStringList { u"deadline"_s, u"--received"_s, u"2026-02-01"_s,
                                                  u"--policy-days"_s, u"dertig"_s };
    QTest::newRow("policy days zero")
        << QStringList { u"deadline"_s, u"--received"_s, u"2026-02-01"_s, u"--policy-days"_s,
                         u"0"_s };
    QTest::newRow("deadline without date") << QStringList { u"deadline"_s };
}

void TestCliCases::unknownCodes()
{
    QFETCH(QStringList, arguments);
    const QJsonArray before = list({});
    const Result result = onStore(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.err.startsWith(u"privacydesk-cli: "_s));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(list({}), before);
}

void TestCliCases::helpForEveryCaseCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("case add") << QStringList { u"case"_s, u"add"_s } << u"--channel"_s;
    QTest::newRow("case list") << QStringList { u"case"_s, u"list"_s } << u"--overdue-on"_s;
    QTest::newRow("case show") << QStringList { u"case"_s, u"show"_s } << u"NUMMER"_s; // Dutch
    QTest::newRow("case identify") << QStringList { u"case"_s, u"identify"_s } << u"--method"_s;
    QTest::newRow("case extend") << QStringList { u"case"_s, u"extend"_s } << u"--notified"_s;
    QTest::newRow("case complete") << QStringList { u"case"_s, u"complete"_s } << u"--grounds"_s;
    QTest::newRow("case note") << QStringList { u"case"_s, u"note"_s } << u"--text"_s;
    QTest::newRow("case reopen") << QStringList { u"case"_s, u"reopen"_s } << u"--reason"_s;
    QTest::newRow("case timeline") << QStringList { u"case"_s, u"timeline"_s } << u"NUMMER"_s;
    QTest::newRow("case assign") << QStringList { u"case"_s, u"assign"_s } << u"--handler"_s;
    QTest::newRow("deadline") << QStringList { u"deadline"_s } << u"--id-model"_s;
}

void TestCliCases::helpForEveryCaseCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QString, mentions);
    const Result help = run(command + QStringList { u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(mentions), qPrintable(help.out));
}

// `case assign NUMBER --handler LOGIN`: a functionaris or beheerder handles the request, shown by
// case show ("Behandelaar"), case list and their JSON, recorded in the timeline; a KCC employee
// or a login nobody has is refused in Dutch, and nothing changes.
void TestCliCases::assignAHandler()
{
    const Result added
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Henk Toewijs"_s, u"--type"_s, u"inzage"_s,
                    u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-11-09"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    for (const auto &[login, role] :
         { std::pair { u"p.devries"_s, u"functionaris"_s }, std::pair { u"k.smit"_s, u"kcc"_s } }) {
        const QString path = m_tmp.filePath(login + u".txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("een-lang-wachtwoord-2026\n");
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const Result user = onStore(
            { u"user"_s, u"add"_s, login, u"--role"_s, role, u"--new-password-file"_s, path });
        QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    }
    Result r = onStore({ u"case"_s, u"assign"_s, number, u"--handler"_s, u"k.smit"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"mag geen verzoeken behandelen"_s), qPrintable(r.err));
    r = onStore({ u"case"_s, u"assign"_s, number, u"--handler"_s, u"x.onbekend"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"geen gebruiker"_s), qPrintable(r.err));
    QCOMPARE(onStore({ u"case"_s, u"assign"_s, number }).exitCode, 2);
    QVERIFY(show(number).value(u"handler"_s).toString().isEmpty());

    r = onStore({ u"case"_s, u"assign"_s, number, u"--handler"_s, u"p.devries"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(show(number).value(u"handler"_s).toString(), u"p.devries"_s);
    const Result text = onStore({ u"case"_s, u"show"_s, number });
    QVERIFY2(text.out.contains(u"Behandelaar: p.devries"_s), qPrintable(text.out));
    bool listed = false;
    for (const QJsonValue &c : list({}))
        listed = listed
            || (c.toObject().value(u"number"_s).toString() == number
                && c.toObject().value(u"handler"_s).toString() == u"p.devries"_s);
    QVERIFY(listed);
    const Result lines = onStore({ u"case"_s, u"list"_s });
    const QString line = lines.out.section(number, 1).section(u'\n', 0, 0);
    QVERIFY2(line.contains(u"p.devries"_s), qPrintable(lines.out));
    const Result timeline = onStore({ u"case"_s, u"timeline"_s, number });
    QVERIFY2(timeline.out.contains(u"a.bakker  case.assigned"_s), qPrintable(timeline.out));
}

// `verify` compares the requests and persons with what their trail last recorded: a
// state changed with plain SQL, as someone holding the key could, fails it, with and without
// --full. The rows come from their owners (cases/TrailRows): the tool gives them.
void TestCliCases::verifyComparesTheRowsWithTheirTrail()
{
    for (const QString &full : { u""_s, u"--full"_s }) {
        const Result verified = onStore(full.isEmpty() ? QStringList { u"verify"_s }
                                                       : QStringList { u"verify"_s, full });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }
    const QString number = u"AVG-2026-0001"_s;
    const QString state = show(number).value(u"state"_s).toString();
    QVERIFY(!state.isEmpty());
    const QString other = state == u"ontvangen"_s ? u"in-behandeling"_s : u"ontvangen"_s;
    const auto setState = [this, &number](const QString &to) {
        const auto store
            = pd::test::openStoreAs(m_store, u"a.bakker"_s, pd::test::CliRunner::storePassword);
        return store
            && pd::test::execSql(
                   store->database(),
                   u"UPDATE cases SET state = '%1' WHERE number = '%2'"_s.arg(to, number));
    };
    QVERIFY(setState(other));
    for (const QString &full : { u""_s, u"--full"_s }) {
        const Result verified = onStore(full.isEmpty() ? QStringList { u"verify"_s }
                                                       : QStringList { u"verify"_s, full });
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.err.contains(number), qPrintable(verified.err));
        QVERIFY2(verified.err.contains(state), qPrintable(verified.err));
    }
    // Put back, it verifies again.
    QVERIFY(setState(state));
    const Result verified = onStore({ u"verify"_s, u"--full"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
