#include "documents/PersonReportDocument.h"

#include "cases/Attachments.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReview.h"
#include "documents/PrintedDocument.h"

#include <QFont>
#include <QTextDocument>

namespace pd {

namespace {

using H = PrintedDocument;

const QString dash = QStringLiteral("&mdash;");

QString htmlOrDash(const QString &text)
{
    return text.trimmed().isEmpty() ? dash : H::html(text.trimmed());
}

QString dateOrDash(QDate date)
{
    return date.isValid() ? H::html(PersonReport::dateText(date)) : dash;
}

const QString tableStart = QStringLiteral(
    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
    "style=\"border-collapse: collapse; border-color: #999999; margin-bottom: 8px;\">");

// A two-column table of label → value (value already HTML). A heading is the table's header
// row: it is never left alone at the foot of a page, and it is repeated when the table
// continues on the next one.
class FactTable
{
public:
    FactTable() = default;
    explicit FactTable(const QString &heading)
        : m_heading(heading)
    { }

    void add(const QString &label, const QString &valueHtml)
    {
        m_rows += QStringLiteral("<tr><td width=\"30%\" bgcolor=\"#eeeeee\">%1</td>"
                                 "<td>%2</td></tr>")
                      .arg(H::html(label), valueHtml);
    }
    QString html() const
    {
        const QString head = m_heading.isEmpty()
            ? QString()
            : QStringLiteral("<thead><tr><th colspan=\"2\" align=\"left\" "
                             "bgcolor=\"#d8d8d8\">%1</th></tr></thead>")
                  .arg(H::html(m_heading));
        return tableStart + head + m_rows + QStringLiteral("</table>");
    }

private:
    QString m_heading;
    QString m_rows;
};

QString gridStart(const QStringList &headers, const QList<int> &widths)
{
    QString out = tableStart + QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\" bgcolor=\"#eeeeee\" align=\"left\">%2</th>")
                   .arg(widths.value(i))
                   .arg(H::html(headers.at(i)));
    return out + QStringLiteral("</tr></thead>");
}

// The first cell holds a date and does not wrap.
QString gridRow(const QStringList &cellsHtml)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cellsHtml.size(); ++i)
        out += (i == 0 ? QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>")
                       : QStringLiteral("<td>%1</td>"))
                   .arg(cellsHtml.at(i));
    return out + QStringLiteral("</tr>");
}

// A date in a narrow column of a table: 15-10-2026.
QString tableDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : dash;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(H::html(text));
}

} // namespace

QString PersonReportDocument::title()
{
    return tr("Access report");
}

QStringList PersonReportDocument::sectionTitles()
{
    return { tr("1. Your details"),
             tr("2. Where your data come from"),
             tr("3. Your requests"),
             tr("4. Who received your data"),
             tr("5. How long we keep your data"),
             tr("6. Purposes, your rights and complaints") };
}

QString PersonReportDocument::toHtml(const PersonReport &report)
{
    const QStringList sections = sectionTitles();
    const Person &p = report.person;
    const QString organisation
        = report.organisation.isEmpty() ? tr("our organisation") : report.organisation;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(H::html(tr("Access report: your personal data")));
    out += paragraph(p.klantnummer.isEmpty()
                         ? tr("For %1. Drawn up by %2 on %3.")
                               .arg(p.name, organisation, PersonReport::dateText(report.printedOn))
                         : tr("For %1, customer number %2. Drawn up by %3 on %4.")
                               .arg(p.name, p.klantnummer, organisation,
                                    PersonReport::dateText(report.printedOn)));
    out += paragraph(tr("You asked which personal data we process about you (article 15 of the "
                        "General Data Protection Regulation, AVG). This overview holds "
                        "everything we record about you in Privacydesk, the system in which we "
                        "handle requests about your privacy. Data in our other systems, such "
                        "as the rental administration, are not part of this overview; the "
                        "accompanying letter says how you receive them."));
    if (report.redactions > 0)
        out += paragraph(tr("Where the notes and descriptions held data of other people, we left "
                            "those out to protect their privacy (article 15(4) AVG). Those "
                            "places read “%1”.")
                             .arg(PersonReview::marker()));

    // 1. The person.
    out += QStringLiteral("<h2>%1</h2>").arg(H::html(sections.at(0)));
    FactTable details;
    details.add(tr("Name"), htmlOrDash(p.name));
    details.add(tr("Relation to us"), H::html(Codes::label(p.relation)));
    details.add(tr("Customer number"), htmlOrDash(p.klantnummer));
    const QString street = QStringList { p.street, p.houseNumber }.join(u' ').simplified();
    const QString city = QStringList { p.postcode, p.city }.join(u' ').simplified();
    details.add(tr("Address"),
                street.isEmpty() && city.isEmpty()
                    ? dash
                    : H::html(QStringList { street, city }.join(u'\n').trimmed()));
    details.add(tr("Phone"), htmlOrDash(p.phone));
    details.add(tr("E-mail"), htmlOrDash(p.email));
    if (p.relationEnd.isValid())
        details.add(tr("End of the relation"), dateOrDash(p.relationEnd));
    details.add(tr("Recorded in Privacydesk on"),
                dateOrDash(report.createdAt.toLocalTime().date()));
    out += details.html();

    // 2. Sources.
    out += QStringLiteral("<h2>%1</h2><ul>").arg(H::html(sections.at(1)));
    for (const ReportSource &s : report.sources) {
        QString line;
        const QString date = PersonReport::dateText(s.date);
        switch (s.kind) {
        case ReportSource::Kind::Import:
            line = tr("%1: taken over from our housing administration (customer file).").arg(date);
            break;
        case ReportSource::Kind::ImportUpdate: {
            QStringList fields;
            for (const QString &code : s.fields) {
                static const QHash<QString, const char *> names {
                    { QStringLiteral("name"), QT_TR_NOOP("name") },
                    { QStringLiteral("relation"), QT_TR_NOOP("relation") },
                    { QStringLiteral("street"), QT_TR_NOOP("address") },
                    { QStringLiteral("house_number"), QT_TR_NOOP("address") },
                    { QStringLiteral("postcode"), QT_TR_NOOP("address") },
                    { QStringLiteral("city"), QT_TR_NOOP("address") },
                    { QStringLiteral("phone"), QT_TR_NOOP("phone") },
                    { QStringLiteral("email"), QT_TR_NOOP("e-mail") },
                    { QStringLiteral("relation_end"), QT_TR_NOOP("end of the relation") },
                };
                const QString name = tr(names.value(code, QT_TR_NOOP("other details")));
                if (!fields.contains(name))
                    fields << name;
            }
            line = tr("%1: updated from our housing administration (%2).")
                       .arg(date, fields.join(QStringLiteral(", ")));
            break;
        }
        case ReportSource::Kind::Intake:
            line = s.channel ? tr("%1: recorded when your request came in (%2).")
                                   .arg(date, Codes::label(*s.channel).toLower())
                             : tr("%1: recorded when your request came in.").arg(date);
            break;
        }
        out += QStringLiteral("<li>%1</li>").arg(H::html(line));
    }
    out += QStringLiteral("<li>%1</li></ul>")
               .arg(H::html(tr("The data about your requests and the notes on them were "
                               "recorded by us while handling your requests, from what you "
                               "or your representative told us.")));

    // 3. Requests, with identification and notes.
    out += QStringLiteral("<h2>%1</h2>").arg(H::html(sections.at(2)));
    if (report.requests.isEmpty())
        out += paragraph(tr("We have no requests from you on record."));
    else
        out += paragraph(tr("For identification we record only that and how your identity was "
                            "checked: never a copy of your identity document, its number or "
                            "your citizen service number (BSN)."));
    for (const ReportRequest &r : report.requests) {
        const Case &c = r.request;
        FactTable t(tr("Request %1").arg(c.number));
        QStringList types;
        for (RequestType type : c.types)
            types << Codes::label(type);
        t.add(tr("Type of request"), htmlOrDash(types.join(QStringLiteral(", "))));
        t.add(tr("Received on"), dateOrDash(c.receivedDate));
        t.add(tr("Received by"), H::html(Codes::label(c.channel)));
        if (!c.representative.trimmed().isEmpty())
            t.add(tr("On your behalf by"), H::html(c.representative));
        if (!c.description.trimmed().isEmpty())
            t.add(tr("Description"), H::html(c.description));
        if (!c.callbackPhone.trimmed().isEmpty())
            t.add(tr("Call-back number"), H::html(c.callbackPhone));
        t.add(tr("State"), H::html(Codes::label(c.state)));
        const Identification &id = c.identification;
        QStringList idLines;
        if (id.requested.isValid())
            idLines << tr("asked for on %1").arg(PersonReport::dateText(id.requested));
        if (id.received.isValid())
            idLines << tr("received on %1").arg(PersonReport::dateText(id.received));
        if (id.method)
            idLines << tr("how: %1").arg(Codes::label(*id.method));
        if (id.succeeded)
            idLines << (*id.succeeded ? tr("result: identity confirmed")
                                      : tr("result: identity not confirmed"));
        if (!c.noIdentificationReason.trimmed().isEmpty())
            idLines << tr("decided without a recorded identification: %1")
                           .arg(c.noIdentificationReason.trimmed());
        t.add(tr("Identification"),
              idLines.isEmpty() ? H::html(tr("not asked for"))
                                : H::html(idLines.join(QStringLiteral("; "))));
        const Deadlines &d = r.deadlines.all;
        t.add(tr("Legal deadline"),
              dateOrDash(c.extended && !r.deadlines.extensionLegallyLate ? d.legalExtended
                                                                         : d.legal));
        t.add(tr("Our own deadline"), dateOrDash(c.extended ? d.policyExtended : d.policy));
        if (c.extended)
            t.add(tr("Extended"),
                  H::html(tr("%1 (you were told on %2)")
                              .arg(c.extensionReason.trimmed(),
                                   PersonReport::dateText(c.extensionNotified))));
        if (c.outcome) {
            t.add(tr("Outcome"), H::html(Codes::label(*c.outcome)));
            if (!c.refusalGrounds.isEmpty()) {
                QStringList grounds;
                for (RefusalGround g : c.refusalGrounds)
                    grounds << Codes::label(g);
                t.add(tr("Grounds"), H::html(grounds.join(u'\n')));
            }
            if (!c.motivation.trimmed().isEmpty())
                t.add(tr("Reasons"), H::html(c.motivation.trimmed()));
            if (c.directMarketing)
                t.add(tr("Objection"),
                      H::html(tr("against direct marketing: your data is no longer used for it "
                                 "(art. 21(3) GDPR)")));
        }
        if (c.answeredOn.isValid())
            t.add(tr("Answered on"),
                  H::html(c.answerChannel.trimmed().isEmpty()
                              ? PersonReport::dateText(c.answeredOn)
                              : tr("%1 (%2)").arg(PersonReport::dateText(c.answeredOn),
                                                  c.answerChannel.trimmed())));
        out += t.html();
        if (!r.attachments.isEmpty()) {
            QString files;
            for (const Attachment &file : r.attachments) {
                const QString what = file.isDestroyed()
                    ? tr("a file, destroyed on %1")
                          .arg(PersonReport::dateText(file.destroyedAt.toLocalTime().date()))
                    : file.name;
                files += QStringLiteral("<li>%1 (%2, %3)<br><font size=\"2\">%4</font></li>")
                             .arg(H::html(what), H::html(AttachmentService::kindLabel(file.kind)),
                                  H::html(tr("kept since %1")
                                              .arg(PersonReport::dateText(
                                                  file.addedAt.toLocalTime().date()))),
                                  H::html(tr("fingerprint (SHA-256): %1")
                                              .arg(ComplaintDossier::formatHash(
                                                  file.sha256.toLatin1()))));
            }
            out += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                       .arg(H::html(tr("Documents of this request that we keep")), files);
        }
        QString notes;
        for (const ReportNote &n : report.notes) {
            if (n.caseNumber != c.number)
                continue;
            notes += QStringLiteral("<li><i>%1</i>: %2</li>")
                         .arg(H::html(PersonReport::dateText(n.writtenAt.toLocalTime().date())),
                              H::html(n.text));
        }
        if (!notes.isEmpty())
            out += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                       .arg(H::html(tr("Notes on this request")), notes);
    }

    // 4. Recipients (art. 15(1)(c)).
    out += QStringLiteral("<h2>%1</h2>").arg(H::html(sections.at(3)));
    if (report.disclosures.isEmpty()) {
        out += paragraph(tr("We have not recorded any disclosure of your data to others."));
    } else {
        out += paragraph(tr("These organisations received personal data about you from us "
                            "(article 15(1)(c) AVG):"));
        out += gridStart(
            { tr("Date"), tr("Recipient"), tr("Data"), tr("Purpose"), tr("Legal basis") },
            { 12, 24, 24, 20, 20 });
        for (const Disclosure &d : report.disclosures) {
            QString recipient = QStringLiteral("%1<br><i>%2</i>")
                                    .arg(H::html(d.recipientName),
                                         H::html(RecipientCodes::label(d.recipientCategory)));
            if (d.recipientRole == RecipientRole::Verwerker)
                recipient += QStringLiteral("<br><i>%1</i>")
                                 .arg(H::html(tr("processes data on our behalf")));
            QStringList data;
            for (DataCategory category : d.data)
                data << DisclosureCodes::label(category);
            QString dataHtml = H::html(data.join(QStringLiteral(", ")));
            if (!d.dataText.trimmed().isEmpty())
                dataHtml += (dataHtml.isEmpty() ? QString() : QStringLiteral("<br>"))
                    + H::html(d.dataText.trimmed());
            QString basis = H::html(DisclosureCodes::label(d.basis));
            if (!d.basisText.trimmed().isEmpty())
                basis += QStringLiteral("<br>") + H::html(d.basisText.trimmed());
            out += gridRow({ tableDate(d.date), recipient, dataHtml.isEmpty() ? dash : dataHtml,
                             htmlOrDash(d.purpose), basis });
        }
        out += QStringLiteral("</table>");
    }

    // 5. Retention.
    out += QStringLiteral("<h2>%1</h2>").arg(H::html(sections.at(4)));
    if (report.retention.isEmpty()) {
        out += paragraph(tr("No retention term has started for your data yet: they are kept as "
                            "long as your relation with us or your requests require."));
    } else {
        out += gridStart({ tr("Kept until"), tr("Data"), tr("Term"), tr("From"), tr("State") },
                         { 16, 28, 26, 14, 16 });
        for (const RetentionItem &item : report.retention) {
            QString state = H::html(RetentionCodes::label(item.state));
            if (item.state == RetentionState::Destroyed && item.destroyedOn.isValid())
                state
                    = H::html(tr("Destroyed on %1").arg(PersonReport::dateText(item.destroyedOn)));
            out += gridRow({ tableDate(item.expires), H::html(item.rule.category),
                             H::html(item.rule.periodText()), tableDate(item.trigger), state });
        }
        out += QStringLiteral("</table>");
    }
    if (report.requestFilesRule)
        out += paragraph(tr("Your request files in Privacydesk are kept for %1, and then "
                            "destroyed.")
                             .arg(report.requestFilesRule->periodText()));
    if (report.hold)
        out += paragraph(
            tr("Since %1 we must keep your data for a legal reason: %2. Until "
               "that ends, none of your data are destroyed.")
                .arg(PersonReport::dateText(report.hold->placedOn), report.hold->reason.trimmed()));

    // 6. The fixed art. 15(1) information.
    out += QStringLiteral("<h2>%1</h2>").arg(H::html(sections.at(5)));
    const QList<QPair<QString, QString>> fixed {
        { tr("Purposes."),
          tr("We process these data to handle your requests about your personal data (articles "
             "12 to 22 AVG) and to be able to show that we did so correctly (article 5(2) AVG). "
             "Our basis is a legal obligation (article 6(1)(c) AVG).") },
        { tr("Categories of data."),
          tr("Your details, your requests and how we handled them, the notes on them, the "
             "disclosures to others and the retention terms, as listed above.") },
        { tr("Recipients."),
          tr("Section 4 names every recipient of your data that we recorded. Processors work "
             "for us only under a processing agreement (article 28 AVG).") },
        { tr("Retention."),
          tr("Section 5 says how long we keep your data and from which event each term runs.") },
        { tr("Your rights."),
          tr("You may ask us to correct incorrect data (article 16), to erase data (article "
             "17), to restrict their use (article 18), to receive the data you gave us in a "
             "machine-readable form (article 20), and you may object to their use (article "
             "21).") },
        { tr("Complaints."),
          tr("If you disagree with how we handle your data, please tell us first. You also "
             "have the right to lodge a complaint with the Autoriteit Persoonsgegevens "
             "(autoriteitpersoonsgegevens.nl) and to go to court.") },
        { tr("Automated decisions."),
          tr("We take no decisions about you by automated means alone (article 22 AVG).") },
    };
    for (const auto &[label, text] : fixed)
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(H::html(label), H::html(text));
    out += QStringLiteral("</body></html>");
    return out;
}

void PersonReportDocument::fillDocument(QTextDocument *document, const PersonReport &report)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(
        // Lengths in px: the layout scales them to the page's resolution (pt is not read).
        QStringLiteral("h1 { font-size: 16pt; margin-bottom: 12px; } "
                       "h2 { font-size: 12.5pt; margin-top: 22px; margin-bottom: 8px; } "
                       "p { margin-top: 0px; margin-bottom: 8px; } "
                       "ul { margin-top: 0px; margin-bottom: 8px; }"));
    document->setHtml(toHtml(report));
}

} // namespace pd
