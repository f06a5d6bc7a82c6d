#pragma once

#include "mailbox/MailboxAccount.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// Pending from before it is moved until it is registered or dismissed.
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

// A failed read is an error, never "no account" or "not taken".
class MailboxRepository final
{
public:
    static bool account(const QSqlDatabase &db, std::optional<MailboxAccount> *found,
                        ServiceError *error);
    static bool setAccount(const QSqlDatabase &db, const MailboxAccount &account, bool exists,
                           const QString &now, const QString &user, ServiceError *error);
    static bool byKey(const QSqlDatabase &db, const QString &key, const QString &sha256,
                      std::optional<HandledMessage> *found, ServiceError *error);
    static std::optional<QList<HandledMessage>> handled(const QSqlDatabase &db, int limit,
                                                        ServiceError *error);
    static std::optional<QList<HandledMessage>> pending(const QSqlDatabase &db,
                                                        ServiceError *error);
    // A second record of the same key and bytes fails (UNIQUE).
    static std::optional<qint64> insert(const QSqlDatabase &db, const HandledMessage &message,
                                        ServiceError *error);
    // Conflict when the row is no longer pending: the start-up recovery undid it meanwhile.
    static bool settle(const QSqlDatabase &db, const HandledMessage &message, ServiceError *error);
    static bool drop(const QSqlDatabase &db, qint64 id, ServiceError *error);
    // The Message-ID of the e-mail a request was registered from (an answer threads under it);
    // empty when it came otherwise, or the e-mail had none.
    static std::optional<QString> messageIdOf(const QSqlDatabase &db, const QString &caseNumber,
                                              ServiceError *error);

    // A desk at work on a message holds it from before its pending record until the message is
    // settled or put back: on a server, an advisory lock of the desk's own connection, which the
    // server lets go when that connection ends (a kill, a power cut). recover() leaves a held
    // message alone, whoever holds it: the same login may be taking it at another desk. A store
    // folder is open in one place at a time, so there a message is never held by another.
    class Hold final
    {
        Q_DISABLE_COPY_MOVE(Hold)
    public:
        Hold(const QSqlDatabase &db, const QString &key);
        ~Hold();
        // False: another connection holds it; nullopt: the server could not be asked.
        std::optional<bool> take(ServiceError *error);

    private:
        QSqlDatabase m_db;
        QString m_key;
        bool m_held = false;
    };
};

} // namespace pd
