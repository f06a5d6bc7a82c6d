// The five seed statements' retention promises, entered with the real
// privacydesk-cli against a real store exactly as each statement writes them (the sentence is
// quoted above each test), and the dates they give a person read back out: `retention rule add`,
// an ERP export through `import persons` (a second export is the person's edit: the end date
// corrected), `retention item set` where the rule is kept per recording, and `retention due`.
// Also the command's own refusals in Dutch, `retention rule set --period 0d` and `retention rule
// remove` with --yes.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

} // namespace

class TestSeedRetention final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void domijn();
    void mijande();
    void ieder1();
    void oosterpoort();
    void jutphaas();
    void addRefusedInDutch_data();
    void addRefusedInDutch();
    void setZeroDaysAndRemove();

private:
    Result cli(const QStringList &arguments) const { return m_cli->onStore(arguments); }
    // `retention rule add` with these arguments, which must succeed; its JSON.
    QJsonObject add(const QStringList &arguments);
    // The ERP export (klantnummer;naam;relatie;einddatum) imported; false when it failed.
    bool import(const QByteArray &rows);
    // The person's items by rule code: their expiry, as `retention due` lists them.
    QHash<QString, QString> expiries(const QString &klantnummer) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<pd::test::CliRunner> m_cli;
    int m_exports = 0;
};

void TestSeedRetention::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<pd::test::CliRunner>(QStringLiteral(CLI_PATH), m_tmp->path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp->filePath(u"kluis"_s), u"a.bakker"_s, &error),
             qPrintable(error));
}

void TestSeedRetention::cleanup()
{
    m_cli.reset();
    m_tmp.reset();
}

QJsonObject TestSeedRetention::add(const QStringList &arguments)
{
    const Result added = cli(QStringList { u"retention"_s, u"rule"_s, u"add"_s } + arguments
                             + QStringList { u"--json"_s });
    if (added.exitCode != 0) {
        qWarning("retention rule add: %s", qPrintable(added.err));
        return {};
    }
    return QJsonDocument::fromJson(added.out.toUtf8()).object();
}

bool TestSeedRetention::import(const QByteArray &rows)
{
    const QString path = m_tmp->filePath(u"erp-%1.csv"_s.arg(++m_exports));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("klantnummer;naam;relatie;einddatum\r\n" + rows);
    file.close();
    const Result imported = cli({ u"import"_s, u"persons"_s, path, u"--json"_s });
    if (imported.exitCode != 0)
        qWarning("import persons: %s", qPrintable(imported.err));
    return imported.exitCode == 0;
}

QHash<QString, QString> TestSeedRetention::expiries(const QString &klantnummer) const
{
    QHash<QString, QString> result;
    const Result listed
        = cli({ u"retention"_s, u"due"_s, u"--on"_s, u"2099-12-31"_s, u"--json"_s });
    if (listed.exitCode != 0)
        qWarning("retention due: %s", qPrintable(listed.err));
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"klantnummer"_s).toString() == klantnummer)
            result.insert(o.value(u"rule"_s).toString(), o.value(u"expires"_s).toString());
    }
    return result;
}

// 000 Domijn: "Tenzij u ons vraagt uw gegevens te verwijderen, kunnen we uw persoonlijke
// gegevens bewaren tot één jaar nadat u bij ons bent afgemeld als huurder."
void TestSeedRetention::domijn()
{
    const QJsonObject rule
        = add({ u"persoonsgegevens-huurder"_s, u"--name"_s, u"Persoonsgegevens huurder"_s,
                u"--trigger"_s, u"einde-huurovereenkomst"_s, u"--period"_s, u"1y"_s,
                u"--relations"_s, u"huurder,ex-huurder"_s, u"--basis"_s,
                u"Privacy statement Domijn: tot één jaar nadat u bent afgemeld als huurder"_s });
    QCOMPARE(rule.value(u"code"_s).toString(), u"persoonsgegevens-huurder"_s);
    QCOMPARE(rule.value(u"amount"_s).toInt(), 1);
    QCOMPARE(rule.value(u"unit"_s).toString(), u"jaren"_s);
    // Afgemeld on 31 August 2025 (and one on 29 February 2024: a year later is 28 February).
    QVERIFY(import("D1;Dirk Afgemeld;ex-huurder;31-08-2025\r\n"
                   "D2;Schrikkel Huurder;ex-huurder;29-02-2024\r\n"
                   "D3;Huub Huidig;huurder;\r\n"));
    QCOMPARE(expiries(u"D1"_s).value(u"persoonsgegevens-huurder"_s), u"2026-08-31"_s);
    QCOMPARE(expiries(u"D2"_s).value(u"persoonsgegevens-huurder"_s), u"2025-02-28"_s);
    QVERIFY(!expiries(u"D3"_s).contains(u"persoonsgegevens-huurder"_s)); // still a tenant
}

// 001 Mijande: "Tenzij u ons vraagt uw gegevens te verwijderen, kunnen we uw persoonlijke
// gegevens bewaren tot één jaar nadat u bij ons bent afgemeld als huurder [...] Deze termijn kan
// ook langer dan een jaar zijn omdat wij verplicht zijn om de wettelijke termijnen na te leven
// voor het bewaren van de financiële administratie. Denk hierbij aan facturen."
void TestSeedRetention::mijande()
{
    QVERIFY(!add({ u"persoonsgegevens-huurder"_s, u"--name"_s, u"Persoonsgegevens huurder"_s,
                   u"--trigger"_s, u"einde-huurovereenkomst"_s, u"--period"_s, u"1y"_s,
                   u"--relations"_s, u"huurder,ex-huurder"_s, u"--basis"_s,
                   u"Privacy statement Mijande"_s })
                 .isEmpty());
    // The invoices: seven years from the end of the fiscal year (art. 52 AWR).
    QVERIFY(!add({ u"facturen"_s, u"--name"_s, u"Facturen (financiële administratie)"_s,
                   u"--trigger"_s, u"einde-boekjaar"_s, u"--period"_s, u"7y"_s, u"--relations"_s,
                   u"huurder,ex-huurder"_s, u"--basis"_s, u"Fiscale bewaarplicht (art. 52 AWR)"_s })
                 .isEmpty());
    QVERIFY(import("M1;Mia Vertrokken;ex-huurder;15-03-2025\r\n"));
    QCOMPARE(expiries(u"M1"_s).value(u"persoonsgegevens-huurder"_s), u"2026-03-15"_s);
    QCOMPARE(expiries(u"M1"_s).value(u"facturen"_s), u"2032-12-31"_s);
    // The ERP corrects the end of the tenancy (the person edited): both dates follow.
    QVERIFY(import("M1;Mia Vertrokken;ex-huurder;15-01-2026\r\n"));
    QCOMPARE(expiries(u"M1"_s).value(u"persoonsgegevens-huurder"_s), u"2027-01-15"_s);
    QCOMPARE(expiries(u"M1"_s).value(u"facturen"_s), u"2033-12-31"_s);
}

// 002 ieder1: "Cameratoezicht: [...] maken wij gebruik van camera's voor de beveiliging van
// personen, gebouwen, etc. [...] De video-opnames worden, uitsluitend in geval van incidenten,
// gebruikt door bevoegde functionarissen." The statement names no period for the footage; the
// four weeks are ieder1's practice ("ieder1 keeps camera images four
// weeks"). The footage runs from the recording, not from a relation: a manual rule whose item is
// registered per person filmed, with the day of the recording.
void TestSeedRetention::ieder1()
{
    const QJsonObject rule
        = add({ u"camerabeelden-ieder1"_s, u"--name"_s, u"Camerabeelden (cameratoezicht)"_s,
                u"--trigger"_s, u"opname"_s, u"--period"_s, u"4w"_s, u"--basis"_s,
                u"Gerechtvaardigd belang: beveiliging van personen en "
                "gebouwen"_s });
    QCOMPARE(rule.value(u"trigger"_s).toString(), u"opname"_s);
    QCOMPARE(rule.value(u"relations"_s).toArray(), QJsonArray());
    // Relation types cannot be given: a recording is no end of a relation.
    const Result derived = cli({ u"retention"_s, u"rule"_s, u"add"_s, u"camera-2"_s, u"--name"_s,
                                 u"Camerabeelden"_s, u"--trigger"_s, u"opname"_s, u"--period"_s,
                                 u"4w"_s, u"--relations"_s, u"huurder"_s });
    QCOMPARE(derived.exitCode, 2);
    QVERIFY(import("I1;Ingrid Gefilmd;huurder;\r\n"));
    const Result item
        = cli({ u"retention"_s, u"item"_s, u"set"_s, u"--person"_s, u"I1"_s, u"--rule"_s,
                u"camerabeelden-ieder1"_s, u"--trigger"_s, u"2026-03-02"_s });
    QVERIFY2(item.exitCode == 0, qPrintable(item.err));
    QCOMPARE(expiries(u"I1"_s).value(u"camerabeelden-ieder1"_s), u"2026-03-30"_s);
}

// 003 Oosterpoort: "Wij bewaren uw gegevens niet langer dan wettelijk is toegestaan of
// noodzakelijk is. Wij vernietigen uw gegevens bij het verstrijken van deze termijnen." The
// statement names no period. What it promises can be entered as it stands: the data go when the
// relation ends (0 days, "niet langer dan noodzakelijk"), and what the law obliges is kept by
// the seeded rule for the financial records (seven years after the fiscal year, art. 52 AWR).
void TestSeedRetention::oosterpoort()
{
    const QJsonObject rule
        = add({ u"klantgegevens-oosterpoort"_s, u"--name"_s, u"Klantgegevens"_s, u"--trigger"_s,
                u"einde-relatie"_s, u"--period"_s, u"0d"_s, u"--relations"_s,
                u"huurder,ex-huurder,woningzoekende"_s, u"--basis"_s,
                u"Niet langer dan wettelijk is toegestaan of noodzakelijk is (privacyverklaring "
                "Oosterpoort)"_s });
    QCOMPARE(rule.value(u"amount"_s).toInt(), 0);
    QCOMPARE(rule.value(u"unit"_s).toString(), u"dagen"_s);
    QVERIFY(import("O1;Otto Vertrokken;ex-huurder;30-09-2025\r\n"));
    QCOMPARE(expiries(u"O1"_s).value(u"klantgegevens-oosterpoort"_s), u"2025-09-30"_s);
    QCOMPARE(expiries(u"O1"_s).value(u"financiele-gegevens"_s), u"2032-12-31"_s);
    const Result listed = cli({ u"retention"_s, u"rule"_s, u"list"_s });
    QVERIFY2(listed.out.contains(u"klantgegevens-oosterpoort"_s)
                 && listed.out.contains(u"until end of the relation"_s),
             qPrintable(listed.out));
}

// 004 Jutphaas: "Naam en contactgegevens bewaren we zolang een klant bij ons ingeschreven staat,
// en twee jaar nadat de klant weg is. Betaalgegevens bewaren we zolang een klant bij ons
// ingeschreven staat. Bijzondere persoonsgegevens bewaren we zolang een klant bij ons
// ingeschreven staat."
void TestSeedRetention::jutphaas()
{
    const QString customers = u"huurder,ex-huurder,woningzoekende"_s;
    const QString basis = u"Privacyverklaring Jutphaas Wonen"_s;
    QVERIFY(!add({ u"naam-contact-klant"_s, u"--name"_s, u"Naam en contactgegevens"_s,
                   u"--trigger"_s, u"einde-inschrijving"_s, u"--period"_s, u"2y"_s,
                   u"--relations"_s, customers, u"--basis"_s, basis })
                 .isEmpty());
    const QJsonObject payment = add({ u"betaalgegevens-klant"_s, u"--name"_s, u"Betaalgegevens"_s,
                                      u"--trigger"_s, u"einde-inschrijving"_s, u"--period"_s,
                                      u"0d"_s, u"--relations"_s, customers, u"--basis"_s, basis });
    QCOMPARE(payment.value(u"amount"_s).toInt(), 0);
    QVERIFY(!add({ u"bijzondere-gegevens-klant"_s, u"--name"_s, u"Bijzondere persoonsgegevens"_s,
                   u"--trigger"_s, u"einde-inschrijving"_s, u"--period"_s, u"0d"_s,
                   u"--relations"_s, customers, u"--basis"_s, basis })
                 .isEmpty());
    // A house-seeker de-registered on 30 June 2025 and a former tenant gone on 31 January 2026.
    QVERIFY(import("J1;Wendy Zoeker;woningzoekende;30-06-2025\r\n"
                   "J2;Karel Weg;ex-huurder;31-01-2026\r\n"
                   "J3;Huub Huidig;huurder;\r\n"));
    const QHash<QString, QString> wendy = expiries(u"J1"_s);
    QCOMPARE(wendy.value(u"naam-contact-klant"_s), u"2027-06-30"_s);
    QCOMPARE(wendy.value(u"betaalgegevens-klant"_s), u"2025-06-30"_s);
    QCOMPARE(wendy.value(u"bijzondere-gegevens-klant"_s), u"2025-06-30"_s);
    const QHash<QString, QString> karel = expiries(u"J2"_s);
    QCOMPARE(karel.value(u"naam-contact-klant"_s), u"2028-01-31"_s);
    QCOMPARE(karel.value(u"betaalgegevens-klant"_s), u"2026-01-31"_s);
    QCOMPARE(karel.value(u"bijzondere-gegevens-klant"_s), u"2026-01-31"_s);
    // Still registered: nothing runs yet.
    QVERIFY(!expiries(u"J3"_s).contains(u"betaalgegevens-klant"_s));
    const Result verified = cli({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestSeedRetention::addRefusedInDutch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList valid { u"--name"_s,    u"Betaalgegevens"_s,
                              u"--trigger"_s, u"einde-inschrijving"_s,
                              u"--period"_s,  u"0d"_s };
    QTest::newRow("unknown trigger")
        << QStringList { u"nieuw"_s,     u"--name"_s,       u"Betaalgegevens"_s,
                         u"--trigger"_s, u"einde-wereld"_s, u"--period"_s,
                         u"1y"_s }
        << 2 << u"einde-inschrijving, afronding-verzoek"_s;
    QTest::newRow("bad period") << QStringList { u"nieuw"_s,     u"--name"_s, u"Betaalgegevens"_s,
                                                 u"--trigger"_s, u"opname"_s, u"--period"_s,
                                                 u"vier weken"_s }
                                << 2 << u"0d"_s;
    QTest::newRow("code taken") << QStringList { u"camerabeelden"_s } + valid << 1
                                << u"camerabeelden"_s;
    QTest::newRow("bad code") << QStringList { u"Betaal Gegevens"_s } + valid << 2
                              << u"kleine letters"_s;
    QTest::newRow("bsn in the name")
        << QStringList { u"nieuw"_s,
                         u"--name"_s,
                         u"Betaalgegevens "_s + pd::test::elfProefNumber(),
                         u"--trigger"_s,
                         u"einde-inschrijving"_s,
                         u"--period"_s,
                         u"0d"_s }
        << 1 << u"BSN"_s;
    QTest::newRow("no name") << QStringList { u"nieuw"_s, u"--trigger"_s, u"opname"_s,
                                              u"--period"_s, u"4w"_s }
                             << 2 << u"--name"_s;
}

// The refusals in clear Dutch (the tool's default language), nothing added.
void TestSeedRetention::addRefusedInDutch()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    pd::test::CliRunner dutch(QStringLiteral(CLI_PATH), m_tmp->path());
    QString error;
    QVERIFY(
        dutch.useStore(m_cli->store(), u"a.bakker"_s, pd::test::CliRunner::storePassword, &error));
    const Result result
        = dutch.onStore(QStringList { u"retention"_s, u"rule"_s, u"add"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    const Result listed = cli({ u"retention"_s, u"rule"_s, u"list"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 7);
}

// `retention rule set --period 0d` (once refused), and `retention rule remove`: only
// with --yes, never while an item uses the rule.
void TestSeedRetention::setZeroDaysAndRemove()
{
    const Result zero = cli({ u"retention"_s, u"rule"_s, u"set"_s, u"inkomensgegevens-toewijzing"_s,
                              u"--period"_s, u"0d"_s, u"--json"_s });
    QVERIFY2(zero.exitCode == 0, qPrintable(zero.err));
    QCOMPARE(QJsonDocument::fromJson(zero.out.toUtf8()).object().value(u"amount"_s).toInt(), 0);
    QVERIFY(import("W1;Wendy Zoeker;woningzoekende;30-06-2025\r\n"));
    QCOMPARE(expiries(u"W1"_s).value(u"inkomensgegevens-toewijzing"_s), u"2025-06-30"_s);

    // In use: refused, saying by how many.
    const Result used = cli(
        { u"retention"_s, u"rule"_s, u"remove"_s, u"inkomensgegevens-toewijzing"_s, u"--yes"_s });
    QCOMPARE(used.exitCode, 1);
    QVERIFY2(used.err.contains(u"1 retention term"_s), qPrintable(used.err));
    // Not in use, without --yes: nothing removed.
    const Result unconfirmed = cli({ u"retention"_s, u"rule"_s, u"remove"_s, u"sollicitanten"_s });
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), qPrintable(unconfirmed.err));
    const Result removed
        = cli({ u"retention"_s, u"rule"_s, u"remove"_s, u"sollicitanten"_s, u"--yes"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const Result computed
        = cli({ u"retention"_s, u"rule"_s, u"remove"_s, u"avg-verzoekdossiers"_s, u"--yes"_s });
    QCOMPARE(computed.exitCode, 1);
    const Result unknown
        = cli({ u"retention"_s, u"rule"_s, u"remove"_s, u"bestaat-niet"_s, u"--yes"_s });
    QCOMPARE(unknown.exitCode, 2);
    const Result listed = cli({ u"retention"_s, u"rule"_s, u"list"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 6);
    const Result verified = cli({ u"verify"_s });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

QTEST_GUILESS_MAIN(TestSeedRetention)
#include "tst_seedretention.moc"
