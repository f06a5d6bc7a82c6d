#pragma once

#include "letters/Letters.h"

#include <QString>

namespace pd::letterrestrictions {

using SubjectText = QString (*)(const ObjectionPart &part);

// The notice names only these: one under art. 18(1)(a) or (d) stays until its rectification or
// objection is decided.
QList<PersonRestriction> liftable(const LetterContext &context);
QString restrictionsHtml(const LetterContext &context);
// {{beperking.gevolg}}: after a granted rectification the corrected data are used, never the old.
QString restrictionEndHtml(const LetterContext &context, SubjectText subject);

} // namespace pd::letterrestrictions
