#include "Application.h"

#include "CreateStoreDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "UnlockDialog.h"
#include "WelcomeDialog.h"
#include "demo/DemoData.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

namespace pd::ui {

Application::Application(QObject *parent)
    : QObject(parent)
    , m_kdf(KdfParams::moderate())
{
    // Dialogs come and go between screens (welcome → create → main window, lock → unlock):
    // the application ends when we say so, not when the last window closes for a moment.
    QApplication::setQuitOnLastWindowClosed(false);
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
    m_directory = options.storeDirectory.isEmpty() ? settings::lastStoreDirectory()
                                                   : QDir::cleanPath(options.storeDirectory);
    if (options.demo)
        openDemo();
    else if (Store::looksLikeStore(m_directory))
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
        settings::setLastUserName(store->userName());
        showMainWindow(std::move(store));
    });
    setDialog(dialog);
}

void Application::showUnlock(const QString &directory)
{
    auto *dialog = new UnlockDialog(directory);
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
        showMainWindow(std::move(store));
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
    m_window.reset();
    m_store = std::move(store);
    m_window = std::make_unique<MainWindow>(*m_store);
    // Queued: lock() deletes the window, which must not happen inside its own action handler.
    connect(m_window.get(), &MainWindow::lockRequested, this, &Application::lock,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::quitRequested, this, &Application::quit,
            Qt::QueuedConnection);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Application::closeStore()
{
    if (m_window) {
        m_window->saveWindowState();
        m_window->disconnect(this);
        m_window.reset();
    }
    m_store.reset();
}

void Application::lock()
{
    if (!m_store)
        return;
    const QString directory = m_store->directory();
    closeStore();
    showUnlock(directory);
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
