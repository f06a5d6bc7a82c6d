#pragma once

#include "session/Roles.h"

#include <QDateTime>
#include <QString>

namespace pd {

// A user of one store, as the users table keeps them.
struct UserAccount
{
    QString login; // normalised (trimmed, case-folded): the user name the keyring knows
    QString displayName;
    Role role = Role::Functionaris;
    QString keySlot; // the keyring slot id; empty once removed
    QDateTime created; // UTC
    QDateTime removed; // UTC; invalid while active
    bool isActive() const { return !removed.isValid(); }
};

} // namespace pd
