#pragma once

#include "persons/Person.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace pd::review {

// Where a fragment stands in a text: [start, end).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Rule 5 of PersonReview (art. 15(4) AVG): the Dutch street addresses in text that
// are not person's own, in order. A street with its house number ("Kerkstraat 14", "Van
// Heekstraat 7-2", "Dorpsweg 3a", "Lange Nieuwstraat 117 bis") when a word of the street ends as
// streets do ("-straat", "-weg", "-laan", ...) or a postcode follows, with the postcode and place
// that follow ("Kerkstraat 14, 7511 AB Enschede"); or a postcode with its place alone ("7511 AB
// Enschede"). The words before the street that writersWord says are the writer's own ("op",
// "Gisteren") are left out. Own: the same street and number (and postcode, where one follows),
// or a postcode alone that is the person's; a neighbour shares the postcode, not the number.
// Whether an address stands next to someone else is PersonReview's to judge.
// Whether a word is the kind of word streets are named with ("Kerkstraat", "Laan", "Dorpsweg").
bool isStreetWord(const QString &word);

QList<TextSpan> addressesIn(const QString &text, const Person &person,
                            const std::function<bool(QStringView word)> &writersWord);

} // namespace pd::review
