#pragma once

#include "crypto/SecureBytes.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QUuid>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd {
class Store;
class StoreKey;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class PasswordLineEdit;

// What the restore dialog hands to the application once the user has confirmed: the store must
// be closed (window and Store) before performRestore() may run, and reopened after it.
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

// Replaces the store in storeDirectory by the backup (Store::restore): the backup is verified
// first, a second backup of the current data goes to the store's backups/ folder, then the
// files are swapped. No store may be open on storeDirectory, in this process or another. Safe
// on a worker thread (no widgets). *message receives one translated sentence or two for the
// user, success or not; *safetyBackup the folder with the data as they were.
// otherStore: the user confirmed that the backup belongs to another store (else such a backup is
// refused, Store::restore). What the replaced store destroyed after the backup was made is
// destroyed again (RetentionService::restore) and *message says so; *attention is set when that
// could not be checked. When it failed, nothing was restored (the message says why).
bool performRestore(const QString &backupDir, const QString &storeDir, const QString &user,
                    const SecureBytes &password, QString *safetyBackup, QString *message,
                    bool otherStore = false, bool *attention = nullptr);

// "Back-up terugzetten…" (beheerder, Permission::Restore): choose a backup folder, give your
// password, and confirm that the current data are replaced by the backup of that date. The
// password is first tried on the backup's keyring (on a worker thread, Argon2id), so that a typo
// does not close the desk for nothing. The dialog itself changes nothing: it accepts with a
// RestoreRequest (takeRequest()), and the application closes the window and the store, calls
// performRestore() and opens the store again.
class RestoreDialog final : public QDialog
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
    // The question asked (default No) before a backup of another store may replace this one;
    // empty when the backup is of this store.
    QString otherStoreQuestion() const;
    // After accepted(): the request, once (the password moves out).
    RestoreRequest takeRequest();

    // A folder with a backup's two files.
    static bool looksLikeBackup(const QString &directory);
    // The backup's date: the time of its database file (the backup's own record of it is inside
    // the encrypted database). Invalid when the folder holds no backup.
    static QDateTime backupDateOf(const QString &directory);
    // The newest backup folder directly inside folder (by date), or empty.
    static QString newestBackupIn(const QString &folder);

public Q_SLOTS:
    void chooseFolder();
    void restore(); // tries the password on the backup, then asks for confirmation
    void reject() override; // not while the password is tried

protected:
    void changeEvent(QEvent *event) override;

private:
    void layOutWidgets();
    void retranslateUi();
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
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_backupInfo;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    PasswordLineEdit *m_passwordEdit;
    QLabel *m_consequence;
    QLabel *m_reason;
    MessageLabel *m_message;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QPushButton *m_cancel;
    QPushButton *m_restore;
};

} // namespace pd::ui
