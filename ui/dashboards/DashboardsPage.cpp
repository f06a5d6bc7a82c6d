#include "dashboards/DashboardsPage.h"

#include "WaitCursor.h"
#include "breaches/BreachListModel.h"
#include "cases/CaseCodes.h"
#include "dashboards/DashboardWidgets.h"
#include "documents/DocumentPreview.h"
#include "documents/PrintedDocument.h"
#include "organisation/OrganisationSettings.h"
#include "registers/CsvReader.h"
#include "store/Store.h"
#include "util/Csv.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
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

QString number(int value)
{
    return QLocale().toString(value);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

// Removes the series and axes a chart had, before it is filled again.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A step of 1, 2 or 5 times a power of ten that divides 0..maximum into at most five parts.
int niceStep(int maximum)
{
    const double raw = std::max(1.0, maximum / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= raw)
            return int(factor * power);
    }
    return int(10 * power);
}

QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    // Whole, round numbers with head room for the totals printed above the bars.
    const int step = niceStep(int(std::ceil(std::max(maximum, 4) * 1.08)));
    const int top = int(std::ceil(std::max(maximum, 4) * 1.08 / step)) * step;
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTitleText(title);
    return axis;
}

// Month and year on two lines, so that twelve months fit under a half-width chart.
// "dec.<br>’25": the year in two digits, because the half-width chart beside the status chart
// gives a month about 40 px at 1200 px, where "2025" was cut to "20…". The tooltips, the CSV and
// the drill-down banner name the month in full.
QString axisMonth(QDate month)
{
    return QLocale().monthName(month.month(), QLocale::ShortFormat) + QStringLiteral("<br>\u2019")
        + QString::number(month.year() % 100).rightJustified(2, u'0');
}

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

// The month a retention bar stands for, written out as the drill-down banner says it
// ("verloopt in maart 2027"); the axes keep the short labels.
QString longMonthText(QDate month)
{
    return QLocale().monthName(month.month(), QLocale::LongFormat) + u' '
        + QString::number(month.year());
}

} // namespace

DashboardsPage::DashboardsPage(const Store &store, QWidget *parent, const Clock &clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_service(store)
{
    createWidgets();
    retranslateUi();
}

void DashboardsPage::createWidgets()
{
    m_onLabel = new QLabel(this);
    m_on = new QDateEdit(m_clock.today(), this);
    m_on->setObjectName(QStringLiteral("referenceDate"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_onLabel->setBuddy(m_on);
    m_today = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_print = new QPushButton(this);
    m_updated = new QLabel(this);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_onLabel);
    bar->addWidget(m_on);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    bar->addWidget(m_refresh);
    bar->addWidget(m_print);
    bar->addStretch();
    bar->addWidget(m_updated);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
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
    connect(m_today, &QPushButton::clicked, this, [this] { m_on->setDate(m_clock.today()); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_stale.fill(true);
        refresh();
    });
    connect(m_print, &QPushButton::clicked, this, &DashboardsPage::print);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_stale.at(m_tabs->currentIndex()))
            refresh();
    });
}

QWidget *DashboardsPage::createDeadlinesTab()
{
    auto *page = new QWidget;
    m_openTile = new FigureTile(page);
    m_dueTodayTile = new FigureTile(page);
    m_dueWeekTile = new FigureTile(page);
    m_lateLegalTile = new FigureTile(page);
    m_latePolicyTile = new FigureTile(page);
    m_answeredLateLegalTile = new FigureTile(page);
    m_answeredLatePolicyTile = new FigureTile(page);
    m_medianTile = new FigureTile(page);
    m_extendedTile = new FigureTile(page);
    for (FigureTile *tile : tiles(Tab::Deadlines))
        tile->setClickable(true);
    connect(m_openTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::openCases(referenceDate()),
                              tr("open requests on %1").arg(onText()));
    });
    connect(m_dueTodayTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::dueTodayCases(referenceDate()),
                              tr("deadline on %1").arg(onText()));
    });
    connect(m_dueWeekTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::dueWithin7DaysCases(referenceDate()),
                              tr("deadline within 7 days of %1").arg(onText()));
    });
    // Late against the law and late against the organisation's own deadline are different
    // facts (issue 14): a tile and a list for each clock.
    connect(m_lateLegalTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::lateCases(referenceDate(), LateClock::Legal),
                              tr("late (legal deadline) on %1").arg(onText()));
    });
    connect(m_latePolicyTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::lateCases(referenceDate(), LateClock::PolicyOnly),
                              tr("late (own deadline only) on %1").arg(onText()));
    });
    connect(m_answeredLateLegalTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(
            DashboardService::answeredLateCases(referenceDate(), LateClock::Legal),
            tr("answered late (legal deadline) in the 12 months up to %1").arg(onText()));
    });
    connect(m_answeredLatePolicyTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(
            DashboardService::answeredLateCases(referenceDate(), LateClock::PolicyOnly),
            tr("answered late (own deadline only) in the 12 months up to %1").arg(onText()));
    });
    connect(m_medianTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::answeredInWindowCases(referenceDate()),
                              tr("answered in the 12 months up to %1").arg(onText()));
    });
    connect(m_extendedTile, &FigureTile::clicked, this, [this] {
        Q_EMIT casesRequested(DashboardService::extendedCases(referenceDate(), false),
                              tr("extended, received in the 12 months up to %1").arg(onText()));
    });

    m_byStateChart = new ChartPanel(page);
    m_intakeChart = new ChartPanel(page);
    m_onTimeChart = new ChartPanel(page);
    m_byStateChart->setMinimumWidth(320);

    // The open requests on the peildatum above, the answers of the 12 months below.
    auto *tiles = new QGridLayout;
    tiles->addWidget(m_openTile, 0, 0);
    tiles->addWidget(m_dueTodayTile, 0, 1);
    tiles->addWidget(m_dueWeekTile, 0, 2);
    tiles->addWidget(m_lateLegalTile, 0, 3);
    tiles->addWidget(m_latePolicyTile, 0, 4);
    tiles->addWidget(m_answeredLateLegalTile, 1, 0);
    tiles->addWidget(m_answeredLatePolicyTile, 1, 1);
    tiles->addWidget(m_medianTile, 1, 2);
    tiles->addWidget(m_extendedTile, 1, 3);
    for (int column = 0; column < 5; ++column)
        tiles->setColumnStretch(column, 1);
    auto *charts = new QGridLayout;
    charts->addWidget(m_intakeChart, 0, 0, 1, 2);
    charts->addWidget(m_byStateChart, 1, 0);
    charts->addWidget(m_onTimeChart, 1, 1);
    charts->setColumnStretch(0, 2);
    charts->setColumnStretch(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    return page;
}

QWidget *DashboardsPage::createRetentionTab()
{
    auto *page = new QWidget;
    m_expiredTile = new FigureTile(page);
    m_holdTile = new FigureTile(page);
    m_expiringTile = new FigureTile(page);
    m_destroyedTile = new FigureTile(page);
    for (FigureTile *tile : { m_expiredTile, m_holdTile, m_expiringTile, m_destroyedTile })
        tile->setClickable(true);
    connect(m_expiredTile, &FigureTile::clicked, this, [this] {
        Q_EMIT retentionDueRequested(DashboardService::expiredOn(referenceDate()),
                                     tr("overdue for destruction on %1").arg(onText()));
    });
    connect(m_holdTile, &FigureTile::clicked, this,
            [this] { Q_EMIT holdsRequested(referenceDate()); });
    connect(m_expiringTile, &FigureTile::clicked, this, [this] {
        Q_EMIT retentionDueRequested(
            DashboardService::expiringInWindow(referenceDate()),
            tr("expiring in the 12 months from %1")
                .arg(longMonthText(DashboardService::monthsStartingWith(referenceDate()).first())));
    });
    connect(m_destroyedTile, &FigureTile::clicked, this, [this] {
        Q_EMIT destructionsRequested(DashboardService::destructionsInWindow(referenceDate()),
                                     tr("destroyed in the 12 months up to %1").arg(onText()));
    });
    m_expiringChart = new ChartPanel(page);
    m_destructionsChart = new ChartPanel(page);

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_expiredTile, 0, 0);
    tiles->addWidget(m_holdTile, 0, 1);
    tiles->addWidget(m_expiringTile, 0, 2);
    tiles->addWidget(m_destroyedTile, 0, 3);
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
    m_disclosedTile = new FigureTile(page);
    m_toInformTile = new FigureTile(page);
    m_prohibitedTile = new FigureTile(page);
    m_reviewTile = new FigureTile(page);
    for (FigureTile *tile : { m_disclosedTile, m_toInformTile, m_prohibitedTile, m_reviewTile })
        tile->setClickable(true);
    connect(m_disclosedTile, &FigureTile::clicked, this, [this] {
        Q_EMIT disclosuresRequested(DashboardService::disclosuresInWindow(referenceDate()),
                                    tr("disclosed in the 12 months up to %1").arg(onText()));
    });
    connect(m_toInformTile, &FigureTile::clicked, this, [this] {
        Q_EMIT disclosuresRequested(DashboardService::toInform(referenceDate()),
                                    tr("data subject still to be informed on %1").arg(onText()));
    });
    connect(m_prohibitedTile, &FigureTile::clicked, this, [this] {
        Q_EMIT disclosuresRequested(DashboardService::prohibited(referenceDate()),
                                    tr("informing legally prohibited, up to %1").arg(onText()));
    });
    connect(m_reviewTile, &FigureTile::clicked, this, [this] { Q_EMIT recipientRequested(0); });

    m_byCategoryChart = new ChartPanel(page);
    m_basisChart = new ChartPanel(page);
    m_topTitle = new QLabel(page);
    m_reviewsTitle = new QLabel(page);
    QFont bold = font();
    bold.setBold(true);
    m_topTitle->setFont(bold);
    m_reviewsTitle->setFont(bold);
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

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_disclosedTile, 0, 0);
    tiles->addWidget(m_toInformTile, 0, 1);
    tiles->addWidget(m_prohibitedTile, 0, 2);
    tiles->addWidget(m_reviewTile, 0, 3);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_topTitle);
    lists->addWidget(m_topRecipients, 1);
    lists->addWidget(m_reviewsTitle);
    lists->addWidget(m_reviews, 1);
    auto *charts = new QGridLayout;
    charts->addWidget(m_byCategoryChart, 0, 0, 1, 2);
    charts->addWidget(m_basisChart, 1, 0);
    charts->addLayout(lists, 1, 1);
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
    m_breachesOpenTile = new FigureTile(page);
    m_clocksTile = new FigureTile(page);
    m_notifiedLateTile = new FigureTile(page);
    for (FigureTile *tile : { m_breachesOpenTile, m_clocksTile, m_notifiedLateTile }) {
        tile->setClickable(true);
        connect(tile, &FigureTile::clicked, this, [this] { Q_EMIT breachesRequested({}); });
    }
    m_byNatureChart = new ChartPanel(page);
    m_clocksTitle = new QLabel(page);
    QFont bold = font();
    bold.setBold(true);
    m_clocksTitle->setFont(bold);
    m_clocks = listWidget(page);
    m_clocks->setObjectName(QStringLiteral("breachClocks"));
    m_clocks->setColumnCount(4);
    connect(m_clocks, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT breachesRequested(item->text(0)); });

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_breachesOpenTile, 0, 0);
    tiles->addWidget(m_clocksTile, 0, 1);
    tiles->addWidget(m_notifiedLateTile, 0, 2);
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
    m_updated->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
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

void DashboardsPage::showStacked(ChartPanel *panel, const MonthlyBreakdown &breakdown,
                                 const QString &yTitle,
                                 const std::function<void(int series, int month)> &clicked)
{
    QChart *chart = panel->chart();
    clearChart(chart);
    auto *series = new QStackedBarSeries;
    int maximum = 0;
    for (int m = 0; m < breakdown.months.size(); ++m)
        maximum = std::max(maximum, breakdown.totalIn(m));
    QStringList months; // for the tooltips
    for (QDate month : breakdown.months)
        months << monthText(month);
    for (int s = 0; s < breakdown.series.size(); ++s) {
        const MonthlyBreakdown::Series &values = breakdown.series.at(s);
        // A key without a single count would only lengthen the legend; the CSV keeps it.
        if (std::all_of(values.counts.cbegin(), values.counts.cend(), [](int c) { return c == 0; }))
            continue;
        auto *set = new QBarSet(values.label);
        for (int count : values.counts)
            *set << count;
        set->setBrush(ChartStyle::brush(s));
        set->setPen(QPen(ChartStyle::color(s).darker(140), 0.8));
        set->setLabelColor(ChartStyle::labelColor(s));
        connect(set, &QBarSet::hovered, panel, [set, months](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1, %2: %3")
                                       .arg(set->label(), months.value(index),
                                            QLocale().toString(set->at(index))));
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [clicked, s](int month) { clicked(s, month); });
        series->append(set);
    }
    // Counts inside the segments while few series share a bar (more would overlap); the total
    // always above the bar. The number, not the colour, tells the reader how many.
    series->setLabelsVisible(series->count() >= 2 && series->count() <= 3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *totals = new QScatterSeries;
    totals->setMarkerSize(0.1);
    totals->setPen(Qt::NoPen);
    totals->setBrush(Qt::NoBrush);
    totals->setPointLabelsVisible(true);
    totals->setPointLabelsFormat(QStringLiteral("@yPoint"));
    totals->setPointLabelsColor(Qt::black);
    totals->setPointLabelsClipping(false);
    for (int m = 0; m < breakdown.months.size(); ++m) {
        if (breakdown.totalIn(m) > 0)
            totals->append(m, breakdown.totalIn(m));
    }
    chart->addSeries(totals);
    auto *xAxis = new QBarCategoryAxis;
    for (QDate month : breakdown.months)
        xAxis->append(axisMonth(month));
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    totals->attachAxis(xAxis);
    QValueAxis *yAxis = countAxis(maximum, yTitle);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    totals->attachAxis(yAxis);
    chart->legend()->setVisible(series->count() > 0);
    // Many keys in one row below the chart were elided at 1200 pixels ("Rectificatie (ar…"):
    // beside it, one per line, each is read whole.
    chart->legend()->setAlignment(series->count() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    for (QLegendMarker *marker : chart->legend()->markers(totals))
        marker->setVisible(false);
    panel->setEmpty(breakdown.total() == 0);
}

void DashboardsPage::refreshDeadlines()
{
    const QDate on = referenceDate();
    m_deadlines = m_service.deadlines(on, &m_readError);
    const DeadlineFigures &f = m_deadlines;

    m_openTile->setFigure(number(f.open), tr("open request(s)", nullptr, f.open));
    m_dueTodayTile->setFigure(number(f.dueToday), tr("deadline today"),
                              f.dueToday > 0 ? FigureTile::Tone::Attention
                                             : FigureTile::Tone::Neutral);
    m_dueWeekTile->setFigure(number(f.dueWithin7Days), tr("deadline within 7 days"));
    const auto tone = [](int count) {
        return count > 0 ? FigureTile::Tone::Attention : FigureTile::Tone::Neutral;
    };
    m_lateLegalTile->setFigure(number(f.lateLegal), tr("late (legal deadline)"), tone(f.lateLegal));
    m_lateLegalTile->setToolTip(tr("Open requests past the legal deadline (art. 12(3) GDPR), "
                                   "whatever the own deadline says"));
    m_latePolicyTile->setFigure(number(f.latePolicyOnly), tr("late (own deadline only)"),
                                tone(f.latePolicyOnly));
    m_latePolicyTile->setToolTip(tr("Open requests past the organisation's own deadline, still "
                                    "within the legal deadline"));
    m_answeredLateLegalTile->setFigure(number(f.answeredLateLegal),
                                       tr("answered late (legal deadline)"),
                                       tone(f.answeredLateLegal));
    m_answeredLateLegalTile->setDetail(tr("of %n answered in 12 months", nullptr, f.answered));
    m_answeredLatePolicyTile->setFigure(number(f.answeredLatePolicyOnly),
                                        tr("answered late (own deadline only)"),
                                        tone(f.answeredLatePolicyOnly));
    m_answeredLatePolicyTile->setDetail(tr("of %n answered in 12 months", nullptr, f.answered));
    m_medianTile->setFigure(f.medianHandlingDays ? number(int(std::lround(*f.medianHandlingDays)))
                                                 : QStringLiteral("—"),
                            tr("median handling time in days"));
    m_medianTile->setDetail(tr("%n answered in 12 months", nullptr, f.answered));
    m_extendedTile->setFigure(
        number(f.extended), tr("extension(s) in 12 months", nullptr, f.extended),
        f.extendedLate > 0 ? FigureTile::Tone::Attention : FigureTile::Tone::Neutral);
    m_extendedTile->setDetail(tr("%n notified after the legal month", nullptr, f.extendedLate));

    // Open per state: a horizontal bar per state, the state named on the axis and the count
    // printed beside the bar.
    {
        QChart *chart = m_byStateChart->chart();
        clearChart(chart);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Open requests"));
        auto *axis = new QBarCategoryAxis;
        int maximum = 0;
        for (const CodeCount &state : f.openByState) {
            *set << state.count;
            axis->append(state.label);
            maximum = std::max(maximum, state.count);
        }
        set->setBrush(ChartStyle::brush(0));
        set->setLabelColor(Qt::black);
        const QList<CodeCount> states = f.openByState;
        connect(set, &QBarSet::clicked, this, [this, states](int index) {
            const auto state = Codes::caseState(states.value(index).code);
            Q_EMIT casesRequested(
                DashboardService::openCases(referenceDate(), state),
                tr("open on %1 with status %2").arg(onText(), states.value(index).label));
        });
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        QValueAxis *values = countAxis(maximum, tr("Requests"));
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        chart->legend()->setVisible(false);
        m_byStateChart->setEmpty(false);
        m_byStateChart->setCsvSource(
            [states] { return codeCountsToCsv(states, tr("Status"), tr("Open requests")); },
            tr("open-requests-by-status"));
    }

    showStacked(m_intakeChart, f.intakeByType, tr("Requests"), [this](int s, int month) {
        const MonthlyBreakdown &b = m_deadlines.intakeByType;
        const auto type = Codes::requestType(b.series.value(s).code);
        Q_EMIT casesRequested(
            DashboardService::intakeCases(b.months.value(month), referenceDate(), type),
            tr("received in %1, %2")
                .arg(monthText(b.months.value(month)), b.series.value(s).label));
    });
    const MonthlyBreakdown intake = f.intakeByType;
    m_intakeChart->setCsvSource([intake] { return breakdownToCsv(intake, tr("Month"), QLocale()); },
                                tr("intake-per-month"));

    // On time: the share per month as a line with its percentage at every point; months
    // without answers have no point (no answers is not 0 % on time).
    {
        QChart *chart = m_onTimeChart->chart();
        clearChart(chart);
        auto *line = new QLineSeries;
        line->setName(tr("Answered on time"));
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint %"));
        line->setPointLabelsClipping(false);
        line->setPen(QPen(ChartStyle::color(0), 2.5));
        line->setMarkerSize(6);
        line->setPointLabelsColor(Qt::black);
        auto *axis = new QBarCategoryAxis;
        bool any = false;
        for (int m = 0; m < f.onTimeByMonth.size(); ++m) {
            const MonthShare &share = f.onTimeByMonth.at(m);
            axis->append(axisMonth(share.month));
            if (const auto s = share.share()) {
                line->append(m, std::round(*s * 100.0));
                any = true;
            }
        }
        const QList<MonthShare> shares = f.onTimeByMonth;
        connect(line, &QLineSeries::clicked, this, [this, shares](const QPointF &point) {
            const int m = int(std::lround(point.x()));
            if (m < 0 || m >= shares.size())
                return;
            Q_EMIT casesRequested(
                DashboardService::answeredCases(shares.at(m).month, referenceDate()),
                tr("answered in %1").arg(monthText(shares.at(m).month)));
        });
        connect(line, &QLineSeries::hovered, this, [shares](const QPointF &point, bool state) {
            const int m = int(std::lround(point.x()));
            if (!state || m < 0 || m >= shares.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1 of %2 answered on time")
                                   .arg(shares.at(m).onTime)
                                   .arg(shares.at(m).answered));
        });
        chart->addSeries(line);
        chart->addAxis(axis, Qt::AlignBottom);
        line->attachAxis(axis);
        auto *values = new QValueAxis;
        // Room above 100 for the labels of the months answered fully on time (at 110 they
        // ran into the chart's top edge and each other); the highest tick stays 100.
        values->setRange(0, 118);
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(20);
        values->setLabelFormat(QStringLiteral("%d"));
        values->setTitleText(tr("On time (%)"));
        chart->addAxis(values, Qt::AlignLeft);
        line->attachAxis(values);
        chart->legend()->setVisible(false);
        m_onTimeChart->setEmpty(!any);
        m_onTimeChart->setCsvSource(
            [shares] {
                QString rows
                    = Csv::row({ tr("Month"), tr("Answered"), tr("On time"), tr("Share on time") });
                for (const MonthShare &share : shares) {
                    const auto s = share.share();
                    rows += Csv::row({ DashboardService::monthLabel(share.month, QLocale()),
                                       QString::number(share.answered),
                                       QString::number(share.onTime),
                                       s ? QLocale().toString(*s * 100.0, 'f', 1) : QString() });
                }
                return Csv::file(rows);
            },
            tr("answered-on-time"));
    }
}

void DashboardsPage::refreshRetention()
{
    const QDate on = referenceDate();
    m_retention = m_service.retention(on, &m_readError);
    const RetentionFigures &f = m_retention;

    m_expiredTile->setFigure(number(f.expired), tr("overdue for destruction"),
                             f.expired > 0 ? FigureTile::Tone::Attention
                                           : FigureTile::Tone::Neutral);
    m_expiredTile->setDetail(
        f.oldestExpired.isValid()
            ? tr("oldest expired on %1")
                  .arg(QLocale().toString(f.oldestExpired, QLocale::ShortFormat))
            : QString());
    m_holdTile->setFigure(number(f.onHold), tr("legal hold(s)", nullptr, f.onHold));
    m_holdTile->setDetail(tr("%n expired item(s) kept by a hold", nullptr, f.heldItems));
    m_expiringTile->setFigure(number(f.expiringByCategory.total()),
                              tr("expire in the next 12 months"));
    m_destroyedTile->setFigure(
        number(f.destructionsByMonth.total()),
        tr("destruction(s) in 12 months", nullptr, f.destructionsByMonth.total()));

    showStacked(m_expiringChart, f.expiringByCategory, tr("Items"), [this](int s, int month) {
        const MonthlyBreakdown &b = m_retention.expiringByCategory;
        Q_EMIT retentionDueRequested(
            DashboardService::expiringIn(b.months.value(month), referenceDate(),
                                         b.series.value(s).code),
            tr("expiring in %1, %2")
                .arg(longMonthText(b.months.value(month)), b.series.value(s).label));
    });
    const MonthlyBreakdown expiring = f.expiringByCategory;
    m_expiringChart->setCsvSource(
        [expiring] { return breakdownToCsv(expiring, tr("Month"), QLocale()); },
        tr("retention-expiry-per-month"));

    showStacked(m_destructionsChart, f.destructionsByMonth, tr("Destructions"),
                [this](int s, int month) {
                    const MonthlyBreakdown &b = m_retention.destructionsByMonth;
                    Q_EMIT destructionsRequested(
                        DashboardService::destructionsIn(b.months.value(month), referenceDate(),
                                                         b.series.value(s).code),
                        tr("destroyed in %1, %2")
                            .arg(longMonthText(b.months.value(month)), b.series.value(s).label));
                });
    const MonthlyBreakdown destructions = f.destructionsByMonth;
    m_destructionsChart->setCsvSource(
        [destructions] { return breakdownToCsv(destructions, tr("Month"), QLocale()); },
        tr("destructions-per-month"));
}

void DashboardsPage::refreshDisclosures()
{
    const QDate on = referenceDate();
    m_disclosures = m_service.disclosures(on, &m_readError);
    const DisclosureFigures &f = m_disclosures;

    m_disclosedTile->setFigure(number(f.total), tr("disclosure(s) in 12 months", nullptr, f.total));
    m_toInformTile->setFigure(
        number(f.toInform), tr("data subject(s) still to be informed", nullptr, f.toInform),
        f.toInform > 0 ? FigureTile::Tone::Attention : FigureTile::Tone::Neutral);
    m_toInformTile->setDetail(tr("%n person(s)", nullptr, f.toInformPersons));
    m_prohibitedTile->setFigure(number(f.prohibited), tr("informing legally prohibited"));
    m_reviewTile->setFigure(
        number(int(f.reviewsOverdue.size())),
        tr("processing agreement(s) to review", nullptr, int(f.reviewsOverdue.size())),
        f.reviewsOverdue.isEmpty() ? FigureTile::Tone::Neutral : FigureTile::Tone::Attention);

    showStacked(m_byCategoryChart, f.byCategory, tr("Disclosures"), [this](int s, int month) {
        const MonthlyBreakdown &b = m_disclosures.byCategory;
        Q_EMIT disclosuresRequested(
            DashboardService::disclosuresIn(b.months.value(month), referenceDate(),
                                            RecipientCodes::category(b.series.value(s).code)),
            tr("disclosed in %1 to %2")
                .arg(monthText(b.months.value(month)), b.series.value(s).label));
    });
    const MonthlyBreakdown byCategory = f.byCategory;
    m_byCategoryChart->setCsvSource(
        [byCategory] { return breakdownToCsv(byCategory, tr("Month"), QLocale()); },
        tr("disclosures-per-month"));

    // Legal basis: a pie whose slices carry their name and share in words.
    {
        QChart *chart = m_basisChart->chart();
        clearChart(chart);
        auto *pie = new QPieSeries;
        int total = 0;
        for (const CodeCount &basis : f.byLegalBasis)
            total += basis.count;
        for (int i = 0; i < f.byLegalBasis.size(); ++i) {
            const CodeCount &basis = f.byLegalBasis.at(i);
            if (basis.count == 0)
                continue;
            auto *slice = pie->append(basis.label, basis.count);
            slice->setProperty("legendLabel", basis.label);
            slice->setBrush(ChartStyle::brush(i));
            slice->setPen(QPen(Qt::white, 1));
            // The slice names its basis by letter and count; the legend spells the letter out.
            slice->setLabel(tr("6(1)(%1): %2 (%3)")
                                .arg(basis.code, number(basis.count),
                                     percent(double(basis.count) / std::max(total, 1))));
            slice->setLabelVisible(true);
            const QString code = basis.code;
            const QString label = basis.label;
            connect(slice, &QPieSlice::clicked, this, [this, code, label] {
                if (const auto legal = DisclosureCodes::legalBasis(code))
                    Q_EMIT disclosuresRequested(
                        DashboardService::disclosuresByBasis(referenceDate(), *legal),
                        tr("legal basis %1, 12 months up to %2").arg(label, onText()));
            });
        }
        pie->setPieSize(0.55);
        chart->addSeries(pie);
        chart->legend()->setVisible(true);
        // The legend shows the basis in words; the slice keeps its own short label.
        const QList<QLegendMarker *> markers = chart->legend()->markers(pie);
        for (QLegendMarker *marker : markers) {
            auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker);
            if (pieMarker)
                pieMarker->setLabel(pieMarker->slice()->property("legendLabel").toString());
        }
        m_basisChart->setEmpty(total == 0);
        const QList<CodeCount> bases = f.byLegalBasis;
        m_basisChart->setCsvSource(
            [bases] { return codeCountsToCsv(bases, tr("Legal basis"), tr("Disclosures")); },
            tr("disclosures-per-legal-basis"));
    }

    m_topRecipients->clear();
    for (const DisclosureFigures::TopRecipient &top : f.topRecipients) {
        auto *item = new QTreeWidgetItem(m_topRecipients,
                                         { top.name, top.categoryLabel, number(top.count) });
        item->setData(0, Qt::UserRole, top.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_reviews->clear();
    for (const DisclosureFigures::Review &review : f.reviewsOverdue) {
        auto *item = new QTreeWidgetItem(
            m_reviews,
            { review.name,
              review.review.isValid() ? QLocale().toString(review.review, QLocale::ShortFormat)
                                      : tr("no agreement signed") });
        item->setData(0, Qt::UserRole, review.id);
    }
    for (QTreeWidget *list : { m_topRecipients, m_reviews }) {
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < list->columnCount(); ++c)
            list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
}

void DashboardsPage::refreshBreaches()
{
    // As of the end of the reference day (Europe/Amsterdam), or now when that is today.
    const QDate on = referenceDate();
    QDateTime now = m_clock.now();
    if (on != m_clock.today())
        now = QDateTime(on, QTime(23, 59, 59), organisationTimeZone()).toUTC();
    m_breaches = m_service.breaches(now, &m_readError);
    const BreachFigures &f = m_breaches;

    m_breachesOpenTile->setFigure(number(f.open), tr("open data breach(es)", nullptr, f.open));
    const bool anyLate = std::any_of(f.clocks.cbegin(), f.clocks.cend(),
                                     [](const BreachClock &c) { return c.hoursLeft < 0; });
    m_clocksTile->setFigure(
        number(f.clockRunning), tr("72-hour clock(s) running", nullptr, f.clockRunning),
        f.clockRunning > 0 ? FigureTile::Tone::Attention : FigureTile::Tone::Neutral);
    if (!f.clocks.isEmpty()) {
        const BreachClock &first = f.clocks.constFirst();
        m_clocksTile->setDetail(
            first.hoursLeft < 0
                ? tr("%1: late, deadline passed %n hour(s) ago", nullptr, -first.hoursLeft)
                      .arg(first.number)
                : tr("%1: %n hour(s) left", nullptr, first.hoursLeft).arg(first.number));
    }
    m_notifiedLateTile->setFigure(number(f.notifiedLateThisYear),
                                  tr("notified late this year", nullptr, f.notifiedLateThisYear),
                                  f.notifiedLateThisYear > 0 || anyLate
                                      ? FigureTile::Tone::Attention
                                      : FigureTile::Tone::Neutral);

    m_clocks->clear();
    for (const BreachClock &c : f.clocks) {
        const QString left = c.hoursLeft < 0
            ? tr("late: deadline passed %n hour(s) ago", nullptr, -c.hoursLeft)
            : tr("%n hour(s) left", nullptr, c.hoursLeft);
        auto *item = new QTreeWidgetItem(
            m_clocks, { c.number, c.title, BreachListModel::momentText(c.deadline), left });
        if (c.hoursLeft < 0) {
            QFont lateFont = item->font(3);
            lateFont.setBold(true);
            item->setFont(3, lateFont);
            item->setForeground(3, QColor(0x8a, 0x1f, 0x11));
        }
    }
    m_clocks->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c : { 0, 2, 3 })
        m_clocks->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    // Incidents per month by nature, as a stacked chart like the others.
    MonthlyBreakdown breakdown;
    breakdown.months = f.months;
    const QList<BreachNature> natures = BreachCodes::natures();
    for (int n = 0; n < natures.size(); ++n) {
        MonthlyBreakdown::Series series;
        series.code = BreachCodes::code(natures.at(n));
        series.label = BreachCodes::label(natures.at(n));
        for (int m = 0; m < f.months.size(); ++m)
            series.counts << f.byMonthAndNature.value(m).value(n);
        breakdown.series << series;
    }
    showStacked(m_byNatureChart, breakdown, tr("Data breaches"),
                [this](int, int) { Q_EMIT breachesRequested({}); });
    m_byNatureChart->setCsvSource(
        [breakdown] { return breakdownToCsv(breakdown, tr("Month"), QLocale()); },
        tr("data-breaches-per-month"));
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
    if (const QString organisation = OrganisationSettings(m_store).details().name;
        !organisation.isEmpty())
        parts << organisation;
    parts << tr("reference date %1").arg(onText());
    if (m_store.isDemo())
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
    DocumentPreview::Document document;
    document.title = printTitle();
    document.marking = PrintedDocument::marking(m_store);
    document.storeDirectory = m_store.directory();
    document.fill = [this](QTextDocument *text, QString *) {
        fillPrintout(text);
        return true;
    };
    DocumentPreview::preview(this, document);
}

int DashboardsPage::printTo(QPagedPaintDevice *device) const
{
    QTextDocument document;
    fillPrintout(&document);
    return PrintedDocument::paint(&document, device, printTitle(),
                                  PrintedDocument::marking(m_store));
}

void DashboardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_stale.fill(true);
        if (isVisible())
            m_refreshTimer->start();
    }
    QWidget::changeEvent(event);
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
    m_clocks->setHeaderLabels(
        { tr("Number"), tr("Title"), tr("Deadline for the AP"), tr("Hours left") });
}

} // namespace pd::ui
