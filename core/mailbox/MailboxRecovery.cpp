// MailboxService::recover: what a desk left pending when it stopped between recording a message
// and registering it is put back as it was, so that the message is offered again.

#include "mailbox/ImapClient.h"
#include "mailbox/MailboxService.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

#include <QCryptographicHash>

namespace pd {

using namespace Qt::StringLiterals;

struct MailboxService::Recovered
{
    int movedBack = 0; // found moved, put back
    int neverMoved = 0; // found where it was: only its record removed
    int missing = 0; // in neither folder: its record kept
    int failed = 0; // the server or the store could not say or do it: tried at the next start
    QString why; // the last failure
};

namespace {

// A Message-ID an IMAP search can quote as it is: printable ASCII, no quote or backslash.
bool searchable(const QString &key)
{
    if (key.isEmpty() || key.startsWith(u"sha256:"_s) || key.size() > 900)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
}

// The UID of message m in folder (found by its Message-ID, or by its size when it has none, and
// known by its bytes), 0 when folder does not hold it; empty when the server could not say.
std::optional<qint64> locate(ImapClient &client, const QString &folder, const HandledMessage &m,
                             QString *why)
{
    const QString criteria = searchable(m.key)
        ? u"HEADER Message-ID \"%1\""_s.arg(m.key)
        : u"LARGER %1 SMALLER %2"_s.arg(m.size - 1).arg(m.size + 1);
    const std::optional<QList<qint64>> candidates = client.search(folder, criteria, why);
    if (!candidates)
        return std::nullopt;
    // A folder with many messages of one Message-ID or size is read no further than this.
    constexpr int mostRead = 50;
    for (const qint64 uid : candidates->first(std::min<qsizetype>(candidates->size(), mostRead))) {
        const std::optional<QByteArray> bytes = client.message(folder, uid, why);
        if (!bytes)
            return std::nullopt;
        const QByteArray hash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
        if (QString::fromLatin1(hash.toHex()) == m.sha256)
            return uid;
    }
    return 0;
}

} // namespace

std::optional<QString> MailboxService::recover(const MailboxAccount &account, ServiceError *error)
{
    if (!m_session.permit(Permission::EditCases, u"mailbox.read"_s, {}, error))
        return std::nullopt;
    const std::optional<QList<HandledMessage>> pending
        = MailboxRepository::pending(m_session.store().database(), error);
    if (!pending)
        return std::nullopt;
    ImapClient client(account);
    Recovered done;
    const QDateTime now = m_session.clock().now().toUTC();
    for (const HandledMessage &m : *pending) {
        if (m.handledBy != m_session.userName() && m.handledAt.secsTo(now) < pendingGraceSeconds)
            continue; // another desk may be taking it right now
        MailboxRepository::Hold hold(m_session.store().database(), m.key);
        const std::optional<bool> free = hold.take(error);
        if (!free)
            return std::nullopt;
        if (!*free)
            continue;
        // Read again under the hold: the desk that held it may have settled it since the list.
        std::optional<HandledMessage> still;
        if (!MailboxRepository::byKey(m_session.store().database(), m.key, m.sha256, &still, error))
            return std::nullopt;
        if (still && still->pending)
            recoverOne(client, account, *still, &done);
    }
    QStringList said;
    if (done.movedBack > 0)
        //: %n is the number of messages. Dutch: "Afgebroken bij een vorige keer: %n bericht(en)
        //: weer in de map %1 gezet, niet geregistreerd."
        said << tr("Interrupted before: %n message(s) put back in the folder %1, not registered.",
                   nullptr, done.movedBack)
                    .arg(account.folder);
    if (done.neverMoved > 0)
        //: %n is the number of messages. Dutch: "%n bericht(en) die niet verplaatst waren,
        //: staan nog in de map %1."
        said << tr("%n message(s) that were never moved are still in the folder %1.", nullptr,
                   done.neverMoved)
                    .arg(account.folder);
    if (done.missing > 0)
        //: %n is the number of messages. Dutch: "%n bericht(en) die werden genomen, staan in
        //: geen van beide mappen: ze blijven als onderhanden vastgelegd."
        said << tr("%n message(s) being taken are in neither folder: they stay recorded as "
                   "pending.",
                   nullptr, done.missing);
    if (done.failed > 0)
        //: %n is the number of messages. Dutch: "%n bericht(en) konden nog niet worden
        //: teruggezet (%1): dat gebeurt bij de volgende start."
        said << tr("%n message(s) could not be put back yet (%1): that is done at the next "
                   "start.",
                   nullptr, done.failed)
                    .arg(done.why);
    return said.join(u' ');
}

void MailboxService::recoverOne(ImapClient &client, const MailboxAccount &account,
                                const HandledMessage &pending, Recovered *done)
{
    const QString from = pending.folder.isEmpty() ? account.folder : pending.folder;
    ServiceError error;
    const std::optional<qint64> moved = locate(client, pending.movedTo, pending, &done->why);
    if (moved && *moved > 0) {
        // Back first, then the record: a message is never in the done folder without one.
        if (client.move(pending.movedTo, *moved, from, nullptr, &done->why)
                == ImapClient::Move::Moved
            && dropPending(pending, &error)) {
            ++done->movedBack;
            return;
        }
        if (!error.message.isEmpty())
            done->why = error.message;
        ++done->failed;
        return;
    }
    // Also when the done folder could not be read (a desk that stopped before it made the folder
    // leaves none): a message still where it came from was never moved.
    QString unread;
    const std::optional<qint64> there = locate(client, from, pending, &unread);
    if (!there || (*there == 0 && !moved)) {
        done->why = there ? done->why : unread;
        ++done->failed;
        return;
    }
    if (*there == 0) {
        ++done->missing;
        return;
    }
    if (dropPending(pending, &error)) {
        ++done->neverMoved;
        return;
    }
    done->why = error.message;
    ++done->failed;
}

} // namespace pd
