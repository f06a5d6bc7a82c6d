#pragma once

#include "util/Translations.h"

#include <QString>

namespace pd::ui::settings {

// The few things the GUI remembers between runs (QSettings, organisation/application
// "Privacydesk"). Nothing here is personal data or secret: paths, a user name, the language.

// AppDataLocation + "/kluis": where a first store is proposed.
QString defaultStoreDirectory();
// AppDataLocation + "/demo": the demo store with fictitious data, never the real one.
QString demoStoreDirectory();

// "store/lastPath", defaulting to defaultStoreDirectory().
QString lastStoreDirectory();
void setLastStoreDirectory(const QString &directory);

// "store/lastUser", defaulting to the operating system's user name. A user name is kept in
// ~/.config (plain text) only when the user asked for it ("Remember user name" when unlocking,
// "store/rememberUser"); otherwise setLastUserName() removes any name kept before.
QString lastUserName();
void setLastUserName(const QString &userName, bool remember);
bool rememberUserName();
// Once at start-up: a name kept by an older version, which never asked, is removed.
void forgetUnrememberedUserName();
QString operatingSystemUserName();

// "ui/language", defaulting to pd::defaultLanguage().
UiLanguage language();
void setLanguage(UiLanguage language);

} // namespace pd::ui::settings
