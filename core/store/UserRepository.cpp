#include "store/UserRepository.h"

#include "sql/Dialect.h"
#include "sql/StatementText.h"
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
// selectUsers' columns, in its order.
enum UserColumn { UserLogin, UserDisplayName, UserRole, UserKeySlot, UserCreatedAt, UserRemovedAt };

UserRepository::Row rowFrom(const QSqlQuery &query)
{
    UserRepository::Row row;
    row.login = query.value(UserLogin).toString();
    row.displayName = query.value(UserDisplayName).toString();
    row.roleCode = query.value(UserRole).toString();
    row.keySlot = query.value(UserKeySlot).toString();
    row.created = QDateTime::fromString(query.value(UserCreatedAt).toString(), Qt::ISODateWithMs);
    if (!query.value(UserRemovedAt).isNull())
        row.removed
            = QDateTime::fromString(query.value(UserRemovedAt).toString(), Qt::ISODateWithMs);
    return row;
}

// The first column of the one row a statement with one value gives; empty when there is none
// or it failed (the store's own checks, which read a missing row and a failure alike).
QString firstValue(const QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    QSqlQuery query(db);
    if (sql::execute(query, sql, { value }) && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

bool UserRepository::list(const QSqlDatabase &db, bool includeRemoved, QList<Row> *rows,
                          ServiceError *error)
{
    rows->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectUsers
                    + (includeRemoved ? QString() : QStringLiteral(" WHERE removed_at IS NULL"))
                    + QStringLiteral(" ORDER BY ") + sql::byteOrder(db, QStringLiteral("login"))))
        return failed(query, error);
    while (query.next())
        rows->append(rowFrom(query));
    if (query.lastError().isValid()) {
        rows->clear();
        return failed(query, error);
    }
    return true;
}

bool UserRepository::find(const QSqlDatabase &db, const QString &login, std::optional<Row> *found,
                          ServiceError *error)
{
    found->reset();
    QSqlQuery query(db);
    if (!sql::execute(query, selectUsers + QStringLiteral(" WHERE login = ?"), { login }))
        return failed(query, error);
    if (query.next())
        *found = rowFrom(query);
    else if (query.lastError().isValid())
        return failed(query, error);
    return true;
}

bool UserRepository::activeLogin(const QSqlDatabase &db, const QString &login,
                                 std::optional<QString> *found, ServiceError *error)
{
    found->reset();
    QSqlQuery query(db);
    if (!sql::execute(query,
                      QStringLiteral("SELECT login FROM users WHERE ")
                          + sql::noCase(db, QStringLiteral("login")) + QStringLiteral(" = ")
                          + sql::noCase(db, QStringLiteral("?"))
                          + QStringLiteral(" AND removed_at IS NULL"),
                      { login }))
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
    enum Column { Login, DisplayName }; // the SELECT's columns, in its order
    if (!query.exec(QStringLiteral("SELECT login, display_name FROM users")))
        return failed(query, error);
    while (query.next())
        names->insert(query.value(Login).toString(), query.value(DisplayName).toString());
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
    if (!sql::execute(query, QStringLiteral("SELECT pd_login_privileged(?)"), { login })
        || !query.next())
        return failed(query, error);
    *privileged = query.value(0).toBool();
    return true;
}

bool UserRepository::add(const QSqlDatabase &db, const Row &row, bool revive, ServiceError *error)
{
    QSqlQuery query(db);
    if (revive)
        query.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, key_slot = ?, "
                                     "created_at = ?, removed_at = NULL WHERE login = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO users (display_name, role, key_slot, "
                                     "created_at, login) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(row.displayName);
    query.addBindValue(row.roleCode);
    query.addBindValue(row.keySlot);
    query.addBindValue(iso(row.created));
    query.addBindValue(row.login);
    return query.exec() || failed(query, error);
}

bool UserRepository::markRemoved(const QSqlDatabase &db, const QString &login,
                                 const QDateTime &when, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(
               query,
               QStringLiteral("UPDATE users SET removed_at = ?, key_slot = NULL WHERE login = ?"),
               { iso(when), login })
        || failed(query, error);
}

bool UserRepository::setDisplayName(const QSqlDatabase &db, const QString &login,
                                    const QString &name, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query, QStringLiteral("UPDATE users SET display_name = ? WHERE login = ?"),
                        { name, login })
        || failed(query, error);
}

bool UserRepository::setKeySlot(const QSqlDatabase &db, const QString &login, const QString &slot,
                                ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query, QStringLiteral("UPDATE users SET key_slot = ? WHERE login = ?"),
                        { slot, login })
        || failed(query, error);
}

// --- for the session ---

std::optional<UserRepository::ActingUser> UserRepository::actingUser(const QSqlDatabase &db,
                                                                     const QString &login)
{
    QSqlQuery query(db);
    enum Column { Role, RemovedAt }; // the SELECT's columns, in its order
    if (!sql::execute(query, QStringLiteral("SELECT role, removed_at FROM users WHERE login = ?"),
                      { login })
        || !query.next())
        return std::nullopt;
    return ActingUser { query.value(Role).toString(),
                        query.value(RemovedAt).isNull() ? QString()
                                                        : query.value(RemovedAt).toString() };
}

// --- for the store ---

bool UserRepository::addFirstBeheerder(const QSqlDatabase &db, const QString &login,
                                       const QString &displayName, const QString &keySlot,
                                       const QString &createdAt, QSqlError *error)
{
    QSqlQuery query(db);
    if (sql::execute(
            query,
            QStringLiteral("INSERT INTO users (login, display_name, role, key_slot, created_at) "
                           "VALUES (?, ?, 'beheerder', ?, ?)"),
            { login, displayName, keySlot, createdAt }))
        return true;
    *error = query.lastError();
    return false;
}

QString UserRepository::activeLoginExactly(const QSqlDatabase &db, const QString &login)
{
    return firstValue(
        db, QStringLiteral("SELECT login FROM users WHERE login = ? AND removed_at IS NULL"),
        login);
}

QString UserRepository::activeLoginOfSlot(const QSqlDatabase &db, const QString &slotId)
{
    return firstValue(
        db, QStringLiteral("SELECT login FROM users WHERE key_slot = ? AND removed_at IS NULL"),
        slotId);
}

QString UserRepository::activeRoleOfLogin(const QSqlDatabase &db, const QString &login)
{
    return firstValue(
        db, QStringLiteral("SELECT role FROM users WHERE login = ? AND removed_at IS NULL"), login);
}

QString UserRepository::activeRoleOfSlot(const QSqlDatabase &db, const QString &slotId)
{
    return firstValue(
        db, QStringLiteral("SELECT role FROM users WHERE key_slot = ? AND removed_at IS NULL"),
        slotId);
}

std::optional<int> UserRepository::activeCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM users WHERE removed_at IS NULL"))
        && query.next())
        return query.value(0).toInt();
    return std::nullopt;
}

bool UserRepository::activeSlots(const QSqlDatabase &db,
                                 QList<std::pair<QString, QString>> *loginsAndSlots,
                                 QSqlError *error)
{
    loginsAndSlots->clear();
    QSqlQuery query(db);
    enum Column { Login, KeySlot }; // the SELECT's columns, in its order
    if (!query.exec(QStringLiteral("SELECT login, key_slot FROM users WHERE removed_at IS NULL"))) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        loginsAndSlots->append({ query.value(Login).toString(), query.value(KeySlot).toString() });
    if (query.lastError().isValid()) {
        *error = query.lastError();
        loginsAndSlots->clear();
        return false;
    }
    return true;
}

} // namespace pd
