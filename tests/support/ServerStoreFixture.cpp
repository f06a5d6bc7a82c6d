#include "ServerStoreFixture.h"

#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"
#include "store/ServerSetup.h"
#include "users/UserService.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::test {

using namespace Qt::StringLiterals;

bool ServerStoreFixture::start(QString *error)
{
    if (!m_cluster.start(error))
        return false;
    const QString connection = u"server-store-fixture"_s;
    bool made = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_cluster.socketDir());
        db.setPort(m_cluster.port());
        db.setUserName(PostgresCluster::superuser());
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            made = query.exec(u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'"_s.arg(
                       QLatin1StringView(admin), QLatin1StringView(adminPassword)))
                && query.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(QLatin1StringView(database),
                                                                   QLatin1StringView(admin)));
            if (!made)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
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
    UserService users(*store);
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

// One cluster per test process, for every fresh server store it makes.
struct SharedCluster
{
    PostgresCluster cluster;
    bool started = false;
    ServerLocation location;
};

SharedCluster &sharedCluster()
{
    static SharedCluster shared;
    return shared;
}

// Every service test's store is the database "privacydesk", a copy of "privacydesk_template":
// a store made once per process by ServerSetup::init, as `server init` makes one. Copying it
// (CREATE DATABASE ... TEMPLATE) takes a tenth of building the schema again for every test
// function; the group roles are named after the database ("privacydesk_beheerder", ...), which
// the template was made under, so they serve every copy.
constexpr auto storeDatabase = "privacydesk";
constexpr auto templateDatabase = "privacydesk_template";

bool superuserExec(const PostgresCluster &cluster, const QStringList &statements, QString *error)
{
    const QString connection = u"service-store-superuser"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(cluster.socketDir());
        db.setPort(cluster.port());
        db.setUserName(PostgresCluster::superuser());
        db.setDatabaseName(u"postgres"_s);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = statement + u": "_s + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString quotedRole(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

bool makeTemplate(SharedCluster &shared, QString *error)
{
    const QString database = QLatin1StringView(storeDatabase);
    if (!shared.cluster.start(error))
        return false;
    const std::optional<ServerLocation> location = ServerLocation::parse(
        u"postgresql:///%1?host=%2&port=%3"_s.arg(database, shared.cluster.socketDir())
            .arg(shared.cluster.port()),
        error);
    if (!location)
        return false;
    shared.location = *location;
    return superuserExec(shared.cluster,
                         { u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'"_s.arg(
                               quotedRole(testUser), testPassword),
                           u"CREATE DATABASE %1 OWNER %2"_s.arg(database, quotedRole(testUser)) },
                         error)
        && ServerSetup::init(*location, testUser, SecureBytes::fromUtf8(testPassword), QString(),
                             error)
        && superuserExec(shared.cluster,
                         { u"ALTER DATABASE %1 RENAME TO %2"_s.arg(
                             database, QLatin1StringView(templateDatabase)) },
                         error);
}

// A fresh copy of the template under the store's name: the previous test's copy goes, with the
// logins it made; testUser is the template's beheerder again, whatever the test did to it.
bool freshCopy(const SharedCluster &shared, QString *error)
{
    const QString database = QLatin1StringView(storeDatabase);
    const QString user = quotedRole(testUser);
    QStringList groups;
    for (const char *code : { "beheerder", "functionaris", "kcc", "auditor" })
        groups << u"%1_%2"_s.arg(database, QLatin1StringView(code));
    return superuserExec(
        shared.cluster,
        { u"SET client_min_messages = error"_s, // "is not a member", "does not exist"
          u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database),
          u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname "
          "NOT LIKE 'pg\\_%%' AND rolname NOT LIKE '%1\\_%%' AND rolname NOT IN ('postgres', "
          "'%2') LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$"_s.arg(database,
                                                                                 testUser),
          u"ALTER ROLE %1 LOGIN PASSWORD '%2'"_s.arg(user, testPassword),
          u"REVOKE %1 FROM %2"_s.arg(groups.join(u", "_s), user),
          u"GRANT %1 TO %2"_s.arg(groups.constFirst(), user),
          u"CREATE DATABASE %1 TEMPLATE %2 OWNER %3"_s.arg(
              database, QLatin1StringView(templateDatabase), user),
          // What a database copy does not carry (as ServerSetup's databaseSettings sets it).
          u"ALTER DATABASE %1 SET search_path = privacydesk, pg_temp"_s.arg(database),
          u"REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC"_s.arg(database),
          u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(database, groups.join(u", "_s)) },
        error);
}

} // namespace

std::unique_ptr<Store> createServiceStore(const QString &directory)
{
    if (testBackend() == Backend::Folder)
        return createTestStore(directory);
    Q_UNUSED(directory)
    SharedCluster &shared = sharedCluster();
    QString error;
    if (!shared.started) {
        if (!makeTemplate(shared, &error)) {
            qWarning("server store: %s", qPrintable(error));
            return {};
        }
        shared.started = true;
    }
    if (!freshCopy(shared, &error)) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    StoreError openError;
    auto store = Store::openServer(shared.location, testUser, SecureBytes::fromUtf8(testPassword),
                                   &openError);
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
    return Store::openServer(sharedCluster().location, login, SecureBytes::fromUtf8(password),
                             error);
}

QStringList tableNames(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QStringList names;
    if (!query.exec(sql::isServer(db)
                        ? u"SELECT tablename FROM pg_tables WHERE schemaname = 'privacydesk' "
                          "ORDER BY tablename"_s
                        : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s))
        return {};
    while (query.next())
        names << query.value(0).toString();
    return names;
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
        return names;
    }
    if (!query.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)))
        return {};
    while (query.next())
        names << query.value(1).toString();
    return names;
}

QString serverPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   bool priceOutSorts)
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
    if (!plan.exec(u"SET enable_seqscan = off"_s)
        || (priceOutSorts && !plan.exec(u"SET enable_sort = off"_s))) {
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

} // namespace pd::test
