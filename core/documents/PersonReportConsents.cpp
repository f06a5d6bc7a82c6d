// The inzage report's consents (art. 7 AVG): in section 1, with the person's own data
// after the restrictions (the introduction says sections 1 and 2 hold what Privacydesk recorded
// about them), for which purpose the person gave consent, when and how, and which consent they
// withdrew when and how: personal data processed about them (art. 15), and what they can still
// withdraw.
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"

namespace pd {

QString PersonReportDocument::consentsHtml(const PersonReport &report)
{
    if (report.consents.isEmpty())
        return {};
    using H = PrintedDocument;
    QString out = QStringLiteral("<p>%1</p><ul>")
                      //: Dutch: "U heeft ons toestemming gegeven om uw gegevens te gebruiken voor
                      //: de doelen hieronder (artikel 6 lid 1 sub a AVG). U kunt een
                      //: toestemming altijd weer intrekken. Wat wij vóór het intrekken met uw
                      //: gegevens deden, blijft dan rechtmatig (artikel 7 lid 3 AVG)."
                      .arg(H::html(tr("You gave us your consent to use your data for the "
                                      "purposes below (article 6(1)(a) GDPR). You can always "
                                      "withdraw a consent. What we did with your data before "
                                      "you withdrew it then remains lawful (article 7(3) "
                                      "GDPR).")));
    for (const PersonConsent &c : report.consents) {
        const QString text = c.active()
            //: Dutch: "%1: toestemming gegeven op %2 (%3)"
            ? tr("%1: consent given on %2 (%3)")
                  .arg(c.purpose, PersonReport::dateText(c.givenOn), c.givenHow)
            //: Dutch: "%1: toestemming gegeven op %2 (%3), ingetrokken op %4 (%5). Wij
            //: gebruiken uw gegevens daar niet meer voor."
            : tr("%1: consent given on %2 (%3), withdrawn on %4 (%5). We no longer use your "
                 "data for it.")
                  .arg(c.purpose, PersonReport::dateText(c.givenOn), c.givenHow,
                       PersonReport::dateText(c.withdrawnOn), c.withdrawnHow);
        out += QStringLiteral("<li>%1</li>").arg(H::html(text));
    }
    return out + QStringLiteral("</ul>");
}

} // namespace pd
