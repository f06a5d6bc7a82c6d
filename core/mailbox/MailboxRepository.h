#pragma once

#include "mailbox/MailboxAccount.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// A message taken from the privacy mailbox, as the store records it (mailbox_messages): pending
// from before it is moved until it is registered or dismissed (schema 48).
struct HandledMessage
{
    qint64 id = 0;
    QString key; // the Message-ID, or "sha256:" and the SHA-256 of the bytes
    QString sha256; // with the key, what makes it this message (a Message-ID may be reused)
    qint64 size = 0;
    bool pending = false; // recorded, being moved or registered
    bool registered = false; // else (not pending) dismissed
    QString caseNumber; // registered: the request
    QString reason; // dismissed: why
    QString movedTo; // the folder it went to
    QDateTime handledAt; // UTC
    QString handledBy;
    QString folder; // where it was taken from, with its UID and the folder's UIDVALIDITY there
    qint64 uid = 0;
    qint64 uidValidity = 0; // 0: not known
};

// The one place that writes SQL naming `mailbox_account` and `mailbox_messages`.
// Every function runs on the connection it is given, inside the caller's unit, and reports a
// failed read as an error, never as "no account" or "not taken".
class MailboxRepository final
{
public:
    // The account, in *found (empty: none set yet): false, with *error, when the read failed.
    static bool account(const QSqlDatabase &db, std::optional<MailboxAccount> *found,
                        ServiceError *error);
    // Writes the one account: over the stored one when exists, else as the first.
    static bool setAccount(const QSqlDatabase &db, const MailboxAccount &account, bool exists,
                           const QString &now, const QString &user, ServiceError *error);
    // The message recorded under key with these bytes (sha256), pending or handled, in *found
    // (empty: none).
    static bool byKey(const QSqlDatabase &db, const QString &key, const QString &sha256,
                      std::optional<HandledMessage> *found, ServiceError *error);
    // Every message handled (registered or dismissed), newest first, at most limit.
    static std::optional<QList<HandledMessage>> handled(const QSqlDatabase &db, int limit,
                                                        ServiceError *error);
    // Every pending message, oldest first.
    static std::optional<QList<HandledMessage>> pending(const QSqlDatabase &db,
                                                        ServiceError *error);
    // Records a message (pending, registered or dismissed as message says); a second record of
    // the same key and bytes fails (UNIQUE).
    static std::optional<qint64> insert(const QSqlDatabase &db, const HandledMessage &message,
                                        ServiceError *error);
    // Turns pending row message.id into registered or dismissed as message says. Fails (Conflict)
    // when the row is no longer pending: the start-up recovery undid it meanwhile.
    static bool settle(const QSqlDatabase &db, const HandledMessage &message, ServiceError *error);
    // Removes pending row id (its move failed or was undone); a row no longer pending stays.
    static bool drop(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
