#include "BsnCharacters.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace pd::bsn {

namespace {

// generatedUnicodeVersion, generatedRanges, generatedBidiControls and
// generatedRightToLeftOverrides, written by BsnCharactersGenerator.cpp at build time.
#include "BsnCharacterTable.inc"

static_assert(generatedRanges[0].first == 0, "the table starts at U+0000");

// Latin-1 straight from an array: most text the guard reads is ASCII or Latin-1, and every
// character of it is looked up.
constexpr std::array<std::uint8_t, 256> latin1 = [] {
    std::array<std::uint8_t, 256> classes {};
    std::size_t range = 0;
    for (char32_t c = 0; c < 256; ++c) {
        while (range + 1 < std::size(generatedRanges) && generatedRanges[range + 1].first <= c)
            ++range;
        classes[c] = generatedRanges[range].cls;
    }
    return classes;
}();

} // namespace

std::uint8_t characterClass(char32_t c)
{
    if (c < latin1.size())
        return latin1[c];
    const auto after = std::upper_bound(
        std::begin(generatedRanges), std::end(generatedRanges), c,
        [](char32_t value, const CharacterRange &range) { return value < range.first; });
    return std::prev(after)->cls;
}

BidiRole bidiRole(char32_t c)
{
    for (const BidiControl &control : generatedBidiControls) {
        if (control.c == c)
            return control.role;
    }
    return BidiRole::None;
}

bool containsRightToLeftOverride(QStringView text)
{
    return std::any_of(std::begin(generatedRightToLeftOverrides),
                       std::end(generatedRightToLeftOverrides),
                       [text](char16_t c) { return text.contains(QChar(c)); });
}

const char *tableUnicodeVersion()
{
    return generatedUnicodeVersion;
}

} // namespace pd::bsn
