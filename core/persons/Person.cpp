#include "persons/Person.h"

#include "util/CodeTable.h"

#include <QRegularExpression>

namespace pd {

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

QString relationCode(Relation value)
{
    return codes::codeOf(relationTable, value);
}

QString relationLabel(Relation value)
{
    return codes::labelOf("pd::Codes", relationTable, value);
}

std::optional<Relation> relationFromCode(QStringView code)
{
    return codes::fromCode(relationTable, code);
}

QList<Relation> allRelations()
{
    return codes::valuesOf(relationTable);
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

QString addressLine(const Person &person)
{
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
