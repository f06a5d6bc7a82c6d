#include "users/RecoveryKeyDialog.h"

#include "Icons.h"
#include "RecoveryKeySheet.h"
#include "TextEmphasis.h"
#include "crypto/SecureBytes.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, const QUuid &storeId,
                                     const QString &organisationName, QWidget *parent)
    : Retranslated(parent)
    , m_recoveryKey(recoveryKey)
    , m_storeId(storeId)
    , m_organisation(organisationName)
    , m_created(systemClock().now())
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_key(new QLabel(this))
    , m_details(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_kept(new QCheckBox(this))
    , m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowIcon(icons::application());
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_kept->setObjectName(QStringLiteral("keptCheck"));
    m_done->setObjectName(QStringLiteral("doneButton"));

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
    m_key->setText(RecoveryKeySheet::groupedForDisplay(m_recoveryKey));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_warning->setWordWrap(true);
    emphasise(m_warning);
    m_print->setAutoDefault(false);
    m_done->setEnabled(false);
    m_done->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_key);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(m_kept);
    layout->addLayout(buttons);
    setMinimumWidth(600);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(m_kept, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (m_kept->isChecked())
            accept();
    });
    retranslateUi();
    m_kept->setFocus();
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    wipe(m_recoveryKey);
}

QString RecoveryKeyDialog::shownKey() const
{
    return m_key->text();
}

bool RecoveryKeyDialog::isKept() const
{
    return m_kept->isChecked();
}

void RecoveryKeyDialog::reject()
{
    // Escape or the window's close button: the key must not vanish unseen.
    if (m_kept->isChecked())
        QDialog::reject();
}

void RecoveryKeyDialog::done(int result)
{
    wipe(m_recoveryKey);
    m_recoveryKey.clear();
    m_key->clear();
    QDialog::done(result);
}

void RecoveryKeyDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery key – Privacydesk"));
    m_title->setText(tr("Your new recovery key"));
    m_intro->setText(tr("The old recovery key no longer opens the store. This new key is shown "
                        "only this once: print it or copy it onto paper by hand, and destroy "
                        "the old sheet."));
    m_details->setText(
        tr("Store ID: %1 · renewed %2")
            .arg(m_storeId.toString(QUuid::WithoutBraces),
                 QLocale().toString(organisationTime(m_created), QLocale::ShortFormat)));
    m_warning->setText(
        tr("Keep this key on paper in a safe place; whoever has the key can open the store."));
    m_print->setText(tr("&Print…"));
    m_kept->setText(tr("I have &kept the new recovery key in a safe place"));
    m_done->setText(tr("&Done"));
}

void RecoveryKeyDialog::print()
{
    if (m_recoveryKey.isEmpty())
        return;
    RecoveryKeySheet sheet;
    sheet.recoveryKey = m_recoveryKey;
    sheet.storeId = m_storeId;
    sheet.organisationName = m_organisation;
    sheet.created = m_created;
    sheet.printWithDialog(this);
    wipe(sheet.recoveryKey);
}

} // namespace pd::ui
