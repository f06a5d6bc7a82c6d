#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "registers/Disclosures.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace pd::ui {

class CovenantsTab;
class DisclosureListModel;
class DrillDownBanner;
class EmptyStateWidget;

// "New disclosure" and "New recipient" are offered only to a role that may edit the registers.
class DisclosuresPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 200;

    explicit DisclosuresPage(const Session &session, QWidget *parent = nullptr);

    void refresh(); // after a change elsewhere (keeps the filters)
    void clearFilters();
    void focusSearch();
    void showRecipients(); // switches to the catalogue tab
    void showRecipient(qint64 recipientId); // ... and selects that recipient
    // The filter bar narrows them further; "Toon alles" on the banner returns to its own filters.
    void showDrillDown(const DisclosureFilter &filter, const QString &description);
    bool hasDrillDown() const;
    void showDisclosures();
    void showCovenants();
    CovenantsTab *covenantsTab() const { return m_covenants; }

    // Return what was added, or 0.
    qint64 newDisclosure();
    qint64 newRecipient();

    DisclosureListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *recipientsTable() const { return m_recipients; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void disclosureAdded(qint64 id);
    void recipientAdded(qint64 id);
    // Enter or double-click on a disclosure with a linked request.
    void caseActivated(const QString &number);

private:
    void createWidgets();
    QWidget *createRegisterTab();
    QWidget *createCatalogueTab();
    void createShortcuts();
    void retranslateUi() override;
    void applyFilter();
    void fillRecipients();
    void openAgreement();
    void updateCount();

    const Session m_session;
    const DeskAccess m_access;
    QTabWidget *m_tabs = nullptr;
    CovenantsTab *m_covenants = nullptr;
    DisclosureListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_basis = nullptr;
    QComboBox *m_informed = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QTableWidget *m_recipients = nullptr;
    QPushButton *m_addRecipient = nullptr;
    QPushButton *m_agreement = nullptr; // the selected processor's agreement document
    QLabel *m_overdueNote = nullptr;
    DrillDownBanner *m_banner = nullptr;
    std::optional<DisclosureFilter> m_drillDown;
};

} // namespace pd::ui
