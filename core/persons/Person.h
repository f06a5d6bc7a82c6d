#pragma once

#include "domain/CodeTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The retention rules derive their terms from it and from the relation's end.
enum class Relation {
    Huurder,
    ExHuurder,
    Woningzoekende,
    Medebewoner,
    Sollicitant,
    Medewerker,
    Overig
};

template<> const codes::Vocabulary<Relation> &codes::vocabulary<Relation>();

// There is no BSN field and there never will be (art. 46 UAVG).
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
    // Where the data came from when not from the person (art. 15(1)(g) GDPR); empty when the person
    // gave them.
    QString source;
};

// nullopt when the text is not of the form "street, postcode city".
struct PostalLine
{
    QString streetLine;
    QString postcode;
    QString city;
};
std::optional<PostalLine> parsePostalLine(const QString &text);

QString addressLine(const Person &person);

} // namespace pd
