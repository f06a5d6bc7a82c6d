#include "ServerStoreFixture.h"

#include "TestSupport.h"
#include "crypto/SecureBytes.h"
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
    int databases = 0;
    QString current; // the database of the last fresh store
    ServerLocation location;
};

SharedCluster &sharedCluster()
{
    static SharedCluster shared;
    return shared;
}

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

} // namespace

std::unique_ptr<Store> createServiceStore(const QString &directory)
{
    if (testBackend() == Backend::Folder)
        return createTestStore(directory);
    SharedCluster &shared = sharedCluster();
    QString error;
    if (!shared.started) {
        if (!shared.cluster.start(&error)
            || !superuserExec(shared.cluster,
                              { u"CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2'"_s.arg(
                                  testUser, testPassword) },
                              &error)) {
            qWarning("server store: %s", qPrintable(error));
            return {};
        }
        shared.started = true;
    }
    // The previous test's store goes, with its group roles and the logins it made.
    if (!shared.current.isEmpty()) {
        QStringList drop { u"DROP DATABASE %1 WITH (FORCE)"_s.arg(shared.current) };
        for (const QString &group :
             { u"eigenaar"_s, u"beheerder"_s, u"functionaris"_s, u"kcc"_s, u"auditor"_s })
            drop << u"DROP ROLE IF EXISTS %1_%2"_s.arg(shared.current, group);
        drop << u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE "
                "rolname NOT LIKE 'pg\\_%%' AND rolname NOT IN ('postgres', '%1') LOOP "
                "EXECUTE format('DROP ROLE %%I', r); END LOOP; END $$"_s.arg(testUser);
        if (!superuserExec(shared.cluster, drop, &error)) {
            qWarning("server store: %s", qPrintable(error));
            return {};
        }
        shared.current.clear();
    }
    const QString database = u"privacydesk%1"_s.arg(++shared.databases);
    if (!superuserExec(shared.cluster,
                       { u"CREATE DATABASE %1 OWNER \"%2\""_s.arg(database, testUser) }, &error)) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    shared.current = database;
    const std::optional<ServerLocation> location = ServerLocation::parse(
        u"postgresql:///%1?host=%2&port=%3"_s.arg(database, shared.cluster.socketDir())
            .arg(shared.cluster.port()),
        &error);
    if (!location
        || !ServerSetup::init(*location, testUser, SecureBytes::fromUtf8(testPassword), QString(),
                              &error)) {
        qWarning("server store: %s", qPrintable(error));
        return {};
    }
    shared.location = *location;
    Q_UNUSED(directory)
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
    return Store::openServer(sharedCluster().location, login, SecureBytes::fromUtf8(password),
                             error);
}

} // namespace pd::test
