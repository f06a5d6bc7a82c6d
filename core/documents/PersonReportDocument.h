#pragma once

#include "documents/PersonReport.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace pd {

// The inzage report (art. 15 AVG), one section per point of art. 15(1)(a)-(h) and 15(2). Print
// the report as PersonReview::redact left it.
class PersonReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReportDocument)
public:
    static QString title(); // "Inzageoverzicht", also the header of every page

    static QString toHtml(const PersonReport &report);
    static void fillDocument(QTextDocument *document, const PersonReport &report);

    static QStringList sectionTitles();

    // An answer channel stored as free text (older requests) is returned as written.
    static QString channelPhrase(Channel channel);
    static QString answerChannelPhrase(const QString &stored);
    static QString longDate(QDate date);
    static QString periodText(Period period);
    static QString answerWithin(const DeadlinePolicy &policy);
    static QString mayExtend(const DeadlinePolicy &policy);
    static QString extendedAnswers(const PersonReport &report);

private:
    static QString introHtml(const PersonReport &report);
    static QString detailsHtml(const PersonReport &report); // 1
    static QString restrictionsHtml(const PersonReport &report);
    static QString consentsHtml(const PersonReport &report);
    static QString systemsHtml(const PersonReport &report);
    static QString requestsHtml(const PersonReport &report); // 2
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
    static QString countryText(const QString &country);
    static QString safeguardText(const QString &safeguard);
};

} // namespace pd
