#pragma once

#include "Retranslated.h"
#include "users/UserService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pd {
class Session;
class Store;
} // namespace pd

namespace pd::ui {

class BusyLine;
class MessageLabel;
class UserListModel;

// Without ManageUsers the list is read-only; the service decides in the end, the buttons only
// spare people the attempt. Removing rekeys on the store's own connection, on the GUI thread;
// sub-dialogs open with open(), never exec(), so that the locked desk can close them.
class UserManagementDialog final : public Retranslated<QDialog>
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
    // The audit trail grew; after a removal the store runs under a new master key.
    void usersChanged();

private:
    void layOutWidgets();
    void connectWidgets();
    void retranslateUi() override;
    void updateButtons();
    // Opens a user form; once it is accepted, done() reloads what it must and says what was done.
    void openForm(QDialog *dialog, const std::function<QString()> &done);
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
    BusyLine *m_busyLine;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_ownPassword;
    QPushButton *m_recoveryKey;
    QPushButton *m_close;
};

} // namespace pd::ui
