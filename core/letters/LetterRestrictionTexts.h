#pragma once

// The sentences of the notice lifting a restriction of processing (art. 18 AVG), for
// LetterTemplates::values (LetterValues.cpp). Letters are Dutch whatever the interface language.
#include "letters/Letters.h"

#include <QString>

namespace pd::letterrestrictions {

// An objection's subject as the tenant reads it (LetterValues.cpp's).
using SubjectText = QString (*)(const ObjectionPart &part);

// The restrictions in force whose reason is gone: all but those under art. 18(1)(a) or (d) whose
// rectification or objection is not decided yet (RestrictionDecisions::holding). The notice of
// lifting names only these.
QList<PersonRestriction> liftable(const LetterContext &context);
// {{beperking.gegevens}}: the restrictions lifted, each with its data, since when and
// the ground of art. 18 lid 1 in the article's words; empty without one.
QString restrictionsHtml(const LetterContext &context);
// {{beperking.gevolg}}: what changes when the restrictions end, with the decision that ended
// each. After a granted rectification of contested data (sub a), in full or in part, the
// corrected data are used, never the old ones again; after a refused one, as before. After an
// objection (sub d), what stopped stays stopped and is named; "weer zoals voor de beperking"
// only where nothing stopped.
QString restrictionEndHtml(const LetterContext &context, SubjectText subject);

} // namespace pd::letterrestrictions
