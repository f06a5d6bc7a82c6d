#include "store/KeyedFile.h"

#include "crypto/RegularFile.h"
#include "store/StoreError.h"
#include "store/StorePrivate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace pd {

namespace {

constexpr qsizetype keySize = 32;

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QByteArray mac(const QByteArray &key, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString KeyedFile::folder(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Privacydesk/") + name);
}

QByteArray KeyedFile::read(const QString &path, qsizetype maxSize, bool *missing, QString *error)
{
    *missing = false;
    FileKind kind = FileKind::Missing;
    int errorNumber = 0;
    const int fd = openRegularFile(path, &kind, &errorNumber);
    if (fd < 0) {
        *missing = kind == FileKind::Missing;
        if (!*missing)
            *error = kind == FileKind::NotRegular
                ? QStringLiteral("%1 is not an ordinary file").arg(path)
                : QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errorNumber)));
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    if (bytes.size() > maxSize) {
        *error = QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxSize);
        return {};
    }
    return bytes;
}

bool KeyedFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly())
        || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray KeyedFile::key(const QString &folder, QString *error)
{
    StoreError folderError;
    if (!storedetail::makePrivatePath(folder, &folderError)) {
        *error = folderError.detail();
        return {};
    }
    const QString path = QDir(folder).filePath(QStringLiteral("key"));
    const auto existing = [&path, error](bool *missing) {
        QByteArray key = read(path, keySize, missing, error);
        if (*missing || !error->isEmpty())
            return QByteArray();
        if (key.size() != keySize) {
            *error = QStringLiteral("%1 is not a key of %2 bytes").arg(path).arg(keySize);
            return QByteArray();
        }
        return key;
    };
    bool missing = false;
    if (QByteArray key = existing(&missing); !missing)
        return key;
    QByteArray key(keySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    // Written whole under a name of its own, then linked into place (link() never replaces):
    // of two programs making the key at once one keeps its own and the other reads it, and
    // neither ever reads a key that is still being written.
    QTemporaryFile file(QDir(folder).filePath(QStringLiteral("key.XXXXXX")));
    if (!file.open() || !file.setPermissions(ownerOnly()) || file.write(key) != key.size()
        || !file.flush()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    if (::link(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData())
        == 0)
        return key;
    if (errno != EEXIST) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    key = existing(&missing);
    if (missing)
        *error = QStringLiteral("%1 was made and removed at once").arg(path);
    return missing ? QByteArray() : key;
}

QByteArray KeyedFile::sealed(const QByteArray &key, const QByteArray &text)
{
    return text + "mac=" + mac(key, text) + '\n';
}

std::optional<QByteArray> KeyedFile::unsealed(const QByteArray &key, const QByteArray &bytes)
{
    const qsizetype macAt = bytes.lastIndexOf("mac=");
    if (macAt <= 0 || bytes.at(macAt - 1) != '\n')
        return std::nullopt;
    const QByteArray text = bytes.left(macAt);
    if (bytes.mid(macAt + 4).trimmed() != mac(key, text))
        return std::nullopt;
    return text;
}

} // namespace pd
