#pragma once

#include "session/Session.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd {
class Clock;
class Store;
} // namespace pd

namespace pd::ui {

class MessageLabel;

// "Back-up maken…": an encrypted, verified copy of the open store (UserService::backupInto) in a
// new, dated folder inside a folder the user chooses (remembered per computer, QSettings
// "backup/lastFolder"). It says what is written — the encrypted database and the keyring, never
// plain text — and who can open it later. The copy runs on the store's own connection, which
// belongs to the GUI thread, so the dialog shows a busy line and a wait cursor and takes no input
// meanwhile; the result stays in the dialog (MessageLabel, Done or Problem).
//
// Needs Permission::Backup; for other roles it explains and the button stays disabled (the
// check before writing records a refusal as user.denied, as the CLI's does).
class BackupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BackupDialog(const Session &session, QWidget *parent = nullptr);
    ~BackupDialog() override;
    void setFolder(const QString &folder);

    QString folder() const; // the chosen folder that receives the dated backup folders
    // The new folder the next backup goes to (BackupFolders::newFolderIn, as the CLI's).
    QString targetDirectory() const;
    QString invalidReason() const; // why "Make backup" is disabled, or empty
    bool mayBackUp() const { return m_mayBackUp; }
    QString message() const;
    QString description() const; // what is written, as shown
    bool isBusy() const { return m_busy; }

    // The folder used last on this computer, else Documents/Privacydesk-back-ups.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

public Q_SLOTS:
    void makeBackup();
    void chooseFolder();
    void reject() override; // not while writing

Q_SIGNALS:
    // After a verified backup: the reminder banner can go.
    void backupMade(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void setBusy(bool busy);
    void finishBackup(const QString &parent);

    const Session m_session;
    bool m_mayBackUp = false;
    bool m_busy = false;
    QString m_roleName;

    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_contents;
    QLabel *m_last;
    QLabel *m_reason;
    MessageLabel *m_message;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QPushButton *m_close;
    QPushButton *m_make;
};

} // namespace pd::ui
