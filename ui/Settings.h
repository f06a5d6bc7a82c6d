#pragma once

#include "util/Translations.h"

#include <QString>

namespace pd::ui::settings {

// Nothing here is personal data or secret: paths, a user name, the language.

QString defaultStoreDirectory();
// AppDataLocation + "/demo": never the real store.
QString demoStoreDirectory();

QString lastStoreDirectory();
void setLastStoreDirectory(const QString &directory);

// A user name is kept in ~/.config (plain text) only when the user asked for it; otherwise
// setLastUserName() removes any name kept before.
QString lastUserName();
void setLastUserName(const QString &userName, bool remember);
bool rememberUserName();
// Removes a name that an older version kept without asking.
void forgetUnrememberedUserName();
QString operatingSystemUserName();

UiLanguage language();
void setLanguage(UiLanguage language);

} // namespace pd::ui::settings
