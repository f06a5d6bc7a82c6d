#pragma once

#include "reports/Today.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace pd {
class Store;
}

namespace pd::ui {

// "Vandaag": a strip at the top of the requests page and the deadlines dashboard with
// what needs attention today (TodayService): each running AP clock of a data breach ("nog 46
// uur"), the breaches whose people are still to be informed, the requests due today and within
// 7 days, those late against each clock, those waiting for an identification or a mandate, and
// the retention periods due. Each item is a button to the list behind it (the drill-down
// signals, as the dashboards'); an item with nothing in it is not shown, and when nothing is
// urgent the strip says so in one line. What the role may not read is never shown (a KCC
// employee: their requests in identification only).
//
// The figures are read soon after the strip is shown (refreshDelayMs: the page it sits on is
// never held up by it) and again after invalidate() (coalesced, as the dashboards do), never
// while hidden.
class TodayStrip final : public QFrame
{
    Q_OBJECT
public:
    static constexpr int refreshDelayMs = 250;

    explicit TodayStrip(const Session &session, QWidget *parent = nullptr);

    // The data changed: read again soon (once for a burst) when visible, else when shown.
    void invalidate();
    // Reads the figures now and shows them.
    void refresh();

    // For tests and screenshots.
    const TodayFigures &figures() const { return m_figures; }
    QList<QPushButton *> items() const { return m_items; } // in the order shown
    QString statusText() const; // the line shown without items ("nothing urgent", a failure)
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void casesRequested(const pd::CaseListFilter &filter, const QString &description);
    void retentionDueRequested(const pd::DueQuery &query, const QString &description);
    // One breach (its number), or the open breaches (empty).
    void breachesRequested(const QString &number);
    // The DPIA register, for the reviews that are due.
    void dpiaReviewsRequested();
    // The covenants whose review is due.
    void covenantsRequested();
    // The recipients catalogue, for processors whose agreement is missing or due for review.
    void processorAgreementsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(); // the items from m_figures, in the current language
    void addBreachItems();
    void addCaseItems();
    void addHoldItems(); // holds on data outside Privacydesk
    QPushButton *addItem(const QString &text, const QString &toolTip, bool attention,
                         const std::function<void()> &clicked);
    void addCasesItem(int count, const QString &text, const QString &toolTip, bool attention,
                      const CaseListFilter &filter, const QString &description);

    const Session m_session;
    QLabel *m_title = nullptr;
    QWidget *m_itemBox = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<QPushButton *> m_items;
    TodayFigures m_figures;
    ServiceError m_error;
    bool m_stale = true;
    bool m_read = false;
    int m_refreshCount = 0;
};

} // namespace pd::ui
