#pragma once

#include "print/PrintedDocument.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/OutputFile.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QTextDocument;

namespace pd {

class Store;

// One figure of the year report: a count, a number of days or a share.
struct YearFigure
{
    enum class Kind { Count, Days, Percent };
    QString code; // stable within its table (JSON)
    QString label; // translated
    std::optional<double> value; // none: there is nothing to measure (a median without answers)
    Kind kind = Kind::Count;
};

// A table of figures with the sentence that says exactly what it counts.
struct YearTable
{
    QString code; // stable (JSON)
    QString title; // translated
    QString definition; // translated: what is counted, over which days, by which date
    QList<YearFigure> figures;
};

// One section of the report ("Verzoeken", "Datalekken", ...).
struct YearSection
{
    QString code;
    QString title;
    QList<YearTable> tables;
};

// The report of one calendar year in the organisation's time zone (Europe/Amsterdam): from
// 1 January to 31 December. While the year runs (complete false) it counts what is recorded
// so far (madeOn).
struct YearReport
{
    int year = 0;
    QDate from; // 1 January
    QDate until; // 31 December
    bool complete = false; // the year is over (madeOn lies after it)
    QDate madeOn;
    QList<YearSection> sections;
};

// The year's report of the FG to the board: the figures of the dashboards for one
// calendar year, every table with its definition. Its figures ARE the dashboards' at peildatum
// 31 December of the year (whose 12-month window is that year): DashboardService::deadlines,
// disclosures, retention's destructions and breaches at breachMoment(31 December); what the
// dashboards do not show (channels, outcomes, breach notices) is YearReportRepository's, counted
// over the same days. tests/reports/tst_yearreport compares both.
//
// The report is a list of sections, each built by one function from the shared sources (each
// set of dashboard figures read once): adding a section is one function and one entry in
// YearReportService's list (YearReport.cpp).
//
// Who may see the dashboards (Permission::ViewRegisters) may see the report; a refusal leaves
// one user.denied event ("yearreport.read"). A read that fails is an error, never zeros.
class YearReportService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::YearReportService)
public:
    explicit YearReportService(const Session &session);

    static constexpr int firstYear = 2000;
    // The years that may be asked: firstYear up to this year.
    bool validYear(int year) const;

    std::optional<YearReport> report(int year, ServiceError *error) const;

    // --- outputs (YearReportExport.cpp) ---
    // One row per figure: section, figure, value, definition (util/Csv: Dutch Excel). The
    // value is a plain number in the locale (no unit: the figure's label names it), "-" for none.
    static QByteArray toCsv(const YearReport &report, const QLocale &locale = {});
    static bool writeCsv(const YearReport &report, const OutputTarget &target, QString *error);
    // {"year", "from", "until", "complete", "sections": [{"code", "title", "tables": [{"code",
    // "title", "definition", "figures": [{"code", "label", "value", "kind"}]}]}]}
    static QJsonObject toJson(const YearReport &report);
    static QString documentTitle(int year); // "Jaarverslag privacy 2026"
    static QString periodText(const YearReport &report, const QLocale &locale = {});
    // The value as shown: "12", "42,5 dagen", "75%", "-".
    static QString valueText(const YearFigure &figure, const QLocale &locale = {});
    static QString toHtml(const YearReport &report, const QString &organisation);
    static void fillDocument(QTextDocument *document, const YearReport &report,
                             const QString &organisation);
    // A4 PDF through PrintedDocument (needs a QGuiApplication).
    static bool writePdf(const YearReport &report, const QString &organisation,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error);

private:
    Session m_session;
};

} // namespace pd
