#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pd {

namespace {

// The folder a path would be written into, as the file system resolves it (links followed).
QString canonicalFolder(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
}

bool inside(const QString &folder, const QString &directory)
{
    if (folder.isEmpty() || directory.isEmpty())
        return false;
    return folder == directory || folder.startsWith(directory + u'/');
}

} // namespace

QString OutputFile::refusal(const QString &path, bool overwrite, const QString &storeDirectory)
{
    if (path.trimmed().isEmpty())
        return tr("No file was chosen to write to.");
    const QFileInfo target(path);
    const QString folder = canonicalFolder(path);
    if (folder.isEmpty())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(target.absolutePath()));
    const QString store = QFileInfo(storeDirectory).canonicalFilePath();
    if (inside(folder, store))
        return tr("%1 lies in the store's own folder; choose another folder.")
            .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    if (target.isSymLink() || target.exists()) {
        if (!overwrite)
            return tr("%1 exists already and was not overwritten.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
        // Replacing is for a file the user chose, never a folder, a device or a link's target.
        if (target.isSymLink() || !target.isFile())
            return tr("%1 is not an ordinary file and was not overwritten.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    }
    return {};
}

bool OutputFile::write(const QString &path, QByteArrayView bytes, bool overwrite,
                       const QString &storeDirectory, QString *error)
{
    if (const QString why = refusal(path, overwrite, storeDirectory); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QSaveFile out(path);
    const auto failed = [&] {
        *error = tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                          out.errorString());
        out.cancelWriting();
        return false;
    };
    if (!out.open(QIODevice::WriteOnly))
        return failed();
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = out.write(bytes.data() + written, bytes.size() - written);
        if (n <= 0)
            return failed();
        written += n;
    }
    if (!out.flush() || !out.commit()) {
        *error = tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                          out.errorString());
        return false;
    }
    return true;
}

} // namespace pd
