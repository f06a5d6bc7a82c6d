#pragma once

#include "DeskAccess.h"
#include "DrillDownBanner.h"
#include "Retranslated.h"
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

namespace pd::ui {

class CaseListModel;
class EmptyStateWidget;
class TodayStrip;

// Only reads; opening a case is left to whoever listens to caseActivated. The user moving the
// current row activates its case; a selection the page makes itself keeps the case, silently.
class CaseListPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 200;

    explicit CaseListPage(const Session &session, QWidget *parent = nullptr);

    // Keeps the filters, the sort, the selected case and the scroll position.
    void refresh();
    void clearFilters();
    void focusSearch();
    QString searchText() const;
    void setSearchText(const QString &text); // and the list follows at once
    // The filter bar narrows them further; "Toon alles" on the banner returns to its own filters.
    void showDrillDown(const CaseListFilter &filter, const QString &description,
                       DrillDownBanner::Origin origin = DrillDownBanner::Origin::Dashboard);
    // Its requests drill down here; the rest is routed by the main window.
    TodayStrip *todayStrip() const { return m_today; }
    bool hasDrillDown() const;
    // The list as it is without a dashboard's filter (the desk left the list page).
    void endDrillDown();
    // A request number typed set the filters and the dashboard's aside.
    bool filtersSetAside() const { return m_filtersSetAside; }

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString selectedCaseNumber() const;
    // Without activating it; when it is not loaded nothing stays highlighted, so that the list
    // never points at another case than the one shown. caseId: for when it is not loaded.
    bool selectCase(const QString &number, qint64 caseId = 0);

Q_SIGNALS:
    void caseActivated(const QString &number);
    // Settings → Organisation, asked for from the empty desk.
    void organisationRequested();
    // Only while the desk shows a case.
    void shownCaseListed(bool listed);

protected:
    void retranslateContent() override;
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createFilterBar();
    void createTable();
    void createEmptyPage();
    void layOutPage();
    void retranslateUi() override;
    void fillCombos();
    void resizeColumns();
    void fitNameColumn();
    void applyFilter();
    void resetFilterBar(); // every control to its first entry, without applying
    void showWhatLettersNeed();
    static CaseListFilter numberSearch(const QString &typed);
    void activate(const QModelIndex &index);
    void updateCountAndEmptyState();
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
    QPushButton *m_fillOrganisation = nullptr; // a new store: what the first letter needs
    qint64 m_shownId = 0; // the case the desk shows (selectCase, activate), or 0
    DrillDownBanner *m_banner = nullptr;
    std::optional<CaseListFilter> m_drillDown;
    bool m_filtersSetAside = false;
    TodayStrip *m_today = nullptr;
    bool m_selecting = false; // selectRow at work: not the user choosing a row
    // A held arrow key moves through many rows: only the row it stops on is opened.
    bool m_keyRepeating = false;
    bool m_rowHeld = false; // moved to by a held key, not opened yet
    QTimer *m_openHeldRow = nullptr;
    void openHeldRowNow();
};

} // namespace pd::ui
