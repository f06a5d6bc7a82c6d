#pragma once

#include "users/UserAccount.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The one place in the services that writes SQL naming the table `users` (issue 37). The
// layers below keep rows there too: the store writes the first beheerder when it creates a store
// and reads the slots it opens, and the session reads the acting role once. Reads run on the
// connection given; writes on the connection of the caller's UnitOfWork, inside its transaction. A
// failed read is an error (ServiceError::fromSql), never "no users" or "nobody".
class UserRepository final
{
public:
    UserRepository() = delete;

    // --- reads ---

    // The active users (with includeRemoved, every user) by login, in byte order.
    static bool list(const QSqlDatabase &db, bool includeRemoved, QList<UserAccount> *accounts,
                     ServiceError *error);
    // The user with this login (normalised by the caller): *found empty when there is none.
    static bool find(const QSqlDatabase &db, const QString &login,
                     std::optional<UserAccount> *found, ServiceError *error);
    // The login of the active user whose login is this one, compared without case: *found
    // empty when there is none (who received a request, as the intake names them).
    static bool activeLogin(const QSqlDatabase &db, const QString &login,
                            std::optional<QString> *found, ServiceError *error);
    static bool activeBeheerders(const QSqlDatabase &db, int *count, ServiceError *error);
    // Every user's display name by login, removed users included: the documents name people by
    // their name, and the trail's actors keep theirs.
    static bool displayNames(const QSqlDatabase &db, QHash<QString, QString> *names,
                             ServiceError *error);
    // On a server store: whether the login has rights beyond the store (pd_login_privileged in
    // resources/server/access.sql).
    static bool serverLoginPrivileged(const QSqlDatabase &db, const QString &login,
                                      bool *privileged, ServiceError *error);

    // --- writes (on the unit's connection; false with the statement's error) ---

    // A new row, or a removed user's row revived with a new slot and moment of creation.
    static bool add(const QSqlDatabase &db, const UserAccount &account, bool revive,
                    ServiceError *error);
    static bool markRemoved(const QSqlDatabase &db, const QString &login, const QDateTime &when,
                            ServiceError *error);
    static bool setKeySlot(const QSqlDatabase &db, const QString &login, const QString &slot,
                           ServiceError *error);
    static bool setDisplayName(const QSqlDatabase &db, const QString &login, const QString &name,
                               ServiceError *error);
};

} // namespace pd
