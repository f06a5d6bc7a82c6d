#pragma once

#include "Retranslated.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QUuid>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {
class StoreKey;
} // namespace pd

namespace pd::ui {

class BusyLine;
class FolderField;
class MessageLabel;
class PasswordLineEdit;

// The store must be closed (window and Store) before performRestore() runs, and reopened after.
struct RestoreRequest
{
    QString backupDirectory;
    QString storeDirectory;
    QString userName;
    SecureBytes password; // checked against the backup's keyring; wipe by letting it go
    QDateTime backupDate; // local; the backup database file's time
    bool otherStore = false; // the user confirmed that the backup is of another store
    bool isValid() const { return !backupDirectory.isEmpty() && !password.isEmpty(); }
};

// Verifies the backup, keeps a second backup of the current data in the store's backups/ folder,
// then swaps the files; no store may be open on storeDir, in any process. Safe on a worker thread.
// What the replaced store destroyed after the backup was made is destroyed again (*attention:
// that could not be checked). When it fails, nothing was restored.
bool performRestore(const QString &backupDir, const QString &storeDir, const QString &user,
                    const SecureBytes &password, QString *safetyBackup, QString *message,
                    bool otherStore = false, bool *attention = nullptr);

// The password is tried on the backup's keyring first, so that a typo does not close the desk for
// nothing. The dialog changes nothing itself: the application restores its RestoreRequest.
class RestoreDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    explicit RestoreDialog(const Session &session, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    void setBackupDirectory(const QString &directory);
    QString backupDirectory() const;
    QString invalidReason() const; // why "Restore…" is disabled, or empty
    QDateTime backupDate() const; // invalid while no backup is chosen
    bool mayRestore() const { return m_mayRestore; }
    bool isBusy() const { return m_busy; }
    QString message() const; // the inline problem, empty when none
    QString confirmationText() const; // as the confirmation will ask it
    // Asked (default No) before another store's backup may replace this one; empty otherwise.
    QString otherStoreQuestion() const;
    // Once: the password moves out.
    RestoreRequest takeRequest();

    static bool looksLikeBackup(const QString &directory);
    // The time of its database file: the backup's own record is inside the encrypted database.
    static QDateTime backupDateOf(const QString &directory);
    static QString newestBackupIn(const QString &folder);

public Q_SLOTS:
    void chooseFolder();
    void restore(); // tries the password on the backup, then asks for confirmation
    void reject() override; // not while the password is tried

private:
    void layOutWidgets();
    void retranslateUi() override;
    void updateBackupInfo(); // what the chosen folder holds (reads its keyring's store id)
    void validate();
    void setBusy(bool busy);
    void passwordChecked();
    void confirm();
    void askOtherStore();

    QString m_storeDirectory;
    QString m_storeUser;
    QUuid m_storeId;
    QString m_storeOrganisation;
    bool m_otherStore = false;
    bool m_mayRestore = false;
    QString m_roleName;
    bool m_busy = false;
    std::shared_ptr<SecureBytes> m_password;
    RestoreRequest m_request;
    QFutureWatcher<std::shared_ptr<StoreKey>> m_checking;

    QLabel *m_intro;
    QLabel *m_folderLabel;
    FolderField *m_folder;
    QLabel *m_backupInfo;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    PasswordLineEdit *m_passwordEdit;
    QLabel *m_consequence;
    QLabel *m_reason;
    MessageLabel *m_message;
    BusyLine *m_busyLine;
    QPushButton *m_cancel;
    QPushButton *m_restore;
};

} // namespace pd::ui
