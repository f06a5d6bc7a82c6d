#include "store/ServerLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

namespace {

const QStringList schemes { QStringLiteral("postgresql"), QStringLiteral("postgres") };
const QStringList sslModes { QStringLiteral("disable"),   QStringLiteral("allow"),
                             QStringLiteral("prefer"),    QStringLiteral("require"),
                             QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

} // namespace

bool ServerLocation::looksLikeServer(const QString &location)
{
    for (const QString &scheme : schemes)
        if (location.trimmed().startsWith(scheme + QStringLiteral("://"), Qt::CaseInsensitive))
            return true;
    return false;
}

QString ServerLocation::cleanLocation(const QString &location)
{
    return looksLikeServer(location) ? location.trimmed() : QDir::cleanPath(location);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &location, QString *error)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !schemes.contains(url.scheme().toLower())) {
        *error = tr("\"%1\" is not a server location: write postgresql://host:port/database or "
                    "postgresql:///database?host=/socket/folder.")
                     .arg(location.trimmed());
        return std::nullopt;
    }
    const auto noPassword = [error]() -> std::optional<ServerLocation> {
        *error = tr("A server location never holds a password: remove it. Privacydesk asks for "
                    "the password when it connects.");
        return std::nullopt;
    };
    if (!url.password().isEmpty())
        return noPassword();
    if (!url.userName().isEmpty()) {
        *error = tr("A server location holds no user name: give the user with --user (or log "
                    "in at the desk).");
        return std::nullopt;
    }
    ServerLocation result;
    result.host = url.host();
    result.port = url.port(5432);
    result.database = url.path().sliced(qMin<qsizetype>(1, url.path().size()));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) {
            result.host = value;
        } else if (key == QLatin1StringView("port")) {
            bool ok = false;
            result.port = value.toInt(&ok);
            if (!ok) {
                *error = tr("The port \"%1\" is not a number.").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1StringView("sslmode")) {
            result.sslMode = value;
        } else if (key == QLatin1StringView("sslrootcert")) {
            result.caFile = value;
        } else if (key == QLatin1StringView("password")) {
            return noPassword();
        } else {
            *error = tr("The server location has an option Privacydesk does not use: \"%1\".")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (result.port < 1 || result.port > 65535) {
        *error = tr("The port %1 is not between 1 and 65535.").arg(result.port);
        return std::nullopt;
    }
    if (result.database.isEmpty() || result.database.contains(u'/')) {
        *error = tr("The server location names no database: write it after the host, as in "
                    "postgresql://server/privacydesk.");
        return std::nullopt;
    }
    if (result.host.isEmpty()) {
        *error = tr("The server location names no server: give the host, or the socket folder "
                    "as ?host=/run/postgresql.");
        return std::nullopt;
    }
    if (!result.sslMode.isEmpty() && !sslModes.contains(result.sslMode)) {
        *error = tr("The sslmode \"%1\" does not exist; use verify-full.").arg(result.sslMode);
        return std::nullopt;
    }
    return result;
}

bool ServerLocation::isLocalHost() const
{
    return host == QLatin1StringView("localhost") || host == QLatin1StringView("127.0.0.1")
        || host == QLatin1StringView("::1");
}

QString ServerLocation::refusal() const
{
    if (isSocket() || isLocalHost())
        return {};
    if (sslMode != QLatin1StringView("verify-full"))
        return tr("The password would go to %1 without TLS that checks the server's name: add "
                  "sslmode=verify-full and sslrootcert=<the CA file> to the location.")
            .arg(host);
    if (caFile.isEmpty())
        return tr("With sslmode=verify-full the CA that signed the server's certificate is "
                  "needed: add sslrootcert=<the CA file> to the location.");
    if (!QFileInfo(caFile).isReadable())
        return tr("The CA file %1 cannot be read.").arg(caFile);
    return {};
}

QString ServerLocation::connectOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!caFile.isEmpty())
        options << QStringLiteral("sslrootcert=") + caFile;
    return options.join(u';');
}

QString ServerLocation::toString() const
{
    // Written out by hand: QUrl drops the empty authority of the socket form ("postgresql:///").
    QString authority;
    QUrlQuery query;
    if (isSocket()) {
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        QUrl url;
        url.setHost(host);
        url.setPort(port);
        authority = url.authority(QUrl::FullyEncoded);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    const QString text = QStringLiteral("postgresql://") + authority + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(database));
    return query.isEmpty() ? text : text + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace pd
