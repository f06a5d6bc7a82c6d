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

// The one code that writes SQL naming users: three layers keep rows there, so the lowest owns it.
// A failed read is an error, never "no users".
class UserRepository final
{
public:
    UserRepository() = delete;

    struct Row
    {
        QString login; // normalised (trimmed, case-folded)
        QString displayName;
        QString roleCode;
        QString keySlot; // empty once removed
        QDateTime created; // UTC
        QDateTime removed; // UTC; invalid while active
    };

    static bool list(const QSqlDatabase &db, bool includeRemoved, QList<Row> *rows,
                     ServiceError *error);
    static bool find(const QSqlDatabase &db, const QString &login, std::optional<Row> *found,
                     ServiceError *error);
    // Compared without case.
    static bool activeLogin(const QSqlDatabase &db, const QString &login,
                            std::optional<QString> *found, ServiceError *error);
    static bool activeBeheerders(const QSqlDatabase &db, int *count, ServiceError *error);
    static bool displayNames(const QSqlDatabase &db, QHash<QString, QString> *names,
                             ServiceError *error);
    static bool serverLoginPrivileged(const QSqlDatabase &db, const QString &login,
                                      bool *privileged, ServiceError *error);

    // revive: a removed user's row gets the new slot and moment of creation.
    static bool add(const QSqlDatabase &db, const Row &row, bool revive, ServiceError *error);
    static bool markRemoved(const QSqlDatabase &db, const QString &login, const QDateTime &when,
                            ServiceError *error);
    static bool setKeySlot(const QSqlDatabase &db, const QString &login, const QString &slot,
                           ServiceError *error);
    static bool setDisplayName(const QSqlDatabase &db, const QString &login, const QString &name,
                               ServiceError *error);

    struct ActingUser
    {
        QString roleCode;
        QString removedAt;
    };
    // nullopt when none or unreadable: such a session may do nothing either way.
    static std::optional<ActingUser> actingUser(const QSqlDatabase &db, const QString &login);

    static bool addFirstBeheerder(const QSqlDatabase &db, const QString &login,
                                  const QString &displayName, const QString &keySlot,
                                  const QString &createdAt, QSqlError *error);
    // These: empty (nullopt) when there is none or it could not be read.
    static QString activeLoginExactly(const QSqlDatabase &db, const QString &login);
    static QString activeLoginOfSlot(const QSqlDatabase &db, const QString &slotId);
    static QString activeRoleOfLogin(const QSqlDatabase &db, const QString &login);
    static QString activeRoleOfSlot(const QSqlDatabase &db, const QString &slotId);
    static std::optional<int> activeCount(const QSqlDatabase &db);
    static bool activeSlots(const QSqlDatabase &db,
                            QList<std::pair<QString, QString>> *loginsAndSlots, QSqlError *error);
};

} // namespace pd
