#include "letters/LetterRestrictionTexts.h"

#include "letters/LetterWords.h"

#include <algorithm>

namespace pd::letterrestrictions {

using namespace letterwords;

QString restrictionsHtml(const LetterContext &context)
{
    if (context.restrictions.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const PersonRestriction &r : context.restrictions)
        html += QStringLiteral("<li>%1, sinds %2 (%3)</li>")
                    .arg(escaped(r.data), dutchDate(r.startedOn),
                         escaped(RestrictionCodes::dutchText(r.ground)));
    return html + QStringLiteral("</ul>");
}

QString restrictionEndHtml(const LetterContext &context)
{
    const auto corrected = [&context](const PersonRestriction &r) {
        return context.correctedRestrictions.contains(r.id);
    };
    const qsizetype count
        = std::count_if(context.restrictions.cbegin(), context.restrictions.cend(), corrected);
    const bool partly = std::any_of(context.restrictions.cbegin(), context.restrictions.cend(),
                                    [&context](const PersonRestriction &r) {
                                        return context.partlyCorrectedRestrictions.contains(r.id);
                                    });
    const QString head = QStringLiteral("<p><b>Wat verandert er?</b><br>");
    // Seed 000 (issue 38): "Daarna gebruiken wij deze gegevens weer zoals voor de beperking"
    // after the contested phone number had been corrected: the old number is not used again.
    // Corrected in part, the same holds for what was corrected.
    if (partly && count == context.restrictions.size())
        return head
            + QStringLiteral(
                   "U vond dat deze gegevens niet klopten. Wij hebben ze "
                   "gecontroleerd. Een deel ervan hebben wij gecorrigeerd. In ons "
                   "besluit staat wat wij hebben gecorrigeerd, en waarom wij de rest niet "
                   "hebben veranderd. De controle is klaar. Daarom is er geen reden meer "
                   "voor de beperking, en heffen wij de beperking op. Vanaf dan "
                   "gebruiken wij alleen de gecorrigeerde gegevens. De oude gegevens "
                   "die wij hebben gecorrigeerd, gebruiken wij niet meer.</p>");
    if (partly)
        return head
            + QStringLiteral("De reden voor de beperking geldt niet meer. Daarom heffen wij de "
                             "beperking op. Een deel van de gegevens die volgens u niet "
                             "klopten, hebben wij gecorrigeerd. In ons besluit staat welke. "
                             "Daarvan gebruiken wij vanaf dan alleen de "
                             "gecorrigeerde gegevens, niet de oude. De andere gegevens gebruiken "
                             "wij daarna weer zoals voor de beperking.</p>");
    if (count > 0 && count == context.restrictions.size())
        return head
            + QStringLiteral("U vond dat deze gegevens niet klopten. Wij hebben ze "
                             "gecorrigeerd, zoals u vroeg. Daarom is er geen reden meer voor de "
                             "beperking, en heffen wij de beperking op. Vanaf dan gebruiken wij "
                             "alleen de gecorrigeerde gegevens. De oude gegevens gebruiken wij "
                             "niet meer.</p>");
    if (count > 0)
        return head
            + QStringLiteral("De reden voor de beperking geldt niet meer. Daarom heffen wij de "
                             "beperking op. De gegevens die volgens u niet klopten, hebben wij "
                             "gecorrigeerd: daarvan gebruiken wij vanaf dan alleen de "
                             "gecorrigeerde gegevens, niet de oude. De andere gegevens gebruiken "
                             "wij daarna weer zoals voor de beperking.</p>");
    return head
        + QStringLiteral("De reden voor de beperking geldt niet meer. Daarom heffen wij de "
                         "beperking op. Daarna gebruiken wij deze gegevens weer zoals voor de "
                         "beperking.</p>");
}

} // namespace pd::letterrestrictions
