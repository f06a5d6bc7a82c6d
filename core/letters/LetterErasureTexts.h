#pragma once

// The sentences of the confirmation of an erasure (art. 17 AVG) beyond the decision's own part,
// for LetterTemplates::values (LetterValues.cpp). Letters are Dutch whatever the interface
// language.
#include "letters/Letters.h"

#include <QString>

namespace pd::lettererasure {

// {{verwijderd.privacydesk}} (ieder1): the fields of the person's own record in
// Privacydesk erased for the request, as a block; empty when none were.
QString erasedInPrivacydeskHtml(const LetterContext &context);

} // namespace pd::lettererasure
