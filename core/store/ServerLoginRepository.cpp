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

std::optional<QString> ServerLoginRepository::madeElsewhere(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!sql::execute(query,
                      QStringLiteral(
                          "SELECT string_agg(DISTINCT l.rolname || ' (' || g.rolname || ')', ', ') "
                          "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                          "JOIN pg_roles l ON l.oid = m.member WHERE l.rolcanlogin "
                          "AND g.rolname IN (pd_group('beheerder'), pd_group('functionaris'), "
                          "pd_group('kcc'), pd_group('auditor')) "
                          "AND l.rolname NOT IN (SELECT login FROM server_logins) "
                          "AND l.oid <> (SELECT datdba FROM pg_database "
                          "WHERE datname = current_database())"),
                      {})
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toString();
}

} // namespace pd
