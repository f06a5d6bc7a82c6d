// RetentionPage's Rules tab: the table of retention rules and the editor that adds and changes
// them (with the units named after the amount and the relation types a rule is derived from).
#include "MessageLabel.h"
#include "cases/CaseCodes.h"
#include "domain/BsnGuard.h"
#include "registers/RetentionPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

void RetentionPage::nameUnits(QComboBox *unit, int amount)
{
    unit->setItemText(static_cast<int>(RetentionUnit::Days),
                      RetentionPage::tr("day(s)", nullptr, amount));
    unit->setItemText(static_cast<int>(RetentionUnit::Weeks),
                      RetentionPage::tr("week(s)", nullptr, amount));
    unit->setItemText(static_cast<int>(RetentionUnit::Months),
                      RetentionPage::tr("month(s)", nullptr, amount));
    unit->setItemText(static_cast<int>(RetentionUnit::Years),
                      RetentionPage::tr("year(s)", nullptr, amount));
}

// The Rules tab: the table of retention rules above the editor that changes them.
QWidget *RetentionPage::createRulesTab()
{
    auto *rulesTab = new QWidget(m_tabs);
    m_rules = makeTable(QStringLiteral("rulesTable"), 5, rulesTab);
    m_category = new QLineEdit(rulesTab);
    m_category->setObjectName(QStringLiteral("ruleCategory"));
    m_trigger = new QComboBox(rulesTab);
    m_trigger->setObjectName(QStringLiteral("ruleTrigger"));
    m_amount = new QSpinBox(rulesTab);
    m_amount->setObjectName(QStringLiteral("ruleAmount"));
    m_amount->setRange(0, 36500);
    m_unit = new QComboBox(rulesTab);
    m_unit->setObjectName(QStringLiteral("ruleUnit"));
    m_legalGround = new QLineEdit(rulesTab);
    m_legalGround->setObjectName(QStringLiteral("ruleLegalGround"));
    m_ruleMessage = new MessageLabel(rulesTab);
    m_ruleMessage->setObjectName(QStringLiteral("ruleMessage"));
    m_saveRuleButton = new QPushButton(rulesTab);
    m_saveRuleButton->setObjectName(QStringLiteral("saveRule"));
    m_newRuleButton = new QPushButton(rulesTab);
    m_newRuleButton->setObjectName(QStringLiteral("newRule"));
    m_categoryLabel = new QLabel(rulesTab);
    m_categoryLabel->setBuddy(m_category);
    m_triggerLabel = new QLabel(rulesTab);
    m_triggerLabel->setBuddy(m_trigger);
    m_periodLabel = new QLabel(rulesTab);
    m_periodLabel->setBuddy(m_amount);
    m_legalGroundLabel = new QLabel(rulesTab);
    m_legalGroundLabel->setBuddy(m_legalGround);
    // The relation types whose items are derived from the persons' relation end (issue 16).
    m_relationsRow = new QWidget(rulesTab);
    m_relationsRow->setObjectName(QStringLiteral("ruleRelations"));
    auto *relations = new QHBoxLayout(m_relationsRow);
    relations->setContentsMargins(0, 0, 0, 0);
    for (Relation relation : Codes::relations()) {
        auto *box = new QCheckBox(m_relationsRow);
        box->setObjectName(QStringLiteral("ruleRelation-") + Codes::code(relation));
        box->setProperty("relation", Codes::code(relation));
        relations->addWidget(box);
        m_relationBoxes << box;
        connect(box, &QCheckBox::toggled, this, &RetentionPage::validateRule);
    }
    relations->addStretch();
    m_relationsLabel = new QLabel(rulesTab);
    if (!m_relationBoxes.isEmpty())
        m_relationsLabel->setBuddy(m_relationBoxes.constFirst());
    auto *period = new QHBoxLayout;
    period->addWidget(m_amount);
    period->addWidget(m_unit);
    period->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_triggerLabel, m_trigger);
    form->addRow(m_periodLabel, period);
    form->addRow(m_relationsLabel, m_relationsRow);
    form->addRow(m_legalGroundLabel, m_legalGround);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_ruleMessage, 1);
    ruleButtons->addWidget(m_newRuleButton);
    ruleButtons->addWidget(m_saveRuleButton);
    m_ruleEditor = new QWidget(rulesTab);
    m_ruleEditor->setObjectName(QStringLiteral("ruleEditor"));
    auto *editorLayout = new QVBoxLayout(m_ruleEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addLayout(ruleButtons);
    auto *rulesLayout = new QVBoxLayout(rulesTab);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addWidget(m_ruleEditor);
    connect(m_rules, &QTableWidget::currentCellChanged, this,
            [this](int row) { loadRuleIntoEditor(row); });
    connect(m_category, &QLineEdit::textChanged, this, &RetentionPage::validateRule);
    connect(m_legalGround, &QLineEdit::textChanged, this, &RetentionPage::validateRule);
    connect(m_amount, &QSpinBox::valueChanged, this,
            [this](int amount) { nameUnits(m_unit, amount); });
    connect(m_amount, &QSpinBox::valueChanged, this, &RetentionPage::validateRule);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RetentionPage::validateRule);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RetentionPage::validateRule);
    return rulesTab;
}

// "New rule": an empty editor, the trigger free again (the breach register's own entry gone).
void RetentionPage::startNewRule()
{
    setCurrentTab(Tab::Rules);
    m_rules->clearSelection();
    m_rules->setCurrentCell(-1, -1);
    m_editedRuleId = 0;
    m_category->clear();
    if (const int closing = m_trigger->findData(breachClosedTrigger); closing >= 0)
        m_trigger->removeItem(closing);
    m_trigger->setEnabled(true);
    m_trigger->setCurrentIndex(0);
    m_amount->setValue(1);
    m_unit->setCurrentIndex(static_cast<int>(RetentionUnit::Years));
    m_legalGround->clear();
    for (QCheckBox *box : std::as_const(m_relationBoxes))
        box->setChecked(false);
    m_category->setFocus();
    validateRule();
}

namespace {

// "huurder, ex-huurder" in words, or that the items are registered by hand.
QString relationsText(const RetentionRule &rule)
{
    if (rule.isRequestFiles())
        return RetentionPage::tr("the requests");
    if (rule.isBreachRegister())
        return RetentionPage::tr("the data breaches");
    if (!rule.isDerived())
        return RetentionPage::tr("registered by hand");
    QStringList labels;
    for (const QString &code : rule.relations) {
        const auto relation = Codes::relation(code);
        labels << (relation ? Codes::label(*relation) : code);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace

QString RetentionPage::reloadRules()
{
    ServiceError error;
    m_ruleList = m_service.rules(&error);
    const qint64 keep = m_editedRuleId;
    const QSignalBlocker blocker(m_rules);
    m_rules->setRowCount(static_cast<int>(m_ruleList.size()));
    int current = -1;
    for (int row = 0; row < m_ruleList.size(); ++row) {
        const RetentionRule &rule = m_ruleList.at(row);
        const QStringList cells { rule.category, rule.triggerText(),
                                  RetentionCodes::label(rule.period.unit, rule.period.amount),
                                  rule.legalGround, relationsText(rule) };
        for (int column = 0; column < cells.size(); ++column)
            m_rules->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (rule.id == keep)
            current = row;
    }
    m_rules->resizeColumnsToContents();
    if (current < 0 && !m_ruleList.isEmpty() && keep == 0 && m_category->text().isEmpty())
        current = 0;
    if (current >= 0) {
        m_rules->setCurrentCell(current, 0);
        loadRuleIntoEditor(current);
    }
    return error.isError() ? tr("The retention rules could not be read: %1").arg(error.message)
                           : QString();
}

void RetentionPage::loadRuleIntoEditor(int row)
{
    if (row < 0 || row >= m_ruleList.size())
        return;
    const RetentionRule &rule = m_ruleList.at(row);
    m_editedRuleId = rule.id;
    m_category->setText(rule.category);
    // The breach register runs from the closing of each breach: an entry of its own, only
    // while that rule is in the editor (stored as 'overig').
    const int closing = m_trigger->findData(breachClosedTrigger);
    if (rule.isBreachRegister() && closing < 0)
        m_trigger->addItem(rule.triggerText(), breachClosedTrigger);
    else if (!rule.isBreachRegister() && closing >= 0)
        m_trigger->removeItem(closing);
    m_trigger->setCurrentIndex(m_trigger->findData(
        rule.isBreachRegister() ? breachClosedTrigger : static_cast<int>(rule.trigger)));
    m_trigger->setEnabled(!rule.isRequestFiles() && !rule.isBreachRegister());
    m_amount->setValue(rule.period.amount);
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(rule.period.unit)));
    m_legalGround->setText(rule.legalGround);
    for (QCheckBox *box : std::as_const(m_relationBoxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(rule.relations.contains(box->property("relation").toString()));
    }
    validateRule();
}

RetentionRule RetentionPage::ruleInEditor() const
{
    RetentionRule rule;
    rule.id = m_editedRuleId;
    for (const RetentionRule &known : m_ruleList)
        if (known.id == m_editedRuleId)
            rule.code = known.code;
    rule.category = m_category->text();
    rule.trigger = m_trigger->currentData().toInt() == breachClosedTrigger
        ? RetentionTrigger::Other
        : static_cast<RetentionTrigger>(m_trigger->currentData().toInt());
    rule.period = { m_amount->value(), static_cast<RetentionUnit>(m_unit->currentData().toInt()) };
    rule.legalGround = m_legalGround->text();
    // Relation types only count for a rule that runs from the end of a relation.
    if (!rule.isRequestFiles() && !rule.isBreachRegister()
        && RetentionRule::runsFromRelationEnd(rule.trigger)) {
        for (QCheckBox *box : m_relationBoxes)
            if (box->isChecked())
                rule.relations << box->property("relation").toString();
    }
    return rule;
}

QString RetentionPage::ruleProblem() const
{
    return m_ruleProblem;
}

void RetentionPage::validateRule()
{
    const RetentionRule rule = ruleInEditor();
    m_relationsRow->setEnabled(!rule.isRequestFiles() && !rule.isBreachRegister()
                               && RetentionRule::runsFromRelationEnd(rule.trigger));
    QString problem = RetentionService::checkRule(rule);
    if (problem.isEmpty()) {
        const auto result = BsnGuard::checkFields(
            { { tr("Data category"), rule.category }, { tr("Legal ground"), rule.legalGround } },
            false);
        problem = result.message;
    }
    m_ruleProblem = problem;
    m_ruleMessage->setMessage(problem);
    const bool may = m_access.may(Permission::EditRegisters);
    m_saveRuleAction->setEnabled(may && problem.isEmpty());
    m_saveRuleButton->setEnabled(may && problem.isEmpty());
}

void RetentionPage::saveRule()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    validateRule();
    if (!ruleProblem().isEmpty())
        return;
    const RetentionRule rule = ruleInEditor();
    ServiceError error;
    DerivedTerms terms;
    const auto saved = m_service.saveRule(rule, false, &error, &terms);
    if (!saved) {
        m_ruleMessage->setMessage(error.message);
        return;
    }
    m_editedRuleId = saved->id;
    refresh();
    if (terms.any())
        m_ruleMessage->setMessage(
            tr("Rule saved. Retention terms: %n created", nullptr, terms.created) + u", "
                + tr("%n moved", nullptr, terms.moved) + u", "
                + tr("%n removed", nullptr, terms.removed) + u'.',
            MessageLabel::Kind::Done);
    Q_EMIT dataChanged();
}

} // namespace pd::ui
