#pragma once

#include "persons/Person.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace pd::review {

struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

bool isStreetWord(const QString &word);

// Rule 5 of PersonReview: the street addresses in text that are not person's own. A neighbour
// shares the postcode, not the number.
QList<TextSpan> addressesIn(const QString &text, const Person &person,
                            const std::function<bool(QStringView word)> &writersWord);

} // namespace pd::review
