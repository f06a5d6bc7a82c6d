#include "users/Access.h"

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

} // namespace pd
