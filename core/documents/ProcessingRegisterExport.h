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

class QTextDocument;

namespace pd {

// Needs QtGui (fonts), never QtWidgets.
class ProcessingRegisterExport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ProcessingRegisterExport)
public:
    // Dutch whatever the interface language: the file is for the organisation and the AP.
    static QStringList csvHeader();
    static QByteArray toCsv(const QList<ProcessingActivity> &activities,
                            const OrganisationDetails &organisation = {});
    static bool writeCsv(const QList<ProcessingActivity> &activities, const OutputTarget &target,
                         QString *error);
    static bool writeCsv(const QList<ProcessingActivity> &activities,
                         const OrganisationDetails &organisation, const OutputTarget &target,
                         QString *error);

    static QString notFilledIn();

    static QString toHtml(const QList<ProcessingActivity> &activities,
                          const OrganisationDetails &organisation, QDate printedOn,
                          const QList<RetentionRule> &rules = {});
    static QString toHtml(const QList<ProcessingActivity> &activities, const QString &organisation,
                          QDate printedOn);
    static void fillDocument(QTextDocument *document, const QList<ProcessingActivity> &activities,
                             const OrganisationDetails &organisation, QDate printedOn,
                             const QList<RetentionRule> &rules = {});
    static void fillDocument(QTextDocument *document, const QList<ProcessingActivity> &activities,
                             const QString &organisation, QDate printedOn);
    // Needs a QGuiApplication (fonts).
    static bool writePdf(const QList<ProcessingActivity> &activities,
                         const OrganisationDetails &organisation, QDate printedOn,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error, const QList<RetentionRule> &rules = {});
    static bool writePdf(const QList<ProcessingActivity> &activities, const QString &organisation,
                         QDate printedOn, PrintedDocument::Marking marking,
                         const OutputTarget &target, QString *error);

    static QString documentTitle(); // "Register van verwerkingsactiviteiten (art. 30 AVG)"

private:
    static QString controllerTable(const OrganisationDetails &organisation);
    static QString activityTable(const ProcessingActivity &activity);
    static QString retentionTable(const QList<RetentionRule> &rules);
};

} // namespace pd
