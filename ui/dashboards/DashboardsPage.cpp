#include "dashboards/DashboardsPage.h"

#include "DateText.h"
#include "Named.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "breaches/BreachListModel.h"
#include "cases/CaseCodes.h"
#include "dashboards/DashboardWidgets.h"
#include "dashboards/TodayStrip.h"
#include "documents/DocumentPreview.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/CsvReader.h"
#include "reports/YearReportDialog.h"
#include "store/Store.h"
#include "util/Csv.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pd::ui {

namespace {

QWidget *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QTreeWidget *listWidget(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setMinimumHeight(200);
    list->header()->setStretchLastSection(false);
    return list;
}

} // namespace

DashboardsPage::DashboardsPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_service(session)
{
    createWidgets();
    retranslateUi();
}

void DashboardsPage::createWidgets()
{
    m_onLabel = new QLabel(this);
    m_on = named<QDateEdit>(QStringLiteral("referenceDate"), m_session.clock().today(), this);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_onLabel->setBuddy(m_on);
    m_today = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_print = new QPushButton(this);
    m_yearReport = named<QPushButton>(QStringLiteral("yearReport"), this);
    m_updated = named<QLabel>(QStringLiteral("updatedAt"), this);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_onLabel);
    bar->addWidget(m_on);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    bar->addWidget(m_refresh);
    bar->addWidget(m_print);
    bar->addWidget(m_yearReport);
    bar->addStretch();
    bar->addWidget(m_updated);

    m_tabs = named<QTabWidget>(QStringLiteral("dashboardTabs"), this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolling(createDeadlinesTab()), QString());
    m_tabs->addTab(scrolling(createRetentionTab()), QString());
    m_tabs->addTab(scrolling(createDisclosuresTab()), QString());
    m_tabs->addTab(scrolling(createBreachesTab()), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardsPage::refresh);
    connect(m_on, &QDateEdit::dateChanged, this, [this] {
        m_stale.fill(true);
        m_refreshTimer->start();
    });
    connect(m_today, &QPushButton::clicked, this,
            [this] { m_on->setDate(m_session.clock().today()); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_stale.fill(true);
        m_todayStrip->refresh();
        refresh();
    });
    connect(m_print, &QPushButton::clicked, this, &DashboardsPage::print);
    connect(m_yearReport, &QPushButton::clicked, this, &DashboardsPage::openYearReport);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_stale.at(m_tabs->currentIndex()))
            refresh();
    });
}

FigureTile *DashboardsPage::clickableTile(QWidget *page, const std::function<void()> &opened)
{
    auto *tile = new FigureTile(page);
    tile->setClickable(true);
    connect(tile, &FigureTile::clicked, this, opened);
    return tile;
}

// The tab's tiles in rows of perRow, in their order.
QGridLayout *DashboardsPage::tileGrid(Tab tab, int perRow) const
{
    auto *grid = new QGridLayout;
    const QList<FigureTile *> all = tiles(tab);
    for (int i = 0; i < all.size(); ++i)
        grid->addWidget(all.at(i), i / perRow, i % perRow);
    return grid;
}

QWidget *DashboardsPage::createDeadlinesTab()
{
    auto *page = new QWidget;
    m_openTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::openCases(referenceDate()),
                              tr("open requests on %1").arg(onText()));
    });
    m_dueTodayTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::dueTodayCases(referenceDate()),
                              tr("deadline on %1").arg(onText()));
    });
    m_dueWeekTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::dueWithin7DaysCases(referenceDate()),
                              tr("deadline within 7 days of %1").arg(onText()));
    });
    // Late against the law and late against the organisation's own deadline are different
    // facts: a tile and a list for each clock.
    m_lateLegalTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::lateCases(referenceDate(), LateClock::Legal),
                              tr("late (legal deadline) on %1").arg(onText()));
    });
    m_latePolicyTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::lateCases(referenceDate(), LateClock::PolicyOnly),
                              tr("late (own deadline only) on %1").arg(onText()));
    });
    m_answeredLateLegalTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(
            DashboardService::answeredLateCases(referenceDate(), LateClock::Legal),
            tr("answered late (legal deadline) in the 12 months up to %1").arg(onText()));
    });
    m_answeredLatePolicyTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(
            DashboardService::answeredLateCases(referenceDate(), LateClock::PolicyOnly),
            tr("answered late (own deadline only) in the 12 months up to %1").arg(onText()));
    });
    m_medianTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::answeredInWindowCases(referenceDate()),
                              tr("answered in the 12 months up to %1").arg(onText()));
    });
    m_extendedTile = clickableTile(page, [this] {
        Q_EMIT casesRequested(DashboardService::extendedCases(referenceDate(), false),
                              tr("extended, received in the 12 months up to %1").arg(onText()));
    });

    m_byStateChart = new ChartPanel(page);
    m_intakeChart = new ChartPanel(page);
    m_onTimeChart = new ChartPanel(page);
    m_byStateChart->setMinimumWidth(320);

    // The open requests on the peildatum above, the answers of the 12 months below.
    QGridLayout *tiles = tileGrid(Tab::Deadlines, 5);
    for (int column = 0; column < 5; ++column)
        tiles->setColumnStretch(column, 1);
    auto *charts = new QGridLayout;
    charts->addWidget(m_intakeChart, 0, 0, 1, 2);
    charts->addWidget(m_byStateChart, 1, 0);
    charts->addWidget(m_onTimeChart, 1, 1);
    charts->setColumnStretch(0, 2);
    charts->setColumnStretch(1, 3);
    // What needs attention today, whatever the peildatum: its lists as the tiles'.
    m_todayStrip = new TodayStrip(m_session, page);
    connect(m_todayStrip, &TodayStrip::casesRequested, this, &DashboardsPage::casesRequested);
    connect(m_todayStrip, &TodayStrip::retentionDueRequested, this,
            &DashboardsPage::retentionDueRequested);
    connect(m_todayStrip, &TodayStrip::breachesRequested, this, &DashboardsPage::breachesRequested);
    connect(m_todayStrip, &TodayStrip::dpiaReviewsRequested, this,
            &DashboardsPage::dpiaReviewsRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_todayStrip);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    return page;
}

QWidget *DashboardsPage::createRetentionTab()
{
    auto *page = new QWidget;
    m_expiredTile = clickableTile(page, [this] {
        Q_EMIT retentionDueRequested(DashboardService::expiredOn(referenceDate()),
                                     tr("overdue for destruction on %1").arg(onText()));
    });
    m_holdTile = clickableTile(page, [this] { Q_EMIT holdsRequested(referenceDate()); });
    m_expiringTile = clickableTile(page, [this] {
        Q_EMIT retentionDueRequested(
            DashboardService::expiringInWindow(referenceDate()),
            tr("expiring in the 12 months from %1")
                .arg(longMonthText(DashboardService::monthsStartingWith(referenceDate()).first())));
    });
    m_destroyedTile = clickableTile(page, [this] {
        Q_EMIT destructionsRequested(DashboardService::destructionsInWindow(referenceDate()),
                                     tr("destroyed in the 12 months up to %1").arg(onText()));
    });
    m_expiringChart = new ChartPanel(page);
    m_destructionsChart = new ChartPanel(page);

    QGridLayout *tiles = tileGrid(Tab::Retention, 4);
    auto *charts = new QGridLayout;
    charts->addWidget(m_expiringChart, 0, 0);
    charts->addWidget(m_destructionsChart, 1, 0);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    return page;
}

QWidget *DashboardsPage::createDisclosuresTab()
{
    auto *page = new QWidget;
    m_disclosedTile = clickableTile(page, [this] {
        Q_EMIT disclosuresRequested(DashboardService::disclosuresInWindow(referenceDate()),
                                    tr("disclosed in the 12 months up to %1").arg(onText()));
    });
    m_toInformTile = clickableTile(page, [this] {
        Q_EMIT disclosuresRequested(DashboardService::toInform(referenceDate()),
                                    tr("data subject still to be informed on %1").arg(onText()));
    });
    m_prohibitedTile = clickableTile(page, [this] {
        Q_EMIT disclosuresRequested(DashboardService::prohibited(referenceDate()),
                                    tr("informing legally prohibited, up to %1").arg(onText()));
    });
    m_reviewTile = clickableTile(page, [this] { Q_EMIT recipientRequested(0); });

    m_byCategoryChart = new ChartPanel(page);
    m_basisChart = new ChartPanel(page);
    m_topTitle = new QLabel(page);
    m_reviewsTitle = new QLabel(page);
    emphasise(m_topTitle);
    emphasise(m_reviewsTitle);
    m_topRecipients = listWidget(page);
    m_topRecipients->setObjectName(QStringLiteral("topRecipients"));
    m_topRecipients->setColumnCount(3);
    m_reviews = listWidget(page);
    m_reviews->setObjectName(QStringLiteral("reviewsOverdue"));
    m_reviews->setColumnCount(2);
    connect(m_topRecipients, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        Q_EMIT disclosuresRequested(
            DashboardService::disclosuresTo(referenceDate(), id),
            tr("disclosures to %1 in the 12 months up to %2").arg(item->text(0), onText()));
    });
    connect(m_reviews, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT recipientRequested(item->data(0, Qt::UserRole).toLongLong());
    });

    QGridLayout *tiles = tileGrid(Tab::Disclosures, 4);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_topTitle);
    lists->addWidget(m_topRecipients, 1);
    lists->addWidget(m_reviewsTitle);
    lists->addWidget(m_reviews, 1);
    auto *charts = new QGridLayout;
    charts->addWidget(m_byCategoryChart, 0, 0, 1, 2);
    // The whole width: each slice's label names its sub of art. 6(1) in words, which half the
    // width at 1280 px cut short.
    charts->addWidget(m_basisChart, 1, 0, 1, 2);
    charts->addLayout(lists, 2, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    return page;
}

QWidget *DashboardsPage::createBreachesTab()
{
    auto *page = new QWidget;
    const auto openBreaches = [this] {
        Q_EMIT breachesRequested({});
    };
    m_breachesOpenTile = clickableTile(page, openBreaches);
    m_clocksTile = clickableTile(page, openBreaches);
    m_notifiedLateTile = clickableTile(page, openBreaches);
    m_byNatureChart = new ChartPanel(page);
    m_clocksTitle = new QLabel(page);
    emphasise(m_clocksTitle);
    m_clocks = listWidget(page);
    m_clocks->setObjectName(QStringLiteral("breachClocks"));
    m_clocks->setColumnCount(4);
    connect(m_clocks, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT breachesRequested(item->text(0)); });

    QGridLayout *tiles = tileGrid(Tab::Breaches, 3);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_clocksTitle);
    lists->addWidget(m_clocks, 1);
    // The chart at full width (twelve months must be readable at 1200 pixels), the clocks below.
    m_clocks->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(tiles);
    layout->addWidget(m_byNatureChart, 2);
    layout->addLayout(lists, 1);
    return page;
}

QDate DashboardsPage::referenceDate() const
{
    return m_on->date();
}

void DashboardsPage::setReferenceDate(QDate on)
{
    m_on->setDate(on);
    m_stale.fill(true);
    refresh();
}

DashboardsPage::Tab DashboardsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DashboardsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QList<FigureTile *> DashboardsPage::tiles(Tab tab) const
{
    switch (tab) {
    case Tab::Deadlines:
        return { m_openTile,
                 m_dueTodayTile,
                 m_dueWeekTile,
                 m_lateLegalTile,
                 m_latePolicyTile,
                 m_answeredLateLegalTile,
                 m_answeredLatePolicyTile,
                 m_medianTile,
                 m_extendedTile };
    case Tab::Retention:
        return { m_expiredTile, m_holdTile, m_expiringTile, m_destroyedTile };
    case Tab::Disclosures:
        return { m_disclosedTile, m_toInformTile, m_prohibitedTile, m_reviewTile };
    case Tab::Breaches:
        return { m_breachesOpenTile, m_clocksTile, m_notifiedLateTile };
    }
    return {};
}

QList<ChartPanel *> DashboardsPage::charts(Tab tab) const
{
    switch (tab) {
    case Tab::Deadlines:
        return { m_intakeChart, m_byStateChart, m_onTimeChart };
    case Tab::Retention:
        return { m_expiringChart, m_destructionsChart };
    case Tab::Disclosures:
        return { m_byCategoryChart, m_basisChart };
    case Tab::Breaches:
        return { m_byNatureChart };
    }
    return {};
}

void DashboardsPage::invalidate()
{
    m_todayStrip->invalidate();
    m_stale.fill(true);
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardsPage::hideEvent(QHideEvent *event)
{
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale.at(m_tabs->currentIndex()))
        m_refreshTimer->start(0);
}

void DashboardsPage::refresh()
{
    m_refreshTimer->stop();
    const int tab = m_tabs->currentIndex();
    // The charts' own texts for "nothing" and no details, where a failure said why before.
    retranslateUi();
    for (FigureTile *tile : tiles(Tab(tab)))
        tile->setDetail({});
    m_readError = {};
    {
        const WaitCursor cursor(Qt::BusyCursor);
        switch (Tab(tab)) {
        case Tab::Deadlines:
            refreshDeadlines();
            break;
        case Tab::Retention:
            refreshRetention();
            break;
        case Tab::Disclosures:
            refreshDisclosures();
            break;
        case Tab::Breaches:
            refreshBreaches();
            break;
        }
    }
    m_stale[tab] = false;
    ++m_refreshCount;
    // On the organisation's clock, as the records: not the computer's zone.
    m_updated->setText(tr("Updated at %1").arg(organisationClockTime(m_session.clock().now())));
    if (m_readError.isError())
        showReadFailure(Tab(tab), m_readError);
}

void DashboardsPage::showReadFailure(Tab tab, const ServiceError &error)
{
    const QString text = tr("The figures could not be read: %1").arg(error.message);
    for (FigureTile *tile : tiles(tab)) {
        tile->setFigure(QStringLiteral("—"), tile->caption());
        tile->setDetail(text);
    }
    for (ChartPanel *chart : charts(tab)) {
        chart->setEmptyText(text);
        chart->setEmpty(true);
    }
    m_updated->setText(text);
}

QString DashboardsPage::onText() const
{
    return QLocale().toString(referenceDate(), QLocale::ShortFormat);
}

QString DashboardsPage::monthText(QDate month) const
{
    return DashboardService::monthLabel(month, QLocale());
}

QString DashboardsPage::longMonthText(QDate month)
{
    return QLocale().monthName(month.month(), QLocale::LongFormat) + u' '
        + QString::number(month.year());
}

namespace {

// The rows of a chart's CSV (Csv::file), header first, for a table on paper: read back with the
// project's own CSV reader rather than a second parser.
QList<QStringList> csvRows(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&buffer);
    if (!reader.open())
        return {};
    QList<QStringList> rows { reader.header() };
    CsvRecord record;
    while (reader.next(&record))
        rows << record.fields;
    return rows;
}

QString tableHtml(const QList<QStringList> &rows, bool header)
{
    if (rows.isEmpty())
        return {};
    QString out = QStringLiteral(
        "<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
        "collapse; margin-bottom: 8px\">");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString tag = header && r == 0 ? QStringLiteral("th") : QStringLiteral("td");
            const QString align = c > 0 ? QStringLiteral(" align=\"right\"") : QString();
            out += QStringLiteral("<%1%2>%3</%1>")
                       .arg(tag, align, PrintedDocument::html(rows.at(r).at(c)));
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace

QString DashboardsPage::printTitle() const
{
    return tr("Dashboard %1").arg(m_tabs->tabText(m_tabs->currentIndex()).remove(u'&'));
}

void DashboardsPage::fillPrintout(QTextDocument *document) const
{
    const Tab tab = currentTab();
    QStringList parts { printTitle() };
    if (const QString organisation = OrganisationSettings(m_session).details().name;
        !organisation.isEmpty())
        parts << organisation;
    parts << tr("reference date %1").arg(onText());
    if (m_session.store().isDemo())
        parts.prepend(PrintedDocument::demoText()); // never mistaken for real figures
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(PrintedDocument::html(parts.join(QStringLiteral(" — "))));
    // The figures as text: value, caption and detail of every tile.
    QList<QStringList> figures;
    for (const FigureTile *tile : tiles(tab))
        figures << QStringList { tile->caption(), tile->value() };
    html += tableHtml(figures, false);
    // Each chart: its title, the chart as a picture and what it shows as a table of text.
    int image = 0;
    for (ChartPanel *panel : charts(tab)) {
        html += QStringLiteral("<h3>%1</h3>").arg(PrintedDocument::html(panel->title()));
        QChartView *view = panel->chartView();
        if (view->isVisible() && !view->size().isEmpty()) {
            constexpr int ratio = 2;
            QImage picture(view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
            picture.fill(Qt::white);
            QPainter painter(&picture);
            painter.setRenderHint(QPainter::Antialiasing);
            view->render(&painter, QRectF(picture.rect()), view->viewport()->rect());
            painter.end();
            const QString name = QStringLiteral("chart%1").arg(image++);
            document->addResource(QTextDocument::ImageResource, QUrl(name), picture);
            const int width = std::min(620, view->width());
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(name)
                        .arg(width)
                        .arg(view->height() * width / std::max(1, view->width()));
        }
        html += tableHtml(csvRows(panel->csv()), true);
    }
    QList<std::pair<QLabel *, QTreeWidget *>> lists;
    if (tab == Tab::Disclosures)
        lists = { { m_topTitle, m_topRecipients }, { m_reviewsTitle, m_reviews } };
    else if (tab == Tab::Breaches)
        lists = { { m_clocksTitle, m_clocks } };
    {
        for (const auto &[title, list] : std::as_const(lists)) {
            html += QStringLiteral("<h3>%1</h3>").arg(PrintedDocument::html(title->text()));
            QList<QStringList> rows;
            QStringList header;
            for (int c = 0; c < list->columnCount(); ++c)
                header << list->headerItem()->text(c);
            rows << header;
            for (int r = 0; r < list->topLevelItemCount(); ++r) {
                QStringList row;
                for (int c = 0; c < list->columnCount(); ++c)
                    row << list->topLevelItem(r)->text(c);
                rows << row;
            }
            html += tableHtml(rows, true);
        }
    }
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html);
}

void DashboardsPage::print()
{
    DocumentPreview::print(this, printable(), {}, DocumentPreview::reportOn(this));
}

void DashboardsPage::preview()
{
    DocumentPreview::preview(this, printable());
}

DocumentPreview::Document DashboardsPage::printable()
{
    DocumentPreview::Document document;
    document.title = printTitle();
    document.marking = PrintedDocument::marking(m_session.store());
    document.storeDirectory = m_session.store().directory();
    document.fill = [this](QTextDocument *text, QString *) {
        fillPrintout(text);
        return true;
    };
    return document;
}

int DashboardsPage::printTo(QPagedPaintDevice *device) const
{
    QTextDocument document;
    fillPrintout(&document);
    return PrintedDocument::paint(&document, device, printTitle(),
                                  PrintedDocument::marking(m_session.store()));
}

void DashboardsPage::retranslateContent()
{
    m_stale.fill(true);
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardsPage::retranslateUi()
{
    m_onLabel->setText(tr("R&eference date:"));
    m_on->setToolTip(tr("The day the figures are computed for; choose a past day to review a "
                        "quarter afterwards"));
    m_today->setText(tr("Today"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Compute the figures again (F5)"));
    m_print->setText(tr("Print…"));
    //: Dutch: "&Jaarverslag…"
    m_yearReport->setText(tr("&Annual report…"));
    //: Dutch: "De cijfers van een kalenderjaar voor het bestuur, met hun definities"
    m_yearReport->setToolTip(tr("The figures of a calendar year for the board, with their "
                                "definitions"));
    m_tabs->setTabText(int(Tab::Deadlines), tr("Deadlines"));
    m_tabs->setTabText(int(Tab::Retention), tr("Retention periods"));
    m_tabs->setTabText(int(Tab::Disclosures), tr("Disclosures"));
    m_tabs->setTabText(int(Tab::Breaches), tr("Data breaches"));

    m_byStateChart->setTitle(tr("Open requests per status"));
    m_intakeChart->setTitle(tr("Requests received per month, per kind"));
    m_intakeChart->setEmptyText(tr("No requests were received in these 12 months."));
    m_onTimeChart->setTitle(tr("Share answered on time (effective deadline), per month"));
    m_onTimeChart->setEmptyText(tr("No requests were answered in these 12 months."));
    m_expiringChart->setTitle(tr("Retention periods expiring per month, per category"));
    m_expiringChart->setEmptyText(tr("Nothing expires in the coming 12 months."));
    m_destructionsChart->setTitle(tr("Destructions per month (destruction log)"));
    m_destructionsChart->setEmptyText(tr("Nothing was destroyed in these 12 months."));
    m_byCategoryChart->setTitle(tr("Disclosures per month, per recipient category"));
    m_byCategoryChart->setEmptyText(tr("No disclosures were registered in these 12 months."));
    m_basisChart->setTitle(tr("Disclosures per legal basis (12 months)"));
    m_basisChart->setEmptyText(tr("No disclosures in these 12 months."));
    m_topTitle->setText(tr("Top recipients (12 months)"));
    m_topRecipients->setHeaderLabels({ tr("Recipient"), tr("Category"), tr("Disclosures") });
    m_reviewsTitle->setText(tr("Processors whose agreement review date has passed"));
    m_reviews->setHeaderLabels({ tr("Processor"), tr("Review date") });
    m_byNatureChart->setTitle(tr("Data breaches per month, by nature (month of discovery)"));
    m_byNatureChart->setEmptyText(tr("No data breaches were discovered in these 12 months."));
    m_clocksTitle->setText(tr("Running 72-hour clocks (soonest deadline first)"));
    // The lists named by their titles, for a screen reader.
    m_topRecipients->setAccessibleName(m_topTitle->text());
    m_reviews->setAccessibleName(m_reviewsTitle->text());
    m_clocks->setAccessibleName(m_clocksTitle->text());
    m_clocks->setHeaderLabels(
        { tr("Number"), tr("Title"), tr("Deadline for the AP"), tr("Hours left") });
}

// The year's report: a dialog of its own over the same figures.
void DashboardsPage::openYearReport()
{
    auto *dialog = new YearReportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace pd::ui
