#pragma once

#include "PostgresCluster.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace pd::test {

// A server store for the tests of issue 21: a private cluster (PostgresCluster), a database
// "privacydesk" owned by the login role "beheer" (CREATEROLE, as IT would make it), set up with
// ServerSetup::init as the product does it (`server init`); beheer is its first beheerder.
// Users added with addUser log in with their own role and password.
class ServerStoreFixture final
{
public:
    static constexpr auto admin = "beheer";
    static constexpr auto adminPassword = "beheer-wachtwoord-2026";
    static constexpr auto database = "privacydesk";

    bool start(QString *error);
    PostgresCluster &cluster() { return m_cluster; }
    ServerLocation location() const;
    // postgresql:///privacydesk?host=…&port=… (what --store takes)
    QString uri() const;

    std::unique_ptr<Store> open(const QString &login, const QString &password,
                                StoreError *error) const;
    // Adds a Privacydesk user (a login role in the group of role) through UserService, acting
    // as beheer. False with *error.
    bool addUser(const QString &login, const QString &role, const QString &password,
                 QString *error) const;

    struct PsqlResult
    {
        int exitCode = -1;
        QString out; // tuples only, unaligned
        QString err;
    };
    // psql as login (its password in PGPASSWORD, never on the command line) running sql with
    // ON_ERROR_STOP: what an employee with the credentials could do by hand.
    PsqlResult psql(const QString &login, const QString &password, const QString &sql) const;

private:
    PostgresCluster m_cluster;
};

// The backend a service test runs on (issue 21): the same test executable is registered twice
// with ctest (privacydesk_add_test(... BOTH_BACKENDS)), the second time with
// PRIVACYDESK_TEST_BACKEND=server; a test asks createServiceStore for its store and runs
// unchanged on either.
enum class Backend { Folder, Server };
Backend testBackend();
QString backendName(); // "folder" or "server", for messages

// A new, empty store with testUser (j.devries, testPassword) as its beheerder: a store folder
// in directory (createTestStore), or a new database on a private cluster started once per
// process, set up by ServerSetup::init as testUser (the previous test's database and its roles
// are dropped first). Fails the calling test (null) on error.
std::unique_ptr<Store> createServiceStore(const QString &directory);
// The same store opened again as another of its users (after UserService::add).
std::unique_ptr<Store> openServiceStore(const QString &directory, const QString &login,
                                        const QString &password, StoreError *error);
// The store's tables (SQLite's sqlite_master; the server's schema privacydesk) and a table's
// columns in order, on either backend; empty when they cannot be read.
QStringList tableNames(const QSqlDatabase &db);
QStringList columnNames(const QSqlDatabase &db, const QString &table);

// A statement's plan on a server store, as EXPLAIN's text: the values written in for its "?"s
// in order (PostgreSQL prepares no EXPLAIN), with sequential scans and sorts priced out as they
// are with 50,000 requests, where the few rows of a test would make any plan the cheapest.
// Empty, with a warning, when it cannot be read.
// priceOutSorts false: sorts cost what they cost (a KCC page sorts the handful of its week).
QString serverPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   bool priceOutSorts = true);

// The same as openStoreAs: null with a warning saying why.
std::unique_ptr<Store> openServiceStoreAs(const QString &directory, const QString &login,
                                          const QString &password);

} // namespace pd::test
