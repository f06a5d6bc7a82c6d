#include "store/BackupFolders.h"

#include "crypto/Keyring.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>

namespace pd {

namespace {

constexpr auto prefix = "privacydesk-back-up-";
constexpr auto stampFormat = "yyyy-MM-dd-HHmm";

// The names in folder (without . and ..), or false when it cannot be read to the end.
bool readFolder(const QString &folder, QStringList *names, QString *why)
{
    names->clear();
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QLatin1StringView(".") && name != QLatin1StringView(".."))
            names->append(name);
        errno = 0;
    }
    const int readError = errno;
    ::closedir(dir);
    if (readError != 0) {
        *why = QString::fromLocal8Bit(std::strerror(readError));
        return false;
    }
    return true;
}

bool isOrdinaryFile(const QString &path)
{
    const QFileInfo info(path);
    return !info.isSymLink() && info.isFile();
}

} // namespace

QString BackupFolders::nameFor(const QDateTime &localTime)
{
    return QLatin1StringView(prefix) + localTime.toString(QLatin1StringView(stampFormat));
}

QString BackupFolders::newFolderIn(const QString &parent, const QDateTime &localTime)
{
    const QDir dir(parent);
    const QString base = nameFor(localTime);
    QString name = base;
    // Two backups in one minute: the second gets a number, an existing name is never reused.
    const auto taken = [&dir](const QString &candidate) {
        const QFileInfo info(dir.filePath(candidate));
        return info.exists() || info.isSymLink();
    };
    for (int n = 2; taken(name); ++n)
        name = base + u'-' + QString::number(n);
    return dir.filePath(name);
}

std::optional<BackupFolders::Stamp> BackupFolders::stampOf(const QString &name)
{
    static const QRegularExpression pattern(u'^' + QLatin1StringView(prefix)
                                            + QStringLiteral("(\\d{4}-\\d{2}-\\d{2}-\\d{4})"
                                                             "(?:-([1-9]\\d{0,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    Stamp stamp;
    stamp.localTime = QDateTime::fromString(match.captured(1), QLatin1StringView(stampFormat));
    if (!stamp.localTime.isValid())
        return std::nullopt;
    if (match.hasCaptured(2)) {
        stamp.number = match.captured(2).toInt();
        if (stamp.number < 2) // "-1" is never made
            return std::nullopt;
    }
    return stamp;
}

bool BackupFolders::isOlder(const Stamp &a, const Stamp &b)
{
    // By the digits of the name, not by instants: a local time in the hour that a clock change
    // repeats still sorts as it was written.
    if (a.localTime.date() != b.localTime.date())
        return a.localTime.date() < b.localTime.date();
    if (a.localTime.time() != b.localTime.time())
        return a.localTime.time() < b.localTime.time();
    return a.number < b.number;
}

bool BackupFolders::list(const QString &parent, QStringList *names, StoreError *error)
{
    *error = {};
    QStringList all;
    QString why;
    if (!readFolder(parent, &all, &why)) {
        names->clear();
        *error = { StoreError::Code::Io, QStringLiteral("cannot list %1: %2").arg(parent, why) };
        return false;
    }
    QList<std::pair<Stamp, QString>> found;
    for (const QString &name : std::as_const(all)) {
        if (const std::optional<Stamp> stamp = stampOf(name))
            found.append({ *stamp, name });
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return isOlder(a.first, b.first); });
    names->clear();
    for (const auto &[stamp, name] : std::as_const(found))
        names->append(name);
    return true;
}

BackupFolders::Identity BackupFolders::identify(const QString &folder, const QUuid &storeId)
{
    const QFileInfo info(folder);
    if (info.isSymLink() || !info.isDir())
        return Identity::Unknown;
    QStringList entries;
    QString why;
    if (!readFolder(folder, &entries, &why))
        return Identity::Unknown;
    const QString database = QString::fromLatin1(Store::databaseFileName);
    const QString keyring = QString::fromLatin1(Store::keyringFileName);
    entries.sort();
    if (entries != QStringList { keyring, database })
        return Identity::Unknown;
    const QDir dir(folder);
    if (!isOrdinaryFile(dir.filePath(database)) || !isOrdinaryFile(dir.filePath(keyring)))
        return Identity::Unknown;
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring loaded = Keyring::load(dir.filePath(keyring), &status);
    if (status != Keyring::Status::Ok || !loaded.isValid() || loaded.storeId().isNull())
        return Identity::Unknown;
    return loaded.storeId() == storeId ? Identity::ThisStore : Identity::OtherStore;
}

} // namespace pd
