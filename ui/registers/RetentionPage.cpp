#include "registers/RetentionPage.h"

#include "DateText.h"
#include "DrillDownBanner.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "OneDialog.h"
#include "RowTables.h"
#include "cases/CaseCodes.h"
#include "domain/BsnGuard.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// Its rows picked whole; the last column takes what is left; Tab leaves the table.
template<typename View> View *setUp(View *view, const QString &name)
{
    view->setObjectName(name);
    pickWholeRows(view);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = setUp(new QTableView(parent), name);
    view->setModel(model);
    return view;
}

} // namespace

RetentionPage::RetentionPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
    , m_service(session)
{
    setObjectName(QStringLiteral("retentionPage"));
    createWidgets();
    createActions();
    createEmptyStates();
    retranslateUi();
    refresh();
}

RetentionPage::~RetentionPage() = default;

QTableWidget *RetentionPage::makeTable(const QString &name, int columns, QWidget *parent)
{
    return setUp(new QTableWidget(0, columns, parent), name);
}

void RetentionPage::createWidgets()
{
    m_referenceLabel = new QLabel(this);
    m_referenceDate
        = named<QDateEdit>(QStringLiteral("referenceDate"), m_session.clock().today(), this);
    m_referenceDate->setCalendarPopup(true);
    m_referenceDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_referenceLabel->setBuddy(m_referenceDate);
    m_withinLabel = new QLabel(this);
    m_within = named<QSpinBox>(QStringLiteral("withinDays"), this);
    m_within->setRange(1, 3650);
    m_within->setValue(RetentionService::defaultWithinDays);
    m_withinLabel->setBuddy(m_within);
    m_pageMessage = named<MessageLabel>(QStringLiteral("pageMessage"), this);
    m_readError = named<MessageLabel>(QStringLiteral("readError"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_referenceLabel);
    bar->addWidget(m_referenceDate);
    bar->addSpacing(16);
    bar->addWidget(m_withinLabel);
    bar->addWidget(m_within);
    bar->addStretch();

    m_tabs = named<QTabWidget>(QStringLiteral("retentionTabs"), this);

    m_dueModel = new RetentionItemModel(m_service, this);
    m_soonModel = new RetentionItemModel(m_service, this);
    m_logModel = new DestructionLogModel(m_service, this);
    for (auto *model : { m_dueModel, m_soonModel })
        connect(model, &RetentionItemModel::readFailed, m_readError,
                [this](const QString &message) { m_readError->setMessage(message); });
    connect(m_logModel, &DestructionLogModel::readFailed, m_readError,
            [this](const QString &message) { m_readError->setMessage(message); });

    auto *dueTab = new QWidget(m_tabs);
    m_dueSummary = named<QLabel>(QStringLiteral("dueSummary"), dueTab);
    m_dueView = makeView(m_dueModel, QStringLiteral("dueView"), dueTab);
    auto *dueLayout = new QVBoxLayout(dueTab);
    dueLayout->addWidget(m_dueSummary);
    dueLayout->addWidget(m_dueView);
    m_tabs->addTab(dueTab, {});

    m_soonView = makeView(m_soonModel, QStringLiteral("soonView"), m_tabs);
    m_tabs->addTab(m_soonView, {});

    m_holds = makeTable(QStringLiteral("holdsTable"), 5, m_tabs);
    m_tabs->addTab(m_holds, {});

    m_tabs->addTab(createRulesTab(), {});

    m_logView = makeView(m_logModel, QStringLiteral("logView"), m_tabs);
    m_tabs->addTab(m_logView, {});

    m_destroyButton = named<QPushButton>(QStringLiteral("destroy"), this);
    m_holdButton = named<QPushButton>(QStringLiteral("hold"), this);
    m_releaseButton = named<QPushButton>(QStringLiteral("release"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pageMessage, 1);
    actions->addStretch();
    actions->addWidget(m_holdButton);
    actions->addWidget(m_releaseButton);
    actions->addWidget(m_destroyButton);

    m_banner = new DrillDownBanner(this);
    connect(m_banner, &DrillDownBanner::cleared, this, &RetentionPage::clearDrillDown);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_readError);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    setTabOrder(m_referenceDate, m_within);
    setTabOrder(m_within, m_tabs);

    connect(m_referenceDate, &QDateEdit::dateChanged, this, &RetentionPage::refresh);
    connect(m_within, &QSpinBox::valueChanged, this, &RetentionPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RetentionPage::updateActions);
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *> { m_dueView, m_soonView, m_holds }) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &RetentionPage::updateActions);
    }
    connect(m_dueModel, &QAbstractItemModel::modelReset, this, &RetentionPage::updateActions);
    connect(m_soonModel, &QAbstractItemModel::modelReset, this, &RetentionPage::updateActions);
    connect(m_within, &QSpinBox::valueChanged, this,
            [this](int days) { m_within->setSuffix(tr(" day(s)", nullptr, days)); });
}

void RetentionPage::createActions()
{
    m_destroyAction = named<QAction>(QStringLiteral("destroyAction"), this);
    m_destroyAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(QKeySequence::Delete) });
    m_holdAction = named<QAction>(QStringLiteral("holdAction"), this);
    m_holdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_releaseAction = named<QAction>(QStringLiteral("releaseAction"), this);
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_saveRuleAction = named<QAction>(QStringLiteral("saveRuleAction"), this);
    m_saveRuleAction->setShortcut(QKeySequence::Save);
    m_newRuleAction = named<QAction>(QStringLiteral("newRuleAction"), this);
    // Ctrl+Shift+B (bewaarregel): Ctrl+Shift+N is the window's new request.
    m_newRuleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_removeRuleAction = named<QAction>(QStringLiteral("removeRuleAction"), this);
    for (QAction *action : { m_destroyAction, m_holdAction, m_releaseAction, m_saveRuleAction,
                             m_newRuleAction, m_removeRuleAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_destroyAction, &QAction::triggered, this, &RetentionPage::destroySelected);
    connect(m_holdAction, &QAction::triggered, this, &RetentionPage::holdSelected);
    connect(m_releaseAction, &QAction::triggered, this, &RetentionPage::releaseSelected);
    connect(m_saveRuleAction, &QAction::triggered, this, &RetentionPage::saveRule);
    connect(m_newRuleAction, &QAction::triggered, this, &RetentionPage::addRule);
    connect(m_removeRuleAction, &QAction::triggered, this, &RetentionPage::removeSelectedRule);
    connect(m_removeRuleButton, &QPushButton::clicked, m_removeRuleAction, &QAction::trigger);
    connect(m_destroyButton, &QPushButton::clicked, m_destroyAction, &QAction::trigger);
    connect(m_holdButton, &QPushButton::clicked, m_holdAction, &QAction::trigger);
    connect(m_releaseButton, &QPushButton::clicked, m_releaseAction, &QAction::trigger);
    connect(m_saveRuleButton, &QPushButton::clicked, m_saveRuleAction, &QAction::trigger);
    connect(m_newRuleButton, &QPushButton::clicked, m_newRuleAction, &QAction::trigger);
    // The table of rules shows all the editor would; a role that may not change them reads it.
    m_access.offer(m_ruleEditor, Permission::EditRegisters);
    for (QAction *action : { m_destroyAction, m_holdAction, m_releaseAction, m_saveRuleAction,
                             m_newRuleAction, m_removeRuleAction })
        m_access.offer(action, Permission::EditRegisters);
    for (QPushButton *button : { m_destroyButton, m_holdButton, m_releaseButton })
        m_access.offer(button, Permission::EditRegisters);
}

void RetentionPage::retranslateUi()
{
    m_referenceLabel->setText(tr("R&eference date:"));
    m_withinLabel->setText(tr("Expiring &within:"));
    m_within->setSuffix(tr(" day(s)", nullptr, m_within->value()));
    m_tabs->setTabText(0, tr("To be destroyed"));
    m_tabs->setTabText(1, tr("Expiring soon"));
    m_tabs->setTabText(2, tr("Legal hold"));
    m_tabs->setTabText(3, tr("Rules"));
    m_tabs->setTabText(4, tr("Destruction log"));
    // For a screen reader.
    m_holds->setAccessibleName(tr("Legal hold"));
    m_rules->setAccessibleName(tr("Rules"));
    //: Dutch: "Eenheid van de termijn"
    m_unit->setAccessibleName(tr("Unit of the period"));
    m_holds->setHorizontalHeaderLabels(
        { tr("Customer number"), tr("Name"), tr("Reason"), tr("Since"), tr("By") });
    m_rules->setHorizontalHeaderLabels({ tr("Data category"), tr("Runs from"), tr("Period"),
                                         tr("Legal ground"), tr("Derived for") });
    m_relationsLabel->setText(tr("Der&ived for:"));
    m_relationsRow->setToolTip(
        tr("For the checked relation types, every person's item is derived from the end of their "
           "relation (the import, a changed person). None checked: items are registered by "
           "hand."));
    for (QCheckBox *box : std::as_const(m_relationBoxes)) {
        if (const auto relation = codes::from<Relation>(box->property("relation").toString()))
            box->setText(codes::label(*relation));
    }
    m_categoryLabel->setText(tr("Data &category:"));
    m_triggerLabel->setText(tr("R&uns from:"));
    m_periodLabel->setText(tr("&Period:"));
    m_legalGroundLabel->setText(tr("&Legal ground:"));
    const int trigger = m_trigger->currentIndex();
    m_trigger->clear();
    for (RetentionTrigger t : codes::all<RetentionTrigger>())
        m_trigger->addItem(codes::label(t), static_cast<int>(t));
    m_trigger->setCurrentIndex(std::max(0, trigger));
    const int unit = m_unit->currentIndex();
    m_unit->clear();
    for (RetentionUnit u :
         { RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years })
        m_unit->addItem(QString(), static_cast<int>(u));
    nameUnits(m_unit, m_amount->value());
    m_unit->setCurrentIndex(unit < 0 ? static_cast<int>(RetentionUnit::Years) : unit);
    m_destroyAction->setText(tr("&Destroy…"));
    m_holdAction->setText(tr("Le&gal hold…"));
    m_releaseAction->setText(tr("Release h&old"));
    m_saveRuleAction->setText(tr("&Save rule"));
    //: Dutch: "Regel toe&voegen…"
    m_newRuleAction->setText(tr("&Add rule…"));
    //: Dutch: "Regel ver&wijderen…"
    m_removeRuleAction->setText(tr("Re&move rule…"));
    const auto withShortcut = [](QAction *action) {
        return action->shortcut().isEmpty() ? QString()
                                            : action->shortcut().toString(QKeySequence::NativeText);
    };
    m_destroyButton->setText(m_destroyAction->text());
    m_destroyButton->setToolTip(withShortcut(m_destroyAction));
    m_holdButton->setText(m_holdAction->text());
    m_holdButton->setToolTip(withShortcut(m_holdAction));
    m_releaseButton->setText(m_releaseAction->text());
    m_releaseButton->setToolTip(withShortcut(m_releaseAction));
    m_saveRuleButton->setText(m_saveRuleAction->text());
    m_saveRuleButton->setToolTip(withShortcut(m_saveRuleAction));
    m_newRuleButton->setText(m_newRuleAction->text());
    m_newRuleButton->setToolTip(withShortcut(m_newRuleAction));
    m_removeRuleButton->setText(m_removeRuleAction->text());
}

void RetentionPage::refresh()
{
    const QDate on = m_referenceDate->date();
    DueQuery due;
    due.on = on;
    due.includeHeld = false;
    m_dueModel->setQuery(m_dueDrillDown && !soonDrillDown() ? *m_dueDrillDown : due);
    DueQuery soon;
    soon.on = on;
    soon.withinDays = m_within->value();
    soon.includeExpired = false;
    soon.includeHeld = false;
    m_soonModel->setQuery(soonDrillDown() ? *m_dueDrillDown : soon);
    // A dashboard bar's period replaces "expiring within": the box does nothing meanwhile.
    m_within->setEnabled(!soonDrillDown());
    m_logModel->setFilter(m_logDrillDown.value_or(DestructionFilter {}));
    // A list that could not be read is an error on every tab, never "nothing due".
    const QString holdsError = reloadHolds();
    const QString rulesError = reloadRules();
    QStringList failures { m_dueModel->errorText(), m_soonModel->errorText(),
                           m_logModel->errorText(), holdsError, rulesError };
    ServiceError countError;
    const int selected
        = m_dueDrillDown && !soonDrillDown() ? m_service.countDue(*m_dueDrillDown, &countError) : 0;
    if (countError.isError())
        failures << tr("The list could not be read: %1").arg(countError.message);
    ServiceError soonError;
    const int soonCount = m_service.countDue(soonDrillDown() ? *m_dueDrillDown : soon, &soonError);
    if (soonError.isError())
        failures << tr("The list could not be read: %1").arg(soonError.message);
    failures.removeAll(QString());
    failures.removeDuplicates();
    m_readError->setMessage(failures.join(u'\n'));
    const int rows = m_dueModel->rowCount();
    m_dueSummary->setText(
        !m_dueModel->errorText().isEmpty() || countError.isError()
            ? tr("The items due could not be read.")
            : m_dueDrillDown && !soonDrillDown()
            ? tr("%n item(s) in this selection.", nullptr, selected)
            : rows == 0 ? QString() // the empty state below says it, once
            : m_dueModel->canFetchMore({})
            ? tr("More than %Ln item(s) are due for destruction on %1.", nullptr, rows)
                  .arg(shortDate(on))
            : tr("%n item(s) due for destruction on %1.", nullptr, rows).arg(shortDate(on)));
    m_soonSummary->setText(
        !m_soonModel->errorText().isEmpty() || soonError.isError()
            ? tr("The items expiring could not be read.")
            : soonDrillDown() ? tr("%n item(s) in this selection.", nullptr, soonCount)
            : soonCount == 0 && m_soonModel->rowCount() == 0
            ? QString()
            : tr("%n item(s) expire between %1 and %2.", nullptr, soonCount)
                  .arg(shortDate(on.addDays(1)), shortDate(on.addDays(m_within->value()))));
    m_dueSummary->setHidden(m_dueSummary->text().isEmpty());
    m_soonSummary->setHidden(m_soonSummary->text().isEmpty());
    for (QTableView *view : { m_dueView, m_soonView, m_logView })
        view->resizeColumnsToContents();
    updateEmptyStates(soonError.isError() ? soonError.message : QString(), holdsError, rulesError);
    updateActions();
}

void RetentionPage::showDueDrillDown(const DueQuery &query, const QString &description,
                                     DrillDownBanner::Origin origin)
{
    clearDrillDownState();
    m_dueDrillDown = query;
    {
        const QSignalBlocker blocker(m_referenceDate);
        m_referenceDate->setDate(query.on);
    }
    m_banner->showDescription(description, origin);
    setCurrentTab(soonDrillDown() ? Tab::Soon : Tab::Due);
    refresh();
}

bool RetentionPage::soonDrillDown() const
{
    return m_dueDrillDown && (m_dueDrillDown->from.isValid() || m_dueDrillDown->withinDays > 0);
}

void RetentionPage::showDestructions(const DestructionFilter &filter, const QString &description)
{
    clearDrillDownState();
    m_logDrillDown = filter;
    m_banner->showDescription(description);
    setCurrentTab(Tab::Log);
    refresh();
}

void RetentionPage::showHoldsOn(QDate on)
{
    clearDrillDownState();
    if (on != m_session.clock().today()) {
        m_holdsOn = on;
        m_banner->showDescription(
            tr("legal holds open on %1").arg(QLocale().toString(on, QLocale::ShortFormat)));
    }
    setCurrentTab(Tab::Holds);
    refresh();
}

bool RetentionPage::hasDrillDown() const
{
    return m_dueDrillDown || m_logDrillDown || m_holdsOn.isValid();
}

void RetentionPage::clearDrillDownState()
{
    m_dueDrillDown.reset();
    m_logDrillDown.reset();
    m_holdsOn = QDate();
    m_banner->hide();
}

void RetentionPage::clearDrillDown()
{
    clearDrillDownState();
    refresh();
}

QString RetentionPage::reloadHolds()
{
    ServiceError error;
    const QList<LegalHold> holds
        = m_holdsOn.isValid() ? m_service.holdsOn(m_holdsOn, &error) : m_service.holds(&error);
    m_holds->setRowCount(static_cast<int>(holds.size()));
    for (int row = 0; row < holds.size(); ++row) {
        const LegalHold &hold = holds.at(row);
        const QStringList cells { hold.klantnummer, hold.name, hold.reason,
                                  shortDate(hold.placedOn), hold.placedBy };
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, hold.personId);
            m_holds->setItem(row, column, cell);
        }
    }
    m_holds->resizeColumnsToContents();
    return error.isError() ? tr("The legal holds could not be read: %1").arg(error.message)
                           : QString();
}

void RetentionPage::createEmptyStates()
{
    // Expiring soon says what it lists above the list, as To be destroyed does.
    m_soonSummary = named<QLabel>(QStringLiteral("soonSummary"), this);
    // Each list moves into a stack with its empty state, where it was: a tab of its own or a
    // place in its tab's layout (the due summary, the rule editor stay).
    const QSignalBlocker blocker(m_tabs);
    const int current = m_tabs->currentIndex();
    for (QWidget *list :
         std::initializer_list<QWidget *> { m_dueView, m_soonView, m_holds, m_rules, m_logView }) {
        auto *stack = new QStackedWidget(this);
        auto *empty
            = named<EmptyStateWidget>(QStringLiteral("emptyState"), icons::retention(), stack);
        if (const int index = m_tabs->indexOf(list); index >= 0) {
            QWidget *page = stack;
            if (list == m_soonView) {
                page = new QWidget(m_tabs);
                auto *layout = new QVBoxLayout(page);
                layout->addWidget(m_soonSummary);
                layout->addWidget(stack, 1);
            }
            const QString text = m_tabs->tabText(index);
            m_tabs->removeTab(index);
            m_tabs->insertTab(index, page, text);
        } else {
            delete list->parentWidget()->layout()->replaceWidget(list, stack);
        }
        stack->addWidget(list);
        stack->addWidget(empty);
        m_emptyStates << EmptyState { stack, list, empty };
    }
    m_tabs->setCurrentIndex(current);
}

EmptyStateWidget *RetentionPage::emptyState(Tab tab) const
{
    const EmptyState &state = m_emptyStates.at(static_cast<int>(tab));
    return state.stack->currentWidget() == state.empty ? state.empty : nullptr;
}

void RetentionPage::updateEmptyStates(const QString &soonCountError, const QString &holdsError,
                                      const QString &rulesError)
{
    const QDate on = m_referenceDate->date();
    const QString showAll = tr("Choose Show all in the bar above to see the tab's own list again.");
    // Per tab: the read error (if any), whether the list is empty, and what to say then.
    struct Content
    {
        QString error;
        bool empty = false;
        QString title;
        QString text;
    };
    Content due { m_dueModel->errorText(), m_dueModel->rowCount() == 0, {}, {} };
    if (m_dueDrillDown && !soonDrillDown()) {
        due.title = tr("Nothing in this selection");
        due.text
            = tr("Nothing of what the dashboard selected is due for destruction.") + u' ' + showAll;
    } else {
        due.title = tr("Nothing to destroy");
        due.text = tr("Nothing is due for destruction on %1: no retention period has ended, or "
                      "what has ended is kept by a legal hold. An item appears here on the day "
                      "its retention period ends; Expiring soon shows what comes next.")
                       .arg(shortDate(on));
    }
    Content soon { m_soonModel->errorText().isEmpty() ? soonCountError : m_soonModel->errorText(),
                   m_soonModel->rowCount() == 0,
                   {},
                   {} };
    if (soonDrillDown()) {
        soon.title = tr("Nothing expires in this selection");
        soon.text = tr("No retention period of what the dashboard selected ends in that period.")
            + u' ' + showAll;
    } else {
        soon.title = tr("Nothing expires soon");
        soon.text = tr("No retention period ends in the %n day(s) after %1. Raise \"Expiring "
                       "within\" above to look further ahead.",
                       nullptr, m_within->value())
                        .arg(shortDate(on));
    }
    Content holds { holdsError, m_holds->rowCount() == 0, {}, {} };
    if (m_holdsOn.isValid()) {
        holds.title = tr("No legal holds on %1").arg(shortDate(m_holdsOn));
        holds.text = tr("No legal hold was open on that day.") + u' ' + showAll;
    } else {
        holds.title = tr("No legal holds");
        holds.text = tr("Nothing is kept beyond its retention period. When a complaint, a case "
                        "at the Autoriteit Persoonsgegevens or a court case needs a person's "
                        "data, select the item under To be destroyed or Expiring soon and "
                        "choose Legal hold.");
    }
    Content rules { rulesError, m_ruleList.isEmpty(), tr("No retention rules"), {} };
    rules.text = m_access.may(Permission::EditRegisters)
        ? tr("Without rules nothing expires and nothing is offered for destruction. Add a rule "
             "below: the data category, from when the period runs, how long, and the legal "
             "ground.")
        : tr("Without rules nothing expires and nothing is offered for destruction. A privacy "
             "officer adds them here.");
    Content log { m_logModel->errorText(), m_logModel->rowCount() == 0, {}, {} };
    if (m_logDrillDown) {
        log.title = tr("Nothing destroyed in this selection");
        log.text = tr("Nothing was destroyed in what the dashboard selected.") + u' ' + showAll;
    } else {
        log.title = tr("Nothing destroyed yet");
        log.text = tr("Every destruction is recorded here as proof, without the personal data "
                      "itself. Destroy what is due under To be destroyed.");
    }
    const QList<Content> contents { due, soon, holds, rules, log };
    for (int i = 0; i < m_emptyStates.size(); ++i) {
        const EmptyState &state = m_emptyStates.at(i);
        const Content &content = contents.at(i);
        if (!content.error.isEmpty()) {
            state.empty->setTitle(tr("The list could not be read"));
            state.empty->setText(content.error);
        } else {
            state.empty->setTitle(content.title);
            state.empty->setText(content.text);
        }
        const bool showEmpty = content.empty || !content.error.isEmpty();
        state.stack->setCurrentWidget(showEmpty ? static_cast<QWidget *>(state.empty) : state.list);
    }
}

const RetentionItem *RetentionPage::selectedItem() const
{
    const Tab tab = currentTab();
    QTableView *view = tab == Tab::Due ? m_dueView : tab == Tab::Soon ? m_soonView : nullptr;
    RetentionItemModel *model = tab == Tab::Due ? m_dueModel : m_soonModel;
    if (!view || !view->selectionModel()->hasSelection())
        return nullptr;
    return model->item(view->selectionModel()->selectedRows().value(0).row());
}

void RetentionPage::updateActions()
{
    const Tab tab = currentTab();
    const RetentionItem *item = selectedItem();
    // Destruction is judged on today, not on the reference date chosen to look ahead.
    const bool destroyable = tab == Tab::Due && item && item->state == RetentionState::Expired
        && item->expires <= m_session.clock().today();
    const bool may = m_access.may(Permission::EditRegisters);
    m_destroyAction->setEnabled(may && destroyable);
    // A breach of the register is no person's data: no legal hold applies to it.
    m_holdAction->setEnabled(may && item && !item->isBreach()
                             && item->state != RetentionState::LegalHold);
    m_releaseAction->setEnabled(may && tab == Tab::Holds
                                && m_holds->selectionModel()->hasSelection());
    m_destroyButton->setEnabled(m_destroyAction->isEnabled());
    m_holdButton->setEnabled(m_holdAction->isEnabled());
    m_releaseButton->setEnabled(m_releaseAction->isEnabled());
    const bool itemTabs = tab == Tab::Due || tab == Tab::Soon || tab == Tab::Holds;
    m_destroyButton->setVisible(may && tab == Tab::Due);
    m_holdButton->setVisible(may && (tab == Tab::Due || tab == Tab::Soon));
    m_releaseButton->setVisible(may && tab == Tab::Holds);
    m_pageMessage->setVisible(itemTabs && !m_pageMessage->message().isEmpty());
}

void RetentionPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

RetentionPage::Tab RetentionPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void RetentionPage::openDialog(QDialog *dialog)
{
    if (takeAsOnlyDialog(m_dialog, dialog))
        dialog->open();
}

void RetentionPage::destroySelected()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    const RetentionItem *item = selectedItem();
    if (!item || item->state != RetentionState::Expired)
        return;
    m_pageMessage->setMessage({});
    if (item->isBreach()) {
        destroyBreach(item->breachNumber);
        return;
    }
    if (item->id != 0) {
        // Data outside Privacydesk: record how and that it was destroyed.
        const qint64 itemId = item->id;
        auto *dialog = new RetentionTextDialog(
            tr("Record destruction"),
            tr("Record that the %1 of %2 (customer number %3) have been destroyed. This cannot "
               "be undone. How were they destroyed?")
                .arg(item->rule.category, item->name, item->klantnummer),
            tr("Method"), this);
        connect(dialog, &QDialog::accepted, this, [this, dialog, itemId] {
            ServiceError error;
            QString outcome; // what became of the person: destroyed too, or what keeps them
            if (!m_service.recordItemDestroyed(itemId, dialog->text(), dialog->bsnCheck(), &error,
                                               &outcome))
                m_pageMessage->setMessage(error.message);
            else if (!outcome.isEmpty())
                m_pageMessage->setMessage(outcome, MessageLabel::Kind::Done);
            refresh();
            Q_EMIT dataChanged();
        });
        openDialog(dialog);
        return;
    }
    const DestructionPlan plan = m_service.planDestruction(item->personId);
    if (!plan.blocker.isEmpty()) {
        m_pageMessage->setMessage(plan.blocker);
        updateActions();
        return;
    }
    auto *dialog = new DestroyDialog(plan, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kept = plan.keptText()] {
        ServiceError error;
        const auto record = m_service.destroyRequestFiles(
            dialog->personId(), dialog->methodEdit()->text(), BsnCheck::Refuse, &error);
        finishDestruction(record, error, kept);
    });
    openDialog(dialog);
}

void RetentionPage::destroyBreach(const QString &number)
{
    const BreachDestructionPlan plan = m_service.planBreachDestruction(number);
    if (!plan.blocker.isEmpty()) {
        m_pageMessage->setMessage(plan.blocker);
        updateActions();
        return;
    }
    auto *dialog = new DestroyDialog(plan, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ServiceError error;
        const auto record = m_service.destroyBreach(
            dialog->breachNumber(), dialog->methodEdit()->text(), BsnCheck::Refuse, &error);
        finishDestruction(record, error, BreachDestructionPlan::keptText());
    });
    openDialog(dialog);
}

// The page after a destruction through DestroyDialog says the refusal, else that old copies may
// remain until the next checkpoint, else what was kept.
void RetentionPage::finishDestruction(const std::optional<DestructionRecord> &record,
                                      const ServiceError &error, const QString &kept)
{
    refresh();
    if (!record)
        m_pageMessage->setMessage(error.message);
    else if (!record->walWarning.isEmpty())
        m_pageMessage->setMessage(record->walWarning);
    else if (!kept.isEmpty())
        m_pageMessage->setMessage(kept, MessageLabel::Kind::Done);
    Q_EMIT dataChanged();
}

void RetentionPage::holdSelected()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    const RetentionItem *item = selectedItem();
    if (!item || item->isBreach() || item->state == RetentionState::LegalHold)
        return;
    const qint64 personId = item->personId;
    auto *dialog = new RetentionTextDialog(
        tr("Legal hold"),
        tr("Place a legal hold on %1 (customer number %2): nothing of this data subject will be "
           "destroyed until it is released. Reason (e.g. an open complaint at the Autoriteit "
           "Persoonsgegevens):")
            .arg(item->name, item->klantnummer),
        tr("Reason for the legal hold"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, personId] {
        ServiceError error;
        if (!m_service.placeHold(personId, dialog->text(), dialog->bsnCheck(), &error))
            m_pageMessage->setMessage(error.message);
        refresh();
        Q_EMIT dataChanged();
    });
    openDialog(dialog);
}

void RetentionPage::releaseSelected()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    if (currentTab() != Tab::Holds || !m_holds->selectionModel()->hasSelection())
        return;
    const int row = m_holds->selectionModel()->selectedRows().value(0).row();
    const qint64 personId = m_holds->item(row, 0)->data(Qt::UserRole).toLongLong();
    ServiceError error;
    if (!m_service.releaseHold(personId, &error))
        m_pageMessage->setMessage(error.message);
    refresh();
    Q_EMIT dataChanged();
}

} // namespace pd::ui
