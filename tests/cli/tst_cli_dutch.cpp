// privacydesk-cli speaks Dutch as an officer reads it: the help of every command in
// Dutch, argument names included, every description in one mood (the infinitive), one formula
// for a missing option ("… heeft … nodig"), Dutch dates and decimal commas in messages (ISO
// 8601 only in --json), and counts that agree with their noun (1 verzoek, 2 verzoeken).

#include "CliRunner.h"
#include "util/Clock.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {

using Result = CliRunner::Result;

// English words that are no Dutch words: one of them in the Dutch help is an untranslated text.
const QSet<QString> englishWords {
    u"the"_s,      u"and"_s,       u"with"_s,      u"for"_s,         u"from"_s,      u"to"_s,
    u"this"_s,     u"that"_s,      u"which"_s,     u"show"_s,        u"shows"_s,     u"list"_s,
    u"lists"_s,    u"file"_s,      u"files"_s,     u"number"_s,      u"name"_s,      u"command"_s,
    u"commands"_s, u"options"_s,   u"arguments"_s, u"usage"_s,       u"default"_s,   u"request"_s,
    u"requests"_s, u"store"_s,     u"user"_s,      u"users"_s,       u"password"_s,  u"folder"_s,
    u"date"_s,     u"key"_s,       u"value"_s,     u"kind"_s,        u"record"_s,    u"when"_s,
    u"only"_s,     u"new"_s,       u"not"_s,       u"one"_s,         u"print"_s,     u"write"_s,
    u"read"_s,     u"add"_s,       u"remove"_s,    u"logged"_s,      u"needs"_s,     u"receipt"_s,
    u"deadline"_s, u"deadlines"_s, u"retention"_s, u"disclosure"_s,  u"recipient"_s, u"case"_s,
    u"dir"_s,      u"log"_s,       u"displays"_s,  u"information"_s,
};

// The argument names a usage line may show after "[opties]".
const QSet<QString> dutchArgumentNames { u"NUMMER"_s, u"BESTAND"_s,     u"NAAM"_s,
                                         u"ID"_s,     u"BRIEF"_s,       u"CODE"_s,
                                         u"MAP"_s,    u"SOORT"_s,       u"INSTELLING"_s,
                                         u"WAARDE"_s, u"KLANTNUMMER"_s, u"opdracht"_s,
                                         u"JAAR"_s,   u"BRIEF_ID"_s };

// Dutch imperatives that started descriptions once; the help now uses the infinitive
// ("De verzoeken tonen.").
const QSet<QString> imperatives {
    u"Toon"_s, u"Maak"_s,        u"Voeg"_s,      u"Registreer"_s, u"Leg"_s,     u"Verleng"_s,
    u"Rond"_s, u"Heropen"_s,     u"Bereken"_s,   u"Controleer"_s, u"Schrijf"_s, u"Stel"_s,
    u"Hef"_s,  u"Verwijder"_s,   u"Wijzig"_s,    u"Vervang"_s,    u"Lees"_s,    u"Bevestig"_s,
    u"Laat"_s, u"Overschrijf"_s, u"Verschuif"_s, u"Geef"_s,
};

// Removes what the help shows literally and may be English by design: option names, the JSON
// keys in {…}, codes in […], JSON keys in "…" or ‘…’, paths, and the command names themselves.
QString prose(QString text, const QStringList &commandNames)
{
    static const QRegularExpression optionName(u"--?[A-Za-z0-9][A-Za-z0-9-]*"_s);
    static const QRegularExpression braces(u"\\{[^{}]*\\}"_s);
    static const QRegularExpression brackets(u"\\[[^\\[\\]]*\\]"_s);
    static const QRegularExpression quoted(u"\"[^\"]*\"|\u2018[^\u2019]*\u2019"_s);
    static const QRegularExpression path(u"\\S*/\\S*"_s);
    static const QRegularExpression environment(u"\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"_s);
    for (int i = 0; i < 3; ++i) // nested lists such as {recipients: [{recipient: {…}}]}
        text.remove(braces).remove(brackets);
    text.remove(quoted).remove(path).remove(environment);
    // The command names before the options: "write-back" would otherwise lose "-back" as if it
    // were an option, and leave "write".
    QStringList names = commandNames;
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names))
        text.remove(QRegularExpression(u"\\b"_s + QRegularExpression::escape(name) + u"\\b"_s));
    text.remove(optionName);
    return text;
}

QStringList englishIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression word(u"[A-Za-z]+"_s);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (englishWords.contains(w))
            found << w;
    }
    return found;
}

// The descriptions in a help text: the summary under the usage line, the commands' column and
// each option's first line; Qt's own -h/--help-all/-v lines keep Qt's translation.
QStringList descriptions(const QString &help)
{
    QStringList result;
    const QStringList lines = help.split(u'\n');
    if (lines.size() > 1)
        result << lines.at(1).trimmed();
    static const QRegularExpression row(u"^  (\\S.*?)\\s{2,}(\\S.*)$"_s);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        const QString head = m.captured(1);
        if (head.startsWith(u"-h,"_s) || head == u"--help-all"_s || head.startsWith(u"-v,"_s))
            continue;
        result << m.captured(2);
    }
    return result;
}

} // namespace

class TestCliDutch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpOfEveryCommandIsDutch();
    void missingOptionsOneFormula_data();
    void missingOptionsOneFormula();
    void datesInMessagesIsoInJson();
    void demoCountsAndDecimalComma();
    void countsAgreeWithTheirNoun();

private:
    Result cli(const QStringList &arguments) const { return m_cli->run(arguments); }
    QStringList commandNames() const;

    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliDutch::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_home.path());
}

QStringList TestCliDutch::commandNames() const
{
    const Result top = cli({ u"--help"_s });
    QStringList names;
    bool inList = false;
    static const QRegularExpression name(u"^  ([a-z0-9-]+(?: [a-z0-9-]+)*)  "_s);
    for (const QString &line : top.out.split(u'\n')) {
        if (line == u"Opdrachten:"_s) {
            inList = true;
        } else if (inList && line.trimmed().isEmpty()) {
            break;
        } else if (inList) {
            const QRegularExpressionMatch m = name.match(line);
            if (m.hasMatch())
                names << m.captured(1);
        }
    }
    return names;
}

void TestCliDutch::helpOfEveryCommandIsDutch()
{
    const QStringList names = commandNames();
    // All of them, from init to settings set.
    QVERIFY2(names.size() >= 50, qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"case show"_s));
    QVERIFY(names.contains(u"settings set"_s));

    QStringList runs { QString() };
    runs += names;
    for (const QString &command : std::as_const(runs)) {
        QStringList arguments = command.split(u' ', Qt::SkipEmptyParts);
        arguments << u"--help"_s;
        const Result help = cli(arguments);
        const QString where = command.isEmpty() ? u"--help"_s : command + u" --help"_s;
        QVERIFY2(help.exitCode == 0, qPrintable(where + u": "_s + help.err));

        // The usage line names the command as it is typed, then Dutch argument names.
        const QString usage = help.out.section(u'\n', 0, 0);
        QVERIFY2(usage.startsWith(u"Gebruik: "_s), qPrintable(where + u": "_s + usage));
        const QString program = usage.section(u' ', 1, 1);
        const QString afterProgram = usage.mid(usage.indexOf(program) + program.size() + 1);
        QVERIFY2(
            afterProgram.startsWith(command.isEmpty() ? u"[opties]"_s : command + u" [opties]"_s),
            qPrintable(where + u": "_s + usage));
        for (const QString &argument :
             afterProgram.section(u"[opties]"_s, 1).split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(dutchArgumentNames.contains(argument), qPrintable(where + u": "_s + usage));

        const QStringList english = englishIn(prose(help.out, names));
        QVERIFY2(
            english.isEmpty(),
            qPrintable(where + u": English words "_s + english.join(u", "_s) + u"\n"_s + help.out));

        for (const QString &description : descriptions(help.out)) {
            const QString first = description.section(u' ', 0, 0);
            QVERIFY2(!imperatives.contains(first),
                     qPrintable(where + u": not in the infinitive: "_s + description));
        }
    }

    // The English help keeps its own names.
    const CliRunner english(QStringLiteral(CLI_PATH), m_home.path(), u"en"_s);
    const Result show = english.run({ u"case"_s, u"show"_s, u"--help"_s });
    QVERIFY2(show.out.contains(u"case show [options] NUMBER"_s), qPrintable(show.out));
}

void TestCliDutch::missingOptionsOneFormula_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deadline without --received")
        << QStringList { u"deadline"_s } << u"deadline heeft --received JJJJ-MM-DD nodig."_s;
    QTest::newRow("a bad --id-model")
        << QStringList { u"deadline"_s, u"--received"_s, u"2026-02-01"_s, u"--id-model"_s,
                         u"wachten"_s }
        << u"--id-model heeft pause of restart nodig."_s;
    QTest::newRow("a bad closing day")
        << QStringList { u"deadline"_s, u"--received"_s, u"2026-02-01"_s, u"--closing-day"_s,
                         u"1-5-2026"_s }
        << u"--closing-day heeft een datum als JJJJ-MM-DD nodig."_s;
    QTest::newRow("a bad --cases") << QStringList { u"demo"_s, u"--cases"_s, u"veel"_s }
                                   << u"--cases heeft een getal van 0 tot en met 1000000 nodig."_s;
    QTest::newRow("a bad date") << QStringList { u"case"_s, u"list"_s, u"--overdue-on"_s,
                                                 u"21-11-2026"_s }
                                << u"--overdue-on heeft een datum als JJJJ-MM-DD nodig, "
                                   u"niet ‘21-11-2026’."_s;
}

void TestCliDutch::missingOptionsOneFormula()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, u"privacydesk-cli: "_s + expected + u'\n');
}

void TestCliDutch::datesInMessagesIsoInJson()
{
    // domain.md's example: received 1 Feb 2026, legal deadline Monday 2 March.
    const Result text = cli({ u"deadline"_s, u"--received"_s, u"2026-02-01"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Wettelijk: 02-03-2026 (verlengd 01-05-2026)"_s),
             qPrintable(text.out));
    QVERIFY2(!text.out.contains(u"2026-03-02"_s), qPrintable(text.out));
    const Result json = cli({ u"deadline"_s, u"--received"_s, u"2026-02-01"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject deadlines
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"deadlines"_s).toObject();
    QCOMPARE(deadlines.value(u"legal"_s).toString(), u"2026-03-02"_s);
}

void TestCliDutch::demoCountsAndDecimalComma()
{
    // Two demo stores, of one and of two requests: the noun follows the count and the seconds
    // have a decimal comma ("in 0,4 s.").
    const QString one = QDir(m_home.path()).filePath(u"een"_s);
    const QString two = QDir(m_home.path()).filePath(u"twee"_s);
    const QString passwordFile = QDir(m_home.path()).filePath(u"demo-wachtwoord.txt"_s);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write("demo-wachtwoord-2026\n");
    }
    const Result single = cli(
        { u"demo"_s, u"--store"_s, one, u"--cases"_s, u"1"_s, u"--password-file"_s, passwordFile });
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    static const QRegularExpression seconds(u" in \\d+,\\d s\\.\\n$"_s);
    QVERIFY2(single.out.contains(u" met 1 fictief verzoek (gebruiker demo) in "_s),
             qPrintable(single.out));
    QVERIFY2(seconds.match(single.out).hasMatch(), qPrintable(single.out));
    QVERIFY2(single.err.contains(u"1 van 1 fictief verzoek geschreven"_s), qPrintable(single.err));

    const Result pair = cli(
        { u"demo"_s, u"--store"_s, two, u"--cases"_s, u"2"_s, u"--password-file"_s, passwordFile });
    QVERIFY2(pair.exitCode == 0, qPrintable(pair.err));
    QVERIFY2(pair.out.contains(u" met 2 fictieve verzoeken (gebruiker demo) in "_s),
             qPrintable(pair.out));
    QVERIFY2(seconds.match(pair.out).hasMatch(), qPrintable(pair.out));

    // info: every value in one column, the creation moment as a Dutch date and time.
    const Result info = cli({ u"info"_s, u"--store"_s, one, u"--password-file"_s, passwordFile });
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    static const QRegularExpression created(
        u"^Aangemaakt:     \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d$"_s,
        QRegularExpression::MultilineOption);
    QVERIFY2(created.match(info.out).hasMatch(), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"\nSchemaversie:   "_s), qPrintable(info.out));
    for (const QString &line : info.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(u':'))
            QVERIFY2(line.at(15) == u' ' && line.at(16) != u' ', qPrintable(line));
    }
}

// One and two of a thing on a store of its own: disclosures still to inform in the dashboard,
// open requests that stop a destruction.
void TestCliDutch::countsAgreeWithTheirNoun()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    CliRunner cliOnStore(QStringLiteral(CLI_PATH), home.path());
    QString error;
    QVERIFY2(cliOnStore.initStore(home.filePath(u"kluis"_s), u"a.bakker"_s, &error),
             qPrintable(error));
    const Result request = cliOnStore.onStore(
        { u"case"_s, u"add"_s, u"--person"_s, u"Anna de Wit"_s, u"--klantnummer"_s, u"K1"_s,
          u"--type"_s, u"inzage"_s, u"--channel"_s, u"email"_s, u"--received"_s,
          pd::systemClock().today().toString(Qt::ISODate) });
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    const Result recipient = cliOnStore.onStore(
        { u"recipient"_s, u"add"_s, u"Gemeente Voorbeeld"_s, u"--category"_s, u"gemeente"_s });
    QVERIFY2(recipient.exitCode == 0, qPrintable(recipient.err));

    const auto disclose = [&] {
        const Result added = cliOnStore.onStore(
            { u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Gemeente Voorbeeld"_s, u"--person"_s,
              u"K1"_s, u"--data"_s, u"naw"_s, u"--purpose"_s, u"Huurtoeslag"_s, u"--basis"_s,
              u"c"_s, u"--basis-text"_s, u"Wet op de huurtoeslag"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    };
    const auto dashboard = [&] {
        const Result report = cliOnStore.onStore({ u"report"_s, u"dashboard"_s });
        if (report.exitCode != 0)
            return report.err;
        return report.out;
    };
    disclose();
    QVERIFY2(dashboard().contains(u"Nog te informeren betrokkenen: 1 (1 verstrekking);"_s),
             qPrintable(dashboard()));
    disclose();
    QVERIFY2(dashboard().contains(u"Nog te informeren betrokkenen: 1 (2 verstrekkingen);"_s),
             qPrintable(dashboard()));
    // The dashboard's other counts keep the same words in the same order.
    QVERIFY2(dashboard().contains(u"  Vernietigingsstops: 0; daardoor niet vernietigd: 0 verlopen "
                                  u"onderdelen"_s),
             qPrintable(dashboard()));
    QVERIFY2(dashboard().contains(u"  Te laat: 0; termijn verloopt vandaag: 0; binnen 7 dagen: "_s),
             qPrintable(dashboard()));

    // retention destroy names the open requests that stop it: one, then two.
    const QStringList destroy { u"retention"_s, u"destroy"_s, u"--person"_s, u"K1"_s };
    const Result oneOpen = cliOnStore.onStore(destroy);
    QCOMPARE(oneOpen.exitCode, 1);
    static const QRegularExpression one(
        u"privacydesk-cli: Verzoek AVG-\\d{4}-0001 loopt nog\\.\\n$"_s);
    QVERIFY2(one.match(oneOpen.err).hasMatch(), qPrintable(oneOpen.err));
    const Result second
        = cliOnStore.onStore({ u"case"_s, u"add"_s, u"--klantnummer"_s, u"K1"_s, u"--type"_s,
                               u"inzage"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
                               pd::systemClock().today().toString(Qt::ISODate) });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const Result twoOpen = cliOnStore.onStore(destroy);
    QCOMPARE(twoOpen.exitCode, 1);
    static const QRegularExpression two(
        u"privacydesk-cli: De verzoeken AVG-\\d{4}-0001, AVG-\\d{4}-0002 lopen nog\\.\\n$"_s);
    QVERIFY2(two.match(twoOpen.err).hasMatch(), qPrintable(twoOpen.err));
}

QTEST_GUILESS_MAIN(TestCliDutch)
#include "tst_cli_dutch.moc"
