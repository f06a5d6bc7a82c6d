#include "Settings.h"

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
