#pragma once

#include <QStringView>

#include <cstdint>

// How the BSN guard reads each character of Unicode, as one table that the desk's guard
// (BsnGuard.cpp) and the server's (resources/server/bsnguard.sql) share. The table is generated
// at build time by BsnCharactersGenerator.cpp, which walks all of Unicode once through QChar and
// QString::normalized() (Qt's Unicode version); no list of characters is written by hand in
// either guard. BsnGuard.h states the rules.

namespace pd::bsn {

// A character's class, one byte:
//  - 0-9: a digit with that value;
//  - Mark: a combining mark (Mn, Me), invisible, part of the digit it stands on;
//  - Invisible: a format character (Cf) or another default-ignorable code point;
//  - Ends: a letter, a number that is no single digit (½, Ⅻ, ⑩), a bracket, a quotation mark
//    or a control character: it ends a number;
//  - OwnKind: a separator whose kind is the character itself;
//  - 0x20-0x7E: a separator whose kind is this ASCII character (' ' for every space, '-' for
//    every dash, '.' for the compatibility forms of the full stop ...);
//  - with Weak added: a separator that divides a list of numbers (a comma, a semicolon, a bar,
//    a tab or a line break).
enum CharacterClass : std::uint8_t {
    Mark = 10,
    Invisible = 11,
    Ends = 12,
    OwnKind = 13,
    Weak = 0x80,
};

// The table: each range starts at first and ends where the next one starts.
struct CharacterRange
{
    char32_t first;
    std::uint8_t cls;
};

// The characters that change the direction text is shown in (their Unicode bidi class): the
// explicit embeddings, overrides and isolates and what ends them, and the paragraph separators.
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

// The class of c (any value up to U+10FFFF, lone surrogates included).
std::uint8_t characterClass(char32_t c);

// The role of c in showing text left to right or right to left; None for most characters.
BidiRole bidiRole(char32_t c);

// Whether text holds a right-to-left override (U+202E): a cheap test before the guard reads a
// text also as it is shown.
bool containsRightToLeftOverride(QStringView text);

// The Unicode version of the Qt the table was generated with, e.g. "14.0".
const char *tableUnicodeVersion();

} // namespace pd::bsn
