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

// The defaults are the product's; tests pass cheap Argon2id limits, a clock or a tool folder.
struct ServerBackupOptions
{
    KdfParams kdf = KdfParams::moderate(); // for a new backup; a restore reads the file's own
    QString toolDirectory; // where pg_dump and pg_restore are; empty: ServerBackup::toolPath
    const Clock *clock = nullptr; // for the file name; nullptr: the system clock
    // A store's owner role, the only one that dumps past row-level security and restores owners.
    // Empty: the login itself.
    QString role;
    bool rowSecurity = false;
};

// Backups of a server store: pg_dump's archive encrypted as it streams (libsodium secretstream
// under Argon2id of the passphrase, the header authenticated with the first chunk). The archive
// never touches the disk unencrypted; the passphrase is the only key.
class ServerBackup final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerBackup)
public:
    static constexpr int minimumPassphraseCharacters = 12;
    static constexpr qsizetype chunkBytes = 64 * 1024; // of the archive, per chunk
    static constexpr QLatin1StringView fileSuffix { ".pdbackup" };

    // Never over a file, and no file left behind on failure; *error never holds the password.
    static bool backup(const ServerLocation &location, const QString &user,
                       const SecureBytes &password, const SecureBytes &passphrase,
                       const QString &directory, QString *file, QString *error,
                       const ServerBackupOptions &options = {});

    // The whole file is authenticated before pg_restore runs as one transaction: any failure leaves
    // the database as it was.
    static bool restore(const QString &file, const SecureBytes &passphrase,
                        const ServerLocation &location, const QString &user,
                        const SecureBytes &password, QString *error,
                        const ServerBackupOptions &options = {});

    static QString toolPath(const QString &tool);

    // Never a password: that goes to the tool in its environment.
    static QString connectionString(const ServerLocation &location, const QString &user);
    static QStringList dumpArguments(const ServerLocation &location, const QString &user,
                                     const QString &role = {}, bool rowSecurity = false);
    static QStringList restoreArguments(const ServerLocation &location, const QString &user,
                                        const QString &role = {});

private:
    class Writer; // the encrypted file while it is written
    enum class Damage; // what can be wrong with a file's encrypted chunks

    static bool checkDumpVersion(const ServerLocation &location, const QString &user,
                                 const SecureBytes &password, const QString &dump, QString *error);
    static bool runDump(Writer &writer, const QString &dump, const QStringList &arguments,
                        const SecureBytes &password, const QString &database, QString *error);
    static bool nameBackup(Writer &writer, const QString &database, const Clock *clock,
                           QString *file, QString *error);
    static QString writeError(const Writer &writer);

    static bool readBackup(const QString &file, const SecureBytes &passphrase, QByteArray *bytes,
                           SecureBytes *key, QString *error);
    static Damage decryptChunks(const QByteArray &file, const SecureBytes &key,
                                const std::function<bool(const unsigned char *, qsizetype)> &sink,
                                qsizetype *offset);
    static QString damageMessage(Damage damage, qsizetype offset, const QString &shown);
    // Nothing of the store's may be mixed with what is there.
    static bool checkEmptyDatabase(const ServerLocation &location, const QString &user,
                                   const SecureBytes &password, QString *error);
};

} // namespace pd
