#pragma once

// The words every request letter uses (LetterTemplates::values, LetterValues.cpp): dates, the
// kinds, channels, methods and outcomes of a request, an address, lists, as Dutch HTML. Letters
// are Dutch whatever the interface language: they go to Dutch tenants.
#include "cases/Case.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd::letterwords {

QString dutchDate(QDate date);
QString escaped(const QString &text);
QString postcodeText(const QString &postcode);
QString addressHtml(const QString &streetLine, const QString &postcode, const QString &city);
QString dutchType(RequestType type);
QString dutchList(const QStringList &items);
QString dutchChannel(Channel channel);
QString dutchMethod(IdMethod method);
QString dutchOutcome(Outcome outcome);
QString notDealtWithHtml(const QString &emailHtml, const QString &addressLineHtml);
// The greeting of a letter to name, without its comma, as HTML: "Geachte heer of mevrouw De
// Groot-Visser" for "W. de Groot-Visser" (issue 38).
QString salutationHtml(const QString &name);

} // namespace pd::letterwords
