#pragma once

#include "PostgresCluster.h"
#include "store/Store.h"

#include <QString>

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

// A new, empty store with testUser (j.devries, testPassword) as its beheerder, organisation
// as its name: a store folder in directory (createTestStore), or a new database on a private
// cluster started once per process, set up by ServerSetup::init as testUser. The earlier stores
// of the process that nobody has open any more are dropped first, with their group roles and the
// logins they made; one still open (a test's second store beside its first) stays. Fails the
// calling test (null) on error.
std::unique_ptr<Store> createServiceStore(const QString &directory,
                                          const QString &organisation = QString());
// The store made for directory opened again as one of its users (after UserService::add).
std::unique_ptr<Store> openServiceStore(const QString &directory, const QString &login,
                                        const QString &password, StoreError *error);

// What privacydesk-cli takes to open the store made for directory as testUser: --store and the
// folder, or --store, the server store's URI and --user.
QStringList serviceStoreArguments(const QString &directory);

// Runs statements on a store's database as whoever may change it by hand, to make a read fail
// or to tamper with the audit trail. On a store folder: the store's own connection (the holder of
// the key), its triggers as the test left them (drop them first to tamper with the trail). On a
// server: the cluster's superuser (what the server's owner could do), in the schema privacydesk,
// with the triggers off (session_replication_role = replica) so that the append-only rules and
// the chain's trigger do not stand in the way. On failure says why (qWarning), returns false.
bool changeByHand(const Store &store, const QStringList &statements);

// Changes the audit trail by hand as an attacker could: on a store folder the holder of the key,
// with the append-only triggers dropped first; on a server its owner (changeByHand).
bool tamperWithTrail(const Store &store, const QString &sql);

// A literal of bytes in SQL (x'…' in SQLite, a bytea on a server), for tests that write bytes by
// hand on either backend.
QString bytesSql(const Store &store, const QByteArray &bytes);

} // namespace pd::test
