#include "users/Access.h"

#include "store/Store.h"

namespace pd {

bool permitted(const Store &store, const Clock &clock, Permission permission, const QString &action,
               const QString &target, ServiceError *error)
{
    UserError denied;
    if (UserService::check(store, clock, permission, action, target, &denied))
        return true;
    *error = { ServiceError::Code::Denied, denied.message, {}, denied.detail };
    return false;
}

bool readable(const Store &store, const Clock &clock, Permission permission, const QString &action,
              const QString &target, ServiceError *error)
{
    ServiceError ignored;
    return permitted(store, clock, permission, action, target, error ? error : &ignored);
}

CaseScope CaseScope::of(const Store &store)
{
    CaseScope scope;
    scope.m_role = UserService::actingRoleOf(store);
    scope.m_all = scope.m_role && UserService::roleMay(*scope.m_role, Permission::ViewAllCases);
    if (scope.m_role && !scope.m_all)
        scope.m_login = UserService::normalisedLogin(store.userName());
    return scope;
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

bool CaseScope::covers(const Case &request, QDate today) const
{
    if (m_all)
        return true;
    return !m_login.isEmpty() && request.receivedDate >= since(today)
        && request.receivedBy == m_login;
}

Case CaseScope::intakeFields(const Case &request)
{
    Case intake;
    intake.id = request.id;
    intake.number = request.number;
    intake.person = request.person;
    intake.person.relationEnd = QDate();
    intake.person.source.clear(); // the officer's record, not an intake field
    intake.types = request.types;
    intake.channel = request.channel;
    intake.receivedDate = request.receivedDate;
    intake.receivedAt = request.receivedAt;
    intake.receivedBy = request.receivedBy;
    intake.registeredAt = request.registeredAt;
    intake.representative = request.representative;
    intake.representativeMandate = request.representativeMandate;
    intake.description = request.description;
    intake.callbackPhone = request.callbackPhone;
    intake.state = request.state;
    intake.version = request.version;
    intake.intakeOnly = true;
    return intake;
}

} // namespace pd
