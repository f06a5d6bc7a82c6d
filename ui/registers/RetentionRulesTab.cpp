// RetentionPage's Rules tab: the table of retention rules and the editor that adds and changes
// them (with the units named after the amount and the relation types a rule is derived from).
#include "MessageLabel.h"
#include "Named.h"
#include "cases/CaseCodes.h"
#include "domain/BsnGuard.h"
#include "registers/RetentionPage.h"
#include "registers/RetentionRuleDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    m_category = named<QLineEdit>(QStringLiteral("ruleCategory"), rulesTab);
    m_trigger = named<QComboBox>(QStringLiteral("ruleTrigger"), rulesTab);
    m_amount = named<QSpinBox>(QStringLiteral("ruleAmount"), rulesTab);
    m_amount->setRange(0, 36500);
    m_unit = named<QComboBox>(QStringLiteral("ruleUnit"), rulesTab);
    m_legalGround = named<QLineEdit>(QStringLiteral("ruleLegalGround"), rulesTab);
    m_ruleMessage = named<MessageLabel>(QStringLiteral("ruleMessage"), rulesTab);
    m_saveRuleButton = named<QPushButton>(QStringLiteral("saveRule"), rulesTab);
    m_newRuleButton = named<QPushButton>(QStringLiteral("newRule"), rulesTab);
    m_removeRuleButton = named<QPushButton>(QStringLiteral("removeRule"), rulesTab);
    m_ruleUse = named<QLabel>(QStringLiteral("ruleUse"), rulesTab);
    m_ruleUse->setWordWrap(true);
    m_categoryLabel = new QLabel(rulesTab);
    m_categoryLabel->setBuddy(m_category);
    m_triggerLabel = new QLabel(rulesTab);
    m_triggerLabel->setBuddy(m_trigger);
    m_periodLabel = new QLabel(rulesTab);
    m_periodLabel->setBuddy(m_amount);
    m_legalGroundLabel = new QLabel(rulesTab);
    m_legalGroundLabel->setBuddy(m_legalGround);
    // The relation types whose items are derived from the persons' relation end.
    m_relationsRow = named<QWidget>(QStringLiteral("ruleRelations"), rulesTab);
    auto *relations = new QHBoxLayout(m_relationsRow);
    relations->setContentsMargins(0, 0, 0, 0);
    for (Relation relation : codes::all<Relation>()) {
        auto *box = named<QCheckBox>(QStringLiteral("ruleRelation-") + codes::code(relation),
                                     m_relationsRow);
        box->setProperty("relation", codes::code(relation));
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
    ruleButtons->addWidget(m_removeRuleButton);
    ruleButtons->addWidget(m_saveRuleButton);
    m_ruleEditor = named<QWidget>(QStringLiteral("ruleEditor"), rulesTab);
    auto *editorLayout = new QVBoxLayout(m_ruleEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_ruleUse);
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
        const auto relation = codes::from<Relation>(code);
        labels << (relation ? codes::label(*relation) : code);
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
    updateRuleRemoval();
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
            BsnCheck::Refuse);
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
    const auto saved = m_service.saveRule(rule, BsnCheck::Refuse, &error, &terms);
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

// "Regel toevoegen…": the dialog saves through the service; the new rule is then
// the one in the editor.
void RetentionPage::addRule()
{
    if (!m_access.may(Permission::EditRegisters))
        return;
    setCurrentTab(Tab::Rules);
    auto *dialog = new RetentionRuleDialog(
        [this](const RetentionRule &rule, BsnCheck bsnCheck) {
            ServiceError error;
            DerivedTerms terms;
            const auto saved = m_service.saveRule(rule, bsnCheck, &error, &terms);
            if (!saved)
                return error.message;
            m_editedRuleId = saved->id;
            refresh();
            //: Dutch: "Regel %1 toegevoegd. Bewaartermijnen: %n aangemaakt."
            m_ruleMessage->setMessage(
                tr("Rule %1 added. Retention terms: %n created.", nullptr, terms.created)
                    .arg(saved->code),
                MessageLabel::Kind::Done);
            Q_EMIT dataChanged();
            return QString();
        },
        this);
    openDialog(dialog);
}

QString RetentionPage::ruleUseText() const
{
    return m_ruleUse->isVisible() ? m_ruleUse->text() : QString();
}

void RetentionPage::updateRuleRemoval()
{
    const RetentionRule *rule = nullptr;
    for (const RetentionRule &known : std::as_const(m_ruleList))
        if (known.id == m_editedRuleId && m_editedRuleId != 0)
            rule = &known;
    QString blocker;
    if (rule) {
        ServiceError error;
        const auto use = m_service.ruleUse(*rule, &error);
        blocker = use ? use->blocker(*rule)
                      //: Dutch: "Of de regel in gebruik is, kon niet worden gelezen: %1"
                      : tr("Whether the rule is in use could not be read: %1").arg(error.message);
    }
    const bool may = m_access.may(Permission::EditRegisters);
    m_removeRuleAction->setEnabled(may && rule && blocker.isEmpty());
    m_removeRuleButton->setEnabled(m_removeRuleAction->isEnabled());
    // Greyed with the reason beside it, for the eye and the screen reader alike.
    m_removeRuleButton->setToolTip(blocker);
    m_removeRuleButton->setAccessibleDescription(blocker);
    m_ruleUse->setText(blocker);
    m_ruleUse->setVisible(!blocker.isEmpty());
}

void RetentionPage::removeSelectedRule()
{
    updateRuleRemoval();
    if (!m_removeRuleAction->isEnabled())
        return;
    RetentionRule rule;
    for (const RetentionRule &known : std::as_const(m_ruleList))
        if (known.id == m_editedRuleId)
            rule = known;
    //: Dutch: "Bewaarregel verwijderen"
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove retention rule"),
        //: Dutch: "De regel „%1” (%2) verwijderen? Dit kan niet ongedaan worden gemaakt; de audittrail legt het vast."
        tr("Remove the rule “%1” (%2)? This cannot be undone; the audit "
           "trail records it.")
            .arg(rule.category, rule.periodText()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeRuleConfirmation"));
    //: Dutch: "&Verwijderen"
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveRule"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, code = rule.code, category = rule.category](auto *clicked) {
                if (clicked != remove)
                    return;
                ServiceError error;
                if (!m_service.removeRule(code, &error)) {
                    m_ruleMessage->setMessage(error.message);
                    return;
                }
                m_editedRuleId = 0;
                m_category->clear();
                refresh();
                //: Dutch: "Regel „%1” verwijderd."
                m_ruleMessage->setMessage(tr("Rule “%1” removed.").arg(category),
                                          MessageLabel::Kind::Done);
                Q_EMIT dataChanged();
            });
    openDialog(box);
}

} // namespace pd::ui
