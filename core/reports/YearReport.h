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

struct YearFigure
{
    enum class Kind { Count, Days, Percent };
    QString code; // stable within its table (JSON)
    QString label; // translated
    std::optional<double> value; // none: there is nothing to measure (a median without answers)
    Kind kind = Kind::Count;
};

struct YearTable
{
    QString code; // stable (JSON)
    QString title; // translated
    QString definition; // translated: what is counted, over which days, by which date
    QList<YearFigure> figures;
};

struct YearSection
{
    QString code;
    QString title;
    QList<YearTable> tables;
};

// One calendar year in Europe/Amsterdam; while it runs (complete false) it counts what is recorded
// up to madeOn.
struct YearReport
{
    int year = 0;
    QDate from; // 1 January
    QDate until; // 31 December
    bool complete = false; // the year is over (madeOn lies after it)
    QDate madeOn;
    QList<YearSection> sections;
};

// The FG's yearly report to the board. Its figures ARE the dashboards' at peildatum 31 December
// (tests/reports/tst_yearreport compares both); what the dashboards do not show is
// YearReportRepository's, over the same days. A read that fails is an error, never zeros.
class YearReportService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::YearReportService)
public:
    explicit YearReportService(const Session &session);

    static constexpr int firstYear = 2000;
    bool validYear(int year) const;

    std::optional<YearReport> report(int year, ServiceError *error) const;

    // One row per figure: a plain number in the locale, "-" for none.
    static QByteArray toCsv(const YearReport &report, const QLocale &locale = {});
    static bool writeCsv(const YearReport &report, const OutputTarget &target, QString *error);
    static QJsonObject toJson(const YearReport &report);
    static QString documentTitle(int year); // "Jaarverslag privacy 2026"
    static QString periodText(const YearReport &report, const QLocale &locale = {});
    static QString valueText(const YearFigure &figure, const QLocale &locale = {});
    static QString toHtml(const YearReport &report, const QString &organisation);
    static void fillDocument(QTextDocument *document, const YearReport &report,
                             const QString &organisation);
    // Needs a QGuiApplication.
    static bool writePdf(const YearReport &report, const QString &organisation,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error);

private:
    Session m_session;
};

} // namespace pd
