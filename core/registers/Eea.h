#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// The one EEA list in the code base, so that a transfer to, say, the United States can never be
// printed as "no transfer".
namespace Eea {

// Dutch or English name or alpha-2 code; case and surrounding spaces do not matter.
bool contains(const QString &country);
QStringList dutchNames();

// The text as given for a country it does not know.
QString dutchName(const QString &country);

// Empty when the words name none of art. 45, 46, 47 or 49.
QList<int> transferArticles(const QString &safeguard);

} // namespace Eea

} // namespace pd
