#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The letters Privacydesk writes to a data subject. A leaf header, so that the audit trail's
// sentences (cases/EventText) can name a letter without depending on the letter service.
enum class LetterKind {
    Ontvangstbevestiging, // acknowledgement of receipt, with the deadline
    VerzoekIdentificatie, // what identification we accept
    Verlengingsbericht, // extension notice with the reasons, within the first month
    Besluit, // the decision, always with the right to complain and to go to court
    BevestigingVerwijdering, // erasure done (art. 17)
    BevestigingRectificatie, // rectification done (art. 16)
    BegeleidendeBriefExport, // cover letter of an inzage report or portability export
    // To a representative whose mandate is missing: what to send, where, and that the
    // deadline waits. While it is missing, the only letter of an open request.
    VerzoekMachtiging,
    // To a person whose processing was restricted (art. 18 AVG), before the
    // restriction is lifted (art. 18 lid 3): the restriction cannot be lifted until it is
    // recorded as sent (retention/Restrictions).
    KennisgevingOpheffingBeperking,
    // Not for a request: to a person concerned by a data breach (art. 34 AVG), made
    // from the breach (BreachLetterService), one per linked person.
    KennisgevingDatalek,
};

// Stable codes (command line, database, audit payloads, resource file names) and labels.
class LetterCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterCodes)
public:
    static QString code(LetterKind kind); // "ontvangstbevestiging", "verzoek-identificatie", ...
    static QString label(LetterKind kind); // translated, for the screen
    static QString dutchTitle(LetterKind kind); // Dutch whatever the UI language: the letter's own
    // Any kind, those of a request and those of a data breach.
    static std::optional<LetterKind> kind(QStringView code);
    // The letters of a request (the letter dialog, `letter kinds`).
    static QList<LetterKind> kinds();
    // The letters to a person concerned by a data breach ("kennisgeving-datalek").
    static QList<LetterKind> breachKinds();
    // kinds() and breachKinds(): every template the organisation can edit.
    static QList<LetterKind> allKinds();
    static bool isBreachLetter(LetterKind kind);
};

} // namespace pd
