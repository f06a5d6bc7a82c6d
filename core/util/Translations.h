#pragma once

#include <QLocale>
#include <QString>

namespace pd {

enum class UiLanguage { Dutch, English };

UiLanguage defaultLanguage(const QLocale &system = QLocale::system());
QString languageCode(UiLanguage language); // "nl" / "en"
UiLanguage languageFromCode(const QString &code); // unknown codes give Dutch

// Also sets the default QLocale, so that numbers and dates follow the language.
bool installTranslations(UiLanguage language);

} // namespace pd
