#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// The head of a server store's trail as this computer last verified it, HMAC-sealed in a file of
// the user's: a superuser can rewrite the trail, not what the desks have seen.
class ServerAnchor final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerAnchor)
public:
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash; // raw 32 bytes
        qint64 database = 0; // pg_database.oid of the store's database
        QDateTime verifiedAt; // UTC
    };

    struct Result
    {
        bool checked = false; // false: the login may not read the trail (KCC), nothing kept
        QString problem; // translated, with [rolled-back]; empty when the trail agrees
        QString note; // translated: a first kept position, or a database made anew
        Head kept; // the kept position after the check
    };

    // A file that cannot be read or written is a problem too, never "nothing kept".
    static Result check(const QSqlDatabase &db, const QString &storeId);
    // An administrator's acceptance; the caller verifies the whole trail first.
    static bool accept(const QSqlDatabase &db, const QString &storeId, Head *head, QString *error);
    static QString directory();

private:
    static QString rolledBack(const QString &what);
};

} // namespace pd
