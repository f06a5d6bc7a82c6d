#pragma once

#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

class SecureBytes;

// Opens a connection to a server store through Qt's QPSQL driver: only to a location
// a password may go to (ServerLocation::refusal), as the PostgreSQL login role that is the
// Privacydesk user (so IT recognises it in pg_stat_activity), with libpq's TLS options of the
// location, a connection timeout, and a server of at least PostgreSQL 15. The password goes to
// libpq as Qt's API takes it (a QString) and is cleared from the connection once it is open.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerConnection)
public:
    static constexpr int minimumServerVersion = 150000; // PostgreSQL 15 (Debian 12)
    static constexpr int connectTimeoutSeconds = 10;

    // Adds and opens the connection called name; false with a translated *error (the connection
    // is then removed). The message never holds the password.
    static bool open(const ServerLocation &location, const QString &user,
                     const SecureBytes &password, const QString &name, QString *error);
};

} // namespace pd
