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

// Every 8- or 9-digit number in text that passes the BSN 11-proef, in order of position.
// tests/data/bsn_disguises.tsv lists the disguises and look-alikes this is tested with.
//
// Digits:
//  - Every decimal digit (category Nd) in any script counts with its digit value: ASCII,
//    full-width, Arabic-Indic, mathematical and other script digits.
//  - So does every other character that NFKC maps to one decimal digit: the superscripts
//    ⁰ ¹ ² ³ ⁴-⁹, the subscripts ₀-₉ and the circled digits ⓪ ①-⑨. Look-alikes that NFKC maps
//    to more than one character (⑴, ⒈, ½) or leaves alone (❶, ➀) are not digits.
//  - Invisible characters (zero-width spaces and joiners, the word joiner, the byte order mark,
//    the soft hyphen, every format character Cf) and combining marks (Mn, Me: accents,
//    variation selectors, the keycap U+20E3) are skipped wherever they stand: they neither join
//    nor split a number. A finding includes the marks on its last digit.
//
// One number is a run of digits where separators may stand between two digits, as a BSN is
// written on an ID card, in a letter or to slip past a check: "1234.56.782", "123 456 782",
// "123-456-782", "1234/56782", "123_456_782", "123,456,782". Separators are spaces of every
// kind (no-break, thin, ideographic, tab, line break), dots, commas, underscores, hyphens and
// dashes, and slashes; their full-width forms, the small full stop, comma and hyphens and the
// one dot leader count as the character NFKC maps them to (other compatibility punctuation
// does not). Any other character (a letter, colon, parenthesis, plus sign ...) ends the
// number. The separators between two digits form one separator of one kind: a slash when
// there is one among them ("2024 / 0012"), otherwise the first visible one; it is "weak" when
// it has two or more visible characters or holds a comma, tab or line break.
//
// Which numbers are candidates:
//  - A run of exactly 8 or 9 digits, judged as a whole.
//  - A longer run is not searched for a BSN inside it, so a phone number ("06 12345678",
//    "06/12345678", "+31 6 2345 6789"), an IBAN's account digits and long references
//    ("2024/12345678") are never flagged. Only where weak separators divide a longer run
//    ("123456782, 111222333"; "123456782  1") is each part judged on its own. The price is a
//    false negative when a BSN stands next to another number with one space, dot, dash or
//    slash between ("nr 12 <bsn>", "<bsn>/<bsn>").
//  - A digit or two beside a BSN joined by a single separator makes it 10 or 11 digits: not
//    found. An 8-digit number with a one-digit suffix or prefix ("12345672-1", "12345672/1")
//    is a 9-digit candidate as a whole (a known false positive the officer confirms).
//
// Not a BSN, even when the digits pass the 11-proef:
//  - A date: 8 digits grouped 2-2-4 or 4-2-2 by the same kind of separator twice, that is a
//    real date with a year 1900-2199 (DD.MM.YYYY, DD-MM-YYYY, DD/MM/YYYY, DD MM YYYY,
//    YYYY.MM.DD ...). About one date in eleven passes the 11-proef, and Dutch offices write
//    dates this way, so flagging them would teach users to override the guard. Nobody groups
//    a BSN 2-2-4 or 4-2-2. A date written without separators ("12032024") is a candidate.
//  - A year reference YYYY/NNNN ("2024/0012", also "2024 / 0012"): 8 digits grouped 4-4 by a
//    slash, the first four a year 1900-2199. Nobody writes a BSN 4/4; 4/5 ("1234/56782") is
//    a candidate whatever the first group.
//  - Privacydesk's own request number AVG-YYYY-NNNN.
//  - A register's reference numbered within a year: 8 or 9 digits grouped 4-4 or 4-5 by a dash,
//    the first four a year 1900-2199, right after one ASCII letter that follows no letter or
//    digit, glued to it or with one ASCII dash between: the Autoriteit Persoonsgegevens' case
//    reference "z2026-09911", a data breach's meldnummer "M-2026-4471" ("bsn2026-09911",
//    "bsn-2026-4471", "z 2026-09911" and "z2026 09911" are candidates).
//  - The cents of an amount: a comma followed by exactly two digits that end the number
//    (invisible characters and marks between them skipped) ends the number before the comma
//    ("€ 1.234.567,82" has 7 digits). An amount of 8 digits ("€ 12.345.672,00") is still a
//    candidate.
//  - Letters next to the number do not protect it: "BSN:123456782" is searched.
//
// A hand-written single pass without allocations unless a text has 8 digits or more: it runs
// on every keystroke and on every field of large imports.
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
