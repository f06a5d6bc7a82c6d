// DashboardsPage's figures: each dashboard's tiles, charts and lists filled from DashboardService
// on refresh(), with the drill-down each bar, slice and row leads to. The page itself (its tabs,
// the peildatum, printing) is in DashboardsPage.cpp.
#include "breaches/BreachListModel.h"
#include "cases/CaseCodes.h"
#include "dashboards/DashboardWidgets.h"
#include "dashboards/DashboardsPage.h"
#include "util/Csv.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTime>
#include <QToolTip>
#include <QTreeWidget>
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
    return DashboardService::shortMonthName(month.month(), QLocale()) + QStringLiteral("<br>\u2019")
        + QString::number(month.year() % 100).rightJustified(2, u'0');
}

} // namespace

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

    showDeadlineTiles(f);
    showOpenByState(f);
    showStacked(m_intakeChart, f.intakeByType, tr("Requests"), [this](int s, int month) {
        const MonthlyBreakdown &b = m_deadlines.intakeByType;
        const auto type = codes::from<RequestType>(b.series.value(s).code);
        Q_EMIT casesRequested(
            DashboardService::intakeCases(b.months.value(month), referenceDate(), type),
            tr("received in %1, %2")
                .arg(monthText(b.months.value(month)), b.series.value(s).label));
    });
    const MonthlyBreakdown intake = f.intakeByType;
    m_intakeChart->setCsvSource([intake] { return breakdownToCsv(intake, tr("Month"), QLocale()); },
                                tr("intake-per-month"));

    showOnTime(f);
}

// The figures of the Termijnen dashboard, both clocks apart.
void DashboardsPage::showDeadlineTiles(const DeadlineFigures &f)
{
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
}

// Open per state: a horizontal bar per state, the state named on the axis and the count
// printed beside the bar.
void DashboardsPage::showOpenByState(const DeadlineFigures &f)
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
        const auto state = codes::from<CaseState>(states.value(index).code);
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

// On time: the share per month as a line with its percentage at every point; months
// without answers have no point (no answers is not 0 % on time).
void DashboardsPage::showOnTime(const DeadlineFigures &f)
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
        Q_EMIT casesRequested(DashboardService::answeredCases(shares.at(m).month, referenceDate()),
                              tr("answered in %1").arg(monthText(shares.at(m).month)));
    });
    connect(line, &QLineSeries::hovered, this, [shares](const QPointF &point, bool state) {
        const int m = int(std::lround(point.x()));
        if (!state || m < 0 || m >= shares.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 of %2 answered on time").arg(shares.at(m).onTime).arg(shares.at(m).answered));
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
                                   QString::number(share.answered), QString::number(share.onTime),
                                   s ? QLocale().toString(*s * 100.0, 'f', 1) : QString() });
            }
            return Csv::file(rows);
        },
        tr("answered-on-time"));
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
                                            codes::from<RecipientCategory>(b.series.value(s).code)),
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
            slice->setBrush(ChartStyle::brush(i));
            slice->setPen(QPen(Qt::white, 1));
            // The slice names its sub of art. 6(1) in words, with its count.
            //: Dutch: "%1 — %2 (%3)" (%1 is the basis, as "Art. 6 lid 1 sub c AVG: wettelijke
            //: verplichting")
            slice->setLabel(tr("%1 — %2 (%3)")
                                .arg(basis.label, number(basis.count),
                                     percent(double(basis.count) / std::max(total, 1))));
            slice->setLabelVisible(true);
            const QString code = basis.code;
            const QString label = basis.label;
            connect(slice, &QPieSlice::clicked, this, [this, code, label] {
                if (const auto legal = codes::from<LegalBasis>(code))
                    Q_EMIT disclosuresRequested(
                        DashboardService::disclosuresByBasis(referenceDate(), *legal),
                        tr("legal basis %1, 12 months up to %2").arg(label, onText()));
            });
        }
        pie->setPieSize(0.5);
        chart->addSeries(pie);
        // The slices say what they are: a legend beside them would only repeat it, cut short.
        chart->legend()->setVisible(false);
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
    QDateTime now = m_session.clock().now();
    if (on != m_session.clock().today())
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
                //: Dutch: "%1: te laat, termijn %2 geleden verstreken"
                ? tr("%1: late, deadline passed %2 ago")
                      .arg(first.number, BreachCodes::delayText(first.deadline.secsTo(f.now)))
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
            //: Dutch: "te laat: termijn %1 geleden verstreken"
            ? tr("late: deadline passed %1 ago")
                  .arg(BreachCodes::delayText(c.deadline.secsTo(f.now)))
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
    const QList<BreachNature> natures = codes::all<BreachNature>();
    for (int n = 0; n < natures.size(); ++n) {
        MonthlyBreakdown::Series series;
        series.code = codes::code(natures.at(n));
        series.label = codes::label(natures.at(n));
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

} // namespace pd::ui
