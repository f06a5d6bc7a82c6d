#pragma once

#include <QString>

#include <optional>

namespace pd {

// The four roles. Stored as their code in users.role.
enum class Role { Beheerder, Functionaris, Kcc, Auditor };

// What a role may do: one table (Roles::may) that the session asks at the entry of each write
// (UnitOfWork, Session::permit) and of each read of the registers, the reports and the full
// request file (Session::permitRead).
//
//                          beheerder  functionaris  kcc  auditor
//   ManageUsers                x
//   RegenerateRecoveryKey      x
//   Restore                    x
//   ChangeSettings             x
//   Backup                     x           x
//   EditCases                  x           x
//   EditRegisters              x           x
//   ProduceDocuments           x           x
//   IntakeCase                 x           x          x
//   ViewAllCases               x           x                   x
//   ViewRegisters              x           x                   x
//
// The issue names beheerder for users and settings and functionaris for everything on cases and
// registers. A beheerder may also do all a functionaris may: a small organisation's privacy
// officer is often both, and the first user of every store is a beheerder. Auditors write
// nothing (they read everywhere, and may print and export dashboards, which write nothing).
// A KCC-medewerker reads only through the CaseScope of session/Access.h: the intake fields of the
// requests they logged in the last CaseScope::kccWindowDays days, and the person search of the
// phone intake.
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
    // Reads. Every request with all its fields, its audit history, letters and notes (without
    // it: only what CaseScope lets through).
    ViewAllCases,
    // The disclosure, recipient, retention and processing registers, the dashboards, the
    // person report (inzage) and the complaint dossier.
    ViewRegisters,
    // Change one's own password (the old one proves it): every active user of the store.
    OwnAccount,
};

// The role table and the roles' names, below every service: the session checks roles before a
// service writes, and the users module (UserService) keeps its own names for these as
// forwards. The translated names keep UserService's translation context, so one translation
// serves the desk, the CLI and the refusal.
class Roles final
{
public:
    Roles() = delete;

    static QString code(Role role); // "beheerder", "functionaris", "kcc", "auditor"
    static std::optional<Role> fromCode(const QString &code);
    static QString name(Role role); // translated
    static bool may(Role role, Permission permission);
    // The user name as users.login and the keyring hold it (trimmed, case-folded).
    static QString normalisedLogin(const QString &userName);
};

} // namespace pd
