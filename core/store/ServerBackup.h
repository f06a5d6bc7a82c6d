#pragma once

#include "crypto/Keyring.h"
#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd {

class Clock;
class SecureBytes;

// What a server backup or restore may be told besides the essentials. The defaults are the
// product's; tests pass cheap Argon2id limits, a fixed clock, or a folder of wrapped tools.
struct ServerBackupOptions
{
    KdfParams kdf = KdfParams::moderate(); // for a new backup; a restore reads the file's own
    QString toolDirectory; // where pg_dump and pg_restore are; empty: ServerBackup::toolPath
    const Clock *clock = nullptr; // for the file name; nullptr: the system clock
    // The role the tools act as once connected (--role, SET ROLE): a store's owner role
    // (<database>_eigenaar), whose objects only it may dump past row-level security and give
    // back their owner on restore. Empty: the login itself.
    QString role;
    // pg_dump --enable-row-security: a dump as a role that reads past row-level security by
    // policies of its own (<database>_backup), not by owning the tables.
    bool rowSecurity = false;
};

// Backups of a server store: pg_dump's custom-format archive of the store's
// database, encrypted while it streams, into a new file that only its owner can read; and the
// way back, into an empty database. The archive never touches the disk unencrypted, and the
// passphrase is the only key: there is no copy of it anywhere.
//
// File format (all integers big-endian):
//   "PDSB1"                      5 bytes, magic and format version
//   opslimit, memlimit           2 x 8 bytes, the Argon2id (crypto_pwhash ALG_ARGON2ID13) cost
//   salt                         16 bytes (crypto_pwhash_SALTBYTES)
//   secretstream header          24 bytes (crypto_secretstream_xchacha20poly1305)
//   chunks                       each a 4-byte length and that many bytes of ciphertext: at
//                                most 64 KiB of the archive plus 17 bytes of tag and MAC; the
//                                last (and only the last) tagged FINAL; nothing after it
// The key is Argon2id(passphrase, salt, opslimit, memlimit). The 61 header bytes are the
// additional data of the first chunk: a header changed in any byte (even to the limits of
// another valid backup) makes the first chunk fail, and every later chunk is chained to it.
class ServerBackup final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerBackup)
public:
    static constexpr int minimumPassphraseCharacters = 12;
    static constexpr qsizetype chunkBytes = 64 * 1024; // of the archive, per chunk
    static constexpr QLatin1StringView fileSuffix { ".pdbackup" };

    // Backs up location's database as user into a new file in directory (made 0700 when
    // missing): privacydesk-<database>-<yyyyMMdd-HHmmss>.pdbackup in the organisation's time
    // (Amsterdam), with -2, -3 … when that name exists (never over a file). *file is its path.
    // False with a translated *error and no file left behind: a short passphrase, a location the
    // password may not go to, a refused login, a pg_dump older than the server, and pg_dump's own
    // failure (its message is in *error; it never holds the password).
    static bool backup(const ServerLocation &location, const QString &user,
                       const SecureBytes &password, const SecureBytes &passphrase,
                       const QString &directory, QString *file, QString *error,
                       const ServerBackupOptions &options = {});

    // Restores file into location's database, which must be empty, as user. The whole file is
    // authenticated before pg_restore starts, and pg_restore runs as one transaction: a wrong
    // passphrase, a changed, truncated or unfinished file, a database that holds anything, or a
    // failing pg_restore each leave the database as it was, with a translated *error.
    static bool restore(const QString &file, const SecureBytes &passphrase,
                        const ServerLocation &location, const QString &user,
                        const SecureBytes &password, QString *error,
                        const ServerBackupOptions &options = {});

    // pg_dump or pg_restore of the newest PostgreSQL under /usr/lib/postgresql, else the one on
    // PATH; empty when there is none.
    static QString toolPath(const QString &tool);

    // libpq's connection string for location as user: host, port, dbname, user, the TLS options,
    // a connection timeout and the application name. Never a password (that goes to the tool
    // in its environment, PGPASSWORD).
    static QString connectionString(const ServerLocation &location, const QString &user);
    // The command lines of the tools, without the program: what a test can check holds no
    // password.
    static QStringList dumpArguments(const ServerLocation &location, const QString &user,
                                     const QString &role = {}, bool rowSecurity = false);
    static QStringList restoreArguments(const ServerLocation &location, const QString &user,
                                        const QString &role = {});

private:
    // The steps of backup() and restore() (ServerBackup.cpp). Those that fail set a translated
    // *error.
    class Writer; // the encrypted file while it is written
    enum class Damage; // what can be wrong with a file's encrypted chunks

    // The login (it also refuses a location the password may not go to), then pg_dump at least
    // as new as the server it reaches: pg_dump refuses a newer server, after the connection.
    static bool checkDumpVersion(const ServerLocation &location, const QString &user,
                                 const SecureBytes &password, const QString &dump, QString *error);
    // pg_dump's archive into writer, chunk by chunk, and the tool's own failure said.
    static bool runDump(Writer &writer, const QString &dump, const QStringList &arguments,
                        const SecureBytes &password, const QString &database, QString *error);
    // The complete file named privacydesk-<database>-<time>[-n].pdbackup, never over another.
    static bool nameBackup(Writer &writer, const QString &database, const Clock *clock,
                           QString *file, QString *error);
    static QString writeError(const Writer &writer);

    // The whole file read, its header's Argon2id cost checked and the key derived from it.
    static bool readBackup(const QString &file, const SecureBytes &passphrase, QByteArray *bytes,
                           SecureBytes *key, QString *error);
    static Damage decryptChunks(const QByteArray &file, const SecureBytes &key,
                                const std::function<bool(const unsigned char *, qsizetype)> &sink,
                                qsizetype *offset);
    static QString damageMessage(Damage damage, qsizetype offset, const QString &shown);
    // Only into an empty database: nothing of the store's may be mixed with what is there.
    static bool checkEmptyDatabase(const ServerLocation &location, const QString &user,
                                   const SecureBytes &password, QString *error);
};

} // namespace pd
