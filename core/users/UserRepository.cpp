#include "users/UserRepository.h"

#include "sql/Dialect.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

using statements::failed;

QString iso(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

const QString selectUsers = QStringLiteral(
    "SELECT login, display_name, role, key_slot, created_at, removed_at FROM users");

UserAccount accountFrom(const QSqlQuery &query)
{
    UserAccount account;
    account.login = query.value(0).toString();
    account.displayName = query.value(1).toString();
    account.role = Roles::fromCode(query.value(2).toString()).value_or(Role::Auditor);
    account.keySlot = query.value(3).toString();
    account.created = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    if (!query.value(5).isNull())
        account.removed = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return account;
}

} // namespace

bool UserRepository::list(const QSqlDatabase &db, bool includeRemoved, QList<UserAccount> *accounts,
                          ServiceError *error)
{
    accounts->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectUsers
                    + (includeRemoved ? QString() : QStringLiteral(" WHERE removed_at IS NULL"))
                    + QStringLiteral(" ORDER BY ") + sql::byteOrder(db, QStringLiteral("login"))))
        return failed(query, error);
    while (query.next())
        accounts->append(accountFrom(query));
    if (query.lastError().isValid()) {
        accounts->clear();
        return failed(query, error);
    }
    return true;
}

bool UserRepository::find(const QSqlDatabase &db, const QString &login,
                          std::optional<UserAccount> *found, ServiceError *error)
{
    found->reset();
    QSqlQuery query(db);
    query.prepare(selectUsers + QStringLiteral(" WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return failed(query, error);
    if (query.next())
        *found = accountFrom(query);
    else if (query.lastError().isValid())
        return failed(query, error);
    return true;
}

bool UserRepository::activeLogin(const QSqlDatabase &db, const QString &login,
                                 std::optional<QString> *found, ServiceError *error)
{
    found->reset();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT login FROM users WHERE ")
                  + sql::noCase(db, QStringLiteral("login")) + QStringLiteral(" = ")
                  + sql::noCase(db, QStringLiteral("?"))
                  + QStringLiteral(" AND removed_at IS NULL"));
    query.addBindValue(login);
    if (!query.exec())
        return failed(query, error);
    if (query.next())
        *found = query.value(0).toString();
    else if (query.lastError().isValid())
        return failed(query, error);
    return true;
}

bool UserRepository::activeBeheerders(const QSqlDatabase &db, int *count, ServiceError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM users WHERE role = 'beheerder' AND removed_at IS NULL"))
        || !query.next())
        return failed(query, error);
    *count = query.value(0).toInt();
    return true;
}

bool UserRepository::displayNames(const QSqlDatabase &db, QHash<QString, QString> *names,
                                  ServiceError *error)
{
    names->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT login, display_name FROM users")))
        return failed(query, error);
    while (query.next())
        names->insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        names->clear();
        return failed(query, error);
    }
    return true;
}

bool UserRepository::serverLoginPrivileged(const QSqlDatabase &db, const QString &login,
                                           bool *privileged, ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pd_login_privileged(?)"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return failed(query, error);
    *privileged = query.value(0).toBool();
    return true;
}

bool UserRepository::add(const QSqlDatabase &db, const UserAccount &account, bool revive,
                         ServiceError *error)
{
    QSqlQuery query(db);
    if (revive)
        query.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, key_slot = ?, "
                                     "created_at = ?, removed_at = NULL WHERE login = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO users (display_name, role, key_slot, "
                                     "created_at, login) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(account.displayName);
    query.addBindValue(Roles::code(account.role));
    query.addBindValue(account.keySlot);
    query.addBindValue(iso(account.created));
    query.addBindValue(account.login);
    return query.exec() || failed(query, error);
}

bool UserRepository::markRemoved(const QSqlDatabase &db, const QString &login,
                                 const QDateTime &when, ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE users SET removed_at = ?, key_slot = NULL WHERE login = ?"));
    query.addBindValue(iso(when));
    query.addBindValue(login);
    return query.exec() || failed(query, error);
}

bool UserRepository::setDisplayName(const QSqlDatabase &db, const QString &login,
                                    const QString &name, ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE login = ?"));
    query.addBindValue(name);
    query.addBindValue(login);
    return query.exec() || failed(query, error);
}

bool UserRepository::setKeySlot(const QSqlDatabase &db, const QString &login, const QString &slot,
                                ServiceError *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE users SET key_slot = ? WHERE login = ?"));
    query.addBindValue(slot);
    query.addBindValue(login);
    return query.exec() || failed(query, error);
}

} // namespace pd
