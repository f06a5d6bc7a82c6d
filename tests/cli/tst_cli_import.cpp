// privacydesk-cli import persons end to end: the real executable against a real store made with
// `init --kdf test`, with the JSON contract of issue 5 and its exit codes.

#include "CliRunner.h"
#include "TestSupport.h"

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

private:
    Result run(const QStringList &arguments) const;
    Result import(const QString &file, const QStringList &options = {}) const;
    QString write(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
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
    QCOMPARE(json.keys(), QStringList({ u"imported"_s, u"rejected"_s, u"updated"_s }));
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

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
