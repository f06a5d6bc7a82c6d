#include "users/UserListModel.h"

#include "ColumnTitles.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace pd::ui {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserListModel::setUsers(const QList<UserAccount> &users, const QString &actingLogin)
{
    beginResetModel();
    m_users = users;
    m_actingLogin = UserService::normalisedLogin(actingLogin);
    endResetModel();
}

const UserAccount *UserListModel::account(int row) const
{
    if (row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

int UserListModel::rowOf(const QString &login) const
{
    const QString wanted = UserService::normalisedLogin(login);
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == wanted)
            return row;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::shownName(const UserAccount &account, bool isActingUser)
{
    const QString name
        = account.displayName.trimmed().isEmpty() ? account.login : account.displayName.trimmed();
    return isActingUser ? tr("%1 (you)").arg(name) : name;
}

QString UserListModel::roleExplanation(Role role)
{
    switch (role) {
    case Role::Beheerder:
        return tr("Manages users, settings and backups, and may do all a privacy officer may.");
    case Role::Functionaris:
        return tr("Handles requests and keeps the registers; may make backups.");
    case Role::Kcc:
        return tr("Records requests taken by phone; sees only the requests they logged in the "
                  "last 7 days.");
    case Role::Auditor:
        return tr("Reads everything and changes nothing; may print and export dashboards.");
    }
    return {};
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    const UserAccount *user = account(index.row());
    if (!user || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool self = !m_actingLogin.isEmpty() && user->login == m_actingLogin;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return shownName(*user, self);
        case LoginColumn:
            return user->login;
        case RoleColumn:
            return UserService::roleName(user->role);
        case SinceColumn:
            return user->created.isValid()
                ? locale.toString(organisationDay(user->created), QLocale::ShortFormat)
                : QString();
        case RemovedColumn:
            return user->isActive()
                ? QString()
                : locale.toString(organisationDay(user->removed), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == LoginColumn) {
            // Long names are elided in the table; the tooltip has them whole.
            QString tip = shownName(*user, self) + u" — " + user->login;
            if (!user->isActive())
                tip += u'\n'
                    + tr("Removed on %1; the audit trail keeps the name.")
                          .arg(
                              locale.toString(organisationDay(user->removed), QLocale::LongFormat));
            return tip;
        }
        if (index.column() == RoleColumn)
            return roleExplanation(user->role);
        return {};
    case Qt::ForegroundRole:
        if (!user->isActive())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (self) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (!user->isActive()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return user->isActive() ? QString() : tr("removed");
    case LoginRole:
        return user->login;
    case ActiveRole:
        return user->isActive();
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Name"),  QT_TR_NOOP("User name"),  QT_TR_NOOP("Role"),
        QT_TR_NOOP("Since"), QT_TR_NOOP("Removed on"),
    };
    return columnTitle<UserListModel>(titles, section, orientation, role);
}

} // namespace pd::ui
