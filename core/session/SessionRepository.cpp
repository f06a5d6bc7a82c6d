#include "session/SessionRepository.h"

#include <QSqlQuery>

namespace pd {

std::optional<SessionRepository::ActingUser> SessionRepository::actingUser(const QSqlDatabase &db,
                                                                           const QString &login)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT role, removed_at FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ActingUser { query.value(0).toString(),
                        query.value(1).isNull() ? QString() : query.value(1).toString() };
}

} // namespace pd
