#include "DeskAccess.h"

#include "session/Session.h"

#include <QAction>
#include <QWidget>

namespace pd::ui {

DeskAccess DeskAccess::of(const Session &session)
{
    return forRole(session.role());
}

DeskAccess DeskAccess::forRole(std::optional<Role> role)
{
    DeskAccess access;
    access.m_role = role;
    return access;
}

bool DeskAccess::may(Permission permission) const
{
    return m_role && UserService::roleMay(*m_role, permission);
}

QString DeskAccess::deniedReason() const
{
    // The same source text and context as Session::deniedMessage, so one translation serves both.
    return m_role
        ? QCoreApplication::translate("pd::UserService", "Your role (%1) does not allow this.")
              .arg(UserService::roleName(*m_role))
        : QCoreApplication::translate(
            "pd::UserService", "You are not an active user of this store; nothing is allowed.");
}

bool DeskAccess::offer(QAction *action, Permission permission) const
{
    if (may(permission))
        return true;
    action->setEnabled(false);
    action->setVisible(false);
    return false;
}

bool DeskAccess::offer(QWidget *widget, Permission permission) const
{
    if (may(permission))
        return true;
    widget->setEnabled(false);
    widget->setVisible(false);
    return false;
}

} // namespace pd::ui
