#pragma once

#include <QLocale>
#include <QString>

namespace pd {

// The UI languages Privacydesk ships: Dutch first, English second.
enum class UiLanguage { Dutch, English };

// The language to use when the user has chosen none: the system's if we have it, else Dutch.
UiLanguage defaultLanguage(const QLocale &system = QLocale::system());
QString languageCode(UiLanguage language); // "nl" / "en"
UiLanguage languageFromCode(const QString &code); // unknown codes give Dutch

// Installs our translation (embedded under :/i18n) and Qt's own for the language on the
// running application, replacing any previously installed by this function, and sets the
// default QLocale so that numbers and dates follow the language (nl_NL / en_GB).
bool installTranslations(UiLanguage language);

} // namespace pd
