#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// Where a server store lives: a PostgreSQL URI as the CLI's --store, PRIVACYDESK_STORE
// and the desk's server profile give it, in either form libpq knows:
//   postgresql://host:port/database?sslmode=verify-full&sslrootcert=/path/ca.crt
//   postgresql:///database?host=/socket/dir&port=5432
// A location never carries a password (nor a user: that is --user, the Privacydesk login), and
// the password may go to the server only over a unix socket, to this machine (localhost), or
// over TLS that verifies the server's name against a given CA (sslmode=verify-full with
// sslrootcert); every other location is refused before anything is sent.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerLocation)
public:
    QString host; // a host name or address, or the folder of the unix socket (starts with '/')
    int port = 5432;
    QString database;
    QString sslMode; // libpq's sslmode, empty when not given
    QString caFile; // sslrootcert: the CA that signed the server's certificate

    // Whether a --store value names a server rather than a store folder.
    static bool looksLikeServer(const QString &location);
    // A store location tidied for keeping and comparing: a server's URI trimmed and otherwise as
    // written (QDir::cleanPath would fold "postgresql:///db" into "postgresql:/db", a folder),
    // a folder through QDir::cleanPath.
    static QString cleanLocation(const QString &location);
    // The location, or nullopt with a translated *error saying what is wrong with it.
    static std::optional<ServerLocation> parse(const QString &location, QString *error);

    bool isSocket() const { return host.startsWith(u'/'); }
    bool isLocalHost() const;
    // Empty when a password may be sent to this location; else why not (translated).
    QString refusal() const;
    // libpq's connection options for QSqlDatabase::setConnectOptions ("sslmode=...;...").
    QString connectOptions() const;
    // The location as the user wrote it, normalised (for messages and the desk's profile).
    QString toString() const;
};

} // namespace pd
