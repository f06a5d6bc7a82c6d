#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// The head of a server store's audit trail as this computer last saw it verified.
//
// A server's superuser, and a login with CREATEROLE (it can grant itself the store's owner role;
// the database's owner login holds it only while IT lets it, for server init, upgrade or
// restore), can change anything in the database: delete the tail of the trail, rewrite it and
// move the server's own checkpoint to match. What they cannot change is what the desks and the CLI
// have seen. Every program that opens a server store keeps, per store, the highest position of
// the trail it has verified (seq and chain hash, and the database it was in), in a file of the
// user's own (0600 in a 0700 folder under the user's data folder), under an HMAC-SHA-256 with a
// key of its own beside it, so that the file cannot be edited unnoticed by another program
// either. At the next open:
//   - the event at the kept seq must still be there, with the kept hash: a shorter trail is
//     [rolled-back], another hash a rewritten trail;
//   - the events after it must follow from it (each link checked as `verify` checks it); only
//     then does the kept position move on to the new head.
// A problem is an open warning (the CLI prints it, the desk shows it) and fails `verify` until
// the trail reaches past the kept position again, or an administrator accepts the trail as it
// now is (`verify --accept-rollback`, recorded in the trail).
//
// A database dropped and made again under the same store (as a restore does) must still hold the
// kept position too, said as a note when it does; `restore` accepts the trail it put back on the
// computer that ran it. What it cannot see: a change on a server this computer never opened the
// store on, or before its first open (the first open keeps the head it finds). A KCC login may
// not read the trail: nothing is checked or kept for it.
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

    // Compares the trail of the store (db, storeId) with the kept position and, when it agrees
    // and the events since verify, keeps the new head. A file that cannot be read or written is
    // a problem too: it must never pass as "nothing kept".
    static Result check(const QSqlDatabase &db, const QString &storeId);
    // Keeps the trail's current head as the position of storeId, whatever was kept before: an
    // administrator's acceptance of a trail that was restored or cut back. The caller verifies
    // the whole trail first.
    static bool accept(const QSqlDatabase &db, const QString &storeId, Head *head, QString *error);
    // Where the kept positions live: <data folder>/server-anchors.
    static QString directory();

private:
    // A problem with what to do about it, and its code.
    static QString rolledBack(const QString &what);
};

} // namespace pd
