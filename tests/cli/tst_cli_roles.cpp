// privacydesk-cli per role, end to end: the real executable against a real store with a
// user of each role. Every command runs as the user whose password file it was given; what the
// role may not do fails with exit code 1 and the translated "Your role (…) does not allow this."
// on stderr, and nothing on stdout. A KCC-medewerker lists only the requests they logged in the
// last week, with the intake fields only. The tool's "today" is the system clock, so the dates
// here are relative to it.

#include "CliRunner.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {

using Result = CliRunner::Result;

struct Member
{
    QString role;
    QString login;
    QByteArray password;
};

const QList<Member> &members()
{
    static const QList<Member> all {
        { u"functionaris"_s, u"f.jansen"_s, "wachtwoord-van-jansen\n" },
        { u"kcc"_s, u"k.smit"_s, "wachtwoord-van-smit\n" },
        { u"kcc"_s, u"k.bakker"_s, "wachtwoord-van-bakker\n" },
        { u"auditor"_s, u"a.visser"_s, "wachtwoord-van-visser\n" },
    };
    return all;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QStringList numbersIn(const QString &json)
{
    QStringList numbers;
    for (const QJsonValue &c : QJsonDocument::fromJson(json.toUtf8()).array())
        numbers << c[u"number"_s].toString();
    numbers.sort();
    return numbers;
}

} // namespace

class TestCliRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kccListsOwnRecentRequests();
    void kccSeesIntakeFieldsOnly();
    void kccIsDeniedTheRest_data();
    void kccIsDeniedTheRest();
    void auditorReadsButWritesNothing();
    void functionarisHandlesButManagesNoUsers();
    void beheerderManagesUsers();
    void denialIsDutchByDefault();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    Result as(const QString &login, const QStringList &arguments,
              const CliRunner *cli = nullptr) const;
    QString addCase(const QString &login, const QString &person, QDate received) const;
    static void expectDenied(const Result &result, const char *what);

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QMap<QString, QString> m_passwordFiles; // login → file
    QDate m_today;
    QString m_smitToday;
    QString m_smitOld; // received eleven days ago
    QString m_bakkerToday;
    QString m_jansenToday;
};

QString TestCliRoles::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_tmp.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(content);
    }
    return path;
}

Result TestCliRoles::as(const QString &login, const QStringList &arguments,
                        const CliRunner *cli) const
{
    return (cli ? cli : m_cli.get())
        ->run(QStringList { u"--store"_s, m_cli->store(), u"--user"_s, login, u"--password-file"_s,
                            m_passwordFiles.value(login) }
              + arguments);
}

QString TestCliRoles::addCase(const QString &login, const QString &person, QDate received) const
{
    const Result added
        = as(login,
             { u"case"_s, u"add"_s, u"--person"_s, person, u"--type"_s, u"inzage"_s, u"--channel"_s,
               u"telefoon"_s, u"--received"_s, iso(received), u"--note"_s, u"Beller wil inzage"_s,
               u"--phone"_s, u"06-12345678"_s });
    if (added.exitCode != 0)
        qWarning("case add as %s: %s", qPrintable(login), qPrintable(added.err));
    return added.out.trimmed();
}

void TestCliRoles::expectDenied(const Result &result, const char *what)
{
    QVERIFY2(result.exitCode == 1, what);
    QVERIFY2(result.err.contains(u"does not allow this"_s), qPrintable(result.err));
    QVERIFY2(result.out.trimmed().isEmpty(), qPrintable(result.out));
}

void TestCliRoles::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_today = pd::systemClock().today();
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
    m_passwordFiles.insert(u"j.devries"_s, m_cli->passwordFile());
    for (const Member &member : members()) {
        const QString file = writeFile(member.login + u".txt"_s, member.password);
        m_passwordFiles.insert(member.login, file);
        const Result added = m_cli->onStore({ u"user"_s, u"add"_s, member.login, u"--role"_s,
                                              member.role, u"--new-password-file"_s, file });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    m_smitToday = addCase(u"k.smit"_s, u"Sanne de Boer"_s, m_today);
    m_smitOld = addCase(u"k.smit"_s, u"Gijs Kok"_s, m_today.addDays(-11));
    m_bakkerToday = addCase(u"k.bakker"_s, u"Henk Bos"_s, m_today);
    m_jansenToday = addCase(u"f.jansen"_s, u"Iris Smit"_s, m_today);
    for (const QString &number : { m_smitToday, m_smitOld, m_bakkerToday, m_jansenToday })
        QVERIFY(number.startsWith(u"AVG-"_s));
    // The organisation's details: an extension's notice can be made.
    for (const auto &[key, value] :
         { std::pair { u"organisation.name"_s, u"Woonstichting De Voorbeeldhaven"_s },
           std::pair { u"organisation.address"_s, u"Havenstraat 12, 1234 AB Voorbeeldstad"_s },
           std::pair { u"organisation.email"_s, u"privacy@voorbeeldhaven.nl"_s },
           std::pair { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s },
           std::pair { u"policy.period"_s, u"30d"_s },
           std::pair { u"policy.extension"_s, u"30d"_s } }) {
        const Result set = m_cli->onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    // The functionaris asks for identification on k.smit's call.
    const Result identified = as(
        u"f.jansen"_s, { u"case"_s, u"identify"_s, m_smitToday, u"--requested"_s, iso(m_today) });
    QVERIFY2(identified.exitCode == 0, qPrintable(identified.err));
}

void TestCliRoles::kccListsOwnRecentRequests()
{
    const Result smit = as(u"k.smit"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(smit.exitCode == 0, qPrintable(smit.err));
    QCOMPARE(numbersIn(smit.out), QStringList { m_smitToday });
    const Result bakker = as(u"k.bakker"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(bakker.exitCode == 0, qPrintable(bakker.err));
    QCOMPARE(numbersIn(bakker.out), QStringList { m_bakkerToday });
    // As text, the same one line.
    const Result text = as(u"k.smit"_s, { u"case"_s, u"list"_s });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed().split(u'\n').size(), 1);
    QVERIFY(text.out.contains(m_smitToday));
}

void TestCliRoles::kccSeesIntakeFieldsOnly()
{
    const Result shown = as(u"k.smit"_s, { u"case"_s, u"show"_s, m_smitToday, u"--json"_s });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(json.value(u"number"_s).toString(), m_smitToday);
    QCOMPARE(json.value(u"state"_s).toString(), u"identificatie"_s);
    QCOMPARE(json.value(u"description"_s).toString(), u"Beller wil inzage"_s);
    QCOMPARE(json.value(u"callback_phone"_s).toString(), u"06-12345678"_s);
    QVERIFY(json.value(u"intake_only"_s).toBool());
    QVERIFY(!json.value(u"deadlines"_s).toObject().value(u"current"_s).toString().isEmpty());
    for (const char *hidden : { "identification", "extension", "outcome", "grounds", "handler" })
        QVERIFY2(!json.contains(QLatin1StringView(hidden)), hidden);

    // The functionaris sees the whole request.
    const Result full = as(u"f.jansen"_s, { u"case"_s, u"show"_s, m_smitToday, u"--json"_s });
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const QJsonObject whole = QJsonDocument::fromJson(full.out.toUtf8()).object();
    QCOMPARE(whole.value(u"identification"_s).toObject().value(u"requested"_s).toString(),
             iso(m_today));
    QCOMPARE(whole.value(u"deadlines"_s).toObject().value(u"current"_s),
             json.value(u"deadlines"_s).toObject().value(u"current"_s));
}

void TestCliRoles::kccIsDeniedTheRest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show another's request") << QStringList { u"case"_s, u"show"_s, u"@bakker"_s };
    QTest::newRow("show an own older request") << QStringList { u"case"_s, u"show"_s, u"@old"_s };
    QTest::newRow("timeline of an own request")
        << QStringList { u"case"_s, u"timeline"_s, u"@own"_s };
    QTest::newRow("extend") << QStringList { u"case"_s,     u"extend"_s,  u"@own"_s,
                                             u"--reason"_s, u"Complex"_s, u"--notified"_s,
                                             u"@today"_s };
    QTest::newRow("letter kinds") << QStringList { u"letter"_s, u"kinds"_s, u"@own"_s };
    QTest::newRow("disclosure list") << QStringList { u"disclosure"_s, u"list"_s };
    QTest::newRow("recipient list") << QStringList { u"recipient"_s, u"list"_s };
    QTest::newRow("register list") << QStringList { u"register"_s, u"list"_s };
    QTest::newRow("retention rules") << QStringList { u"retention"_s, u"rules"_s };
    QTest::newRow("retention due") << QStringList { u"retention"_s, u"due"_s };
    QTest::newRow("retention log") << QStringList { u"retention"_s, u"log"_s };
    QTest::newRow("report dashboard") << QStringList { u"report"_s, u"dashboard"_s };
    QTest::newRow("user add") << QStringList { u"user"_s,   u"add"_s, u"x.nieuw"_s,
                                               u"--role"_s, u"kcc"_s, u"--new-password-file"_s,
                                               u"@file"_s };
}

void TestCliRoles::kccIsDeniedTheRest()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument == u"@bakker"_s)
            argument = m_bakkerToday;
        else if (argument == u"@old"_s)
            argument = m_smitOld;
        else if (argument == u"@own"_s)
            argument = m_smitToday;
        else if (argument == u"@today"_s)
            argument = iso(m_today);
        else if (argument == u"@file"_s)
            argument = m_passwordFiles.value(u"k.bakker"_s);
    }
    expectDenied(as(u"k.smit"_s, arguments), QTest::currentDataTag());
}

void TestCliRoles::auditorReadsButWritesNothing()
{
    const Result listed = as(u"a.visser"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(numbersIn(listed.out).size(), 4);
    const Result timeline = as(u"a.visser"_s, { u"case"_s, u"timeline"_s, m_smitToday });
    QVERIFY2(timeline.exitCode == 0, qPrintable(timeline.err));
    for (const QStringList &read :
         { QStringList { u"disclosure"_s, u"list"_s }, QStringList { u"register"_s, u"list"_s },
           QStringList { u"retention"_s, u"rules"_s },
           QStringList { u"report"_s, u"dashboard"_s, u"--json"_s } }) {
        const Result result = as(u"a.visser"_s, read);
        QVERIFY2(result.exitCode == 0, qPrintable(read.join(u' ') + u": "_s + result.err));
    }
    expectDenied(as(u"a.visser"_s,
                    { u"case"_s, u"add"_s, u"--person"_s, u"Jan Klaassen"_s, u"--type"_s,
                      u"inzage"_s, u"--channel"_s, u"email"_s, u"--received"_s, iso(m_today) }),
                 "case add");
    expectDenied(as(u"a.visser"_s,
                    { u"case"_s, u"extend"_s, m_jansenToday, u"--reason"_s, u"Veel gegevens"_s,
                      u"--notified"_s, iso(m_today) }),
                 "case extend");
    const Result unchanged = as(u"a.visser"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QCOMPARE(numbersIn(unchanged.out).size(), 4);
}

void TestCliRoles::functionarisHandlesButManagesNoUsers()
{
    const Result listed = as(u"f.jansen"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(numbersIn(listed.out).size(), 4);
    const Result extended = as(u"f.jansen"_s,
                               { u"case"_s, u"extend"_s, m_jansenToday, u"--reason"_s,
                                 u"Gegevens uit drie systemen"_s, u"--notified"_s, iso(m_today) });
    QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
    const Result disclosures = as(u"f.jansen"_s, { u"disclosure"_s, u"list"_s });
    QVERIFY2(disclosures.exitCode == 0, qPrintable(disclosures.err));
    expectDenied(as(u"f.jansen"_s,
                    { u"user"_s, u"add"_s, u"x.nieuw"_s, u"--role"_s, u"kcc"_s,
                      u"--new-password-file"_s, m_passwordFiles.value(u"k.bakker"_s) }),
                 "user add");
}

void TestCliRoles::beheerderManagesUsers()
{
    const Result listed = as(u"j.devries"_s, { u"user"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 5);
    const Result cases = as(u"j.devries"_s, { u"case"_s, u"list"_s, u"--json"_s });
    QCOMPARE(numbersIn(cases.out).size(), 4);
}

void TestCliRoles::denialIsDutchByDefault()
{
    const CliRunner dutch(QStringLiteral(CLI_PATH), m_tmp.path());
    const Result result = as(u"k.smit"_s, { u"disclosure"_s, u"list"_s }, &dutch);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"staat dit niet toe"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
