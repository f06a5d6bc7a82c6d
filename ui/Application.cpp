#include "Application.h"

#include "AccessibleNames.h"
#include "AltLetters.h"
#include "CreateStoreDialog.h"
#include "DialogFocus.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "SensitiveClipboard.h"
#include "ServerProfileDialog.h"
#include "Settings.h"
#include "UnlockDialog.h"
#include "WelcomeDialog.h"
#include "backup/IntegrityWatch.h"
#include "backup/RestoreDialog.h"
#include "cases/CaseService.h"
#include "cases/ReaderSettings.h"
#include "demo/DemoData.h"
#include "lock/IdleWatcher.h"
#include "lock/ScreenLockWatcher.h"
#include "organisation/OrganisationSettings.h"
#include "store/Store.h"
#include "users/UserManagementDialog.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

Application::Application(QObject *parent)
    : QObject(parent)
    , m_kdf(KdfParams::moderate())
{
    // Dialogs come and go between screens (welcome → create → main window, lock → unlock):
    // the application ends when we say so, not when the last window closes for a moment.
    QApplication::setQuitOnLastWindowClosed(false);
    // Every copy out of the desk is marked for clipboard managers and cleared after a while.
    SensitiveClipboard::instance()->watch();
    // Every dialog opens with the keyboard in its first input.
    watchDialogFocus();
    keepAltLettersOutOfText();
    AccessibleNames::nameComboBoxesByLabel();
    installContextHelp(); // F1 from the first screen on (unlock, create, welcome)

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(LockReason::Idle); });
    m_screenLock = new ScreenLockWatcher(this);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this,
            [this] { lock(LockReason::ScreenLocked); });
    qApp->installEventFilter(this);
}

Application::~Application()
{
    if (m_dialog)
        delete m_dialog.data();
    closeStore();
}

MainWindow *Application::mainWindow() const
{
    return m_window.get();
}

void Application::start(const Options &options)
{
    m_directory = options.storeDirectory.isEmpty()
        ? settings::lastStoreDirectory()
        : ServerLocation::cleanLocation(options.storeDirectory);
    if (options.demo)
        openDemo();
    else if (Store::looksLikeStore(m_directory) || ServerLocation::looksLikeServer(m_directory))
        showUnlock(m_directory);
    else
        showWelcome();
}

void Application::setDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = dialog;
    if (dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
}

void Application::showWelcome()
{
    auto *dialog = new WelcomeDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (dialog != m_dialog)
            return;
        switch (result) {
        case WelcomeDialog::CreateStore:
            showCreate();
            break;
        case WelcomeDialog::OpenDemo:
            openDemo();
            break;
        case WelcomeDialog::OpenExisting:
            openExisting();
            break;
        case WelcomeDialog::OpenServer:
            openServer();
            break;
        default:
            quit();
            break;
        }
    });
    setDialog(dialog);
}

void Application::showCreate()
{
    const QString proposal
        = Store::looksLikeStore(m_directory) ? settings::defaultStoreDirectory() : m_directory;
    auto *dialog = new CreateStoreDialog(proposal);
    dialog->setKdfParams(m_kdf);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (dialog != m_dialog)
            return;
        if (result != QDialog::Accepted) {
            showWelcome();
            return;
        }
        auto store = dialog->takeStore();
        if (!store) {
            showWelcome();
            return;
        }
        m_directory = store->directory();
        settings::setLastStoreDirectory(m_directory);
        settings::setLastUserName(store->userName(), settings::rememberUserName());
        showMainWindow(std::move(store));
    });
    setDialog(dialog);
}

void Application::showUnlock(const QString &directory)
{
    auto *dialog = new UnlockDialog(directory);
    if (!m_lockNotice.isEmpty() || m_locking)
        dialog->setLocked(m_lockReason == LockReason::Idle ? UnlockDialog::LockedBy::Idle
                              : m_lockReason == LockReason::ScreenLocked
                              ? UnlockDialog::LockedBy::ScreenLock
                              : UnlockDialog::LockedBy::Hand,
                          m_lockNotice, m_lockNoticeAttention);
    if ((!m_lockNotice.isEmpty() || m_locking) && !m_lockedUser.isEmpty())
        dialog->setUserName(m_lockedUser);
    if (QDir::cleanPath(directory) == settings::demoStoreDirectory()) {
        dialog->setDemo(true);
        dialog->setUserName(QString::fromLatin1(demoUserName));
    }
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (dialog != m_dialog)
            return;
        auto store = result == QDialog::Accepted ? dialog->takeStore() : nullptr;
        if (!store) {
            quit();
            return;
        }
        m_directory = store->directory();
        if (!store->isDemo())
            settings::setLastStoreDirectory(m_directory);
        const std::optional<LockedPlace> place = std::exchange(m_lockedPlace, std::nullopt);
        const bool sameDesk
            = place && place->directory == store->directory() && place->user == store->userName();
        showMainWindow(std::move(store));
        if (sameDesk)
            m_window->returnTo(place->place);
    });
    setDialog(dialog);
}

void Application::openExisting()
{
    const QString chosen = QFileDialog::getExistingDirectory(nullptr, tr("Open store"),
                                                             QFileInfo(m_directory).absolutePath());
    if (chosen.isEmpty()) {
        showWelcome();
        return;
    }
    if (!Store::looksLikeStore(chosen)) {
        showError(tr("The folder %1 does not contain a Privacydesk store.")
                      .arg(QDir::toNativeSeparators(chosen)),
                  &Application::showWelcome);
        return;
    }
    m_directory = QDir::cleanPath(chosen);
    showUnlock(m_directory);
}

void Application::openServer()
{
    auto *dialog = new ServerProfileDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (dialog != m_dialog)
            return;
        if (result != QDialog::Accepted || dialog->location().isEmpty()) {
            showWelcome();
            return;
        }
        m_directory = dialog->location();
        showUnlock(m_directory);
    });
    setDialog(dialog);
}

void Application::openDemo()
{
    setDialog(nullptr);
    const QString directory = settings::demoStoreDirectory();
    const SecureBytes password = SecureBytes::fromUtf8(QString::fromLatin1(demoPassword));
    const QString user = QString::fromLatin1(demoUserName);
    StoreError error;
    std::unique_ptr<Store> store;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (Store::looksLikeStore(directory)) {
        store = Store::open(directory, user, password, &error);
    } else {
        StoreCreateOptions options;
        options.organisationName = QStringLiteral("Woningstichting Voorbeeld (demo)");
        options.displayName = QString::fromLatin1(DemoData::userDisplayName);
        options.kdf = m_kdf;
        options.demo = true;
        QString recoveryKey; // not shown for the demo: its password is public anyway
        store = Store::create(directory, user, password, options, &recoveryKey, &error);
        wipe(recoveryKey);
        QString failure;
        if (store && !DemoData::generate(*store, DemoOptions {}, {}, &failure)) {
            // The demo still opens; it just holds fewer requests.
            qWarning("demo data: %s", qPrintable(failure));
        }
    }
    QApplication::restoreOverrideCursor();
    if (store && !store->isDemo()) {
        // Never let a real store pass for the demo, whatever sits in the demo folder.
        store.reset();
        error = StoreError(StoreError::Code::Internal);
        showError(tr("The folder %1 holds a store that is not a demo store. Privacydesk does not "
                     "open it as the demo.")
                      .arg(QDir::toNativeSeparators(directory)),
                  &Application::showWelcome);
        return;
    }
    if (!store) {
        showError(tr("The demo could not be opened.") + u' ' + error.message(),
                  &Application::showWelcome);
        return;
    }
    showMainWindow(std::move(store));
}

void Application::showMainWindow(std::unique_ptr<Store> store)
{
    setDialog(nullptr);
    m_integrity.reset();
    m_window.reset();
    m_session.reset();
    m_store = std::move(store);
    m_session = std::make_unique<Session>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_session);
    // Queued: lock() deletes the window, which must not happen inside its own action handler.
    connect(
        m_window.get(), &MainWindow::lockRequested, this, [this] { lock(LockReason::ByHand); },
        Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::quitRequested, this, &Application::quit,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::securityPolicyChanged, this,
            &Application::applySecurityPolicy);
    connect(m_window.get(), &MainWindow::usersRequested, this, &Application::showUsers);
    connect(m_window.get(), &MainWindow::restoreRequested, this,
            [this](const std::shared_ptr<RestoreRequest> &request) {
                // Not inside the dialog's own signal: closing the store deletes the window and
                // the dialog with it.
                QTimer::singleShot(0, this, [this, request] { restoreBackup(request); });
            });
    if (m_window->wantsWholeScreen())
        m_window->showMaximized();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_baseLoopLevel = QThread::currentThread()->loopLevel();
    // The demo opens from main(), before QApplication::exec() runs the loop the window then
    // lives in: its depth is known only at the loop's first turn (taken too early,
    // every lock of the demo desk waited for a dialog that was not there).
    QTimer::singleShot(0, this, [this] {
        if (!m_locking && !QApplication::activeModalWidget())
            m_baseLoopLevel = QThread::currentThread()->loopLevel();
    });
    applySecurityPolicy();
    // What opening repaired (an interrupted user removal it completed): the beheerder hears it.
    // And the deadlines a store from before today's extension rules kept.
    if (const QStringList warnings
        = m_store->openWarnings() + CaseService(*m_session).refreshAtOpen();
        !warnings.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Privacydesk"),
                                    warnings.join(u"\n\n"), QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("openWarnings"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    // Not at every unlock (it reads the whole file): weekly, on a worker thread.
    // (A server store's file is the server's to check: no SQLite integrity check there.)
    if (!m_store->isServer()) {
        m_integrity = std::make_unique<IntegrityWatch>(*m_session, m_window.get());
        m_integrity->startIfDue(systemClock().now());
    }
    // A call or a request that was being typed when the desk locked opens again first.
    // (Not while the desk is locking again: the draft it just kept belongs to the next unlock.)
    QTimer::singleShot(0, m_window.get(), [this] {
        if (m_window && !m_locking)
            m_window->resumeDrafts();
    });
}

void Application::applySecurityPolicy()
{
    if (!m_store) {
        m_idle->setInterval(IdleWatcher::Milliseconds(0));
        return;
    }
    const SecurityPolicy policy = OrganisationSettings(*m_session).security();
    m_idle->setInterval(std::chrono::minutes(policy.autoLockMinutes));
    m_idle->touch();
    useReaderLimitsOf(*m_session);
}

void Application::showUsers()
{
    if (!m_store || !m_window)
        return;
    // The Application owns the store: removing a user rekeys it.
    auto *dialog = new UserManagementDialog(*m_store, *m_session, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void Application::restoreBackup(const std::shared_ptr<RestoreRequest> &request)
{
    if (!m_store || !request || !request->isValid())
        return;
    const QString directory = m_store->directory();
    m_directory = directory;
    closeStore(); // the window first, then the store: its lock is released

    auto *progress = new QProgressDialog(tr("Restoring the backup… Privacydesk first makes a "
                                            "backup of the current data."),
                                         QString(), 0, 0);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setWindowTitle(QStringLiteral("Privacydesk"));
    progress->setMinimumDuration(0);
    progress->setCancelButton(nullptr);
    setDialog(progress);

    struct Outcome
    {
        bool ok = false;
        QString safetyBackup;
        QString message;
        bool attention = false; // what was destroyed after the backup is not sure to be gone
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, directory] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        std::unique_ptr<Store> store;
        StoreError error;
        if (outcome.ok)
            store = Store::open(directory, request->userName, request->password, &error);
        request->password.clear();
        if (!store) {
            showError(outcome.message.isEmpty()
                          ? tr("The backup has been restored, but the store could not be opened "
                               "again. Unlock it with your password.")
                          : outcome.message,
                      &Application::reopenUnlock);
            return;
        }
        showMainWindow(std::move(store));
        auto *done = new QMessageBox(
            outcome.attention ? QMessageBox::Warning : QMessageBox::Information,
            QStringLiteral("Privacydesk"), outcome.message, QMessageBox::Ok, m_window.get());
        done->setObjectName(QStringLiteral("restoreDone"));
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->open();
    });
    watcher->setFuture(QtConcurrent::run([request, directory] {
        Outcome outcome;
        outcome.ok = performRestore(request->backupDirectory, directory, request->userName,
                                    request->password, &outcome.safetyBackup, &outcome.message,
                                    request->otherStore, &outcome.attention);
        return outcome;
    }));
}

void Application::reopenUnlock()
{
    showUnlock(m_directory);
}

void Application::closeStore()
{
    m_idle->setInterval(IdleWatcher::Milliseconds(0));
    m_integrity.reset(); // a running check is cancelled and waited for
    if (m_window) {
        m_window->saveWindowState();
        m_window->disconnect(this);
        m_window.reset();
    }
    m_session.reset();
    m_store.reset();
}

void Application::lock(LockReason reason)
{
    if (!m_store || !m_window || m_locking)
        return;
    m_locking = true;
    m_lockReason = reason;
    m_lockClock.start();
    // The lock screen offers the name of whoever locked it; kept in memory only, never in
    // ~/.config unless remembering was asked for.
    m_lockedUser = m_store->openedWithRecoveryKey() ? QString() : m_store->userName();
    m_lockRounds = 0;
    m_lastModal = nullptr;
    m_idle->setInterval(IdleWatcher::Milliseconds(0));
    // First keep what is being typed, then hide everything at once: whatever follows takes a few
    // turns of the event loop, and nobody should read the screen meanwhile.
    m_lockNotice = m_window->prepareForLock(&m_lockNoticeAttention);
    m_lockedPlace = LockedPlace { m_store->directory(), m_store->userName(), m_window->place() };
    m_window->hide();
    hideOtherWindows();
    clearSensitiveClipboard(); // what was copied from the store goes with it
    continueLock();
}

void Application::hideOtherWindows()
{
    // The manual, an attachment's viewer: windows of their own that hiding the main window
    // leaves on screen. Dialogs that block (exec) are closed round by round instead: hiding one
    // would end its loop with an answer nobody gave.
    m_hiddenByLock.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == m_window.get() || window == m_dialog || !window->isVisible()
            || window->windowModality() != Qt::NonModal || window->isModal()
            || (window->windowType() != Qt::Window && window->windowType() != Qt::Dialog))
            continue;
        m_hiddenByLock << window;
        window->hide();
    }
}

void Application::continueLock()
{
    // A dialog shown with exec() (a message box, a file dialog, a print preview) runs its own
    // event loop on the stack of the code that opened it: deleting the window under it would
    // pull the stack away. So close the top one, let its loop end, and come back; only when the
    // main loop is the one running are the window and the store closed.
    ++m_lockRounds;
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QWidget *modal = QApplication::activeModalWidget();
    if (modal && modal != m_dialog) {
        // A question is answered with its Escape button ("No", "Cancel"), so that the code
        // that asked goes the cautious way. Other dialogs end with done(), not reject(): one
        // that asks "discard your changes?" on reject would ask again every round. What
        // matters is kept already (intake drafts); the rest is given up.
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && modal != m_lastModal) {
            QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
            QCoreApplication::sendEvent(box, &escape);
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->done(QDialog::Rejected);
        } else
            modal->close();
    }
    m_lastModal = modal;
    const bool nested = QThread::currentThread()->loopLevel() > m_baseLoopLevel;
    if ((modal && modal != m_dialog) || nested) {
        // Normally two or three rounds. Something that will not close (it should not happen)
        // must not leave the officer before a hidden desk for good: after a second the desk
        // comes back and says what blocked. Pulling the stack from under it would crash the
        // application with the data still unsaved.
        if (m_lockClock.elapsed() >= maxLockMilliseconds) {
            abandonLock(modal && modal != m_dialog ? modal->windowTitle() : QString());
            return;
        }
        QTimer::singleShot(m_lockRounds < 10 ? 0 : 50, this, &Application::continueLock);
        return;
    }
    const QString directory = m_store->directory();
    m_hiddenByLock.clear();
    closeStore();
    showUnlock(directory);
    m_locking = false;
    m_lockNotice.clear();
}

void Application::abandonLock(const QString &blocking)
{
    qWarning("lock: a window does not close; the desk stays unlocked");
    m_locking = false;
    m_lockedPlace.reset();
    m_lockNotice.clear();
    m_window->show();
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenByLock))
        if (window)
            window->show();
    m_hiddenByLock.clear();
    m_window->raise();
    m_window->activateWindow();
    applySecurityPolicy();
    m_window->resumeDrafts(); // the call or request being typed, kept as a draft, opens again
    QString message;
    if (blocking.isEmpty())
        //: Dutch: "Privacydesk is niet vergrendeld: een venster sluit niet. Sluit het en
        //: vergrendel opnieuw (Ctrl+L)."
        message = tr("Privacydesk is not locked: a window does not close. Close it and lock "
                     "again (Ctrl+L).");
    else
        //: Dutch: "Privacydesk is niet vergrendeld: het venster ‘%1’ sluit niet. Sluit het en
        //: vergrendel opnieuw (Ctrl+L)."
        message = tr("Privacydesk is not locked: the window ‘%1’ does not close. Close it and "
                     "lock again (Ctrl+L).")
                      .arg(blocking);
    auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Privacydesk"), message,
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("lockAbandoned"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool Application::eventFilter(QObject *watched, QEvent *event)
{
    // Only what blocks the main window needs this: there the action's own shortcut works. A
    // ShortcutOverride is accepted so no widget of the dialog takes the keys for itself, and the
    // KeyPress that follows locks.
    if ((event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        || !m_window || m_locking || !watched->isWidgetType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    if (pressed.isEmpty() || !m_window->lockAction()->shortcuts().contains(pressed))
        return false;
    QWidget *window = static_cast<QWidget *>(watched)->window();
    if (window == m_window.get() && !QApplication::activeModalWidget())
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return false;
    }
    // Queued, as for the action: the dialog that received the key must not be deleted under
    // its own key handler.
    QTimer::singleShot(0, this, [this] { lock(LockReason::ByHand); });
    return true;
}

void Application::quit()
{
    setDialog(nullptr);
    closeStore();
    Q_EMIT quitRequested();
}

void Application::showError(const QString &message, void (Application::*then)())
{
    setDialog(nullptr);
    auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Privacydesk"), message,
                                QMessageBox::Ok);
    box->setObjectName(QStringLiteral("errorBox"));
    connect(box, &QDialog::finished, this, [this, box, then] {
        if (box == m_dialog)
            (this->*then)();
    });
    setDialog(box);
}

} // namespace pd::ui
