#include "domain/AsciiSpelling.h"

namespace pd {

QLatin1StringView asciiSpelling(char16_t c)
{
    switch (c) {
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QLatin1StringView("o");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QLatin1StringView("ae");
    case 0x0152: // Œ
    case 0x0153: // œ
        return QLatin1StringView("oe");
    case 0x0141: // Ł
    case 0x0142: // ł
        return QLatin1StringView("l");
    case 0x0110: // Đ
    case 0x0111: // đ
        return QLatin1StringView("d");
    case 0x00DF: // ß
        return QLatin1StringView("ss");
    case 0x0131: // ı (Turkish dotless i)
        return QLatin1StringView("i");
    case 0x00DE: // Þ
    case 0x00FE: // þ
        return QLatin1StringView("th");
    default:
        return {};
    }
}

} // namespace pd
