// The Deadlines tab of SettingsDialog: the term and its extension, the identification model, the
// closing days and the preview of what the policy gives, laid out and wired.
#include "cases/CaseService.h"
#include "settings/SettingsDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QComboBox *makeUnitCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (PeriodUnit unit : { PeriodUnit::Days, PeriodUnit::Weeks, PeriodUnit::Months })
        combo->addItem(QString(), static_cast<int>(unit));
    return combo;
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
    m_termLabel = new QLabel(page);
    m_termAmount = new QSpinBox(page);
    m_termAmount->setObjectName(QStringLiteral("termAmount"));
    m_termAmount->setRange(1, 366);
    m_termUnit = makeUnitCombo(page);
    m_termUnit->setObjectName(QStringLiteral("termUnit"));
    m_extensionLabel = new QLabel(page);
    m_extensionAmount = new QSpinBox(page);
    m_extensionAmount->setObjectName(QStringLiteral("extensionAmount"));
    m_extensionAmount->setRange(0, 366);
    m_extensionUnit = makeUnitCombo(page);
    m_extensionUnit->setObjectName(QStringLiteral("extensionUnit"));
    m_move = new QCheckBox(page);
    m_move->setObjectName(QStringLiteral("moveToWorkingDay"));
    m_modelLabel = new QLabel(page);
    m_pause = new QRadioButton(page);
    m_pause->setObjectName(QStringLiteral("modelPause"));
    m_pauseText = makeExplanation(page);
    m_restart = new QRadioButton(page);
    m_restart->setObjectName(QStringLiteral("modelRestart"));
    m_restartText = makeExplanation(page);
    auto *models = new QButtonGroup(page);
    models->addButton(m_pause);
    models->addButton(m_restart);
    m_withinLabel = new QLabel(page);
    m_within = new QSpinBox(page);
    m_within->setObjectName(QStringLiteral("identificationWithin"));
    m_within->setRange(0, 90);
    m_withinSuffix = new QLabel(page);
    m_closingLabel = new QLabel(page);
    m_closingDays = new QListWidget(page);
    m_closingDays->setObjectName(QStringLiteral("closingDays"));
    m_closingDays->setMaximumHeight(m_closingDays->fontMetrics().height() * 6);
    m_closingDays->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_closingDate = new QDateEdit(page);
    m_closingDate->setObjectName(QStringLiteral("closingDate"));
    m_closingDate->setCalendarPopup(true);
    m_addClosing = new QPushButton(page);
    m_addClosing->setObjectName(QStringLiteral("addClosingDay"));
    m_addClosing->setAutoDefault(false);
    m_removeClosing = new QPushButton(page);
    m_removeClosing->setObjectName(QStringLiteral("removeClosingDay"));
    m_removeClosing->setAutoDefault(false);
    m_legalNote = makeExplanation(page);
    m_legalNote->setIndent(0);
    m_preview = new QLabel(page);
    m_preview->setObjectName(QStringLiteral("preview"));
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
    connect(m_addClosing, &QPushButton::clicked, this, &SettingsDialog::addClosingDay);
    connect(m_removeClosing, &QPushButton::clicked, this, &SettingsDialog::removeClosingDay);
    connect(m_closingDays, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeClosing->setEnabled(!m_closingDays->selectedItems().isEmpty()); });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_closingDays);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &SettingsDialog::removeClosingDay);

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

} // namespace pd::ui
