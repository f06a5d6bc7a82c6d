#pragma once

#include "reports/Today.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace pd::ui {

// What needs attention today (TodayService); an item with nothing in it is not shown, and what the
// role may not read never is. Read soon after it is shown, so that the page is never held up by
// it, and never while hidden.
class TodayStrip final : public QFrame
{
    Q_OBJECT
public:
    static constexpr int refreshDelayMs = 250;

    explicit TodayStrip(const Session &session, QWidget *parent = nullptr);

    // Read again soon (once for a burst) when visible, else when shown.
    void invalidate();
    void refresh();

    // For tests and screenshots.
    const TodayFigures &figures() const { return m_figures; }
    QList<QPushButton *> items() const { return m_items; } // in the order shown
    QString statusText() const; // the line shown without items ("nothing urgent", a failure)
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void casesRequested(const pd::CaseListFilter &filter, const QString &description);
    void retentionDueRequested(const pd::DueQuery &query, const QString &description);
    // number empty: the open breaches.
    void breachesRequested(const QString &number);
    void dpiaReviewsRequested();
    void covenantsRequested();
    // Processors whose agreement is missing or due for review.
    void processorAgreementsRequested();
    // Its items were made again (the page puts them first in its tab order).
    void rebuilt();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(); // the items from m_figures, in the current language
    void addBreachItems();
    void addCaseItems();
    void addHoldItems(); // holds on data outside Privacydesk
    void addMarkItems(); // marks in the organisation's systems not done
    void addMailItems(); // letters by e-mail the mail server has not taken
    void openRequest(const QString &number);
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
