#pragma once

#include "cases/CaseCodes.h"

#include <QLatin1StringView>

namespace pd {

// The codes of Codes' tables as views of the tables' own text (Codes::code makes a QString of
// each): for CaseJsonWriter, which copies a dozen a request into `case list --json`.
QLatin1StringView codeText(RequestType value);
QLatin1StringView codeText(Channel value);
QLatin1StringView codeText(CaseState value);
QLatin1StringView codeText(Outcome value);
QLatin1StringView codeText(IdMethod value);
QLatin1StringView codeText(RefusalGround value);

} // namespace pd
