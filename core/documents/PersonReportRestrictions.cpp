// The inzage report's restrictions of processing (art. 18 AVG): in section 1, after
// the person's details, which data are restricted since when and why in the article's words,
// what a restriction under a or d waits for (or since when its reason is gone), and which
// restriction was lifted when.
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"

namespace pd {

QString PersonReportDocument::restrictionsHtml(const PersonReport &report)
{
    if (report.restrictions.isEmpty())
        return {};
    using H = PrintedDocument;
    QString out = QStringLiteral("<p>%1</p><ul>")
                      //: Dutch: "U heeft gevraagd het gebruik van uw gegevens te beperken (artikel
                      //: 18 AVG). Zolang een beperking geldt, bewaren wij die gegevens alleen."
                      .arg(H::html(tr("You asked us to restrict the use of your data (article 18 "
                                      "GDPR). While a restriction applies, we only store those "
                                      "data.")));
    for (const PersonRestriction &r : report.restrictions) {
        const QString text = r.active()
            //: Dutch: "%1: beperkt sinds %2 (%3)"
            ? tr("%1: restricted since %2 (%3)")
                  .arg(r.data, PersonReport::dateText(r.startedOn), codes::label(r.ground))
            //: Dutch: "%1: beperkt van %2 tot %3"
            : tr("%1: restricted from %2 until %3")
                  .arg(r.data, PersonReport::dateText(r.startedOn),
                       PersonReport::dateText(r.liftedOn));
        // Under a or d: which request it waits for, or since when its reason is gone.
        const QString reason = RestrictionDecisions::reasonText(r, report.restrictionDecisions,
                                                                &PersonReport::dateText);
        out += QStringLiteral("<li>%1</li>")
                   .arg(H::html(reason.isEmpty() ? text : text + u". " + reason));
    }
    return out + QStringLiteral("</ul>");
}

} // namespace pd
