// privacydesk-cli recipient … and disclosure … end to end: the real executable against a real
// store made with `init --kdf test`. Dates lie in the past, as the tool's today is the system's.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

using pd::test::elfProefNumber;

} // namespace

class TestCliDisclosures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recipientAddAndList();
    void recipientRefusals();
    void disclosureAddAndList();
    void disclosureRefusals_data();
    void disclosureRefusals();
    void bsnRefusedStoresNothing();
    void art19ChecklistAndExemption();
    void art19PerDataAndDirectTransmission();
    void art19NotApplicableWithAReason();
    void helpDocumentsJson();

private:
    Result run(const QStringList &arguments) const;
    Result onStore(const QStringList &arguments) const;
    QJsonArray jsonArray(const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QString m_passwordFile;
};

Result TestCliDisclosures::run(const QStringList &arguments) const
{
    return m_cli.run(arguments);
}

Result TestCliDisclosures::onStore(const QStringList &arguments) const
{
    return m_cli.onStore(arguments);
}

QJsonArray TestCliDisclosures::jsonArray(const QStringList &arguments) const
{
    const Result listed = onStore(arguments + QStringList { u"--json"_s });
    if (listed.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void TestCliDisclosures::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    m_store = m_cli.store();
    m_passwordFile = m_cli.passwordFile();
    // Two persons, through requests (the only way persons enter the store from the CLI).
    for (const auto &[name, klantnummer] : { std::pair { u"Anna de Vries"_s, u"K300001"_s },
                                             std::pair { u"Piet de Vries"_s, u"K300002"_s } }) {
        const Result added = onStore({ u"case"_s, u"add"_s, u"--person"_s, name, u"--klantnummer"_s,
                                       klantnummer, u"--type"_s, u"verwijdering"_s, u"--channel"_s,
                                       u"brief"_s, u"--received"_s, u"2026-01-05"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
}

void TestCliDisclosures::recipientAddAndList()
{
    // A new store holds no recipients, only the categories.
    QCOMPARE(jsonArray({ u"recipient"_s, u"list"_s }).size(), 0);
    Result added = onStore({ u"recipient"_s, u"add"_s, u"Gemeente Houten"_s, u"--category"_s,
                             u"gemeente"_s, u"--contact"_s, u"privacy@houten.example"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed().toInt() > 0, true);
    added
        = onStore({ u"recipient"_s, u"add"_s, u"Cloudhosting BV"_s, u"--category"_s, u"verwerker"_s,
                    u"--agreement-signed"_s, u"2023-03-01"_s, u"--agreement-review"_s,
                    u"2024-03-01"_s, u"--location"_s, u"US"_s, u"--processes"_s, u"Back-ups"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    const QJsonArray list = jsonArray({ u"recipient"_s, u"list"_s });
    QCOMPARE(list.size(), 2);
    const QJsonObject cloud = list.at(0).toObject();
    QCOMPARE(cloud.value(u"name"_s).toString(), u"Cloudhosting BV"_s);
    QCOMPARE(cloud.value(u"role"_s).toString(), u"verwerker"_s);
    const QJsonObject agreement = cloud.value(u"agreement"_s).toObject();
    QCOMPARE(agreement.value(u"signed"_s).toString(), u"2023-03-01"_s);
    QCOMPARE(agreement.value(u"review"_s).toString(), u"2024-03-01"_s);
    QCOMPARE(agreement.value(u"in_eu"_s).toBool(true), false);
    QCOMPARE(agreement.value(u"country"_s).toString(), u"US"_s);
    QCOMPARE(agreement.value(u"overdue"_s).toBool(), true);
    const QJsonObject gemeente = list.at(1).toObject();
    QCOMPARE(gemeente.value(u"category"_s).toString(), u"gemeente"_s);
    QCOMPARE(gemeente.value(u"role"_s).toString(), u"ontvanger"_s);
    QVERIFY(!gemeente.contains(u"agreement"_s));

    const Result text = onStore({ u"recipient"_s, u"list"_s });
    QVERIFY(text.out.contains(u"[agreement overdue]"_s));
}

void TestCliDisclosures::recipientRefusals()
{
    QCOMPARE(onStore({ u"recipient"_s, u"add"_s, u"X"_s, u"--category"_s, u"bakker"_s }).exitCode,
             2);
    QCOMPARE(onStore({ u"recipient"_s, u"add"_s, u"--category"_s, u"overig"_s }).exitCode, 2);
    QCOMPARE(onStore({ u"recipient"_s, u"add"_s, u"Aannemer"_s, u"--category"_s, u"aannemer"_s,
                       u"--agreement-signed"_s, u"2024-01-01"_s })
                 .exitCode,
             2); // not a processor
    const Result duplicate = onStore(
        { u"recipient"_s, u"add"_s, u"gemeente houten"_s, u"--category"_s, u"gemeente"_s });
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(!duplicate.err.isEmpty());
}

void TestCliDisclosures::disclosureAddAndList()
{
    Result added = onStore({ u"disclosure"_s,     u"add"_s,
                             u"--recipient"_s,    u"Gemeente Houten"_s,
                             u"--person"_s,       u"K300001,K300002"_s,
                             u"--date"_s,         u"2026-02-10"_s,
                             u"--data"_s,         u"naw,overlast"_s,
                             u"--purpose"_s,      u"Aanpak woonoverlast"_s,
                             u"--basis"_s,        u"e"_s,
                             u"--basis-text"_s,   u"Convenant Woonoverlast Houten"_s,
                             u"--requested-by"_s, u"Wijkagent"_s,
                             u"--case"_s,         u"AVG-2026-0001"_s,
                             u"--informed"_s,     u"2026-02-11"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    added = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Houten"_s,
                      u"--person"_s, u"K300002"_s, u"--date"_s, u"2026-03-01"_s, u"--data"_s,
                      u"naw"_s, u"--purpose"_s, u"Onderzoek"_s, u"--basis"_s, u"c"_s,
                      u"--basis-text"_s, u"Art. 126nd Sv"_s, u"--not-informed-reason"_s,
                      u"Lopend strafrechtelijk onderzoek"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    const QJsonArray all = jsonArray({ u"disclosure"_s, u"list"_s });
    QCOMPARE(all.size(), 2);
    const QJsonObject newest = all.at(0).toObject();
    QCOMPARE(newest.value(u"date"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(newest.value(u"informed"_s).toString(), u"verboden"_s);
    QCOMPARE(newest.value(u"not_informed_reason"_s).toString(),
             u"Lopend strafrechtelijk onderzoek"_s);
    QVERIFY(newest.value(u"informed_on"_s).isNull());
    QVERIFY(newest.value(u"case"_s).isNull());
    const QJsonObject first = all.at(1).toObject();
    const QStringList keys { u"id"_s,          u"date"_s,
                             u"recipient"_s,   u"persons"_s,
                             u"data"_s,        u"data_text"_s,
                             u"purpose"_s,     u"basis"_s,
                             u"basis_text"_s,  u"requested_by"_s,
                             u"case"_s,        u"informed"_s,
                             u"informed_on"_s, u"not_informed_reason"_s };
    for (const QString &key : keys)
        QVERIFY2(first.contains(key), qPrintable(key));
    QCOMPARE(first.value(u"recipient"_s).toObject().value(u"name"_s).toString(),
             u"Gemeente Houten"_s);
    QCOMPARE(first.value(u"recipient"_s).toObject().value(u"category"_s).toString(), u"gemeente"_s);
    QCOMPARE(first.value(u"persons"_s).toArray().size(), 2);
    QCOMPARE(first.value(u"data"_s).toArray(), QJsonArray({ u"naw"_s, u"overlast"_s }));
    QCOMPARE(first.value(u"basis"_s).toString(), u"e"_s);
    QCOMPARE(first.value(u"basis_text"_s).toString(), u"Convenant Woonoverlast Houten"_s);
    QCOMPARE(first.value(u"requested_by"_s).toString(), u"Wijkagent"_s);
    QCOMPARE(first.value(u"case"_s).toString(), u"AVG-2026-0001"_s);
    QCOMPARE(first.value(u"informed"_s).toString(), u"geinformeerd"_s);
    QCOMPARE(first.value(u"informed_on"_s).toString(), u"2026-02-11"_s);

    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K300001"_s }).size(), 1);
    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K300002"_s }).size(), 2);
    QCOMPARE(onStore({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K999999"_s }).exitCode, 1);
    // By id as well as by name.
    const int id = jsonArray({ u"recipient"_s, u"list"_s }).at(1).toObject().value(u"id"_s).toInt();
    added = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, QString::number(id),
                      u"--person"_s, u"K300001"_s, u"--date"_s, u"2026-03-02"_s, u"--data"_s,
                      u"contact"_s, u"--purpose"_s, u"Schuldhulp"_s, u"--basis"_s, u"a"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K300001"_s })
                 .at(0)
                 .toObject()
                 .value(u"informed"_s)
                 .toString(),
             u"nog-te-doen"_s);
}

void TestCliDisclosures::disclosureRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList base {
        u"--recipient"_s, u"Gemeente Houten"_s, u"--person"_s, u"K300001"_s,   u"--date"_s,
        u"2026-02-10"_s,  u"--data"_s,          u"naw"_s,      u"--purpose"_s, u"Doel"_s
    };
    QTest::newRow("no basis") << base << 2;
    QTest::newRow("basis g") << base + QStringList { u"--basis"_s, u"g"_s } << 2;
    QTest::newRow("c without statute") << base + QStringList { u"--basis"_s, u"c"_s } << 1;
    QTest::newRow("unknown data") << QStringList {
        u"--recipient"_s, u"Gemeente Houten"_s, u"--person"_s, u"K300001"_s, u"--data"_s,
        u"bsn"_s,         u"--purpose"_s,       u"Doel"_s,     u"--basis"_s, u"f"_s
    } << 2;
    QTest::newRow("unknown recipient") << QStringList {
        u"--recipient"_s, u"Onbekend BV"_s, u"--person"_s, u"K300001"_s, u"--data"_s,
        u"naw"_s,         u"--purpose"_s,   u"Doel"_s,     u"--basis"_s, u"f"_s
    } << 1;
    QTest::newRow("unknown person") << QStringList {
        u"--recipient"_s, u"Gemeente Houten"_s, u"--person"_s, u"K999"_s,    u"--data"_s,
        u"naw"_s,         u"--purpose"_s,       u"Doel"_s,     u"--basis"_s, u"f"_s
    } << 1;
    QTest::newRow("both informed options") << base + QStringList { u"--basis"_s,
                                                                   u"f"_s,
                                                                   u"--informed"_s,
                                                                   u"2026-02-10"_s,
                                                                   u"--not-informed-reason"_s,
                                                                   u"x"_s }
                                           << 2;
    QTest::newRow("prohibited without reason")
        << base + QStringList { u"--basis"_s, u"f"_s, u"--not-informed-reason"_s, u" "_s } << 1;
    QTest::newRow("unknown case") << base
            + QStringList { u"--basis"_s, u"f"_s, u"--case"_s, u"AVG-2026-0999"_s }
                                  << 1;
    QTest::newRow("bad date") << base
            + QStringList { u"--basis"_s, u"f"_s, u"--date"_s, u"10-02-2026"_s }
                              << 2;
}

void TestCliDisclosures::disclosureRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const int before = jsonArray({ u"disclosure"_s, u"list"_s }).size();
    const Result result = onStore(QStringList { u"disclosure"_s, u"add"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s }).size(), before);
}

void TestCliDisclosures::bsnRefusedStoresNothing()
{
    const QString number = elfProefNumber();
    QVERIFY(!number.isEmpty());
    const int before = jsonArray({ u"disclosure"_s, u"list"_s }).size();
    const QStringList arguments {
        u"disclosure"_s, u"add"_s,     u"--recipient"_s, u"Gemeente Houten"_s,
        u"--person"_s,   u"K300001"_s, u"--date"_s,      u"2026-02-10"_s,
        u"--data"_s,     u"naw"_s,     u"--purpose"_s,   u"Doel"_s,
        u"--basis"_s,    u"f"_s,       u"--data-text"_s, u"nummer "_s + number
    };
    const Result refused = onStore(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.contains(number));
    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s }).size(), before);
    const Result confirmed = onStore(arguments + QStringList { u"--confirm-not-bsn"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QCOMPARE(jsonArray({ u"disclosure"_s, u"list"_s }).size(), before + 1);
    const Result recipient = onStore(
        { u"recipient"_s, u"add"_s, u"Kantoor "_s + number, u"--category"_s, u"advocaat"_s });
    QCOMPARE(recipient.exitCode, 1);
}

// disclosure art19: the checklist of a granted erasure, a recipient told on a date
// and one that could not be told, with the reason; done when each is one or the other.
void TestCliDisclosures::art19ChecklistAndExemption()
{
    Result step = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Cloudhosting BV"_s,
                            u"--person"_s, u"K300002"_s, u"--date"_s, u"2026-04-01"_s, u"--data"_s,
                            u"naw"_s, u"--purpose"_s, u"Back-up"_s, u"--basis"_s, u"b"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QString number = u"AVG-2026-0002"_s;
    const auto art19 = [this, &number] {
        const Result listed = onStore({ u"disclosure"_s, u"art19"_s, number, u"--json"_s });
        if (listed.exitCode != 0)
            qWarning("disclosure art19: %s", qPrintable(listed.err));
        return QJsonDocument::fromJson(listed.out.toUtf8()).object();
    };
    // Still open: art. 19 does not apply yet, said without failing.
    QJsonObject json = art19();
    QCOMPARE(json.value(u"applies"_s).toBool(true), false);
    QCOMPARE(json.value(u"recipients"_s).toArray().size(), 0);

    step = onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-01-06"_s,
                     u"--received"_s, u"2026-01-07"_s, u"--method"_s, u"klantgegevens"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                     u"--answered"_s, u"2026-05-01"_s, u"--answer-channel"_s, u"brief"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    json = art19();
    QCOMPARE(json.value(u"case"_s).toString(), number);
    QCOMPARE(json.value(u"applies"_s).toBool(), true);
    QCOMPARE(json.value(u"done"_s).toBool(true), false);
    QJsonArray recipients = json.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 2);
    for (const QJsonValue &value : std::as_const(recipients)) {
        const QJsonObject r = value.toObject();
        QCOMPARE(r.value(u"status"_s).toString(), u"nog-te-doen"_s);
        for (const QString &key :
             { u"recipient"_s, u"disclosures"_s, u"last_disclosed"_s, u"notified_on"_s,
               u"exempt_reason"_s, u"recorded_by"_s, u"withheld"_s })
            QVERIFY2(r.contains(key), qPrintable(key));
    }

    // The command line: one of --notified and --exempt, with --recipient.
    const QStringList base { u"disclosure"_s, u"art19"_s, number };
    QCOMPARE(onStore(base + QStringList { u"--notified"_s, u"2026-05-02"_s }).exitCode, 2);
    QCOMPARE(onStore(base + QStringList { u"--recipient"_s, u"Gemeente Houten"_s }).exitCode, 2);
    QCOMPARE(onStore(base
                     + QStringList { u"--recipient"_s, u"Gemeente Houten"_s, u"--notified"_s,
                                     u"2026-05-02"_s, u"--exempt"_s, u"Reden"_s })
                 .exitCode,
             2);
    QCOMPARE(onStore(base
                     + QStringList { u"--recipient"_s, u"Gemeente Houten"_s, u"--notified"_s,
                                     u"2 mei"_s })
                 .exitCode,
             2);
    QCOMPARE(onStore({ u"disclosure"_s, u"art19"_s }).exitCode, 2);
    const Result missing = onStore({ u"disclosure"_s, u"art19"_s, u"AVG-2026-9999"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"AVG-2026-9999"_s));
    const Result stranger = onStore(
        base + QStringList { u"--recipient"_s, u"Nergens BV"_s, u"--exempt"_s, u"Reden"_s });
    QCOMPARE(stranger.exitCode, 1);

    step = onStore(
        base
        + QStringList { u"--recipient"_s, u"Gemeente Houten"_s, u"--notified"_s, u"2026-05-02"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    // An empty reason or one with a BSN is refused and records nothing.
    const Result empty = onStore(
        base + QStringList { u"--recipient"_s, u"Cloudhosting BV"_s, u"--exempt"_s, u" "_s });
    QCOMPARE(empty.exitCode, 1);
    const Result bsn = onStore(base
                               + QStringList { u"--recipient"_s, u"Cloudhosting BV"_s,
                                               u"--exempt"_s, u"nummer "_s + elfProefNumber() });
    QCOMPARE(bsn.exitCode, 1);
    QVERIFY(!bsn.err.contains(elfProefNumber()));
    QCOMPARE(art19().value(u"done"_s).toBool(true), false);

    const QString reason = u"Verwerker opgeheven, geen opvolger"_s;
    step = onStore(base
                   + QStringList { u"--recipient"_s, u"Cloudhosting BV"_s, u"--exempt"_s, reason });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QVERIFY(step.out.contains(reason)); // the checklist after the change
    json = art19();
    QCOMPARE(json.value(u"done"_s).toBool(), true);
    recipients = json.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 2);
    const QJsonObject cloud = recipients.at(0).toObject();
    QCOMPARE(cloud.value(u"recipient"_s).toObject().value(u"name"_s).toString(),
             u"Cloudhosting BV"_s);
    QCOMPARE(cloud.value(u"status"_s).toString(), u"onmogelijk-of-onevenredig"_s);
    QCOMPARE(cloud.value(u"exempt_reason"_s).toString(), reason);
    QVERIFY(cloud.value(u"notified_on"_s).isNull());
    QCOMPARE(cloud.value(u"recorded_by"_s).toString(), u"a.bakker"_s);
    const QJsonObject gemeente = recipients.at(1).toObject();
    QCOMPARE(gemeente.value(u"status"_s).toString(), u"geinformeerd"_s);
    QCOMPARE(gemeente.value(u"notified_on"_s).toString(), u"2026-05-02"_s);
    QVERIFY(gemeente.value(u"exempt_reason"_s).isNull());
    QCOMPARE(gemeente.value(u"withheld"_s).toBool(), true); // one of its disclosures is secret

    const Result text = onStore(base);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(reason));
    // A date as the language writes it (this test runs in English), ISO only in --json.
    QVERIFY2(text.out.contains(u"02/05/2026"_s), qPrintable(text.out));
    const Result timeline = onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY(timeline.out.contains(u"case.art19_exempted"_s));
}

// Case complete --data names the data a correction changed; disclosure art19 then
// asks only the recipient that got the phone number, the municipality that got name and address
// is niet-van-toepassing and cannot be given "onmogelijk of onevenredig". A portability request
// names the controller its export goes to (case transmit), and export person --transmit makes
// it for that controller with the files' SHA-256 on the request's trail.
void TestCliDisclosures::art19PerDataAndDirectTransmission()
{
    Result step = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Jan Jansen"_s, u"--klantnummer"_s,
                            u"K300009"_s, u"--type"_s, u"rectificatie"_s, u"--channel"_s,
                            u"brief"_s, u"--received"_s, u"2026-01-05"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QString number = step.out.trimmed();
    for (const auto &[name, category] : { std::pair { u"Klusbedrijf Heumen"_s, u"aannemer"_s },
                                          std::pair { u"Gemeente Heumen"_s, u"gemeente"_s } }) {
        step = onStore({ u"recipient"_s, u"add"_s, name, u"--category"_s, category });
        QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    }
    for (const auto &[name, data] : { std::pair { u"Klusbedrijf Heumen"_s, u"naw,contact"_s },
                                      std::pair { u"Gemeente Heumen"_s, u"naw"_s } }) {
        step = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, name, u"--person"_s,
                         u"K300009"_s, u"--date"_s, u"2026-01-02"_s, u"--data"_s, data,
                         u"--purpose"_s, u"Reparatie"_s, u"--basis"_s, u"b"_s });
        QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    }
    step = onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-01-06"_s,
                     u"--received"_s, u"2026-01-07"_s, u"--method"_s, u"klantgegevens"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QStringList complete {
        u"case"_s,       u"complete"_s,   number,
        u"--outcome"_s,  u"toegewezen"_s, u"--answered"_s,
        u"2026-01-20"_s, u"--granted"_s,  u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s
    };
    QCOMPARE(onStore(complete + QStringList { u"--data"_s, u"telefoon"_s }).exitCode, 2);
    step = onStore(complete + QStringList { u"--data"_s, u"contact"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = onStore({ u"disclosure"_s, u"art19"_s, number, u"--json"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QHash<QString, QString> status;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(step.out.toUtf8()).object().value(u"recipients"_s).toArray())
        status.insert(value[u"recipient"_s][u"name"_s].toString(), value[u"status"_s].toString());
    QCOMPARE(status.value(u"Klusbedrijf Heumen"_s), u"nog-te-doen"_s);
    QCOMPARE(status.value(u"Gemeente Heumen"_s), u"niet-van-toepassing"_s);
    step = onStore({ u"disclosure"_s, u"art19"_s, number });
    QVERIFY2(step.out.contains(u"never received the data that changed"_s), qPrintable(step.out));
    step = onStore({ u"disclosure"_s, u"art19"_s, number, u"--recipient"_s, u"Gemeente Heumen"_s,
                     u"--exempt"_s, u"Geen adres"_s });
    QCOMPARE(step.exitCode, 1);

    // Portability straight to another controller.
    step = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Jan Jansen"_s, u"--klantnummer"_s,
                     u"K300009"_s, u"--type"_s, u"overdraagbaarheid"_s, u"--channel"_s, u"brief"_s,
                     u"--received"_s, u"2026-01-05"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QString portability = step.out.trimmed();
    QCOMPARE(onStore({ u"case"_s, u"transmit"_s, number, u"--name"_s, u"X"_s, u"--address"_s,
                       u"x@example.nl"_s })
                 .exitCode,
             1); // a rectification goes to nobody else
    const QString folder = m_tmp.filePath(u"export-nieuw"_s);
    const QStringList exportCommand { u"export"_s, u"person"_s,     portability,    u"--csv-dir"_s,
                                      folder,      u"--keep-all"_s, u"--transmit"_s };
    QCOMPARE(onStore(exportCommand).exitCode, 1); // no receiving controller yet
    step = onStore({ u"case"_s, u"transmit"_s, portability, u"--name"_s,
                     u"Woonstichting Nieuw Thuis"_s, u"--address"_s,
                     u"privacy@nieuwthuis.example"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = onStore(exportCommand);
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QFile readme(folder + u"/LEESMIJ.txt"_s);
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray readmeBytes = readme.readAll();
    QVERIFY(QString::fromUtf8(readmeBytes).contains(u"Woonstichting Nieuw Thuis"_s));
    step = onStore({ u"case"_s, u"timeline"_s, portability, u"--json"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QJsonArray events = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QJsonObject transmitted;
    for (const QJsonValue &event : events) {
        if (event[u"action"_s].toString() == u"case.transmitted"_s)
            transmitted = event.toObject();
    }
    QVERIFY2(!transmitted.isEmpty(), qPrintable(step.out));
    const QJsonObject payload = transmitted.value(u"payload"_s).toObject();
    QCOMPARE(payload.value(u"to"_s).toString(), u"Woonstichting Nieuw Thuis"_s);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(readmeBytes, QCryptographicHash::Sha256).toHex());
    bool found = false;
    for (const QJsonValue &file : payload.value(u"files"_s).toArray())
        found = found || file[u"sha256"_s].toString() == sha;
    QVERIFY2(found, qPrintable(step.out));
    // The transmission is a disclosure to that controller (art. 15(1)(c)).
    step = onStore({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K300009"_s, u"--json"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QJsonArray disclosed = QJsonDocument::fromJson(step.out.toUtf8()).array();
    const auto toController
        = std::find_if(disclosed.cbegin(), disclosed.cend(),
                       [&](const QJsonValue &d) { return d[u"case"_s].toString() == portability; });
    QVERIFY2(toController != disclosed.cend(), qPrintable(step.out));
    QCOMPARE((*toController)[u"recipient"_s][u"name"_s].toString(), u"Woonstichting Nieuw Thuis"_s);
    QCOMPARE((*toController)[u"informed"_s].toString(), u"geinformeerd"_s);
}

// Art. 19 per item: the window cleaner got the person's address, but only ever the current one;
// the officer records "niet van toepassing" with that reason, never "onmogelijk of onevenredig".
// Before, --exempt was the only way to say it.
void TestCliDisclosures::art19NotApplicableWithAReason()
{
    Result step = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Pim Verhuisd"_s,
                            u"--klantnummer"_s, u"K300011"_s, u"--type"_s, u"rectificatie"_s,
                            u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-02-02"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QString number = step.out.trimmed();
    step = onStore(
        { u"recipient"_s, u"add"_s, u"Glazenwasserij Helder"_s, u"--category"_s, u"aannemer"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Glazenwasserij Helder"_s,
                     u"--person"_s, u"K300011"_s, u"--date"_s, u"2026-01-30"_s, u"--data"_s,
                     u"naw"_s, u"--purpose"_s, u"Glazenwassen"_s, u"--basis"_s, u"b"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                     u"--answered"_s, u"2026-02-20"_s, u"--granted"_s,
                     u"Oud adres in de klantenadministratie verbeterd"_s, u"--data"_s, u"naw"_s,
                     u"--no-identification-reason"_s, u"Bekende huurder"_s });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QStringList mark { u"disclosure"_s, u"art19"_s, number, u"--recipient"_s,
                             u"Glazenwasserij Helder"_s };
    QCOMPARE(onStore(mark + QStringList { u"--exempt"_s, u"x"_s, u"--not-applicable"_s, u"y"_s })
                 .exitCode,
             2);
    QCOMPARE(onStore(mark + QStringList { u"--not-applicable"_s, u" "_s }).exitCode, 1);
    const QString reason = u"Had alleen het huidige adres, nooit het oude"_s;
    step = onStore(mark + QStringList { u"--not-applicable"_s, reason });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QVERIFY2(step.out.contains(u"not applicable — "_s + reason), qPrintable(step.out));
    QVERIFY2(!step.out.contains(u"disproportionate"_s), qPrintable(step.out));
    step = onStore({ u"disclosure"_s, u"art19"_s, number, u"--json"_s });
    const QJsonObject json = QJsonDocument::fromJson(step.out.toUtf8()).object();
    QVERIFY(json.value(u"done"_s).toBool());
    const QJsonObject cleaner = json.value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(cleaner.value(u"status"_s).toString(), u"niet-van-toepassing"_s);
    QCOMPARE(cleaner.value(u"not_applicable_reason"_s).toString(), reason);
    QVERIFY(cleaner.value(u"exempt_reason"_s).isNull());
    step = onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY(step.out.contains(u"case.art19_not_applicable"_s));
}

void TestCliDisclosures::helpDocumentsJson()
{
    const Result help = run({ u"disclosure"_s, u"list"_s, u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    for (const QString &key : { u"recipient"_s, u"persons"_s, u"klantnummer"_s, u"basis_text"_s,
                                u"informed_on"_s, u"not_informed_reason"_s })
        QVERIFY2(help.out.contains(key), qPrintable(key));
    for (const QStringList &command :
         { QStringList { u"recipient"_s, u"add"_s }, QStringList { u"recipient"_s, u"list"_s },
           QStringList { u"disclosure"_s, u"add"_s } })
        QCOMPARE(run(command + QStringList { u"--help"_s }).exitCode, 0);
    const Result art19 = run({ u"disclosure"_s, u"art19"_s, u"--help"_s });
    QCOMPARE(art19.exitCode, 0);
    for (const QString &key :
         { u"--recipient"_s, u"--notified"_s, u"--exempt"_s, u"--not-applicable"_s,
           u"exempt_reason"_s, u"not_applicable_reason"_s, u"onmogelijk-of-onevenredig"_s })
        QVERIFY2(art19.out.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestCliDisclosures)
#include "tst_cli_disclosures.moc"
