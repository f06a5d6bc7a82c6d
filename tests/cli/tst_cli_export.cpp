// privacydesk-cli export person …: the inzage report and the portability export end to end, the
// real executable against a real store made with `init --kdf test`: findings listed for review,
// no export without a decision, the chosen redactions in the report, the data export with only
// what art. 20 GDPR covers (the register processes tenants' details under a contract) and its
// LEESMIJ.txt, overwriting refused.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A program's exit code and standard output (qpdf, pdftotext).
std::pair<int, QByteArray> tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return { -1, {} };
    return { process.exitCode(), process.readAllStandardOutput() };
}

// The password the tool said once on stderr: the words after the last ": ".
QString passwordIn(const QString &err)
{
    static const QRegularExpression words(u"([a-z]+(?:-[a-z]+){3,4})\\s*$"_s);
    const QRegularExpressionMatch match = words.match(err.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

// The JSON of an export without the moment it was made (two runs a second apart).
QJsonObject withoutMoment(const QByteArray &json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(u"generated_at"_s);
    return object;
}

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listFindings();
    void refusesWithoutADecision();
    void exportWithChosenRedactions();
    void refusesToOverwrite();
    void unknownFindingId();
    void usageErrors_data();
    void usageErrors();
    void unknownPerson();
    void byRequestNumberAndKeepAll();
    void byCustomerNumberWithTwoOpenRequests();
    void encryptedAnswer();
    void encryptRefusals_data();
    void encryptRefusals();
    void emptyPortabilityIsNotGranted();
    void portabilityWaitsForItsFiles();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QJsonArray findings() const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    QString m_case;
};

QJsonArray TestCliExport::findings() const
{
    const Result listed
        = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--findings"_s, u"--json"_s });
    if (listed.exitCode != 0)
        qWarning("export --findings: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli.unsetEnvironment(u"QT_QPA_PLATFORM"_s); // the tool chooses offscreen itself for a PDF
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    // Another tenant the notes will name, then the data subject with two requests.
    Result r = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Pieter Bakker"_s, u"--klantnummer"_s,
                         u"K200"_s, u"--type"_s, u"klacht"_s, u"--channel"_s, u"brief"_s,
                         u"--received"_s, u"2026-01-05"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Anna de Vries"_s, u"--klantnummer"_s,
                  u"K100"_s, u"--relation"_s, u"huurder"_s, u"--type"_s, u"inzage"_s,
                  u"--channel"_s, u"telefoon"_s, u"--received"_s, u"2026-01-10"_s, u"--note"_s,
                  u"Buurman Pieter Bakker heeft geklaagd."_s, u"--phone"_s, u"06 12345678"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_case = r.out.trimmed();
    r = onStore({ u"case"_s, u"note"_s, m_case, u"--text"_s,
                  u"Dochter belde vanaf 06-98765432, terugbellen op 06 12345678."_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore(
        { u"recipient"_s, u"add"_s, u"Gemeente Utrecht"_s, u"--category"_s, u"gemeente"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Utrecht"_s, u"--person"_s,
                  u"K100"_s, u"--date"_s, u"2026-01-20"_s, u"--data"_s, u"naw,overlast"_s,
                  u"--purpose"_s, u"Convenant woonoverlast"_s, u"--basis"_s, u"e"_s,
                  u"--basis-text"_s, u"Convenant"_s, u"--informed"_s, u"2026-01-21"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"A"_s, u"--purpose"_s,
                  u"Leveren van diensten"_s, u"--sub-purpose"_s, u"Opmaken van huurovereenkomst"_s,
                  u"--name"_s, u"Huurovereenkomsten"_s, u"--basis"_s, u"b"_s, u"--subject"_s,
                  u"huurders"_s, u"--data"_s, u"naam en contactgegevens"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliExport::listFindings()
{
    const QJsonArray list = findings();
    QCOMPARE(list.size(), 2);
    const QJsonObject person = list.at(0).toObject();
    QCOMPARE(person.value(u"kind"_s).toString(), u"person"_s);
    QCOMPARE(person.value(u"text"_s).toString(), u"Pieter Bakker"_s);
    QCOMPARE(person.value(u"field"_s).toString(), u"request:%1:description"_s.arg(m_case));
    QVERIFY(person.value(u"context"_s).toString().contains(u"Buurman Pieter Bakker"_s));
    QVERIFY(person.value(u"id"_s).toString().startsWith(u'F'));
    QCOMPARE(list.at(1)[u"kind"_s].toString(), u"phone"_s);
    QCOMPARE(list.at(1)[u"text"_s].toString(), u"06-98765432"_s);

    // The plain list: one line per finding with its id, then its context.
    const Result plain = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--findings"_s });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(person.value(u"id"_s).toString()));
    QVERIFY(plain.out.contains(u"06-98765432"_s));
}

void TestCliExport::refusesWithoutADecision()
{
    QTemporaryDir out;
    const Result r = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--pdf"_s,
                               out.filePath(u"a.pdf"_s), u"--json"_s, out.filePath(u"a.json"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[review-needed]"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--findings"_s));
    QCOMPARE(r.err.count(u"privacydesk-cli:"_s), 1); // one line says why
    QVERIFY(QDir(out.path()).isEmpty());

    // The default language is Dutch: the message tells the officer to review first.
    pd::test::CliRunner dutch(QStringLiteral(CLI_PATH), m_tmp.path());
    const Result nl = dutch.run({ u"--store"_s, m_cli.store(), u"--password-file"_s,
                                  m_cli.passwordFile(), u"export"_s, u"person"_s, u"K100"_s,
                                  u"--json"_s, out.filePath(u"a.json"_s) });
    QCOMPARE(nl.exitCode, 1);
    QVERIFY2(nl.err.contains(u"[review-needed]"_s), qPrintable(nl.err));
}

void TestCliExport::exportWithChosenRedactions()
{
    PD_REQUIRE_PDFTOTEXT();
    const QJsonArray list = findings();
    QCOMPARE(list.size(), 2);
    const QString personId = list.at(0)[u"id"_s].toString();
    QTemporaryDir out;
    const QString pdf = out.filePath(u"inzage.pdf"_s);
    const QString json = out.filePath(u"export.json"_s);
    const QString csv = out.filePath(u"csv"_s);
    const Result r = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--pdf"_s, pdf, u"--json"_s,
                               json, u"--csv-dir"_s, csv, u"--redact"_s, personId });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(pdf));
    QVERIFY(r.out.contains(json));
    QVERIFY(r.out.contains(QDir(csv).filePath(u"persons.csv"_s)));
    QVERIFY(r.out.contains(QDir(csv).filePath(u"LEESMIJ.txt"_s)));
    QVERIFY2(r.out.contains(u"1 of 2"_s), qPrintable(r.out));
    // Named by the customer number, the export answers her one open access request: it is on
    // that request's trail, so that its AP dossier shows the report that was sent.
    QVERIFY2(r.out.contains(u"Recorded on request %1."_s.arg(m_case)), qPrintable(r.out));
    const Result trail = onStore({ u"case"_s, u"timeline"_s, m_case, u"--json"_s });
    QVERIFY2(trail.exitCode == 0, qPrintable(trail.err));
    QVERIFY2(trail.out.contains(u"case.report_exported"_s), qPrintable(trail.out));
    QVERIFY2(r.out.contains(u"Left out of the data export (not on consent or contract, article "
                            "20 GDPR): "_s),
             qPrintable(r.out));

    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), { u"-raw"_s, pdf, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY(text.contains(u"Anna de Vries"_s));
    QVERIFY(text.contains(u"Gemeente Utrecht"_s));
    QVERIFY(!text.contains(u"Pieter Bakker"_s)); // redacted
    QVERIFY(text.contains(u"06-98765432"_s)); // kept by the officer

    // The data export: her details (on contract, A.1), the rest left out with the reason.
    const QJsonObject exported = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(exported.value(u"format_version"_s).toInt(), 2);
    QCOMPARE(exported.value(u"person"_s)[u"klantnummer"_s].toString(), u"K100"_s);
    QCOMPARE(exported.value(u"included"_s)[0][u"activities"_s].toArray(),
             QJsonArray({ u"A.1 Huurovereenkomsten"_s }));
    QStringList leftOut;
    for (const QJsonValue &part : exported.value(u"left_out"_s).toArray())
        leftOut << part[u"part"_s].toString();
    QCOMPARE(leftOut, QStringList({ u"sources"_s, u"requests"_s, u"notes"_s, u"disclosures"_s }));
    QVERIFY(!exported.contains(u"requests"_s));
    QVERIFY(!readFile(json).contains("Pieter Bakker"));
    QVERIFY(!readFile(json).contains("06-98765432"));
    QCOMPARE(QDir(csv).entryList(QDir::Files, QDir::Name),
             QStringList({ u"LEESMIJ.txt"_s, u"persons.csv"_s }));
    QVERIFY(readFile(QDir(csv).filePath(u"persons.csv"_s)).contains("Anna de Vries"));
    const QByteArray readme = readFile(QDir(csv).filePath(u"LEESMIJ.txt"_s));
    QVERIFY(readme.contains("article 6(1)(c) GDPR"));
    QVERIFY(!readme.contains("Pieter Bakker"));
}

void TestCliExport::refusesToOverwrite()
{
    QTemporaryDir out;
    const QString json = out.filePath(u"export.json"_s);
    QFile existing(json);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("{}");
    existing.close();
    Result r
        = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--json"_s, json, u"--redact-all"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[exists]"_s), qPrintable(r.err));
    QCOMPARE(readFile(json), QByteArray("{}"));
    r = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--json"_s, json, u"--redact-all"_s,
                  u"--overwrite"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFile(json).contains("privacydesk-person-export"));
}

void TestCliExport::unknownFindingId()
{
    QTemporaryDir out;
    const Result r = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--json"_s,
                               out.filePath(u"a.json"_s), u"--redact"_s, u"Fdeadbeef"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[unknown-finding]"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"Fdeadbeef"_s));
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no output") << QStringList { u"K100"_s, u"--keep-all"_s };
    QTest::newRow("no person") << QStringList { u"--pdf"_s, u"x.pdf"_s, u"--keep-all"_s };
    QTest::newRow("two decisions")
        << QStringList { u"K100"_s, u"--pdf"_s, u"x.pdf"_s, u"--redact-all"_s, u"--keep-all"_s };
    QTest::newRow("json without file") << QStringList { u"K100"_s, u"--json"_s };
    QTest::newRow("findings with outputs")
        << QStringList { u"K100"_s, u"--findings"_s, u"--pdf"_s, u"x.pdf"_s };
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = onStore(QStringList { u"export"_s, u"person"_s } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliExport::unknownPerson()
{
    QTemporaryDir out;
    const Result r = onStore({ u"export"_s, u"person"_s, u"K999"_s, u"--json"_s,
                               out.filePath(u"a.json"_s), u"--keep-all"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[not-found]"_s), qPrintable(r.err));
}

void TestCliExport::byRequestNumberAndKeepAll()
{
    QTemporaryDir out;
    const QString csv = out.filePath(u"csv"_s);
    const Result r
        = onStore({ u"export"_s, u"person"_s, m_case, u"--csv-dir"_s, csv, u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"0 of 2"_s));
    QCOMPARE(QDir(csv).entryList(QDir::Files).size(), 2);
    QVERIFY(readFile(QDir(csv).filePath(u"persons.csv"_s)).contains("Anna de Vries"));
    // Kept in the report, but the notes are not the data export's.
    QVERIFY(!readFile(QDir(csv).filePath(u"LEESMIJ.txt"_s)).contains("Pieter Bakker"));
}

void TestCliExport::byCustomerNumberWithTwoOpenRequests()
{
    // A second open access request: which one the export answers is the officer's to say.
    Result r = onStore({ u"case"_s, u"add"_s, u"--klantnummer"_s, u"K100"_s, u"--type"_s,
                         u"overdraagbaarheid"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
                         u"2026-01-12"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString second = r.out.trimmed();
    QTemporaryDir out;
    r = onStore({ u"export"_s, u"person"_s, u"K100"_s, u"--csv-dir"_s, out.filePath(u"csv"_s),
                  u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(u"Recorded on request"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"more than one open request for access or portability"_s),
             qPrintable(r.err));
    const Result trail = onStore({ u"case"_s, u"timeline"_s, second, u"--json"_s });
    QVERIFY2(trail.exitCode == 0, qPrintable(trail.err));
    QVERIFY2(!trail.out.contains(u"case.report_exported"_s), qPrintable(trail.out));
}

// `export person … --pdf F --encrypt` writes one encrypted PDF with the data export
// inside, says the password once on stderr, and records how it went; the AP dossier (also
// encrypted, in Dutch) shows it in its chronology.
void TestCliExport::encryptedAnswer()
{
    PD_REQUIRE_PDFTOTEXT();
    QVERIFY(!QStandardPaths::findExecutable(u"qpdf"_s).isEmpty());
    QTemporaryDir out;
    const QString pdf = out.filePath(u"antwoord.pdf"_s);
    Result r = onStore(
        { u"export"_s, u"person"_s, m_case, u"--pdf"_s, pdf, u"--encrypt"_s, u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString password = passwordIn(r.err);
    QVERIFY2(!password.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"by phone"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(password), 1); // once
    QVERIFY(!r.out.contains(password)); // stdout stays the normal output
    QVERIFY(r.out.contains(pdf));
    QVERIFY2(r.out.contains(u"persons.csv"_s), qPrintable(r.out));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList { u"antwoord.pdf"_s });
    QCOMPARE(tool(u"qpdf"_s,
                  { u"--password="_s + password, u"--decrypt"_s, pdf, out.filePath(u"open.pdf"_s) })
                 .first,
             0);
    const auto [noPassword, nothing] = tool(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(noPassword != 0);
    const auto [withPassword, text] = tool(u"pdftotext"_s, { u"-upw"_s, password, pdf, u"-"_s });
    QCOMPARE(withPassword, 0);
    QVERIFY(QString::fromUtf8(text).contains(u"Anna de Vries"_s));

    // The embedded files against a plain export made now, with the same decisions.
    const QString plain = out.filePath(u"plain"_s);
    r = onStore({ u"export"_s, u"person"_s, m_case, u"--csv-dir"_s, plain, u"--json"_s,
                  out.filePath(u"plain.json"_s), u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto attachment = [&](const QString &name) {
        return tool(u"qpdf"_s, { u"--password="_s + password, u"--show-attachment="_s + name, pdf })
            .second;
    };
    QCOMPARE(attachment(u"persons.csv"_s), readFile(QDir(plain).filePath(u"persons.csv"_s)));
    QCOMPARE(attachment(u"LEESMIJ.txt"_s), readFile(QDir(plain).filePath(u"LEESMIJ.txt"_s)));
    QCOMPARE(withoutMoment(attachment(u"persoonsgegevens.json"_s)),
             withoutMoment(readFile(out.filePath(u"plain.json"_s))));

    const Result trail = onStore({ u"case"_s, u"timeline"_s, m_case, u"--json"_s });
    QVERIFY2(trail.out.contains(u"\"password_by\": \"telefoon\""_s), qPrintable(trail.out));
    QVERIFY(!trail.out.contains(password));

    // The dossier, encrypted too, in Dutch: its chronology says how the answer went.
    pd::test::CliRunner dutch(QStringLiteral(CLI_PATH), m_tmp.path());
    dutch.unsetEnvironment(u"QT_QPA_PLATFORM"_s);
    const QString dossier = out.filePath(u"dossier.pdf"_s);
    const Result d = dutch.run({ u"--store"_s, m_cli.store(), u"--password-file"_s,
                                 m_cli.passwordFile(), u"dossier"_s, m_case, u"--pdf"_s, dossier,
                                 u"--encrypt"_s, u"--password-by"_s, u"sms"_s });
    QVERIFY2(d.exitCode == 0, qPrintable(d.err));
    const QString dossierPassword = passwordIn(d.err);
    QVERIFY2(!dossierPassword.isEmpty() && dossierPassword != password, qPrintable(d.err));
    QVERIFY2(d.err.contains(u"per sms"_s), qPrintable(d.err));
    const auto [opened, dossierText]
        = tool(u"pdftotext"_s, { u"-raw"_s, u"-upw"_s, dossierPassword, dossier, u"-"_s });
    QCOMPARE(opened, 0);
    const QString words = QString::fromUtf8(dossierText).simplified();
    QVERIFY2(words.contains(u"versleuteld verstuurd; wachtwoord per telefoon"_s),
             qPrintable(words.right(3000)));
    QVERIFY(tool(u"pdftotext"_s, { dossier, u"-"_s }).first != 0);
}

void TestCliExport::encryptRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no pdf") << QStringList { u"--encrypt"_s } << 2;
    QTest::newRow("json beside it")
        << QStringList { u"--encrypt"_s, u"--pdf"_s, u"a.pdf"_s, u"--json"_s, u"a.json"_s } << 2;
    QTest::newRow("csv beside it")
        << QStringList { u"--encrypt"_s, u"--pdf"_s, u"a.pdf"_s, u"--csv-dir"_s, u"csv"_s } << 2;
    QTest::newRow("unknown delivery")
        << QStringList { u"--encrypt"_s, u"--pdf"_s, u"a.pdf"_s, u"--password-by"_s, u"duif"_s }
        << 2;
    QTest::newRow("delivery without encrypt")
        << QStringList { u"--pdf"_s, u"a.pdf"_s, u"--password-by"_s, u"sms"_s } << 2;
    QTest::newRow("existing file")
        << QStringList { u"--encrypt"_s, u"--pdf"_s, u"bestaat.pdf"_s } << 1;
}

void TestCliExport::encryptRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QTemporaryDir out;
    QFile existing(out.filePath(u"bestaat.pdf"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("niet van ons");
    existing.close();
    for (QString &argument : arguments)
        if (argument.endsWith(u".pdf"_s) || argument.endsWith(u".json"_s) || argument == u"csv"_s)
            argument = out.filePath(argument);
    const Result r
        = onStore(QStringList { u"export"_s, u"person"_s, u"K100"_s, u"--keep-all"_s } + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(passwordIn(r.err).isEmpty());
    if (exitCode == 1)
        QVERIFY2(r.err.contains(u"[exists]"_s), qPrintable(r.err));
    QCOMPARE(readFile(out.filePath(u"bestaat.pdf"_s)), QByteArray("niet van ons"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList { u"bestaat.pdf"_s });
}

// A portability export that held none of the person's data
// (a house-seeker: no processing on consent or for a contract) cannot be completed as granted,
// since its decision letter is refused afterwards. case complete refuses it in words with a
// stable code, records nothing, and accepts the refusal on art. 20(1).
void TestCliExport::emptyPortabilityIsNotGranted()
{
    Result r = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Willem Leeg"_s, u"--klantnummer"_s,
                         u"K300"_s, u"--relation"_s, u"woningzoekende"_s, u"--type"_s,
                         u"overdraagbaarheid"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
                         u"2026-02-02"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString number = r.out.trimmed();
    r = onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-02-02"_s,
                  u"--received"_s, u"2026-02-03"_s, u"--method"_s, u"balie"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Refused before any export was made as well. The gate counted only an
    // export recorded for the request, so that the request was completed as granted first and
    // its export, made afterwards, held nothing (the decision letter then refused).
    r = onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                  u"--answered"_s, u"2026-02-10"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[empty-export]"_s), qPrintable(r.err));
    QTemporaryDir out;
    r = onStore({ u"export"_s, u"person"_s, number, u"--json"_s, out.filePath(u"leeg.json"_s),
                  u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                  u"--answered"_s, u"2026-02-10"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"[empty-export]"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"article 20(1) GDPR"_s), qPrintable(r.err));
    r = onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"state"_s).toString(),
             u"in-behandeling"_s);

    r = onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"afgewezen"_s, u"--grounds"_s,
                  u"art-20-1"_s, u"--motivation"_s,
                  u"Wij verwerken geen gegevens van u met toestemming of voor een overeenkomst."_s,
                  u"--answered"_s, u"2026-02-10"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// A portability request is answered when its files are given: `case complete` refuses a grant
// before the portability export is recorded for the request, and completes it after.
void TestCliExport::portabilityWaitsForItsFiles()
{
    Result r
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Frits Bestand"_s, u"--klantnummer"_s,
                    u"K310"_s, u"--relation"_s, u"huurder"_s, u"--type"_s, u"overdraagbaarheid"_s,
                    u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-02-02"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString number = r.out.trimmed();
    r = onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-02-02"_s,
                  u"--received"_s, u"2026-02-03"_s, u"--method"_s, u"balie"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    const QStringList complete { u"case"_s,       u"complete"_s,   number, u"--outcome"_s,
                                 u"toegewezen"_s, u"--answered"_s, today };
    r = onStore(complete);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"portability export"_s), qPrintable(r.err));
    QTemporaryDir out;
    r = onStore({ u"export"_s, u"person"_s, number, u"--json"_s, out.filePath(u"frits.json"_s),
                  u"--keep-all"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore(complete);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
