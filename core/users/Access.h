#pragma once

#include "cases/CaseService.h"
#include "users/UserService.h"

namespace pd {

class Store;

// The role check at the entry of every write of the case, register, settings and document
// services (issue 8): UserService::check with the answer as a ServiceError. Denied: *error has
// code Denied and the translated "Your role (…) does not allow this.", and a user.denied audit
// event names the action and the target (an identifier, never personal data). Nothing else is
// written.
bool permitted(const Store &store, const Clock &clock, Permission permission, const QString &action,
               const QString &target, ServiceError *error);

} // namespace pd
