#pragma once

#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/Dpia.h"
#include "registers/KeptDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QTextDocument;

namespace pd {

// One DPIA of the register as it is printed or kept as a PDF: the activity, whether a DPIA is
// needed and why (the AP's list, art. 35(3), the EDPB criteria), the DPIA itself, the prior
// consultation of the AP, the review, and the document kept with it (its name and SHA-256, so
// that the paper names the report it stands for). Needs QtGui (fonts), never QtWidgets.
class DpiaDocument final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DpiaDocument)
public:
    static QString documentTitle(const Dpia &dpia); // "DPIA C.2 Woonfraude"
    static QString toHtml(const Dpia &dpia, const OrganisationDetails &organisation,
                          const KeptDocument &kept, QDate printedOn);
    static void fillDocument(QTextDocument *document, const Dpia &dpia,
                             const OrganisationDetails &organisation, const KeptDocument &kept,
                             QDate printedOn);
    // Needs a QGuiApplication (fonts).
    static bool writePdf(const Dpia &dpia, const OrganisationDetails &organisation,
                         const KeptDocument &kept, QDate printedOn,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error);
};

} // namespace pd
