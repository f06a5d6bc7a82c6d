#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// What the session reads of the store itself (issue 37): the acting user's row, once, when a
// session is made. The table `users` is the users module's (users/UserRepository); the session
// sits below it and reads the one row it needs here, on the connection it is given.
class SessionRepository final
{
public:
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
};

} // namespace pd
