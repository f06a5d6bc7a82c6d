// Same-directory include on purpose: lupdate (run without -I) must see the class in namespace
// pd, or it files the strings under "BsnGuard" while tr() looks them up under "pd::BsnGuard".
#include "BsnGuard.h"

#include <QDate>
#include <QJsonArray>

#include <array>

namespace pd {

namespace {

constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// May stand between two digits of one number, as on an ID card: "1234.56.789".
constexpr bool isGroupSeparator(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == u'.' || c.unicode() == u'\u00A0';
}

// Joins numbers into phone numbers, dates and references: "06-12345678", "2024/0012".
constexpr bool isJoiner(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'/' || u == u'\u2011' || u == u'\u2013';
}

// Space and no-break space are the same separator for the date shape.
constexpr char16_t separatorClass(QChar c)
{
    return c.unicode() == u'\u00A0' ? u' ' : c.unicode();
}

int twoDigits(const std::array<char16_t, 9> &d, int at)
{
    return (d[at] - u'0') * 10 + (d[at + 1] - u'0');
}

int fourDigits(const std::array<char16_t, 9> &d, int at)
{
    return twoDigits(d, at) * 100 + twoDigits(d, at + 2);
}

bool isPlausibleDate(int year, int month, int day)
{
    return year >= 1900 && year <= 2199 && QDate::isValid(year, month, day);
}

// 8 digits grouped 2-2-4 or 4-2-2 with the same separator twice, forming a real date.
bool readsAsDate(const std::array<char16_t, 9> &digits, int digitCount, int separatorCount,
                 const std::array<int, 2> &separatorAfter, const std::array<char16_t, 2> &classes)
{
    if (digitCount != 8 || separatorCount != 2 || classes[0] != classes[1])
        return false;
    if (separatorAfter[0] == 2 && separatorAfter[1] == 4) // DD.MM.YYYY
        return isPlausibleDate(fourDigits(digits, 4), twoDigits(digits, 2), twoDigits(digits, 0));
    if (separatorAfter[0] == 4 && separatorAfter[1] == 6) // YYYY.MM.DD
        return isPlausibleDate(fourDigits(digits, 0), twoDigits(digits, 4), twoDigits(digits, 6));
    return false;
}

QString maskDigits(const std::array<char16_t, 9> &digits, int digitCount)
{
    QString masked(digitCount - 4, u'*');
    for (int k = digitCount - 4; k < digitCount; ++k)
        masked.append(QChar(digits[static_cast<std::size_t>(k)]));
    return masked;
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
        const QChar c = digits[k];
        if (!isAsciiDigit(c))
            return false;
        const int d = c.unicode() - u'0';
        allZero = allZero && d == 0;
        sum += k == size - 1 ? -d : weight * d;
        --weight;
    }
    return !allZero && sum % 11 == 0;
}

QList<BsnFinding> findBsnNumbers(QStringView text)
{
    QList<BsnFinding> findings;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiDigit(text[i])) {
            ++i;
            continue;
        }
        // i starts a group: the scan always jumps over whole groups, so the character before
        // is no digit, and no separator that follows a digit.
        const qsizetype start = i;
        std::array<char16_t, 9> digits {};
        std::array<int, 2> separatorAfter {}; // digit count before the first two separators
        std::array<char16_t, 2> classes {};
        int digitCount = 0;
        int separatorCount = 0;
        while (true) {
            if (digitCount < 9)
                digits[static_cast<std::size_t>(digitCount)] = text[i].unicode();
            ++digitCount;
            ++i;
            if (i < n && isAsciiDigit(text[i]))
                continue;
            if (i + 1 < n && isGroupSeparator(text[i]) && isAsciiDigit(text[i + 1])) {
                if (separatorCount < 2) {
                    separatorAfter[static_cast<std::size_t>(separatorCount)] = digitCount;
                    classes[static_cast<std::size_t>(separatorCount)] = separatorClass(text[i]);
                }
                ++separatorCount;
                ++i;
                continue;
            }
            break;
        }
        const qsizetype end = i; // one past the last digit
        if (digitCount != 8 && digitCount != 9)
            continue;
        const bool joinedBefore
            = start >= 2 && isJoiner(text[start - 1]) && isAsciiDigit(text[start - 2]);
        const bool joinedAfter = end + 1 < n && isJoiner(text[end]) && isAsciiDigit(text[end + 1]);
        if (joinedBefore || joinedAfter)
            continue;
        if (readsAsDate(digits, digitCount, separatorCount, separatorAfter, classes))
            continue;
        const QStringView number(digits.data(), digitCount);
        if (!passesBsnElfProef(number))
            continue;
        findings.append(BsnFinding { start, end - start, maskDigits(digits, digitCount), {} });
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
