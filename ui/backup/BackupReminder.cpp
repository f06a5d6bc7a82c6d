#include "backup/BackupReminder.h"

#include "DateText.h"
#include "Icons.h"
#include "Named.h"
#include "organisation/OrganisationSettings.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

int BackupReminder::daysSince(const QDateTime &lastBackup, QDate today)
{
    if (!lastBackup.isValid())
        return -1;
    return static_cast<int>(organisationDay(lastBackup).daysTo(today));
}

bool BackupReminder::needed(const QDateTime &lastBackup, QDate today, int intervalDays)
{
    if (intervalDays <= 0)
        return false;
    if (!lastBackup.isValid())
        return true;
    return daysSince(lastBackup, today) >= intervalDays;
}

bool BackupReminder::needed(const Session &session, QDate today, int intervalDays)
{
    return needed(session.store().lastBackup(), today, intervalDays);
}

bool BackupReminder::needed(const Session &session, QDate today)
{
    return needed(session, today, OrganisationSettings(session).security().backupReminderDays);
}

QString BackupReminder::text(const QDateTime &lastBackup, QDate today)
{
    if (!lastBackup.isValid())
        return tr("No backup of this store has been made yet.");
    // "2 maart 2026": the weekday of the long format adds nothing here.
    const QString date = writtenDate(organisationDay(lastBackup));
    const int days = daysSince(lastBackup, today);
    if (days <= 0)
        return tr("The last backup is from today.");
    return tr("The last backup is from %1 (%n day(s) ago).", nullptr, days).arg(date);
}

BackupReminderBanner::BackupReminderBanner(QWidget *parent)
    : Retranslated(parent)
    , m_icon(new QLabel(this))
    , m_text(named<QLabel>(QStringLiteral("backupReminderText"), this))
    , m_backup(named<QPushButton>(QStringLiteral("backupNowButton"), this))
    , m_later(named<QPushButton>(QStringLiteral("laterButton"), this))
{
    setObjectName(QStringLiteral("backupReminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd8));
    tinted.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(tinted);
    m_icon->setPixmap(icons::warning().pixmap(18, 18));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    connect(m_backup, &QPushButton::clicked, this, &BackupReminderBanner::backupRequested);
    connect(m_later, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT postponed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_backup);
    layout->addWidget(m_later);
    hide();
    retranslateUi();
}

bool BackupReminderBanner::showIfDue(const QDateTime &lastBackup, QDate today, int intervalDays)
{
    m_lastBackup = lastBackup;
    m_today = today;
    retranslateUi();
    const bool due = BackupReminder::needed(lastBackup, today, intervalDays);
    setVisible(due);
    return due;
}

QString BackupReminderBanner::text() const
{
    return m_text->text();
}

void BackupReminderBanner::retranslateUi()
{
    m_text->setText(BackupReminder::text(m_lastBackup, m_today) + u' '
                    + tr("A backup keeps the data when this computer or its disk fails."));
    m_backup->setText(tr("Make a &backup now…"));
    m_later->setText(tr("Later"));
    m_later->setToolTip(tr("Hide this reminder until Privacydesk is opened again"));
}

} // namespace pd::ui
