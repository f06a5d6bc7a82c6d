#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pd {

UiLanguage defaultLanguage(const QLocale &system)
{
    return system.language() == QLocale::English ? UiLanguage::English : UiLanguage::Dutch;
}

QString languageCode(UiLanguage language)
{
    return language == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("nl");
}

UiLanguage languageFromCode(const QString &code)
{
    return code.startsWith(QLatin1StringView("en")) ? UiLanguage::English : UiLanguage::Dutch;
}

bool installTranslations(UiLanguage language)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qts;
    auto *app = QCoreApplication::instance();
    for (auto *old : { ours.get(), qts.get() }) {
        if (old && app)
            QCoreApplication::removeTranslator(old);
    }
    const QLocale locale(language == UiLanguage::English ? QStringLiteral("en_GB")
                                                         : QStringLiteral("nl_NL"));
    QLocale::setDefault(locale);

    ours = std::make_unique<QTranslator>();
    const bool loaded = ours->load(locale, QStringLiteral("privacydesk"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
    qts = std::make_unique<QTranslator>();
    const bool qtLoaded = qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (app) {
        if (loaded)
            QCoreApplication::installTranslator(ours.get());
        if (qtLoaded)
            QCoreApplication::installTranslator(qts.get());
    }
    return loaded;
}

} // namespace pd
