#include "CliRunner.h"

#include "TestSupport.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace pd::test {

CliRunner::CliRunner(QString program, QString home, QString language)
    : m_program(std::move(program))
    , m_home(std::move(home))
    , m_language(std::move(language))
{ }

CliRunner::Result CliRunner::run(const QStringList &arguments, const QByteArray &input,
                                 int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "PRIVACYDESK_PASSWORD", "PRIVACYDESK_STORE", "PRIVACYDESK_LANG" })
        env.remove(QLatin1StringView(name));
    for (const QString &name : m_unset)
        env.remove(name);
    for (auto it = m_set.cbegin(); it != m_set.cend(); ++it)
        env.insert(it.key(), it.value());
    if (!m_language.isEmpty())
        env.insert(QStringLiteral("PRIVACYDESK_LANG"), m_language);
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

bool CliRunner::initStore(const QString &directory, const QString &user, QString *error)
{
    m_store = directory;
    m_passwordFile = QDir(m_home).filePath(QStringLiteral("wachtwoord.txt"));
    QFile file(m_passwordFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(storePassword.toUtf8() + '\n');
    file.close();
    const Result created
        = run({ QStringLiteral("--store"), m_store, QStringLiteral("init"),
                QStringLiteral("--user"), user, QStringLiteral("--kdf"), QStringLiteral("test"),
                QStringLiteral("--password-file"), m_passwordFile });
    *error = created.err;
    return created.exitCode == 0;
}

bool CliRunner::useStore(const QString &location, const QString &user, const QString &password,
                         QString *error)
{
    m_store = location;
    m_user = user;
    m_passwordFile = QDir(m_home).filePath(QStringLiteral("wachtwoord.txt"));
    QFile file(m_passwordFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(password.toUtf8() + '\n');
    return true;
}

bool CliRunner::renameTable(const QString &user, const QString &from, const QString &to) const
{
    const std::unique_ptr<Store> store = openStoreAs(m_store, user, storePassword);
    return store && test::renameTable(store->database(), from, to);
}

CliRunner::Result CliRunner::onStore(const QStringList &arguments, int timeoutMs) const
{
    QStringList options { QStringLiteral("--store"), m_store, QStringLiteral("--password-file"),
                          m_passwordFile };
    if (!m_user.isEmpty())
        options << QStringLiteral("--user") << m_user;
    return run(options + arguments, {}, timeoutMs);
}

QString addClosedRequest(const std::function<CliRunner::Result(const QStringList &)> &run,
                         const QString &name, const QString &klantnummer, const QString &received,
                         const QString &answered)
{
    const CliRunner::Result added
        = run({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--person"), name,
                QStringLiteral("--klantnummer"), klantnummer, QStringLiteral("--type"),
                QStringLiteral("bezwaar"), QStringLiteral("--channel"), QStringLiteral("email"),
                QStringLiteral("--received"), received, QStringLiteral("--note"),
                QStringLiteral("lekkage bij %1").arg(name) });
    if (added.exitCode != 0) {
        qWarning("case add: %s", qPrintable(added.err));
        return {};
    }
    const QString number = added.out.trimmed();
    const CliRunner::Result done = run(
        { QStringLiteral("case"), QStringLiteral("complete"), number, QStringLiteral("--outcome"),
          QStringLiteral("toegewezen"), QStringLiteral("--answered"), answered,
          QStringLiteral("--answer-channel"), QStringLiteral("brief"),
          QStringLiteral("--no-identification-reason"), QStringLiteral("Bekende huurder") });
    if (done.exitCode != 0) {
        qWarning("case complete: %s", qPrintable(done.err));
        return {};
    }
    return number;
}

} // namespace pd::test
