#include "persons/Person.h"

#include "domain/CodeTable.h"

#include <QRegularExpression>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// Marked in the context of the other vocabularies (cases/CaseCodes.cpp): one translation each.
constexpr codes::Entry<Relation> relationTable[] = {
    { Relation::Huurder, "huurder", QT_TRANSLATE_NOOP("pd::Codes", "Tenant") },
    { Relation::ExHuurder, "ex-huurder", QT_TRANSLATE_NOOP("pd::Codes", "Former tenant") },
    { Relation::Woningzoekende, "woningzoekende", QT_TRANSLATE_NOOP("pd::Codes", "House-seeker") },
    { Relation::Medebewoner, "medebewoner", QT_TRANSLATE_NOOP("pd::Codes", "Co-resident") },
    { Relation::Sollicitant, "sollicitant", QT_TRANSLATE_NOOP("pd::Codes", "Job applicant") },
    { Relation::Medewerker, "medewerker", QT_TRANSLATE_NOOP("pd::Codes", "Employee") },
    { Relation::Overig, "overig", QT_TRANSLATE_NOOP("pd::Codes", "Other") },
};

} // namespace

template<> const codes::Vocabulary<Relation> &codes::vocabulary<Relation>()
{
    static constexpr Vocabulary<Relation> v { relationTable, "pd::Codes" };
    return v;
}

std::optional<PostalLine> parsePostalLine(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(.+),\\s*([1-9][0-9]{3}\\s?[A-Za-z]{2})\\s+(.+)$"));
    const QRegularExpressionMatch match = shape.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    return PostalLine { match.captured(1).trimmed(), match.captured(2).trimmed(),
                        match.captured(3).trimmed() };
}

namespace {

// Whether simplified() gives the text as it is: no white space at either end, and inside only
// single plain spaces.
bool isSimple(QStringView text)
{
    bool afterSpace = true; // at the start a space would be a leading one
    for (const QChar c : text) {
        if (!c.isSpace()) {
            afterSpace = false;
            continue;
        }
        if (c != u' ' || afterSpace)
            return false;
        afterSpace = true;
    }
    return text.isEmpty() || !afterSpace;
}

// "first second", or the one that is not empty.
void appendJoined(QString *line, const QString &first, const QString &second)
{
    *line += first;
    if (!first.isEmpty() && !second.isEmpty())
        *line += u' ';
    *line += second;
}

} // namespace

QString addressLine(const Person &person)
{
    // The parts as stored are nearly always simple already: the line built once from them, the
    // same as below (`case list --json` states the address of every request).
    if (isSimple(person.street) && isSimple(person.houseNumber) && isSimple(person.postcode)
        && isSimple(person.city)) {
        QString postcode = person.postcode.toUpper();
        if (postcode.size() == 6 && !postcode.contains(u' '))
            postcode.insert(4, u' ');
        QString line;
        line.reserve(person.street.size() + person.houseNumber.size() + postcode.size()
                     + person.city.size() + 4);
        appendJoined(&line, person.street, person.houseNumber);
        const bool hasStreet = !line.isEmpty();
        const bool hasPlace = !postcode.isEmpty() || !person.city.isEmpty();
        if (hasStreet && hasPlace)
            line += QLatin1StringView(", ");
        appendJoined(&line, postcode, person.city);
        return line;
    }
    const QString street
        = QString(person.street.simplified() + u' ' + person.houseNumber.simplified()).trimmed();
    QString postcode = person.postcode.simplified().toUpper();
    if (postcode.size() == 6 && !postcode.contains(u' '))
        postcode.insert(4, u' '); // "6582BC" as stored → "6582 BC"
    const QString place = QString(postcode + u' ' + person.city.simplified()).trimmed();
    if (street.isEmpty() || place.isEmpty())
        return street + place;
    return street + QStringLiteral(", ") + place;
}

} // namespace pd
