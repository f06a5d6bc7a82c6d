#pragma once

#include "reports/YearReport.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace pd::ui {

// The same tables the PDF prints (YearReportService::toHtml); a report that cannot be read is
// said, never a page of zeros.
class YearReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit YearReportDialog(const Session &session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year); // reads the report of that year
    const std::optional<YearReport> &report() const { return m_report; }

    // Never over an existing file the user did not confirm.
    bool savePdf(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;

private:
    void refresh();
    void print();
    void askPdf();
    void askCsv();
    void retranslateUi();
    QString organisation() const;

    const Session m_session;
    std::optional<YearReport> m_report;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_problem = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pd::ui
