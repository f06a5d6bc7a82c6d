#pragma once

#include "DeskAccess.h"
#include "registers/Retention.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace pd {
class Clock;
class Store;
} // namespace pd

namespace pd::ui {

class DrillDownBanner;
class MessageLabel;

// Retention items due on a day, read page by page (DueQuery offset/limit): a store with
// 50,000 closed request files never loads them all.
class RetentionItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Klantnummer, Name, Category, Expires, State, ColumnCount };
    static constexpr int pageSize = 200;

    RetentionItemModel(const RetentionService &service, QObject *parent = nullptr);

    void setQuery(const DueQuery &query); // offset/limit are the model's own
    const RetentionItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const RetentionService &m_service;
    DueQuery m_query;
    QList<RetentionItem> m_items;
    bool m_complete = true;
};

// The destruction log, newest first, page by page.
class DestructionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, By, Subject, Cases, What, Method, Rule, Proof, ColumnCount };
    static constexpr int pageSize = 200;

    explicit DestructionLogModel(const RetentionService &service, QObject *parent = nullptr);
    void setFilter(const DestructionFilter &filter); // and reload
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const RetentionService &m_service;
    DestructionFilter m_filter;
    QList<DestructionRecord> m_records;
    bool m_complete = true;
};

// The explicit confirmation before destroying a data subject's request files: it says what
// will be destroyed and that it cannot be undone, and the destroy button stays disabled until
// the user ticks that they understand. Escape or Cancel destroys nothing.
class DestroyDialog final : public QDialog
{
    Q_OBJECT
public:
    DestroyDialog(const DestructionPlan &plan, QWidget *parent = nullptr);

    QCheckBox *understoodBox() const { return m_understood; }
    QLineEdit *methodEdit() const { return m_method; }
    QPushButton *destroyButton() const { return m_destroy; }
    QString description() const;
    qint64 personId() const { return m_personId; }

private:
    qint64 m_personId = 0;
    QLabel *m_text;
    QLineEdit *m_method;
    QCheckBox *m_understood;
    QPushButton *m_destroy;
};

// One line of free text (a hold reason, how data was destroyed) with the BSN guard as the
// user types and the explicit, logged override.
class RetentionTextDialog final : public QDialog
{
    Q_OBJECT
public:
    RetentionTextDialog(const QString &title, const QString &label, const QString &fieldLabel,
                        QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }
    QCheckBox *overrideBox() const { return m_override; }
    QString text() const;
    bool bsnOverride() const;
    void setError(const QString &message);

private:
    void validate();

    QString m_fieldLabel;
    QLineEdit *m_edit;
    MessageLabel *m_message;
    QCheckBox *m_override;
    QPushButton *m_ok;
};

// The Bewaartermijnen section: what must be destroyed now, what expires soon, what is under a
// legal hold, the editable rules and the destruction log. Reads and writes only through
// RetentionService. Destroying always goes through DestroyDialog.
class RetentionPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Due, Soon, Holds, Rules, Log };

    explicit RetentionPage(const Store &store, QWidget *parent = nullptr);
    RetentionPage(const Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~RetentionPage() override;

    void refresh(); // reads the store again (after changes elsewhere)
    void setCurrentTab(Tab tab);
    Tab currentTab() const;

    // The lists behind a dashboard figure, with a banner naming it; "Toon alles" on the banner
    // returns to the page's own view.
    void showDueDrillDown(const DueQuery &query, const QString &description);
    void showDestructions(const DestructionFilter &filter, const QString &description);
    void showHoldsOn(QDate on); // the holds open on that day
    bool hasDrillDown() const;
    void clearDrillDown();

    QTabWidget *tabs() const { return m_tabs; }
    QDateEdit *referenceDateEdit() const { return m_referenceDate; }
    QSpinBox *withinDaysBox() const { return m_within; }
    QTableView *dueView() const { return m_dueView; }
    QTableView *soonView() const { return m_soonView; }
    QTableWidget *holdsTable() const { return m_holds; }
    QTableWidget *rulesTable() const { return m_rules; }
    QTableView *logView() const { return m_logView; }
    RetentionItemModel *dueModel() const { return m_dueModel; }
    RetentionItemModel *soonModel() const { return m_soonModel; }
    DestructionLogModel *logModel() const { return m_logModel; }

    QAction *destroyAction() const { return m_destroyAction; }
    QAction *holdAction() const { return m_holdAction; }
    QAction *releaseAction() const { return m_releaseAction; }
    QAction *saveRuleAction() const { return m_saveRuleAction; }
    QAction *newRuleAction() const { return m_newRuleAction; }

    // The rule editor (Rules tab).
    QLineEdit *ruleCategoryEdit() const { return m_category; }
    QComboBox *ruleTriggerBox() const { return m_trigger; }
    QSpinBox *ruleAmountBox() const { return m_amount; }
    QComboBox *ruleUnitBox() const { return m_unit; }
    QLineEdit *ruleLegalGroundEdit() const { return m_legalGround; }
    QString ruleProblem() const; // as shown under the editor; empty when valid

    QDialog *currentDialog() const { return m_dialog; }

Q_SIGNALS:
    void dataChanged(); // something was destroyed, held or released

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void retranslateUi();
    void updateActions();
    void reloadHolds();
    void clearDrillDownState();
    void reloadRules();
    void loadRuleIntoEditor(int row);
    void validateRule();
    void saveRule();
    void destroySelected();
    void holdSelected();
    void releaseSelected();
    const RetentionItem *selectedItem() const;
    void openDialog(QDialog *dialog);

    const Store &m_store;
    const Clock &m_clock;
    // Destroy, hold, release and the rule editor need EditRegisters: without it (auditor) the
    // page lists and shows, and offers none of them.
    const DeskAccess m_access;
    RetentionService m_service;
    QList<RetentionRule> m_ruleList;
    qint64 m_editedRuleId = 0;

    QTabWidget *m_tabs = nullptr;
    DrillDownBanner *m_banner = nullptr;
    std::optional<DueQuery> m_dueDrillDown;
    std::optional<DestructionFilter> m_logDrillDown;
    QDate m_holdsOn; // valid: the holds tab shows the holds open on that day
    QLabel *m_referenceLabel = nullptr;
    QDateEdit *m_referenceDate = nullptr;
    QLabel *m_withinLabel = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_dueSummary = nullptr;
    QTableView *m_dueView = nullptr;
    QTableView *m_soonView = nullptr;
    QTableWidget *m_holds = nullptr;
    QTableWidget *m_rules = nullptr;
    QTableView *m_logView = nullptr;
    RetentionItemModel *m_dueModel = nullptr;
    RetentionItemModel *m_soonModel = nullptr;
    DestructionLogModel *m_logModel = nullptr;
    QPushButton *m_destroyButton = nullptr;
    QPushButton *m_holdButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_saveRuleButton = nullptr;
    QPushButton *m_newRuleButton = nullptr;
    QWidget *m_ruleEditor = nullptr; // the form under the rules and its buttons
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_triggerLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_legalGroundLabel = nullptr;
    QLineEdit *m_category = nullptr;
    QComboBox *m_trigger = nullptr;
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_legalGround = nullptr;
    MessageLabel *m_ruleMessage = nullptr;
    MessageLabel *m_pageMessage = nullptr;
    QAction *m_destroyAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_saveRuleAction = nullptr;
    QAction *m_newRuleAction = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace pd::ui
