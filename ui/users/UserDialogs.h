#pragma once

#include "Retranslated.h"
#include "users/UserService.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {
class Session;
class Store;
} // namespace pd

namespace pd::ui {

class BusyLine;
class MessageLabel;
class NewPasswordFields;
class PasswordLineEdit;

// Writing a key slot (Argon2id) takes a second or two on the store's thread, so the form shows a
// busy line and takes no input meanwhile; on failure it stays open with the message.
class UserFormDialog : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    ~UserFormDialog() override;

    QString invalidReason() const { return reasonFor(); }
    QString errorMessage() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override; // not while busy
    void submit(); // the action button

protected:
    UserFormDialog(Store &store, const Session &session, QWidget *parent);
    // Call at the end of the subclass's constructor.
    void finishLayout();
    void validate();

    virtual QString reasonFor() const = 0;
    virtual bool perform(UserError *error) = 0;
    void retranslateUi() override;

    Store &m_store;
    const Session m_session;
    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_reason;
    MessageLabel *m_message;
    BusyLine *m_busyLine;
    QPushButton *m_cancel;
    QPushButton *m_action;

private:
    void setBusy(bool busy);
    bool m_busy = false;
};

// The beheerder passes the first password on in person; the user changes it later.
class AddUserDialog final : public UserFormDialog
{
    Q_OBJECT
public:
    AddUserDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    QString addedLogin() const { return m_addedLogin; }

protected:
    QString reasonFor() const override;
    bool perform(UserError *error) override;
    void retranslateUi() override;

private:
    Role currentRole() const;
    void updateExplanation();

    QSet<QString> m_activeLogins;
    QString m_addedLogin;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_roleExplanation;
    NewPasswordFields *m_password;
};

// Without knowing the old one: their key slot is replaced, no rekey.
class ResetPasswordDialog final : public UserFormDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Store &store, const UserAccount &account, const Session &session,
                        QWidget *parent = nullptr);

protected:
    QString reasonFor() const override;
    bool perform(UserError *error) override;
    void retranslateUi() override;

private:
    UserAccount m_account;
    NewPasswordFields *m_password;
};

// The name a user's letters are signed with.
class DisplayNameDialog final : public UserFormDialog
{
    Q_OBJECT
public:
    DisplayNameDialog(Store &store, const UserAccount &account, const Session &session,
                      QWidget *parent = nullptr);

protected:
    QString reasonFor() const override;
    bool perform(UserError *error) override;
    void retranslateUi() override;

private:
    UserAccount m_account;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
};

// The current password proves it; only this user's key slot is rewrapped.
class ChangePasswordDialog final : public UserFormDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Store &store, const Session &session, QWidget *parent = nullptr);

protected:
    QString reasonFor() const override;
    bool perform(UserError *error) override;
    void retranslateUi() override;

private:
    QLabel *m_currentLabel;
    PasswordLineEdit *m_current;
    NewPasswordFields *m_password;
};

} // namespace pd::ui
