#pragma once

#include "documents/PersonReport.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace pd {

// The inzage report (art. 15 AVG) for the data subject: a QTextDocument in plain Dutch (the
// interface language; tr() with English sources) that PrintedDocument paints on A4 with the
// title, "Vertrouwelijk" and "pagina X van Y" on every page. Sections: the person's details,
// where the data came from, the requests (with deadlines, identification records without any
// number, and notes), the recipients (art. 15(1)(c)), the retention terms and legal hold, and
// the fixed art. 15(1) information: purposes, rights and the right to complain to the
// Autoriteit Persoonsgegevens. Print the report as PersonReview::redact left it.
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
};

} // namespace pd
