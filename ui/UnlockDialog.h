#pragma once

#include "Retranslated.h"
#include "crypto/SecureBytes.h"
#include "store/StoreError.h"
#include "store/UnlockBackoff.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pd {
class Store;
class StoreKey;
} // namespace pd

namespace pd::ui {

class BusyLine;
class DemoBanner;
class MessageLabel;
class PasswordLineEdit;

// From the third wrong password in a row the next attempt waits (UnlockBackoff), also across
// restarts. Non-blocking: show it with open(); it emits unlocked() and accepts once the store
// is open, and takeStore() hands it over.
class UnlockDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &directory, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    void setUserName(const QString &userName);
    // The banner, and the public demo credentials as a hint.
    void setDemo(bool demo);
    std::unique_ptr<Store> takeStore();

    bool isBusy() const { return m_busy; }
    bool isRecoveryMode() const;
    void setRecoveryMode(bool recovery);
    QString errorMessage() const;

    enum class LockedBy { Hand, Idle, ScreenLock };
    // attention: the notice asks for action (a warning), else it is a status.
    void setLocked(LockedBy by, const QString &notice, bool attention = false);
    bool isLockScreen() const { return m_locked; }
    QString lockText() const;

    // For tests; clock must outlive the dialog. Reads the current folder's counter again.
    void setClock(const Clock &clock);
    const UnlockBackoff &backoff() const { return m_backoff; }
    int secondsToWait() const { return m_backoff.secondsToWait(); }

Q_SIGNALS:
    void unlocked();

public Q_SLOTS:
    void reject() override;

private:
    QLayout *createHeader();
    void createModePages();
    QLayout *createButtonRow();
    void retranslateUi() override;
    void unlock();
    void finishUnlock();
    void chooseOtherStore();
    void setBusy(bool busy);
    void updateBackoff();
    // A wrong password is counted.
    void finishOpen(std::unique_ptr<Store> store, const StoreError &error);

    QString m_directory;
    std::unique_ptr<Store> m_store;
    QFutureWatcher<std::shared_ptr<StoreKey>> m_unlocking;
    QString m_pendingUser;
    bool m_busy = false;
    bool m_demo = false;
    bool m_locked = false;
    bool m_server = false; // the location is a server store's
    LockedBy m_lockedBy = LockedBy::Hand;
    UnlockBackoff m_backoff;
    QTimer *m_backoffTimer;

    DemoBanner *m_demoBanner;
    QLabel *m_demoHint;
    QLabel *m_title;
    QLabel *m_location;
    QLabel *m_lockInfo;
    MessageLabel *m_lockNotice;
    QStackedWidget *m_modes;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    PasswordLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_recoveryHint;
    QLabel *m_recoveryLabel;
    PasswordLineEdit *m_recoveryKey;
    MessageLabel *m_message;
    BusyLine *m_busyLine;
    QPushButton *m_recoveryButton;
    QPushButton *m_otherStoreButton;
    QPushButton *m_quitButton;
    QPushButton *m_unlockButton;
};

} // namespace pd::ui
