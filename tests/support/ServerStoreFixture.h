#pragma once

#include "PostgresCluster.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariantList>

#include <memory>

namespace pd {
class AuditLog;
}

namespace pd::test {

// A server store for the tests of a private cluster (PostgresCluster), a database
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
    // Every statement of the store's logins into the server's log, with its values: a secret
    // must be in none of them.
    bool logEveryStatement(QString *error);
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

// The backend a service test runs on: the same test executable is registered twice
// with ctest (privacydesk_add_test(... BOTH_BACKENDS)), the second time with
// PRIVACYDESK_TEST_BACKEND=server; a test asks createServiceStore for its store and runs
// unchanged on either.
enum class Backend { Folder, Server };
Backend testBackend();
QString backendName(); // "folder" or "server", for messages

// A new, empty store with testUser (j.devries, testPassword) as its beheerder, organisation
// as its name: a store folder in directory (createTestStore), or a new database on a private
// cluster started once per process, set up by ServerSetup::init as testUser. On a server the
// first store per organisation name is made by init as a template, and the stores after it are
// copies of it (CREATE DATABASE ... TEMPLATE: 0.2 s instead of 0.5 s), with the same store id
// and first event; a store made while an earlier copy is still open is made by init. The earlier
// stores of the process that nobody has open any more are dropped first, with their group roles
// and the logins they made; one still open (a test's second store beside its first) stays. Fails
// the calling test (null) on error.
std::unique_ptr<Store> createServiceStore(const QString &directory,
                                          const QString &organisation = QString());
// The store made for directory opened again as one of its users (after UserService::add), or
// as testUser. directory is the one createServiceStore was given (on a server: which store).
std::unique_ptr<Store> openServiceStore(const QString &directory, const QString &login,
                                        const QString &password, StoreError *error);
// The same, as testUser.
std::unique_ptr<Store> openServiceStore(const QString &directory, StoreError *error);
// The same as another user; null, with a warning saying why, when that fails.
std::unique_ptr<Store> openServiceStoreAs(const QString &directory, const QString &login,
                                          const QString &password);

// A copy of the store made for from, opened afterwards as the store made for to
// (openServiceStore(to, ...)): for tests whose every function needs the same seeded store afresh.
// Nobody may have from's store open. On a store folder a copy of its files into the folder to. On
// a server a copy of its database (CREATE DATABASE ... TEMPLATE): the first copy renames from's
// database to <database>_seed, the template of every copy, and each copy takes the original's
// name (the store's group roles are named after it and serve the copy as they served the
// original), replacing the copy before it: one copy of from exists at a time. The logins are the
// cluster's, not the database's: a copy does not undo a user added, removed or re-passworded on
// the copy before it. False, with a warning saying why, on failure.
bool copyServiceStore(const QString &from, const QString &to);

// Where createServiceStore(directory) made its store, as --store takes it: the folder, or the
// server store's postgresql:// URI.
QString serviceStoreLocation(const QString &directory);

// The store's own tables, by name (SQLite: sqlite_master, the FTS shadow tables included;
// PostgreSQL: the tables of schema privacydesk).
QStringList storeTables(const QSqlDatabase &db);

// Every value of every table (storeTables: FTS shadow tables included), as text or raw bytes,
// that contains one of needles (case-insensitive): "table.column: needle". A table that cannot
// be read is named as such ("cannot read t"), never passed over.
QStringList personalDataLeft(const QSqlDatabase &db, const QStringList &needles);

// Runs statements with the rights of whoever may change the store's schema, to make a read or
// a write fail for real, or to change the store by hand as its owner could: on a store folder
// on the store's own connection (the holder of the key: a TEMP trigger, a renamed table), its
// triggers as the test left them; on a server as the cluster's superuser on a connection of its
// own to the store's database, in the schema privacydesk (the application roles may not alter
// the store's tables), with OwnerTriggers::Off the server's triggers not firing
// (session_replication_role = replica: the append-only rules and the chain's trigger do not
// stand in the way). Says why (qWarning) and returns false when a statement fails.
enum class OwnerTriggers { Fire, Off };
bool execAsOwner(const QSqlDatabase &db, const QStringList &statements,
                 OwnerTriggers triggers = OwnerTriggers::Fire);
// The first column of every row of a query read past the roles (what a test checks behind a
// user who may not read it, e.g. the audit trail behind a KCC login); {"(failed)"} on error.
QStringList readAsOwner(const QSqlDatabase &db, const QString &query);

// A trigger named name that refuses every INSERT into table (when condition, an expression on
// NEW, holds) with the message "refused by the test": a write that fails for real in the middle
// of a service's transaction. A TEMP trigger on a store folder; on a server a trigger made by
// the superuser (execAsOwner). allowInserts drops it again.
bool refuseInserts(const QSqlDatabase &db, const QString &name, const QString &table,
                   const QString &condition = {});
bool allowInserts(const QSqlDatabase &db, const QString &name, const QString &table);

// The case list's search index: how many of its rows match one word (SQLite: FTS4 MATCH;
// PostgreSQL: the tsvector document @@ the folded word), -1 when the read fails; and every term
// it holds (SQLite: fts4aux's vocabulary; PostgreSQL: ts_stat over the documents), so that a
// wrong index shows even where the rows read back right.
int searchMatches(const QSqlDatabase &db, const QString &word);
QStringList searchTerms(const QSqlDatabase &db);

// What privacydesk-cli takes to open the store made for directory as testUser: --store and the
// folder, or --store, the server store's URI and --user.
QStringList serviceStoreArguments(const QString &directory);

// execAsOwner on the store's database with the server's triggers off: a change by hand, as the
// owner of the store could make it (on a store folder drop the triggers first to tamper with the
// trail: tamperWithTrail).
bool changeByHand(const Store &store, const QStringList &statements);

// Changes the audit trail by hand as an attacker could: on a store folder the holder of the key,
// with the append-only triggers dropped first; on a server its owner (changeByHand).
bool tamperWithTrail(const Store &store, const QString &sql);

// What a destruction under retention writes about a request before the trail's details of it
// may go, as a server requires in the same transaction: the destruction event and its record in
// the destruction log, naming the request (whose person must be anonymised already). For tests
// of the trail below the retention service; the caller's transaction must be open.
bool recordRequestDestroyed(const QSqlDatabase &db, AuditLog &log, const QString &number);

// A literal of bytes in SQL (x'…' in SQLite, a bytea on a server), for tests that write bytes by
// hand on either backend.
QString bytesSql(const Store &store, const QByteArray &bytes);
// A table's columns in order, on either backend (its tables: storeTables); empty when they
// cannot be read.
QStringList columnNames(const QSqlDatabase &db, const QString &table);

// A statement's plan on a server store, as EXPLAIN's text: the values written in for its "?"s
// in order (PostgreSQL prepares no EXPLAIN), with sequential scans and sorts priced out as they
// are with 50,000 requests, where the few rows of a test would make any plan the cheapest.
// Empty, with a warning, when it cannot be read.
// priceOutSorts false: sorts cost what they cost (a KCC page sorts the handful of its week).
// priceOutScans false: neither is priced out, for a plan on as many rows as the test wrote.
QString serverPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   bool priceOutSorts = true, bool priceOutScans = true);

// The logins the server tests use beside the fixture's owner login: as ServerStoreFixture
// names them, and the passwords the tests give the users they add.
namespace serverLogins {
inline const QString adminLogin = QString::fromLatin1(ServerStoreFixture::admin);
inline const QString adminPassword = QString::fromLatin1(ServerStoreFixture::adminPassword);
inline const QString officerPassword = QStringLiteral("functionaris-wachtwoord");
inline const QString kccPassword = QStringLiteral("kcc-medewerker-wachtwoord");
inline const QString auditorPassword = QStringLiteral("auditor-wachtwoord-1");

// One login of each role beside the administrator, as the psql tests log in: fenna
// (functionaris), karel (kcc) and anna (auditor). Their passwords by login, the
// administrator's too.
const QHash<QString, QString> &rolePasswords();
// Adds fenna, karel and anna to the started store.
bool addRoleLogins(const ServerStoreFixture &server, QString *error);
// What psql did against what was expected: empty when it ran (allowed) or was refused with
// refusal in its message, else what happened instead.
QString psqlVerdict(const ServerStoreFixture::PsqlResult &result, bool allowed,
                    const QString &refusal = QStringLiteral("permission denied"));
} // namespace serverLogins

} // namespace pd::test

// Skips the calling test function on the server run: for a check of what only a store folder
// has (its files on disk, the raw store files, the WAL, migrations from an older SQLite schema).
// reason says what in words.
#define PD_FOLDER_ONLY(reason) \
    do { \
        if (pd::test::testBackend() == pd::test::Backend::Server) \
            QSKIP("only a store folder has this: " reason); \
    } while (false)
