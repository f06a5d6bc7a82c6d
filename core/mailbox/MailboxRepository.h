#pragma once

#include "mailbox/MailboxAccount.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// A message taken from the privacy mailbox, as the store records it (mailbox_messages).
struct HandledMessage
{
    qint64 id = 0;
    QString key; // the Message-ID, or "sha256:" and the SHA-256 of the bytes
    QString sha256;
    qint64 size = 0;
    bool registered = false; // else dismissed
    QString caseNumber; // registered: the request
    QString reason; // dismissed: why
    QString movedTo; // the folder it went to
    QDateTime handledAt; // UTC
    QString handledBy;
};

// The one place that writes SQL naming `mailbox_account` and `mailbox_messages` (issue 41).
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
    // The message taken under key, in *found (empty: none).
    static bool byKey(const QSqlDatabase &db, const QString &key,
                      std::optional<HandledMessage> *found, ServiceError *error);
    // Every message taken, newest first, at most limit.
    static std::optional<QList<HandledMessage>> handled(const QSqlDatabase &db, int limit,
                                                        ServiceError *error);
    // Records a message taken; a second record of the same key fails (UNIQUE).
    static std::optional<qint64> insert(const QSqlDatabase &db, const HandledMessage &message,
                                        ServiceError *error);
};

} // namespace pd
