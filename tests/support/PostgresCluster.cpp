#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace pd::test {

namespace {

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

Account nobody()
{
    const passwd *entry = ::getpwnam("nobody");
    return entry ? Account { entry->pw_uid, entry->pw_gid } : Account {};
}

// Makes path and everything in it nobody's (the server's data folder must be its own).
bool giveToNobody(const QString &path)
{
    const Account account = nobody();
    if (account.uid == 0)
        return false;
    return ::chown(QFile::encodeName(path).constData(), account.uid, account.gid) == 0;
}

} // namespace

namespace {

// Where the cluster's folder goes. A server store is hundreds of files, and every test function
// copies one and drops it again: on a disk file system that is most of a server test's time
// (ext4 spends it finding inodes), in memory (/dev/shm, when it has room) a fraction of it.
// As root the server runs as nobody, who must reach the folder: a test's own TMPDIR (a private
// QTemporaryDir of root's, as tst_casequery sets) is closed to nobody, so the cluster goes
// straight into /tmp then (still a temporary folder of its own).
QString clusterFolderBase()
{
    // Room for a few clusters at once (ctest -j), each up to a few hundred MB.
    constexpr qint64 memoryRoom = qint64(4) << 30;
    const QStorageInfo memory(QStringLiteral("/dev/shm"));
    if (memory.isValid() && memory.isReady() && !memory.isReadOnly()
        && memory.fileSystemType() == "tmpfs" && memory.bytesAvailable() >= memoryRoom
        && ::access("/dev/shm", W_OK | X_OK) == 0)
        return QStringLiteral("/dev/shm");
    return ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
}

const QString ownerFile = QStringLiteral("owner.pid");

// A zombie counts as gone: where nothing reaps orphans (a container without init), a stopped
// postmaster stays one.
bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(") ");
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}

qint64 firstNumber(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// Clusters left behind by a test that was killed (kill -9, a ctest timeout): its QTemporaryDir
// was never removed and its server still runs, in memory when the folder is in /dev/shm. Each
// cluster names the test process that owns it; one whose owner is gone is stopped (the
// postmaster's immediate shutdown, SIGQUIT) and removed. A folder without an owner file is left.
void sweepAbandonedClusters(const QString &base)
{
    const QDir folder(base);
    const QStringList names = folder.entryList({ QStringLiteral("privacydesk-pg-*") },
                                               QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        const qint64 owner = firstNumber(path + u'/' + ownerFile);
        if (owner <= 0 || processAlive(owner))
            continue;
        const qint64 postmaster = firstNumber(path + QStringLiteral("/data/postmaster.pid"));
        // On a loaded machine (ctest -j2 on two cores) an immediate shutdown can take longer than
        // its 5 s: then the postmaster is killed outright. Its backends may still be leaving
        // files as the folder goes, so the removal is tried again.
        for (const int signal : { SIGQUIT, SIGKILL }) {
            if (!processAlive(postmaster))
                break;
            ::kill(static_cast<pid_t>(postmaster), signal);
            for (int i = 0; i < 100 && processAlive(postmaster); ++i)
                QThread::msleep(50);
        }
        for (int attempt = 0; attempt < 5 && !processAlive(postmaster); ++attempt) {
            if (QDir(path).removeRecursively() || !QFileInfo::exists(path))
                break;
            QThread::msleep(200);
        }
    }
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_dir(std::make_unique<QTemporaryDir>(clusterFolderBase()
                                            + QStringLiteral("/privacydesk-pg-XXXXXX")))
{ }

PostgresCluster::~PostgresCluster()
{
    // After main() Qt's list of connections may be gone: a cluster that outlives the application
    // (a static one) closes its connection before, with closeConnection() from a post routine.
    if (QCoreApplication::instance())
        closeConnection();
    if (m_running) {
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            &ignored);
    }
}

void PostgresCluster::closeConnection()
{
    if (QSqlDatabase::contains(m_keptConnection)) {
        QSqlDatabase::database(m_keptConnection, false).close();
        QSqlDatabase::removeDatabase(m_keptConnection);
    }
}

QString PostgresCluster::binDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber newest;
    QString found;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber number = QVersionNumber::fromString(version);
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && number > newest) {
            newest = number;
            found = bin;
        }
    }
    return found;
}

QString PostgresCluster::socketDir() const
{
    return m_dir->filePath(QStringLiteral("socket"));
}

bool PostgresCluster::run(const QString &tool, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    if (m_asNobody) {
        // Under faketime (tests/support/at-moment.sh) the test shares libfaketime's semaphore
        // with its children by FAKETIME_SHARED, made by root and readable by root only: a server
        // run as nobody that inherits it may fail to start ("sem_open failed ... Permission
        // denied"). Without it the server keeps a state of its own; the clock's offset, which
        // FAKETIME gives, is the same.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FAKETIME_SHARED"));
        process.setProcessEnvironment(environment);
        const Account account = nobody();
        process.setChildProcessModifier([account] {
            // In the child, before exec: the server refuses to run as root.
            if (::setgroups(0, nullptr) != 0 || ::setgid(account.gid) != 0
                || ::setuid(account.uid) != 0)
                ::_exit(126);
        });
    }
    process.start(m_binDir + u'/' + tool, arguments);
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = tool + QStringLiteral(" failed (exit %1): ").arg(process.exitCode())
        + QString::fromLocal8Bit(process.readAll()).trimmed();
    return false;
}

bool PostgresCluster::start(QString *error)
{
    m_binDir = binDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (run "
                                "packaging/install-deps.sh)");
        return false;
    }
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
        return false;
    }
    sweepAbandonedClusters(QFileInfo(m_dir->path()).absolutePath());
    {
        QFile owner(m_dir->filePath(ownerFile));
        if (!owner.open(QIODevice::WriteOnly)
            || owner.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n') < 0) {
            *error = QStringLiteral("the cluster's owner file could not be written: ")
                + owner.errorString();
            return false;
        }
    }
    m_asNobody = ::geteuid() == 0;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!QDir().mkpath(socketDir())) {
        *error = QStringLiteral("the socket folder could not be made");
        return false;
    }
    if (m_asNobody && (!giveToNobody(m_dir->path()) || !giveToNobody(socketDir()))) {
        *error = QStringLiteral("the cluster's folder could not be given to the user nobody");
        return false;
    }
    if (!run(QStringLiteral("initdb"),
             { QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(),
               QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
               QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") },
             error))
        return false;
    // The superuser by the socket without a password (the tests set up what they need); every
    // other role logs in with its SCRAM-SHA-256 password, as on a corporation's server.
    {
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || hba.write("local all postgres trust\nlocal all all scram-sha-256\n") < 0) {
            *error = QStringLiteral("pg_hba.conf could not be written: ") + hba.errorString();
            return false;
        }
    }
    // A socket name per cluster: parallel tests each start their own.
    m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(40000));
    // A failed statement's text is not logged, as the README asks of IT: Qt sends the values
    // in the text, and `server check` names the setting that would log them.
    QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                     "-c log_min_error_statement=panic")
                          .arg(socketDir())
                          .arg(m_port);
    for (const QString &setting : std::as_const(m_settings))
        options += QStringLiteral(" -c ") + setting;
    if (!run(QStringLiteral("pg_ctl"),
             { QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
               m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
               QStringLiteral("start") },
             error)) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            *error += QStringLiteral("\n") + QString::fromUtf8(log.readAll()).right(2000);
        return false;
    }
    m_running = true;
    return true;
}

void PostgresCluster::setSetting(const QString &name, const QString &value)
{
    m_settings << name + QLatin1Char('=') + value;
}

QString PostgresCluster::serverLog(qsizetype lastChars) const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).right(lastChars)
                                         : QString();
}

bool PostgresCluster::execAsSuperuser(const QStringList &statements, QString *error,
                                      const QString &database, QStringList *rows) const
{
    // The cluster's own database "postgres" on one connection kept open (a new connection costs
    // the tests ~25 ms, and every store a test makes takes several); any other database, a
    // store's, on a connection of its own, closed again so that the store can be dropped.
    const bool kept = database == QStringLiteral("postgres");
    const QString connection = kept ? m_keptConnection : QStringLiteral("pd-test-superuser");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(socketDir());
            db.setPort(m_port);
            db.setUserName(superuser());
            db.setDatabaseName(database);
        }
        ok = db.isOpen() || db.open();
        if (!ok)
            *error = db.lastError().text();
        for (qsizetype i = 0; ok && i < statements.size(); ++i) {
            QSqlQuery query(db);
            ok = query.exec(statements.at(i));
            if (!ok)
                *error = statements.at(i) + QStringLiteral(": ") + query.lastError().text();
            else if (rows && i == statements.size() - 1) {
                while (query.next())
                    rows->append(query.value(0).toString());
            }
        }
        if (kept && db.isOpen()) {
            // The next caller starts as a new connection would: no role or setting left behind
            // (SET ROLE, client_min_messages); a connection that cannot is opened anew.
            QSqlQuery reset(db);
            if (!reset.exec(QStringLiteral("DISCARD ALL")))
                db.close();
        } else {
            db.close();
        }
    }
    if (!kept)
        QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace pd::test
