#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// A server store's PostgreSQL URI, never with a password. A password may go only over a unix
// socket, to localhost, or over TLS that verifies the server against a given CA.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerLocation)
public:
    QString host; // a host name or address, or the folder of the unix socket (starts with '/')
    int port = 5432;
    QString database;
    QString sslMode; // libpq's sslmode, empty when not given
    QString caFile; // sslrootcert: the CA that signed the server's certificate

    static bool looksLikeServer(const QString &location);
    // A server's URI only trimmed: QDir::cleanPath would make "postgresql:///db" a folder.
    static QString cleanLocation(const QString &location);
    static std::optional<ServerLocation> parse(const QString &location, QString *error);

    bool isSocket() const { return host.startsWith(u'/'); }
    bool isLocalHost() const;
    // Empty when a password may be sent here; else why not, translated.
    QString refusal() const;
    QString connectOptions() const;
    QString toString() const;
};

} // namespace pd
