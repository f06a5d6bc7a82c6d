#pragma once

#include "util/ServiceError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>
#include <utility>

namespace pd {

// The one place that writes SQL naming the table `users`. Three layers keep rows
// there: the store writes the first beheerder when it creates a store and reads which key slots
// the users claim, the session reads the acting user's role once, and the users module
// (users/UserService) adds, removes, renames and rekeys users. As with the settings table
// (SettingsRepository), the lowest layer that keeps rows there owns it, so that each of them
// reaches it; a role is its code here (session/Roles reads it). Reads run on the connection
// given; the users module's writes on the connection of the caller's UnitOfWork, inside its
// transaction. A failed read is an error (ServiceError::fromSql), never "no users" or "nobody".
class UserRepository final
{
public:
    UserRepository() = delete;

    // A users row as stored.
    struct Row
    {
        QString login; // normalised (trimmed, case-folded)
        QString displayName;
        QString roleCode;
        QString keySlot; // empty once removed
        QDateTime created; // UTC
        QDateTime removed; // UTC; invalid while active
    };

    // --- reads ---

    // The active users (with includeRemoved, every user) by login, in byte order.
    static bool list(const QSqlDatabase &db, bool includeRemoved, QList<Row> *rows,
                     ServiceError *error);
    // The user with this login (normalised by the caller): *found empty when there is none.
    static bool find(const QSqlDatabase &db, const QString &login, std::optional<Row> *found,
                     ServiceError *error);
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
    static bool add(const QSqlDatabase &db, const Row &row, bool revive, ServiceError *error);
    static bool markRemoved(const QSqlDatabase &db, const QString &login, const QDateTime &when,
                            ServiceError *error);
    static bool setKeySlot(const QSqlDatabase &db, const QString &login, const QString &slot,
                           ServiceError *error);
    static bool setDisplayName(const QSqlDatabase &db, const QString &login, const QString &name,
                               ServiceError *error);

    // --- for the session: the acting user, read once when a session is made ---

    // The acting user's row as stored: the role's code and when the user was removed (empty
    // when not).
    struct ActingUser
    {
        QString roleCode;
        QString removedAt;
    };
    // The row of the user whose normalised login is login; nullopt when there is none or it
    // could not be read: a session without a row may do nothing either way.
    static std::optional<ActingUser> actingUser(const QSqlDatabase &db, const QString &login);

    // --- for the store: its first beheerder and the key slots the users claim ---

    // The first user of a new store, a beheerder (createdAt: ISO 8601, UTC): false with *error.
    static bool addFirstBeheerder(const QSqlDatabase &db, const QString &login,
                                  const QString &displayName, const QString &keySlot,
                                  const QString &createdAt, QSqlError *error);
    // The login when an active user has exactly this (normalised) login; empty when none has or
    // it could not be read.
    static QString activeLoginExactly(const QSqlDatabase &db, const QString &login);
    // The login of the active user whose key slot this is; empty when none or not read.
    static QString activeLoginOfSlot(const QSqlDatabase &db, const QString &slotId);
    // The role code of the active user with this (normalised) login, or of this key slot; empty
    // when there is none or it could not be read.
    static QString activeRoleOfLogin(const QSqlDatabase &db, const QString &login);
    static QString activeRoleOfSlot(const QSqlDatabase &db, const QString &slotId);
    // How many users are active; nullopt when it could not be read.
    static std::optional<int> activeCount(const QSqlDatabase &db);
    // Every active user's login and key slot: false with *error when the read failed.
    static bool activeSlots(const QSqlDatabase &db,
                            QList<std::pair<QString, QString>> *loginsAndSlots, QSqlError *error);
};

} // namespace pd
