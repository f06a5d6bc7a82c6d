// The Security tab of SettingsDialog: when the desk locks, the backup reminder, how much the
// kept files may take and how long and with how much memory a file from outside is read.
#include "Named.h"
#include "backup/BackupReminder.h"
#include "backup/IntegrityWatch.h"
#include "cases/Attachments.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

QWidget *SettingsDialog::buildSecurityTab()
{
    auto *page = new QWidget(m_tabs);
    m_securityIntro = new QLabel(page);
    m_securityIntro->setWordWrap(true);
    m_autoLockLabel = new QLabel(page);
    m_autoLock = named<QSpinBox>(QStringLiteral("autoLockMinutes"), page);
    m_autoLock->setRange(SecurityPolicy::minimumAutoLockMinutes,
                         SecurityPolicy::maximumAutoLockMinutes);
    m_backupReminderLabel = new QLabel(page);
    m_backupReminder = named<QSpinBox>(QStringLiteral("backupReminderDays"), page);
    m_backupReminder->setRange(0, SecurityPolicy::maximumBackupReminderDays);
    m_attachmentLimitLabel = new QLabel(page);
    m_attachmentLimit = named<QSpinBox>(QStringLiteral("attachmentStoreLimitMb"), page);
    m_attachmentLimit->setRange(SecurityPolicy::minimumAttachmentStoreLimitMb,
                                SecurityPolicy::maximumAttachmentStoreLimitMb);
    m_attachmentLimit->setSingleStep(256);
    m_attachmentLimit->setSuffix(QStringLiteral(" MB"));
    m_attachmentLimitText = makeExplanation(page);
    m_attachmentLimitText->setIndent(0);
    m_attachmentLimitLabel->setBuddy(m_attachmentLimit);
    m_readerLabel = new QLabel(page);
    m_readerSeconds = named<QSpinBox>(QStringLiteral("readerSeconds"), page);
    m_readerSeconds->setRange(SecurityPolicy::minimumReaderSeconds,
                              SecurityPolicy::maximumReaderSeconds);
    m_readerMemory = named<QSpinBox>(QStringLiteral("readerMemoryMb"), page);
    m_readerMemory->setRange(SecurityPolicy::minimumReaderMemoryMb,
                             SecurityPolicy::maximumReaderMemoryMb);
    m_readerMemory->setSingleStep(128);
    m_readerMemory->setSuffix(QStringLiteral(" MB"));
    m_readerText = makeExplanation(page);
    m_readerText->setIndent(0);
    m_readerLabel->setBuddy(m_readerSeconds);
    m_autoLockText = makeExplanation(page);
    m_autoLockText->setIndent(0);
    m_backupReminderText = makeExplanation(page);
    m_backupReminderText->setIndent(0);
    m_lastBackup = makeExplanation(page);
    m_lastBackup->setObjectName(QStringLiteral("lastBackup"));
    m_lastBackup->setIndent(0);
    m_lastIntegrityCheck = makeExplanation(page);
    m_lastIntegrityCheck->setObjectName(QStringLiteral("lastIntegrityCheck"));
    m_lastIntegrityCheck->setIndent(0);
    m_autoLockLabel->setBuddy(m_autoLock);
    m_backupReminderLabel->setBuddy(m_backupReminder);
    const auto withText = [](QSpinBox *spin, QLabel *text) {
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        row->addStretch(1);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addLayout(row);
        box->addWidget(text);
        return box;
    };
    auto *backupBox = withText(m_backupReminder, m_backupReminderText);
    backupBox->addWidget(m_lastBackup);
    backupBox->addWidget(m_lastIntegrityCheck);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_autoLockLabel, withText(m_autoLock, m_autoLockText));
    form->addRow(m_backupReminderLabel, backupBox);
    form->addRow(m_attachmentLimitLabel, withText(m_attachmentLimit, m_attachmentLimitText));
    auto *readerBox = withText(m_readerSeconds, m_readerText);
    qobject_cast<QHBoxLayout *>(readerBox->itemAt(0)->layout())->insertWidget(1, m_readerMemory);
    form->addRow(m_readerLabel, readerBox);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_securityIntro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    // The units follow the number ("1 minuut", "5 minuten"); 0 days reads "never".
    connect(m_autoLock, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_autoLock->setSuffix(tr(" minute(s)", nullptr, minutes)); });
    connect(m_backupReminder, &QSpinBox::valueChanged, this,
            [this](int days) { m_backupReminder->setSuffix(tr(" day(s)", nullptr, days)); });
    connect(m_readerSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_readerSeconds->setSuffix(tr(" second(s)", nullptr, seconds));
    });
    return page;
}

void SettingsDialog::retranslateSecurityTab()
{
    m_tabs->setTabText(3, tr("Securit&y"));
    m_securityIntro->setText(tr("How the desk protects the data, for everyone who works with "
                                "this store."));
    m_autoLockLabel->setText(tr("Loc&k the desk after:"));
    m_autoLock->setSuffix(tr(" minute(s)", nullptr, m_autoLock->value()));
    m_autoLockText->setText(tr("Without keyboard or mouse for this long, the desk locks and "
                               "asks for the password again."));
    m_backupReminderLabel->setText(tr("&Backup reminder after:"));
    m_backupReminder->setSuffix(tr(" day(s)", nullptr, m_backupReminder->value()));
    m_backupReminder->setSpecialValueText(tr("never"));
    m_backupReminderText->setText(tr("When the last backup of this store is older, the desk "
                                     "shows a reminder. 0: never."));
    m_lastBackup->setText(
        BackupReminder::text(m_session.store().lastBackup(), m_session.clock().today()));
    {
        Store::IntegrityRecord record;
        StoreError error;
        m_lastIntegrityCheck->setText(
            m_session.store().lastIntegrityCheck(&record, &error)
                ? IntegrityWatch::lastCheckText(record)
                : tr("When the database was last checked could not be read: %1")
                      .arg(error.message()));
    }
    m_attachmentLimitLabel->setText(tr("&Files in the store at most:"));
    m_attachmentLimitText->setText(
        tr("The originals and other files kept with requests together (each file at most %1). "
           "A larger store takes longer to back up.")
            .arg(QLocale().formattedDataSize(AttachmentService::maxFileBytes, 0,
                                             QLocale::DataSizeTraditionalFormat)));
    //: Dutch: "&Lezen van een bestand van buiten:"
    m_readerLabel->setText(tr("&Reading a file from outside:"));
    m_readerSeconds->setSuffix(tr(" second(s)", nullptr, m_readerSeconds->value()));
    // The row's label names the seconds (its buddy); a screen reader names each box on its own.
    //: Dutch: "Tijd voor het lezen van een bestand van buiten"
    m_readerSeconds->setAccessibleName(tr("Time for reading a file from outside"));
    //: Dutch: "Geheugen voor het lezen van een bestand van buiten"
    m_readerMemory->setAccessibleName(tr("Memory for reading a file from outside"));
    //: Dutch: "Een e-mail, PDF of Outlook-bericht wordt in een afgeschermd programma gelezen, met
    //: hoogstens zoveel tijd en geheugen. Wat daarbinnen niet heel gelezen kan worden, wordt
    //: geweigerd. Standaard 10 seconden en 512 MB; geef meer als grote scans worden geweigerd."
    m_readerText->setText(
        tr("An e-mail, PDF or Outlook message is read in a separate, locked-in program, with at "
           "most this much time and memory. What cannot be read whole within them is refused. "
           "The default is 10 seconds and 512 MB; give more when large scans are refused."));
}

} // namespace pd::ui
