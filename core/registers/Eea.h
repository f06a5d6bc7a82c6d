#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// The countries of the European Economic Area (the EU plus Iceland, Liechtenstein and Norway):
// personal data may go there without a transfer safeguard (chapter V AVG). The one list in the
// code base; the register uses it so that a transfer to, say, the United States can never be
// printed as "no transfer".
namespace Eea {

// True for an EEA country given by its Dutch or English name or ISO 3166 alpha-2 code
// ("Ierland", "Ireland", "IE"); case and surrounding spaces do not matter.
bool contains(const QString &country);
// The Dutch names, in alphabetical order.
QStringList dutchNames();

} // namespace Eea

} // namespace pd
