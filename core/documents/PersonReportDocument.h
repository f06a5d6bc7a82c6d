#pragma once

#include "documents/PersonReport.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace pd {

// The inzage report (art. 15 AVG) for the data subject: a QTextDocument in plain Dutch (the
// interface language; tr() with English sources) that PrintedDocument paints on A4 with the
// title, "Vertrouwelijk" and "pagina X van Y" on every page. First what Privacydesk holds (the
// person's details; the requests with deadlines, identification records without any number,
// files and notes), then one section per point of art. 15(1)(a)-(h) and 15(2), each headed with
// its article: purposes and legal bases (the register's activities for the person's relation,
// and Privacydesk's own), categories of data, recipients (the disclosures, the register's
// recipient categories and processors), retention (the person's terms, the rules for the
// relation, the legal hold), the rights, the complaint to the Autoriteit Persoonsgegevens, the
// sources (the recorded source first), automated decision-making (the organisation's
// statement) and transfers outside the EEA with their safeguard. Print the report as
// PersonReview::redact left it.
class PersonReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReportDocument)
public:
    static QString title(); // "Inzageoverzicht", also the header of every page

    static QString toHtml(const PersonReport &report);
    // The HTML with the default font and no margin of its own, ready for PrintedDocument.
    static void fillDocument(QTextDocument *document, const PersonReport &report);

    // The section headings, in order (tests and the wizard's summary use them).
    static QStringList sectionTitles();

    // How a request or an answer went, as words that follow a date: "per brief", "telefonisch"
    // (the report and the AP dossier say it alike). An answer channel stored as free text
    // (older requests) is returned as written.
    static QString channelPhrase(Channel channel);
    static QString answerChannelPhrase(const QString &stored);
    // A date written out, as in the letters: "1 oktober 2026".
    static QString longDate(QDate date);
    // "30 days", "4 weeks": a period of the deadline policy in words.
    static QString periodText(Period period);
    // When we answer: the organisation's own period, or the legal month when that
    // ends sooner: "We answer within 4 weeks." / "... 30 days. If one month ... ends sooner ...".
    static QString answerWithin(const DeadlinePolicy &policy);
    // That the answer may take longer, said how (art. 12(3)); empty when the policy has no
    // extension.
    static QString mayExtend(const DeadlinePolicy &policy);
    // For each of the person's open requests extended in time: that it was, when they were told
    // and the date the answer comes by; empty when there is none.
    static QString extendedAnswers(const PersonReport &report);

private:
    // The report's parts, in the order toHtml() puts them: each section without its heading.
    static QString introHtml(const PersonReport &report);
    static QString detailsHtml(const PersonReport &report); // 1
    // In 1: the restrictions of processing (art. 18 AVG; PersonReportRestrictions.cpp).
    static QString restrictionsHtml(const PersonReport &report);
    // In 1: the consents given and withdrawn (art. 7 AVG; PersonReportConsents.cpp).
    static QString consentsHtml(const PersonReport &report);
    static QString requestsHtml(const PersonReport &report); // 2
    // portalName: the tenants' portal by the organisation's own name (PersonReport::portalName).
    static QString requestFactsHtml(const ReportRequest &request, const QString &portalName);
    static QString requestFilesHtml(const ReportRequest &request);
    static QString requestNotesHtml(const PersonReport &report, const QString &caseNumber);
    static QString purposesHtml(const PersonReport &report); // 3: art. 15(1)(a)
    static QString categoriesHtml(const PersonReport &report); // 4: art. 15(1)(b)
    static QString recipientsHtml(const PersonReport &report); // 5: art. 15(1)(c)
    static QString retentionHtml(const PersonReport &report); // 6: art. 15(1)(d)
    static QString rightsHtml(const PersonReport &report); // 7: art. 15(1)(e)
    static QString complaintHtml(); // 8: art. 15(1)(f)
    static QString sourcesHtml(const PersonReport &report); // 9: art. 15(1)(g)
    static QString automatedDecisionsHtml(const PersonReport &report); // 10: art. 15(1)(h)
    static QString transfersHtml(const PersonReport &report); // 11: art. 15(2)
    // In 11 (PersonReportTransfers.cpp): the country's Dutch name ("US" → "Verenigde Staten"),
    // and the safeguard as recorded with the articles of the AVG it rests on.
    static QString countryText(const QString &country);
    static QString safeguardText(const QString &safeguard);
};

} // namespace pd
