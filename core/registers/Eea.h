#pragma once

#include <QList>
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

// The country's Dutch name, for a tenant's text (seed 003: "US" in the inzage
// report): an EEA country or one of the countries data most often go to from the Netherlands
// (the United States, the United Kingdom, Switzerland, Canada, ...) by its ISO 3166 alpha-2
// code, Dutch or English name ("US", "United States", "VS" → "Verenigde Staten"); the text as
// given for any other.
QString dutchName(const QString &country);

// The articles of chapter V AVG that a transfer's safeguard, as the register records it in
// words, rests on, in order: 45 for an adequacy decision (the EU-US Data Privacy Framework is
// one), 46 for appropriate safeguards (standard contractual clauses, a code of conduct, a
// certification), 47 for binding corporate rules, 49 for a derogation (explicit consent, ...).
// Empty when the words name none of these.
QList<int> transferArticles(const QString &safeguard);

} // namespace Eea

} // namespace pd
