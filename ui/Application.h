#pragma once

#include "crypto/Keyring.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace pd {
class Store;
}

namespace pd::ui {

class MainWindow;

// Drives the GUI from start to finish: which first screen to show (welcome, create, unlock or
// the demo), the main window once a store is open, and locking (close the window, then the
// store, then ask for the password again). It owns the open Store and the MainWindow, so that
// the window always goes before the store. Every dialog is shown without exec(), so that tests
// can drive the whole flow and nothing nests event loops.
class Application final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storeDirectory; // empty: the last one used, else the default
        bool demo = false;
    };

    // The demo store holds fictitious data only, so its password is not a secret: it is
    // written here and shown on its unlock screen.
    static constexpr auto demoUserName = "demo";
    static constexpr auto demoPassword = "demo-demo-demo";

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Argon2id cost for stores created here (moderate by default; tests use minimum()).
    void setKdfParams(const KdfParams &kdf) { m_kdf = kdf; }

    void start(const Options &options);

    MainWindow *mainWindow() const;
    QDialog *currentDialog() const { return m_dialog; }
    Store *store() const { return m_store.get(); }

Q_SIGNALS:
    void quitRequested();

private:
    void showWelcome();
    void showCreate();
    void showUnlock(const QString &directory);
    void openExisting();
    void openDemo();
    void showMainWindow(std::unique_ptr<Store> store);
    void lock();
    void quit();
    void showError(const QString &message, void (Application::*then)());
    void setDialog(QDialog *dialog);
    void closeStore();

    KdfParams m_kdf;
    QString m_directory;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QDialog> m_dialog;
};

} // namespace pd::ui
