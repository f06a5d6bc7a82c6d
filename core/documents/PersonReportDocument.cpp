#include "documents/PersonReportDocument.h"

#include "cases/Attachments.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReview.h"
#include "domain/InputLimits.h"
#include "letters/AccessScope.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "util/Clock.h"

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

// A date in a table, written out as everywhere in the report: "15 oktober 2026".
QString tableDate(QDate date)
{
    return date.isValid() ? H::html(PersonReportDocument::longDate(date)) : dash;
}

// A label from a code table ("Ingelogd op het huurdersportaal") inside a sentence.
QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

// "… (artikel 6 lid 1 sub b AVG)" never breaks inside the reference in a narrow column.
QString keepReferenceTogether(QString text)
{
    const qsizetype open = text.lastIndexOf(QStringLiteral(" ("));
    if (open < 0 || !text.endsWith(u')'))
        return text;
    for (qsizetype i = open + 2; i < text.size(); ++i) {
        if (text.at(i) == u' ')
            text[i] = QChar(0x00A0);
    }
    return text;
}

// The legal basis for the reader of the report: "Uitvoering overeenkomst (artikel 6 lid 1 sub b
// AVG)", the article written out as in the letters.
QString basisForReader(const QString &letter)
{
    return keepReferenceTogether(
        PersonReportDocument::tr("%1 (article 6(1)(%2) GDPR)")
            .arg(ProcessingRegister::legalBasisShortLabel(letter), letter));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(H::html(text));
}

// A section heading; the article it answers ("(artikel 15 lid 1 sub a AVG)") in plain type and
// kept on one line, so that the heading reads as a title with its reference and never breaks
// inside the reference.
QString heading(const QString &title)
{
    const qsizetype open = title.lastIndexOf(QStringLiteral(" ("));
    if (open < 0 || !title.endsWith(u')'))
        return QStringLiteral("<h2>%1</h2>").arg(H::html(title));
    return QStringLiteral("<h2>%1 <span style=\"font-weight: normal;\">%2</span></h2>")
        .arg(H::html(title.left(open)),
             H::html(title.mid(open + 1)).replace(u' ', QStringLiteral("&nbsp;")));
}

// A list of names to end a sentence with: without a full stop of its own ("Inc."), so that
// the sentence's does not double it.
QString listEnd(const QStringList &names)
{
    QString text = names.join(QStringLiteral(", "));
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QString PersonReportDocument::channelPhrase(Channel channel)
{
    switch (channel) {
    case Channel::Telefoon:
        return tr("by phone");
    case Channel::Email:
        return tr("by e-mail");
    case Channel::Brief:
        return tr("by letter");
    case Channel::Balie:
        return tr("at the front desk");
    case Channel::Webformulier:
        return tr("through the web form");
    case Channel::Gemachtigde:
        return tr("through a representative");
    case Channel::Ap:
        return tr("through the Autoriteit Persoonsgegevens");
    }
    return {};
}

QString PersonReportDocument::answerChannelPhrase(const QString &stored)
{
    if (const auto channel = codes::from<Channel>(stored.trimmed()))
        return channelPhrase(*channel);
    return stored.trimmed();
}

QString PersonReportDocument::longDate(QDate date)
{
    return PersonReport::dateText(date);
}

QString PersonReportDocument::title()
{
    return tr("Access report");
}

QStringList PersonReportDocument::sectionTitles()
{
    // The articles written out for the reader, as in the letters.
    return { tr("1. Your details"),
             tr("2. Your requests"),
             tr("3. What we use your data for (article 15(1)(a) GDPR)"),
             tr("4. Which data we use (article 15(1)(b) GDPR)"),
             tr("5. Who receives your data (article 15(1)(c) GDPR)"),
             tr("6. How long we keep your data (article 15(1)(d) GDPR)"),
             tr("7. Your rights (article 15(1)(e) GDPR)"),
             tr("8. Complaining to the Autoriteit Persoonsgegevens (article 15(1)(f) GDPR)"),
             tr("9. Where your data come from (article 15(1)(g) GDPR)"),
             tr("10. Automated decisions (article 15(1)(h) GDPR)"),
             tr("11. Your data outside the EEA (article 15(2) GDPR)") };
}

QString PersonReportDocument::toHtml(const PersonReport &report)
{
    const QStringList sections = sectionTitles();
    QString out = QStringLiteral("<html><body>") + introHtml(report);
    out += heading(sections.at(0)) + detailsHtml(report) + restrictionsHtml(report)
        + consentsHtml(report) + systemsHtml(report);
    out += heading(sections.at(1)) + requestsHtml(report);
    // Art. 15(1)(a)-(h) and 15(2), in the article's order.
    out += heading(sections.at(2)) + purposesHtml(report);
    out += heading(sections.at(3)) + categoriesHtml(report);
    out += heading(sections.at(4)) + recipientsHtml(report);
    out += heading(sections.at(5)) + retentionHtml(report);
    out += heading(sections.at(6)) + rightsHtml(report);
    out += heading(sections.at(7)) + complaintHtml();
    out += heading(sections.at(8)) + sourcesHtml(report);
    out += heading(sections.at(9)) + automatedDecisionsHtml(report);
    out += heading(sections.at(10)) + transfersHtml(report);
    out += QStringLiteral("</body></html>");
    return out;
}

// The title, for whom and by whom, what the report covers and what was left out.
QString PersonReportDocument::introHtml(const PersonReport &report)
{
    const Person &p = report.person;
    const QString organisation
        = report.organisation.isEmpty() ? tr("our organisation") : report.organisation;
    QString out
        = QStringLiteral("<h1>%1</h1>").arg(H::html(tr("Access report: your personal data")));
    out += paragraph(p.klantnummer.isEmpty()
                         ? tr("For %1. Drawn up by %2 on %3.")
                               .arg(p.name, organisation, PersonReport::dateText(report.printedOn))
                         : tr("For %1, customer number %2. Drawn up by %3 on %4.")
                               .arg(p.name, p.klantnummer, organisation,
                                    PersonReport::dateText(report.printedOn)));
    // The same words the export's cover letter relies on (AccessScope, tst_letterfacts).
    out += paragraph(AccessScope::reportText(!report.systemSearches.isEmpty()));
    if (report.redactions > 0)
        out += paragraph(tr("Some notes and descriptions held data of other people. We left "
                            "those out to protect their privacy (article 15(4) GDPR). In those "
                            "places it says ‘%1’.")
                             .arg(PersonReview::marker()));
    return out;
}

// 1. The person.
QString PersonReportDocument::detailsHtml(const PersonReport &report)
{
    const Person &p = report.person;
    FactTable details;
    details.add(tr("Name"), htmlOrDash(p.name));
    details.add(tr("Relation to us"), H::html(codes::label(p.relation)));
    details.add(tr("Customer number"), htmlOrDash(p.klantnummer));
    const QString street = QStringList { p.street, p.houseNumber }.join(u' ').simplified();
    // The postcode as in the letters: "7199 IN Hengelo".
    const QString city = QStringList { InputLimits::normalisedPostcode(p.postcode), p.city }
                             .join(u' ')
                             .simplified();
    details.add(tr("Address"),
                street.isEmpty() && city.isEmpty()
                    ? dash
                    : H::html(QStringList { street, city }.join(u'\n').trimmed()));
    details.add(tr("Phone"), htmlOrDash(p.phone));
    details.add(tr("E-mail"), htmlOrDash(p.email));
    if (p.relationEnd.isValid())
        details.add(tr("End of the relation"), dateOrDash(p.relationEnd));
    details.add(tr("Recorded in Privacydesk on"), dateOrDash(organisationDay(report.createdAt)));
    return details.html();
}

// 2. Requests, with identification and notes.
QString PersonReportDocument::requestsHtml(const PersonReport &report)
{
    QString out;
    if (report.requests.isEmpty())
        out += paragraph(tr("We have no requests from you on record."));
    else
        out += paragraph(tr("For identification we only record that we checked your identity, "
                            "and how. We never keep a copy of your identity document, its number "
                            "or your citizen service number (BSN)."));
    for (const ReportRequest &r : report.requests)
        out += requestFactsHtml(r, report.portalName) + requestFilesHtml(r)
            + requestNotesHtml(report, r.request.number);
    return out;
}

// One request: what was asked, how the identity was checked, the deadlines and the decision.
QString PersonReportDocument::requestFactsHtml(const ReportRequest &r, const QString &portalName)
{
    const Case &c = r.request;
    FactTable t(tr("Request %1").arg(c.number));
    t.add(tr("Type of request"), htmlOrDash(codes::labels(c.types).join(QStringLiteral(", "))));
    t.add(tr("Received"),
          c.receivedDate.isValid()
              ? H::html(tr("%1, %2").arg(longDate(c.receivedDate), channelPhrase(c.channel)))
              : dash);
    if (!c.representative.trimmed().isEmpty())
        t.add(tr("On your behalf by"), H::html(c.representative));
    if (!c.description.trimmed().isEmpty())
        t.add(tr("Description"), H::html(c.description));
    if (!c.callbackPhone.trimmed().isEmpty())
        t.add(tr("Call-back number"), H::html(c.callbackPhone));
    t.add(tr("State"), H::html(codes::label(c.state)));
    const Identification &id = c.identification;
    QStringList idLines;
    if (id.requested.isValid())
        idLines << tr("asked for on %1").arg(PersonReport::dateText(id.requested));
    if (id.received.isValid())
        idLines << tr("received on %1").arg(PersonReport::dateText(id.received));
    if (id.method)
        idLines << tr("how: %1").arg(
            inSentence(PersonReport::idMethodLabel(*id.method, portalName)));
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
          dateOrDash(c.extended && !r.deadlines.extensionLegallyLate ? d.legalExtended : d.legal));
    t.add(tr("Our own deadline"),
          dateOrDash(c.extended && !r.deadlines.extensionAfterOwnDeadline ? d.policyExtended
                                                                          : d.policy));
    if (c.extended)
        t.add(tr("Extended"),
              H::html(tr("%1 (we told you so on %2)")
                          .arg(c.extensionReason.trimmed(),
                               PersonReport::dateText(c.extensionNotified))));
    if (c.outcome) {
        t.add(tr("Outcome"), H::html(codes::label(*c.outcome)));
        if (!c.refusalGrounds.isEmpty())
            t.add(tr("Grounds"), H::html(codes::labels(c.refusalGrounds).join(u'\n')));
        if (!c.motivation.trimmed().isEmpty())
            t.add(tr("Reasons"), H::html(c.motivation.trimmed()));
        if (c.directMarketing)
            t.add(tr("Objection"),
                  H::html(CaseWorkflow::weighedPart(c.objection)
                              //: Dutch: "deels tegen direct marketing: uw gegevens worden niet
                              //: meer gebruikt voor reclame (artikel 21 lid 3 AVG)"
                              ? tr("partly against direct marketing: your data is no longer used "
                                   "for marketing (article 21(3) GDPR)")
                              : tr("against direct marketing: your data is no longer used for it "
                                   "(article 21(3) GDPR)")));
    }
    if (c.answeredOn.isValid())
        t.add(tr("Answered on"),
              H::html(c.answerChannel.trimmed().isEmpty()
                          ? PersonReport::dateText(c.answeredOn)
                          : tr("%1, %2").arg(PersonReport::dateText(c.answeredOn),
                                             answerChannelPhrase(c.answerChannel))));
    return t.html();
}

// The files kept with a request, each with its fingerprint.
QString PersonReportDocument::requestFilesHtml(const ReportRequest &r)
{
    if (r.attachments.isEmpty())
        return {};
    QString files;
    for (const Attachment &file : r.attachments) {
        const QString what = file.isDestroyed()
            ? tr("a file, destroyed on %1")
                  .arg(PersonReport::dateText(organisationDay(file.destroyedAt)))
            : file.name;
        files += QStringLiteral("<li>%1 (%2, %3)<br><font size=\"2\">%4</font></li>")
                     .arg(H::html(what), H::html(AttachmentService::kindLabel(file.kind)),
                          H::html(tr("kept since %1")
                                      .arg(PersonReport::dateText(organisationDay(file.addedAt)))),
                          H::html(tr("fingerprint (SHA-256): %1")
                                      .arg(ComplaintDossier::formatHash(file.sha256.toLatin1()))));
    }
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
        .arg(H::html(tr("Documents of this request that we keep")), files);
}

// The notes on a request, with the day each was written.
QString PersonReportDocument::requestNotesHtml(const PersonReport &report,
                                               const QString &caseNumber)
{
    QString notes;
    for (const ReportNote &n : report.notes) {
        if (n.caseNumber != caseNumber)
            continue;
        notes += QStringLiteral("<li><i>%1</i>: %2</li>")
                     .arg(H::html(PersonReport::dateText(organisationDay(n.writtenAt))),
                          H::html(n.text));
    }
    if (notes.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
        .arg(H::html(tr("Notes on this request")), notes);
}

// 3. Purposes and legal bases (art. 15(1)(a)), from the register, for the relation.
QString PersonReportDocument::purposesHtml(const PersonReport &report)
{
    const QString relation = codes::label(report.person.relation).toLower();
    QString out;
    if (report.activities.isEmpty())
        out += paragraph(tr("Our register of processing activities does not yet describe a "
                            "processing of data of people with your relation to us (%1). Ask us "
                            "about it if you want to know more.")
                             .arg(relation));
    else
        out += paragraph(tr("Our register of processing activities says what we use the data of "
                            "people with your relation to us (%1) for. We may only do that on a "
                            "legal basis (article 6 GDPR). These are the purposes and their "
                            "legal bases:")
                             .arg(relation));
    out += gridStart({ tr("Purpose"), tr("Legal basis") }, { 52, 48 });
    for (const ProcessingActivity &a : report.activities) {
        QString purpose = QStringLiteral("<b>%1</b><br>%2")
                              .arg(H::html(QStringLiteral("%1 %2").arg(a.subCode, a.subPurpose)),
                                   H::html(tr("%1 (%2)").arg(a.name, a.purpose)));
        if (!a.description.trimmed().isEmpty())
            purpose += QStringLiteral("<br><i>%1</i>").arg(H::html(a.description.trimmed()));
        if (a.anonymous) // Ieder1 says of each survey whether it is anonymous
            //: Dutch: "De antwoorden bij ‘%1’ worden anoniem verwerkt en zijn niet tot u te
            //: herleiden."
            purpose += QStringLiteral("<br>%1").arg(H::html(
                tr("The answers to ‘%1’ are processed anonymously and cannot be traced back to "
                   "you.")
                    .arg(a.name)));
        QStringList bases;
        for (const QString &code : a.legalBases)
            bases << basisForReader(code);
        if (!a.legalBasisText.trimmed().isEmpty())
            bases << a.legalBasisText.trimmed();
        if (!a.specialException.isEmpty())
            bases << keepReferenceTogether(
                tr("Special categories of personal data: %1 (article 9(2)(%2) GDPR)")
                    .arg(ProcessingRegister::art9ExceptionShortLabel(a.specialException),
                         a.specialException));
        if (a.hasCriminalData())
            bases << tr("Criminal personal data: %1").arg(a.criminalBasis.trimmed());
        QString basisCell;
        for (const QString &basis : std::as_const(bases))
            basisCell
                += (basisCell.isEmpty() ? QString() : QStringLiteral("<br>")) + H::html(basis);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(purpose, basisCell);
    }
    // Privacydesk's own processing: handling this and the other requests.
    out += QStringLiteral("<tr><td><b>%1</b><br>%2</td><td>%3</td></tr>")
               .arg(H::html(tr("Your requests about your personal data")),
                    H::html(tr("Handling your requests (articles 12 to 22 GDPR) and showing that "
                               "we did so correctly (article 5(2) GDPR); sections 1 and 2.")),
                    H::html(basisForReader(QStringLiteral("c"))));
    out += QStringLiteral("</table>");
    return out;
}

// 4. Categories of personal data (art. 15(1)(b)).
QString PersonReportDocument::categoriesHtml(const PersonReport &report)
{
    QString out;
    QStringList categories;
    for (const ProcessingActivity &a : report.activities) {
        for (const PersonalDataCategory &category : a.dataCategories) {
            // What a category is, once, after its name: art. 9, art. 10 and the sensitive
            // nuisance reports are three different things.
            QStringList flags;
            QStringList art9;
            for (const QString &code : category.special) {
                if (ProcessingRegister::art9CategoryCodes().contains(code))
                    art9 << inSentence(ProcessingRegister::specialCategoryLabel(code));
            }
            if (!art9.isEmpty())
                flags << tr("special categories of personal data about %1 (article 9 GDPR)")
                             .arg(art9.join(QStringLiteral(", ")));
            if (category.special.contains(QStringLiteral("strafrechtelijk")))
                flags << tr("criminal personal data (article 10 GDPR)");
            if (category.special.contains(QStringLiteral("overlast")))
                flags << tr("sensitive data, but no special categories of personal data");
            const QString line = flags.isEmpty()
                ? category.name
                : tr("%1: %2").arg(category.name, flags.join(QStringLiteral("; ")));
            if (!categories.contains(line, Qt::CaseInsensitive))
                categories << line;
        }
    }
    if (!categories.isEmpty()) {
        out += paragraph(tr("For the purposes in section 3 we use these kinds of data about "
                            "people with your relation to us, as far as we have them about you:"));
        QString items;
        for (const QString &category : std::as_const(categories))
            items += QStringLiteral("<li>%1</li>").arg(H::html(category));
        out += QStringLiteral("<ul>%1</ul>").arg(items);
    }
    out += paragraph(tr("In Privacydesk: your details, your requests and how we handled them, the "
                        "notes on them, the disclosures to others and the retention terms "
                        "(sections 1, 2, 5 and 6)."));
    return out;
}

// 5. Recipients (art. 15(1)(c)): the disclosures recorded, then the categories of the
// register.
QString PersonReportDocument::recipientsHtml(const PersonReport &report)
{
    QString out;
    if (report.disclosures.isEmpty()) {
        out += paragraph(tr("We have not recorded any disclosure of your data to others."));
    } else {
        out += paragraph(tr("These organisations received personal data about you from us:"));
        out += gridStart(
            { tr("Date"), tr("Recipient"), tr("Data"), tr("Purpose"), tr("Legal basis") },
            { 16, 22, 22, 20, 20 });
        for (const Disclosure &d : report.disclosures) {
            QString recipient
                = QStringLiteral("%1<br><i>%2</i>")
                      .arg(H::html(d.recipientName), H::html(d.recipientDescription()));
            if (d.recipientRole == RecipientRole::Verwerker)
                recipient += QStringLiteral("<br><i>%1</i>")
                                 .arg(H::html(tr("processes data on our behalf")));
            // The data in the officer's words when recorded: the categories are for matching
            // (art. 19) and say more than was given ("Telefoonnummer en e-mailadres" for a
            // phone number alone, seed 001); else the categories, as one phrase.
            QStringList data;
            for (DataCategory category : d.data) {
                const QString label = codes::label(category);
                data << (data.isEmpty() ? label : inSentence(label));
            }
            const QString dataHtml = d.dataText.trimmed().isEmpty()
                ? H::html(data.join(QStringLiteral(", ")))
                : H::html(d.dataText.trimmed());
            QString basis = H::html(basisForReader(codes::code(d.basis)));
            if (!d.basisText.trimmed().isEmpty())
                basis += QStringLiteral("<br>") + H::html(d.basisText.trimmed());
            out += gridRow({ tableDate(d.date), recipient, dataHtml.isEmpty() ? dash : dataHtml,
                             htmlOrDash(d.purpose), basis });
        }
        out += QStringLiteral("</table>");
    }

    QStringList recipientCategories;
    QStringList processors;
    for (const ProcessingActivity &a : report.activities) {
        for (const QString &recipient : a.recipients) {
            const auto category = codes::from<RecipientCategory>(recipient);
            const QString name
                = category ? inSentence(RecipientCodes::describedLabel(*category)) : recipient;
            if (!recipientCategories.contains(name, Qt::CaseInsensitive))
                recipientCategories << name;
        }
        for (const QString &processor : a.processors) {
            if (!processors.contains(processor, Qt::CaseInsensitive))
                processors << processor;
        }
    }
    if (!recipientCategories.isEmpty())
        out += paragraph(tr("Depending on the purpose, our register names these kinds of "
                            "recipients for data of people with your relation to us: %1.")
                             .arg(listEnd(recipientCategories)));
    if (!processors.isEmpty())
        out += paragraph(tr("These processors work with the data on our behalf, only under a "
                            "processing agreement (article 28 GDPR): %1.")
                             .arg(listEnd(processors)));
    return out;
}

// 6. Retention: the terms running for the person, then the rules for their relation.
QString PersonReportDocument::retentionHtml(const PersonReport &report)
{
    QString out;
    if (report.retention.isEmpty()) {
        out += paragraph(tr("No retention term has started for your data yet: they are kept as "
                            "long as your relation with us or your requests require."));
    } else {
        out += gridStart({ tr("Kept until"), tr("Data"), tr("Term"), tr("From"), tr("State") },
                         { 18, 24, 24, 18, 16 });
        for (const RetentionItem &item : report.retention) {
            QString state = H::html(codes::label(item.state));
            if (item.state == RetentionState::Destroyed && item.destroyedOn.isValid())
                state
                    = H::html(tr("Destroyed on %1").arg(PersonReport::dateText(item.destroyedOn)));
            out += gridRow({ tableDate(item.expires), H::html(item.rule.category),
                             H::html(item.rule.periodText()), tableDate(item.trigger), state });
        }
        out += QStringLiteral("</table>");
    }
    if (report.requestFilesRule) {
        const RetentionRule &rule = *report.requestFilesRule;
        out += paragraph(rule.trigger == RetentionTrigger::RequestCompleted
                             ? tr("We keep the data about your requests until %1 after your "
                                  "request was completed. Then we destroy them.")
                                   .arg(RetentionCodes::label(rule.period.unit, rule.period.amount))
                             : tr("We keep the data about your requests for %1. Then we destroy "
                                  "them.")
                                   .arg(rule.periodText()));
    }
    if (report.hold)
        out += paragraph(
            tr("Since %1 we keep your data longer, for this reason: %2. As long as that "
               "is needed, none of your data are destroyed.")
                .arg(PersonReport::dateText(report.hold->placedOn), report.hold->reason.trimmed()));

    if (!report.retentionRules.isEmpty()) {
        out += paragraph(tr("Our retention rules for data of people with your relation to us:"));
        out += gridStart({ tr("Data"), tr("Term"), tr("Why") }, { 30, 36, 34 });
        for (const RetentionRule &rule : report.retentionRules)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(H::html(rule.category), H::html(rule.periodText()),
                            htmlOrDash(rule.legalGround));
        out += QStringLiteral("</table>");
    }
    return out;
}

// 7. The rights (art. 15(1)(e)); how soon a request is answered: PersonReportDeadlines.cpp.
QString PersonReportDocument::rightsHtml(const PersonReport &report)
{
    QString out;
    out += paragraph(tr("You may ask us:"));
    out += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
               .arg(H::html(tr("to correct or complete data that are wrong or incomplete "
                               "(rectification, article 16 GDPR);")),
                    H::html(tr("to delete your data (article 17 GDPR), unless we must keep them, "
                               "for instance by law;")),
                    H::html(tr("to restrict the use of your data while, for instance, a "
                               "correction is checked (article 18 GDPR);")),
                    H::html(tr("to receive the data you gave us in a machine-readable form, as "
                               "far as we process them on your consent or under a contract with "
                               "you (article 20 GDPR);")),
                    H::html(tr("to stop using your data: you may object to their use (article "
                               "21 GDPR), and always to their use for direct marketing.")));
    //: Dutch: "Gebruiken wij uw gegevens omdat u daarvoor toestemming heeft gegeven? Dan kunt
    //: u die toestemming altijd intrekken (artikel 7 lid 3 AVG). Een verzoek kost niets."
    out += paragraph(
        tr("Do we use your data because you gave your consent? Then you may withdraw "
           "that consent at any time (article 7(3) GDPR). A request costs nothing.")
        + u' ' + answerWithin(report.policy)
        + (mayExtend(report.policy).isEmpty() ? QString() : u' ' + mayExtend(report.policy))
        + (extendedAnswers(report).isEmpty() ? QString() : u' ' + extendedAnswers(report)));
    return out;
}

// 8. The right to complain (art. 15(1)(f)).
QString PersonReportDocument::complaintHtml()
{
    return paragraph(tr("Do you disagree with how we handle your data? Please tell us first. You "
                        "also have the right to complain to the Autoriteit Persoonsgegevens, the "
                        "Dutch supervisory authority (www.autoriteitpersoonsgegevens.nl). And you "
                        "may go to court."));
}

// 9. Sources (art. 15(1)(g)): the source recorded for the person, how the person came into
// Privacydesk, and the sources the register names for the relation.
QString PersonReportDocument::sourcesHtml(const PersonReport &report)
{
    const Person &p = report.person;
    QString out;
    if (!p.source.trimmed().isEmpty())
        out += paragraph(
            tr("Recorded source of your data: %1.").arg(listEnd({ p.source.trimmed() })));
    out += QStringLiteral("<ul>");
    for (const ReportSource &s : report.sources) {
        QString line;
        const QString date = PersonReport::dateText(s.date);
        switch (s.kind) {
        case ReportSource::Kind::Import:
            // The source recorded for the data, not only the day they were taken over.
            line = s.recorded.isEmpty()
                ? tr("%1: taken over from our rental administration.").arg(date)
                //: Dutch: "Bron: %1 (overgenomen op %2)."
                : tr("Source: %1 (taken over on %2).").arg(s.recorded, date);
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
            line = tr("%1: updated from our rental administration (%2).")
                       .arg(date, fields.join(QStringLiteral(", ")));
            break;
        }
        case ReportSource::Kind::Intake:
            // The day the request arrived, which may lie before the day it was recorded in
            // Privacydesk (section 1): said as the day it came, never as "recorded".
            //: Dutch: "%1: uit uw verzoek, dat wij die dag ontvingen (%2)."
            line = s.channel ? tr("%1: from your request, which we received that day (%2).")
                                   .arg(date, codes::label(*s.channel).toLower())
                             //: Dutch: "%1: uit uw verzoek, dat wij die dag ontvingen."
                             : tr("%1: from your request, which we received that day.").arg(date);
            break;
        }
        out += QStringLiteral("<li>%1</li>").arg(H::html(line));
    }
    out += QStringLiteral("<li>%1</li></ul>")
               .arg(H::html(tr("The data about your requests and the notes on them were "
                               "recorded by us while handling your requests, from what you "
                               "or your representative told us.")));
    QStringList registerSources;
    for (const ProcessingActivity &a : report.activities) {
        for (const QString &source : a.sources) {
            if (!registerSources.contains(source, Qt::CaseInsensitive)
                && source.compare(QLatin1StringView("betrokkene zelf"), Qt::CaseInsensitive) != 0)
                registerSources << source;
        }
    }
    if (!registerSources.isEmpty())
        out += paragraph(tr("Depending on the purpose, we may also receive data about people with "
                            "your relation to us from: %1.")
                             .arg(listEnd(registerSources)));
    return out;
}

// 10. Automated decision-making (art. 15(1)(h)): the organisation's own statement.
QString PersonReportDocument::automatedDecisionsHtml(const PersonReport &report)
{
    return paragraph(report.automatedDecisions.trimmed().isEmpty()
                         ? OrganisationDetails().automatedDecisionsText()
                         : report.automatedDecisions.trimmed());
}

// 11. Transfers outside the EEA (art. 15(2)), never "none" while one is recorded.
QString PersonReportDocument::transfersHtml(const PersonReport &report)
{
    QString out;
    if (report.transfers.isEmpty()) {
        out += paragraph(tr("We do not transfer your data to countries outside the European "
                            "Economic Area (the EU, Iceland, Liechtenstein and Norway) or to "
                            "international organisations."));
    } else {
        // Which article a safeguard rests on stands with it (seed 003: "artikel 46 AVG"
        // for an adequacy decision, which is article 45).
        //: Dutch: "Uw gegevens gaan naar deze plaatsen buiten de Europese Economische Ruimte (de
        //: EU, IJsland, Liechtenstein en Noorwegen). De waarborg is wat uw gegevens daar
        //: beschermt:"
        out += paragraph(tr("Your data go to these places outside the European Economic Area "
                            "(the EU, Iceland, Liechtenstein and Norway). The safeguard is what "
                            "protects your data there:"));
        out += gridStart({ tr("Who"), tr("Country"), tr("Safeguard"), tr("For") },
                         { 26, 16, 32, 26 });
        for (const ReportTransfer &t : report.transfers) {
            const QString what = t.activity.isEmpty()
                ? tr("received your data on %1").arg(PersonReport::dateText(t.disclosedOn))
                : t.activity;
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(htmlOrDash(t.to),
                            t.country.trimmed().isEmpty()
                                ? H::html(tr("outside the EEA (country not recorded)"))
                                : H::html(countryText(t.country)),
                            t.safeguard.trimmed().isEmpty()
                                ? H::html(tr("not recorded in our register: ask us about it"))
                                : H::html(safeguardText(t.safeguard)),
                            H::html(what));
        }
        out += QStringLiteral("</table>");
    }
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
