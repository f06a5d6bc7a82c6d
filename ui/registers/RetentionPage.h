#pragma once

#include "DeskAccess.h"
#include "DrillDownBanner.h"
#include "Retranslated.h"
#include "registers/DestroyDialog.h"
#include "registers/DestructionLogModel.h"
#include "registers/RetentionItemModel.h"
#include "registers/RetentionTextDialog.h"
#include "retention/Retention.h"
#include "session/Session.h"

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
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace pd::ui {

class EmptyStateWidget;
class MessageLabel;

// Reads and writes only through RetentionService; destroying always goes through DestroyDialog.
class RetentionPage final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum class Tab { Due, Soon, Holds, Rules, Log };

    explicit RetentionPage(const Session &session, QWidget *parent = nullptr);
    ~RetentionPage() override;

    void refresh(); // reads the store again (after changes elsewhere)
    void setCurrentTab(Tab tab);
    Tab currentTab() const;

    // A query for a period or a look ahead opens Expiring soon; what is due on a day opens To be
    // destroyed. "Toon alles" on the banner returns to the page's own view.
    void showDueDrillDown(const DueQuery &query, const QString &description,
                          DrillDownBanner::Origin origin = DrillDownBanner::Origin::Dashboard);
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
    // Null for a tab that has rows.
    EmptyStateWidget *emptyState(Tab tab) const;
    QLabel *soonSummary() const { return m_soonSummary; }
    RetentionItemModel *dueModel() const { return m_dueModel; }
    RetentionItemModel *soonModel() const { return m_soonModel; }
    DestructionLogModel *logModel() const { return m_logModel; }

    QAction *destroyAction() const { return m_destroyAction; }
    QAction *holdAction() const { return m_holdAction; }
    QAction *releaseAction() const { return m_releaseAction; }
    QAction *saveRuleAction() const { return m_saveRuleAction; }
    QAction *newRuleAction() const { return m_newRuleAction; }
    // Disabled, with the reason (ruleUseText), while an item or the destruction log names the rule.
    QAction *removeRuleAction() const { return m_removeRuleAction; }
    QString ruleUseText() const;

    QLineEdit *ruleCategoryEdit() const { return m_category; }
    QComboBox *ruleTriggerBox() const { return m_trigger; }
    QSpinBox *ruleAmountBox() const { return m_amount; }
    QComboBox *ruleUnitBox() const { return m_unit; }
    QLineEdit *ruleLegalGroundEdit() const { return m_legalGround; }
    // Items are derived for the checked relation types; none checked is a manual rule.
    const QList<QCheckBox *> &ruleRelationBoxes() const { return m_relationBoxes; }
    QString ruleProblem() const; // as shown under the editor; empty when valid

    QDialog *currentDialog() const { return m_dialog; }

    // The unit follows the amount beside it: "1 jaar", "7 jaar", "1 maand", "6 maanden".
    static void nameUnits(QComboBox *unit, int amount);

Q_SIGNALS:
    void dataChanged(); // something was destroyed, held or released

private:
    void createWidgets();
    QWidget *createRulesTab();
    void addRule(); // RetentionRuleDialog
    void removeSelectedRule(); // after a confirmation
    void updateRuleRemoval(); // the remove action and the reason it is disabled
    static QTableWidget *makeTable(const QString &name, int columns, QWidget *parent);
    void createActions();
    void retranslateUi() override;
    void retranslateContent() override { refresh(); }
    void updateActions();
    QString reloadHolds(); // the read error, empty when read
    void clearDrillDownState();
    QString reloadRules(); // the read error, empty when read
    void loadRuleIntoEditor(int row);
    void validateRule();
    RetentionRule ruleInEditor() const;
    void saveRule();
    void destroySelected();
    void destroyBreach(const QString &number); // a breach of the register, with DestroyDialog
    void finishDestruction(const std::optional<DestructionRecord> &record,
                           const ServiceError &error, const QString &kept);
    void holdSelected();
    void releaseSelected();
    const RetentionItem *selectedItem() const;
    void openDialog(QDialog *dialog);

    // The data of the trigger entry that reads "the breach was closed" (not a RetentionTrigger).
    static constexpr int breachClosedTrigger = -1;

    const Session m_session;
    // Without EditRegisters (auditor) the page lists and shows, and offers no action.
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
    QPushButton *m_removeRuleButton = nullptr;
    QLabel *m_ruleUse = nullptr; // why the selected rule cannot be removed
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
    QLabel *m_relationsLabel = nullptr;
    QWidget *m_relationsRow = nullptr;
    QList<QCheckBox *> m_relationBoxes;
    QString m_ruleProblem;
    MessageLabel *m_ruleMessage = nullptr;
    MessageLabel *m_pageMessage = nullptr;
    MessageLabel *m_readError = nullptr; // a list that could not be read, on every tab
    QAction *m_destroyAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_saveRuleAction = nullptr;
    QAction *m_newRuleAction = nullptr;
    QAction *m_removeRuleAction = nullptr;
    QPointer<QDialog> m_dialog;

    void createEmptyStates();
    void updateEmptyStates(const QString &soonCountError, const QString &holdsError,
                           const QString &rulesError);
    bool soonDrillDown() const; // the dashboard's query is shown on Expiring soon
    struct EmptyState
    {
        QStackedWidget *stack = nullptr;
        QWidget *list = nullptr;
        EmptyStateWidget *empty = nullptr;
    };
    QList<EmptyState> m_emptyStates; // in the order of Tab
    QLabel *m_soonSummary = nullptr;
};

} // namespace pd::ui
