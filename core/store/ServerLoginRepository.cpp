#include "store/ServerLoginRepository.h"

#include "sql/StatementText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

bool ServerLoginRepository::insertFirst(const QSqlDatabase &db, const QString &login,
                                        const QString &createdAt, QString *error)
{
    QSqlQuery first(db);
    if (!sql::execute(first,
                      QStringLiteral("INSERT INTO server_logins (login, created_at) "
                                     "VALUES (?, ?)"),
                      { login, createdAt })) {
        *error = first.lastError().text();
        return false;
    }
    return true;
}

bool ServerLoginRepository::mayLogIn(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery query(db);
    return sql::execute(
               query,
               QStringLiteral("SELECT 1 FROM server_logins s JOIN pg_roles r "
                              "ON r.rolname = s.login WHERE s.login = ? AND r.rolcanlogin"),
               { login })
        && query.next();
}

} // namespace pd
