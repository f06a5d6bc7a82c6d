// One refusal code, one event: every write a role may not do fails through the real
// privacydesk-cli with exit code 1, the code [denied] on stderr and nothing on stdout, and
// leaves exactly one user.denied event in the store: not zero (a refused restore used to leave
// none) and not two.

#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "util/Clock.h"

#include <QDate>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
        { u"functionaris"_s, u"f.jansen"_s, "wachtwoord-van-jansen" },
        { u"kcc"_s, u"k.smit"_s, "wachtwoord-van-smit" },
        { u"auditor"_s, u"a.visser"_s, "wachtwoord-van-visser" },
    };
    return all;
}

} // namespace

class TestCliDenied final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedWritesLeaveOneEvent_data();
    void refusedWritesLeaveOneEvent();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    Result as(const QString &login, const QStringList &arguments) const;
    int denialsNow() const; // user.denied events in the store, read as the beheerder

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QMap<QString, QString> m_passwordFiles; // login → file
    QString m_case;
    QString m_backup;
    QString m_template;
    QString m_import;
};

QString TestCliDenied::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_tmp.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(content);
    }
    return path;
}

Result TestCliDenied::as(const QString &login, const QStringList &arguments) const
{
    return m_cli->run(QStringList { u"--store"_s, m_cli->store(), u"--user"_s, login,
                                    u"--password-file"_s, m_passwordFiles.value(login) }
                      + arguments);
}

int TestCliDenied::denialsNow() const
{
    QFile file(m_cli->passwordFile());
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const auto store
        = openStoreAs(m_cli->store(), u"j.devries"_s, QString::fromUtf8(file.readAll()).trimmed());
    return store ? denials(*store) : -1;
}

void TestCliDenied::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(pd::initSodium());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
    m_passwordFiles.insert(u"j.devries"_s, m_cli->passwordFile());
    for (const Member &member : members()) {
        const QString file = writeFile(member.login + u".txt"_s, member.password + '\n');
        m_passwordFiles.insert(member.login, file);
        const Result added = m_cli->onStore({ u"user"_s, u"add"_s, member.login, u"--role"_s,
                                              member.role, u"--new-password-file"_s, file });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const Result added = m_cli->onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Sanne de Boer"_s,
                                          u"--klantnummer"_s, u"K1"_s, u"--type"_s, u"inzage"_s,
                                          u"--channel"_s, u"email"_s, u"--received"_s,
                                          pd::systemClock().today().toString(Qt::ISODate) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_case = added.out.trimmed();
    const Result backup = m_cli->onStore({ u"backup"_s, u"--to"_s, m_tmp.filePath(u"backup"_s) });
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    m_backup = onlySubfolder(m_tmp.filePath(u"backup"_s)); // the dated folder inside --to
    QVERIFY(!m_backup.isEmpty());
    m_template = writeFile(u"sjabloon.html"_s, "<p>Geachte {{betrokkene.naam}},</p>");
    m_import = writeFile(u"import.csv"_s, "klantnummer;naam\nK9;Nieuw\n");
}

void TestCliDenied::refusedWritesLeaveOneEvent_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("arguments");
    const QString today = pd::systemClock().today().toString(Qt::ISODate);
    const QStringList caseAdd { u"case"_s,       u"add"_s,    u"--person"_s,  u"Jan"_s,
                                u"--type"_s,     u"inzage"_s, u"--channel"_s, u"email"_s,
                                u"--received"_s, today };
    const QStringList extend { u"case"_s,          u"extend"_s,     u"@case"_s, u"--reason"_s,
                               u"Veel gegevens"_s, u"--notified"_s, today };
    const QStringList note { u"case"_s, u"note"_s, u"@case"_s, u"--text"_s, u"Notitie"_s };
    const QStringList hold { u"retention"_s, u"hold"_s,     u"--person"_s,
                             u"K1"_s,        u"--reason"_s, u"Klacht bij de AP"_s };
    const QStringList setting { u"settings"_s, u"set"_s, u"organisation.name"_s,
                                u"Woonstichting Anders"_s };
    const QStringList templateSet { u"letter"_s, u"template"_s, u"set"_s, u"ontvangstbevestiging"_s,
                                    u"--file"_s, u"@template"_s };
    const QStringList templateReset { u"letter"_s, u"template"_s, u"reset"_s,
                                      u"ontvangstbevestiging"_s };
    const QStringList import { u"import"_s, u"persons"_s, u"@import"_s };
    const QStringList backup { u"backup"_s, u"--to"_s, u"@newbackup"_s };
    const QStringList restore { u"restore"_s, u"--from"_s, u"@backup"_s };
    const QStringList userAdd { u"user"_s,     u"add"_s, u"x.nieuw"_s,
                                u"--role"_s,   u"kcc"_s, u"--new-password-file"_s,
                                u"@password"_s };

    const auto row = [](const char *role, const char *what, const QString &login,
                        const QStringList &arguments) {
        QTest::addRow("%s %s", role, what) << login << arguments;
    };
    for (const auto &[what, arguments] :
         { std::pair { "case add", caseAdd }, std::pair { "case extend", extend },
           std::pair { "case note", note }, std::pair { "retention hold", hold },
           std::pair { "settings set", setting }, std::pair { "template set", templateSet },
           std::pair { "template reset", templateReset }, std::pair { "import", import },
           std::pair { "backup", backup }, std::pair { "restore", restore },
           std::pair { "user add", userAdd } })
        row("auditor", what, u"a.visser"_s, arguments);
    for (const auto &[what, arguments] :
         { std::pair { "case note", note }, std::pair { "retention hold", hold },
           std::pair { "settings set", setting }, std::pair { "template reset", templateReset },
           std::pair { "import", import }, std::pair { "backup", backup },
           std::pair { "restore", restore }, std::pair { "user add", userAdd } })
        row("kcc", what, u"k.smit"_s, arguments);
    for (const auto &[what, arguments] :
         { std::pair { "settings set", setting }, std::pair { "template set", templateSet },
           std::pair { "template reset", templateReset }, std::pair { "restore", restore },
           std::pair { "user add", userAdd } })
        row("functionaris", what, u"f.jansen"_s, arguments);
}

void TestCliDenied::refusedWritesLeaveOneEvent()
{
    QFETCH(QString, login);
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument == u"@case"_s)
            argument = m_case;
        else if (argument == u"@template"_s)
            argument = m_template;
        else if (argument == u"@import"_s)
            argument = m_import;
        else if (argument == u"@backup"_s)
            argument = m_backup;
        else if (argument == u"@newbackup"_s)
            argument = m_tmp.filePath(u"backup-"_s + login);
        else if (argument == u"@password"_s)
            argument = m_passwordFiles.value(u"k.smit"_s);
    }
    const int before = denialsNow();
    QVERIFY(before >= 0);
    const Result result = as(login, arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"[denied]"_s), qPrintable(result.err));
    QVERIFY2(result.out.trimmed().isEmpty(), qPrintable(result.out));
    QCOMPARE(denialsNow(), before + 1);
}

QTEST_GUILESS_MAIN(TestCliDenied)
#include "tst_cli_denied.moc"
