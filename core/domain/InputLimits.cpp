#include "domain/InputLimits.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

const QRegularExpression &dutchPostcode()
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:NL[\\- ]?)?([1-9][0-9]{3})\\s*([A-Za-z]{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// "1234AB" or "1234 AB" in ASCII (either case): what dutchPostcode() matches most often, told
// without the regular expression, with the same parts: the four digits and the two
// letters are the text's first four and last two characters.
bool isPlainDutchPostcode(QStringView text)
{
    const auto digit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    const auto letter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (text.size() != 6 && !(text.size() == 7 && text[4] == u' '))
        return false;
    return text[0] >= u'1' && text[0] <= u'9' && digit(text[1]) && digit(text[2]) && digit(text[3])
        && letter(text[text.size() - 2]) && letter(text[text.size() - 1]);
}

const QRegularExpression &foreignPostcode()
{
    // A country code, a dash or space, then the code as that country writes it.
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z]{2})[\\- ]([0-9A-Za-z][0-9A-Za-z \\-]{1,10})$"));
    return shape;
}

} // namespace

QString InputLimits::checkLength(const QString &field, const QString &text, int maximum)
{
    if (text.trimmed().size() <= maximum)
        return {};
    //: Dutch: "%1 is te lang: hoogstens %n teken(s)."
    return tr("%1 is too long: at most %n character(s).", nullptr, maximum).arg(field);
}

QString InputLimits::checkLengths(const QList<Length> &fields)
{
    for (const Length &f : fields) {
        if (QString why = checkLength(f.field, f.text, f.maximum); !why.isEmpty())
            return why;
    }
    return {};
}

QString InputLimits::normalisedIdentifier(const QString &text)
{
    // ASCII is its own NFKC
    // form and holds no format character, so only the white space is left to fold.
    if (isAscii(text))
        return text.simplified();
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return folded.simplified();
}

QString InputLimits::checkPostcode(const QString &postcode)
{
    const QString trimmed = normalisedIdentifier(postcode);
    if (trimmed.isEmpty())
        return {};
    if (isPlainDutchPostcode(trimmed) || dutchPostcode().match(trimmed).hasMatch())
        return {};
    if (const auto foreign = foreignPostcode().match(trimmed);
        foreign.hasMatch() && foreign.captured(1).compare(u"NL", Qt::CaseInsensitive) != 0)
        return {};
    //: Dutch: "Vul een Nederlandse postcode in, zoals 1234 AB; zet bij een adres in het
    //: buitenland de landcode ervoor, zoals BE-1000."
    return tr("Enter a Dutch postcode such as 1234 AB; for an address abroad put the country code "
              "first, such as BE-1000.");
}

QString InputLimits::normalisedPostcode(const QString &postcode)
{
    const QString trimmed = normalisedIdentifier(postcode);
    if (isPlainDutchPostcode(trimmed))
        return trimmed.left(4) + u' ' + trimmed.right(2).toUpper();
    if (const auto dutch = dutchPostcode().match(trimmed); dutch.hasMatch())
        return dutch.captured(1) + u' ' + dutch.captured(2).toUpper();
    if (const auto foreign = foreignPostcode().match(trimmed); foreign.hasMatch())
        return foreign.captured(1).toUpper() + u'-' + foreign.captured(2).simplified().toUpper();
    return trimmed;
}

QString InputLimits::phoneDigits(const QString &phone)
{
    QString text = phone;
    text.remove(QStringLiteral("(0)"));
    const bool plus = text.trimmed().startsWith(u'+');
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.startsWith(QLatin1StringView("0031")))
        return u'0' + digits.mid(4);
    if (plus && digits.startsWith(QLatin1StringView("31")))
        return u'0' + digits.mid(2);
    if (plus)
        return QStringLiteral("00") + digits;
    return digits;
}

QString InputLimits::checkPhone(const QString &phone)
{
    const QString trimmed = normalisedIdentifier(phone);
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    qsizetype digits = 0;
    for (QChar c : trimmed)
        digits += (c >= u'0' && c <= u'9') ? 1 : 0;
    if (trimmed.size() > maxPhone || !shape.match(trimmed).hasMatch() || digits < 10 || digits > 15)
        //: Dutch: "Vul een telefoonnummer in, zoals 030 123 45 67 of +31 30 123 45 67."
        return tr("Enter a phone number such as 030 123 45 67 or +31 30 123 45 67.");
    return {};
}

QString InputLimits::checkDate(const QString &field, QDate date)
{
    if (!date.isValid())
        //: Dutch: "%1: vul een geldige datum in."
        return tr("%1: enter a valid date.").arg(field);
    if (date < earliestDate())
        //: Dutch: "%1 ligt vóór %2; is het jaar goed getypt?"
        return tr("%1 lies before %2; was the year typed correctly?")
            .arg(field, QLocale().toString(earliestDate(), QStringLiteral("d MMMM yyyy")));
    return {};
}

} // namespace pd
