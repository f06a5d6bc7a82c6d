#pragma once

// What writing and reading a server backup file share; not for use outside core/store.

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

// Read before it is authenticated: its Argon2id cost must not run for hours or take all memory.
constexpr quint64 maxOpsLimit = 64;
constexpr quint64 maxMemLimit = quint64(4) << 30;

bool kdfInRange(const KdfParams &kdf);
SecureBytes deriveKey(const SecureBytes &passphrase, const unsigned char *salt,
                      const KdfParams &kdf);
// Never replaces a file (renameat2 RENAME_NOREPLACE, else link and unlink). 0 or an errno.
int renameNoReplace(const QByteArray &from, const QByteArray &to);

} // namespace serverbackup

// A full chunk is sent on only when more follows, so the FINAL one holds the last bytes. Until it
// is named, the file is removed when the writer goes.
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
    const QString &failure() const { return m_failure; }

    bool create();
    bool encryptWith(const SecureBytes &passphrase, const KdfParams &kdf);
    bool writeHeader();
    bool makeRoom();
    qint64 readFrom(QIODevice &device);
    qint64 total() const { return m_total; }
    bool finish();
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

enum class ServerBackup::Damage {
    None,
    FirstChunk, // a wrong passphrase, or a changed header or first chunk: the two look alike
    Changed, // a later chunk does not authenticate, or a length is impossible
    Incomplete, // the file ends inside a chunk, or after a chunk that is not the last
    AfterEnd, // bytes after the FINAL chunk
    Stopped, // the sink refused a chunk (pg_restore ended early)
};

} // namespace pd
