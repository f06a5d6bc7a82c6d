#pragma once

#include "session/Session.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QAction;
class QWidget;

namespace pd {
class Session;
}

namespace pd::ui {

// The core refuses what a role may not do; the pages ask this once, when built, so that nobody is
// offered it: such an action is hidden and disabled (its shortcut too), and such a read is not
// attempted (a refused read leaves a user.denied event in the audit trail on every view).
class DeskAccess final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::DeskAccess)
public:
    // The recovery key acts as beheerder.
    static DeskAccess of(const Session &session);
    // nullopt: no active user, which may do nothing.
    static DeskAccess forRole(std::optional<Role> role);

    std::optional<Role> role() const { return m_role; }
    bool may(Permission permission) const;
    // KCC: only the intake fields of the requests one logged; nothing of the history.
    bool intakeOnly() const { return !may(Permission::ViewAllCases); }
    // The core's own sentence (UserService), so the button and the refusal say the same.
    QString deniedReason() const;

    // Hides and disables what the role may never do; an allowed one is left as it is.
    bool offer(QAction *action, Permission permission) const;
    bool offer(QWidget *widget, Permission permission) const;

private:
    std::optional<Role> m_role;
};

} // namespace pd::ui
