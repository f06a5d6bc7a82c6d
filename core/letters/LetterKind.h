#pragma once

#include "domain/CodeTable.h"

#include <QList>
#include <QString>

namespace pd {

// A leaf header, so that the audit trail's sentences can name a letter without the letter service.
enum class LetterKind {
    Ontvangstbevestiging, // acknowledgement of receipt, with the deadline
    VerzoekIdentificatie, // what identification we accept
    Verlengingsbericht, // extension notice with the reasons, within the first month
    Besluit, // the decision, always with the right to complain and to go to court
    BevestigingVerwijdering, // erasure done (art. 17)
    BevestigingRectificatie, // rectification done (art. 16)
    BegeleidendeBriefExport, // cover letter of an inzage report or portability export
    VerzoekMachtiging, // while the mandate is missing, an open request's only letter
    KennisgevingOpheffingBeperking, // art. 18(3): sent before the restriction may be lifted
    KennisgevingDatalek, // not a request's: to a person concerned by a breach (art. 34)
};

// Stable codes (command line, database, audit payloads, resource file names:
// "ontvangstbevestiging", "verzoek-identificatie", ..., read in either case) and labels, for the
// screen. codes::all: a request's letters, then the breachKinds().
template<> const codes::Vocabulary<LetterKind> &codes::vocabulary<LetterKind>();

class LetterCodes final
{
public:
    static QString dutchTitle(LetterKind kind); // Dutch whatever the UI language: the letter's own
    static QList<LetterKind> kinds(); // a request's letters, not the breachKinds()
    static QList<LetterKind> breachKinds();
    static bool isBreachLetter(LetterKind kind);
};

} // namespace pd
