#pragma once

#include "users/UserService.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// Removed users stay listed, greyed out, because the audit trail still names them. A store has a
// handful of users, so the list is read whole.
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LoginColumn, RoleColumn, SinceColumn, RemovedColumn, ColumnCount };
    static constexpr int LoginRole = Qt::UserRole + 1; // the normalised login
    static constexpr int ActiveRole = Qt::UserRole + 2; // bool

    explicit UserListModel(QObject *parent = nullptr);

    // actingLogin: marked "(you)"; empty when opened with the recovery key.
    void setUsers(const QList<UserAccount> &users, const QString &actingLogin);
    const UserAccount *account(int row) const;
    int rowOf(const QString &login) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The login when there is no name.
    static QString shownName(const UserAccount &account, bool isActingUser);
    // For the add form and the role's tooltip.
    static QString roleExplanation(Role role);

private:
    QList<UserAccount> m_users;
    QString m_actingLogin;
};

} // namespace pd::ui
