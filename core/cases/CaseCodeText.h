#pragma once

#include "cases/CaseCodes.h"

#include <QLatin1StringView>

namespace pd {

// Views of the tables' own text, without a QString each: for `case list --json`.
QLatin1StringView codeText(RequestType value);
QLatin1StringView codeText(Channel value);
QLatin1StringView codeText(CaseState value);
QLatin1StringView codeText(Outcome value);
QLatin1StringView codeText(IdMethod value);
QLatin1StringView codeText(RefusalGround value);

} // namespace pd
