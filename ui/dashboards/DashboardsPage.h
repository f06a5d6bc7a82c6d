#pragma once

#include "Retranslated.h"
#include "cases/CaseQuery.h"
#include "documents/DocumentPreview.h"
#include "registers/Disclosures.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QPagedPaintDevice;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTextDocument;
class QTreeWidget;

namespace pd::ui {

class ChartPanel;
class FigureTile;
class TodayStrip;

// Every figure comes from DashboardService, the numbers the CLI's `report dashboard` prints. Only
// the visible dashboard is computed, and only when it is shown or its data changed.
class DashboardsPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum class Tab { Deadlines, Retention, Disclosures, Breaches };
    static constexpr int refreshDelayMs = 250;

    explicit DashboardsPage(const Session &session, QWidget *parent = nullptr);

    QDate referenceDate() const;
    void setReferenceDate(QDate on);
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // Recomputes soon (once for a burst) when visible, else when shown.
    void invalidate();
    void refresh();
    void print(); // "Print…" in one step: the print dialog at once
    void preview(); // the print preview
    // The pages painted; 0: the device refused.
    int printTo(QPagedPaintDevice *device) const;
    void fillPrintout(QTextDocument *document) const;
    QString printTitle() const;
    void openYearReport();

    // For tests and screenshots.
    const DeadlineFigures &deadlineFigures() const { return m_deadlines; }
    const RetentionFigures &retentionFigures() const { return m_retention; }
    const DisclosureFigures &disclosureFigures() const { return m_disclosures; }
    const BreachFigures &breachFigures() const { return m_breaches; }
    QTreeWidget *breachClocksList() const { return m_clocks; }
    QList<FigureTile *> tiles(Tab tab) const;
    QList<ChartPanel *> charts(Tab tab) const;
    QTreeWidget *topRecipientsList() const { return m_topRecipients; }
    QTreeWidget *reviewsList() const { return m_reviews; }
    QTabWidget *tabs() const { return m_tabs; }
    TodayStrip *todayStrip() const { return m_todayStrip; }
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void casesRequested(const pd::CaseListFilter &filter, const QString &description);
    void disclosuresRequested(const pd::DisclosureFilter &filter, const QString &description);
    void retentionDueRequested(const pd::DueQuery &query, const QString &description);
    void holdsRequested(QDate on);
    void destructionsRequested(const pd::DestructionFilter &filter, const QString &description);
    void recipientRequested(qint64 recipientId);
    // number empty: the open breaches.
    void breachesRequested(const QString &number);
    void dpiaReviewsRequested(); // the "Vandaag" strip's DPIA reviews

protected:
    void retranslateContent() override;
    void showEvent(QShowEvent *event) override;
    // The tooltip of the bar clicked must not stay over the section a drill-down opened.
    void hideEvent(QHideEvent *event) override;

private:
    DocumentPreview::Document printable();
    void createWidgets();
    // Opens what its figure counts when clicked.
    FigureTile *clickableTile(QWidget *page, const std::function<void()> &opened);
    QGridLayout *tileGrid(Tab tab, int perRow) const;
    QWidget *createDeadlinesTab();
    QWidget *createRetentionTab();
    QWidget *createDisclosuresTab();
    QWidget *createBreachesTab();
    void retranslateUi() override;
    void refreshDeadlines();
    void showDeadlineTiles(const DeadlineFigures &f);
    void showOpenByState(const DeadlineFigures &f);
    void showOnTime(const DeadlineFigures &f);
    // Every tile "—" and every chart the reason: never a 0 that was not counted.
    void showReadFailure(Tab tab, const ServiceError &error);
    void refreshRetention();
    void refreshDisclosures();
    void refreshBreaches();
    void showStacked(ChartPanel *panel, const MonthlyBreakdown &breakdown, const QString &yTitle,
                     const std::function<void(int series, int month)> &clicked);
    QString onText() const; // the peildatum as shown in descriptions
    QString monthText(QDate month) const;
    // Written out as the drill-down banner says it; the axes keep the short labels.
    static QString longMonthText(QDate month);

    const Session m_session;
    DashboardService m_service;

    QDateEdit *m_on = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_yearReport = nullptr; // "Jaarverslag…"
    QLabel *m_onLabel = nullptr;
    QLabel *m_updated = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTimer *m_refreshTimer = nullptr;

    TodayStrip *m_todayStrip = nullptr;
    FigureTile *m_openTile = nullptr;
    FigureTile *m_dueTodayTile = nullptr;
    FigureTile *m_dueWeekTile = nullptr;
    FigureTile *m_lateLegalTile = nullptr;
    FigureTile *m_latePolicyTile = nullptr;
    FigureTile *m_answeredLateLegalTile = nullptr;
    FigureTile *m_answeredLatePolicyTile = nullptr;
    FigureTile *m_medianTile = nullptr;
    FigureTile *m_extendedTile = nullptr;
    ChartPanel *m_byStateChart = nullptr;
    ChartPanel *m_intakeChart = nullptr;
    ChartPanel *m_onTimeChart = nullptr;
    FigureTile *m_expiredTile = nullptr;
    FigureTile *m_holdTile = nullptr;
    FigureTile *m_expiringTile = nullptr;
    FigureTile *m_destroyedTile = nullptr;
    ChartPanel *m_expiringChart = nullptr;
    ChartPanel *m_destructionsChart = nullptr;
    FigureTile *m_disclosedTile = nullptr;
    FigureTile *m_toInformTile = nullptr;
    FigureTile *m_prohibitedTile = nullptr;
    FigureTile *m_reviewTile = nullptr;
    ChartPanel *m_byCategoryChart = nullptr;
    ChartPanel *m_basisChart = nullptr;
    QLabel *m_topTitle = nullptr;
    QTreeWidget *m_topRecipients = nullptr;
    QLabel *m_reviewsTitle = nullptr;
    QTreeWidget *m_reviews = nullptr;
    FigureTile *m_breachesOpenTile = nullptr;
    FigureTile *m_clocksTile = nullptr;
    FigureTile *m_notifiedLateTile = nullptr;
    ChartPanel *m_byNatureChart = nullptr;
    QLabel *m_clocksTitle = nullptr;
    QTreeWidget *m_clocks = nullptr;

    DeadlineFigures m_deadlines;
    ServiceError m_readError; // of the last refresh
    RetentionFigures m_retention;
    DisclosureFigures m_disclosures;
    BreachFigures m_breaches;
    std::array<bool, 4> m_stale { true, true, true, true };
    int m_refreshCount = 0;
};

} // namespace pd::ui
