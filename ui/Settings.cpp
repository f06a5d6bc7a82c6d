#include "Settings.h"

#include "store/Store.h"
#include "store/UnlockBackoff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace pd::ui::settings {
QString defaultStoreDirectory()
{
    return QDir::cleanPath(Store::defaultDirectory());
}

QString demoStoreDirectory()
{
    return QDir::cleanPath(Store::demoDirectory());
}

QString lastStoreDirectory()
{
    const QString path = QSettings().value(QStringLiteral("store/lastPath")).toString();
    return path.isEmpty() ? defaultStoreDirectory() : path;
}

void setLastStoreDirectory(const QString &directory)
{
    QSettings().setValue(QStringLiteral("store/lastPath"), QDir::cleanPath(directory));
}

QString lastUserName()
{
    const QString name = QSettings().value(QStringLiteral("store/lastUser")).toString();
    return name.isEmpty() ? operatingSystemUserName() : name;
}

void setLastUserName(const QString &userName)
{
    QSettings().setValue(QStringLiteral("store/lastUser"), userName);
}

QString operatingSystemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    return name;
}

namespace {

// The folder's path is not written in clear beside the counter: a hash names the group.
QString backoffGroup(const QString &directory)
{
    const QByteArray hash
        = QCryptographicHash::hash(QDir::cleanPath(directory).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("unlock/") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

void loadUnlockBackoff(const QString &directory, UnlockBackoff *backoff)
{
    QSettings settings;
    settings.beginGroup(backoffGroup(directory));
    backoff->restore(settings.value(QStringLiteral("failures")).toInt(),
                     settings.value(QStringLiteral("lastFailure")).toDateTime());
}

void saveUnlockBackoff(const QString &directory, const UnlockBackoff &backoff)
{
    QSettings settings;
    if (backoff.failures() == 0) {
        settings.remove(backoffGroup(directory));
        return;
    }
    settings.beginGroup(backoffGroup(directory));
    settings.setValue(QStringLiteral("failures"), backoff.failures());
    settings.setValue(QStringLiteral("lastFailure"), backoff.lastFailure());
}

UiLanguage language()
{
    const QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    return code.isEmpty() ? defaultLanguage() : languageFromCode(code);
}

void setLanguage(UiLanguage lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), languageCode(lang));
}

} // namespace pd::ui::settings
