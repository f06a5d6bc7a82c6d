#include "RecoveryKeyPage.h"

#include "Named.h"
#include "TextEmphasis.h"
#include "crypto/SecureBytes.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_key(named<QLabel>(QStringLiteral("recoveryKeyLabel"), this))
    , m_details(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_print(named<QPushButton>(QStringLiteral("printButton"), this))
    , m_kept(named<QCheckBox>(QStringLiteral("keptCheck"), this))
    , m_goOn(new QPushButton(this))
{

    emphasise(m_title, 1.4);
    m_intro->setWordWrap(true);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.8);
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setContentsMargins(16, 16, 16, 16);
    m_key->setAutoFillBackground(true);
    QPalette keyPalette = m_key->palette();
    keyPalette.setColor(QPalette::Window, keyPalette.color(QPalette::Base));
    m_key->setPalette(keyPalette);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setWordWrap(true);
    emphasise(m_warning);
    m_print->setAutoDefault(false);
    m_goOn->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_goOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_key);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(m_kept);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_kept, &QCheckBox::toggled, m_goOn, &QPushButton::setEnabled);
}

RecoveryKeyPage::~RecoveryKeyPage()
{
    wipe(m_sheet.recoveryKey);
}

void RecoveryKeyPage::setSheet(const RecoveryKeySheet &sheet)
{
    m_sheet = sheet;
    m_key->setText(RecoveryKeySheet::groupedForDisplay(m_sheet.recoveryKey));
}

void RecoveryKeyPage::clearKey()
{
    wipe(m_sheet.recoveryKey);
    m_sheet.recoveryKey.clear();
    m_key->clear();
}

QString RecoveryKeyPage::shownKey() const
{
    return m_key->text();
}

bool RecoveryKeyPage::isKept() const
{
    return m_kept->isChecked();
}

void RecoveryKeyPage::print()
{
    if (!m_sheet.recoveryKey.isEmpty())
        m_sheet.printWithDialog(window());
}

} // namespace pd::ui
