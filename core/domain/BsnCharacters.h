#pragma once

#include <QStringView>

#include <cstdint>

// How the BSN guard classes each Unicode character: one table generated at build time from Qt's
// Unicode data, shared by the desk's guard and the server's (resources/server/bsnguard.sql).

namespace pd::bsn {

// 0-9: a digit of that value; 0x20-0x7E: a separator of that ASCII kind; with Weak: one that
// divides a list.
enum CharacterClass : std::uint8_t {
    Mark = 10,
    Invisible = 11,
    Ends = 12,
    OwnKind = 13,
    Weak = 0x80,
};

struct CharacterRange
{
    char32_t first;
    std::uint8_t cls;
};

enum class BidiRole : std::uint8_t {
    None,
    RightToLeftOverride, // RLO
    LeftToRightOverride, // LRO
    RightToLeftEmbedding, // RLE
    LeftToRightEmbedding, // LRE
    PopFormatting, // PDF
    RightToLeftIsolate, // RLI
    LeftToRightIsolate, // LRI, and FSI (taken as left-to-right)
    PopIsolate, // PDI
    Paragraph, // a paragraph separator (bidi class B): every embedding ends
};

struct BidiControl
{
    char32_t c;
    BidiRole role;
};

std::uint8_t characterClass(char32_t c);

BidiRole bidiRole(char32_t c);

bool containsRightToLeftOverride(QStringView text);

const char *tableUnicodeVersion();

} // namespace pd::bsn
