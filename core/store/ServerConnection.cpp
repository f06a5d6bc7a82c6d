#include "store/ServerConnection.h"

#include "crypto/SecureBytes.h"
#include "util/ProcessHardening.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

bool ServerConnection::open(const ServerLocation &location, const QString &user,
                            const SecureBytes &password, const QString &name, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed: install the Debian package "
                    "libqt6sql6-psql.");
        return false;
    }
    if (const QString refusal = location.refusal(); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (user.trimmed().isEmpty()) {
        *error = tr("Give the user to log in to the server as.");
        return false;
    }
    // Only the location decides where the password goes: libpq's own variables (PGHOSTADDR,
    // PGSERVICE, ...) would otherwise take precedence over what it leaves unsaid.
    forgetLibpqEnvironment();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(user.trimmed());
        db.setPassword(QString::fromUtf8(reinterpret_cast<const char *>(password.data()),
                                         static_cast<qsizetype>(password.size())));
        QStringList options { QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                              QStringLiteral("application_name=Privacydesk") };
        if (const QString tls = location.connectOptions(); !tls.isEmpty())
            options.prepend(tls);
        db.setConnectOptions(options.join(u';'));
        opened = db.open();
        db.setPassword(QString());
        if (!opened) {
            *error = tr("The server %1 refused the connection as %2: %3")
                         .arg(location.toString(), user.trimmed(), db.lastError().text().trimmed());
        } else {
            QSqlQuery version(db);
            if (!version.exec(QStringLiteral("SELECT current_setting('server_version_num')::int"))
                || !version.next()) {
                *error = tr("The server's version could not be read: %1")
                             .arg(version.lastError().text());
                opened = false;
            } else if (version.value(0).toInt() < minimumServerVersion) {
                *error = tr("The server runs PostgreSQL %1; Privacydesk needs version 15 or "
                            "later.")
                             .arg(version.value(0).toInt() / 10000);
                opened = false;
            }
            if (!opened)
                db.close();
        }
    }
    if (!opened)
        QSqlDatabase::removeDatabase(name);
    return opened;
}

} // namespace pd
