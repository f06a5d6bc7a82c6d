#include "session/Access.h"

namespace pd {

CaseScope CaseScope::of(const Session &session)
{
    CaseScope scope;
    scope.m_role = session.role();
    scope.m_all = scope.m_role && Roles::may(*scope.m_role, Permission::ViewAllCases);
    if (scope.m_role && !scope.m_all)
        scope.m_login = session.login();
    return scope;
}

QDate CaseScope::since(QDate today) const
{
    return m_all ? QDate() : today.addDays(-kccWindowDays);
}

} // namespace pd
