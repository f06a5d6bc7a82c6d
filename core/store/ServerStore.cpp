// The server half of Store: a store on a PostgreSQL server, opened as the user's own
// login role. Set up by ServerSetup; the services run on it unchanged through Store::database().

#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/ServerAnchor.h"
#include "store/ServerConnection.h"
#include "store/ServerSetup.h"
#include "store/StorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace storedetail;

std::unique_ptr<Store> Store::openServer(const ServerLocation &location, const QString &userName,
                                         const SecureBytes &password, StoreError *error,
                                         Restoring restoring)
{
    *error = {};
    auto d = std::make_unique<Private>();
    d->server = location;
    d->directory = location.toString();
    const QString connection = uniqueConnectionName();
    QString why;
    // The login role as the users row names it (trimmed, case-folded), however it was typed,
    // as a store folder opens with " A.Bakker " too.
    if (!ServerConnection::open(location, normalisedLogin(userName), password, connection, &why)) {
        *error = { StoreError::Code::Server, why };
        return {};
    }
    d->connection = connection; // from here on ~Private closes and removes it
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    const auto failed = [error](StoreError::Code code, const QString &detail) {
        *error = { code, detail };
        return std::unique_ptr<Store>();
    };
    QSqlQuery query(db);
    // The store's schema first, whatever the database's default search_path says.
    if (!query.exec(QStringLiteral("SET search_path = privacydesk, pg_temp")))
        return failed(StoreError::Code::Server, query.lastError().text());
    enum Column { SchemaExists, SessionUser }; // the SELECT's columns, in its order
    if (!query.exec(QStringLiteral("SELECT to_regnamespace('privacydesk') IS NOT NULL, "
                                   "session_user"))
        || !query.next())
        return failed(StoreError::Code::Server, query.lastError().text());
    if (!query.value(SchemaExists).toBool())
        return failed(StoreError::Code::NotAStore,
                      QStringLiteral("no schema privacydesk: run server init first"));
    const QString login = query.value(SessionUser).toString();
    query.finish();
    bool versionRead = false;
    const int version = schemaVersion(db, &versionRead);
    if (!versionRead)
        return failed(StoreError::Code::Server, db.lastError().text());
    if (version > latestSchemaVersion())
        return failed(StoreError::Code::NewerVersion,
                      QStringLiteral("server schema %1, this version knows %2")
                          .arg(version)
                          .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return failed(StoreError::Code::Server,
                      tr("The server store has schema version %1; this version of Privacydesk "
                         "needs %2. Ask the administrator to run `privacydesk-cli server "
                         "upgrade`.")
                          .arg(version)
                          .arg(latestSchemaVersion()));
    const QUuid storeId = QUuid::fromString(MetaRepository::value(db, QStringLiteral("store_id")));
    if (storeId.isNull())
        return failed(StoreError::Code::Corrupt, QStringLiteral("the server store has no id"));
    // A restore that has not finished: the backup's data are back, what was destroyed after
    // it may not be destroyed again yet. Nobody works in it until that restore has finished.
    QString doorError;
    const std::optional<bool> open = ServerSetup::isOpenToGroups(db, &doorError);
    if (!open)
        return failed(StoreError::Code::Server, doorError);
    if (!*open && restoring == Restoring::No)
        //: Dutch: "Deze kluis wordt teruggezet en is nog niet vrijgegeven: wat na de back-up is
        //: vernietigd, is nog niet opnieuw vernietigd. Voer dezelfde restore-opdracht opnieuw
        //: uit op de computer die het herstel begon; die maakt het af."
        return failed(StoreError::Code::Server,
                      tr("This store is being restored and is not open yet: what was destroyed "
                         "after the backup has not been destroyed again. Run the same restore "
                         "command again on the computer that began it; it finishes the "
                         "restore."));
    d->serverStoreId = storeId;
    d->demo = MetaRepository::value(db, QStringLiteral("demo")) == u'1';
    // The login is the user: an active users row must name it (a removed user's role has lost
    // its groups and LOGIN on the server already; this says so in the store's words).
    d->user = d->activeLogin(login);
    if (d->user.isEmpty())
        return failed(StoreError::Code::WrongPassword,
                      QStringLiteral("no active user for the login role"));
    // The trail must still hold what this computer saw of it. A store that was cut
    // back or rewritten opens (the officer must not be stranded) and says so at once.
    const ServerAnchor::Result anchor
        = ServerAnchor::check(db, storeId.toString(QUuid::WithoutBraces));
    d->anchorProblem = anchor.problem;
    d->anchorNote = anchor.note;
    if (!anchor.problem.isEmpty())
        d->warnings << anchor.problem;
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

bool Store::isServer() const
{
    return d->server.has_value();
}

std::optional<ServerLocation> Store::serverLocation() const
{
    return d->server;
}

} // namespace pd
