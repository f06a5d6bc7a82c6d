#pragma once

// The encrypted file of a server backup (see ServerBackup.h for its format): what writing it
// (ServerBackup::Writer) and reading it (ServerBackup::decryptChunks) share. Not for use outside
// core/store.

#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"
#include "store/ServerBackup.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <sodium.h>

namespace pd {

namespace serverbackup {

using StreamState = crypto_secretstream_xchacha20poly1305_state;

constexpr QByteArrayView magic { "PDSB1" };
constexpr qsizetype magicBytes = 5;
constexpr qsizetype limitBytes = 8;
constexpr qsizetype saltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype streamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype headerBytes = magicBytes + 2 * limitBytes + saltBytes + streamHeaderBytes;
constexpr qsizetype lengthBytes = 4;
constexpr qsizetype tagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype maxCipherChunk = ServerBackup::chunkBytes + tagBytes;
static_assert(headerBytes == 61);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);

// A backup file is read before anything in it is authenticated: its Argon2id cost must neither
// run for hours nor take all memory (the keyring's limits).
constexpr quint64 maxOpsLimit = 64;
constexpr quint64 maxMemLimit = quint64(4) << 30;

bool kdfInRange(const KdfParams &kdf);
// The stream key: Argon2id of the passphrase with the file's salt and cost; empty when
// libsodium fails (out of memory, as a rule).
SecureBytes deriveKey(const SecureBytes &passphrase, const unsigned char *salt,
                      const KdfParams &kdf);
// Gives the finished file its name without ever replacing one: renameat2(RENAME_NOREPLACE), or
// link(2) and unlink(2) where the file system does not know that flag. 0 or an errno.
int renameNoReplace(const QByteArray &from, const QByteArray &to);

} // namespace serverbackup

// The backup file while it is written: a new temporary file (mkostemp: new, 0600) in the folder,
// the header (magic, Argon2id cost, salt, secretstream header), then the archive in chunks of
// chunkBytes. A full chunk is sent on only when more follows, so that the last one (FINAL)
// always holds the archive's last bytes. The file gets its name only when it is complete and on
// disk; until then the writer removes it when it goes.
class ServerBackup::Writer final
{
public:
    explicit Writer(const QString &folder)
        : m_folder(folder)
    { }
    ~Writer()
    {
        m_out.close();
        if (!m_temporaryName.isEmpty())
            ::unlink(m_temporaryName.constData());
    }
    Q_DISABLE_COPY_MOVE(Writer)

    const QString &folder() const { return m_folder; }
    // Why the last step failed, in the system's words.
    const QString &failure() const { return m_failure; }

    bool create();
    // The key derived from passphrase and the stream started; false when libsodium failed.
    bool encryptWith(const SecureBytes &passphrase, const KdfParams &kdf);
    bool writeHeader();
    // Sends a full chunk on (as a MESSAGE), making room for more; false when writing failed.
    bool makeRoom();
    // Reads what device has into the chunk being filled: how many bytes, or -1.
    qint64 readFrom(QIODevice &device);
    qint64 total() const { return m_total; }
    // The last chunk (FINAL), flushed and synced to disk, and the file closed.
    bool finish();
    // Gives the complete file its name: 0, or an errno (EEXIST: that name is taken).
    int rename(const QString &target);

private:
    bool push(unsigned char tag);
    bool writeFailed()
    {
        m_failure = m_out.errorString();
        return false;
    }

    const QString m_folder;
    QString m_failure;
    QByteArray m_temporaryName; // empty once named (or never made)
    QFile m_out;
    QByteArray m_header { serverbackup::headerBytes, Qt::Uninitialized };
    SecureBytes m_stateBytes { sizeof(serverbackup::StreamState) };
    SecureBytes m_pending { static_cast<std::size_t>(chunkBytes) };
    qsizetype m_filled = 0;
    qint64 m_total = 0;
    bool m_first = true;
    QByteArray m_cipher { serverbackup::lengthBytes + serverbackup::maxCipherChunk,
                          Qt::Uninitialized };
};

// Everything that can be wrong with the encrypted chunks of a backup file.
enum class ServerBackup::Damage {
    None,
    FirstChunk, // a wrong passphrase, or a changed header or first chunk: the two look alike
    Changed, // a later chunk does not authenticate, or a length is impossible
    Incomplete, // the file ends inside a chunk, or after a chunk that is not the last
    AfterEnd, // bytes after the FINAL chunk
    Stopped, // the sink refused a chunk (pg_restore ended early)
};

} // namespace pd
