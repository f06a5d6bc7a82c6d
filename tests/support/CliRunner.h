#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd::test {

// The real privacydesk-cli, run in a clean environment: no password, store or language from the
// caller's environment, HOME and XDG_DATA_HOME inside the test's own folder. For the end-to-end
// tests of the command-line tool.
class CliRunner final
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // language: PRIVACYDESK_LANG for the tool ("en"), or empty for its default (Dutch).
    CliRunner(QString program, QString home, QString language = QString());

    void unsetEnvironment(const QString &name) { m_unset << name; }
    // A variable for the tool only, such as TZ for a computer in another zone.
    void setEnvironment(const QString &name, const QString &value) { m_set.insert(name, value); }
    Result run(const QStringList &arguments, const QByteArray &input = {},
               int timeoutMs = 60000) const;

    // The password of the store initStore makes.
    static inline const QString storePassword = QStringLiteral("vergeet-mij-niet-2026");
    // A new store in directory (`init --kdf test` as user), its password in an owner-only file.
    bool initStore(const QString &directory, const QString &user, QString *error);
    // An existing store instead (a folder, or a server store's postgresql:// URI), opened as
    // user with password (in an owner-only file as well); onStore then names the user.
    bool useStore(const QString &location, const QString &user, const QString &password,
                  QString *error);
    // run() on that store, with its password file.
    Result onStore(const QStringList &arguments, int timeoutMs = 60000) const;
    QString store() const { return m_store; }
    QString passwordFile() const { return m_passwordFile; }
    // test::renameTable on that store, opened as user for the rename and closed again.
    bool renameTable(const QString &user, const QString &from, const QString &to) const;

private:
    QString m_program;
    QString m_home;
    QString m_language;
    QStringList m_unset;
    QMap<QString, QString> m_set;
    QString m_store;
    QString m_passwordFile;
    QString m_user; // useStore's
};

// A closed request of a new person (name, customer number and a note), received and answered on
// the days given, through run (a CLI on some store, as a retention test's user): its number, or
// empty with a warning saying why. An objection granted: a granted inzage is answered only with
// its copy, made today, never on a day in the past.
QString addClosedRequest(const std::function<CliRunner::Result(const QStringList &)> &run,
                         const QString &name, const QString &klantnummer, const QString &received,
                         const QString &answered);

} // namespace pd::test
