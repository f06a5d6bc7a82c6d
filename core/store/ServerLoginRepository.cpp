#include "store/ServerLoginRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

bool ServerLoginRepository::insertFirst(const QSqlDatabase &db, const QString &login,
                                        const QString &createdAt, QString *error)
{
    QSqlQuery first(db);
    first.prepare(QStringLiteral("INSERT INTO server_logins (login, created_at) "
                                 "VALUES (?, ?)"));
    first.addBindValue(login);
    first.addBindValue(createdAt);
    if (!first.exec()) {
        *error = first.lastError().text();
        return false;
    }
    return true;
}

bool ServerLoginRepository::mayLogIn(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM server_logins s JOIN pg_roles r "
                                 "ON r.rolname = s.login WHERE s.login = ? AND r.rolcanlogin"));
    query.addBindValue(login);
    return query.exec() && query.next();
}

} // namespace pd
