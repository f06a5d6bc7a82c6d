#include "reports/YearReport.h"
#include "util/Csv.h"

#include <QFont>
#include <QJsonArray>
#include <QTextDocument>

// The year report as CSV (one row per figure), JSON, and a printable document.
namespace pd {

namespace {

QString number(double value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const bool whole = value == double(qint64(value));
    return plain.toString(value, 'f', whole ? 0 : 1);
}

QString kindCode(YearFigure::Kind kind)
{
    switch (kind) {
    case YearFigure::Kind::Days:
        return QStringLiteral("days");
    case YearFigure::Kind::Percent:
        return QStringLiteral("percent");
    case YearFigure::Kind::Count:
        break;
    }
    return QStringLiteral("count");
}

} // namespace

QString YearReportService::documentTitle(int year)
{
    //: Dutch: "Jaarverslag privacy %1"
    return tr("Privacy annual report %1").arg(year);
}

QString YearReportService::periodText(const YearReport &report, const QLocale &locale)
{
    const auto day = [&locale](QDate d) {
        return locale.toString(d, QStringLiteral("d MMMM yyyy"));
    };
    if (report.complete)
        //: Dutch: "Periode: %1 tot en met %2."
        return tr("Period: %1 up to and including %2.").arg(day(report.from), day(report.until));
    //: Dutch: "Periode: %1 tot en met %2. Het jaar loopt nog: de cijfers zijn die van %3."
    return tr("Period: %1 up to and including %2. The year is not over: the figures are those "
              "of %3.")
        .arg(day(report.from), day(report.until), day(report.madeOn));
}

QString YearReportService::valueText(const YearFigure &figure, const QLocale &locale)
{
    if (!figure.value)
        return QStringLiteral("-");
    const QString text = number(*figure.value, locale);
    return figure.kind == YearFigure::Kind::Percent ? text + u'%' : text;
}

// --- CSV ---

QByteArray YearReportService::toCsv(const YearReport &report, const QLocale &locale)
{
    QString rows = Csv::row({
        //: Dutch: "Onderdeel"
        tr("Section"),
        //: Dutch: "Cijfer"
        tr("Figure"),
        //: Dutch: "Waarde"
        tr("Value"),
        //: Dutch: "Definitie"
        tr("Definition"),
    });
    for (const YearSection &section : report.sections)
        for (const YearTable &table : section.tables)
            for (const YearFigure &figure : table.figures)
                rows += Csv::row(
                    { section.title, table.title + QStringLiteral(": ") + figure.label,
                      figure.value ? number(*figure.value, locale) : QStringLiteral("-"),
                      table.definition });
    return Csv::file(rows);
}

bool YearReportService::writeCsv(const YearReport &report, const OutputTarget &target,
                                 QString *error)
{
    return Csv::write(toCsv(report), target, error);
}

// --- JSON ---

QJsonObject YearReportService::toJson(const YearReport &report)
{
    QJsonArray sections;
    for (const YearSection &section : report.sections) {
        QJsonArray tables;
        for (const YearTable &table : section.tables) {
            QJsonArray figures;
            for (const YearFigure &f : table.figures)
                figures.append(
                    QJsonObject { { QStringLiteral("code"), f.code },
                                  { QStringLiteral("label"), f.label },
                                  { QStringLiteral("value"),
                                    f.value ? QJsonValue(*f.value) : QJsonValue(QJsonValue::Null) },
                                  { QStringLiteral("kind"), kindCode(f.kind) } });
            tables.append(QJsonObject { { QStringLiteral("code"), table.code },
                                        { QStringLiteral("title"), table.title },
                                        { QStringLiteral("definition"), table.definition },
                                        { QStringLiteral("figures"), figures } });
        }
        sections.append(QJsonObject { { QStringLiteral("code"), section.code },
                                      { QStringLiteral("title"), section.title },
                                      { QStringLiteral("tables"), tables } });
    }
    return { { QStringLiteral("year"), report.year },
             { QStringLiteral("from"), report.from.toString(Qt::ISODate) },
             { QStringLiteral("until"), report.until.toString(Qt::ISODate) },
             { QStringLiteral("complete"), report.complete },
             { QStringLiteral("sections"), sections } };
}

// --- the document ---

QString YearReportService::toHtml(const YearReport &report, const QString &organisation)
{
    const QLocale locale;
    const auto h = [](const QString &text) {
        return PrintedDocument::html(text);
    };
    QString out = QStringLiteral("<html><body><h1>%1</h1>").arg(h(documentTitle(report.year)));
    if (!organisation.trimmed().isEmpty())
        out += QStringLiteral("<p><b>%1</b></p>").arg(h(organisation.trimmed()));
    out += QStringLiteral("<p>%1<br/>%2</p>")
               .arg(h(periodText(report, locale)),
                    //: Dutch: "Gemaakt op %1. Dezelfde cijfers als de dashboards met peildatum
                    //: 31 december %2."
                    h(tr("Made on %1. The same figures as the dashboards with reference date 31 "
                         "December %2.")
                          .arg(locale.toString(report.madeOn, QStringLiteral("d MMMM yyyy")))
                          .arg(report.year)));
    for (const YearSection &section : report.sections) {
        // Each section after the first on a page of its own: no heading left at a page's foot.
        out += QStringLiteral("<h2%1>%2</h2>")
                   .arg(&section == &report.sections.first()
                            ? QString()
                            : QStringLiteral(" style=\"page-break-before: always;\""),
                        h(section.title));
        for (const YearTable &table : section.tables) {
            out += QStringLiteral("<h3>%1</h3><table width=\"70%\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
                                  "collapse; border-color: #999999;\">")
                       .arg(h(table.title));
            for (const YearFigure &figure : table.figures) {
                const bool total = figure.code == QLatin1StringView("total");
                out += QStringLiteral("<tr><td>%1%2%3</td><td width=\"25%\" align=\"right\">"
                                      "%1%4%3</td></tr>")
                           .arg(total ? QStringLiteral("<b>") : QString(), h(figure.label),
                                total ? QStringLiteral("</b>") : QString(),
                                h(valueText(figure, locale)));
            }
            out += QStringLiteral("</table><p><i>%1</i></p>").arg(h(table.definition));
        }
    }
    return out + QStringLiteral("</body></html>");
}

void YearReportService::fillDocument(QTextDocument *document, const YearReport &report,
                                     const QString &organisation)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 16pt; } "
                       "h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }"));
    document->setHtml(toHtml(report, organisation));
}

bool YearReportService::writePdf(const YearReport &report, const QString &organisation,
                                 PrintedDocument::Marking marking, const OutputTarget &target,
                                 QString *error)
{
    QTextDocument document;
    fillDocument(&document, report, organisation);
    return PrintedDocument::writePdf(&document, documentTitle(report.year), marking, target, error);
}

} // namespace pd
