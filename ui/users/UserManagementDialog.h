#pragma once

#include "users/UserService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pd {
class Session;
class Store;
} // namespace pd

namespace pd::ui {

class MessageLabel;
class UserListModel;

// "Gebruikers…": who works with this store, their roles, and what a beheerder does about it:
// add a user, reset a password, remove a user (which rekeys the database), renew the recovery
// key; and for everyone, changing their own password. Opened by someone whose role lacks
// ManageUsers, it shows the list read-only and keeps only "change my password". The service
// decides in the end (and records a refusal); the buttons only save people the attempt.
//
// Removing rekeys the database on the store's own connection (Store::removeKeySlotAndRekey):
// that needs no other connection and no open transaction, which holds for the desk (views read
// through services whose queries end with the call), so it runs here, on the GUI thread, with
// a wait cursor and a busy line. Sub-dialogs open window-modal with open(), never exec(), so
// that the locked desk can close them.
class UserManagementDialog final : public QDialog
{
    Q_OBJECT
public:
    UserManagementDialog(Store &store, const Session &session, QWidget *parent = nullptr);
    ~UserManagementDialog() override;

    bool isReadOnly() const { return m_readOnly; }
    QTableView *view() const { return m_view; }
    UserListModel *model() const { return m_model; }
    QString message() const; // the inline message under the table, empty when none
    bool isBusy() const { return m_busy; }

    QString selectedLogin() const;
    bool selectLogin(const QString &login);

public Q_SLOTS:
    void refresh(); // reads the users again, keeps the selection
    void addUser();
    void resetPassword(); // the selected user; for yourself: changeOwnPassword()
    void renameSelected(); // the name the selected user's letters are signed with
    void removeSelected(); // asks first (Del)
    void changeOwnPassword();
    void regenerateRecoveryKey(); // asks first, then shows the new key once

    void reject() override; // not while rekeying

Q_SIGNALS:
    // A user was added or removed, a password or the recovery key changed: the audit trail
    // grew, and after a removal the store runs under a new master key.
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void layOutWidgets();
    void connectWidgets();
    void retranslateUi();
    void updateButtons();
    void removeConfirmed(const QString &login);
    void regenerateConfirmed();
    void setBusy(bool busy, const QString &text = {});
    std::optional<UserAccount> selectedAccount() const;
    bool isActingUser(const QString &login) const;

    Store &m_store;
    const Session m_session;
    std::optional<Role> m_actingRole;
    bool m_readOnly = true;
    bool m_mayRegenerate = false;
    bool m_busy = false;

    QLabel *m_intro;
    QLabel *m_readOnlyNote;
    UserListModel *m_model;
    QTableView *m_view;
    QCheckBox *m_showRemoved;
    MessageLabel *m_message;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_ownPassword;
    QPushButton *m_recoveryKey;
    QPushButton *m_close;
};

} // namespace pd::ui
