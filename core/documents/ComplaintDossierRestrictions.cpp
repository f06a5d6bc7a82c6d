// The complaint dossier's restrictions of processing (art. 18 AVG): each restriction of the data
// subject, in force or lifted, and for one under a or d the request it waits for, by number and
// kind, or since when that request's decision took its reason away. The chronology says when a
// restriction was recorded and lifted; only this says why one still holds.
#include "cases/RestrictionDecision.h"
#include "documents/ComplaintDossierParts.h"
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"

namespace pd::dossier {

QString restrictionsHtml(const ComplaintDossierContent &content)
{
    if (content.restrictions.isEmpty())
        return {};
    const auto h = [](const QString &text) {
        return PrintedDocument::html(text);
    };
    //: Dutch: "Beperkingen van de verwerking (artikel 18 AVG)"
    QString out = QStringLiteral("<h3>%1</h3>")
                      .arg(h(ComplaintDossier::tr("Restrictions of processing (art. 18 GDPR)")));
    out += tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"20%\" align=\"left\">%1</th>"
                          "<th width=\"28%\" align=\"left\">%2</th><th width=\"17%\" "
                          "align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("Data")), h(ComplaintDossier::tr("Ground")),
                    h(ComplaintDossier::tr("Period")), h(ComplaintDossier::tr("Until when")));
    for (const PersonRestriction &r : content.restrictions) {
        const QString period = r.active()
            //: Dutch: "sinds %1, van kracht"
            ? ComplaintDossier::tr("since %1, in force")
                  .arg(PersonReportDocument::longDate(r.startedOn))
            //: Dutch: "van %1 tot %2, opgeheven"
            : ComplaintDossier::tr("from %1 until %2, lifted")
                  .arg(PersonReportDocument::longDate(r.startedOn),
                       PersonReportDocument::longDate(r.liftedOn));
        const QString until = RestrictionDecisions::reasonText(r, content.restrictionDecisions,
                                                               &PersonReportDocument::longDate);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(textHtml(r.data, content), h(codes::label(r.ground)), h(period),
                        until.isEmpty()
                            //: Dutch: "tot de reden is vervallen; wacht op geen beslissing op een
                            //: verzoek"
                            ? h(ComplaintDossier::tr("until its reason is gone; it waits for no "
                                                     "decision on a request"))
                            : h(until));
    }
    return out + QStringLiteral("</table>");
}

} // namespace pd::dossier
