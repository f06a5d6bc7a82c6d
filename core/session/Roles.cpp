#include "session/Roles.h"

#include <QCoreApplication>

namespace pd {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Beheerder:
        return QStringLiteral("beheerder");
    case Role::Functionaris:
        return QStringLiteral("functionaris");
    case Role::Kcc:
        return QStringLiteral("kcc");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role role : { Role::Beheerder, Role::Functionaris, Role::Kcc, Role::Auditor }) {
        if (Roles::code(role) == code.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString Roles::name(Role role)
{
    // UserService's context, where these names were first translated (and the desk reads them).
    switch (role) {
    case Role::Beheerder:
        return QCoreApplication::translate("pd::UserService", "Administrator");
    case Role::Functionaris:
        return QCoreApplication::translate("pd::UserService", "Privacy officer");
    case Role::Kcc:
        return QCoreApplication::translate("pd::UserService", "Customer contact agent");
    case Role::Auditor:
        return QCoreApplication::translate("pd::UserService", "Auditor");
    }
    return {};
}

bool Roles::may(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::RegenerateRecoveryKey:
    case Permission::Restore:
    case Permission::ChangeSettings:
        return role == Role::Beheerder;
    case Permission::Backup:
        // A backup is the same encrypted data under the same slots; those who keep the
        // registers may make one.
    case Permission::EditCases:
    case Permission::EditRegisters:
    case Permission::ProduceDocuments:
        // Everything on cases and registers; a beheerder may do all a functionaris may.
        return role == Role::Beheerder || role == Role::Functionaris;
    case Permission::IntakeCase:
        return role != Role::Auditor;
    case Permission::ViewAllCases:
    case Permission::ViewRegisters:
        return role != Role::Kcc;
    case Permission::OwnAccount:
        return true;
    }
    return false;
}

QString Roles::normalisedLogin(const QString &userName)
{
    // As Store::create writes users.login.
    return userName.trimmed().toCaseFolded();
}

} // namespace pd
