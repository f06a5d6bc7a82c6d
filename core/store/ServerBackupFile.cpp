#include "store/ServerBackupFile.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

// Writing and reading the encrypted file of a server backup; ServerBackup.cpp runs the tools.

using namespace Qt::StringLiterals;

namespace pd {

namespace serverbackup {

bool kdfInRange(const KdfParams &kdf)
{
    return kdf.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && kdf.opsLimit <= maxOpsLimit
        && kdf.memLimit >= crypto_pwhash_MEMLIMIT_MIN && kdf.memLimit <= maxMemLimit;
}

SecureBytes deriveKey(const SecureBytes &passphrase, const unsigned char *salt,
                      const KdfParams &kdf)
{
    static const char emptyPassphrase = 0; // crypto_pwhash wants a non-null pointer
    const char *text = passphrase.isEmpty() ? &emptyPassphrase
                                            : reinterpret_cast<const char *>(passphrase.data());
    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), text, passphrase.size(), salt, kdf.opsLimit,
                      static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory, as a rule
    return key;
}

int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}

} // namespace serverbackup

using namespace serverbackup;

bool ServerBackup::Writer::create()
{
    QByteArray temporaryName = QFile::encodeName(m_folder + u"/.privacydesk-backup-XXXXXX"_s);
    const int fd = ::mkostemp(temporaryName.data(), O_CLOEXEC);
    if (fd < 0) {
        m_failure = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_temporaryName = temporaryName;
    if (!m_out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return writeFailed();
    }
    return true;
}

bool ServerBackup::Writer::encryptWith(const SecureBytes &passphrase, const KdfParams &kdf)
{
    auto *headerData = reinterpret_cast<unsigned char *>(m_header.data());
    std::memcpy(headerData, magic.data(), magicBytes);
    qToBigEndian<quint64>(kdf.opsLimit, headerData + magicBytes);
    qToBigEndian<quint64>(kdf.memLimit, headerData + magicBytes + limitBytes);
    unsigned char *salt = headerData + magicBytes + 2 * limitBytes;
    randombytes_buf(salt, saltBytes);
    const SecureBytes key = deriveKey(passphrase, salt, kdf);
    auto *state = reinterpret_cast<StreamState *>(m_stateBytes.data());
    return !key.isEmpty()
        && crypto_secretstream_xchacha20poly1305_init_push(state, salt + saltBytes, key.data())
        == 0;
}

bool ServerBackup::Writer::writeHeader()
{
    return m_out.write(m_header) == m_header.size() || writeFailed();
}

bool ServerBackup::Writer::push(unsigned char tag)
{
    auto *state = reinterpret_cast<StreamState *>(m_stateBytes.data());
    const auto *headerData = reinterpret_cast<const unsigned char *>(m_header.constData());
    auto *cipherData = reinterpret_cast<unsigned char *>(m_cipher.data());
    unsigned long long cipherLength = 0;
    crypto_secretstream_xchacha20poly1305_push(
        state, cipherData + lengthBytes, &cipherLength, m_pending.data(),
        static_cast<unsigned long long>(m_filled), m_first ? headerData : nullptr,
        m_first ? static_cast<unsigned long long>(headerBytes) : 0, tag);
    qToBigEndian<quint32>(static_cast<quint32>(cipherLength), cipherData);
    m_first = false;
    m_filled = 0;
    const qint64 size = lengthBytes + static_cast<qint64>(cipherLength);
    return m_out.write(m_cipher.constData(), size) == size || writeFailed();
}

bool ServerBackup::Writer::makeRoom()
{
    return m_filled != chunkBytes || push(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

qint64 ServerBackup::Writer::readFrom(QIODevice &device)
{
    const qint64 read
        = device.read(reinterpret_cast<char *>(m_pending.data()) + m_filled, chunkBytes - m_filled);
    if (read > 0) {
        m_filled += read;
        m_total += read;
    }
    return read;
}

bool ServerBackup::Writer::finish()
{
    if (!push(crypto_secretstream_xchacha20poly1305_TAG_FINAL) || !m_out.flush())
        return writeFailed();
    if (::fsync(m_out.handle()) != 0) {
        m_failure = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_out.close();
    return true;
}

int ServerBackup::Writer::rename(const QString &target)
{
    const int failure = renameNoReplace(m_temporaryName, QFile::encodeName(target));
    if (failure == 0)
        m_temporaryName.clear();
    return failure;
}

// Decrypts the chunks of a whole backup file (its bytes in memory: they are not secret) under
// key, handing each chunk's archive bytes, in secure memory, to sink (when given). *offset: where
// the damage is.
ServerBackup::Damage
ServerBackup::decryptChunks(const QByteArray &file, const SecureBytes &key,
                            const std::function<bool(const unsigned char *, qsizetype)> &sink,
                            qsizetype *offset)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    SecureBytes stateBytes(sizeof(StreamState));
    auto *state = reinterpret_cast<StreamState *>(stateBytes.data());
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            state, bytes + headerBytes - streamHeaderBytes, key.data())
        != 0)
        return Damage::FirstChunk;
    SecureBytes plain(static_cast<std::size_t>(chunkBytes));
    qsizetype at = headerBytes;
    bool first = true;
    for (;;) {
        *offset = at;
        if (at == file.size())
            return Damage::Incomplete; // no FINAL chunk
        if (file.size() - at < lengthBytes)
            return Damage::Incomplete;
        const quint32 length = qFromBigEndian<quint32>(bytes + at);
        at += lengthBytes;
        if (length < tagBytes || length > maxCipherChunk)
            return first ? Damage::FirstChunk : Damage::Changed;
        if (file.size() - at < static_cast<qsizetype>(length))
            return Damage::Incomplete;
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(state, plain.data(), &plainLength, &tag,
                                                       bytes + at, length, first ? bytes : nullptr,
                                                       first ? headerBytes : 0)
            != 0)
            return first ? Damage::FirstChunk : Damage::Changed;
        at += length;
        first = false;
        if (sink && !sink(plain.data(), static_cast<qsizetype>(plainLength)))
            return Damage::Stopped;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            *offset = at;
            return at == file.size() ? Damage::None : Damage::AfterEnd;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return Damage::Changed; // a backup never holds another tag
    }
}

} // namespace pd
