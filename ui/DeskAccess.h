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

// What the acting user's role lets a page offer. The core refuses every write and
// every register read a role may not do (Roles::may, Session::permit); the pages ask the
// session this once, when they are built (one users query), so that nobody is offered what their
// role does not allow: an action the role can never take is hidden and disabled (so its shortcut
// does not fire either), and a read the role may not do is not attempted (a refused read would
// leave a user.denied event in the audit trail on every view).
class DeskAccess final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::DeskAccess)
public:
    // The acting role of the store as opened (the recovery key acts as beheerder).
    static DeskAccess of(const Session &session);
    // For a role known already; nullopt: no active user, which may do nothing.
    static DeskAccess forRole(std::optional<Role> role);

    std::optional<Role> role() const { return m_role; }
    bool may(Permission permission) const;
    // KCC: only the intake fields of the requests one logged (CaseScope); nothing of the
    // history, the documents, the disclosures or the identification.
    bool intakeOnly() const { return !may(Permission::ViewAllCases); }
    // "Your role (auditor) does not allow this.": the core's own sentence (UserService), so the
    // button and the refusal say the same.
    QString deniedReason() const;

    // Hides and disables what the role may never do; returns whether it may. An allowed action
    // or widget is left as it is (its own state decides whether it is enabled).
    bool offer(QAction *action, Permission permission) const;
    bool offer(QWidget *widget, Permission permission) const;

private:
    std::optional<Role> m_role;
};

} // namespace pd::ui
