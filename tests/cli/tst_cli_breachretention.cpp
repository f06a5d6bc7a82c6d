// privacydesk-cli and the data-breach register's retention end to end: the real
// executable against a real store made with `init --kdf test`. The tool's "today" is the system
// clock, so the breach made here is moved back to a closing in March 2020 (directly in the
// store, as the tool cannot close in the past): its five-year term ran out on 11 March 2025.

#include "CliRunner.h"
#include "TestSupport.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

const QString title = u"Laptop met huurdersgegevens kwijt"_s;
const QString description = u"Medewerker liet de laptop in de trein liggen."_s;

} // namespace

class TestCliBreachRetention final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueListsTheBreach();
    void destroyNeedsConfirm();
    void destroyKeepsTheSkeleton();
    void destroyedBreachStaysAsItIs();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QJsonArray dueOn(const QString &day) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_number;
};

QJsonArray TestCliBreachRetention::dueOn(const QString &day) const
{
    const Result listed = onStore({ u"retention"_s, u"due"_s, u"--on"_s, day, u"--json"_s });
    if (listed.exitCode != 0)
        qWarning("retention due: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void TestCliBreachRetention::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    const Result added = onStore({ u"breach"_s, u"add"_s, u"--title"_s, title, u"--discovered"_s,
                                   u"2020-03-02T10:00"_s, u"--description"_s, description,
                                   u"--persons"_s, u"40"_s, u"--data"_s, u"naw,huurgegevens"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_number = added.out.trimmed();
    QCOMPARE(m_number, u"DL-2020-0001"_s);
    const Result assessed = onStore({ u"breach"_s, u"assess"_s, m_number, u"--risk"_s, u"geen"_s,
                                      u"--reasoning"_s, u"De schijf was versleuteld"_s });
    QVERIFY2(assessed.exitCode == 0, qPrintable(assessed.err));
    const Result closed = onStore({ u"breach"_s, u"close"_s, m_number });
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
    // Closed at 00:30 on 11 March 2020 in Amsterdam (23:30 UTC the day before).
    std::unique_ptr<pd::Store> store
        = pd::test::openStoreAs(m_cli.store(), u"a.bakker"_s, pd::test::CliRunner::storePassword);
    QVERIFY(store);
    QSqlQuery query(store->database());
    QVERIFY2(query.exec(u"UPDATE breaches SET closed_at = '2020-03-10T23:30:00Z'"_s),
             qPrintable(query.lastError().text()));
}

void TestCliBreachRetention::dueListsTheBreach()
{
    QCOMPARE(dueOn(u"2025-03-10"_s), QJsonArray());
    const QJsonArray due = dueOn(u"2025-03-11"_s);
    QCOMPARE(due.size(), 1);
    const QJsonObject item = due.first().toObject();
    // The keys of every item, and the breach's number besides.
    QCOMPARE(item.keys(),
             QStringList({ u"breach"_s, u"category"_s, u"expires"_s, u"klantnummer"_s, u"name"_s,
                           u"rule"_s, u"state"_s }));
    QCOMPARE(item.value(u"breach"_s).toString(), m_number);
    QCOMPARE(item.value(u"klantnummer"_s).toString(), QString());
    QCOMPARE(item.value(u"name"_s).toString(), title);
    QCOMPARE(item.value(u"rule"_s).toString(), u"datalekkenregister"_s);
    QCOMPARE(item.value(u"expires"_s).toString(), u"2025-03-11"_s);
    QCOMPARE(item.value(u"state"_s).toString(), u"verlopen"_s);
    const Result text = onStore({ u"retention"_s, u"due"_s, u"--on"_s, u"2025-03-11"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(m_number) && text.out.contains(u"11/03/2025"_s),
             qPrintable(text.out));
    // The rule says where it runs from.
    const Result rules = onStore({ u"retention"_s, u"rules"_s });
    QVERIFY2(rules.out.contains(u"5 years after the breach was closed"_s), qPrintable(rules.out));
    const Result trigger = onStore({ u"retention"_s, u"rule"_s, u"set"_s, u"datalekkenregister"_s,
                                     u"--trigger"_s, u"opname"_s });
    QCOMPARE(trigger.exitCode, 2);
    QVERIFY2(trigger.err.contains(u"closing of the breach"_s), qPrintable(trigger.err));
}

void TestCliBreachRetention::destroyNeedsConfirm()
{
    const Result dry = onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, m_number });
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(m_number), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"cannot be undone"_s));
    QVERIFY(dry.out.contains(u"skeleton"_s));
    QVERIFY(dry.err.contains(u"--confirm"_s));
    const Result json
        = onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, m_number, u"--json"_s });
    QCOMPARE(json.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(plan.value(u"destroyed"_s).toBool(), false);
    QCOMPARE(plan.value(u"breach"_s).toString(), m_number);
    QCOMPARE(plan.value(u"closed_on"_s).toString(), u"2020-03-11"_s);
    QCOMPARE(plan.value(u"expired_on"_s).toString(), u"2025-03-11"_s);
    QCOMPARE(plan.value(u"free_texts"_s).toInt(), 2); // what happened, the reasoning
    QVERIFY(plan.value(u"audit_payloads"_s).toInt() >= 3);
    // One subject at a time; an unknown breach is an error, not a usage error.
    QCOMPARE(
        onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, m_number, u"--person"_s, u"R1"_s })
            .exitCode,
        2);
    const Result unknown
        = onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, u"DL-2020-0099"_s });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"DL-2020-0099"_s), qPrintable(unknown.err));
    const Result shown = onStore({ u"breach"_s, u"show"_s, m_number, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"title"_s).toString(),
             title);
}

void TestCliBreachRetention::destroyKeepsTheSkeleton()
{
    const Result destroyed
        = onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, m_number, u"--method"_s,
                    u"gewist in Privacydesk"_s, u"--confirm"_s, u"--json"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
    const QJsonObject result = QJsonDocument::fromJson(destroyed.out.toUtf8()).object();
    QCOMPARE(result.value(u"destroyed"_s).toBool(), true);
    QCOMPARE(result.value(u"breach"_s).toString(), m_number);
    QCOMPARE(result.value(u"by"_s).toString(), u"a.bakker"_s);
    QCOMPARE(result.value(u"method"_s).toString(), u"gewist in Privacydesk"_s);
    QCOMPARE(result.value(u"proof"_s).toString().size(), 64);
    QCOMPARE(result.value(u"counts"_s).toObject().value(u"free_texts"_s).toInt(), 2);
    QVERIFY(!destroyed.out.contains(title));
    QVERIFY(dueOn(u"2030-01-01"_s).isEmpty());

    const Result shown = onStore({ u"breach"_s, u"show"_s, m_number, u"--json"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject breach = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QVERIFY(!breach.value(u"destroyed_on"_s).toString().isEmpty());
    QCOMPARE(breach.value(u"destroyed_by"_s).toString(), u"a.bakker"_s);
    QCOMPARE(breach.value(u"title"_s).toString(), u"[vernietigd]"_s);
    QVERIFY(breach.value(u"description"_s).isNull());
    QVERIFY(breach.value(u"reasoning"_s).isNull());
    QCOMPARE(breach.value(u"risk"_s).toString(), u"geen"_s);
    QCOMPARE(breach.value(u"persons"_s).toInt(), 40);
    QCOMPARE(breach.value(u"data"_s).toArray(), QJsonArray({ u"naw"_s, u"huurgegevens"_s }));
    QCOMPARE(breach.value(u"discovered_at"_s).toString(), u"2020-03-02T10:00:00+01:00"_s);
    QCOMPARE(breach.value(u"state"_s).toString(), u"gesloten"_s);
    QVERIFY(!shown.out.contains(description));
    const Result text = onStore({ u"breach"_s, u"show"_s, m_number });
    QVERIFY2(text.out.contains(u"Destroyed: on "_s), qPrintable(text.out));

    const Result log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    QVERIFY2(log.exitCode == 0, qPrintable(log.err));
    const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(u"kind"_s).toString(), u"datalek"_s);
    QCOMPARE(entry.value(u"subject"_s).toString(), m_number);
    QCOMPARE(entry.value(u"cases"_s).toArray(), QJsonArray());
    QVERIFY(!log.out.contains(title));
    QVERIFY(!log.out.contains(description));

    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestCliBreachRetention::destroyedBreachStaysAsItIs()
{
    const Result again
        = onStore({ u"retention"_s, u"destroy"_s, u"--breach"_s, m_number, u"--confirm"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already been destroyed"_s), qPrintable(again.err));
    const Result closed = onStore({ u"breach"_s, u"close"_s, m_number });
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains(u"was destroyed under the retention rule"_s),
             qPrintable(closed.err));
    const Result assessed = onStore({ u"breach"_s, u"assess"_s, m_number, u"--risk"_s, u"risico"_s,
                                      u"--reasoning"_s, u"Toch een risico"_s });
    QCOMPARE(assessed.exitCode, 1);
    QVERIFY(assessed.err.contains(u"was destroyed under the retention rule"_s));
    const Result shown = onStore({ u"breach"_s, u"show"_s, m_number, u"--json"_s });
    QVERIFY(!shown.out.contains(u"Toch een risico"_s));
}

QTEST_MAIN(TestCliBreachRetention)
#include "tst_cli_breachretention.moc"
