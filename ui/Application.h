#pragma once

#include "MainWindow.h"
#include "crypto/Keyring.h"
#include "session/Session.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace pd {
class Store;
}

namespace pd::ui {

class IdleWatcher;
class IntegrityWatch;
struct RestoreRequest;
class ScreenLockWatcher;

// Owns the open Store and the MainWindow, so that the window always goes before the store.
// Dialogs are shown without exec(), so that tests can drive the flow and no event loops nest.
class Application final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storeDirectory; // empty: the last one used, else the default
        bool demo = false;
    };

    // The demo holds fictitious data only, so its password is no secret (its unlock screen shows
    // it).
    static constexpr auto demoUserName = "demo";
    static constexpr auto demoPassword = "demo-demo-demo";

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Argon2id cost for stores created here; tests use minimum().
    void setKdfParams(const KdfParams &kdf) { m_kdf = kdf; }

    void start(const Options &options);

    enum class LockReason { ByHand, Idle, ScreenLocked };

    MainWindow *mainWindow() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    ScreenLockWatcher *screenLockWatcher() const { return m_screenLock; }
    bool isLocking() const { return m_locking; }
    // Keeps a half-typed intake as a draft, closes every dialog one at a time, then the window and
    // the store (the key scrubbed), and asks for the password again.
    void lock(LockReason reason = LockReason::ByHand);
    QDialog *currentDialog() const { return m_dialog; }
    Store *store() const { return m_store.get(); }

Q_SIGNALS:
    void quitRequested();

protected:
    // Ctrl+L in every window: a main-window action does not fire while a dialog blocks its window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWelcome();
    void showCreate();
    void showUnlock(const QString &directory);
    void openExisting();
    void openServer(); // The server profile, then the unlock dialog
    void openDemo();
    void showMainWindow(std::unique_ptr<Store> store);
    void continueLock();
    // A dialog that does not close within the lock's second: the desk comes back, and says which.
    void abandonLock(const QString &blocking);
    void hideOtherWindows();
    static constexpr qint64 maxLockMilliseconds = 1000;
    void showUsers();
    // Closes the window and the store first; opens the store again as the same user after.
    void restoreBackup(const std::shared_ptr<RestoreRequest> &request);
    void reopenUnlock();
    void applySecurityPolicy();
    void quit();
    void showError(const QString &message, void (Application::*then)());
    void setDialog(QDialog *dialog);
    void closeStore();

    KdfParams m_kdf;
    QString m_directory;
    std::unique_ptr<Store> m_store;
    // Made when the store opens, gone before it closes.
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    // Goes before the window and the store.
    std::unique_ptr<IntegrityWatch> m_integrity;
    QPointer<QDialog> m_dialog;
    IdleWatcher *m_idle = nullptr;
    ScreenLockWatcher *m_screenLock = nullptr;
    bool m_locking = false;
    LockReason m_lockReason = LockReason::ByHand;
    QString m_lockNotice;
    QString m_lockedUser; // who was working when the desk locked; in memory only
    // Where that was (in memory only): only the same user of the same store returns there.
    struct LockedPlace
    {
        QString directory;
        QString user;
        MainWindow::Place place;
    };
    std::optional<LockedPlace> m_lockedPlace;
    bool m_lockNoticeAttention = false;
    int m_baseLoopLevel = 0; // the event loop depth the main window runs in
    int m_lockRounds = 0;
    QElapsedTimer m_lockClock; // since the lock began: it ends within a second, one way or another
    QPointer<QWidget> m_lastModal; // the dialog the previous round tried to close
    QList<QPointer<QWidget>> m_hiddenByLock; // other windows (the manual, viewers) hidden with it
};

} // namespace pd::ui
