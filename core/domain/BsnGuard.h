#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace pd {

// A number in free text that looks like a citizen service number (BSN). Never holds the
// number itself: only where it is and a masked form with the last four digits.
struct BsnFinding
{
    qsizetype position = 0; // in UTF-16 code units, into the text that was searched
    qsizetype length = 0; // including the dots or spaces inside the number
    QString masked; // e.g. "*****1234" for nine digits, "****1234" for eight
    QString field; // label of the field it was found in; set by BsnGuard::checkFields only
};

// The BSN 11-proef (domain.md): an 8-digit number is padded with a leading 0 to d1..d9;
// S = 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9; valid when S mod 11 = 0
// and not all digits are 0. Accepts exactly 8 or 9 ASCII digits and nothing else. Note that
// this is not the bank 11-proef: 123456789 passes that one and fails this one.
bool passesBsnElfProef(QStringView digits);

// Every 8- or 9-digit number in text that passes the BSN 11-proef, in order of position (those
// found only as the text is shown, see Bidi below, after them).
// tests/data/bsn_disguises.tsv lists the disguises and look-alikes this is tested with.
//
// Every character is read by its Unicode properties, through one table generated at build time
// from Qt's Unicode data (BsnCharacters.h), which the server's guard (resources/server/
// bsnguard.sql) is generated with too; no character is listed by hand.
//
// Digits:
//  - Every character with a decimal digit value 0-9 counts with that value: every decimal digit
//    (Nd) of any script — ASCII, full-width, Arabic-Indic, mathematical ... — and every other
//    character Unicode gives a digit value (Numeric_Type Digit, QChar::digitValue()): the
//    superscripts ⁰ ¹ ² ³ ⁴-⁹ and subscripts ₀-₉, circled ⓪ ①-⑨, double-circled ⓵-⓽, dingbat
//    ❶-❾ ➀-➈ ➊-➒ and ⓿, digits with a full stop ⒈-⒐ or a comma 🄁-🄊 and in parentheses ⑴-⑼,
//    Ethiopic and Kharoshthi digits. So does any other character that NFKC maps to one decimal
//    digit.
//  - A number that is no single digit (½, Ⅻ, ⑩, ㉑) is not a digit: it ends a number like a
//    letter does, since it reads as more than one digit or as no digit at all.
//
// Invisible characters are skipped wherever they stand: they neither join nor split a number.
// They are the combining marks (Mn, Me: accents, the keycap U+20E3, the variation selectors,
// the Mongolian free variation selectors, U+034F), every format character (Cf: zero-width
// spaces and joiners, the soft hyphen, the bidi controls, U+180E, U+2064, the tag characters
// ...) and the other default-ignorable code points (the Hangul fillers U+115F, U+1160, U+3164,
// U+FFA0, and the code points Unicode keeps unassigned for them). A finding includes the marks
// on its last digit.
//
// One number is a run of digits where separators may stand between two digits, as a BSN is
// written on an ID card, in a letter or to slip past a check: "1234.56.782", "123 456 782",
// "123-456-782", "1234/56782", "123·456·782", "123:456:782". Letters, numbers that are no
// digit, brackets and quotation marks (they enclose a number rather than divide one: "(2026)
// 16 27" is no BSN) and control characters (other than tabs and line breaks) end a number,
// read as NFKC reads them (Ⓐ is an A); every other character — spaces of every kind,
// punctuation, symbols, emoji, modifier letters (ʼ, ː, ー), spacing marks, blank braille
// U+2800, unassigned and private-use code points — is a separator. Its kind: every space (no-break,
// thin, ideographic, tab, line break) is one kind, every dash (Pd, and the minus sign) another, a
// character NFKC maps to one ASCII punctuation mark (the full-width, small and leader forms) is of
// that mark's kind, any other is of its own kind. The separators between two digits form one
// separator: of the slash's kind when there is a slash among them ("2024 / 0012"), otherwise of the
// kind of the first. It is "weak" when it has two or more visible characters or holds a comma,
// semicolon, bar (|), tab or line break (the characters that divide a list of numbers).
// A time of day in a run — two or three groups of two digits joined by single colons, hours
// 00-23, minutes and seconds 00-59, with no colon before or after ("09:16", "11:30:30") — is a
// number of its own: the separators around it end the numbers beside it ("13 september 2023
// 09:16", "15:50 - 16:20", "om 12:30 123456782" finds the BSN). "12:34:567" is no time.
// Two separators end a number too, even within 8 or 9 digits: a comma followed by a space
// (a list, "pages 15–26, 2005"), and a dash right before a digit after a space (a minus sign:
// "-206.746 -12" is two numbers). A BSN written "123, 456, 782" or "123 -456 -782" is therefore
// not found (a known false negative).
//
// Bidi: where a right-to-left override U+202E is in effect, a number is shown turned around
// (U+202E before 333222111 shows it as 111222333). The text is therefore also read as it is
// shown — each character's level from the explicit embeddings, overrides and isolates (UAX #9,
// nested, until their PDF or PDI, a paragraph separator or the end), runs of a higher level
// reversed — and a number that is a BSN either way is found. A finding of the text as shown
// that the text as it stands does not have (by masked number) spans its characters in the
// text.
//
// Which numbers are candidates:
//  - A run of exactly 8 or 9 digits, judged as a whole.
//  - A longer run is not searched for a BSN inside it, so a phone number ("06 12345678",
//    "06/12345678", "+31 6 2345 6789"), an IBAN's account digits and long references
//    ("2024/12345678") are never flagged. Only where weak separators divide a longer run
//    ("123456782, 111222333"; "123456782  1") is each part judged on its own. The price is a
//    false negative when a BSN stands next to another number with one space, dot, dash, slash
//    or other single separator between ("nr 12 <bsn>", "<bsn>/<bsn>", "12:30 <bsn>").
//  - A digit or two beside a BSN joined by a single separator makes it 10 or 11 digits: not
//    found. An 8-digit number with a one-digit suffix or prefix ("12345672-1", "12345672/1")
//    is a 9-digit candidate as a whole (a known false positive the officer confirms).
//
// Not a BSN, even when the digits pass the 11-proef:
//  - A date: 8 digits grouped 2-2-4 or 4-2-2 by the same kind of separator twice, that is a
//    real date with a year 1900-2199 (DD.MM.YYYY, DD-MM-YYYY, DD/MM/YYYY, DD MM YYYY,
//    YYYY.MM.DD, YYYY:MM:DD in a timestamp, DD·MM·YYYY ...). About one date in eleven passes
//    the 11-proef, and Dutch offices write dates this way, so flagging them would teach users
//    to override the guard. Nobody groups a BSN 2-2-4 or 4-2-2. A date written without
//    separators ("12032024") is a candidate.
//  - A year reference YYYY/NNNN ("2024/0012", also "2024 / 0012"): 8 digits grouped 4-4 by a
//    slash, the first four a year 1900-2199. Nobody writes a BSN 4/4; 4/5 ("1234/56782") is
//    a candidate whatever the first group.
//  - Two years side by side ("2024 2025", "2024–2025"): 8 digits grouped 4-4 by any one
//    separator, both groups a year 1900-2199.
//  - Privacydesk's own request number AVG-YYYY-NNNN.
//  - A register's reference numbered within a year: 8 or 9 digits grouped 4-4 or 4-5 by a dash,
//    the first four a year 1900-2199, right after one ASCII letter that follows no letter or
//    digit, glued to it or with one ASCII dash between: the Autoriteit Persoonsgegevens' case
//    reference "z2026-09911", a data breach's meldnummer "M-2026-4471" ("bsn2026-09911",
//    "bsn-2026-4471", "z 2026-09911" and "z2026 09911" are candidates).
//  - An IPv4 address ("192.168.10.1"): four groups of one to three digits apart by three dots,
//    each at most 255 and without a leading zero. A BSN written "123.45.67.82" is therefore not
//    found (a known false negative); "12.34.56.782" is.
//  - A hash as a dossier prints it ("ab12:3456:782c..."): groups by colons, four digits in every
//    group between two colons and at most four in the first and last. A BSN written
//    "1234:5678:2" is therefore not found (a known false negative); "123:456:782" is.
//  - The cents of an amount: a comma followed by exactly two digits that end the number
//    (invisible characters and marks between them skipped) ends the number before the comma
//    ("€ 1.234.567,82" has 7 digits). An amount of 8 digits ("€ 12.345.672,00") is still a
//    candidate.
//  - Letters next to the number do not protect it: "BSN:123456782" is searched.
//
// A single pass over a table lookup per character, without allocations unless a text has 8
// digits or more: it runs on every keystroke and on every field of large imports.
QList<BsnFinding> findBsnNumbers(QStringView text);

// Keeps citizen service numbers out of the store (art. 87 AVG, art. 46 UAVG: a housing
// corporation has no legal basis to record a BSN). Every service that stores free text —
// names, notes, descriptions, imports — calls check() or checkFields() before it writes,
// so the rule holds for the GUI, the CLI and imports alike.
class BsnGuard final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BsnGuard)
public:
    // The outcome of a check. Contract for callers:
    //  - allowed == false: store nothing and show message (plain Dutch, names the field,
    //    shows only masked numbers).
    //  - allowed == true and overridden == true: the user explicitly confirmed that the
    //    number(s) are not a BSN. Store the text AND record an audit event for the
    //    override (who, when, the field labels and the masked findings — never the text).
    //  - allowed == true and overridden == false: nothing was found; message is empty.
    struct GuardResult
    {
        bool allowed = true;
        QList<BsnFinding> findings;
        bool overridden = false;
        QString message; // the refusal; empty whenever allowed is true
        // The payload of the bsn.override audit event: {"findings": [{field, masked}]} —
        // the field labels and masked numbers, never the text.
        QJsonObject auditPayload() const { return overridePayload(findings); }
    };

    // The same for findings kept elsewhere (e.g. with a rendered letter).
    static QJsonObject overridePayload(const QList<BsnFinding> &findings);

    // Translated refusal for the findings in one field; empty when there are none.
    static QString refusalMessage(const QList<BsnFinding> &findings, const QString &fieldLabel);

    // One free-text field. overrideConfirmed is the user's explicit "this is not a BSN".
    static GuardResult check(QStringView text, const QString &fieldLabel, bool overrideConfirmed);

    // Several fields at once (a form, an imported row): each finding carries its field's
    // label, positions are into that field's text; message has one paragraph per field.
    static GuardResult checkFields(const QList<QPair<QString, QString>> &fields,
                                   bool overrideConfirmed);
};

} // namespace pd
