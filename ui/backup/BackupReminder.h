#pragma once

#include "session/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace pd {
class Store;
}

namespace pd::ui {

// When the desk reminds of a backup: when the store was never backed up, or its last
// backup (Store::lastBackup, UTC) is intervalDays or more calendar days before today, counted
// in local dates. intervalDays comes from the organisation's security policy
// (OrganisationSettings::security().backupReminderDays, default 7); 0 means never remind.
class BackupReminder final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::BackupReminder)
public:
    static bool needed(const QDateTime &lastBackup, QDate today, int intervalDays);
    static bool needed(const Session &session, QDate today, int intervalDays);
    // With the interval of the store's security policy.
    static bool needed(const Session &session, QDate today);
    // Whole days from the last backup's local date to today; -1 when there was none.
    static int daysSince(const QDateTime &lastBackup, QDate today);
    // "The last backup is from 2 March 2026 (9 days ago)." or "No backup … yet."
    static QString text(const QDateTime &lastBackup, QDate today);
};

// The band above the desk's pages that says a backup is due, with "Make a backup now" (the
// main window opens the BackupDialog) and "Later" (hidden until the desk is opened again).
// Not modal, and it says it in words next to the icon, not by colour alone.
class BackupReminderBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit BackupReminderBanner(QWidget *parent = nullptr);

    // Shows the banner when BackupReminder::needed(), hides it otherwise; returns whether shown.
    bool showIfDue(const QDateTime &lastBackup, QDate today, int intervalDays);
    QString text() const;

Q_SIGNALS:
    void backupRequested();
    void postponed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QDateTime m_lastBackup;
    QDate m_today;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_backup;
    QPushButton *m_later;
};

} // namespace pd::ui
