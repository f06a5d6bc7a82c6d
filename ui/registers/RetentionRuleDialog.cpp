// "Regel toevoegen…": a retention rule of the organisation's own (RetentionRuleDialog.h).
#include "registers/RetentionRuleDialog.h"

#include "MessageLabel.h"
#include "Named.h"
#include "cases/CaseCodes.h"
#include "domain/BsnGuard.h"
#include "registers/RetentionPage.h"
#include "retention/Retention.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// A line edit named for the tests and the screen reader.
QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = named<QLineEdit>(name, parent);
    return edit;
}

} // namespace

RetentionRuleDialog::RetentionRuleDialog(Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_code(lineEdit(QStringLiteral("ruleCode"), this))
    , m_name(lineEdit(QStringLiteral("ruleName"), this))
    , m_trigger(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_relationsRow(new QWidget(this))
    , m_basis(lineEdit(QStringLiteral("ruleBasis"), this))
    , m_message(new MessageLabel(this))
    , m_override(new QCheckBox(this))
{
    setObjectName(QStringLiteral("retentionRuleDialog"));
    //: Dutch: "Bewaarregel toevoegen"
    setWindowTitle(tr("Add retention rule"));
    setUpFields();
    createRelations();
    QFormLayout *form = createForm();
    QDialogButtonBox *buttons = createButtons();
    connectFields();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_override);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    validate();
}

// The fields' names for the tests and the screen reader, their choices and first values.
void RetentionRuleDialog::setUpFields()
{
    m_trigger->setObjectName(QStringLiteral("ruleTrigger"));
    for (RetentionTrigger trigger : codes::all<RetentionTrigger>())
        m_trigger->addItem(codes::label(trigger), static_cast<int>(trigger));
    m_amount->setObjectName(QStringLiteral("ruleAmount"));
    m_amount->setRange(0, 36500);
    m_amount->setValue(1);
    m_unit->setObjectName(QStringLiteral("ruleUnit"));
    //: Dutch: "Eenheid van de termijn"
    m_unit->setAccessibleName(tr("Unit of the period"));
    for (RetentionUnit unit :
         { RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years })
        m_unit->addItem(QString(), static_cast<int>(unit));
    m_unit->setCurrentIndex(static_cast<int>(RetentionUnit::Years));
    RetentionPage::nameUnits(m_unit, m_amount->value());
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_override->setObjectName(QStringLiteral("bsnOverride"));
    //: Dutch: "Dit nummer is &geen BSN (deze bevestiging wordt vastgelegd)"
    m_override->setText(tr("This number is &not a BSN (this confirmation is logged)"));
    m_override->hide();
}

// The relation types, in two rows of check boxes so that the dialog stays narrow.
void RetentionRuleDialog::createRelations()
{
    m_relationsRow->setObjectName(QStringLiteral("ruleRelations"));
    auto *relations = new QGridLayout(m_relationsRow);
    relations->setContentsMargins(0, 0, 0, 0);
    const QList<Relation> kinds = codes::all<Relation>();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *box = named<QCheckBox>(QStringLiteral("ruleRelation-") + codes::code(kinds.at(i)),
                                     codes::label(kinds.at(i)), m_relationsRow);
        box->setProperty("relation", codes::code(kinds.at(i)));
        relations->addWidget(box, i / 4, i % 4);
        m_relations << box;
        connect(box, &QCheckBox::toggled, this, &RetentionRuleDialog::validate);
    }
}

QFormLayout *RetentionRuleDialog::createForm()
{
    auto *period = new QHBoxLayout;
    period->addWidget(m_amount);
    period->addWidget(m_unit);
    period->addStretch();
    auto *form = new QFormLayout;
    //: Dutch: "&Code:"
    form->addRow(tr("&Code:"), m_code);
    //: Dutch: "Gegeve&ns:"
    form->addRow(tr("&Data:"), m_name);
    //: Dutch: "&Loopt vanaf:"
    form->addRow(tr("R&uns from:"), m_trigger);
    //: Dutch: "&Termijn:"
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_amount);
    form->addRow(periodLabel, period);
    //: Dutch: "&Afgeleid voor:"
    auto *relationsLabel = new QLabel(tr("Der&ived for:"), this);
    if (!m_relations.isEmpty())
        relationsLabel->setBuddy(m_relations.constFirst());
    form->addRow(relationsLabel, m_relationsRow);
    //: Dutch: "G&rondslag:"
    form->addRow(tr("&Basis:"), m_basis);
    //: Dutch: "Bijvoorbeeld betaalgegevens-klant: kleine letters, cijfers en streepjes."
    m_code->setPlaceholderText(tr("For example betaalgegevens-klant: small letters, digits and "
                                  "hyphens."));
    //: Dutch: "0 dagen: tot de aanleiding zelf, zoals het einde van de inschrijving."
    m_amount->setToolTip(tr("0 days: until the trigger itself, such as the end of the "
                            "registration."));
    return form;
}

// Cancel and Add; Add submits the rule.
QDialogButtonBox *RetentionRuleDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Dutch: "Toe&voegen"
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RetentionRuleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

// Every change of a field checks the rule again.
void RetentionRuleDialog::connectFields()
{
    for (QLineEdit *edit : { m_code, m_name, m_basis })
        connect(edit, &QLineEdit::textChanged, this, &RetentionRuleDialog::validate);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RetentionRuleDialog::validate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RetentionRuleDialog::validate);
    connect(m_amount, &QSpinBox::valueChanged, this, [this](int amount) {
        RetentionPage::nameUnits(m_unit, amount);
        validate();
    });
    connect(m_override, &QCheckBox::toggled, this, &RetentionRuleDialog::validate);
}

RetentionRule RetentionRuleDialog::rule() const
{
    RetentionRule rule;
    rule.code = m_code->text().trimmed();
    rule.category = m_name->text();
    rule.trigger = static_cast<RetentionTrigger>(m_trigger->currentData().toInt());
    rule.period = { m_amount->value(), static_cast<RetentionUnit>(m_unit->currentData().toInt()) };
    rule.legalGround = m_basis->text();
    if (RetentionRule::runsFromRelationEnd(rule.trigger)) {
        for (QCheckBox *box : m_relations)
            if (box->isChecked())
                rule.relations << box->property("relation").toString();
    }
    return rule;
}

BsnCheck RetentionRuleDialog::bsnCheck() const
{
    return bsnCheckFrom(m_override->isVisible() && m_override->isChecked());
}

QString RetentionRuleDialog::problem() const
{
    return m_problem;
}

void RetentionRuleDialog::validate()
{
    const RetentionRule rule = this->rule();
    m_relationsRow->setEnabled(RetentionRule::runsFromRelationEnd(rule.trigger));
    QString problem = RetentionService::checkCode(rule.code);
    if (problem.isEmpty())
        problem = RetentionService::checkRule(rule);
    bool bsn = false;
    if (problem.isEmpty()) {
        //: Dutch: "Gegevens"
        const auto result = BsnGuard::checkFields({ { tr("Data"), rule.category },
                                                    //: Dutch: "Grondslag"
                                                    { tr("Basis"), rule.legalGround } },
                                                  bsnCheckFrom(m_override->isChecked()));
        bsn = !result.findings.isEmpty();
        if (!result.allowed)
            problem = result.message;
    }
    m_override->setVisible(bsn);
    m_problem = problem;
    m_message->setMessage(problem);
    m_add->setEnabled(problem.isEmpty());
    // A longer message (the BSN guard's four lines) makes the dialog taller instead of
    // squeezing the relation types.
    if (isVisible() && layout()) {
        layout()->activate();
        const int wanted = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (wanted > height())
            resize(width(), wanted);
    }
}

void RetentionRuleDialog::submit()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    const QString failed = m_save(rule(), bsnCheck());
    if (failed.isEmpty()) {
        accept();
        return;
    }
    m_message->setMessage(failed);
}

} // namespace pd::ui
