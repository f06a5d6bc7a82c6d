#pragma once

// The sentences of the notice lifting a restriction of processing (art. 18 AVG), for
// LetterTemplates::values (LetterValues.cpp). Letters are Dutch whatever the interface language.
#include "letters/Letters.h"

#include <QString>

namespace pd::letterrestrictions {

// {{beperking.gegevens}} (issue 40): the restrictions in force, each with its data, since when
// and the ground of art. 18 lid 1 in the article's words; empty without one.
QString restrictionsHtml(const LetterContext &context);
// {{beperking.gevolg}} (issue 38): what changes when the restrictions end. After a granted
// rectification of contested data (art. 18 lid 1 sub a), in full or in part, the corrected data
// are used, never the old ones again; otherwise the data are used as before the restriction.
QString restrictionEndHtml(const LetterContext &context);

} // namespace pd::letterrestrictions
