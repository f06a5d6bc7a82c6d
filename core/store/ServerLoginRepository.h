#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The table server_logins (a server store only, resources/server/access.sql): the logins the
// store made, whose login roles are a server store's key slots. The one code that
// writes SQL naming it; on the server, the store's own functions (pd_login_create,
// pd_login_password, pd_login_disable) keep it as well.
class ServerLoginRepository final
{
public:
    ServerLoginRepository() = delete;

    // The first beheerder's login, recorded when `server init` builds the store, inside its
    // transaction. False with the statement's error text.
    static bool insertFirst(const QSqlDatabase &db, const QString &login, const QString &createdAt,
                            QString *error);
    // Whether login (normalised) is one of the store's logins and its role may log in; false
    // as well when the read failed.
    static bool mayLogIn(const QSqlDatabase &db, const QString &login);
    // The logins in one of the store's four groups that the store did not make (made by hand
    // and let in with GRANT), each as "login (group)", joined by ", "; empty for none. The
    // database's owner login is left out (the owner check names it). nullopt with the error
    // text when it cannot be read.
    static std::optional<QString> madeElsewhere(const QSqlDatabase &db, QString *error);
};

} // namespace pd
