#include "documents/DpiaDocument.h"

#include <QFont>
#include <QLocale>
#include <QStringList>
#include <QTextDocument>

namespace pd {

namespace {

using H = PrintedDocument;

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The labels of the codes on one of the lists, one a line; a dash for none.
QString listHtml(DpiaLists::List list, const QStringList &codes)
{
    if (codes.isEmpty())
        return QStringLiteral("&mdash;");
    QStringList lines;
    for (const QString &code : codes)
        lines << H::html(DpiaLists::label(list, code));
    return lines.join(QStringLiteral("<br>"));
}

QString textOrDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("&mdash;") : H::html(text.trimmed());
}

QString indicationText(DpiaIndication indication)
{
    switch (indication) {
    case DpiaIndication::Required:
        //: Dutch: "Verplicht: de verwerking staat op de lijst van de AP of valt onder art. 35 lid
        //: 3 AVG."
        return DpiaDocument::tr("Required: the processing is on the AP's list or falls under "
                                "art. 35(3) GDPR.");
    case DpiaIndication::Likely:
        //: Dutch: "Waarschijnlijk nodig: twee of meer criteria van de EDPB."
        return DpiaDocument::tr("Likely needed: two or more of the EDPB's criteria.");
    case DpiaIndication::NotIndicated:
        break;
    }
    //: Dutch: "De lijsten wijzen niet op een DPIA."
    return DpiaDocument::tr("The lists do not point to a DPIA.");
}

} // namespace

QString DpiaDocument::documentTitle(const Dpia &dpia)
{
    //: Dutch: "DPIA %1 %2" (%1: "C.2", %2: the activity's name)
    return tr("DPIA %1 %2").arg(dpia.activityCode, dpia.activityName).trimmed();
}

QString DpiaDocument::toHtml(const Dpia &d, const OrganisationDetails &organisation,
                             const KeptDocument &kept, QDate printedOn)
{
    QString out = QStringLiteral("<html><body><h1>%1</h1>").arg(H::html(documentTitle(d)));
    //: Dutch: "%1 — gegevensbeschermingseffectbeoordeling (art. 35 AVG), afgedrukt op %2."
    out += QStringLiteral("<p>%1</p>")
               .arg(H::html(tr("%1 — data protection impact assessment (art. 35 GDPR), printed "
                               "on %2.")
                                .arg(organisation.name, dateText(printedOn))));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: #999999;\">");
    const auto row = [&out](const QString &label, const QString &valueHtml) {
        out += QStringLiteral("<tr><td width=\"30%\" bgcolor=\"#eeeeee\"><b>%1</b></td>"
                              "<td>%2</td></tr>")
                   .arg(H::html(label), valueHtml);
    };
    //: Dutch: "Verwerkingsactiviteit"
    row(tr("Processing activity"), H::html(d.activityCode + u' ' + d.activityName));
    //: Dutch: "Lijst van de AP (art. 35 lid 4 AVG)"
    row(tr("The AP's list (art. 35(4) GDPR)"), listHtml(DpiaLists::List::ApList, d.apList));
    //: Dutch: "Art. 35 lid 3 AVG"
    row(tr("Art. 35(3) GDPR"), listHtml(DpiaLists::List::Art35_3, d.art35_3));
    //: Dutch: "Criteria van de EDPB (WP248)"
    row(tr("EDPB criteria (WP248)"), listHtml(DpiaLists::List::Criteria, d.criteria));
    //: Dutch: "Wat de lijsten zeggen"
    row(tr("What the lists say"), H::html(indicationText(DpiaRegister::indication(d))));
    //: Dutch: "DPIA nodig"
    const QString needed = tr("DPIA needed");
    //: Dutch: "Geen DPIA nodig"
    const QString notNeeded = tr("No DPIA needed");
    //: Dutch: "Beslissing"
    row(tr("Decision"), H::html(d.needed ? needed : notNeeded));
    //: Dutch: "Waarom (niet)"
    row(tr("Why (not)"), textOrDash(d.reason));
    //: Dutch: "nog niet uitgevoerd"
    const QString notDone = tr("not done yet");
    //: Dutch: "DPIA uitgevoerd op"
    row(tr("DPIA done on"), H::html(d.done() ? dateText(d.assessedOn) : notDone));
    //: Dutch: "Uitkomst en maatregelen"
    row(tr("Outcome and measures"), textOrDash(d.outcome));
    //: Dutch: "Restrisico"
    row(tr("Residual risk"), H::html(codes::label(d.residualRisk)));
    //: Dutch: "niet geraadpleegd"
    QString consulted = H::html(tr("not consulted"));
    if (d.consultedOn.isValid()) {
        consulted = H::html(dateText(d.consultedOn));
        if (!d.consultation.trimmed().isEmpty())
            consulted += QStringLiteral("<br>") + H::html(d.consultation.trimmed());
    }
    //: Dutch: "Voorafgaande raadpleging van de AP (art. 36 lid 1 AVG)"
    row(tr("Prior consultation of the AP (art. 36(1) GDPR)"), consulted);
    //: Dutch: "Evaluatie op"
    row(tr("Review on"),
        d.reviewOn.isValid() ? H::html(dateText(d.reviewOn)) : QStringLiteral("&mdash;"));
    //: Dutch: "%1, versleuteld bewaard in Privacydesk (SHA-256 %2)"
    const QString keptText = tr("%1, kept encrypted in Privacydesk (SHA-256 %2)");
    //: Dutch: "geen document bewaard"
    const QString noneKept = tr("no document kept");
    //: Dutch: "DPIA-document"
    row(tr("DPIA document"),
        H::html(kept.present() ? keptText.arg(kept.name, kept.sha256) : noneKept));
    out += QStringLiteral("</table>");
    if (d.updatedAt.isValid())
        //: Dutch: "Laatst gewijzigd door %1."
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(H::html(tr("Last changed by %1.").arg(d.updatedBy)));
    out += QStringLiteral("</body></html>");
    return out;
}

void DpiaDocument::fillDocument(QTextDocument *document, const Dpia &dpia,
                                const OrganisationDetails &organisation, const KeptDocument &kept,
                                QDate printedOn)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 15pt; }"));
    document->setHtml(toHtml(dpia, organisation, kept, printedOn));
}

bool DpiaDocument::writePdf(const Dpia &dpia, const OrganisationDetails &organisation,
                            const KeptDocument &kept, QDate printedOn,
                            PrintedDocument::Marking marking, const OutputTarget &target,
                            QString *error)
{
    QTextDocument document;
    fillDocument(&document, dpia, organisation, kept, printedOn);
    return PrintedDocument::writePdf(&document, documentTitle(dpia), marking, target, error);
}

} // namespace pd
