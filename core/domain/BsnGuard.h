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
//
// What counts as one number:
//  - Only ASCII 0-9 are digits. QChar::isDigit() would also accept full-width, Arabic-Indic
//    and other script digits; those are not treated as digits (not found, and they do not
//    join or break a run). Dutch case notes and CSV exports use ASCII digits.
//  - Digits may be grouped the way a BSN is written on an ID card or in a letter:
//    "1234.56.789", "123 456 789", "12.34.56.789". A group is a run of digits where a
//    single space, dot or no-break space (U+00A0) may stand between two digits. Dashes and
//    slashes never group (they belong to dates and phone numbers), and neither do two
//    separators in a row.
//  - A group is judged as a whole: only a group of exactly 8 or 9 digits is a candidate.
//    A longer group is not searched for a BSN inside it, so a phone number such as
//    "06 12345678" or "+31 6 2345 6789", an IBAN's account digits and other long references
//    are never flagged. The price is a false negative when a BSN is written directly
//    after or before another number with only a space between ("nr 12 <bsn>").
//  - A group joined to another digit by a dash or slash ("06-12345678", "2024/12345678")
//    is part of a phone number, date or reference and is not a candidate either.
//  - A group of 8 digits with exactly two separators that reads as a calendar date
//    DD.MM.YYYY, DD MM YYYY or YYYY.MM.DD (same separator twice, year 1900-2199) is not a
//    candidate: about one in eleven dates passes the 11-proef, and Dutch offices write
//    dates with dots, so flagging them would teach users to override the guard. Nobody
//    groups a BSN as 2-2-4 or 4-2-2. An 8-digit date written without separators
//    ("12032024") is still a candidate.
//  - Letters next to the number do not protect it: "BSN:123456789" is searched.
//
// A hand-written single pass without allocations unless something is found: it runs on
// every keystroke and on every field of large imports.
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
