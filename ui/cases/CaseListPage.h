#pragma once

#include "DeskAccess.h"
#include "DrillDownBanner.h"
#include "cases/CaseQuery.h"
#include "session/Session.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace pd {
class Store;
}

namespace pd::ui {

class CaseListModel;
class EmptyStateWidget;
class TodayStrip;

// The Requests section: a filter bar (search-as-you-type, state, kind, channel, handler, and
// the toggles overdue / this week / mine) over the lazy case list. It only reads; opening a
// case is left to whoever listens to caseActivated. The highlighted row is the request the
// desk shows: the user moving the current row (a single click, the arrow keys) activates its
// case; a selection the page makes itself (after a refresh, a filter) keeps the same case and
// says nothing.
class CaseListPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 200;

    explicit CaseListPage(const Session &session, QWidget *parent = nullptr);

    // Reads the store again; keeps the filters, the sort, the selected case and the scroll
    // position (call after a change to a case).
    void refresh();
    void clearFilters();
    void focusSearch();
    // Shows the requests behind a dashboard figure (with a banner naming it); the filter bar
    // narrows them further, "Toon alles" on the banner returns to the list's own filters.
    void showDrillDown(const CaseListFilter &filter, const QString &description,
                       DrillDownBanner::Origin origin = DrillDownBanner::Origin::Dashboard);
    // The "Vandaag" strip above the filters: its requests drill down here, the rest
    // is routed by the main window.
    TodayStrip *todayStrip() const { return m_today; }
    bool hasDrillDown() const;

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The number of the selected case, or empty.
    QString selectedCaseNumber() const;
    // Highlights the case (among the loaded rows) without activating it; when it is not there,
    // nothing stays highlighted, so the list never points at another case than the one shown.
    // The case is the one the desk shows (caseId: its id, for when it is not loaded); an empty
    // number: none.
    bool selectCase(const QString &number, qint64 caseId = 0);

Q_SIGNALS:
    void caseActivated(const QString &number);
    // After the search, the filters or a drill-down changed: whether the list holds the case
    // the desk shows (only while one is shown).
    void shownCaseListed(bool listed);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createFilterBar();
    void createTable();
    void createEmptyPage();
    void layOutPage();
    void retranslateUi();
    void fillCombos();
    void resizeColumns();
    void fitNameColumn();
    void applyFilter();
    void resetFilterBar(); // every control to its first entry, without applying
    void activate(const QModelIndex &index);
    void updateCountAndEmptyState();
    // "1 afgerond verzoek gevonden – tonen": the search's matches the state filter hides.
    void updateHiddenMatches(bool listEmpty);
    void showHiddenMatches();
    qint64 selectedCaseId() const;
    void selectRow(int row);
    bool hasActiveFilter() const;

    const Session m_session;
    const DeskAccess m_access; // what the empty list suggests follows the role
    CaseListModel *m_model = nullptr;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_handler = nullptr;
    QToolButton *m_overdue = nullptr;
    QToolButton *m_dueWeek = nullptr;
    QToolButton *m_mine = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_emptyPage = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QPushButton *m_hiddenMatches = nullptr; // above the list
    QPushButton *m_showHidden = nullptr; // the same, in the empty state
    qint64 m_shownId = 0; // the case the desk shows (selectCase, activate), or 0
    DrillDownBanner *m_banner = nullptr;
    std::optional<CaseListFilter> m_drillDown;
    TodayStrip *m_today = nullptr;
    bool m_selecting = false; // selectRow at work: not the user choosing a row
    // A held arrow key moves through many rows: only the row it stops on is opened.
    bool m_keyRepeating = false;
    bool m_rowHeld = false; // moved to by a held key, not opened yet
    QTimer *m_openHeldRow = nullptr;
    void openHeldRowNow();
};

} // namespace pd::ui
