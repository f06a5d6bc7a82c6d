#include "crypto/RegularFile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pd {

namespace {

void setError(int *error, int value)
{
    if (error)
        *error = value;
}

} // namespace

FileKind fileKind(const QString &path, int *error)
{
    setError(error, 0);
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        setError(error, errno);
        return errno == ENOENT ? FileKind::Missing : FileKind::Unreadable;
    }
    return S_ISREG(info.st_mode) ? FileKind::Regular : FileKind::NotRegular;
}

int openRegularFile(const QString &path, FileKind *kind, int *error)
{
    setError(error, 0);
    const QByteArray native = QFile::encodeName(path);
    struct stat before
    {
    };
    if (::lstat(native.constData(), &before) != 0) {
        setError(error, errno);
        *kind = errno == ENOENT ? FileKind::Missing : FileKind::Unreadable;
        return -1;
    }
    if (!S_ISREG(before.st_mode)) {
        *kind = FileKind::NotRegular;
        return -1;
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        setError(error, errno);
        *kind = errno == ELOOP ? FileKind::NotRegular
            : errno == ENOENT  ? FileKind::Missing
                               : FileKind::Unreadable;
        return -1;
    }
    struct stat opened
    {
    };
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != before.st_dev
        || opened.st_ino != before.st_ino) {
        ::close(fd);
        *kind = FileKind::NotRegular;
        return -1;
    }
    *kind = FileKind::Regular;
    return fd;
}

} // namespace pd
