#pragma once

#include "mailbox/MailboxAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// The privacy mailbox's IMAP server, through Debian's libcurl: no IMAP is written by
// hand here, only the commands libcurl sends for a URL (a message, its header) and the few it
// sends as given (FETCH of a range, STATUS, UID SEARCH, UID MOVE, CREATE, APPEND). Every call signs
// in as the account says, over TLS with the certificate verified (never in clear), with a connect
// timeout, so that an unreachable server is an error and never a hang.
// Holds no store and no session: a worker thread may use its own client.
//
// What a server can make a client spend is bounded, so that a hostile or broken server cannot
// hang or exhaust a desk: every command together gets at most the client's time limit (one
// deadline from construction: a server that trickles bytes is cut off when it is spent, also
// over many commands), and no answer may grow beyond maxMessageSize (a literal announced larger
// is refused before a byte of it is read).
//
// A folder is read in ranges of messages, never in one answer: libcurl (7.88 as Debian patches
// it) fails an answer once its count of the answer's lines passes 300 kB, a count that grows
// faster than the bytes (everything but a message fetched by URL is such lines); a listing of a
// few hundred messages could pass it.
//
// Failures are translated sentences in *error (Dutch first): a certificate that cannot be
// trusted, a server that cannot be reached, a login that is refused, a server without STARTTLS.
class ImapClient final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ImapClient)
public:
    // The largest message a desk fetches (a request with its attachments is far smaller).
    static constexpr qint64 maxMessageSize = 50LL * 1024 * 1024;
    // timeoutSeconds: the time limit of all the client's commands together.
    explicit ImapClient(MailboxAccount account, int timeoutSeconds = 60);
    ~ImapClient();
    Q_DISABLE_COPY_MOVE(ImapClient)

    struct Listed
    {
        qint64 uid = 0;
        qint64 size = 0;
        QByteArray header; // From, Subject, Date and Message-ID, with Detail::Headers
    };
    enum class Detail { Sizes, Headers };
    // The messages in folder with their UIDs and sizes (and headers), in the folder's order, read
    // in ranges of at most chunk messages (fewer where an answer would be too large).
    std::optional<QList<Listed>> list(const QString &folder, QString *error,
                                      Detail detail = Detail::Sizes);
    // The number of messages in folder, and its UIDVALIDITY (what its UIDs are valid under).
    std::optional<qint64> count(const QString &folder, QString *error);
    std::optional<qint64> uidValidity(const QString &folder, QString *error);
    // The UIDs in folder that meet an IMAP search (UID SEARCH criteria): "UID 12", "HEADER
    // Message-ID <…>". criteria must not come from a message unquoted.
    std::optional<QList<qint64>> search(const QString &folder, const QString &criteria,
                                        QString *error);
    // How many messages list() reads in one command at most (lowered by tests); it reads fewer
    // where an answer would be too large for libcurl.
    void setChunk(int messages);
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
    // Message at (a sequence number) of folder, with its header read as a message part.
    std::optional<QList<Listed>> readOne(const QString &folder, qint64 at, QString *error);

    std::optional<qint64> status(const QString &folder, const QString &item, QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
