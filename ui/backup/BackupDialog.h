#pragma once

#include "Retranslated.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;

namespace pd::ui {

class BusyLine;
class FolderField;
class MessageLabel;

// The copy runs on the store's own connection, which belongs to the GUI thread, so the dialog
// takes no input meanwhile. Without Permission::Backup it explains and stays disabled.
class BackupDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    explicit BackupDialog(const Session &session, QWidget *parent = nullptr);
    ~BackupDialog() override;
    void setFolder(const QString &folder);

    QString folder() const; // the chosen folder that receives the dated backup folders
    // As the CLI names it (BackupFolders::newFolderIn).
    QString targetDirectory() const;
    QString invalidReason() const; // why "Make backup" is disabled, or empty
    bool mayBackUp() const { return m_mayBackUp; }
    QString message() const;
    QString description() const; // what is written, as shown
    bool isBusy() const { return m_busy; }

    // Else Documents/Privacydesk-back-ups.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

public Q_SLOTS:
    void makeBackup();
    void chooseFolder();
    void reject() override; // not while writing

Q_SIGNALS:
    // After a verified backup: the reminder banner can go.
    void backupMade(const QString &directory);

private:
    void retranslateUi() override;
    void validate();
    void setBusy(bool busy);
    void finishBackup(const QString &parent);

    const Session m_session;
    bool m_mayBackUp = false;
    bool m_busy = false;
    QString m_roleName;

    QLabel *m_intro;
    QLabel *m_folderLabel;
    FolderField *m_folder;
    QLabel *m_contents;
    QLabel *m_last;
    QLabel *m_reason;
    MessageLabel *m_message;
    BusyLine *m_busyLine;
    QPushButton *m_close;
    QPushButton *m_make;
};

} // namespace pd::ui
