#pragma once

// What the confirmation of a rectification (art. 16 AVG) says of the person's own record in
// Privacydesk, and when it may not be made: a letter never confirms as corrected what the record
// still holds wrong. For LetterService and LetterTemplates::values. Letters are Dutch whatever
// the interface language; the refusal is in the interface language.
#include "letters/Letters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pd::lettercorrection {

class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterCorrections)
};

// The fields of the record (codes: telefoonnummer, emailadres, adres, naam, relatie, einddatum)
// for which what the request's rectification granted names a new value — a phone number, an
// e-mail address, a postcode, a name written as the new one ("Naam: J. Jansen → J. Janssen",
// "gecorrigeerd in Janssen"), a relation or an end date after an arrow — that differs from the
// value the record holds, while the request's trail records no correction of the field
// (LetterContext::correctedInPrivacydesk). A contact field the record holds nothing in is never
// one: there is nothing wrong in it to keep.
QStringList uncorrectedFields(const LetterContext &context);

// Why the confirmation of the rectification or the decision that grants it cannot be made yet
// (uncorrectedFields, named, with how to correct them), or empty.
QString uncorrectedRefusal(const LetterContext &context, LetterKind kind);

// {{besluit.rectificatie}}'s closing block: the fields of the person's own record in Privacydesk
// corrected for the request, in Dutch; empty when none were.
QString correctedInPrivacydeskHtml(const LetterContext &context);

} // namespace pd::lettercorrection
