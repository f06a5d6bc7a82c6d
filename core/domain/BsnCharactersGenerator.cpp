// Generates the BSN guard's one table of characters (BsnCharacters.h) for the desk and for the
// server, from the Unicode data of the Qt it is built with: it walks all of Unicode once and
// writes
//  - the C++ table BsnCharacters.cpp compiles in (ranges with a class, the bidi controls), and
//  - resources/server/bsnguard.sql with its @BSN_...@ placeholders replaced by the character
//    classes the PL/pgSQL guard uses (regex bracket expressions, translate() strings),
// so that neither guard holds a list of characters written by hand. Built and run by the
// normal build (core/CMakeLists.txt); the output depends only on Qt's Unicode tables.
//
//   privacydesk_bsncharacters <table.inc> <bsnguard.sql template> <bsnguard.sql>

#include "BsnCharacters.h"

#include <QChar>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pd::bsn;

namespace {

constexpr char32_t lastCodePoint = 0x10FFFF;

struct Span
{
    char32_t first;
    char32_t last;
};

// Unicode's Other_Default_Ignorable_Code_Point (PropList.txt, stable since Unicode 6.1): the
// default-ignorable code points that are neither format characters (Cf) nor combining marks,
// which QChar has no accessor for — the Hangul fillers (Lo) and code points kept unassigned
// (Cn) so that what Unicode puts there later stays invisible. With every Cf and the marks (the
// variation selectors and U+034F among them) the guard's invisible characters hold every
// Default_Ignorable_Code_Point.
constexpr Span otherDefaultIgnorable[] = {
    { 0x034F, 0x034F },   { 0x115F, 0x1160 },   { 0x17B4, 0x17B5 },   { 0x2065, 0x2065 },
    { 0x3164, 0x3164 },   { 0xFFA0, 0xFFA0 },   { 0xFFF0, 0xFFF8 },   { 0xE0000, 0xE0000 },
    { 0xE0002, 0xE001F }, { 0xE0080, 0xE00FF }, { 0xE01F0, 0xE0FFF },
};

bool isOtherDefaultIgnorable(char32_t c)
{
    for (const Span &span : otherDefaultIgnorable) {
        if (c >= span.first && c <= span.last)
            return true;
    }
    return false;
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

// NFKC of one character when it is one character again (⁴ → 4, ＋ → +, Ⓐ → A); else c itself.
char32_t compatibilityForm(char32_t c)
{
    if (c < 0xA0 || isSurrogate(c))
        return c;
    const QList<uint> mapped
        = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toUcs4();
    return mapped.size() == 1 ? static_cast<char32_t>(mapped.first()) : c;
}

// The rules of BsnGuard.h, character by character.
std::uint8_t classify(char32_t c)
{
    if (isSurrogate(c))
        return OwnKind; // a lone surrogate is shown as U+FFFD, a symbol
    // 1. A digit: a decimal digit value (Numeric_Type Decimal or Digit: ❶ ➀ ⓵ ⒈ ⑴ ¹ ₁ ①), or
    // NFKC makes it one decimal digit.
    if (const int value = QChar::digitValue(c); value >= 0)
        return static_cast<std::uint8_t>(value);
    const char32_t form = compatibilityForm(c);
    if (form != c && QChar::category(form) == QChar::Number_DecimalDigit)
        return static_cast<std::uint8_t>(QChar::digitValue(form));
    // 2. Invisible: combining marks, format characters, the other default-ignorables.
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return Mark;
    if (category == QChar::Other_Format || isOtherDefaultIgnorable(c))
        return Invisible;
    // 3. As NFKC reads it: letters, numbers that are no digit, brackets, quotation marks and
    // control characters end a number; everything else separates digit groups.
    if (QChar::isSpace(form)) {
        const QChar::Category spaceCategory = QChar::category(form);
        const bool lineBreakOrTab = spaceCategory == QChar::Other_Control
            || spaceCategory == QChar::Separator_Line
            || spaceCategory == QChar::Separator_Paragraph;
        return static_cast<std::uint8_t>(u' ' | (lineBreakOrTab ? Weak : 0));
    }
    switch (QChar::category(form)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_Control:
    // Brackets and quotation marks enclose a number rather than divide one: "(2026) 16 27" in
    // a table is two numbers and a date, "123(456)782" is no grouping anyone writes.
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
        return Ends;
    case QChar::Punctuation_Dash:
        return u'-';
    default:
        break;
    }
    // The minus sign is a dash (Unicode's Dash property; QChar has none) in a math category.
    if (form == U'\u2212')
        return u'-';
    if (form < 0x80) {
        // A list of numbers is divided by commas, semicolons and bars ("a|b" in a pasted table).
        const bool list = form == U',' || form == U';' || form == U'|';
        return static_cast<std::uint8_t>(form | (list ? Weak : 0));
    }
    return OwnKind;
}

BidiRole bidiRoleOf(char32_t c)
{
    switch (QChar::direction(c)) {
    case QChar::DirRLO:
        return BidiRole::RightToLeftOverride;
    case QChar::DirLRO:
        return BidiRole::LeftToRightOverride;
    case QChar::DirRLE:
        return BidiRole::RightToLeftEmbedding;
    case QChar::DirLRE:
        return BidiRole::LeftToRightEmbedding;
    case QChar::DirPDF:
        return BidiRole::PopFormatting;
    case QChar::DirRLI:
        return BidiRole::RightToLeftIsolate;
    case QChar::DirLRI:
    case QChar::DirFSI:
        return BidiRole::LeftToRightIsolate;
    case QChar::DirPDI:
        return BidiRole::PopIsolate;
    case QChar::DirB:
        return BidiRole::Paragraph;
    default:
        return BidiRole::None;
    }
}

QString roleName(BidiRole role)
{
    switch (role) {
    case BidiRole::None:
        break;
    case BidiRole::RightToLeftOverride:
        return QStringLiteral("RightToLeftOverride");
    case BidiRole::LeftToRightOverride:
        return QStringLiteral("LeftToRightOverride");
    case BidiRole::RightToLeftEmbedding:
        return QStringLiteral("RightToLeftEmbedding");
    case BidiRole::LeftToRightEmbedding:
        return QStringLiteral("LeftToRightEmbedding");
    case BidiRole::PopFormatting:
        return QStringLiteral("PopFormatting");
    case BidiRole::RightToLeftIsolate:
        return QStringLiteral("RightToLeftIsolate");
    case BidiRole::LeftToRightIsolate:
        return QStringLiteral("LeftToRightIsolate");
    case BidiRole::PopIsolate:
        return QStringLiteral("PopIsolate");
    case BidiRole::Paragraph:
        return QStringLiteral("Paragraph");
    }
    return QStringLiteral("None");
}

QString unicodeVersion()
{
    switch (QChar::currentUnicodeVersion()) {
    case QChar::Unicode_13_0:
        return QStringLiteral("13.0");
    case QChar::Unicode_14_0:
        return QStringLiteral("14.0");
    default:
        return QStringLiteral("(QChar::UnicodeVersion %1)")
            .arg(static_cast<int>(QChar::currentUnicodeVersion()));
    }
}

QString hex(char32_t c, int width)
{
    return QStringLiteral("%1").arg(static_cast<uint>(c), width, 16, QLatin1Char('0')).toUpper();
}

// The spans of code points for which wanted(c) holds.
QList<Span> spansOf(const std::function<bool(char32_t)> &wanted)
{
    QList<Span> spans;
    for (char32_t c = 0; c <= lastCodePoint; ++c) {
        if (!wanted(c))
            continue;
        if (!spans.isEmpty() && spans.last().last + 1 == c)
            spans.last().last = c;
        else
            spans.append({ c, c });
    }
    return spans;
}

// One character in a PostgreSQL E'' string: non-ASCII as a string escape, ASCII letters and
// digits as they are, other ASCII as a regular-expression escape (so that - ] ^ \ stay plain
// characters in a bracket expression) or, outside a regular expression, a string escape.
QString sqlCharacter(char32_t c, bool inRegex)
{
    const bool alphanumeric
        = (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    if (alphanumeric)
        return QString(QChar(static_cast<char16_t>(c)));
    if (c < 0x80 && inRegex)
        return QStringLiteral("\\\\u") + hex(c, 4);
    return c > 0xFFFF ? QStringLiteral("\\U") + hex(c, 8) : QStringLiteral("\\u") + hex(c, 4);
}

// The tokens of a bracket expression's content (without the brackets), one per span.
QStringList bracketTokens(const QList<Span> &spans)
{
    QStringList tokens;
    for (const Span &span : spans) {
        if (span.first == 0 && span.last == 0)
            continue; // PostgreSQL's text never holds U+0000
        const char32_t first = span.first == 0 ? 1 : span.first;
        if (first == span.last)
            tokens << sqlCharacter(first, true);
        else
            tokens << sqlCharacter(first, true) + QLatin1Char('-') + sqlCharacter(span.last, true);
    }
    return tokens;
}

// E'..' || E'..' lines of at most about 90 characters, continued at indent.
QString sqlLiteral(const QStringList &tokens, const QString &indent)
{
    if (tokens.isEmpty())
        return QStringLiteral("''");
    QStringList pieces;
    QString piece;
    for (const QString &token : tokens) {
        if (!piece.isEmpty() && piece.size() + token.size() > 84) {
            pieces << piece;
            piece.clear();
        }
        piece += token;
    }
    pieces << piece;
    for (QString &p : pieces)
        p = QStringLiteral("E'") + p + QLatin1Char('\'');
    return pieces.join(QLatin1Char('\n') + indent + QStringLiteral("|| "));
}

// Writes text to path unless path holds it already: what depends on an unchanged table is not
// built again.
bool writeFile(const QString &path, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (QFile existing(path); existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        std::fprintf(stderr, "privacydesk_bsncharacters: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

QString cppTable(const QList<std::uint8_t> &classes, const QList<BidiControl> &bidi,
                 const QString &version)
{
    QString out
        = QStringLiteral("// Generated by privacydesk_bsncharacters (core/domain/"
                         "BsnCharactersGenerator.cpp) from the Unicode %1 of Qt %2: do not edit.\n"
                         "// clang-format off\n\n"
                         "constexpr char generatedUnicodeVersion[] = \"%1\";\n\n"
                         "constexpr pd::bsn::CharacterRange generatedRanges[] = {\n")
              .arg(version, QString::fromLatin1(qVersion()));
    QString line;
    int count = 0;
    for (char32_t c = 0; c <= lastCodePoint; ++c) {
        if (c > 0 && classes.at(c) == classes.at(c - 1))
            continue;
        const QString entry = QStringLiteral("{0x%1, %2},").arg(hex(c, 4)).arg(classes.at(c));
        if (line.size() + entry.size() + 1 > 96) {
            out += QStringLiteral("    ") + line.trimmed() + QLatin1Char('\n');
            line.clear();
        }
        line += entry + QLatin1Char(' ');
        ++count;
    }
    out += QStringLiteral("    ") + line.trimmed() + QStringLiteral("\n};\n\n");
    out += QStringLiteral("constexpr pd::bsn::BidiControl generatedBidiControls[] = {\n");
    for (const BidiControl &control : bidi)
        out += QStringLiteral("    {0x%1, pd::bsn::BidiRole::%2},\n")
                   .arg(hex(control.c, 4), roleName(control.role));
    out += QStringLiteral("};\n\n// The right-to-left overrides, all in the BMP.\n"
                          "constexpr char16_t generatedRightToLeftOverrides[] = {");
    QStringList overrides;
    for (const BidiControl &control : bidi) {
        if (control.role == BidiRole::RightToLeftOverride)
            overrides << QStringLiteral("0x") + hex(control.c, 4);
    }
    out += overrides.join(QStringLiteral(", ")) + QStringLiteral("};\n");
    std::fprintf(stderr, "privacydesk_bsncharacters: %d ranges, %lld bidi controls\n", count,
                 static_cast<long long>(bidi.size()));
    return out;
}

// What the guards' rules take for granted; a Qt whose Unicode broke them would be read wrongly.
bool assumptionsHold(const QList<std::uint8_t> &classes, const QList<BidiControl> &bidi)
{
    for (const BidiControl &control : std::as_const(bidi)) {
        if (control.role == BidiRole::RightToLeftOverride && control.c > 0xFFFF) {
            std::fprintf(stderr, "privacydesk_bsncharacters: an override beyond the BMP\n");
            return false;
        }
    }
    for (char32_t c = U'0'; c <= U'9'; ++c) {
        if (classes.at(c) != c - U'0') {
            std::fprintf(stderr, "privacydesk_bsncharacters: ASCII digits are not digits\n");
            return false;
        }
    }
    for (char32_t c = 0x80; c <= lastCodePoint; ++c) {
        const std::uint8_t cls = classes.at(c);
        if (cls != OwnKind && cls >= 0x20 && (cls & 0x7F) != u' ' && (cls & 0x7F) != u'-'
            && compatibilityForm(c) == c) {
            std::fprintf(stderr, "privacydesk_bsncharacters: U+%s has an ASCII kind\n",
                         qPrintable(hex(c, 4)));
            return false;
        }
    }

    return true;
}

using Placeholders = QHash<QString, std::function<QString(const QString &)>>;

bool isDigitClass(std::uint8_t cls)
{
    return cls < 10;
}

bool hasAsciiKind(std::uint8_t cls)
{
    return cls >= 0x20 && cls != OwnKind;
}

bool isInvisibleClass(std::uint8_t cls)
{
    return cls == Mark || cls == Invisible;
}

bool endsNumber(std::uint8_t cls)
{
    return cls == Ends;
}

bool isSpaceClass(std::uint8_t cls)
{
    return (cls & 0x7F) == u' ';
}

bool isWeakClass(std::uint8_t cls)
{
    return cls >= 0x20 && (cls & Weak) != 0;
}

bool isStrongClass(std::uint8_t cls)
{
    return cls >= 0x20 && (cls & Weak) == 0 && cls != OwnKind;
}

enum class Characters { All, Ascii, BeyondAscii };

// The bracket expression's content for the characters whose class passes test.
std::function<QString(const QString &)> bracket(const QList<std::uint8_t> &classes,
                                                bool (*test)(std::uint8_t), Characters which)
{
    const QList<Span> spans = spansOf([&classes, test, which](char32_t c) {
        if ((which == Characters::Ascii && c >= 0x80)
            || (which == Characters::BeyondAscii && c < 0x80))
            return false;
        return test(classes.at(c));
    });
    return [spans](const QString &indent) {
        return sqlLiteral(bracketTokens(spans), indent);
    };
}

std::function<QString(const QString &)> text(const QStringList &tokens)
{
    return [tokens](const QString &indent) {
        return sqlLiteral(tokens, indent);
    };
}

// The translate() strings: non-ASCII digits to their ASCII digit; non-ASCII separators of an
// ASCII kind to that character, a line break to a line feed (it stays weak).
void addTranslations(const QList<std::uint8_t> &classes, Placeholders *placeholders)
{
    QStringList digitsFrom, digitsTo, foldFrom, foldTo;
    for (char32_t c = 0x80; c <= lastCodePoint; ++c) {
        if (isSurrogate(c))
            continue;
        const std::uint8_t cls = classes.at(c);
        if (cls < 10) {
            digitsFrom << sqlCharacter(c, false);
            digitsTo << QString(QChar(u'0' + cls));
        } else if (hasAsciiKind(cls)) {
            foldFrom << sqlCharacter(c, false);
            const char32_t kind = cls == (u' ' | Weak) ? U'\n' : static_cast<char32_t>(cls & 0x7F);
            foldTo << sqlCharacter(kind, false);
        }
    }
    placeholders->insert(QStringLiteral("BSN_DIGITS_FROM"), text(digitsFrom));
    placeholders->insert(QStringLiteral("BSN_DIGITS_TO"), text(digitsTo));
    placeholders->insert(QStringLiteral("BSN_FOLD_FROM"), text(foldFrom));
    placeholders->insert(QStringLiteral("BSN_FOLD_TO"), text(foldTo));
}

// The bidi controls by role.
void addBidiControls(const QList<BidiControl> &bidi, Placeholders *placeholders)
{
    auto &out = *placeholders;
    const auto roles = [&bidi](std::initializer_list<BidiRole> wanted) {
        QStringList tokens;
        for (const BidiControl &control : std::as_const(bidi)) {
            if (std::find(wanted.begin(), wanted.end(), control.role) != wanted.end())
                tokens << sqlCharacter(control.c, false);
        }
        return tokens;
    };
    out.insert(QStringLiteral("BSN_BIDI_RLO"), text(roles({ BidiRole::RightToLeftOverride })));
    out.insert(QStringLiteral("BSN_BIDI_LRO"), text(roles({ BidiRole::LeftToRightOverride })));
    out.insert(QStringLiteral("BSN_BIDI_RTL"),
               text(roles({ BidiRole::RightToLeftOverride, BidiRole::RightToLeftEmbedding,
                            BidiRole::RightToLeftIsolate })));
    out.insert(QStringLiteral("BSN_BIDI_PUSH"),
               text(roles({ BidiRole::RightToLeftOverride, BidiRole::LeftToRightOverride,
                            BidiRole::RightToLeftEmbedding, BidiRole::LeftToRightEmbedding,
                            BidiRole::RightToLeftIsolate, BidiRole::LeftToRightIsolate })));
    out.insert(QStringLiteral("BSN_BIDI_ISOLATE"),
               text(roles({ BidiRole::RightToLeftIsolate, BidiRole::LeftToRightIsolate })));
    out.insert(QStringLiteral("BSN_BIDI_PDF"), text(roles({ BidiRole::PopFormatting })));
    out.insert(QStringLiteral("BSN_BIDI_PDI"), text(roles({ BidiRole::PopIsolate })));
    out.insert(QStringLiteral("BSN_BIDI_PARAGRAPH"), text(roles({ BidiRole::Paragraph })));
}

// The SQL for each @BSN_...@ placeholder of bsnguard.sql, given the indent of its line.
Placeholders sqlPlaceholders(const QList<std::uint8_t> &classes, const QList<BidiControl> &bidi,
                             const QString &version)
{
    Placeholders placeholders;
    const auto add = [&](const char *name, bool (*test)(std::uint8_t), Characters which) {
        placeholders.insert(QString::fromLatin1(name), bracket(classes, test, which));
    };
    add("BSN_DIGIT_CLASS", isDigitClass, Characters::All);
    add("BSN_OTHER_DIGIT_CLASS", isDigitClass, Characters::BeyondAscii);
    add("BSN_FOLD_CLASS", hasAsciiKind, Characters::BeyondAscii);
    add("BSN_INVISIBLE_CLASS", isInvisibleClass, Characters::BeyondAscii);
    add("BSN_ENDS_CLASS", endsNumber, Characters::BeyondAscii);
    add("BSN_ASCII_ENDS", endsNumber, Characters::Ascii);
    add("BSN_ASCII_SPACES", isSpaceClass, Characters::Ascii);
    add("BSN_ASCII_WEAK", isWeakClass, Characters::Ascii);
    add("BSN_ASCII_STRONG", isStrongClass, Characters::Ascii);
    addTranslations(classes, &placeholders);
    addBidiControls(bidi, &placeholders);
    placeholders.insert(QStringLiteral("BSN_UNICODE"), [version](const QString &) {
        return QStringLiteral("Unicode %1 (Qt %2)").arg(version, QString::fromLatin1(qVersion()));
    });
    return placeholders;
}

// The template with its placeholders filled; an empty string for an unknown placeholder.
QString filledTemplate(const QString &sqlTemplate, const Placeholders &placeholders)
{
    QString sql;
    static const QRegularExpression placeholder(QStringLiteral("@([A-Z_]+)@"));
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(sqlTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto found = placeholders.constFind(match.captured(1));
        if (found == placeholders.constEnd()) {
            std::fprintf(stderr, "privacydesk_bsncharacters: unknown placeholder %s\n",
                         qPrintable(match.captured(0)));
            return {};
        }
        const qsizetype lineStart
            = sqlTemplate.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
        qsizetype indentEnd = lineStart;
        while (indentEnd < sqlTemplate.size() && sqlTemplate.at(indentEnd) == QLatin1Char(' '))
            ++indentEnd;
        const QString indent = QString(indentEnd - lineStart + 4, QLatin1Char(' '));
        sql += QStringView(sqlTemplate).sliced(at, match.capturedStart() - at);
        sql += (*found)(indent);
        at = match.capturedEnd();
    }
    sql += QStringView(sqlTemplate).sliced(at);
    return QStringLiteral("-- Generated by privacydesk_bsncharacters from resources/server/"
                          "bsnguard.sql: do not edit.\n")
        + sql;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s <table.inc> <bsnguard.sql template> <bsnguard.sql>\n",
                     argv[0]);
        return 2;
    }
    const QString version = unicodeVersion();
    QList<std::uint8_t> classes(lastCodePoint + 1);
    QList<BidiControl> bidi;
    for (char32_t c = 0; c <= lastCodePoint; ++c) {
        classes[c] = classify(c);
        if (const BidiRole role = bidiRoleOf(c); role != BidiRole::None)
            bidi.append({ c, role });
    }
    if (!assumptionsHold(classes, bidi))
        return 1;
    QFile templateFile(QString::fromLocal8Bit(argv[2]));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "privacydesk_bsncharacters: cannot read %s\n", argv[2]);
        return 1;
    }
    const QString sql = filledTemplate(QString::fromUtf8(templateFile.readAll()),
                                       sqlPlaceholders(classes, bidi, version));
    if (sql.isEmpty())
        return 1;
    return writeFile(QString::fromLocal8Bit(argv[1]), cppTable(classes, bidi, version))
            && writeFile(QString::fromLocal8Bit(argv[3]), sql)
        ? 0
        : 1;
}
