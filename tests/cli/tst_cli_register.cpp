// privacydesk-cli register …: the processing register end to end, the real executable against a
// real store made with `init --kdf test`.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

using pd::test::elfProefNumber;

} // namespace

class TestCliRegister final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyRegister();
    void addAndList();
    void invalidAddIsUsageError();
    void bsnRefused();
    void exportCsv();
    void exportPdf();
    void exportNeedsAFile();
    void subjectsWithoutARelationWarn();
    void anonymousSurvey();

private:
    Result run(const QStringList &arguments) const;
    Result onStore(const QStringList &arguments) const;
    QJsonArray list() const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
    QString m_store;
    QString m_passwordFile;
};

Result TestCliRegister::run(const QStringList &arguments) const
{
    return m_cli.run(arguments);
}

Result TestCliRegister::onStore(const QStringList &arguments) const
{
    return m_cli.onStore(arguments);
}

QJsonArray TestCliRegister::list() const
{
    const Result listed = onStore({ u"register"_s, u"list"_s, u"--json"_s });
    if (listed.exitCode != 0)
        qWarning("register list: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

void TestCliRegister::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli.unsetEnvironment(u"QT_QPA_PLATFORM"_s); // the tool chooses offscreen itself for a PDF
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    m_store = m_cli.store();
    m_passwordFile = m_cli.passwordFile();
}

void TestCliRegister::emptyRegister()
{
    const Result listed = onStore({ u"register"_s, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliRegister::addAndList()
{
    const Result added = onStore(
        { u"register"_s,         u"add"_s,
          u"--purpose-code"_s,   u"C"_s,
          u"--purpose"_s,        u"Bestrijden fraude en criminaliteit"_s,
          u"--sub-purpose"_s,    u"Onderzoek naar fraude"_s,
          u"--name"_s,           u"Woonfraude"_s,
          u"--basis"_s,          u"c,f"_s,
          u"--basis-text"_s,     u"Convenant woonfraude"_s,
          u"--subject"_s,        u"huurders"_s,
          u"--subject"_s,        u"medebewoners"_s,
          u"--data"_s,           u"naam en adres"_s,
          u"--data"_s,           u"gegevens over crimineel gedrag [strafrechtelijk, overlast]"_s,
          u"--criminal-basis"_s, u"art. 33 lid 4 sub b UAVG"_s,
          u"--source"_s,         u"BRP via gemeente"_s,
          u"--recipient"_s,      u"politie"_s,
          u"--processor"_s,      u"Dossiersysteem BV"_s,
          u"--outside-eu"_s,     u"Verenigde Staten"_s,
          u"--safeguard"_s,      u"Standaardcontractbepalingen"_s,
          u"--retention"_s,      u"5 jaar"_s,
          u"--security"_s,       u"Versleuteld"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), u"C.1"_s);

    const Result second
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"C"_s, u"--purpose"_s,
                    u"Bestrijden fraude en criminaliteit"_s, u"--sub-purpose"_s,
                    u"Huurachterstand"_s, u"--name"_s, u"Vroegsignalering"_s, u"--basis"_s, u"f"_s,
                    u"--subject"_s, u"huurders"_s, u"--data"_s, u"betaalgegevens"_s, u"--json"_s });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"subCode"_s).toString(),
             u"C.2"_s);

    const QJsonArray activities = list();
    QCOMPARE(activities.size(), 2);
    const QJsonObject fraud = activities.at(0).toObject();
    QCOMPARE(fraud.value(u"subCode"_s).toString(), u"C.1"_s);
    QCOMPARE(fraud.value(u"legalBases"_s).toArray(), (QJsonArray { u"c"_s, u"f"_s }));
    QCOMPARE(fraud.value(u"subjects"_s).toArray().size(), 2);
    const QJsonObject crime = fraud.value(u"dataCategories"_s).toArray().at(1).toObject();
    QCOMPARE(crime.value(u"name"_s).toString(), u"gegevens over crimineel gedrag"_s);
    QCOMPARE(crime.value(u"special"_s).toArray(),
             (QJsonArray { u"overlast"_s, u"strafrechtelijk"_s }));
    QCOMPARE(fraud.value(u"criminalBasis"_s).toString(), u"art. 33 lid 4 sub b UAVG"_s);
    QCOMPARE(fraud.value(u"specialException"_s).toString(), QString());
    QCOMPARE(fraud.value(u"outsideEu"_s).toBool(), true);
    QCOMPARE(fraud.value(u"transferCountry"_s).toString(), u"Verenigde Staten"_s);
    QCOMPARE(fraud.value(u"updatedBy"_s).toString(), u"a.bakker"_s);

    const Result text = onStore({ u"register"_s, u"list"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"C.2"_s));
    QVERIFY(text.out.contains(u"Vroegsignalering"_s));
}

void TestCliRegister::invalidAddIsUsageError()
{
    const Result noBasis
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"A"_s, u"--purpose"_s,
                    u"Diensten"_s, u"--sub-purpose"_s, u"x"_s, u"--name"_s, u"x"_s, u"--subject"_s,
                    u"huurders"_s, u"--data"_s, u"naam"_s });
    QCOMPARE(noBasis.exitCode, 2);
    QVERIFY(noBasis.err.contains(u"6"_s));
    const Result badSpecial
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"A"_s, u"--purpose"_s,
                    u"Diensten"_s, u"--sub-purpose"_s, u"x"_s, u"--name"_s, u"x"_s, u"--basis"_s,
                    u"b"_s, u"--subject"_s, u"huurders"_s, u"--data"_s, u"naam [hobby]"_s });
    QCOMPARE(badSpecial.exitCode, 2);
    QVERIFY(badSpecial.err.contains(u"hobby"_s));
    // Art. 9 data without their art. 9 lid 2 exception, criminal data without an art. 10 basis,
    // a US processor without a transfer: refused before the store is opened.
    const QStringList base { u"register"_s,  u"add"_s,      u"--purpose-code"_s, u"A"_s,
                             u"--purpose"_s, u"Diensten"_s, u"--sub-purpose"_s,  u"x"_s,
                             u"--name"_s,    u"x"_s,        u"--basis"_s,        u"b"_s,
                             u"--subject"_s, u"huurders"_s };
    const Result noException = onStore(base + QStringList { u"--data"_s, u"zorg [gezondheid]"_s });
    QCOMPARE(noException.exitCode, 2);
    QVERIFY(noException.err.contains(u"art. 9 lid 2 AVG"_s));
    const Result noBasis10
        = onStore(base + QStringList { u"--data"_s, u"politie [strafrechtelijk]"_s });
    QCOMPARE(noBasis10.exitCode, 2);
    QVERIFY(noBasis10.err.contains(u"art. 10 AVG"_s));
    const Result badException = onStore(
        base + QStringList { u"--data"_s, u"zorg [gezondheid]"_s, u"--art9-exception"_s, u"z"_s });
    QCOMPARE(badException.exitCode, 2);
    // Main purpose C already has its name.
    const Result renamed
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"C"_s, u"--purpose"_s,
                    u"Fraude"_s, u"--sub-purpose"_s, u"x"_s, u"--name"_s, u"x"_s, u"--basis"_s,
                    u"b"_s, u"--subject"_s, u"huurders"_s, u"--data"_s, u"naam"_s });
    QCOMPARE(renamed.exitCode, 1);
    QCOMPARE(list().size(), 2);
}

void TestCliRegister::bsnRefused()
{
    const QString bsn = elfProefNumber();
    const QStringList add { u"register"_s,       u"add"_s,
                            u"--purpose-code"_s, u"D"_s,
                            u"--purpose"_s,      u"Juridische geschillen"_s,
                            u"--sub-purpose"_s,  u"Dossiers"_s,
                            u"--name"_s,         u"Dossier "_s + bsn,
                            u"--basis"_s,        u"f"_s,
                            u"--subject"_s,      u"huurders"_s,
                            u"--data"_s,         u"naam"_s };
    const Result refused = onStore(add);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.contains(bsn));
    QCOMPARE(list().size(), 2);
    const Result confirmed = onStore(add + QStringList { u"--confirm-not-bsn"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QCOMPARE(list().size(), 3);
}

void TestCliRegister::exportCsv()
{
    const QString path = m_tmp.filePath(u"register.csv"_s);
    const Result exported = onStore({ u"register"_s, u"export"_s, u"--csv"_s, path });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Nummer;Hoofddoel;"));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith("C.1;C. Bestrijden fraude en criminaliteit;"));
    QVERIFY(csv.contains("strafrechtelijk"));
    QVERIFY(csv.contains("Doorgifte buiten de EER"));
    QVERIFY(csv.contains(";ja;Verenigde Staten;"));
    // The store's settings have no FG yet: the export says so.
    QVERIFY(csv.contains("niet ingevuld"));
}

void TestCliRegister::exportPdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    PD_REQUIRE_PDFTOTEXT();
    // A rule of the organisation's own is in the register, with the seeded ones
    // (art. 30 lid 1 sub f AVG: the time limits for erasure).
    const Result own = onStore({ u"retention"_s, u"rule"_s, u"add"_s, u"betaalgegevens-klant"_s,
                                 u"--name"_s, u"Betaalgegevens klant"_s, u"--trigger"_s,
                                 u"einde-inschrijving"_s, u"--period"_s, u"0d"_s });
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    const QString path = m_tmp.filePath(u"register.pdf"_s);
    const Result exported = onStore({ u"register"_s, u"export"_s, u"--pdf"_s, path });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QProcess process;
    process.start(pdftotext, { path, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(text.contains(u"C.1 Woonfraude"_s), qPrintable(text.left(500)));
    QVERIFY(text.contains(u"C.2 Vroegsignalering"_s));
    QVERIFY2(text.contains(u"Bewaartermijnen"_s), qPrintable(text.right(800)));
    QVERIFY2(text.contains(u"Betaalgegevens klant"_s), qPrintable(text.right(800)));
    QVERIFY2(text.contains(u"tot einde inschrijving"_s), qPrintable(text.right(800)));
    // The tool speaks Dutch by default; before the lead's translation is in, the source text.
    // The controller and FG block (art. 30 lid 1 sub a AVG) takes room: every page numbered.
    const QRegularExpressionMatch first
        = QRegularExpression(u"(pagina|page) 1 (van|of) (\\d+)"_s).match(text);
    QVERIFY2(first.hasMatch(), qPrintable(text.right(300)));
    const QString last = first.captured(3);
    QVERIFY(text.contains(QRegularExpression(u"(pagina|page) %1 (van|of) %1"_s.arg(last))));
    QVERIFY(text.contains(QRegularExpression(u"Vertrouwelijk|Confidential"_s)));
}

void TestCliRegister::exportNeedsAFile()
{
    const Result nothing = onStore({ u"register"_s, u"export"_s });
    QCOMPARE(nothing.exitCode, 2);
    const Result unwritable = onStore(
        { u"register"_s, u"export"_s, u"--csv"_s, m_tmp.filePath(u"no/such/dir/r.csv"_s) });
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(!unwritable.err.isEmpty());
}

// `--subject "huurders en bezoekers"` is stored, and stderr says that the
// visitors match no relation of a person; a subject that does match says nothing.
void TestCliRegister::subjectsWithoutARelationWarn()
{
    const Result added = onStore(
        { u"register"_s, u"add"_s, u"--purpose-code"_s, u"E"_s, u"--purpose"_s, u"Leefbaarheid"_s,
          u"--sub-purpose"_s, u"Beveiliging van personen en gebouwen"_s, u"--name"_s,
          u"Cameratoezicht"_s, u"--basis"_s, u"f"_s, u"--subject"_s, u"huurders en bezoekers"_s,
          u"--data"_s, u"camerabeelden"_s, u"--system"_s, u"Camerasysteem"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.err.contains(u"‘bezoekers’"_s), qPrintable(added.err));
    QVERIFY2(!added.err.contains(u"‘huurders"_s), qPrintable(added.err));
    const QString code = added.out.trimmed();
    const Result set = onStore({ u"register"_s, u"set"_s, code, u"--subject"_s, u"huurders"_s,
                                 u"--subject"_s, u"woningzoekenden"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.err.trimmed().isEmpty(), qPrintable(set.err));
}

// --anonymous ja|nee on add and
// set, in the JSON; another value is a usage error.
void TestCliRegister::anonymousSurvey()
{
    const Result added
        = onStore({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"F"_s, u"--purpose"_s,
                    u"Enquêtes"_s, u"--sub-purpose"_s, u"Dienstverlening toetsen"_s, u"--name"_s,
                    u"Tevredenheidsenquête"_s, u"--basis"_s, u"f"_s, u"--subject"_s, u"huurders"_s,
                    u"--data"_s, u"antwoorden"_s, u"--anonymous"_s, u"ja"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString code = added.out.trimmed();
    const auto anonymousOf = [this](const QString &subCode) {
        for (const QJsonValue &a : list())
            if (a[u"subCode"_s].toString() == subCode)
                return a[u"anonymous"_s];
        return QJsonValue();
    };
    QCOMPARE(anonymousOf(code), QJsonValue(true));
    Result set = onStore({ u"register"_s, u"set"_s, code, u"--anonymous"_s, u"misschien"_s });
    QCOMPARE(set.exitCode, 2);
    QCOMPARE(anonymousOf(code), QJsonValue(true));
    set = onStore({ u"register"_s, u"set"_s, code, u"--anonymous"_s, u"nee"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(anonymousOf(code), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
