#include "Settings.h"

#include "store/ServerLocation.h"
#include "store/Store.h"

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
    // A server store's URI as written: the next start must not take it for a folder.
    QSettings().setValue(QStringLiteral("store/lastPath"),
                         ServerLocation::cleanLocation(directory));
}

namespace {
const QString lastUserKey = QStringLiteral("store/lastUser");
const QString rememberUserKey = QStringLiteral("store/rememberUser");
} // namespace

QString lastUserName()
{
    const QString name = rememberUserName() ? QSettings().value(lastUserKey).toString() : QString();
    return name.isEmpty() ? operatingSystemUserName() : name;
}

void setLastUserName(const QString &userName, bool remember)
{
    QSettings settings;
    settings.setValue(rememberUserKey, remember);
    if (remember && !userName.isEmpty())
        settings.setValue(lastUserKey, userName);
    else
        settings.remove(lastUserKey);
}

bool rememberUserName()
{
    return QSettings().value(rememberUserKey, false).toBool();
}

void forgetUnrememberedUserName()
{
    QSettings settings;
    if (settings.contains(lastUserKey) && !settings.value(rememberUserKey, false).toBool())
        settings.remove(lastUserKey);
}

QString operatingSystemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    return name;
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
