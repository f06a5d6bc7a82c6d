#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The one code that writes SQL naming server_logins; the store's own server functions keep it too.
class ServerLoginRepository final
{
public:
    ServerLoginRepository() = delete;

    static bool insertFirst(const QSqlDatabase &db, const QString &login, const QString &createdAt,
                            QString *error);
    // False as well when the read failed.
    static bool mayLogIn(const QSqlDatabase &db, const QString &login);
    // Logins made by hand (GRANT) in the store's groups, as "login (group)".
    static std::optional<QString> madeElsewhere(const QSqlDatabase &db, QString *error);
};

} // namespace pd
