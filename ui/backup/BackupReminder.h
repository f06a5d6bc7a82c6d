#pragma once

#include "Retranslated.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace pd::ui {

// Due when never backed up or the last backup (UTC) is intervalDays or more local calendar days
// ago; 0 means never remind.
class BackupReminder final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::BackupReminder)
public:
    static bool needed(const QDateTime &lastBackup, QDate today, int intervalDays);
    static bool needed(const Session &session, QDate today, int intervalDays);
    // The interval of the store's security policy.
    static bool needed(const Session &session, QDate today);
    // From the last backup's local date; -1 when there was none.
    static int daysSince(const QDateTime &lastBackup, QDate today);
    static QString text(const QDateTime &lastBackup, QDate today);
};

// Not modal; says it in words next to the icon, not by colour alone.
class BackupReminderBanner final : public Retranslated<QFrame>
{
    Q_OBJECT
public:
    explicit BackupReminderBanner(QWidget *parent = nullptr);

    bool showIfDue(const QDateTime &lastBackup, QDate today, int intervalDays);
    QString text() const;

Q_SIGNALS:
    void backupRequested();
    void postponed();

private:
    void retranslateUi() override;

    QDateTime m_lastBackup;
    QDate m_today;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_backup;
    QPushButton *m_later;
};

} // namespace pd::ui
