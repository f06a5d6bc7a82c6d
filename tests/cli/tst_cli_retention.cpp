// privacydesk-cli retention … end to end: the real executable against a real store made with
// `init --kdf test`. The tool's "today" is the system clock, so the requests here were answered
// in 2020 and their two-year term has long run out.

#include "CliRunner.h"
#include "TestSupport.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

} // namespace

class TestCliRetention final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules();
    void due();
    void itemSet();
    void holdBlocksDestroy();
    void destroyNeedsConfirm();
    void destroyByCase();
    void destroyKeepsWhatARuleRequires();
    void destroyPersonWithoutRequests();
    void readFailures();
    void usageErrors_data();
    void usageErrors();
    void importDerivesDueItems();
    void ruleListAndSet();
    void ruleSetUsageErrors_data();
    void ruleSetUsageErrors();
    // Last: its entry in the destruction log would be counted by those before.
    void itemDestroy();

private:
    Result run(const QStringList &arguments) const;
    Result onStore(const QStringList &arguments) const;
    QJsonArray dueOn(const QString &day, const QString &within = {}) const;
    QString addClosed(const QString &name, const QString &klantnummer, const QString &received,
                      const QString &answered) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QString m_passwordFile;
    QString m_first;
    QString m_second;
};

Result TestCliRetention::run(const QStringList &arguments) const
{
    return m_cli.run(arguments);
}

Result TestCliRetention::onStore(const QStringList &arguments) const
{
    return m_cli.onStore(arguments);
}

QJsonArray TestCliRetention::dueOn(const QString &day, const QString &within) const
{
    QStringList args { u"retention"_s, u"due"_s, u"--on"_s, day, u"--json"_s };
    if (!within.isEmpty())
        args << u"--within"_s << within;
    const Result listed = onStore(args);
    if (listed.exitCode != 0)
        qWarning("retention due: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QString TestCliRetention::addClosed(const QString &name, const QString &klantnummer,
                                    const QString &received, const QString &answered) const
{
    return pd::test::addClosedRequest(
        [this](const QStringList &arguments) { return onStore(arguments); }, name, klantnummer,
        received, answered);
}

void TestCliRetention::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    m_store = m_cli.store();
    m_passwordFile = m_cli.passwordFile();
    m_first = addClosed(u"Wim Vergeetmij"_s, u"R100"_s, u"2020-01-06"_s, u"2020-02-29"_s);
    QVERIFY(!m_first.isEmpty());
    m_second = addClosed(u"Ria Bewaard"_s, u"R200"_s, u"2020-03-02"_s, u"2020-03-10"_s);
    QVERIFY(!m_second.isEmpty());
}

void TestCliRetention::rules()
{
    const Result listed = onStore({ u"retention"_s, u"rules"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray rules = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(rules.size(), 7); // the seeded six and the breach register's (schema 23)
    QCOMPARE(rules.first().toObject().value(u"code"_s).toString(), u"contactgegevens-huurder"_s);
    QCOMPARE(rules.first().toObject().value(u"amount"_s).toInt(), 2);
    QCOMPARE(rules.first().toObject().value(u"unit"_s).toString(), u"jaren"_s);
    QCOMPARE(rules.at(5).toObject().value(u"trigger"_s).toString(), u"afronding-verzoek"_s);
    QCOMPARE(rules.last().toObject().value(u"code"_s).toString(), u"datalekkenregister"_s);
    const Result text = onStore({ u"retention"_s, u"rules"_s });
    QVERIFY(text.out.contains(u"avg-verzoekdossiers"_s));
}

void TestCliRetention::due()
{
    // Answered 29 Feb 2020: + 2 years = 28 Feb 2022 (no 29 Feb in 2022, no working-day move).
    QCOMPARE(dueOn(u"2022-02-27"_s), QJsonArray());
    QJsonArray due = dueOn(u"2022-02-27"_s, u"1"_s);
    QCOMPARE(due.size(), 1);
    QJsonObject item = due.first().toObject();
    QCOMPARE(item.keys(),
             QStringList({ u"category"_s, u"expires"_s, u"klantnummer"_s, u"name"_s, u"rule"_s,
                           u"state"_s }));
    QCOMPARE(item.value(u"klantnummer"_s).toString(), u"R100"_s);
    QCOMPARE(item.value(u"name"_s).toString(), u"Wim Vergeetmij"_s);
    QCOMPARE(item.value(u"rule"_s).toString(), u"avg-verzoekdossiers"_s);
    QCOMPARE(item.value(u"expires"_s).toString(), u"2022-02-28"_s);
    QCOMPARE(item.value(u"state"_s).toString(), u"verloopt-binnenkort"_s);
    due = dueOn(u"2022-02-28"_s);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().toObject().value(u"state"_s).toString(), u"verlopen"_s);
    due = dueOn(u"2022-03-10"_s);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(1).toObject().value(u"klantnummer"_s).toString(), u"R200"_s);
}

// Tenant contact data: the end of the tenancy starts the rule's period (+ 2 years by default).
void TestCliRetention::itemSet()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Nel Huurtermijn"_s,
                                   u"--klantnummer"_s, u"R300"_s, u"--type"_s, u"inzage"_s,
                                   u"--channel"_s, u"brief"_s, u"--received"_s, u"2020-01-06"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result set
        = onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"R300"_s, u"--rule"_s,
                    u"contactgegevens-huurder"_s, u"--trigger"_s, u"2024-03-31"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(u"31/03/2026"_s), qPrintable(set.out)); // English, ISO only in --json
    bool found = false;
    for (const QJsonValue &value : dueOn(u"2026-04-01"_s)) {
        const QJsonObject item = value.toObject();
        if (item.value(u"klantnummer"_s).toString() == u"R300"_s
            && item.value(u"rule"_s).toString() == u"contactgegevens-huurder"_s) {
            QCOMPARE(item.value(u"expires"_s).toString(), u"2026-03-31"_s);
            QCOMPARE(item.value(u"state"_s).toString(), u"verlopen"_s);
            found = true;
        }
    }
    QVERIFY(found);
    // The request files follow from the requests: they cannot be set by hand.
    const Result refused
        = onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"R300"_s, u"--rule"_s,
                    u"avg-verzoekdossiers"_s, u"--trigger"_s, u"2024-03-31"_s });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"R300"_s }).exitCode,
             2);
}

// One expired item of data outside Privacydesk recorded as destroyed, as the desk's retention
// page does: said first, recorded only with --confirm and a method, then gone from what is due
// and in the destruction log; an item not expired yet, or a rule the person has no item under,
// is refused.
void TestCliRetention::itemDestroy()
{
    const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Joop Opgeruimd"_s,
                                   u"--klantnummer"_s, u"R310"_s, u"--type"_s, u"inzage"_s,
                                   u"--channel"_s, u"brief"_s, u"--received"_s, u"2020-01-06"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    for (const auto &[rule, trigger] :
         { std::pair { u"contactgegevens-huurder"_s, u"2020-06-30"_s },
           std::pair { u"financiele-gegevens"_s, today } }) {
        const Result set = onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"R310"_s,
                                     u"--rule"_s, rule, u"--trigger"_s, trigger });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    const auto dueForR310 = [this, &today] {
        QStringList rules;
        for (const QJsonValue &value : dueOn(today)) {
            if (value.toObject().value(u"klantnummer"_s).toString() == u"R310"_s)
                rules << value.toObject().value(u"rule"_s).toString();
        }
        return rules;
    };
    QCOMPARE(dueForR310(), QStringList { u"contactgegevens-huurder"_s });
    const QStringList destroy { u"retention"_s,
                                u"item"_s,
                                u"destroy"_s,
                                u"--person"_s,
                                u"R310"_s,
                                u"--rule"_s,
                                u"contactgegevens-huurder"_s };

    const Result dry = onStore(destroy + QStringList { u"--method"_s, u"Gewist in het ERP"_s });
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(u"Joop Opgeruimd (customer number R310)"_s), qPrintable(dry.out));
    QVERIFY2(dry.err.contains(u"--confirm"_s), qPrintable(dry.err));
    const Result noMethod = onStore(destroy + QStringList { u"--confirm"_s });
    QCOMPARE(noMethod.exitCode, 1);
    QVERIFY2(noMethod.err.contains(u"how the data was destroyed"_s), qPrintable(noMethod.err));
    QCOMPARE(dueForR310(), QStringList { u"contactgegevens-huurder"_s });

    const Result notYet
        = onStore({ u"retention"_s, u"item"_s, u"destroy"_s, u"--person"_s, u"R310"_s, u"--rule"_s,
                    u"financiele-gegevens"_s, u"--method"_s, u"x"_s, u"--confirm"_s });
    QCOMPARE(notYet.exitCode, 1);
    QVERIFY2(notYet.err.contains(u"Not expired yet"_s), qPrintable(notYet.err));
    const Result noItem = onStore({ u"retention"_s, u"item"_s, u"destroy"_s, u"--person"_s,
                                    u"R310"_s, u"--rule"_s, u"camerabeelden"_s, u"--confirm"_s });
    QCOMPARE(noItem.exitCode, 1);
    QCOMPARE(
        onStore({ u"retention"_s, u"item"_s, u"destroy"_s, u"--person"_s, u"R310"_s }).exitCode, 2);

    const Result done = onStore(
        destroy
        + QStringList { u"--method"_s, u"Gewist in het ERP"_s, u"--confirm"_s, u"--json"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject json = QJsonDocument::fromJson(done.out.toUtf8()).object();
    QVERIFY(json.value(u"destroyed"_s).toBool());
    QCOMPARE(json.value(u"rule"_s).toString(), u"contactgegevens-huurder"_s);
    QVERIFY(dueForR310().isEmpty());
    const Result log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    QVERIFY2(log.out.contains(u"Gewist in het ERP"_s), qPrintable(log.out));
    // Once is enough: recorded again, it is refused.
    const Result again = onStore(destroy + QStringList { u"--method"_s, u"x"_s, u"--confirm"_s });
    QCOMPARE(again.exitCode, 1);
}

void TestCliRetention::holdBlocksDestroy()
{
    const Result held = onStore({ u"retention"_s, u"hold"_s, u"--person"_s, u"R200"_s,
                                  u"--reason"_s, u"Open klacht bij de AP"_s });
    QVERIFY2(held.exitCode == 0, qPrintable(held.err));
    const QJsonArray due = dueOn(u"2024-01-01"_s);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(1).toObject().value(u"state"_s).toString(), u"bewaarplicht"_s);

    const Result refused
        = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R200"_s, u"--confirm"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Open klacht bij de AP"_s), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);

    const Result released = onStore({ u"retention"_s, u"release"_s, u"--person"_s, u"R200"_s });
    QVERIFY2(released.exitCode == 0, qPrintable(released.err));
    QCOMPARE(dueOn(u"2024-01-01"_s).at(1).toObject().value(u"state"_s).toString(), u"verlopen"_s);
    QCOMPARE(onStore({ u"retention"_s, u"release"_s, u"--person"_s, u"R200"_s }).exitCode, 1);
}

void TestCliRetention::destroyNeedsConfirm()
{
    const Result dry = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R200"_s });
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(m_second), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"cannot be undone"_s));
    QVERIFY(dry.err.contains(u"--confirm"_s));
    const Result shown = onStore({ u"case"_s, u"show"_s, m_second, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                 .object()
                 .value(u"person"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"Ria Bewaard"_s);
}

void TestCliRetention::destroyByCase()
{
    // A backup from before the destruction, restored at the end: it must not bring it back.
    const QString folder = QDir(m_tmp.path()).filePath(u"voor-vernietiging"_s);
    const Result backedUp = onStore({ u"backup"_s, u"--to"_s, folder });
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    const Result destroyed
        = onStore({ u"retention"_s, u"destroy"_s, u"--case"_s, m_first, u"--method"_s,
                    u"geanonimiseerd"_s, u"--confirm"_s, u"--json"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
    const QJsonObject result = QJsonDocument::fromJson(destroyed.out.toUtf8()).object();
    QCOMPARE(result.value(u"destroyed"_s).toBool(), true);
    QCOMPARE(result.value(u"cases"_s).toArray(), QJsonArray { m_first });
    QCOMPARE(result.value(u"by"_s).toString(), u"a.bakker"_s);
    QCOMPARE(result.value(u"proof"_s).toString().size(), 64);
    QVERIFY(!destroyed.out.contains(u"Vergeetmij"_s));

    const Result shown = onStore({ u"case"_s, u"show"_s, m_first, u"--json"_s });
    QVERIFY(!shown.out.contains(u"Vergeetmij"_s));
    QVERIFY(!shown.out.contains(u"lekkage"_s));
    // Of the two data subjects this test made (R300 is itemSet's), one file is left.
    int left = 0;
    for (const QJsonValue &value : dueOn(u"2030-01-01"_s))
        left += value.toObject().value(u"klantnummer"_s).toString() != u"R300"_s ? 1 : 0;
    QCOMPARE(left, 1);

    const Result log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    QVERIFY2(log.exitCode == 0, qPrintable(log.err));
    const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"method"_s).toString(), u"geanonimiseerd"_s);
    QVERIFY(!log.out.contains(u"Vergeetmij"_s));
    QVERIFY(!log.out.contains(u"R100"_s));

    // Restored as the README says: the destruction after the backup is done again, and said.
    const Result restored = onStore({ u"restore"_s, u"--from"_s, pd::test::onlySubfolder(folder) });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(u"Destroyed again, because it was destroyed after this "
                                   "backup was made: %1."_s.arg(m_first)),
             qPrintable(restored.out));
    const Result again = onStore({ u"case"_s, u"show"_s, m_first, u"--json"_s });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!again.out.contains(u"Vergeetmij"_s));
    QVERIFY(!again.out.contains(u"lekkage"_s));

    QCOMPARE(
        onStore({ u"retention"_s, u"destroy"_s, u"--case"_s, m_first, u"--confirm"_s }).exitCode,
        1);
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

// Financial records still kept: destroy goes ahead for everything else, says what is
// kept (text and JSON), and the log counts each step without a name.
void TestCliRetention::destroyKeepsWhatARuleRequires()
{
    const QString number
        = addClosed(u"Fenna Fiscaal"_s, u"R400"_s, u"2020-04-01"_s, u"2020-04-20"_s);
    QVERIFY(!number.isEmpty());
    const Result set
        = onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"R400"_s, u"--rule"_s,
                    u"financiele-gegevens"_s, u"--trigger"_s, u"2099-12-31"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));

    const Result dry
        = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R400"_s, u"--json"_s });
    QCOMPARE(dry.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(plan.value(u"destroyed"_s).toBool(), false);
    QCOMPARE(plan.value(u"cases"_s).toArray(), QJsonArray { number });
    QVERIFY(plan.value(u"audit_payloads"_s).toInt() > 0);
    QCOMPARE(plan.value(u"disclosures"_s).toInt(), 0);
    const QJsonArray kept = plan.value(u"kept"_s).toArray();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().toObject().value(u"rule"_s).toString(), u"financiele-gegevens"_s);
    QCOMPARE(kept.first().toObject().value(u"until"_s).toString(), u"2106-12-31"_s);
    const Result text = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R400"_s });
    QVERIFY2(text.out.contains(u"Kept: Financiële gegevens"_s), qPrintable(text.out));

    const Result destroyed = onStore(
        { u"retention"_s, u"destroy"_s, u"--person"_s, u"R400"_s, u"--confirm"_s, u"--json"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
    const QJsonObject result = QJsonDocument::fromJson(destroyed.out.toUtf8()).object();
    QCOMPARE(result.value(u"destroyed"_s).toBool(), true);
    QCOMPARE(result.value(u"counts"_s).toObject().value(u"audit_payloads"_s).toInt(),
             plan.value(u"audit_payloads"_s).toInt());
    QCOMPARE(result.value(u"counts"_s).toObject().value(u"requests"_s).toInt(), 1);
    QCOMPARE(result.value(u"kept"_s).toArray().size(), 1);
    QVERIFY(!destroyed.out.contains(u"Fiscaal"_s));

    const Result log = onStore({ u"retention"_s, u"log"_s, u"--json"_s });
    QVERIFY2(log.exitCode == 0, qPrintable(log.err));
    const QJsonObject entry = QJsonDocument::fromJson(log.out.toUtf8()).array().first().toObject();
    QCOMPARE(entry.value(u"counts"_s).toObject().value(u"requests"_s).toInt(), 1);
    QVERIFY2(entry.value(u"kept"_s).toString().contains(u"Financiële gegevens tot 31-12-2106"_s),
             qPrintable(entry.value(u"kept"_s).toString()));
    QVERIFY(!log.out.contains(u"Fiscaal"_s));
    QVERIFY(!log.out.contains(u"R400"_s));
    // The request no longer names her; her name and customer number stay for the rule.
    const Result shown = onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    QVERIFY(!shown.out.contains(u"Fiscaal"_s));
    QVERIFY(!shown.out.contains(u"lekkage"_s));
    bool found = false;
    for (const QJsonValue &value : dueOn(u"2106-12-31"_s))
        found = found || value.toObject().value(u"klantnummer"_s).toString() == u"R400"_s;
    QVERIFY(found);
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

// A data subject imported from the ERP only, without requests: destroy works once
// nothing of them must be kept, says what is kept and until when while an item runs, and is
// refused under a legal hold.
void TestCliRetention::destroyPersonWithoutRequests()
{
    {
        std::unique_ptr<pd::Store> store
            = pd::test::openStoreAs(m_store, u"a.bakker"_s, pd::test::CliRunner::storePassword);
        QVERIFY(store);
        QSqlQuery query(store->database());
        for (const QString &k : { u"R600"_s, u"R700"_s, u"R800"_s })
            QVERIFY2(
                query.exec(u"INSERT INTO persons (name, relation, klantnummer, street, phone, "
                           "email, created_at, created_by) VALUES ('Erik Erp%1', "
                           "'ex-huurder', '%1', 'Beukenlaan %1', '06-1234%1', "
                           "'erik%1@example.nl', '2020-01-01T00:00:00.000Z', 'import')"_s.arg(k)),
                qPrintable(query.lastError().text()));
    }
    const auto item = [this](const QString &k, const QString &rule, const QString &trigger) {
        return onStore({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, k, u"--rule"_s, rule,
                         u"--trigger"_s, trigger })
                   .exitCode
            == 0;
    };
    QVERIFY(item(u"R700"_s, u"financiele-gegevens"_s, u"2099-12-31"_s));
    QVERIFY(item(u"R800"_s, u"camerabeelden"_s, u"2020-01-01"_s));
    QVERIFY(onStore({ u"retention"_s, u"hold"_s, u"--person"_s, u"R800"_s, u"--reason"_s,
                      u"Rechtszaak"_s })
                .exitCode
            == 0);

    // Nothing of R600 must be kept: the plan says what goes, --confirm destroys it.
    const Result dry
        = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R600"_s, u"--json"_s });
    QCOMPARE(dry.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(plan.value(u"without_requests"_s).toBool(), true);
    QCOMPARE(plan.value(u"cases"_s).toArray(), QJsonArray {});
    QCOMPARE(plan.value(u"kept"_s).toArray(), QJsonArray {});
    const Result text = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R600"_s });
    QVERIFY2(text.out.contains(u"has no requests"_s), qPrintable(text.out));
    const Result destroyed = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R600"_s,
                                       u"--method"_s, u"verwijderd"_s, u"--confirm"_s });
    QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
    QVERIFY2(destroyed.out.startsWith(u"Destroyed: gegevens van de betrokkene"_s),
             qPrintable(destroyed.out));
    QVERIFY(!destroyed.out.contains(u"R600"_s));
    QCOMPARE(onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R600"_s }).exitCode, 1);

    // R700's financial records run until 2106: said, and nothing destroyed.
    const Result kept
        = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R700"_s, u"--confirm"_s });
    QCOMPARE(kept.exitCode, 1);
    QVERIFY2(kept.err.contains(u"Financiële gegevens until"_s), qPrintable(kept.err));
    QVERIFY(kept.err.contains(u"2106"_s));
    QVERIFY(!kept.err.contains(u"no request files"_s));
    // R800 is held.
    const Result held
        = onStore({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R800"_s, u"--confirm"_s });
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.err.contains(u"Rechtszaak"_s), qPrintable(held.err));

    std::unique_ptr<pd::Store> store
        = pd::test::openStoreAs(m_store, u"a.bakker"_s, pd::test::CliRunner::storePassword);
    QVERIFY(store);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT group_concat(klantnummer, ' ') || ' ' || group_concat(name, ' ') "
                       "|| ' ' || group_concat(coalesce(street, ''), ' ') FROM persons"_s)
            && query.next());
    const QString persons = query.value(0).toString();
    QVERIFY2(!persons.contains(u"R600"_s), qPrintable(persons));
    QVERIFY(persons.contains(u"Beukenlaan R700"_s));
    QVERIFY(persons.contains(u"Beukenlaan R800"_s));
    query.finish();
    store.reset();
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

// A read that fails is exit 1 with [read-failed], never "Nothing is due" or an empty log with
// exit 0, and destroy stops on a plan it could not read.
void TestCliRetention::readFailures()
{
    const auto renamed = [this](const QString &from, const QString &to) {
        return m_cli.renameTable(u"a.bakker"_s, from, to);
    };
    const auto failsAsRead = [this](const QStringList &command) {
        const Result result = onStore(command);
        if (result.exitCode != 1 || !result.err.contains(u"could not be read: "_s)
            || !result.err.contains(u"[read-failed]"_s)) {
            qWarning("%s: exit %d, %s", qPrintable(command.join(u' ')), result.exitCode,
                     qPrintable(result.err));
            return false;
        }
        return result.out.isEmpty();
    };
    QVERIFY(renamed(u"retention_items"_s, u"weg"_s));
    QVERIFY(failsAsRead({ u"retention"_s, u"due"_s, u"--on"_s, u"2030-01-01"_s }));
    QVERIFY(failsAsRead({ u"retention"_s, u"due"_s, u"--on"_s, u"2030-01-01"_s, u"--json"_s }));
    QVERIFY(renamed(u"weg"_s, u"retention_items"_s));

    QVERIFY(renamed(u"retention_destructions"_s, u"weg"_s));
    QVERIFY(failsAsRead({ u"retention"_s, u"log"_s, u"--json"_s }));
    QVERIFY(renamed(u"weg"_s, u"retention_destructions"_s));

    QVERIFY(renamed(u"retention_rules"_s, u"weg"_s));
    QVERIFY(failsAsRead({ u"retention"_s, u"rules"_s }));
    QVERIFY(renamed(u"weg"_s, u"retention_rules"_s));

    QVERIFY(renamed(u"case_notes"_s, u"weg"_s));
    QVERIFY(failsAsRead({ u"retention"_s, u"destroy"_s, u"--case"_s, m_second, u"--method"_s,
                          u"geanonimiseerd"_s, u"--confirm"_s }));
    QVERIFY(renamed(u"weg"_s, u"case_notes"_s));
    QVERIFY(renamed(u"persons"_s, u"weg"_s));
    QVERIFY(failsAsRead({ u"retention"_s, u"destroy"_s, u"--person"_s, u"R200"_s }));
    QVERIFY(renamed(u"weg"_s, u"persons"_s));

    // Nothing was destroyed by the refused run.
    const Result shown = onStore({ u"case"_s, u"show"_s, m_second, u"--json"_s });
    QVERIFY2(shown.out.contains(u"Ria Bewaard"_s), qPrintable(shown.out + shown.err));
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestCliRetention::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("due bad date") << QStringList { u"due"_s, u"--on"_s, u"28-02-2022"_s } << 2;
    QTest::newRow("due bad within")
        << QStringList { u"due"_s, u"--on"_s, u"2022-02-28"_s, u"--within"_s, u"-3"_s } << 2;
    QTest::newRow("destroy nobody") << QStringList { u"destroy"_s, u"--confirm"_s } << 2;
    QTest::newRow("destroy both") << QStringList { u"destroy"_s, u"--case"_s, u"AVG-2020-0001"_s,
                                                   u"--person"_s, u"R1"_s }
                                  << 2;
    QTest::newRow("destroy unknown case")
        << QStringList { u"destroy"_s, u"--case"_s, u"AVG-1999-0001"_s } << 1;
    QTest::newRow("hold without reason")
        << QStringList { u"hold"_s, u"--person"_s, u"R200"_s } << 2;
    QTest::newRow("hold unknown person")
        << QStringList { u"hold"_s, u"--person"_s, u"R999"_s, u"--reason"_s, u"x"_s } << 1;
}

void TestCliRetention::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = onStore(QStringList { u"retention"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCliRetention::importDerivesDueItems()
{
    // A cp1252 ERP export: the derived items are what `retention due` lists.
    const QString path = m_tmp.filePath(u"erp.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("klantnummer;naam;relatie;einddatum\r\n"
               "E1;Jos\xe9 M\xfcller;ex-huurder;29-02-2024\r\n"
               "E2;Huub Huidig;huurder;\r\n"
               "E3;Fout Datum;ex-huurder;30-02-2024\r\n");
    file.close();
    const Result imported = onStore({ u"import"_s, u"persons"_s, path, u"--json"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(result.value(u"imported"_s).toInt(), 2);
    QCOMPARE(result.value(u"terms_created"_s).toInt(), 2);
    QCOMPARE(result.value(u"terms_moved"_s).toInt(), 0);
    QCOMPARE(result.value(u"terms_removed"_s).toInt(), 0);
    const Result text = onStore({ u"import"_s, u"persons"_s, path });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Retention terms: 0 created"_s), qPrintable(text.out));

    // 29-02-2024 + 2 years = 28-02-2026: due from that day, with the rule and category.
    QJsonArray derived;
    for (const QJsonValue &value : dueOn(u"2026-02-27"_s, u"1"_s)) {
        if (value.toObject().value(u"klantnummer"_s).toString().startsWith(u'E'))
            derived.append(value);
    }
    QCOMPARE(derived.size(), 1);
    const QJsonObject item = derived.first().toObject();
    QCOMPARE(item.keys(),
             QStringList({ u"category"_s, u"expires"_s, u"klantnummer"_s, u"name"_s, u"rule"_s,
                           u"state"_s }));
    QCOMPARE(item.value(u"klantnummer"_s).toString(), u"E1"_s);
    QCOMPARE(item.value(u"name"_s).toString(), u"José Müller"_s);
    QCOMPARE(item.value(u"rule"_s).toString(), u"contactgegevens-huurder"_s);
    QCOMPARE(item.value(u"category"_s).toString(), u"Contactgegevens huurder"_s);
    QCOMPARE(item.value(u"expires"_s).toString(), u"2026-02-28"_s);
    QCOMPARE(item.value(u"state"_s).toString(), u"verloopt-binnenkort"_s);
    // The financial records: end of the fiscal year 2024 + 7 years.
    bool financial = false;
    for (const QJsonValue &value : dueOn(u"2031-12-31"_s)) {
        const QJsonObject o = value.toObject();
        if (o.value(u"klantnummer"_s).toString() == u"E1"_s
            && o.value(u"rule"_s).toString() == u"financiele-gegevens"_s) {
            QCOMPARE(o.value(u"expires"_s).toString(), u"2031-12-31"_s);
            financial = true;
        }
        // The current tenant expires nothing.
        QVERIFY(o.value(u"klantnummer"_s).toString() != u"E2"_s);
    }
    QVERIFY(financial);
}

void TestCliRetention::ruleListAndSet()
{
    // `retention rule list` and the old `retention rules` say the same.
    const Result listed = onStore({ u"retention"_s, u"rule"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const Result alias = onStore({ u"retention"_s, u"rules"_s, u"--json"_s });
    QCOMPARE(listed.out, alias.out);
    const QJsonArray rules = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(rules.size(), 7);
    const QJsonObject first = rules.first().toObject();
    QCOMPARE(first.value(u"trigger"_s).toString(), u"einde-relatie"_s);
    QCOMPARE(first.value(u"relations"_s).toArray(), QJsonArray({ u"huurder"_s, u"ex-huurder"_s }));
    QCOMPARE(rules.at(1).toObject().value(u"trigger"_s).toString(), u"einde-boekjaar"_s);

    // Domijn keeps contact data one year: E1's item moves to 28-02-2025.
    const Result set = onStore({ u"retention"_s, u"rule"_s, u"set"_s, u"contactgegevens-huurder"_s,
                                 u"--period"_s, u"1y"_s, u"--trigger"_s, u"einde-relatie"_s,
                                 u"--relations"_s, u"huurder,ex-huurder"_s, u"--json"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QJsonObject saved = QJsonDocument::fromJson(set.out.toUtf8()).object();
    QCOMPARE(saved.value(u"amount"_s).toInt(), 1);
    QCOMPARE(saved.value(u"unit"_s).toString(), u"jaren"_s);
    QCOMPARE(saved.value(u"terms_moved"_s).toInt(), 1);
    bool moved = false;
    for (const QJsonValue &value : dueOn(u"2025-02-28"_s)) {
        const QJsonObject o = value.toObject();
        if (o.value(u"klantnummer"_s).toString() == u"E1"_s) {
            QCOMPARE(o.value(u"expires"_s).toString(), u"2025-02-28"_s);
            moved = true;
        }
    }
    QVERIFY(moved);

    // 18 months in words, and back.
    const Result months = onStore({ u"retention"_s, u"rule"_s, u"set"_s,
                                    u"contactgegevens-huurder"_s, u"--period"_s, u"18m"_s });
    QVERIFY2(months.exitCode == 0, qPrintable(months.err));
    QVERIFY2(months.out.contains(u"18 months"_s), qPrintable(months.out));
    QVERIFY2(months.out.contains(u"moved"_s), qPrintable(months.out));
    const Result back = onStore({ u"retention"_s, u"rule"_s, u"set"_s, u"contactgegevens-huurder"_s,
                                  u"--period"_s, u"2y"_s, u"--json"_s });
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(QJsonDocument::fromJson(back.out.toUtf8()).object().value(u"terms_moved"_s).toInt(),
             1);
    const Result verified = onStore({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestCliRetention::ruleSetUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString code = u"contactgegevens-huurder"_s;
    QTest::newRow("no code") << QStringList { u"--period"_s, u"2y"_s } << 2;
    QTest::newRow("nothing to change") << QStringList { code } << 2;
    QTest::newRow("unknown code") << QStringList { u"bestaat-niet"_s, u"--period"_s, u"2y"_s } << 2;
    QTest::newRow("bad period") << QStringList { code, u"--period"_s, u"twee jaar"_s } << 2;
    QTest::newRow("zero period") << QStringList { code, u"--period"_s, u"0y"_s } << 2;
    QTest::newRow("unknown trigger")
        << QStringList { code, u"--trigger"_s, u"einde-wereld"_s } << 2;
    QTest::newRow("unknown relation")
        << QStringList { code, u"--relations"_s, u"huurder,kraker"_s } << 2;
    QTest::newRow("relations on camera footage")
        << QStringList { u"camerabeelden"_s, u"--relations"_s, u"huurder"_s } << 2;
}

void TestCliRetention::ruleSetUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = onStore(QStringList { u"retention"_s, u"rule"_s, u"set"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err.count(u'\n'), 1);
    // Nothing changed.
    const Result listed = onStore({ u"retention"_s, u"rule"_s, u"list"_s, u"--json"_s });
    const QJsonObject first
        = QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
    QCOMPARE(first.value(u"amount"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliRetention)
#include "tst_cli_retention.moc"
