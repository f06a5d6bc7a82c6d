#pragma once

#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

class SecureBytes;

// Opens only to a location a password may go to (ServerLocation::refusal), PostgreSQL 15 or newer.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerConnection)
public:
    static constexpr int minimumServerVersion = 150000; // PostgreSQL 15 (Debian 12)
    static constexpr int connectTimeoutSeconds = 10;

    // False with a translated *error that never holds the password; the connection is then removed.
    static bool open(const ServerLocation &location, const QString &user,
                     const SecureBytes &password, const QString &name, QString *error);
};

} // namespace pd
