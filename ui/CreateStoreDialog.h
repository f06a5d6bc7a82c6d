#pragma once

#include "Retranslated.h"
#include "crypto/Keyring.h"
#include "crypto/SecureBytes.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace pd {
class StoreKey;
class Store;
} // namespace pd

namespace pd::ui {

class BusyLine;
class FolderField;
class MessageLabel;
class PasswordLineEdit;
class PasswordStrengthMeter;
class RecoveryKeyPage;

// The recovery key is shown exactly once, and the user must tick that it is kept before going
// on: a store whose key was never kept is one forgotten password away from being lost.
// Non-blocking: show it with open(); once it accepts, takeStore() hands the open store over.
class CreateStoreDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    enum class Page { Form, RecoveryKey };

    explicit CreateStoreDialog(const QString &directory, QWidget *parent = nullptr);
    ~CreateStoreDialog() override;

    // Argon2id cost of the first user's slot; tests use minimum().
    void setKdfParams(const KdfParams &kdf) { m_kdf = kdf; }

    Page page() const;
    QString directory() const;
    QString invalidReason() const;
    std::unique_ptr<Store> takeStore();

public Q_SLOTS:
    void reject() override;

private:
    QWidget *createFormPage(const QString &directory);
    void retranslateUi() override;
    void validate();
    void chooseDirectory();
    void create();
    void finishCreate();
    void showRecoveryKey();
    void finish();
    void setBusy(bool busy);

    KdfParams m_kdf;
    std::unique_ptr<Store> m_store;
    QFutureWatcher<std::shared_ptr<StoreKey>> m_preparing;
    bool m_busy = false;

    QStackedWidget *m_pages;
    QLabel *m_formTitle;
    QLabel *m_formIntro;
    QLabel *m_directoryLabel;
    FolderField *m_directory;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisationEdit;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName; // signs the letters: never the login
    QLabel *m_passwordLabel;
    PasswordLineEdit *m_password;
    PasswordStrengthMeter *m_meter;
    QLabel *m_repeatLabel;
    PasswordLineEdit *m_repeat;
    QLabel *m_reason;
    MessageLabel *m_message;
    BusyLine *m_busyLine;
    QPushButton *m_cancelButton;
    QPushButton *m_createButton;
    RecoveryKeyPage *m_keyPage; // the recovery key, wiped when the dialog is done
};

} // namespace pd::ui
