// privacydesk-cli import persons end to end: the real executable against a real store made with
// `init --kdf test`, with its JSON contract and its exit codes.

#include "CliRunner.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int InputLimitsMaxName = 200; // pd::InputLimits::maxName

using Result = pd::test::CliRunner::Result;

} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAndReportsRejectedLines();
    void updatesWithoutDuplicates();
    void strictRefusesWithExitOne();
    void mapOption();
    void unreadableFileAndBadMapping();
    void sourceOption();
    void brokenLinesAreRejectedAndTheRestImported();
    void postcodesPhonesDatesAndLengthsAreChecked();

private:
    Result run(const QStringList &arguments) const;
    Result import(const QString &file, const QStringList &options = {}) const;
    Result english(const QStringList &arguments) const; // on the store, in English
    QString write(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
    // For the tests that read the reasons: English, whatever the translations say.
    pd::test::CliRunner m_english { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_store;
    QString m_passwordFile;
};

Result TestCliImport::run(const QStringList &arguments) const
{
    return m_cli.run(arguments, {}, 120000);
}

Result TestCliImport::import(const QString &file, const QStringList &options) const
{
    return run(QStringList { u"--store"_s, m_store, u"--password-file"_s, m_passwordFile,
                             u"import"_s, u"persons"_s, file }
               + options + QStringList { u"--json"_s });
}

Result TestCliImport::english(const QStringList &arguments) const
{
    return m_english.run(QStringList { u"--store"_s, m_store, u"--password-file"_s, m_passwordFile }
                             + arguments,
                         {}, 120000);
}

QString TestCliImport::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_tmp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

void TestCliImport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    m_store = m_cli.store();
    m_passwordFile = m_cli.passwordFile();
}

void TestCliImport::importsAndReportsRejectedLines()
{
    // Windows-1252, semicolons, CRLF, a quoted line break; lines 4 and 6 are bad.
    const QString path = write(u"export.csv"_s,
                               "Klantnummer;Naam;Relatie;Einddatum;Adres\r\n"
                               "C1;\xC7"
                               "elik;huurder;;\"Dorpsstraat 1\r\nachterom\"\r\n"
                               "C2;Zo\xEB;ex-huurder;31-02-2025;\r\n"
                               "C3;Jos\xE9;Ex huurder;28-02-2025;Kerkweg 2\r\n"
                               "C4;;huurder;;\r\n");
    const Result result = import(path);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.keys(),
             QStringList({ u"imported"_s, u"rejected"_s, u"terms_created"_s, u"terms_moved"_s,
                           u"terms_removed"_s, u"updated"_s }));
    QCOMPARE(json.value(u"imported"_s).toInt(), 2);
    QCOMPARE(json.value(u"updated"_s).toInt(), 0);
    const QJsonArray rejected = json.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 4);
    QCOMPARE(rejected.at(1).toObject().value(u"line"_s).toInt(), 6);
    QCOMPARE(rejected.at(0).toObject().keys(), QStringList({ u"line"_s, u"reason"_s }));
    QVERIFY(!rejected.at(1).toObject().value(u"reason"_s).toString().isEmpty());
}

void TestCliImport::updatesWithoutDuplicates()
{
    const QString first = write(u"u1.csv"_s, "klantnummer,naam,relatie\nU1,Anna,huurder\n");
    QCOMPARE(import(first).exitCode, 0);
    const QString second
        = write(u"u2.csv"_s, "klantnummer,naam,relatie,einddatum\nU1,Anna,ex-huurder,2026-01-31\n");
    const Result result = import(second);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"imported"_s).toInt(), 0);
    QCOMPARE(json.value(u"updated"_s).toInt(), 1);
    // Importing the same file again changes nothing.
    const QJsonObject again = QJsonDocument::fromJson(import(second).out.toUtf8()).object();
    QCOMPARE(again.value(u"updated"_s).toInt(), 0);
    QCOMPARE(again.value(u"imported"_s).toInt(), 0);
}

void TestCliImport::strictRefusesWithExitOne()
{
    const QString path = write(u"strikt.csv"_s,
                               "klantnummer;naam;relatie\nS1;Anna;huurder\n"
                               "S2;Bram;kat\n");
    const Result refused = import(path, { u"--strict"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    QCOMPARE(json.value(u"imported"_s).toInt(), 0);
    QCOMPARE(json.value(u"rejected"_s).toArray().first().toObject().value(u"line"_s).toInt(), 3);
    // Nothing of S1 went in: without --strict it is new.
    const QJsonObject lenient = QJsonDocument::fromJson(import(path).out.toUtf8()).object();
    QCOMPARE(lenient.value(u"imported"_s).toInt(), 1);
}

void TestCliImport::mapOption()
{
    const QString path = write(u"map.csv"_s, "Debiteur;Volledige naam;Soort\nM1;Mia;Huurder\n");
    QCOMPARE(import(path).exitCode, 1); // no klantnummer column
    const Result mapped
        = import(path, { u"--map"_s, u"Debiteur=klantnummer,Volledige naam=naam,Soort=relatie"_s });
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QCOMPARE(QJsonDocument::fromJson(mapped.out.toUtf8()).object().value(u"imported"_s).toInt(), 1);
}

void TestCliImport::unreadableFileAndBadMapping()
{
    const Result missing = import(m_tmp.filePath(u"bestaat-niet.csv"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(!missing.err.isEmpty());
    const Result badMap = import(write(u"x.csv"_s, "klantnummer;naam\n"), { u"--map"_s, u"a=b"_s });
    QCOMPARE(badMap.exitCode, 2);
}

// --source names where the new persons' data came from (the inzage report's art. 15(1)(g));
// it is free text under the BSN guard like every field of the file.
void TestCliImport::sourceOption()
{
    const QString path = write(u"gemeente.csv"_s, "klantnummer;naam\nG1;Gea Gerritsen\n");
    const Result refused
        = import(path, { u"--source"_s, u"gemeente "_s + pd::test::elfProefNumber() });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.contains(pd::test::elfProefNumber()));
    const Result imported = import(path, { u"--source"_s, u"gemeente Utrecht"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(QJsonDocument::fromJson(imported.out.toUtf8()).object()[u"imported"_s].toInt(), 1);
    // The report of the new person names the source.
    const Result add = run({ u"--store"_s, m_store, u"--password-file"_s, m_passwordFile, u"case"_s,
                             u"add"_s, u"--klantnummer"_s, u"G1"_s, u"--type"_s, u"inzage"_s,
                             u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-01-05"_s });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Result source = run({ u"--store"_s, m_store, u"--password-file"_s, m_passwordFile,
                                u"case"_s, u"show"_s, add.out.trimmed(), u"--json"_s });
    QVERIFY2(source.exitCode == 0, qPrintable(source.err));
    QCOMPARE(
        QJsonDocument::fromJson(source.out.toUtf8()).object()[u"person"_s][u"source"_s].toString(),
        u"gemeente Utrecht"_s);
}

void TestCliImport::brokenLinesAreRejectedAndTheRestImported()
{
    // UTF-8 with one Windows-1252 byte on line 4 and an unclosed quote on line 5: both lines are
    // rejected by number, every other line is imported (before, everything after line 5
    // vanished with exit code 0, and line 4 came in as mojibake).
    const QString path = write(u"kapot.csv"_s,
                               "klantnummer;naam;adres\n"
                               "B1;Zo\xC3\xAB;Kerkweg 1\n"
                               "B2;Ren\xC3\xA9;Kerkweg 2\n"
                               "B3;Jos\xE9;Kerkweg 3\n"
                               "B4;\"Open;Kerkweg 4\n"
                               "B5;Bram;Kerkweg 5\n"
                               "B6;Ans;\"Kerkweg 6\"\n");
    const Result result = english({ u"import"_s, u"persons"_s, path, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.keys(),
             QStringList({ u"imported"_s, u"rejected"_s, u"terms_created"_s, u"terms_moved"_s,
                           u"terms_removed"_s, u"updated"_s }));
    QCOMPARE(json.value(u"imported"_s).toInt(), 4);
    const QJsonArray rejected = json.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 4);
    QCOMPARE(rejected.at(0).toObject().value(u"reason"_s).toString(),
             u"invalid characters (not UTF-8)"_s);
    QCOMPARE(rejected.at(1).toObject().value(u"line"_s).toInt(), 5);

    // The text summary names the lines, and the names came in as UTF-8.
    const Result text = english({ u"import"_s, u"persons"_s, path });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"line 4: invalid characters (not UTF-8)"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"line 5: "_s));
    const Result shown = english({ u"case"_s, u"add"_s, u"--klantnummer"_s, u"B2"_s, u"--type"_s,
                                   u"inzage"_s, u"--channel"_s, u"email"_s, u"--received"_s,
                                   pd::systemClock().today().toString(Qt::ISODate), u"--json"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(u"René"_s), qPrintable(shown.out));
}

void TestCliImport::postcodesPhonesDatesAndLengthsAreChecked()
{
    const QByteArray longName(InputLimitsMaxName + 1, 'a');
    const QString path = write(u"velden.csv"_s,
                               "klantnummer;naam;postcode;telefoon;einddatum\n"
                               "V1;Anna;1234ab;030-1234567;31-01-2025\n"
                               "V2;Bram;12345;;\n"
                               "V3;Cor;;12345;\n"
                               "V4;Dirk;BE-1000;+32 2 123 45 67;\n"
                               "V5;Els;;;01-01-1985\n"
                               "V6;"
                                   + longName + ";;;\n");
    const Result result = english({ u"import"_s, u"persons"_s, path, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"imported"_s).toInt(), 2);
    QList<int> lines;
    for (const QJsonValue &r : json.value(u"rejected"_s).toArray())
        lines << r.toObject().value(u"line"_s).toInt();
    QCOMPARE(lines, QList<int>({ 3, 4, 6, 7 }));
    const QJsonArray rejected = json.value(u"rejected"_s).toArray();
    QVERIFY(rejected.at(0).toObject().value(u"reason"_s).toString().contains(u"postcode"_s));
    QVERIFY(rejected.at(1).toObject().value(u"reason"_s).toString().contains(u"phone number"_s));
    QVERIFY(rejected.at(2).toObject().value(u"reason"_s).toString().contains(u"1990"_s));
    QVERIFY(rejected.at(3).toObject().value(u"reason"_s).toString().contains(u"too long"_s));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
