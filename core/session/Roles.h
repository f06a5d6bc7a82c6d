#pragma once

#include <QString>

#include <optional>

namespace pd {

// Stored as their code in users.role.
enum class Role { Beheerder, Functionaris, Kcc, Auditor };

// A beheerder may all a functionaris may (one officer is often both); an auditor writes nothing.
enum class Permission {
    ManageUsers, // add, remove, reset another user's password
    RegenerateRecoveryKey,
    Backup,
    Restore,
    ChangeSettings, // organisation settings, the deadline policy, letter templates
    IntakeCase, // add a request (the phone intake included)
    EditCases, // identification, extension, completion, reopening, notes
    EditRegisters, // disclosures, recipients, retention, processing register, person import
    ProduceDocuments, // record letters, the AP reference of a complaint dossier, person export
    // Without it, only what CaseScope lets through.
    ViewAllCases,
    ViewRegisters,
    OwnAccount,
};

// The translated names keep UserService's context: one translation for desk, CLI and refusal.
class Roles final
{
public:
    Roles() = delete;

    static QString code(Role role); // "beheerder", "functionaris", "kcc", "auditor"
    static std::optional<Role> fromCode(const QString &code);
    static QString name(Role role); // translated
    static bool may(Role role, Permission permission);
    static QString normalisedLogin(const QString &userName);
};

} // namespace pd
