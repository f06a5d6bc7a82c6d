#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

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

// Stable codes (command line, database, audit payloads, resource file names) and labels.
class LetterCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterCodes)
public:
    static QString code(LetterKind kind); // "ontvangstbevestiging", "verzoek-identificatie", ...
    static QString label(LetterKind kind); // translated, for the screen
    static QString dutchTitle(LetterKind kind); // Dutch whatever the UI language: the letter's own
    static std::optional<LetterKind> kind(QStringView code);
    static QList<LetterKind> kinds(); // a request's letters, not the breachKinds()
    static QList<LetterKind> breachKinds();
    static QList<LetterKind> allKinds();
    static bool isBreachLetter(LetterKind kind);
};

} // namespace pd
