#pragma once

#include "mailbox/MailboxAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// The privacy mailbox's IMAP server, through Debian's libcurl (issue 41): no IMAP is written by
// hand here, only the commands libcurl sends for a URL (a message, its header) and the few it
// sends as given (UID FETCH of the sizes, UID MOVE, CREATE, APPEND). Every call signs in as
// the account says, over TLS with the certificate verified (never in clear), with a connect
// timeout and an overall timeout, so that an unreachable server is an error and never a hang.
// Holds no store and no session: a worker thread may use its own client.
//
// Failures are translated sentences in *error (Dutch first): a certificate that cannot be
// trusted, a server that cannot be reached, a login that is refused, a server without STARTTLS.
class ImapClient final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ImapClient)
public:
    explicit ImapClient(MailboxAccount account, int timeoutSeconds = 30);
    ~ImapClient();
    Q_DISABLE_COPY_MOVE(ImapClient)

    struct Listed
    {
        qint64 uid = 0;
        qint64 size = 0;
    };
    // The messages in folder, by UID, with their sizes.
    std::optional<QList<Listed>> list(const QString &folder, QString *error);
    // The header of message uid in folder (RFC 5322, up to the empty line).
    std::optional<QByteArray> header(const QString &folder, qint64 uid, QString *error);
    // The whole message, as the server holds it; empty when folder does not hold it (any more).
    std::optional<QByteArray> message(const QString &folder, qint64 uid, QString *error);

    // Moves message uid from folder to another, atomically on the server (UID MOVE): Moved
    // with its UID there (*movedUid, from the server's COPYUID), Gone when folder no longer
    // holds it (another desk moved it first), Failed with *error.
    enum class Move { Moved, Gone, Failed };
    Move move(const QString &folder, qint64 uid, const QString &to, qint64 *movedUid,
              QString *error);
    // Makes folder when it is not there yet (an existing folder is no error, also one another
    // session made at the same moment).
    bool ensureFolder(const QString &folder, QString *error);
    // Adds a message to folder (APPEND): the tests deliver with it.
    bool append(const QString &folder, const QByteArray &message, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
