#pragma once

#include <QLatin1StringView>

namespace pd {

// The Latin letters that no decomposition takes apart, as a Dutch list and a search spell them in
// ASCII: Ø o, Æ ae, Œ oe, Ł l, Đ d, ß ss, ı i, Þ th (either case). A null view for any other
// character. The search's fold (cases/PersonQuery) and the persons' sort key (SortName) share it;
// the server's pd_sort_key (pg/0058) spells the same letters.
QLatin1StringView asciiSpelling(char16_t c);

} // namespace pd
