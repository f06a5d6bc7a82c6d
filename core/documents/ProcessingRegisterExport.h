#pragma once

#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/ProcessingRegister.h"
#include "terms/RetentionTerms.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace pd {

// The register of processing activities as files for others: a CSV that Dutch Excel opens as
// it should (UTF-8 with BOM, ';', CRLF, Dutch column names) and a printable document
// (QTextDocument) that the PDF writer and the GUI's print preview paint the same way, with
// "Vertrouwelijk" and "pagina X van Y" on every page. Needs QtGui (fonts), never QtWidgets.
class ProcessingRegisterExport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ProcessingRegisterExport)
public:
    // The column names of the CSV, in Dutch whatever the interface language: the file is for
    // the organisation's own records and for the Autoriteit Persoonsgegevens.
    static QStringList csvHeader();
    // One row per activity; lists joined with " | "; the controller and the FG (art. 30 lid 1
    // sub a AVG) on every row, "niet ingevuld" where the settings lack them. Art. 9 data with
    // the art. 9 lid 2 exception, art. 10 data with their basis and nuisance reports (sensitive
    // data, neither art. 9 nor art. 10) are separate columns; the transfer column is derived
    // from the country (EEA, not EU).
    static QByteArray toCsv(const QList<ProcessingActivity> &activities,
                            const OrganisationDetails &organisation = {});
    static bool writeCsv(const QList<ProcessingActivity> &activities, const OutputTarget &target,
                         QString *error);
    static bool writeCsv(const QList<ProcessingActivity> &activities,
                         const OrganisationDetails &organisation, const OutputTarget &target,
                         QString *error);

    // The words the export uses where a detail is missing: "niet ingevuld".
    static QString notFilledIn();
    // "Ja: Verenigde Staten; waarborg: ..." or "Nee", from the data, never from the flag alone.
    static QString transferText(const ProcessingActivity &activity);

    // HTML for a QTextDocument, grouped by main purpose, with a title, the controller and FG
    // and the date printed; after the activities the organisation's retention rules, its own
    // included (art. 30 lid 1 sub f AVG: the time limits for erasure).
    static QString toHtml(const QList<ProcessingActivity> &activities,
                          const OrganisationDetails &organisation, QDate printedOn,
                          const QList<RetentionRule> &rules = {});
    static QString toHtml(const QList<ProcessingActivity> &activities, const QString &organisation,
                          QDate printedOn);
    // A document ready for PrintedDocument::paint(): the HTML, default font and no margin of its
    // own.
    static void fillDocument(QTextDocument *document, const QList<ProcessingActivity> &activities,
                             const OrganisationDetails &organisation, QDate printedOn,
                             const QList<RetentionRule> &rules = {});
    static void fillDocument(QTextDocument *document, const QList<ProcessingActivity> &activities,
                             const QString &organisation, QDate printedOn);
    // A4 portrait PDF. Needs a QGuiApplication (fonts).
    static bool writePdf(const QList<ProcessingActivity> &activities,
                         const OrganisationDetails &organisation, QDate printedOn,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error, const QList<RetentionRule> &rules = {});
    static bool writePdf(const QList<ProcessingActivity> &activities, const QString &organisation,
                         QDate printedOn, PrintedDocument::Marking marking,
                         const OutputTarget &target, QString *error);

    static QString documentTitle(); // "Register van verwerkingsactiviteiten (art. 30 AVG)"

private:
    // toHtml's parts: the table of the controller and the FG; one activity's table.
    static QString controllerTable(const OrganisationDetails &organisation);
    static QString activityTable(const ProcessingActivity &activity);
    static QString retentionTable(const QList<RetentionRule> &rules);
};

} // namespace pd
