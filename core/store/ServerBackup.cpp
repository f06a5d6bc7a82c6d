#include "store/ServerBackup.h"

#include "crypto/SecureBytes.h"
#include "store/ServerBackupFile.h"
#include "store/ServerConnection.h"
#include "store/StorePrivate.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVersionNumber>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sodium.h>
#include <unistd.h>

namespace pd {

using namespace Qt::StringLiterals;
using namespace serverbackup;

namespace {

// How much of a tool's message goes into an error.
constexpr qsizetype maxToolMessage = 2000;

// Unicode characters in UTF-8 bytes, counted without a QString copy of the passphrase.
qsizetype characterCount(const SecureBytes &utf8)
{
    qsizetype count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((utf8.data()[i] & 0xC0) != 0x80)
            ++count;
    return count;
}

// A value in libpq's connection string: quoted, with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'\'', "\\'"_L1);
    return u'\'' + escaped + u'\'';
}

// The environment of pg_dump and pg_restore: the password in PGPASSWORD (on Linux only the same
// user and root can read a process's environment; on the command line every user could see it
// in ps), and no other PG* variable of ours that could send the tool elsewhere (PGHOST,
// PGSERVICE, PGSSLMODE …): the connection string says everything. Qt keeps its own copy of the
// value, which cannot be wiped.
QProcessEnvironment environmentWithoutPg()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys)
        if (key.startsWith("PG"_L1))
            environment.remove(key);
    return environment;
}

QProcessEnvironment toolEnvironment(const SecureBytes &password)
{
    QProcessEnvironment environment = environmentWithoutPg();
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(password.data()),
                                     static_cast<qsizetype>(password.size()));
    environment.insert(u"PGPASSWORD"_s, text);
    wipe(text);
    return environment;
}

QString toolMessage(const QByteArray &output)
{
    QString text = QString::fromLocal8Bit(output).trimmed();
    if (text.size() > maxToolMessage)
        text = text.left(maxToolMessage) + u'…';
    return text;
}

// The major version of a PostgreSQL tool ("pg_dump (PostgreSQL) 15.8 (Debian …)"), or 0.
int toolMajorVersion(const QString &program)
{
    QProcess process;
    process.setProcessEnvironment(environmentWithoutPg());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, { u"--version"_s }, QIODevice::ReadOnly);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return 0;
    static const QRegularExpression version(u"\\(PostgreSQL\\) (\\d+)"_s);
    const QRegularExpressionMatch match
        = version.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString uniqueConnectionName()
{
    return u"privacydesk-serverbackup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Removes the QSqlDatabase connection called name (closed first) when it goes out of scope.
auto connectionGuard(const QString &name)
{
    return qScopeGuard([name] {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}

// The part of a database name that may stand in a file name.
QString fileNamePart(const QString &database)
{
    QString part;
    for (const QChar c : database)
        part += (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_'))
            ? c
            : QChar(u'_');
    return part;
}

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString ServerBackup::toolPath(const QString &tool)
{
    // The newest major version: pg_dump refuses a server newer than itself, and every newer
    // pg_dump and pg_restore handles older servers.
    const QDir root(u"/usr/lib/postgresql"_s);
    QVersionNumber newest;
    QString found;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber number = QVersionNumber::fromString(version);
        const QString candidate = root.filePath(version + u"/bin/"_s + tool);
        if (number > newest && QFileInfo(candidate).isExecutable()) {
            newest = number;
            found = candidate;
        }
    }
    return found.isEmpty() ? QStandardPaths::findExecutable(tool) : found;
}

QString ServerBackup::connectionString(const ServerLocation &location, const QString &user)
{
    QStringList options { u"host="_s + conninfoValue(location.host),
                          u"port="_s + QString::number(location.port),
                          u"dbname="_s + conninfoValue(location.database),
                          u"user="_s + conninfoValue(user.trimmed()) };
    if (!location.sslMode.isEmpty())
        options << u"sslmode="_s + conninfoValue(location.sslMode);
    if (!location.caFile.isEmpty())
        options << u"sslrootcert="_s + conninfoValue(location.caFile);
    options << u"connect_timeout=%1"_s.arg(ServerConnection::connectTimeoutSeconds)
            << u"application_name='Privacydesk backup'"_s;
    return options.join(u' ');
}

QStringList ServerBackup::dumpArguments(const ServerLocation &location, const QString &user,
                                        const QString &role, bool rowSecurity)
{
    // --no-password: never a prompt on the terminal (the password is in PGPASSWORD or nowhere).
    QStringList arguments { u"--format=custom"_s, u"--no-password"_s,
                            u"--dbname="_s + connectionString(location, user) };
    if (!role.isEmpty())
        arguments << u"--role="_s + role;
    if (rowSecurity)
        arguments << u"--enable-row-security"_s;
    return arguments;
}

QStringList ServerBackup::restoreArguments(const ServerLocation &location, const QString &user,
                                           const QString &role)
{
    // The archive comes on standard input. One transaction that stops at the first error: a
    // failing restore leaves the database as empty as it was.
    //
    // Owners and privileges are restored as they were (no --no-owner, no --no-privileges): the
    // target is an empty database on a server where the store's roles exist, and who owns a
    // table decides who passes its row-level security (an owner does, unless FORCE ROW LEVEL
    // SECURITY). With --no-owner everything would belong to the login that restores, which then
    // sees every row; without the GRANTs the other logins would see none. A restore as a login
    // that may not give objects to their owner (neither that role, nor a member of it, nor a
    // superuser) fails and rolls back, rather than restore a store with other rules.
    QStringList arguments { u"--format=custom"_s, u"--single-transaction"_s, u"--exit-on-error"_s,
                            u"--no-password"_s, u"--dbname="_s + connectionString(location, user) };
    if (!role.isEmpty())
        arguments << u"--role="_s + role;
    return arguments;
}

namespace {

QString resolveTool(const ServerBackupOptions &options, const QString &tool)
{
    if (options.toolDirectory.isEmpty())
        return ServerBackup::toolPath(tool);
    const QString path = QDir(options.toolDirectory).filePath(tool);
    return QFileInfo(path).isExecutable() ? path : QString();
}

} // namespace

QString ServerBackup::writeError(const Writer &writer)
{
    return tr("The backup could not be written in %1: %2")
        .arg(QDir::toNativeSeparators(writer.folder()), writer.failure());
}

bool ServerBackup::checkDumpVersion(const ServerLocation &location, const QString &user,
                                    const SecureBytes &password, const QString &dump,
                                    QString *error)
{
    int serverVersion = 0;
    {
        const QString name = uniqueConnectionName();
        if (!ServerConnection::open(location, user, password, name, error))
            return false;
        const auto removeConnection = connectionGuard(name);
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (!query.exec(u"SELECT current_setting('server_version_num')::int"_s) || !query.next()) {
            *error = tr("The server's version could not be read: %1").arg(query.lastError().text());
            return false;
        }
        serverVersion = query.value(0).toInt();
    }
    const int toolVersion = toolMajorVersion(dump);
    if (toolVersion == 0) {
        *error = tr("%1 does not say which version it is; it cannot be used.").arg(dump);
        return false;
    }
    if (toolVersion < serverVersion / 10000) {
        *error = tr("The server runs PostgreSQL %1, but %2 is of version %3, and pg_dump cannot "
                    "back up a newer server: install postgresql-client-%1.")
                     .arg(serverVersion / 10000)
                     .arg(dump)
                     .arg(toolVersion);
        return false;
    }
    return true;
}

bool ServerBackup::runDump(Writer &writer, const QString &dump, const QStringList &arguments,
                           const SecureBytes &password, const QString &database, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(toolEnvironment(password));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(dump, arguments, QIODevice::ReadOnly);
    auto stopProcess = qScopeGuard([&process] {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(-1);
        }
    });
    if (!process.waitForStarted(-1)) {
        *error = tr("%1 could not be started: %2").arg(dump, process.errorString());
        return false;
    }
    for (;;) {
        if (process.bytesAvailable() > 0) {
            if (!writer.makeRoom()) {
                *error = writeError(writer);
                return false;
            }
            if (writer.readFrom(process) < 0) {
                *error
                    = tr("The output of pg_dump could not be read: %1").arg(process.errorString());
                return false;
            }
            continue;
        }
        if (process.state() == QProcess::NotRunning)
            break;
        if (!process.waitForReadyRead(-1) && process.state() != QProcess::NotRunning)
            process.waitForFinished(-1);
    }
    const QString dumpMessage = toolMessage(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !dumpMessage.isEmpty()) {
        const QString why = !dumpMessage.isEmpty()
            ? dumpMessage
            : tr("it stopped with exit code %1.").arg(process.exitCode());
        *error = tr("pg_dump could not back up the database %1: %2").arg(database, why);
        return false;
    }
    if (writer.total() == 0) {
        *error = tr("pg_dump wrote nothing for the database %1.").arg(database);
        return false;
    }
    return true;
}

bool ServerBackup::nameBackup(Writer &writer, const QString &database, const Clock *clock,
                              QString *file, QString *error)
{
    const QString &folder = writer.folder();
    const QDateTime now = organisationTime((clock ? *clock : systemClock()).now());
    const QString base
        = u"privacydesk-"_s + fileNamePart(database) + u'-' + now.toString(u"yyyyMMdd-HHmmss"_s);
    for (int number = 1; number < 1000; ++number) {
        const QString name = number == 1
            ? QString(base + fileSuffix)
            : QString(base + u'-' + QString::number(number) + fileSuffix);
        const QString target = QDir(folder).filePath(name);
        const int failure = writer.rename(target);
        if (failure == EEXIST)
            continue;
        if (failure != 0) {
            *error = tr("The backup could not be written in %1: %2")
                         .arg(QDir::toNativeSeparators(folder),
                              QString::fromLocal8Bit(std::strerror(failure)));
            return false;
        }
        syncFolder(folder);
        *file = target;
        return true;
    }
    *error = tr("The folder %1 holds too many backups of this moment already.")
                 .arg(QDir::toNativeSeparators(folder));
    return false;
}

bool ServerBackup::backup(const ServerLocation &location, const QString &user,
                          const SecureBytes &password, const SecureBytes &passphrase,
                          const QString &directory, QString *file, QString *error,
                          const ServerBackupOptions &options)
{
    file->clear();
    if (characterCount(passphrase) < minimumPassphraseCharacters) {
        *error = tr("A backup passphrase needs at least %n characters: it is the only key to the "
                    "backup.",
                    nullptr, minimumPassphraseCharacters);
        return false;
    }
    if (!initSodium() || !kdfInRange(options.kdf)) {
        *error = tr("The backup could not be encrypted: the encryption library (libsodium) "
                    "failed.");
        return false;
    }
    const QString dump = resolveTool(options, u"pg_dump"_s);
    if (dump.isEmpty()) {
        *error = tr("pg_dump is not installed: install the Debian package postgresql-client.");
        return false;
    }
    // Said here before anything is written, with what to install.
    if (!checkDumpVersion(location, user, password, dump, error))
        return false;

    StoreError folderError;
    if (!storedetail::makePrivatePath(directory, &folderError)) {
        *error = tr("The folder %1 could not be made: %2")
                     .arg(QDir::toNativeSeparators(directory), folderError.detail());
        return false;
    }
    Writer writer(QDir(directory).absolutePath());
    if (!writer.create()) {
        *error = writeError(writer);
        return false;
    }
    if (!writer.encryptWith(passphrase, options.kdf)) {
        *error = tr("The backup could not be encrypted: the encryption library (libsodium) "
                    "failed.");
        return false;
    }
    if (!writer.writeHeader()) {
        *error = writeError(writer);
        return false;
    }
    if (!runDump(writer, dump, dumpArguments(location, user, options.role, options.rowSecurity),
                 password, location.database, error))
        return false;
    if (!writer.finish()) {
        *error = writeError(writer);
        return false;
    }
    return nameBackup(writer, location.database, options.clock, file, error);
}

bool ServerBackup::readBackup(const QString &file, const SecureBytes &passphrase,
                              QByteArray *bytesOut, SecureBytes *keyOut, QString *error)
{
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (!info.isFile()) {
        *error = tr("%1 is not a backup file.").arg(shown);
        return false;
    }
    QByteArray bytes;
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("The backup %1 could not be read: %2").arg(shown, in.errorString());
            return false;
        }
        bytes = in.readAll();
        if (in.error() != QFileDevice::NoError) {
            *error = tr("The backup %1 could not be read: %2").arg(shown, in.errorString());
            return false;
        }
    }
    if (!bytes.startsWith(magic)) {
        *error = bytes.startsWith("PDSB")
            ? tr("The backup %1 was made by a newer version of Privacydesk; install that "
                 "version to restore it.")
                  .arg(shown)
            : tr("%1 is not a backup of a Privacydesk server store.").arg(shown);
        return false;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    KdfParams kdf;
    if (bytes.size() >= headerBytes) {
        kdf.opsLimit = qFromBigEndian<quint64>(data + magicBytes);
        kdf.memLimit = qFromBigEndian<quint64>(data + magicBytes + limitBytes);
    }
    if (bytes.size() < headerBytes || !kdfInRange(kdf)) {
        *error = tr("The backup %1 is damaged: its header cannot be read. Nothing was restored.")
                     .arg(shown);
        return false;
    }
    SecureBytes key = deriveKey(passphrase, data + magicBytes + 2 * limitBytes, kdf);
    if (key.isEmpty()) {
        *error = tr("The backup could not be decrypted: the encryption library (libsodium) "
                    "failed.");
        return false;
    }
    *bytesOut = std::move(bytes);
    *keyOut = std::move(key);
    return true;
}

QString ServerBackup::damageMessage(Damage damage, qsizetype offset, const QString &shown)
{
    switch (damage) {
    case Damage::FirstChunk:
        return tr("The passphrase does not open the backup %1, or its beginning was changed. "
                  "Nothing was restored.")
            .arg(shown);
    case Damage::Changed:
        return tr("The backup %1 was changed or damaged after it was written (at byte %2). "
                  "Nothing was restored.")
            .arg(shown)
            .arg(offset);
    case Damage::Incomplete:
        return tr("The backup %1 is incomplete: it ends before its last part. Nothing was "
                  "restored.")
            .arg(shown);
    case Damage::AfterEnd:
        return tr("The backup %1 holds data after its end, which a backup never does. Nothing "
                  "was restored.")
            .arg(shown);
    case Damage::None:
    case Damage::Stopped:
        break;
    }
    return QString();
}

// A relation, a schema besides public, a function or a large object outside the system's schemas
// is "something". (What this misses, pg_restore runs into and rolls back.)
bool ServerBackup::checkEmptyDatabase(const ServerLocation &location, const QString &user,
                                      const SecureBytes &password, QString *error)
{
    const QString name = uniqueConnectionName();
    if (!ServerConnection::open(location, user, password, name, error))
        return false;
    const auto removeConnection = connectionGuard(name);
    QSqlQuery query(QSqlDatabase::database(name, false));
    const QString userSchema
        = u"n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"_s;
    if (!query.exec(u"SELECT (SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                    "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE %1) "
                    "+ (SELECT count(*) FROM pg_catalog.pg_namespace n WHERE %1 AND "
                    "n.nspname <> 'public') "
                    "+ (SELECT count(*) FROM pg_catalog.pg_proc p JOIN "
                    "pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE %1) "
                    "+ (SELECT count(*) FROM pg_catalog.pg_largeobject_metadata)"_s.arg(userSchema))
        || !query.next()) {
        *error = tr("Whether the database %1 is empty could not be read: %2")
                     .arg(location.database, query.lastError().text());
        return false;
    }
    if (query.value(0).toLongLong() != 0) {
        *error = tr("The database %1 is not empty: a backup is restored only into an empty "
                    "database. Create a new database for it; nothing was restored.")
                     .arg(location.database);
        return false;
    }
    return true;
}

bool ServerBackup::restore(const QString &file, const SecureBytes &passphrase,
                           const ServerLocation &location, const QString &user,
                           const SecureBytes &password, QString *error,
                           const ServerBackupOptions &options)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (passphrase.isEmpty()) {
        *error = tr("Give the passphrase of the backup.");
        return false;
    }
    if (!initSodium()) {
        *error = tr("The backup could not be decrypted: the encryption library (libsodium) "
                    "failed.");
        return false;
    }

    // The whole file is read and every chunk authenticated, up to the FINAL one and the file's
    // end, before pg_restore starts; only then is it decrypted a second time, from the same
    // bytes in memory, into pg_restore. Streaming straight into pg_restore (and relying on
    // its single transaction to undo a failure) would not do: pg_restore reads only as far as
    // its table of contents needs and may commit before a missing or changed last chunk is
    // seen. The ciphertext in memory is not secret; the archive is never more than one chunk
    // in (secure) memory of ours and never on disk.
    QByteArray bytes;
    SecureBytes key;
    if (!readBackup(file, passphrase, &bytes, &key, error))
        return false;
    qsizetype offset = 0;
    if (const Damage damage = decryptChunks(bytes, key, {}, &offset); damage != Damage::None) {
        *error = damageMessage(damage, offset, shown);
        return false;
    }

    const QString program = resolveTool(options, u"pg_restore"_s);
    if (program.isEmpty()) {
        *error = tr("pg_restore is not installed: install the Debian package postgresql-client.");
        return false;
    }

    if (!checkEmptyDatabase(location, user, password, error))
        return false;

    QProcess process;
    process.setProcessEnvironment(toolEnvironment(password));
    process.start(program, restoreArguments(location, user, options.role));
    auto stopProcess = qScopeGuard([&process] {
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // before its commit: the server rolls the transaction back
            process.waitForFinished(-1);
        }
    });
    if (!process.waitForStarted(-1)) {
        *error = tr("%1 could not be started: %2").arg(program, process.errorString());
        return false;
    }
    // At most one chunk waits in QProcess's buffer at a time.
    const auto feed = [&process](const unsigned char *chunk, qsizetype size) {
        if (process.write(reinterpret_cast<const char *>(chunk), size) != size)
            return false;
        while (process.bytesToWrite() > 0)
            if (!process.waitForBytesWritten(-1))
                return false;
        return true;
    };
    // Damage::Stopped: pg_restore ended before it had every byte (it failed, or needed no
    // more); its exit code says which.
    if (const Damage damage = decryptChunks(bytes, key, feed, &offset);
        damage != Damage::None && damage != Damage::Stopped) {
        // The same bytes verified a moment ago: only a failing machine gets here.
        *error = damageMessage(damage, offset, shown);
        return false;
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QString message = toolMessage(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = !message.isEmpty()
            ? message
            : tr("it stopped with exit code %1.").arg(process.exitCode());
        *error = tr("pg_restore could not restore the backup into the database %1, and undid "
                    "what it had done: %2")
                     .arg(location.database, why);
        return false;
    }
    return true;
}

} // namespace pd
