#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace pd {

// The one place that says how long a text may be, what a postcode and a phone number look like
// and which dates are sane. The core services check with it, so the CLI, the desk
// and the import refuse the same input with the same sentence; the desk's line edits take
// their maxLength from it. Every check returns why the input is refused (translated, one
// sentence naming the field), or an empty string.
//
// Postcodes: a Dutch postcode "1234 AB" (also "1234ab", "1234  AB"; stored as "1234 AB"). An
// address abroad has no field of its own for the country, so a foreign postcode is allowed
// only with the country in front: its two-letter ISO code and a dash or space, as on a letter
// ("BE-1000", "DE 10115", "GB-SW1A 1AA"). "NL-1234 AB" is a Dutch postcode.
// Phone numbers: digits with an optional leading +, spaces, dashes and parentheses; 10 to 15
// digits ("030 123 45 67", "+31 (0)30-1234567", "06-12345678").
// Dates: nothing the product records lies before earliestDate() (the AVG's predecessor, the Wet
// persoonsregistratie, dates from 1989; a date before 1990 is a typing error); dates of receipt
// never lie in the future, and what follows a receipt (a decision, an answer, a letter) never
// before it.
class InputLimits final
{
    Q_DECLARE_TR_FUNCTIONS(pd::InputLimits)
public:
    // Names of people and organisations, logins, a customer number, a recipient.
    static constexpr int maxName = 200;
    // One-line texts: street, house number, city, e-mail, phone, a mandate, a channel, a short
    // reason, a purpose.
    static constexpr int maxShortText = 500;
    // Free texts: a description, a note, a motivation, the reasons for an extension.
    static constexpr int maxLongText = 20000;
    static constexpr int maxPostcode = 16;
    static constexpr int maxPhone = 30;

    static QDate earliestDate() { return { 1990, 1, 1 }; }

    // "%1 is too long: at most %n characters." with field as %1; empty when text fits.
    static QString checkLength(const QString &field, const QString &text, int maximum);
    // The first refusal of several (field, text, maximum) checks; empty when all fit.
    struct Length
    {
        QString field;
        QString text;
        int maximum = maxShortText;
    };
    static QString checkLengths(const QList<Length> &fields);

    // A customer number, house number, postcode or phone number as the person means it, whatever
    // was typed or pasted: Unicode NFKC (full-width digits and letters become ASCII ones,
    // no-break and thin spaces a space), invisible format characters (zero-width space and
    // joiners, word joiner, byte order mark, soft hyphen) removed, runs of white space one space,
    // trimmed. "K100" typed with full-width digits and a zero-width space in it is "K100": a
    // customer number looks like one, prints in every font and is found by what is typed.
    static QString normalisedIdentifier(const QString &text);

    // Dutch or with a country code (see above); empty is acceptable.
    static QString checkPostcode(const QString &postcode);
    // "1234ab" → "1234 AB", "NL-1234ab" → "1234 AB", "be-1000" → "BE-1000"; any other text
    // trimmed as it is (checkPostcode refuses it).
    static QString normalisedPostcode(const QString &postcode);
    // 10 to 15 digits with +, spaces, dashes and parentheses; empty is acceptable.
    static QString checkPhone(const QString &phone);
    // A phone number's digits in national form, to compare two ways of writing one number:
    // "+31 (0)6-1234 5678" and "0031 6 12345678" → "0612345678"; another country keeps "00".
    static QString phoneDigits(const QString &phone);

    // A recorded date: valid, not before earliestDate(). field names it in the sentence.
    static QString checkDate(const QString &field, QDate date);
    // The same, and not after today (a receipt, a disclosure, a destruction).
    static QString checkPastDate(const QString &field, QDate date, QDate today);
};

} // namespace pd
