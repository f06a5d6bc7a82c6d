// The Deadlines tab of SettingsDialog: the choice of the law alone or an own term, the term and its
// extension, the identification model, the closing days and the preview of what the policy gives,
// laid out, wired, loaded and read.
#include "Named.h"
#include "cases/CaseService.h"
#include "domain/LawAlone.h"
#include "settings/SettingsDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

QComboBox *makeUnitCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (PeriodUnit unit : { PeriodUnit::Days, PeriodUnit::Weeks, PeriodUnit::Months })
        combo->addItem(QString(), static_cast<int>(unit));
    return combo;
}

void setUnit(QComboBox *combo, PeriodUnit unit)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(unit)));
}

PeriodUnit unitOf(const QComboBox *combo)
{
    return static_cast<PeriodUnit>(combo->currentData().toInt());
}

} // namespace

void SettingsDialog::nameUnits(QComboBox *combo, int amount)
{
    combo->setItemText(0, SettingsDialog::tr("day(s)", nullptr, amount));
    combo->setItemText(1, SettingsDialog::tr("week(s)", nullptr, amount));
    combo->setItemText(2, SettingsDialog::tr("month(s)", nullptr, amount));
}

QWidget *SettingsDialog::buildDeadlinesTab()
{
    auto *page = new QWidget(m_tabs);
    createDeadlineFields(page);
    layOutDeadlinesTab(page);
    connectDeadlinesTab();
    return page;
}

void SettingsDialog::createDeadlineFields(QWidget *page)
{
    m_choiceLabel = new QLabel(page);
    m_lawAlone = named<QRadioButton>(QStringLiteral("lawAlone"), page);
    m_ownTerm = named<QRadioButton>(QStringLiteral("ownTerm"), page);
    m_choice = new QButtonGroup(page);
    m_choice->addButton(m_lawAlone);
    m_choice->addButton(m_ownTerm);
    m_notChosen = makeExplanation(page);
    m_notChosen->setObjectName(QStringLiteral("policyNotChosen"));
    m_notChosen->setIndent(0);
    m_termLabel = new QLabel(page);
    m_termAmount = named<QSpinBox>(QStringLiteral("termAmount"), page);
    m_termAmount->setRange(1, 366);
    m_termUnit = makeUnitCombo(page);
    m_termUnit->setObjectName(QStringLiteral("termUnit"));
    m_extensionLabel = new QLabel(page);
    m_extensionAmount = named<QSpinBox>(QStringLiteral("extensionAmount"), page);
    m_extensionAmount->setRange(0, 366);
    m_extensionUnit = makeUnitCombo(page);
    m_extensionUnit->setObjectName(QStringLiteral("extensionUnit"));
    m_move = named<QCheckBox>(QStringLiteral("moveToWorkingDay"), page);
    m_modelLabel = new QLabel(page);
    m_pause = named<QRadioButton>(QStringLiteral("modelPause"), page);
    m_pauseText = makeExplanation(page);
    m_restart = named<QRadioButton>(QStringLiteral("modelRestart"), page);
    m_restartText = makeExplanation(page);
    auto *models = new QButtonGroup(page);
    models->addButton(m_pause);
    models->addButton(m_restart);
    m_withinLabel = new QLabel(page);
    m_within = named<QSpinBox>(QStringLiteral("identificationWithin"), page);
    m_within->setRange(0, 90);
    m_withinSuffix = new QLabel(page);
    m_closingLabel = new QLabel(page);
    m_closingDays = named<QListWidget>(QStringLiteral("closingDays"), page);
    m_closingDays->setMaximumHeight(m_closingDays->fontMetrics().height() * 6);
    m_closingDays->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_closingDate = named<QDateEdit>(QStringLiteral("closingDate"), page);
    m_closingDate->setCalendarPopup(true);
    m_addClosing = named<QPushButton>(QStringLiteral("addClosingDay"), page);
    m_addClosing->setAutoDefault(false);
    m_removeClosing = named<QPushButton>(QStringLiteral("removeClosingDay"), page);
    m_removeClosing->setAutoDefault(false);
    m_legalNote = makeExplanation(page);
    m_legalNote->setIndent(0);
    m_preview = named<QLabel>(QStringLiteral("preview"), page);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_termLabel->setBuddy(m_termAmount);
    m_extensionLabel->setBuddy(m_extensionAmount);
    m_withinLabel->setBuddy(m_within);
    m_closingLabel->setBuddy(m_closingDate);
}

// The term and extension with their units, the two identification models with their
// explanations, the closing days with their buttons, and the preview below.
void SettingsDialog::layOutDeadlinesTab(QWidget *page)
{
    auto *choiceBox = new QVBoxLayout;
    choiceBox->setSpacing(2);
    choiceBox->addWidget(m_lawAlone);
    choiceBox->addWidget(m_ownTerm);
    choiceBox->addWidget(m_notChosen);
    auto *termRow = new QHBoxLayout;
    termRow->addWidget(m_termAmount);
    termRow->addWidget(m_termUnit);
    termRow->addStretch(1);
    auto *extensionRow = new QHBoxLayout;
    extensionRow->addWidget(m_extensionAmount);
    extensionRow->addWidget(m_extensionUnit);
    extensionRow->addStretch(1);
    auto *modelBox = new QVBoxLayout;
    modelBox->setSpacing(2);
    modelBox->addWidget(m_pause);
    modelBox->addWidget(m_pauseText);
    modelBox->addSpacing(4);
    modelBox->addWidget(m_restart);
    modelBox->addWidget(m_restartText);
    auto *withinRow = new QHBoxLayout;
    withinRow->addWidget(m_within);
    withinRow->addWidget(m_withinSuffix, 1);
    auto *closingButtons = new QVBoxLayout;
    closingButtons->addWidget(m_closingDate);
    closingButtons->addWidget(m_addClosing);
    closingButtons->addWidget(m_removeClosing);
    closingButtons->addStretch(1);
    auto *closingRow = new QHBoxLayout;
    closingRow->addWidget(m_closingDays, 1);
    closingRow->addLayout(closingButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_choiceLabel, choiceBox);
    form->addRow(m_termLabel, termRow);
    form->addRow(m_extensionLabel, extensionRow);
    form->addRow(QString(), m_move);
    form->addRow(m_modelLabel, modelBox);
    form->addRow(m_withinLabel, withinRow);
    form->addRow(m_closingLabel, closingRow);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_legalNote);
    layout->addStretch(1);
    layout->addWidget(m_preview);
}

// Every change updates the units' names and the preview; the tab order follows the form.
void SettingsDialog::connectDeadlinesTab()
{
    connect(m_termAmount, &QSpinBox::valueChanged, this,
            [this](int amount) { nameUnits(m_termUnit, amount); });
    connect(m_extensionAmount, &QSpinBox::valueChanged, this,
            [this](int amount) { nameUnits(m_extensionUnit, amount); });
    connect(m_within, &QSpinBox::valueChanged, this, [this](int days) {
        m_withinSuffix->setText(
            tr("day(s) of receipt; a later request does not stop the clock", nullptr, days));
    });
    connect(m_termAmount, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(m_extensionAmount, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(m_within, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(m_termUnit, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    connect(m_extensionUnit, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    connect(m_move, &QCheckBox::toggled, this, &SettingsDialog::updatePreview);
    connect(m_pause, &QRadioButton::toggled, this, &SettingsDialog::updatePreview);
    connect(m_lawAlone, &QRadioButton::toggled, this, &SettingsDialog::updateChoice);
    connect(m_ownTerm, &QRadioButton::toggled, this, &SettingsDialog::updateChoice);
    connect(m_addClosing, &QPushButton::clicked, this, &SettingsDialog::addClosingDay);
    connect(m_removeClosing, &QPushButton::clicked, this, &SettingsDialog::removeClosingDay);
    connect(m_closingDays, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeClosing->setEnabled(!m_closingDays->selectedItems().isEmpty()); });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_closingDays);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &SettingsDialog::removeClosingDay);

    setTabOrder(m_lawAlone, m_ownTerm);
    setTabOrder(m_ownTerm, m_termAmount);
    setTabOrder(m_termAmount, m_termUnit);
    setTabOrder(m_termUnit, m_extensionAmount);
    setTabOrder(m_extensionAmount, m_extensionUnit);
    setTabOrder(m_extensionUnit, m_move);
    setTabOrder(m_move, m_pause);
    setTabOrder(m_pause, m_restart);
    setTabOrder(m_restart, m_within);
    setTabOrder(m_within, m_closingDate);
    setTabOrder(m_closingDate, m_addClosing);
    setTabOrder(m_addClosing, m_closingDays);
    setTabOrder(m_closingDays, m_removeClosing);
}

// The deadline policy's tab: the choice, the organisation's term, the extension, the
// identification model and the closing days.
void SettingsDialog::retranslateDeadlinesTab()
{
    //: Dutch: "Termijn:"
    m_choiceLabel->setText(tr("Deadline:"));
    //: Dutch: "Alleen de wettelij&ke termijn (één maand, te verlengen met twee maanden)"
    m_lawAlone->setText(tr("&Just the legal term (one month, extendable by two months)"));
    //: Dutch: "Een eigen te&rmijn"
    m_ownTerm->setText(tr("O&ur own term"));
    //: Dutch: "Nog niet gekozen. Tot de keuze is gemaakt, gelden alleen de wettelijke termijnen
    //: en kan er geen brief worden gemaakt: een brief belooft de betrokkene een termijn."
    m_notChosen->setText(tr("Not chosen yet. Until the choice is made, only the legal terms "
                            "apply and no letter can be made: a letter promises the data subject "
                            "a term."));
    m_termLabel->setText(tr("Own &term:"));
    m_extensionLabel->setText(tr("E&xtension:"));
    nameUnits(m_termUnit, m_termAmount->value());
    nameUnits(m_extensionUnit, m_extensionAmount->value());
    m_move->setText(tr("&Move to the next working day (weekend, public holiday, closing day)"));
    m_modelLabel->setText(tr("Identification:"));
    m_pause->setText(tr("&Pause"));
    m_pauseText->setText(tr("The days spent waiting for identification are added to the "
                            "deadline (EDPB guidelines, §159)."));
    m_restart->setText(tr("&Restart"));
    m_restartText->setText(tr("The term starts again on the day the identification is received."));
    m_withinLabel->setText(tr("Request &within:"));
    m_withinSuffix->setText(tr("day(s) of receipt; a later request does not stop the clock",
                               nullptr, m_within->value()));
    m_closingLabel->setText(tr("Extra &closing days:"));
    m_closingDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_addClosing->setText(tr("&Add"));
    m_removeClosing->setText(tr("Remo&ve"));
    m_legalNote->setText(tr("The legal term (one month, art. 12(3) GDPR; three months when "
                            "extended) always applies. Your own term counts when it ends "
                            "earlier. Saving recomputes the deadlines of open requests."));
}

void SettingsDialog::loadPolicy(bool chosen)
{
    const DeadlinePolicy &p = m_savedPolicy;
    const bool law = chosen && isLawAlone(p);
    // Without an own term of its own the fields offer the usual one, shown only when chosen.
    const DeadlinePolicy own = chosen && !law ? p : DeadlinePolicy {};
    m_choice->setExclusive(false);
    m_lawAlone->setChecked(law);
    m_ownTerm->setChecked(chosen && !law);
    m_choice->setExclusive(true);
    m_termAmount->setValue(own.base.amount);
    setUnit(m_termUnit, own.base.unit);
    m_extensionAmount->setValue(own.extension.amount);
    setUnit(m_extensionUnit, own.extension.unit);
    m_move->setChecked(own.moveToWorkingDay);
    (p.identificationModel == IdentificationModel::Pause ? m_pause : m_restart)->setChecked(true);
    m_within->setValue(p.identificationRequestWithinDays);
    QList<QDate> days(p.closingDays.cbegin(), p.closingDays.cend());
    std::sort(days.begin(), days.end());
    m_closingDays->clear();
    for (const QDate &day : std::as_const(days)) {
        auto *item = new QListWidgetItem(QLocale().toString(day, QLocale::ShortFormat));
        item->setData(Qt::UserRole, day);
        m_closingDays->addItem(item);
    }
    m_removeClosing->setEnabled(false);
    m_closingDate->setDate(m_session.clock().today());
    updateChoice();
}

bool SettingsDialog::policyChosen() const
{
    return m_lawAlone && (m_lawAlone->isChecked() || m_ownTerm->isChecked());
}

void SettingsDialog::updateChoice()
{
    const bool own = m_ownTerm->isChecked();
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_termLabel, m_termAmount, m_termUnit, m_extensionLabel,
                                            m_extensionAmount, m_extensionUnit, m_move })
        field->setEnabled(own);
    m_notChosen->setVisible(!policyChosen());
    validate(); // what letters need follows the choice
    updatePreview();
}

DeadlinePolicy SettingsDialog::policy() const
{
    DeadlinePolicy p = m_savedPolicy;
    if (m_lawAlone->isChecked()) {
        const DeadlinePolicy law = lawAlonePolicy();
        p.base = law.base;
        p.extension = law.extension;
        p.moveToWorkingDay = law.moveToWorkingDay;
    } else if (m_ownTerm->isChecked()) {
        p.base = { m_termAmount->value(), unitOf(m_termUnit) };
        p.extension = { m_extensionAmount->value(), unitOf(m_extensionUnit) };
        p.moveToWorkingDay = m_move->isChecked();
    }
    p.identificationModel
        = m_restart->isChecked() ? IdentificationModel::Restart : IdentificationModel::Pause;
    p.identificationRequestWithinDays = m_within->value();
    p.closingDays.clear();
    for (int i = 0; i < m_closingDays->count(); ++i)
        p.closingDays.insert(m_closingDays->item(i)->data(Qt::UserRole).toDate());
    return p;
}

} // namespace pd::ui
