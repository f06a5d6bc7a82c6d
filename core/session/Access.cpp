#include "session/Access.h"

#include "store/Store.h"

namespace pd {

bool permitted(const Store &store, const Clock &clock, Permission permission, const QString &action,
               const QString &target, ServiceError *error)
{
    return Session(store, clock).permit(permission, action, target, error);
}

bool readable(const Store &store, const Clock &clock, Permission permission, const QString &action,
              const QString &target, ServiceError *error)
{
    return Session(store, clock).permitRead(permission, action, target, error);
}

CaseScope CaseScope::of(const Session &session)
{
    CaseScope scope;
    scope.m_role = session.role();
    scope.m_all = session.may(Permission::ViewAllCases);
    if (scope.m_role && !scope.m_all)
        scope.m_login = session.login();
    return scope;
}

CaseScope CaseScope::of(const Store &store)
{
    return of(Session(store));
}

QDate CaseScope::since(QDate today) const
{
    return m_all ? QDate() : today.addDays(-kccWindowDays);
}

QString CaseScope::condition(QDate today, QVariantList *values) const
{
    if (m_all)
        return {};
    if (m_login.isEmpty())
        return QStringLiteral(" AND 0 = 1");
    // The date first: a range of cases_received_number, then the login per row of that week.
    *values << since(today).toString(Qt::ISODate) << m_login;
    return QStringLiteral(" AND c.received_date >= ? AND c.received_by = ?");
}

} // namespace pd
