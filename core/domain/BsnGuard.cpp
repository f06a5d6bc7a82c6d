// Same-directory include on purpose: lupdate (run without -I) must see the class in namespace
// pd, or it files the strings under "BsnGuard" while tr() looks them up under "pd::BsnGuard".
#include "BsnGuard.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
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

// A character outside category Nd that NFKC maps to one decimal digit: superscripts, subscripts
// and circled digits; -1 for anything else. tst_bsnguard checks this list against
// QString::normalized() over all of Unicode.
int compatibilityDigit(char32_t c)
{
    switch (c) {
    case U'\u00B9':
        return 1;
    case U'\u00B2':
        return 2;
    case U'\u00B3':
        return 3;
    case U'\u2070': // superscript zero
    case U'\u24EA': // circled zero
        return 0;
    default:
        break;
    }
    if (c >= U'\u2074' && c <= U'\u2079') // superscripts 4-9
        return static_cast<int>(c - U'\u2070');
    if (c >= U'\u2080' && c <= U'\u2089') // subscripts 0-9
        return static_cast<int>(c - U'\u2080');
    if (c >= U'\u2460' && c <= U'\u2468') // circled 1-9
        return static_cast<int>(c - U'\u245F');
    return -1;
}

// The value of a digit as the guard reads it; -1 for anything else. Every decimal digit (Nd) in
// any script counts with its digit value — ASCII, full-width (U+FF10..), Arabic-Indic,
// mathematical digits ... —, and so does every other character that NFKC maps to one digit.
int digitValue(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (c < 0x80)
        return -1;
    switch (QChar::category(c)) {
    case QChar::Number_DecimalDigit:
        return QChar::digitValue(c);
    case QChar::Number_Other:
        return compatibilityDigit(c);
    default:
        return -1;
    }
}

// Invisible: zero-width spaces and joiners, the word joiner, the byte order mark, the soft
// hyphen and every other format character.
bool isInvisible(char32_t c)
{
    return c == U'\u00AD' || c == U'\u200B' || c == U'\u200C' || c == U'\u200D' || c == U'\u2060'
        || c == U'\uFEFF' || (c >= 0x80 && QChar::category(c) == QChar::Other_Format);
}

// A combining mark (Mn, Me): an accent, a variation selector, an enclosing keycap (U+20E3).
bool isCombiningMark(char32_t c)
{
    if (c < 0x0300)
        return false;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

// Invisible characters and combining marks neither join nor split a number.
bool isIgnorable(char32_t c)
{
    return c >= 0x80 && (isInvisible(c) || isCombiningMark(c));
}

// Punctuation as NFKC reads it, for the separators only: the full-width forms (U+FF01..U+FF5E)
// and the small and leader forms of the dot, comma and dash.
char32_t foldPunctuation(char32_t c)
{
    if (c >= U'\uFF01' && c <= U'\uFF5E')
        return c - 0xFEE0;
    switch (c) {
    case U'\u2024': // one dot leader
    case U'\uFE52': // small full stop
        return U'.';
    case U'\uFE50': // small comma
        return U',';
    case U'\uFE58': // small em dash
    case U'\uFE63': // small hyphen-minus
        return U'-';
    default:
        return c;
    }
}

// The kind of a separator that may stand between digit groups of one number — every space is
// one kind, every hyphen and dash another —, or 0 for a character that ends the number.
char16_t separatorKind(char32_t c)
{
    if (c == U'.' || c == U'_' || c == U',' || c == U'/')
        return static_cast<char16_t>(c);
    if (c == U'-' || (c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212')
        return u'-';
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0' || c == U'\u2009'
        || c == U'\u202F' || (c >= 0x80 && QChar::isSpace(c)))
        return u' ';
    return 0;
}

// A separator inside a run of digits: after how many digits, of which kind, and whether it is
// "weak" — two or more characters, or a comma, tab or line break —, which a list of numbers
// has between its numbers ("123456782, 111222333") and a number written in groups has not.
struct Separator
{
    qsizetype after = 0;
    char16_t kind = 0;
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

// Privacydesk's own request number, AVG-YYYY-NNNN: its eight digits pass the 11-proef one time
// in eleven.
bool isCaseNumber(const Piece &piece, QStringView text)
{
    const qsizetype start = piece.start();
    return piece.digits.size() == 8 && piece.separators.size() == 1
        && piece.separators[0].after == 4 && piece.separators[0].kind == u'-' && start >= 4
        && text.sliced(start - 4, 4).compare(u"AVG-", Qt::CaseInsensitive) == 0;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A register's reference numbered within a year (issue 38): one ASCII letter that follows no
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

// Appends the piece when it is a BSN: 8 or 9 digits, not a date, not a case number, year
// reference or a register's reference (AP, meldnummer), passing the 11-proef. Returns whether it
// was one.
bool judge(const Piece &piece, QStringView text, QList<BsnFinding> *findings)
{
    const qsizetype count = piece.digits.size();
    if (count != 8 && count != 9)
        return false;
    if (readsAsDate(piece) || isCaseNumber(piece, text) || isYearReference(piece)
        || isLetterReference(piece, text))
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
    qsizetype j = i;
    while (j < n) {
        const CodePoint cp = codePointAt(text, j);
        if (digitValue(cp.value) >= 0)
            break;
        if (isIgnorable(cp.value)) {
            j += cp.units;
            continue;
        }
        const char32_t c = foldPunctuation(cp.value);
        const char16_t kind = separatorKind(c);
        if (kind == 0)
            return std::nullopt;
        if (c == U',' && digitsFrom(text, j + cp.units, 2) == 2)
            return std::nullopt;
        if (sep.kind == 0 || kind == u'/')
            sep.kind = kind;
        sep.weak = sep.weak || kind == u',' || c == U'\t' || c == U'\n' || c == U'\r';
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

QList<BsnFinding> findBsnNumbers(QStringView text)
{
    QList<BsnFinding> findings;
    if (fewerThanEightDigits(text))
        return findings; // issue 19: an import guards every field of 100,000 rows
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
        // The run as a whole; when it is longer than a BSN, the parts its weak separators
        // divide it into ("123456782, 111222333"; "123456782  1") are judged each on its own.
        if (judge(run, text, &findings) || run.digits.size() <= 9)
            continue;
        Piece part;
        qsizetype nextSeparator = 0;
        for (qsizetype d = 0; d < run.digits.size(); ++d) {
            part.digits.append(run.digits[d]);
            part.at.append(run.at[d]);
            while (nextSeparator < run.separators.size()
                   && run.separators[nextSeparator].after == d + 1) {
                const Separator &sep = run.separators[nextSeparator++];
                if (sep.weak) {
                    judge(part, text, &findings);
                    part = Piece {};
                } else {
                    part.separators.append(Separator { part.digits.size(), sep.kind, false });
                }
            }
        }
        if (!part.digits.isEmpty())
            judge(part, text, &findings);
    }
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
                                      bool overrideConfirmed)
{
    GuardResult result;
    result.findings = findBsnNumbers(text);
    if (result.findings.isEmpty())
        return result;
    if (overrideConfirmed) {
        result.overridden = true;
        return result;
    }
    result.allowed = false;
    result.message = refusalMessage(result.findings, fieldLabel);
    return result;
}

BsnGuard::GuardResult BsnGuard::checkFields(const QList<QPair<QString, QString>> &fields,
                                            bool overrideConfirmed)
{
    GuardResult result;
    QStringList messages;
    for (const auto &[label, text] : fields) {
        QList<BsnFinding> found = findBsnNumbers(text);
        if (found.isEmpty())
            continue;
        for (BsnFinding &finding : found)
            finding.field = label;
        if (!overrideConfirmed)
            messages.append(refusalMessage(found, label));
        result.findings.append(found);
    }
    if (result.findings.isEmpty())
        return result;
    if (overrideConfirmed) {
        result.overridden = true;
        return result;
    }
    result.allowed = false;
    result.message = messages.join(u'\n');
    return result;
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
