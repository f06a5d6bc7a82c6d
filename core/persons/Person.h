#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// How a data subject relates to the organisation (persons.relation). The retention rules derive
// their terms from it and from the end of the relation.
enum class Relation {
    Huurder,
    ExHuurder,
    Woningzoekende,
    Medebewoner,
    Sollicitant,
    Medewerker,
    Overig
};

// The relation's stable code (command line, JSON, database) and translated label. Codes::code,
// Codes::label, Codes::relation and Codes::relations (cases/CaseCodes.h) say the same; the
// labels keep the translation context of the other vocabularies ("pd::Codes").
QString relationCode(Relation value);
QString relationLabel(Relation value);
std::optional<Relation> relationFromCode(QStringView code);
QList<Relation> allRelations();

// A data subject. There is no BSN field and there never will be (art. 46 UAVG).
struct Person
{
    qint64 id = 0;
    QString name;
    Relation relation = Relation::Overig;
    QString klantnummer;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QDate relationEnd;
    // Where the data came from when not from the person (art. 15(1)(g) GDPR): "ERP-import",
    // "gemeente", "bewindvoerder", free text; empty when the person gave them.
    QString source;
};

// A postal address written on one line: "Kerkpad 12, 6582 BC Heumen" → the street line
// ("Kerkpad 12"), the postcode and the city (`case add --address`, the import's address
// column, the organisation's address setting); nullopt when it is not of that form.
struct PostalLine
{
    QString streetLine;
    QString postcode;
    QString city;
};
std::optional<PostalLine> parsePostalLine(const QString &text);

// The postal address on one line, as an envelope reads it: "Kerkpad 12, 6582 BC Heumen" (issue
// 38); empty when none was recorded.
QString addressLine(const Person &person);

} // namespace pd
