#include "reports/YearReportDialog.h"

#include "Named.h"
#include "WindowSize.h"
#include "documents/DocumentPreview.h"
#include "organisation/OrganisationSettings.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

YearReportDialog::YearReportDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("yearReportDialog"));
    m_yearLabel = new QLabel(this);
    m_year = named<QSpinBox>(QStringLiteral("year"), this);
    m_year->setRange(YearReportService::firstYear, session.clock().today().year());
    m_year->setValue(session.clock().today().year());
    // A year typed is read once, on Enter or on leaving the field, not at every digit.
    m_year->setKeyboardTracking(false);
    m_yearLabel->setBuddy(m_year);
    m_problem = named<QLabel>(QStringLiteral("problem"), this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    m_problem->hide();
    m_view = named<QTextBrowser>(QStringLiteral("report"), this);
    m_view->setOpenLinks(false);

    m_print = named<QPushButton>(QStringLiteral("print"), this);
    m_pdf = named<QPushButton>(QStringLiteral("savePdf"), this);
    m_csv = named<QPushButton>(QStringLiteral("saveCsv"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    for (QPushButton *b : { m_print, m_pdf, m_csv })
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    // Enter in the year field shows that year; it never starts a print or a save.
    for (QPushButton *b : buttons->findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &YearReportDialog::refresh);
    connect(m_print, &QPushButton::clicked, this, &YearReportDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &YearReportDialog::askPdf);
    connect(m_csv, &QPushButton::clicked, this, &YearReportDialog::askCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resizeWithinScreen(this, QSize(900, 760));
    refresh();
    m_year->setFocus();
}

int YearReportDialog::year() const
{
    return m_year->value();
}

void YearReportDialog::setYear(int year)
{
    if (m_year->value() == year)
        refresh();
    else
        m_year->setValue(year); // refreshes
}

QString YearReportDialog::organisation() const
{
    return OrganisationSettings(m_session).details().name;
}

void YearReportDialog::retranslateUi()
{
    //: Dutch: "Jaarverslag"
    setWindowTitle(tr("Annual report"));
    //: Dutch: "&Jaar:"
    m_yearLabel->setText(tr("&Year:"));
    //: Dutch: "&Afdrukken…"
    m_print->setText(tr("&Print…"));
    //: Dutch: "&PDF opslaan…"
    m_pdf->setText(tr("Save as P&DF…"));
    //: Dutch: "&CSV opslaan…"
    m_csv->setText(tr("Save as C&SV…"));
    //: Dutch: "Het jaarverslag"
    m_view->setAccessibleName(tr("The annual report"));
}

void YearReportDialog::refresh()
{
    ServiceError error;
    m_report = YearReportService(m_session).report(m_year->value(), &error);
    const bool read = m_report.has_value();
    for (QPushButton *b : { m_print, m_pdf, m_csv })
        b->setEnabled(read);
    m_problem->setVisible(!read);
    if (!read) {
        //: Dutch: "Het jaarverslag kon niet worden gelezen: %1"
        m_problem->setText(tr("The annual report could not be read: %1").arg(error.message));
        m_view->clear(); // never a page of zeros
        return;
    }
    m_view->setHtml(YearReportService::toHtml(*m_report, organisation()));
}

bool YearReportDialog::savePdf(const QString &path, QString *error) const
{
    if (!m_report)
        return false;
    return YearReportService::writePdf(
        *m_report, organisation(), PrintedDocument::marking(m_session.store()),
        OutputTarget(path, true, m_session.store().directory()), error);
}

bool YearReportDialog::saveCsv(const QString &path, QString *error) const
{
    if (!m_report)
        return false;
    return YearReportService::writeCsv(
        *m_report, OutputTarget(path, true, m_session.store().directory()), error);
}

void YearReportDialog::print()
{
    if (!m_report)
        return;
    DocumentPreview::Document document;
    document.title = YearReportService::documentTitle(m_report->year);
    document.marking = PrintedDocument::marking(m_session.store());
    document.storeDirectory = m_session.store().directory();
    const YearReport report = *m_report;
    const QString name = organisation();
    document.fill = [report, name](QTextDocument *text, QString *) {
        YearReportService::fillDocument(text, report, name);
        return true;
    };
    DocumentPreview::print(this, document, {}, DocumentPreview::reportOn(this));
}

void YearReportDialog::askPdf()
{
    if (!m_report)
        return;
    const QString path
        = DocumentPreview::askPdfPath(this,
                                      //: Dutch: "Jaarverslag als PDF opslaan"
                                      tr("Save the annual report as PDF"),
                                      //: Dutch: "jaarverslag-%1.pdf"
                                      tr("annual-report-%1.pdf").arg(m_report->year));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        //: Dutch: "Opslaan als PDF"
        QMessageBox::warning(this, tr("Save as PDF"), error);
}

void YearReportDialog::askCsv()
{
    if (!m_report)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        //: Dutch: "jaarverslag-%1.csv"
        + u'/' + tr("annual-report-%1.csv").arg(m_report->year);
    //: Dutch: "Jaarverslag als CSV opslaan"
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the annual report as CSV"),
                                                      //: Dutch: "CSV-bestanden (*.csv)"
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCsv(path, &error))
        //: Dutch: "Opslaan als CSV"
        QMessageBox::warning(this, tr("Save as CSV"), error);
}

} // namespace pd::ui
