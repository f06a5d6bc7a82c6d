#pragma once

#include "letters/Letters.h"

#include <QString>

namespace pd::lettererasure {

// {{verwijderd.privacydesk}}; empty when no field was erased.
QString erasedInPrivacydeskHtml(const LetterContext &context);

} // namespace pd::lettererasure
