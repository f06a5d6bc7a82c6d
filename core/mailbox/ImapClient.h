#pragma once

#include "mailbox/MailboxAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// The privacy mailbox's IMAP server through libcurl: always TLS with the certificate verified, and
// one time limit for all the client's commands together, so that a hostile or broken server can
// neither hang nor exhaust a desk. A folder is read in ranges: libcurl 7.88 fails an answer past
// 300 kB of its line count. Holds no store: a worker thread may use its own client.
class ImapClient final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ImapClient)
public:
    static constexpr qint64 maxMessageSize = 50LL * 1024 * 1024;
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
    std::optional<QList<Listed>> list(const QString &folder, QString *error,
                                      Detail detail = Detail::Sizes);
    std::optional<qint64> count(const QString &folder, QString *error);
    std::optional<qint64> uidValidity(const QString &folder, QString *error);
    // criteria must not come from a message unquoted.
    std::optional<QList<qint64>> search(const QString &folder, const QString &criteria,
                                        QString *error);
    void setChunk(int messages);
    std::optional<QByteArray> header(const QString &folder, qint64 uid, QString *error);
    // Empty when folder no longer holds it.
    std::optional<QByteArray> message(const QString &folder, qint64 uid, QString *error);

    // Atomic on the server; Gone when another desk moved it first.
    enum class Move { Moved, Gone, Failed };
    Move move(const QString &folder, qint64 uid, const QString &to, qint64 *movedUid,
              QString *error);
    bool ensureFolder(const QString &folder, QString *error);
    bool append(const QString &folder, const QByteArray &message, QString *error);

private:
    std::optional<QList<Listed>> readOne(const QString &folder, qint64 at, QString *error);

    std::optional<qint64> status(const QString &folder, const QString &item, QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd
