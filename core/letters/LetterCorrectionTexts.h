#pragma once

// A confirmation of a rectification never confirms as corrected what the record still holds wrong.
#include "letters/Letters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pd::lettercorrection {

class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterCorrections)
};

// The record's fields for which the granted rectification names a value the record does not
// hold, with no correction on the request's trail.
QStringList uncorrectedFields(const LetterContext &context);

QString uncorrectedRefusal(const LetterContext &context, LetterKind kind);

// {{besluit.rectificatie}}'s closing block; empty when nothing was corrected.
QString correctedInPrivacydeskHtml(const LetterContext &context);

} // namespace pd::lettercorrection
