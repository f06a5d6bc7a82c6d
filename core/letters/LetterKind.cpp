#include "letters/LetterKind.h"

namespace pd {

QString LetterCodes::code(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        return QStringLiteral("ontvangstbevestiging");
    case LetterKind::VerzoekIdentificatie:
        return QStringLiteral("verzoek-identificatie");
    case LetterKind::Verlengingsbericht:
        return QStringLiteral("verlengingsbericht");
    case LetterKind::Besluit:
        return QStringLiteral("besluit");
    case LetterKind::BevestigingVerwijdering:
        return QStringLiteral("bevestiging-verwijdering");
    case LetterKind::BevestigingRectificatie:
        return QStringLiteral("bevestiging-rectificatie");
    case LetterKind::BegeleidendeBriefExport:
        return QStringLiteral("begeleidende-brief-export");
    case LetterKind::VerzoekMachtiging:
        return QStringLiteral("verzoek-machtiging");
    case LetterKind::KennisgevingOpheffingBeperking:
        return QStringLiteral("kennisgeving-opheffing-beperking");
    case LetterKind::KennisgevingDatalek:
        return QStringLiteral("kennisgeving-datalek");
    }
    return {};
}

QString LetterCodes::label(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Ontvangstbevestiging:
        return tr("Acknowledgement of receipt");
    case LetterKind::VerzoekIdentificatie:
        return tr("Request for identification");
    case LetterKind::Verlengingsbericht:
        return tr("Extension notice");
    case LetterKind::Besluit:
        return tr("Decision");
    case LetterKind::BevestigingVerwijdering:
        return tr("Confirmation of erasure");
    case LetterKind::BevestigingRectificatie:
        return tr("Confirmation of rectification");
    case LetterKind::BegeleidendeBriefExport:
        return tr("Cover letter for an export");
    case LetterKind::VerzoekMachtiging:
        //: Dutch: "Verzoek om machtiging"
        return tr("Request for a mandate");
    case LetterKind::KennisgevingOpheffingBeperking:
        //: Dutch: "Kennisgeving opheffing beperking"
        return tr("Notice that the restriction will be lifted");
    case LetterKind::KennisgevingDatalek:
        return tr("Notice of a data breach to the person concerned");
    }
    return {};
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

std::optional<LetterKind> LetterCodes::kind(QStringView code)
{
    for (LetterKind kind : allKinds()) {
        if (code.trimmed().compare(LetterCodes::code(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<LetterKind> LetterCodes::kinds()
{
    return { LetterKind::Ontvangstbevestiging,
             LetterKind::VerzoekMachtiging,
             LetterKind::VerzoekIdentificatie,
             LetterKind::Verlengingsbericht,
             LetterKind::Besluit,
             LetterKind::BevestigingVerwijdering,
             LetterKind::BevestigingRectificatie,
             LetterKind::BegeleidendeBriefExport,
             LetterKind::KennisgevingOpheffingBeperking };
}

QList<LetterKind> LetterCodes::breachKinds()
{
    return { LetterKind::KennisgevingDatalek };
}

QList<LetterKind> LetterCodes::allKinds()
{
    return kinds() + breachKinds();
}

bool LetterCodes::isBreachLetter(LetterKind kind)
{
    return breachKinds().contains(kind);
}

} // namespace pd
