// Same-directory include on purpose: lupdate (run without -I) must see the class in namespace
// pd, or it files the strings under "BsnGuard" while tr() looks them up under "pd::BsnGuard".
#include "BsnGuard.h"

#include "BsnCharacters.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <optional>

namespace pd {

namespace {

// One character of the text as a code point, with its length in UTF-16 units.
struct CodePoint
{
    char32_t value = 0;
    qsizetype units = 1;
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return { QChar::surrogateToUcs4(c, text[i + 1]), 2 };
    return { c.unicode(), 1 };
}

using bsn::characterClass;

// The value of a digit as the guard reads it (BsnCharacters.h); -1 for anything else.
int digitValue(char32_t c)
{
    const std::uint8_t cls = characterClass(c);
    return cls < 10 ? cls : -1;
}

// A combining mark: invisible, and part of the digit it stands on.
bool isCombiningMark(char32_t c)
{
    return characterClass(c) == bsn::Mark;
}

// Invisible characters and combining marks neither join nor split a number.
bool isIgnorable(char32_t c)
{
    const std::uint8_t cls = characterClass(c);
    return cls == bsn::Mark || cls == bsn::Invisible;
}

// A separator inside a run of digits: after how many digits, of which kind, and whether it is
// "weak" — two or more characters, or a comma, semicolon, bar, tab or line break —, which a
// list of numbers has between its numbers ("123456782, 111222333") and a number written in
// groups has not.
struct Separator
{
    qsizetype after = 0;
    char32_t kind = 0;
    bool weak = false;
};

// Digits with the separators between them, and where each digit stands in the text.
struct Piece
{
    QList<char16_t> digits; // as ASCII
    QList<std::pair<qsizetype, qsizetype>> at; // each digit's start and end in the text
    QList<Separator> separators;

    qsizetype start() const { return at.constFirst().first; }
    qsizetype end() const { return at.constLast().second; }
};

int twoDigits(const QList<char16_t> &d, qsizetype at)
{
    return (d[at] - u'0') * 10 + (d[at + 1] - u'0');
}

int fourDigits(const QList<char16_t> &d, qsizetype at)
{
    return twoDigits(d, at) * 100 + twoDigits(d, at + 2);
}

bool isPlausibleDate(int year, int month, int day)
{
    return year >= 1900 && year <= 2199 && QDate::isValid(year, month, day);
}

// 8 digits grouped 2-2-4 or 4-2-2 with the same kind of separator twice, forming a real date.
bool readsAsDate(const Piece &piece)
{
    if (piece.digits.size() != 8 || piece.separators.size() != 2
        || piece.separators[0].kind != piece.separators[1].kind)
        return false;
    const qsizetype first = piece.separators[0].after;
    const qsizetype second = piece.separators[1].after;
    if (first == 2 && second == 4) // DD.MM.YYYY
        return isPlausibleDate(fourDigits(piece.digits, 4), twoDigits(piece.digits, 2),
                               twoDigits(piece.digits, 0));
    if (first == 4 && second == 6) // YYYY.MM.DD
        return isPlausibleDate(fourDigits(piece.digits, 0), twoDigits(piece.digits, 4),
                               twoDigits(piece.digits, 6));
    return false;
}

QString maskDigits(const QList<char16_t> &digits)
{
    QString masked(digits.size() - 4, u'*');
    for (qsizetype k = digits.size() - 4; k < digits.size(); ++k)
        masked.append(QChar(digits[k]));
    return masked;
}

// Privacydesk's own numbers, a request's AVG-YYYY-NNNN and a data breach's DL-YYYY-NNNN: their
// eight digits pass the 11-proef one time in eleven.
bool isCaseNumber(const Piece &piece, QStringView text)
{
    const qsizetype start = piece.start();
    if (piece.digits.size() != 8 || piece.separators.size() != 1 || piece.separators[0].after != 4
        || piece.separators[0].kind != u'-')
        return false;
    return (start >= 4 && text.sliced(start - 4, 4).compare(u"AVG-", Qt::CaseInsensitive) == 0)
        || (start >= 3 && text.sliced(start - 3, 3).compare(u"DL-", Qt::CaseInsensitive) == 0);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A register's reference numbered within a year: one ASCII letter that follows no
// letter or digit, glued to the number or with one dash between, then a year 1900-2199, a dash
// and four or five digits: the Autoriteit Persoonsgegevens' case reference "z2026-09911" and a
// data breach's meldnummer "M-2026-4471". "bsn2026-09911", "bsn-2026-4471", "z 2026-09911" and
// "z2026 09911" are no reference.
bool isLetterReference(const Piece &piece, QStringView text)
{
    qsizetype letter = piece.start() - 1;
    if (letter >= 1 && text[letter] == u'-')
        --letter;
    const qsizetype count = piece.digits.size();
    if ((count != 8 && count != 9) || piece.separators.size() != 1 || piece.separators[0].after != 4
        || piece.separators[0].kind != u'-' || letter < 0 || !isAsciiLetter(text[letter]))
        return false;
    const int year = fourDigits(piece.digits, 0);
    if (year < 1900 || year > 2199)
        return false;
    if (letter < 1)
        return true;
    // The character before the letter, as a code point (a digit may take two code units).
    qsizetype before = letter - 1;
    if (text[before].isLowSurrogate() && before > 0 && text[before - 1].isHighSurrogate())
        --before;
    const char32_t c = codePointAt(text, before).value;
    return !(c < 0x80 && isAsciiLetter(QChar(static_cast<char16_t>(c)))) && digitValue(c) < 0;
}

// Two years side by side, "2024 2025" or "2024–2025" (a table's columns, a period): eight digits
// grouped 4-4 by any one separator, both groups a year 1900-2199.
bool readsAsTwoYears(const Piece &piece)
{
    if (piece.digits.size() != 8 || piece.separators.size() != 1 || piece.separators[0].after != 4)
        return false;
    const int first = fourDigits(piece.digits, 0);
    const int second = fourDigits(piece.digits, 4);
    return first >= 1900 && first <= 2199 && second >= 1900 && second <= 2199;
}

// A reference numbered within a year, YYYY/NNNN (a file or invoice number "2024/0012"): eight
// digits grouped 4-4 by a slash, the first four a year 1900-2199. Nobody writes a BSN 4/4; one
// such reference in eleven passes the 11-proef.
bool isYearReference(const Piece &piece)
{
    if (piece.digits.size() != 8 || piece.separators.size() != 1 || piece.separators[0].after != 4
        || piece.separators[0].kind != u'/')
        return false;
    const int year = fourDigits(piece.digits, 0);
    return year >= 1900 && year <= 2199;
}

// An IPv4 address, "192.168.10.1": four groups of one to three digits apart by three dots, each
// at most 255 and without a leading zero. One address in eleven with 8 or 9 digits passes the
// 11-proef, and breach reports name addresses; a BSN is not written in four such groups.
bool readsAsIpv4(const Piece &piece)
{
    if (piece.separators.size() != 3)
        return false;
    qsizetype from = 0;
    for (qsizetype group = 0; group < 4; ++group) {
        const qsizetype to = group < 3 ? piece.separators[group].after : piece.digits.size();
        if (group < 3 && piece.separators[group].kind != U'.')
            return false;
        if (to - from > 3 || (to - from > 1 && piece.digits[from] == u'0'))
            return false;
        int value = 0;
        for (qsizetype k = from; k < to; ++k)
            value = value * 10 + (piece.digits[k] - u'0');
        if (value > 255)
            return false;
        from = to;
    }
    return true;
}

// A hash as a dossier prints it (ComplaintDossier::formatHash): hex in groups of four joined by
// colons. A run of its digits has colons between its groups only, four digits in every group
// between two colons and at most four in the first and last ("12:3456:782" in
// "ab12:3456:782c"). A BSN written so ("1234:5678:2") is not found; "123:456:782" is.
bool readsAsHashGroups(const Piece &piece)
{
    const qsizetype groups = piece.separators.size() + 1;
    qsizetype from = 0;
    for (qsizetype group = 0; group < groups && groups > 1; ++group) {
        const bool last = group == groups - 1;
        if (!last && piece.separators[group].kind != U':')
            return false;
        const qsizetype to = last ? piece.digits.size() : piece.separators[group].after;
        const bool outer = group == 0 || last;
        if (outer ? to - from > 4 : to - from != 4)
            return false;
        from = to;
    }
    return groups > 1;
}

// Appends the piece when it is a BSN: 8 or 9 digits, not a date, not a case number, year
// reference, register's reference (AP, meldnummer), two years, IPv4 address or printed hash,
// passing the 11-proef. Returns whether it was one.
bool judge(const Piece &piece, QStringView text, QList<BsnFinding> *findings)
{
    const qsizetype count = piece.digits.size();
    if (count != 8 && count != 9)
        return false;
    if (readsAsDate(piece) || isCaseNumber(piece, text) || isYearReference(piece)
        || isLetterReference(piece, text) || readsAsTwoYears(piece) || readsAsIpv4(piece)
        || readsAsHashGroups(piece))
        return false;
    const QString ascii(reinterpret_cast<const QChar *>(piece.digits.constData()), count);
    if (!passesBsnElfProef(ascii))
        return false;
    const qsizetype start = piece.start();
    findings->append(BsnFinding { start, piece.end() - start, maskDigits(piece.digits), {} });
    return true;
}

// Up to limit + 1 digits from position i on, skipping invisible characters and combining marks
// between them: how many there are, at most limit + 1.
int digitsFrom(QStringView text, qsizetype i, int limit)
{
    int count = 0;
    while (i < text.size() && count <= limit) {
        const CodePoint cp = codePointAt(text, i);
        if (digitValue(cp.value) >= 0)
            ++count;
        else if (!isIgnorable(cp.value))
            break;
        i += cp.units;
    }
    return count;
}

// The kind of the first visible character from position i on (0 for a digit, a character that
// ends a number, or the end of the text).
char32_t kindAfter(QStringView text, qsizetype i)
{
    while (i < text.size()) {
        const CodePoint cp = codePointAt(text, i);
        const std::uint8_t cls = characterClass(cp.value);
        if (cls == bsn::Mark || cls == bsn::Invisible) {
            i += cp.units;
            continue;
        }
        if (cls < 10 || cls == bsn::Ends)
            return 0;
        return cls == bsn::OwnKind ? cp.value : static_cast<char32_t>(cls & 0x7F);
    }
    return 0;
}

// The separator run after position i, up to the next digit: its kind, its length in visible
// characters and whether it is weak; nullopt when no digit follows (the number ends at i).
// *next is where the next digit starts. A run with a slash in it is of the slash's kind ("2024 /
// 0012"); otherwise its first visible character decides. A decimal comma followed by exactly two
// digits that end the number ("€ 1.250,00") separates nothing: the cents are not part of it.
std::optional<Separator> separatorAfter(QStringView text, qsizetype i, qsizetype *next)
{
    const qsizetype n = text.size();
    Separator sep;
    int visible = 0;
    char32_t previous = 0; // the kind of the visible character before
    qsizetype j = i;
    while (j < n) {
        const CodePoint cp = codePointAt(text, j);
        const std::uint8_t cls = characterClass(cp.value);
        if (cls < 10)
            break;
        if (cls == bsn::Mark || cls == bsn::Invisible) {
            j += cp.units;
            continue;
        }
        if (cls == bsn::Ends)
            return std::nullopt;
        const char32_t kind = cls == bsn::OwnKind ? cp.value : static_cast<char32_t>(cls & 0x7F);
        if (kind == U',' && digitsFrom(text, j + cp.units, 2) == 2)
            return std::nullopt;
        // A comma and a space divide a list ("pages 15–26, 2005"); a space and a minus sign
        // glued to a digit start a number of its own ("-206.746 -12").
        if ((kind == U',' && kindAfter(text, j + cp.units) == U' ')
            || (kind == U'-' && previous == U' ' && digitsFrom(text, j + cp.units, 0) == 1))
            return std::nullopt;
        previous = kind;
        if (sep.kind == 0 || kind == U'/')
            sep.kind = kind;
        sep.weak = sep.weak || (cls & bsn::Weak) != 0;
        ++visible;
        j += cp.units;
    }
    if (j >= n)
        return std::nullopt;
    sep.weak = sep.weak || visible > 1;
    *next = j;
    if (visible == 0)
        sep.kind = 0; // only invisible characters and marks: the digits simply continue
    return sep;
}

// Where the digit at position i ends: after its code point and the combining marks on it.
qsizetype digitEnd(QStringView text, qsizetype i, qsizetype units)
{
    i += units;
    while (i < text.size()) {
        const CodePoint cp = codePointAt(text, i);
        if (!isCombiningMark(cp.value))
            break;
        i += cp.units;
    }
    return i;
}

// A BSN has eight or nine digits: a text with fewer than eight digits in all (most names,
// addresses, postcodes, customer numbers) needs no closer look. Digits are counted as the scan
// reads them, in any script.
bool fewerThanEightDigits(QStringView text)
{
    int digits = 0;
    for (qsizetype i = 0; i < text.size() && digits < 8;) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            digits += c >= u'0' && c <= u'9' ? 1 : 0;
            ++i;
            continue;
        }
        const CodePoint cp = codePointAt(text, i);
        digits += digitValue(cp.value) >= 0 ? 1 : 0;
        i += cp.units;
    }
    return digits < 8;
}

// The parts of a run that the separators for which cut(index) holds divide it into, in order.
template<typename Cut> QList<Piece> divided(const Piece &run, Cut cut)
{
    QList<Piece> parts(1);
    qsizetype nextSeparator = 0;
    for (qsizetype d = 0; d < run.digits.size(); ++d) {
        parts.last().digits.append(run.digits[d]);
        parts.last().at.append(run.at[d]);
        while (nextSeparator < run.separators.size()
               && run.separators[nextSeparator].after == d + 1) {
            const qsizetype index = nextSeparator++;
            const Separator &sep = run.separators[index];
            if (cut(index))
                parts.append(Piece {});
            else
                parts.last().separators.append(
                    Separator { parts.last().digits.size(), sep.kind, sep.weak });
        }
    }
    return parts;
}

// The separators around each time of day in a run: two or three groups of two digits joined by
// single colons, hours 00-23, minutes and seconds 00-59, with no colon before or after it
// ("09:16", "11:30:30"). A time is a number of its own, so the separators around it end the
// numbers beside it ("13 september 2023 09:16", "15:50 - 16:20", "om 12:30 123456782"); "12:34:567"
// and "12:34:56:78" are no time. Empty when the run has none.
QList<bool> timeBorders(const Piece &run)
{
    const auto &seps = run.separators;
    const qsizetype count = seps.size();
    const auto colon = [](const Separator &sep) {
        return sep.kind == U':';
    };
    if (std::none_of(seps.cbegin(), seps.cend(), colon))
        return {};
    const auto start = [&](qsizetype group) {
        return group == 0 ? 0 : seps[group - 1].after;
    };
    const auto end = [&](qsizetype group) {
        return group == count ? run.digits.size() : seps[group].after;
    };
    const auto below = [&](qsizetype group, int limit) {
        return end(group) - start(group) == 2 && twoDigits(run.digits, start(group)) < limit;
    };
    QList<bool> borders(count, false);
    bool any = false;
    for (qsizetype first = 0; first < count;) {
        qsizetype last = -1; // the time's last group
        for (const qsizetype length : { 2, 1 }) {
            const qsizetype candidate = first + length;
            bool time = candidate <= count && (first == 0 || !colon(seps[first - 1]))
                && (candidate == count || !colon(seps[candidate])) && below(first, 24);
            for (qsizetype group = first + 1; time && group <= candidate; ++group)
                time = colon(seps[group - 1]) && !seps[group - 1].weak && below(group, 60);
            if (time) {
                last = candidate;
                break;
            }
        }
        if (last < 0) {
            ++first;
            continue;
        }
        if (first > 0)
            borders[first - 1] = true;
        if (last < count)
            borders[last] = true;
        any = true;
        first = last + 1;
    }
    return any ? borders : QList<bool> {};
}

// A run as a whole; when it is longer than a BSN, the parts its weak separators divide it into
// ("123456782, 111222333"; "123456782  1") each on its own.
void judgeRun(const Piece &run, QStringView text, QList<BsnFinding> *findings)
{
    if (judge(run, text, findings) || run.digits.size() <= 9)
        return;
    for (const Piece &part : divided(run, [&](qsizetype s) { return run.separators[s].weak; }))
        judge(part, text, findings);
}

// Every number of text that is a BSN as it stands, in order.
QList<BsnFinding> findInOrder(QStringView text)
{
    QList<BsnFinding> findings;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        CodePoint cp = codePointAt(text, i);
        if (digitValue(cp.value) < 0) {
            i += cp.units;
            continue;
        }
        // A run of digits and the separators between them. The scan jumps over whole runs,
        // so what stands before a run is never a digit.
        Piece run;
        while (true) {
            run.digits.append(static_cast<char16_t>(u'0' + digitValue(cp.value)));
            const qsizetype end = digitEnd(text, i, cp.units);
            run.at.append({ i, end });
            i = end;
            qsizetype next = i;
            const std::optional<Separator> sep = separatorAfter(text, i, &next);
            if (!sep)
                break;
            if (sep->kind != 0)
                run.separators.append(Separator { run.digits.size(), sep->kind, sep->weak });
            i = next;
            cp = codePointAt(text, i);
        }
        // Each time of day in it a number of its own, the rest judged as runs.
        const QList<bool> borders = timeBorders(run);
        if (borders.isEmpty()) {
            judgeRun(run, text, &findings);
            continue;
        }
        for (const Piece &piece : divided(run, [&](qsizetype s) { return borders[s]; }))
            judgeRun(piece, text, &findings);
    }
    return findings;
}

// A text as it is shown, for the numbers a right-to-left override turns around (U+202E
// "333222111" is shown "111222333"): the explicit embeddings, overrides and isolates give each
// character a level (UAX #9, X1-X10, up to depth 125), a digit at an odd level that no override
// turns is shown left to right (I2), and every run at a level or higher is reversed, from the
// highest level down (L2). The controls themselves are left out; a paragraph separator ends
// them all. Other characters keep the level they stand at, which is enough for digits and the
// separators between them. origin holds, per UTF-16 unit, where it stands in the text.
struct Shown
{
    QString text;
    QList<qsizetype> origin;
};

// A character of the text with its level.
struct ShownUnit
{
    qsizetype at;
    qsizetype units;
    int level;
};

// Every character but the explicit controls, with its level (X1-X10, I2); *maxLevel the highest.
QList<ShownUnit> levelled(QStringView text, int *maxLevel)
{
    struct Entry
    {
        int level;
        bsn::BidiRole override; // RightToLeftOverride, LeftToRightOverride or None
        bool isolate;
    };
    constexpr int maxDepth = 125;
    std::array<Entry, maxDepth + 2> stack {};
    int depth = 1;
    stack[0] = { 0, bsn::BidiRole::None, false };
    int overflowIsolates = 0;
    int overflowEmbeddings = 0;
    int validIsolates = 0;
    QList<ShownUnit> units;
    units.reserve(text.size());
    *maxLevel = 0;
    for (qsizetype i = 0; i < text.size();) {
        const CodePoint cp = codePointAt(text, i);
        const bsn::BidiRole role = bsn::bidiRole(cp.value);
        i += cp.units;
        switch (role) {
        case bsn::BidiRole::RightToLeftOverride:
        case bsn::BidiRole::LeftToRightOverride:
        case bsn::BidiRole::RightToLeftEmbedding:
        case bsn::BidiRole::LeftToRightEmbedding:
        case bsn::BidiRole::RightToLeftIsolate:
        case bsn::BidiRole::LeftToRightIsolate: {
            const bool rightToLeft = role == bsn::BidiRole::RightToLeftOverride
                || role == bsn::BidiRole::RightToLeftEmbedding
                || role == bsn::BidiRole::RightToLeftIsolate;
            const bool isolate = role == bsn::BidiRole::RightToLeftIsolate
                || role == bsn::BidiRole::LeftToRightIsolate;
            const int current = stack[depth - 1].level;
            const int level = rightToLeft ? (current + 1) | 1 : (current + 2) & ~1;
            if (level <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0) {
                const bool overrides = role == bsn::BidiRole::RightToLeftOverride
                    || role == bsn::BidiRole::LeftToRightOverride;
                stack[depth++] = { level, overrides ? role : bsn::BidiRole::None, isolate };
                validIsolates += isolate ? 1 : 0;
            } else if (isolate) {
                ++overflowIsolates;
            } else if (overflowIsolates == 0) {
                ++overflowEmbeddings;
            }
            continue;
        }
        case bsn::BidiRole::PopFormatting:
            if (overflowIsolates > 0)
                continue;
            if (overflowEmbeddings > 0)
                --overflowEmbeddings;
            else if (!stack[depth - 1].isolate && depth >= 2)
                --depth;
            continue;
        case bsn::BidiRole::PopIsolate:
            if (overflowIsolates > 0) {
                --overflowIsolates;
            } else if (validIsolates > 0) {
                overflowEmbeddings = 0;
                while (!stack[depth - 1].isolate)
                    --depth;
                --depth;
                --validIsolates;
            }
            continue;
        case bsn::BidiRole::Paragraph:
            depth = 1;
            overflowIsolates = overflowEmbeddings = validIsolates = 0;
            units.append({ i - cp.units, cp.units, 0 });
            continue;
        case bsn::BidiRole::None:
            break;
        }
        const Entry &top = stack[depth - 1];
        int level = top.level;
        if (top.override == bsn::BidiRole::None && (level & 1) != 0 && digitValue(cp.value) >= 0)
            ++level;
        *maxLevel = std::max(*maxLevel, level);
        units.append({ i - cp.units, cp.units, level });
    }
    return units;
}

Shown shownText(QStringView text)
{
    int maxLevel = 0;
    QList<ShownUnit> units = levelled(text, &maxLevel);
    for (int level = maxLevel; level >= 1; --level) {
        for (qsizetype k = 0; k < units.size();) {
            if (units[k].level < level) {
                ++k;
                continue;
            }
            qsizetype end = k;
            while (end < units.size() && units[end].level >= level)
                ++end;
            std::reverse(units.begin() + k, units.begin() + end);
            k = end;
        }
    }
    Shown shown;
    shown.text.reserve(text.size());
    shown.origin.reserve(text.size());
    for (const ShownUnit &unit : std::as_const(units)) {
        shown.text.append(text.sliced(unit.at, unit.units));
        for (qsizetype u = 0; u < unit.units; ++u)
            shown.origin.append(unit.at + u);
    }
    return shown;
}

// The findings of the text as it is shown that the text as it stands does not have (the same
// masked number found in both is found once), with their place in the text: from the first to
// the last character of the number as shown.
void appendShownOnly(QStringView text, QList<BsnFinding> *findings)
{
    const Shown shown = shownText(text);
    QStringList unmatched;
    for (const BsnFinding &finding : std::as_const(*findings))
        unmatched.append(finding.masked);
    for (BsnFinding finding : findInOrder(shown.text)) {
        if (unmatched.removeOne(finding.masked))
            continue;
        qsizetype first = text.size();
        qsizetype last = 0;
        for (qsizetype u = finding.position; u < finding.position + finding.length; ++u) {
            first = std::min(first, shown.origin[u]);
            last = std::max(last, shown.origin[u] + 1);
        }
        finding.position = first;
        finding.length = last - first;
        findings->append(finding);
    }
}

// What the findings come to: none, overridden by the user's confirmation, or refused().
template<typename Refusal>
BsnGuard::GuardResult judged(BsnGuard::GuardResult result, BsnCheck bsnCheck, Refusal refusal)
{
    if (result.findings.isEmpty())
        return result;
    if (bsnCheck == BsnCheck::ConfirmedNotBsn) {
        result.overridden = true;
        return result;
    }
    result.allowed = false;
    result.message = refusal(result.findings);
    return result;
}

} // namespace

bool passesBsnElfProef(QStringView digits)
{
    const qsizetype size = digits.size();
    if (size != 8 && size != 9)
        return false;
    // Pad an 8-digit number with a leading 0: the weights then start at 8 instead of 9.
    int weight = size == 9 ? 9 : 8;
    int sum = 0;
    bool allZero = true;
    for (qsizetype k = 0; k < size; ++k) {
        const char16_t c = digits[k].unicode();
        if (c < u'0' || c > u'9')
            return false;
        const int d = c - u'0';
        allZero = allZero && d == 0;
        sum += k == size - 1 ? -d : weight * d;
        --weight;
    }
    return !allZero && sum % 11 == 0;
}

QString maskBsnNumbers(const QString &text)
{
    QString out = text;
    const QList<BsnFinding> findings = findBsnNumbers(out);
    for (auto it = findings.crbegin(); it != findings.crend(); ++it)
        out.replace(it->position, it->length, it->masked);
    return out;
}

QList<BsnFinding> findBsnNumbers(QStringView text)
{
    if (fewerThanEightDigits(text))
        return {}; // an import guards every field of 100,000 rows
    QList<BsnFinding> findings = findInOrder(text);
    if (bsn::containsRightToLeftOverride(text))
        appendShownOnly(text, &findings);
    return findings;
}

QString BsnGuard::refusalMessage(const QList<BsnFinding> &findings, const QString &fieldLabel)
{
    if (findings.isEmpty())
        return {};
    QStringList masked;
    masked.reserve(findings.size());
    for (const BsnFinding &finding : findings)
        masked.append(finding.masked);
    const QString numbers = masked.join(QStringLiteral(", "));

    if (findings.size() == 1) {
        if (fieldLabel.isEmpty()) {
            //: Dutch: "De tekst bevat een nummer dat voldoet aan de elfproef voor een
            //: burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen
            //: (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een
            //: klantnummer), bevestig dat dan uitdrukkelijk."
            return tr("The text contains a number that passes the 11-test for a citizen service "
                      "number (BSN): %1. A housing corporation may not record a BSN (art. 46 "
                      "UAVG). Remove the number. If it is not a BSN (for example a customer "
                      "number), confirm that explicitly.")
                .arg(numbers);
        }
        //: %1 is the field label, %2 the masked number (only its last four digits).
        //: Dutch: "De tekst in “%1” bevat een nummer dat voldoet aan de elfproef voor een
        //: burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen
        //: (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een
        //: klantnummer), bevestig dat dan uitdrukkelijk."
        return tr("The text in “%1” contains a number that passes the 11-test for a citizen "
                  "service number (BSN): %2. A housing corporation may not record a BSN "
                  "(art. 46 UAVG). Remove the number. If it is not a BSN (for example a "
                  "customer number), confirm that explicitly.")
            .arg(fieldLabel, numbers);
    }
    if (fieldLabel.isEmpty()) {
        //: %1 is a list of masked numbers (only their last four digits).
        //: Dutch: "De tekst bevat nummers die voldoen aan de elfproef voor een
        //: burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen
        //: (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN's (bijvoorbeeld
        //: klantnummers), bevestig dat dan uitdrukkelijk."
        return tr("The text contains numbers that pass the 11-test for a citizen service number "
                  "(BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). "
                  "Remove the numbers. If they are not BSNs (for example customer numbers), "
                  "confirm that explicitly.")
            .arg(numbers);
    }
    //: %1 is the field label, %2 a list of masked numbers (only their last four digits).
    //: Dutch: "De tekst in “%1” bevat nummers die voldoen aan de elfproef voor een
    //: burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen
    //: (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN's (bijvoorbeeld
    //: klantnummers), bevestig dat dan uitdrukkelijk."
    return tr("The text in “%1” contains numbers that pass the 11-test for a citizen service "
              "number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). "
              "Remove the numbers. If they are not BSNs (for example customer numbers), "
              "confirm that explicitly.")
        .arg(fieldLabel, numbers);
}

BsnGuard::GuardResult BsnGuard::check(QStringView text, const QString &fieldLabel,
                                      BsnCheck bsnCheck)
{
    GuardResult result;
    result.findings = findBsnNumbers(text);
    return judged(std::move(result), bsnCheck, [&](const QList<BsnFinding> &findings) {
        return refusalMessage(findings, fieldLabel);
    });
}

BsnGuard::GuardResult BsnGuard::checkFields(const QList<QPair<QString, QString>> &fields,
                                            BsnCheck bsnCheck)
{
    GuardResult result;
    QStringList messages;
    for (const auto &[label, text] : fields) {
        QList<BsnFinding> found = findBsnNumbers(text);
        if (found.isEmpty())
            continue;
        for (BsnFinding &finding : found)
            finding.field = label;
        if (bsnCheck == BsnCheck::Refuse)
            messages.append(refusalMessage(found, label));
        result.findings.append(found);
    }
    return judged(std::move(result), bsnCheck,
                  [&](const QList<BsnFinding> &) { return messages.join(u'\n'); });
}

QJsonObject BsnGuard::overridePayload(const QList<BsnFinding> &findings)
{
    QJsonArray list;
    for (const BsnFinding &finding : findings)
        list.append(QJsonObject { { QStringLiteral("field"), finding.field },
                                  { QStringLiteral("masked"), finding.masked } });
    return { { QStringLiteral("findings"), list } };
}

} // namespace pd
