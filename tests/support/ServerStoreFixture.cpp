#include "ServerStoreFixture.h"

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/AuditRepository.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/ServerAnchor.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

namespace pd::test {

using namespace Qt::StringLiterals;

bool ServerStoreFixture::logEveryStatement(QString *error)
{
    return m_cluster.execAsSuperuser({ QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'")
                                           .arg(QLatin1StringView(database)) },
                                     error);
}

bool ServerStoreFixture::start(QString *error)
{
    if (!m_cluster.start(error))
        return false;
    const bool made = m_cluster.execAsSuperuser(
        { u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'"_s.arg(QLatin1StringView(admin),
                                                                 QLatin1StringView(adminPassword)),
          u"CREATE DATABASE %1 OWNER %2"_s.arg(QLatin1StringView(database),
                                               QLatin1StringView(admin)) },
        error);
    return made
        && ServerSetup::init(location(), QLatin1StringView(admin),
                             SecureBytes::fromUtf8(QString::fromLatin1(adminPassword)),
                             u"Woonstichting Test"_s, error);
}

QString ServerStoreFixture::uri() const
{
    return u"postgresql:///%1?host=%2&port=%3"_s
        .arg(QLatin1StringView(database), m_cluster.socketDir())
        .arg(m_cluster.port());
}

ServerLocation ServerStoreFixture::location() const
{
    QString error;
    return ServerLocation::parse(uri(), &error).value_or(ServerLocation());
}

std::unique_ptr<Store> ServerStoreFixture::open(const QString &login, const QString &password,
                                                StoreError *error) const
{
    return Store::openServer(location(), login, SecureBytes::fromUtf8(password), error);
}

bool ServerStoreFixture::addUser(const QString &login, const QString &role, const QString &password,
                                 QString *error) const
{
    StoreError openError;
    const auto store = open(QLatin1StringView(admin), QLatin1StringView(adminPassword), &openError);
    if (!store) {
        *error = openError.message() + u" "_s + openError.detail();
        return false;
    }
    UserService users(*store, Session { *store });
    UserError userError;
    if (!users.add(login, login, UserService::roleFromCode(role).value_or(Role::Auditor),
                   SecureBytes::fromUtf8(password), &userError)) {
        *error = userError.message + u" "_s + userError.detail;
        return false;
    }
    return true;
}

ServerStoreFixture::PsqlResult
ServerStoreFixture::psql(const QString &login, const QString &password, const QString &sql) const
{
    PsqlResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, password);
    environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    process.setProcessEnvironment(environment);
    process.start(PostgresCluster::binDir() + u"/psql"_s,
                  { u"--no-psqlrc"_s, u"--tuples-only"_s, u"--no-align"_s, u"--quiet"_s,
                    u"--set=ON_ERROR_STOP=1"_s, u"--host"_s, m_cluster.socketDir(), u"--port"_s,
                    QString::number(m_cluster.port()), u"--username"_s, login, u"--dbname"_s,
                    QLatin1StringView(database), u"--command"_s, sql });
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"psql did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

Backend testBackend()
{
    return qEnvironmentVariable("PRIVACYDESK_TEST_BACKEND") == u"server"_s ? Backend::Server
                                                                           : Backend::Folder;
}

QString backendName()
{
    return testBackend() == Backend::Server ? u"server"_s : u"folder"_s;
}

namespace {

// A store as ServerSetup::init leaves it, kept as a template: a new store is a copy of it
// (CREATE DATABASE ... TEMPLATE, a fraction of init's time). The copy's privileges name the
// template's group and owner roles, and the store finds its roles by its database's name
// (pd_group): the roles are renamed after each copy, so one copy at a time can use them. The
// copy that holds them (holder) gives them back when it is dropped; while it is live, a new store
// is made by init as before. Every copy of a template has its store id and its first event.
struct StoreTemplate
{
    QString database; // never connected to after init
    QString rolePrefix; // the roles are named <rolePrefix>_<code> now
    QString holder; // the live store whose name is rolePrefix, or empty
};

// One cluster per test process, for every fresh server store it makes.
struct SharedCluster
{
    PostgresCluster cluster;
    bool started = false;
    int databases = 0;
    QStringList live; // the databases made and not dropped yet, oldest first
    QStringList seeded; // those of live whose first copy made <database>_seed (copyServiceStore)
    QHash<QString, ServerLocation> locations; // by the directory the test named
    ServerLocation location; // the newest store's
    QHash<QString, StoreTemplate> templates; // by organisation name
};

SharedCluster &sharedCluster()
{
    static const std::unique_ptr<SharedCluster> shared = [] {
        // The cluster's folder must be one the server's user can enter: not a test's private
        // TMPDIR (tests point it at a folder of their own to catch stray files), where "nobody"
        // may not go when the tests run as root.
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qunsetenv("TMPDIR");
        auto made = std::make_unique<SharedCluster>();
        if (!tmpdir.isNull())
            qputenv("TMPDIR", tmpdir);
        // The cluster outlives main(), Qt's connections do not.
        qAddPostRoutine([] { sharedCluster().cluster.closeConnection(); });
        return made;
    }();
    return *shared;
}

// The store's roles, named after its database (access.sql's pd_group): the owner first, the
// backup's reader last.
const QStringList groupCodes { u"eigenaar"_s, u"beheerder"_s, u"functionaris"_s,
                               u"kcc"_s,      u"auditor"_s,   u"backup"_s };

// Whether a session is still connected to database, asked up to attempts times 5 ms apart (a
// connection that just closed may take a moment to leave the server). False with *error when
// the server cannot say.
bool waitUntilUnused(const SharedCluster &shared, const QString &database, int attempts,
                     bool *inUse, QString *error)
{
    *inUse = true;
    for (int attempt = 0; *inUse && attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(5);
        QStringList sessions;
        if (!shared.cluster.execAsSuperuser(
                { u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(database) },
                error, u"postgres"_s, &sessions))
            return false;
        *inUse = sessions.value(0).toInt() > 0;
    }
    return true;
}

// Drops the stores of earlier tests that nobody has open any more (a connection that just
// closed may take a moment to leave the server), with their group roles and every login role
// that no remaining store's group holds (testUser stays: it owns the databases).
bool dropUnusedStores(SharedCluster &shared, QString *error)
{
    QStringList dropped;
    for (const QString &database : std::as_const(shared.live)) {
        bool inUse = true;
        if (!waitUntilUnused(shared, database, 40, &inUse, error))
            return false;
        if (inUse)
            continue;
        QStringList drop { u"SET client_min_messages = error"_s, // "does not exist, skipping"
                           u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database),
                           u"DROP DATABASE IF EXISTS %1_seed"_s.arg(database) };
        StoreTemplate *from = nullptr;
        for (StoreTemplate &storeTemplate : shared.templates) {
            if (storeTemplate.holder == database)
                from = &storeTemplate;
        }
        if (from) {
            // The template's roles stay (its privileges name them). The test may have moved
            // testUser to another group or removed it: back to beheerder, as init made it,
            // granted as the owner role as the store's trigger grants.
            drop << u"SET ROLE %1_eigenaar"_s.arg(database);
            for (const QString &group : groupCodes.mid(1))
                drop << u"REVOKE %1_%2 FROM \"%3\""_s.arg(database, group, testUser);
            drop << u"GRANT %1_beheerder TO \"%2\""_s.arg(database, testUser)
                 << u"GRANT %1_backup TO \"%2\""_s.arg(database, testUser) << u"RESET ROLE"_s;
        } else {
            for (const QString &group : groupCodes)
                drop << u"DROP ROLE IF EXISTS %1_%2"_s.arg(database, group);
        }
        if (!shared.cluster.execAsSuperuser(drop, error))
            return false;
        if (from)
            from->holder.clear();
        dropped << database;
    }
    if (dropped.isEmpty())
        return true;
    for (const QString &database : std::as_const(dropped)) {
        shared.live.removeAll(database);
        shared.seeded.removeAll(database);
        for (auto it = shared.locations.begin(); it != shared.locations.end();) {
            if (it->database == database)
                it = shared.locations.erase(it);
            else
                ++it;
        }
    }
    QStringList kept;
    for (const QString &database : std::as_const(shared.live))
        for (const QString &group : groupCodes)
            kept << u"'%1_%2'"_s.arg(database, group);
    // A free template's roles stay too, but not the logins in them: those were the dropped
    // store's users.
    QStringList templateRoles;
    for (const StoreTemplate &storeTemplate : std::as_const(shared.templates)) {
        if (storeTemplate.holder.isEmpty())
            for (const QString &group : groupCodes)
                templateRoles << u"'%1_%2'"_s.arg(storeTemplate.rolePrefix, group);
    }
    const auto sqlList = [](const QStringList &names) {
        return names.isEmpty() ? u"''"_s : names.join(u", "_s);
    };
    const QString keptGroups = sqlList(kept);
    const QString keptRoles = sqlList(kept + templateRoles);
    return shared.cluster.execAsSuperuser(
        { u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles p WHERE "
          "rolname NOT LIKE 'pg\\_%' AND rolname NOT IN ('postgres', '%1') "
          "AND rolname NOT IN (%3) AND NOT EXISTS (SELECT 1 FROM pg_auth_members m "
          "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = p.oid AND g.rolname IN (%2)) "
          "LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$"_s.arg(testUser, keptGroups,
                                                                           keptRoles) },
        error);
}

// Where the store in database is, on the shared cluster.
std::optional<ServerLocation> storeLocation(const SharedCluster &shared, const QString &database,
                                            QString *error)
{
    return ServerLocation::parse(
        u"postgresql:///%1?host=%2&port=%3"_s.arg(database, shared.cluster.socketDir())
            .arg(shared.cluster.port()),
        error);
}

// A store made as `server init` makes one: a new database owned by testUser, set up by
// ServerSetup::init as testUser, which IT gives CREATEROLE for it (README step 4; init gives it
// up again). Sorted as a Dutch server sorts text (ICU's nl-NL, not the cluster's byte order):
// what the store sorts must not depend on the database's collation.
bool initStore(const SharedCluster &shared, const QString &database, const QString &organisation,
               QString *error)
{
    const std::optional<ServerLocation> location = storeLocation(shared, database, error);
    return location
        && shared.cluster.execAsSuperuser(
            { u"CREATE DATABASE %1 OWNER \"%2\" TEMPLATE template0 LOCALE_PROVIDER icu "
              "ICU_LOCALE 'nl-NL' LOCALE 'C.UTF-8'"_s.arg(database, testUser),
              u"ALTER ROLE \"%1\" CREATEROLE"_s.arg(testUser) },
            error)
        && ServerSetup::init(*location, testUser, SecureBytes::fromUtf8(testPassword), organisation,
                             error);
}

// Makes database as a copy of organisation's template, made first when there is none; false
// with an empty *error when its roles are held by a live store (then init makes the store).
bool copyOfTemplate(SharedCluster &shared, const QString &database, const QString &organisation,
                    QString *error)
{
    if (!shared.templates.contains(organisation)) {
        const QString name = u"pd_template%1"_s.arg(shared.templates.size() + 1);
        if (!initStore(shared, name, organisation, error))
            return false;
        bool inUse = true;
        if (!waitUntilUnused(shared, name, 400, &inUse, error))
            return false;
        if (inUse) {
            *error = name + u" is still open after init"_s;
            return false;
        }
        shared.templates.insert(organisation, StoreTemplate { name, name, {} });
    }
    StoreTemplate &storeTemplate = shared.templates[organisation];
    if (!storeTemplate.holder.isEmpty()) {
        error->clear();
        return false;
    }
    QStringList statements { u"CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY OWNER \"%3\""_s
                                 .arg(database, storeTemplate.database, testUser) };
    for (const QString &group : groupCodes)
        statements << u"ALTER ROLE %1_%3 RENAME TO %2_%3"_s.arg(storeTemplate.rolePrefix, database,
                                                                group);
    statements += ServerSetup::databaseSettingsSql(database);
    if (!shared.cluster.execAsSuperuser(statements, error))
        return false;
    storeTemplate.rolePrefix = database;
    storeTemplate.holder = database;
    return true;
}

} // namespace

namespace {
// A store a test makes or copies is seen as by a computer that never opened it: the copies of
// the template share its store id, and a head this computer kept of an earlier copy would say
// [rolled-back] (ServerAnchor), as it should of a real store cut back.
void forgetKeptHeads()
{
    QDir(ServerAnchor::directory()).removeRecursively();
}
} // namespace

std::unique_ptr<Store> createServiceStore(const QString &directory, const QString &organisation)
{
    if (testBackend() == Backend::Folder)
        return createTestStore(directory, nullptr, organisation);
    SharedCluster &shared = sharedCluster();
    QString error;
    forgetKeptHeads();
    if (!shared.started) {
        if (!shared.cluster.start(&error)
            || !shared.cluster.execAsSuperuser(
                { u"CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2'"_s.arg(testUser,
                                                                             testPassword) },
                &error)) {
            qWarning("server store: %s", qPrintable(error));
            return {};
        }
        shared.started = true;
    }
    if (!dropUnusedStores(shared, &error)) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    const QString database = u"privacydesk%1"_s.arg(++shared.databases);
    // testUser logs in with its password again, whatever an earlier test did to the role (a
    // login role is the cluster's, not a store's: removing or re-passwording the user changed it).
    if (!shared.cluster.execAsSuperuser(
            { u"ALTER ROLE \"%1\" LOGIN PASSWORD '%2'"_s.arg(testUser, testPassword) }, &error)) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    // Dropped with the others however far it got (DROP DATABASE IF EXISTS).
    shared.live << database;
    const std::optional<ServerLocation> location = storeLocation(shared, database, &error);
    if (!location
        || (!copyOfTemplate(shared, database, organisation, &error)
            // The template's roles are in use: a store of its own, as server init makes it.
            && (!error.isEmpty() || !initStore(shared, database, organisation, &error)))) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    shared.location = *location;
    shared.locations.insert(directory, *location);
    StoreError openError;
    auto store
        = Store::openServer(*location, testUser, SecureBytes::fromUtf8(testPassword), &openError);
    if (!store)
        qWarning("server store: %s %s", qPrintable(openError.message()),
                 qPrintable(openError.detail()));
    return store;
}

std::unique_ptr<Store> openServiceStore(const QString &directory, const QString &login,
                                        const QString &password, StoreError *error)
{
    if (testBackend() == Backend::Folder)
        return Store::open(directory, login, SecureBytes::fromUtf8(password), error);
    const SharedCluster &shared = sharedCluster();
    return Store::openServer(shared.locations.value(directory, shared.location), login,
                             SecureBytes::fromUtf8(password), error);
}

bool copyServiceStore(const QString &from, const QString &to)
{
    if (testBackend() == Backend::Folder) {
        if (!QDir().mkpath(to)) {
            qWarning("copy of the store: cannot make %s", qPrintable(to));
            return false;
        }
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
            if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target)) {
                qWarning("copy of the store: cannot copy %s", qPrintable(path));
                return false;
            }
        }
        return true;
    }
    SharedCluster &shared = sharedCluster();
    forgetKeptHeads();
    if (!shared.locations.contains(from)) {
        qWarning("copy of the store: no server store was made for %s", qPrintable(from));
        return false;
    }
    const ServerLocation location = shared.locations.value(from);
    const QString database = location.database;
    QString error;
    QStringList statements;
    if (!shared.seeded.contains(database)) {
        bool inUse = true;
        if (!waitUntilUnused(shared, database, 400, &inUse, &error) || inUse) {
            qWarning("copy of the store: %s",
                     qPrintable(inUse ? database + u" is still open"_s : error));
            return false;
        }
        statements << u"ALTER DATABASE %1 RENAME TO %1_seed"_s.arg(database);
    } else {
        statements << u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database);
    }
    statements << u"CREATE DATABASE %1 TEMPLATE %1_seed STRATEGY FILE_COPY OWNER \"%2\""_s.arg(
        database, testUser);
    statements += ServerSetup::databaseSettingsSql(database);
    if (!shared.cluster.execAsSuperuser(statements, &error)) {
        qWarning("copy of the store: %s", qPrintable(error));
        return false;
    }
    if (!shared.seeded.contains(database))
        shared.seeded << database;
    shared.locations.insert(to, location);
    return true;
}

QStringList serviceStoreArguments(const QString &directory)
{
    if (testBackend() == Backend::Folder)
        return { u"--store"_s, directory };
    const SharedCluster &shared = sharedCluster();
    return { u"--store"_s, shared.locations.value(directory, shared.location).toString(),
             u"--user"_s, testUser };
}

bool tamperWithTrail(const Store &store, const QString &sql)
{
    if (!store.isServer()) {
        for (const char *trigger :
             { "audit_events_no_update", "audit_events_no_delete", "audit_events_no_replace" }) {
            if (!execSql(store.database(),
                         u"DROP TRIGGER IF EXISTS "_s + QLatin1StringView(trigger)))
                return false;
        }
    }
    return changeByHand(store, { sql });
}

QString bytesSql(const Store &store, const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    return store.isServer() ? u"decode('%1', 'hex')"_s.arg(hex) : u"x'%1'"_s.arg(hex);
}

std::unique_ptr<Store> openServiceStore(const QString &directory, StoreError *error)
{
    return openServiceStore(directory, testUser, testPassword, error);
}

QStringList readAsOwner(const QSqlDatabase &db, const QString &query)
{
    QStringList values;
    if (!sql::isServer(db)) {
        QSqlQuery read(db);
        if (!read.exec(query)) {
            qWarning("%s: %s", qPrintable(query), qPrintable(read.lastError().text()));
            return { u"(failed)"_s };
        }
        while (read.next())
            values << read.value(0).toString();
        return values;
    }
    QString error;
    if (!sharedCluster().cluster.execAsSuperuser({ u"SET search_path = privacydesk"_s, query },
                                                 &error, db.databaseName(), &values)) {
        qWarning("%s", qPrintable(error));
        return { u"(failed)"_s };
    }
    return values;
}

bool refuseInserts(const QSqlDatabase &db, const QString &name, const QString &table,
                   const QString &condition)
{
    if (!sql::isServer(db))
        return execSql(db,
                       u"CREATE TEMP TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT "
                       "RAISE(ABORT, 'refused by the test'); END"_s.arg(
                           name, table, condition.isEmpty() ? QString() : u"WHEN "_s + condition));
    return execAsOwner(
        db,
        { u"CREATE OR REPLACE FUNCTION pd_test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
          "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"_s,
          u"CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW %3 EXECUTE FUNCTION "
          "pd_test_refuse()"_s.arg(
              name, table, condition.isEmpty() ? QString() : u"WHEN (%1)"_s.arg(condition)) });
}

bool allowInserts(const QSqlDatabase &db, const QString &name, const QString &table)
{
    if (!sql::isServer(db))
        return execSql(db, u"DROP TRIGGER %1"_s.arg(name));
    return execAsOwner(db, { u"DROP TRIGGER %1 ON %2"_s.arg(name, table) });
}

QString serviceStoreLocation(const QString &directory)
{
    if (testBackend() == Backend::Folder)
        return directory;
    return sharedCluster().locations.value(directory).toString();
}

int searchMatches(const QSqlDatabase &db, const QString &word)
{
    QSqlQuery query(db);
    query.prepare(sql::isServer(db)
                      ? u"SELECT count(*) FROM case_search WHERE document @@ "
                        "to_tsquery('simple', pd_fold(?))"_s
                      : u"SELECT count(*) FROM case_search WHERE case_search MATCH ?"_s);
    query.addBindValue(word);
    if (!query.exec() || !query.next()) {
        qWarning("search index: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

QStringList searchTerms(const QSqlDatabase &db)
{
    const bool server = sql::isServer(db);
    if (!server
        && !execSql(db,
                    u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.pd_test_terms "
                    "USING fts4aux(main, case_search)"_s))
        return { u"(no fts4aux)"_s };
    QStringList terms;
    {
        QSqlQuery query(db);
        if (!query.exec(server ? u"SELECT word FROM ts_stat('SELECT document FROM "
                                 "privacydesk.case_search') ORDER BY word COLLATE \"C\""_s
                               : u"SELECT DISTINCT term FROM temp.pd_test_terms ORDER BY term"_s))
            terms << u"(cannot read the terms: %1)"_s.arg(query.lastError().text());
        while (query.next())
            terms << query.value(0).toString();
    }
    if (!server)
        execSql(db, u"DROP TABLE temp.pd_test_terms"_s);
    return terms;
}

QStringList storeTables(const QSqlDatabase &db)
{
    QSqlQuery list(db);
    const bool ok = sql::isServer(db)
        ? list.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'privacydesk' "
                    "ORDER BY tablename"_s)
        : list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    if (!ok) {
        qWarning("cannot list the tables: %s", qPrintable(list.lastError().text()));
        return {};
    }
    QStringList tables;
    while (list.next())
        tables << list.value(0).toString();
    return tables;
}

bool execAsOwner(const QSqlDatabase &db, const QStringList &statements, OwnerTriggers triggers)
{
    if (!sql::isServer(db)) {
        return std::all_of(statements.cbegin(), statements.cend(),
                           [&db](const QString &statement) { return execSql(db, statement); });
    }
    QString error;
    QStringList all { u"SET lock_timeout = '10s'"_s, u"SET search_path = privacydesk, pg_temp"_s };
    if (triggers == OwnerTriggers::Off)
        all << u"SET session_replication_role = replica"_s;
    all += statements;
    if (!sharedCluster().cluster.execAsSuperuser(all, &error, db.databaseName())) {
        qWarning("as the store's owner: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool changeByHand(const Store &store, const QStringList &statements)
{
    return execAsOwner(store.database(), statements, OwnerTriggers::Off);
}

bool recordRequestDestroyed(const QSqlDatabase &db, AuditLog &log, const QString &number)
{
    QString error;
    if (!log.append(testUser, u"case"_s, number, u"retention.destroyed"_s, {}, &error)) {
        qWarning("the destruction event: %s", qPrintable(error));
        return false;
    }
    // The record names the event it follows by its number and hash on the chain, as the
    // retention service's record does.
    QSqlQuery head(db);
    if (!head.exec(AuditRepository::sealedHeadSql(db)) || !head.next()) {
        qWarning("the trail's head: %s", qPrintable(head.lastError().text()));
        return false;
    }
    const QString at = systemNow().toString(Qt::ISODateWithMs);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO retention_destructions (destroyed_at, destroyed_on, "
                   "destroyed_by, method, kind, rule_text, subject_ref, case_numbers, what, "
                   "audit_seq, proof_hash) VALUES (?, ?, ?, 'anonimisering', 'verzoekdossier', "
                   "'', 'betrokkene', ?, 'verzoekdossier', ?, ?)"_s);
    for (const QVariant &value :
         QVariantList { at, at.left(10), testUser, number, head.value(0).toLongLong(),
                        QString::fromLatin1(head.value(1).toByteArray().toHex()) })
        insert.addBindValue(value);
    if (!insert.exec()) {
        qWarning("the destruction record: %s", qPrintable(insert.lastError().text()));
        return false;
    }
    return true;
}

QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    QStringList names;
    if (sql::isServer(db)) {
        query.prepare(u"SELECT a.attname FROM pg_attribute a WHERE a.attrelid = "
                      "('privacydesk.' || quote_ident(?))::regclass AND a.attnum > 0 AND NOT "
                      "a.attisdropped ORDER BY a.attnum"_s);
        query.addBindValue(table);
        if (!query.exec())
            return {};
        while (query.next())
            names << query.value(0).toString();
    } else {
        if (!query.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)))
            return {};
        while (query.next())
            names << query.value(1).toString();
    }
    // A read that failed midway is no list of the columns.
    return query.lastError().isValid() ? QStringList() : names;
}

QString serverPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   bool priceOutSorts, bool priceOutScans)
{
    QString literal;
    qsizetype next = 0;
    for (const QChar ch : sql) {
        if (ch != u'?') {
            literal += ch;
            continue;
        }
        const QVariant value = values.value(next++);
        literal += value.typeId() == QMetaType::QString
            ? u'\'' + value.toString().replace(u'\'', u"''"_s) + u'\''
            : value.toString();
    }
    if (next != values.size()) {
        qWarning("serverPlan: %lld values for %lld placeholders", qlonglong(values.size()),
                 qlonglong(next));
        return {};
    }
    QSqlQuery plan(db);
    if ((priceOutScans && !plan.exec(u"SET enable_seqscan = off"_s))
        || (priceOutScans && priceOutSorts && !plan.exec(u"SET enable_sort = off"_s))) {
        qWarning("serverPlan: %s", qPrintable(plan.lastError().text()));
        return {};
    }
    QStringList lines;
    if (plan.exec(u"EXPLAIN "_s + literal)) {
        while (plan.next())
            lines << plan.value(0).toString();
    } else {
        qWarning("serverPlan: %s", qPrintable(plan.lastError().text()));
    }
    QSqlQuery reset(db);
    reset.exec(u"RESET enable_seqscan"_s);
    reset.exec(u"RESET enable_sort"_s);
    return lines.join(u'\n');
}

std::unique_ptr<Store> openServiceStoreAs(const QString &directory, const QString &login,
                                          const QString &password)
{
    StoreError error;
    auto store = openServiceStore(directory, login, password, &error);
    if (!store)
        qWarning("open as %s on the %s: %s %s", qPrintable(login), qPrintable(backendName()),
                 qPrintable(error.message()), qPrintable(error.detail()));
    return store;
}

QStringList personalDataLeft(const QSqlDatabase &db, const QStringList &needles)
{
    QStringList found;
    const QStringList tables = storeTables(db);
    if (tables.isEmpty())
        return { QStringLiteral("cannot list tables") };
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            found << QStringLiteral("cannot read %1").arg(table);
            continue;
        }
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows.value(i);
                const QByteArray bytes = value.typeId() == QMetaType::QByteArray
                    ? value.toByteArray()
                    : value.toString().toUtf8();
                for (const QString &needle : needles) {
                    if (bytes.toLower().contains(needle.toLower().toUtf8()))
                        found
                            << QStringLiteral("%1.%2: %3").arg(table, record.fieldName(i), needle);
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

namespace serverLogins {

const QHash<QString, QString> &rolePasswords()
{
    static const QHash<QString, QString> passwords {
        { adminLogin, adminPassword },
        { QStringLiteral("fenna"), officerPassword },
        { QStringLiteral("karel"), kccPassword },
        { QStringLiteral("anna"), auditorPassword },
    };
    return passwords;
}

bool addRoleLogins(const ServerStoreFixture &server, QString *error)
{
    for (const auto &[login, role] :
         { std::pair { "fenna", "functionaris" }, std::pair { "karel", "kcc" },
           std::pair { "anna", "auditor" } }) {
        const QString name = QString::fromLatin1(login);
        if (!server.addUser(name, QString::fromLatin1(role), rolePasswords().value(name), error))
            return false;
    }
    return true;
}

QString psqlVerdict(const ServerStoreFixture::PsqlResult &result, bool allowed,
                    const QString &refusal)
{
    if (allowed)
        return result.exitCode == 0 ? QString() : QStringLiteral("refused: ") + result.err;
    if (result.exitCode == 0)
        return QStringLiteral("allowed: ") + result.out;
    return result.err.contains(refusal) ? QString()
                                        : QStringLiteral("refused otherwise: ") + result.err;
}

} // namespace serverLogins

} // namespace pd::test
