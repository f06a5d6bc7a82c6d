#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

// A private PostgreSQL cluster for the tests of the server backend: initdb in a
// temporary folder, the server listening on a unix socket in that folder only (no TCP), stopped
// and removed with the object. PostgreSQL refuses to run as root: when the tests run as root
// (CI), initdb and the server run as the unprivileged user "nobody", which then owns the folder.
// The superuser role is "postgres" and logs in by the socket without a password; every other
// role needs its SCRAM-SHA-256 password (pg_hba.conf), as Privacydesk's logins will.
class PostgresCluster final
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // A server setting (postgres -c name=value) for the next start(), e.g. max_connections for
    // a benchmark with more seats than the default 100 connections.
    void setSetting(const QString &name, const QString &value);
    // Creates and starts the cluster; false with *error (what failed, with the tool's output).
    bool start(QString *error);
    bool isRunning() const { return m_running; }

    QString socketDir() const; // the host for QPSQL and libpq: the folder of the socket
    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("postgres"); }
    // Runs statements in order as the superuser on database (on "postgres" on a connection kept
    // open, on any other on a connection of its own that is closed again), stopping at the first
    // that fails: false with *error (that statement and the server's message). With rows, the
    // first column of the last statement's rows.
    bool execAsSuperuser(const QStringList &statements, QString *error,
                         const QString &database = QStringLiteral("postgres"),
                         QStringList *rows = nullptr) const;
    // Closes execAsSuperuser's kept connection (it opens again when needed).
    void closeConnection();
    // The end of the server's log, for a test's failure: the errors, not the failed statements'
    // text (log_min_error_statement = panic, as the README asks of IT).
    QString serverLog(qsizetype lastChars = 4000) const;
    // The folder of initdb, pg_ctl and postgres of the newest installed server, or empty.
    static QString binDir();

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir; // binDir(), found once by start()
    QStringList m_settings; // "-c name=value" for start()
    int m_port = 0;
    bool m_running = false;
    // execAsSuperuser's connection to the database "postgres", one per cluster
    QString m_keptConnection
        = QStringLiteral("pd-test-superuser-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    bool m_asNobody = false;
};

} // namespace pd::test
