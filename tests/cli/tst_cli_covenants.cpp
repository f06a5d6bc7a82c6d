// End to end: `covenant add/list/show/set/document export` and `disclosure add
// --persons-csv FILE [--covenant ID] [--skip-unknown]`, the real executable against a real store
// made with `init --kdf test`.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

} // namespace

class TestCliCovenants final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void covenantAddListShowSet();
    void documentKeptAndExported();
    void bulkDisclosureFromCsv();
    void unknownNumbersRefuseTheWholeDisclosure();
    void todayNamesTheReview();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QString write(const QString &name, const QByteArray &bytes) const;
    QJsonDocument json(const QStringList &arguments) const
    {
        const Result r = onStore(arguments + QStringList { u"--json"_s });
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8());
    }

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_covenant;
};

QString TestCliCovenants::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_tmp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestCliCovenants::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    const Result imported
        = onStore({ u"import"_s, u"persons"_s,
                    write(u"erp.csv"_s, "klantnummer;naam\nK1;Anna\nK2;Bram\nK3;Cor\nK4;Dirk\n") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(onStore({ u"recipient"_s, u"add"_s, u"Gemeente Groningen"_s, u"--category"_s,
                      u"gemeente"_s })
                .exitCode
            == 0);
}

void TestCliCovenants::covenantAddListShowSet()
{
    const Result added
        = onStore({ u"covenant"_s,     u"add"_s,
                    u"--name"_s,       u"Convenant Vroegsignalering"_s,
                    u"--party"_s,      u"Gemeente Groningen"_s,
                    u"--party"_s,      u"Woonstichting Oosterpoort"_s,
                    u"--purpose"_s,    u"Betalingsachterstanden vroeg signaleren"_s,
                    u"--basis"_s,      u"c"_s,
                    u"--basis-text"_s, u"Wet gemeentelijke schuldhulpverlening, art. 3a"_s,
                    u"--data"_s,       u"naw,betaalgegevens"_s,
                    u"--from"_s,       u"2025-01-01"_s,
                    u"--until"_s,      u"2027-12-31"_s,
                    u"--review"_s,     u"2025-12-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_covenant = added.out.trimmed();
    const QJsonArray list = json({ u"covenant"_s, u"list"_s }).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject c = list.first().toObject();
    QCOMPARE(c.value(u"parties"_s).toArray().size(), 2);
    QCOMPARE(c.value(u"basis"_s).toString(), u"c"_s);
    QCOMPARE(c.value(u"until"_s).toString(), u"2027-12-31"_s);
    QCOMPARE(c.value(u"review_due"_s).toBool(), true); // 1 December 2025 has passed
    QVERIFY(c.value(u"document"_s).isNull());

    // Missing options are a usage error; set changes only what it is given.
    QCOMPARE(onStore({ u"covenant"_s, u"add"_s, u"--name"_s, u"X"_s }).exitCode, 2);
    const Result set = onStore(
        { u"covenant"_s, u"set"_s, m_covenant, u"--review"_s, u"2099-01-01"_s, u"--no-until"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QJsonObject shown = json({ u"covenant"_s, u"show"_s, m_covenant }).object();
    QCOMPARE(shown.value(u"review_on"_s).toString(), u"2099-01-01"_s);
    QVERIFY(shown.value(u"until"_s).isNull());
    QCOMPARE(shown.value(u"parties"_s).toArray().size(), 2);
    const Result text = onStore({ u"covenant"_s, u"show"_s, m_covenant });
    QVERIFY(text.out.contains(u"Woonstichting Oosterpoort"_s));
    QCOMPARE(onStore({ u"covenant"_s, u"show"_s, u"999"_s }).exitCode, 1);
}

void TestCliCovenants::documentKeptAndExported()
{
    QVERIFY(!m_covenant.isEmpty());
    const QByteArray pdf = "%PDF-1.4\n% getekend\n%%EOF\n";
    const Result set = onStore(
        { u"covenant"_s, u"set"_s, m_covenant, u"--document"_s, write(u"getekend.pdf"_s, pdf) });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QJsonObject doc
        = json({ u"covenant"_s, u"show"_s, m_covenant }).object().value(u"document"_s).toObject();
    QCOMPARE(doc.value(u"name"_s).toString(), u"getekend.pdf"_s);
    QCOMPARE(doc.value(u"size"_s).toInt(), pdf.size());
    const QString out = m_tmp.filePath(u"kopie.pdf"_s);
    const Result exported
        = onStore({ u"covenant"_s, u"document"_s, u"export"_s, m_covenant, u"--save"_s, out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile copy(out);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), pdf);
    // Never over an existing file without --overwrite.
    QCOMPARE(onStore({ u"covenant"_s, u"document"_s, u"export"_s, m_covenant, u"--save"_s, out })
                 .exitCode,
             1);
}

void TestCliCovenants::bulkDisclosureFromCsv()
{
    QVERIFY(!m_covenant.isEmpty());
    const Result added = onStore(
        { u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Groningen"_s, u"--persons-csv"_s,
          write(u"november.csv"_s, "Klantnummer\r\nK1\r\nK2\r\nK3\r\n"), u"--covenant"_s,
          m_covenant, u"--purpose"_s, u"Vroegsignalering"_s, u"--basis"_s, u"c"_s,
          u"--basis-text"_s, u"Wgs art. 3a"_s, u"--data"_s, u"naw,betaalgegevens"_s, u"--date"_s,
          u"2026-11-01"_s, u"--json"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject d = QJsonDocument::fromJson(added.out.toUtf8()).object();
    QCOMPARE(d.value(u"person_count"_s).toInt(), 3);
    QCOMPARE(d.value(u"covenant"_s).toObject().value(u"name"_s).toString(),
             u"Convenant Vroegsignalering"_s);
    // One register row, listed for each of its persons.
    for (const QString &k : { u"K1"_s, u"K2"_s, u"K3"_s })
        QCOMPARE(json({ u"disclosure"_s, u"list"_s, u"--person"_s, k }).array().size(), 1);
    QCOMPARE(json({ u"disclosure"_s, u"list"_s, u"--person"_s, u"K4"_s }).array().size(), 0);
}

void TestCliCovenants::unknownNumbersRefuseTheWholeDisclosure()
{
    const int before = json({ u"disclosure"_s, u"list"_s }).array().size();
    const QStringList base { u"disclosure"_s,    u"add"_s,
                             u"--recipient"_s,   u"Gemeente Groningen"_s,
                             u"--persons-csv"_s, write(u"december.csv"_s, "K1\nK77\nK4\nK88\n"),
                             u"--purpose"_s,     u"Vroegsignalering"_s,
                             u"--basis"_s,       u"c"_s,
                             u"--basis-text"_s,  u"Wgs art. 3a"_s,
                             u"--data"_s,        u"naw"_s,
                             u"--date"_s,        u"2026-11-02"_s };
    const Result refused = onStore(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"K77, K88"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"--skip-unknown"_s));
    QCOMPARE(json({ u"disclosure"_s, u"list"_s }).array().size(), before); // nothing recorded
    // Confirmed on purpose: the others are recorded, the numbers said again.
    const Result confirmed = onStore(base + QStringList { u"--skip-unknown"_s, u"--json"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY(confirmed.err.contains(u"K77"_s));
    QCOMPARE(
        QJsonDocument::fromJson(confirmed.out.toUtf8()).object().value(u"person_count"_s).toInt(),
        2);
    QCOMPARE(onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Groningen"_s,
                       u"--persons-csv"_s, m_tmp.filePath(u"december.csv"_s), u"--person"_s,
                       u"K1"_s, u"--purpose"_s, u"x"_s, u"--basis"_s, u"a"_s })
                 .exitCode,
             2);
}

void TestCliCovenants::todayNamesTheReview()
{
    // The second covenant's review (2025) has come: today names it.
    QVERIFY(onStore({ u"covenant"_s, u"add"_s, u"--name"_s, u"Convenant Woonoverlast"_s,
                      u"--party"_s, u"Politie"_s, u"--purpose"_s, u"Overlast aanpakken"_s,
                      u"--basis"_s, u"f"_s, u"--data"_s, u"overlast"_s, u"--from"_s,
                      u"2024-01-01"_s, u"--review"_s, u"2025-06-01"_s })
                .exitCode
            == 0);
    const QJsonObject today = json({ u"today"_s }).object();
    QCOMPARE(today.value(u"covenants_review_due"_s).toInt(), 1);
    QVERIFY(onStore({ u"today"_s }).out.contains(u"Covenants to review: 1"_s));
}

QTEST_GUILESS_MAIN(TestCliCovenants)
#include "tst_cli_covenants.moc"
