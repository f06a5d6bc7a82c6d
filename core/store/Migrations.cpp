#include "store/Migrations.h"

#include "domain/SortName.h"
#include "sql/SqlCipherDriver.h"
#include "store/MetaRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace pd {

namespace {

// pd_sort_key(text) for the step that gives the persons a store already keeps their sort key
// (0058): sortKey() itself, which the application writes every later key with, so that no SQL
// of the migration's own decides the order (a server's pd_sort_key is the same rule in SQL).
void sortKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = sortKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

QList<Migration> migrationsIn(const QString &folder, int first, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(folder);
    for (const QString &file :
         dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        QFile in(dir.filePath(file));
        if (!match.hasMatch() || !in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("unusable migration file %1").arg(file);
            return {};
        }
        result.append(
            { match.captured(1).toInt(), match.captured(2), QString::fromUtf8(in.readAll()) });
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < result.size(); ++i) {
        if (result.at(i).version != first + i) {
            if (error)
                *error = QStringLiteral("migrations in %1 are not numbered %2..N: %3 at position "
                                        "%4")
                             .arg(folder)
                             .arg(first)
                             .arg(result.at(i).version)
                             .arg(i + 1);
            return {};
        }
    }
    return result;
}

// Inside the caller's transaction when there is one (ServerSetup::init builds everything in
// one), else in a transaction of its own.
bool applyServerMigrations(QSqlDatabase &db, const QList<Migration> &pending, QString *error)
{
    const bool own = !sql::isInTransaction(db);
    if (own && !sql::beginTransaction(db)) {
        *error = db.lastError().text();
        return false;
    }
    const auto rollback = [&db, own] {
        if (own)
            sql::rollbackTransaction(db);
    };
    for (const Migration &migration : pending) {
        // The whole file as one simple query, which PostgreSQL runs statement by statement
        // inside the transaction.
        QString failure;
        if (!sql::executeServerScript(db, migration.sql, &failure)) {
            *error = QStringLiteral("migration %1 (%2): %3")
                         .arg(migration.version)
                         .arg(migration.name, failure);
            rollback();
            return false;
        }
    }
    QString versionError;
    const bool stored
        = MetaRepository::setServerSchemaVersion(db, pending.constLast().version, &versionError);
    if (!stored || (own && !sql::commitTransaction(db))) {
        *error = stored ? db.lastError().text() : versionError;
        rollback();
        return false;
    }
    return true;
}

} // namespace

QList<Migration> builtinMigrations(QString *error)
{
    return migrationsIn(QStringLiteral(":/migrations"), 1, error);
}

QList<Migration> builtinMigrations(sql::Dialect dialect, QString *error)
{
    return dialect == sql::Dialect::PostgreSQL
        ? migrationsIn(QStringLiteral(":/migrations/pg"), serverBaselineVersion, error)
        : builtinMigrations(error);
}

int latestSchemaVersion()
{
    static const int latest = static_cast<int>(builtinMigrations().size());
    return latest;
}

int schemaVersion(const QSqlDatabase &db, bool *ok)
{
    if (sql::isServer(db)) {
        bool read = false;
        const int version = MetaRepository::serverSchemaVersion(db, &read);
        if (ok)
            *ok = read;
        return read ? version : -1;
    }
    QSqlQuery query(db);
    const bool success = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    if (ok)
        *ok = success;
    return success ? query.value(0).toInt() : -1;
}

bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    bool ok = false;
    const int current = schemaVersion(db, &ok);
    if (!ok) {
        *error = db.lastError().text();
        return false;
    }
    const auto pending
        = std::count_if(migrations.cbegin(), migrations.cend(),
                        [current](const Migration &m) { return m.version > current; });
    if (pending == 0)
        return true;
    if (sql::isServer(db)) {
        QList<Migration> steps;
        for (const Migration &migration : migrations) {
            if (migration.version > current)
                steps.append(migration);
        }
        return applyServerMigrations(db, steps, error);
    }

    auto *driver = qobject_cast<sql::SqlCipherDriver *>(db.driver());
    if (!driver) {
        *error = QStringLiteral("migrations need the PDSQLCIPHER driver");
        return false;
    }
    if (sqlite3_create_function_v2(driver->sqliteHandle(), "pd_sort_key", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sortKeyFunction,
                                   nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("the migrations' function pd_sort_key could not be registered");
        return false;
    }
    // A step that rebuilds a table (SQLite's 12-step procedure, e.g. 0011 for cases) needs
    // foreign keys off while the old table is dropped: PRAGMA foreign_keys is a no-op inside a
    // transaction, so it is switched here, around the transaction, and foreign_key_check proves
    // before the commit that every reference still holds. Back on in every case.
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *error = pragma.lastError().text();
        return false;
    }
    const auto foreignKeysOn = [&db] {
        QSqlQuery on(db);
        return on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    };
    if (!sql::beginTransaction(db)) {
        *error = db.lastError().text();
        foreignKeysOn();
        return false;
    }
    int reached = current;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!driver->executeScript(migration.sql)) {
            *error = QStringLiteral("migration %1 (%2): %3")
                         .arg(migration.version)
                         .arg(migration.name, driver->lastError().text());
            sql::rollbackTransaction(db);
            foreignKeysOn();
            return false;
        }
        reached = migration.version;
    }
    QSqlQuery check(db);
    enum Column { Table, Rowid, Parent, Fkid }; // the pragma's columns, in their order
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
        *error = check.lastError().isValid()
            ? check.lastError().text()
            : QStringLiteral("migration to %1 leaves a broken reference in table %2")
                  .arg(reached)
                  .arg(check.value(Table).toString());
        check.finish();
        sql::rollbackTransaction(db);
        foreignKeysOn();
        return false;
    }
    check.finish();
    QSqlQuery setVersion(db);
    // user_version cannot be bound; reached is an int we computed, never user input.
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(reached))
        || !sql::commitTransaction(db)) {
        *error = setVersion.lastError().isValid() ? setVersion.lastError().text()
                                                  : db.lastError().text();
        sql::rollbackTransaction(db);
        foreignKeysOn();
        return false;
    }
    if (!foreignKeysOn()) {
        *error = QStringLiteral("foreign keys could not be switched on again");
        return false;
    }
    return true;
}

} // namespace pd
