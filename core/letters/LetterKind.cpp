#include "letters/LetterKind.h"

namespace pd {

namespace {

// A request's letters in the order of the lists, then the breach's.
constexpr codes::Entry<LetterKind> kindTable[] = {
    { LetterKind::Ontvangstbevestiging, "ontvangstbevestiging",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Acknowledgement of receipt") },
    { LetterKind::VerzoekMachtiging, "verzoek-machtiging",
      //: Dutch: "Verzoek om machtiging"
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Request for a mandate") },
    { LetterKind::VerzoekIdentificatie, "verzoek-identificatie",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Request for identification") },
    { LetterKind::Verlengingsbericht, "verlengingsbericht",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Extension notice") },
    { LetterKind::Besluit, "besluit", QT_TRANSLATE_NOOP("pd::LetterCodes", "Decision") },
    { LetterKind::BevestigingVerwijdering, "bevestiging-verwijdering",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Confirmation of erasure") },
    { LetterKind::BevestigingRectificatie, "bevestiging-rectificatie",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Confirmation of rectification") },
    { LetterKind::BegeleidendeBriefExport, "begeleidende-brief-export",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Cover letter for an export") },
    { LetterKind::KennisgevingOpheffingBeperking, "kennisgeving-opheffing-beperking",
      //: Dutch: "Kennisgeving opheffing beperking"
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Notice that the restriction will be lifted") },
    { LetterKind::KennisgevingDatalek, "kennisgeving-datalek",
      QT_TRANSLATE_NOOP("pd::LetterCodes", "Notice of a data breach to the person concerned") },
};

} // namespace

template<> const codes::Vocabulary<LetterKind> &codes::vocabulary<LetterKind>()
{
    static constexpr codes::Vocabulary<LetterKind> v { .entries = kindTable,
                                                       .context = "pd::LetterCodes",
                                                       .readLoosely = true };
    return v;
}

QString LetterCodes::dutchTitle(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        return QStringLiteral("Ontvangstbevestiging");
    case LetterKind::VerzoekIdentificatie:
        return QStringLiteral("Verzoek om identificatie");
    case LetterKind::Verlengingsbericht:
        return QStringLiteral("Verlengingsbericht");
    case LetterKind::Besluit:
        return QStringLiteral("Beslissing op uw AVG-verzoek");
    case LetterKind::BevestigingVerwijdering:
        return QStringLiteral("Bevestiging van verwijdering");
    case LetterKind::BevestigingRectificatie:
        return QStringLiteral("Bevestiging van correctie");
    case LetterKind::BegeleidendeBriefExport:
        return QStringLiteral("Begeleidende brief");
    case LetterKind::VerzoekMachtiging:
        return QStringLiteral("Verzoek om machtiging");
    case LetterKind::KennisgevingOpheffingBeperking:
        return QStringLiteral("Kennisgeving opheffing beperking");
    case LetterKind::KennisgevingDatalek:
        return QStringLiteral("Kennisgeving datalek");
    }
    return {};
}

QList<LetterKind> LetterCodes::kinds()
{
    QList<LetterKind> kinds = codes::all<LetterKind>();
    kinds.removeIf(isBreachLetter);
    return kinds;
}

QList<LetterKind> LetterCodes::breachKinds()
{
    return { LetterKind::KennisgevingDatalek };
}

bool LetterCodes::isBreachLetter(LetterKind kind)
{
    return breachKinds().contains(kind);
}

} // namespace pd
