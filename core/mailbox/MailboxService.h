#pragma once

#include "cases/Case.h"
#include "cases/CaseService.h"
#include "mailbox/MailboxAccount.h"
#include "mailbox/MailboxRepository.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

class ImapClient;
class Store;

// A message waiting in the privacy mailbox's folder, as the officer sees it before taking it:
// read from the server's header, never kept in the store.
struct MailboxMessage
{
    qint64 uid = 0;
    qint64 size = 0;
    QString fromName;
    QString fromAddress;
    QString subject;
    QDateTime date; // the Date header; invalid when absent
    QString key; // MailboxService::keyOf: the Message-ID ("sha256:…" when none is given)
};

// The privacy mailbox. The account is the store's (one, mailbox_account): set by a
// beheerder (Permission::ChangeSettings, event mailbox.account_set, without its secret), read
// by whoever may take messages (Permission::EditCases: functionaris and beheerder).
//
// Taking a message is exactly once, also with several desks on one store and one folder, and
// nothing is lost when a desk stops halfway (a hang, a kill):
//   1. the store: a message recorded before under its key (Message-ID) with the same bytes
//      (SHA-256) is refused, naming the request it became or the desk taking it; else it is
//      recorded pending (its folder, UID and UIDVALIDITY, where it goes), in a transaction of
//      its own, before anything moves (UNIQUE: one desk wins). A message that reuses the
//      Message-ID of another, with other bytes, is another message;
//   2. the server: the message is moved to the done folder (UID MOVE, atomic on the server);
//      a desk that finds it gone is refused with "al geregistreerd door een andere werkplek"
//      and registers nothing; a move that fails removes the pending record;
//   3. the request is added (CaseService::add, the .eml intake: day of receipt, sender, BSN
//      guard, identity-document hints) with the whole message as its original, and the pending
//      record becomes registered in the same transaction, with the event case.mailbox_taken.
//      When that fails the message is moved back and the record removed; when the move back
//      fails too the record stays, and recover() puts the message back at the next start.
// Dismissing is the same with the dismiss folder and a reason (required, BSN-guarded), event
// mailbox.dismissed (the reason and the message's SHA-256 and size; never its sender or
// subject).
//
// The network calls (ImapClient) run where they are called: the desk runs waiting() and
// fetch() on a worker thread with an account it read before; they touch no store.
class MailboxService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailboxService)
public:
    explicit MailboxService(const Session &session);

    // The account, secret included: NotFound when none is set (translated, says how to set it).
    std::optional<MailboxAccount> account(ServiceError *error) const;
    // Sets the account; an empty secret keeps the stored one (an update of the folders). The
    // server is not asked: check() does that.
    bool setAccount(const MailboxAccount &account, ServiceError *error);

    // Signs in and makes the done and dismiss folders when missing: the account works.
    static bool check(const MailboxAccount &account, QString *error);
    // The time waiting() may take, all the server's answers together.
    static constexpr int listingSeconds = 600;
    // The messages waiting in the account's folder, oldest first.
    static std::optional<QList<MailboxMessage>> waiting(const MailboxAccount &account,
                                                        QString *error);
    // The whole message uid, as the server holds it.
    static std::optional<QByteArray> fetch(const MailboxAccount &account, qint64 uid,
                                           QString *error);
    // The key a message is recorded under: its Message-ID, else "sha256:" and its SHA-256.
    static QString keyOf(const QByteArray &message);
    // The name the message is kept under as the request's original.
    static QString fileName(const QByteArray &message, qint64 uid);

    // Registers message (uid's bytes, from fetch()) as a request: see the class comment. The
    // request is what the officer confirmed (MailIntake filled from the message); the message
    // is added as its original when the request does not carry it already.
    std::optional<Case> take(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                             NewCase request, bool bsnOverride, ServiceError *error);
    // Dismisses message uid: not a request, with the reason why.
    bool dismiss(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                 const QString &reason, bool bsnOverride, ServiceError *error);
    // The messages taken, newest first (mailbox list).
    std::optional<QList<HandledMessage>> handled(int limit, ServiceError *error) const;

    // What a desk left pending when it stopped between recording a message and registering it
    // (a hang, a kill), finished at the start (the mailbox window, the CLI's mailbox commands):
    // a message found moved (in its done or dismiss folder, by Message-ID and SHA-256) goes back
    // to the folder it came from and its record is removed, so it is offered again; one never
    // moved only loses its record; one in neither folder keeps it, and is said. Another login's
    // pending message is left alone for pendingGraceSeconds: that desk may be at work on it.
    // Returns what was done as a sentence (translated), empty when nothing was pending.
    std::optional<QString> recover(const MailboxAccount &account, ServiceError *error);
    static constexpr int pendingGraceSeconds = 15 * 60;

    // Tests: runs after a message was moved and before it is registered; false stops take() or
    // dismiss() right there, with nothing undone, as a desk killed at that moment leaves it.
    void setAfterMove(std::function<bool()> proceed) { m_afterMove = std::move(proceed); }

private:
    struct Recovered;
    // Step 1: the store's claim, *handled recorded pending (its id set), or why not.
    bool claim(ImapClient &client, const MailboxAccount &account, HandledMessage *handled,
               ServiceError *error);
    // Step 2: the server's claim; *movedUid the message's UID in the done or dismiss folder.
    bool moveAway(ImapClient &client, const MailboxAccount &account, const HandledMessage &handled,
                  qint64 *movedUid, ServiceError *error);
    // The claim undone after a failed registration: the message back in its folder and its
    // record removed, or why not added to *error (the record then stays for recover()).
    void release(ImapClient &client, const MailboxAccount &account, const HandledMessage &handled,
                 qint64 movedUid, ServiceError *error);
    bool dropPending(const HandledMessage &handled, ServiceError *error);
    bool proceedAfterMove(ServiceError *error) const;
    void recoverOne(ImapClient &client, const MailboxAccount &account,
                    const HandledMessage &pending, Recovered *recovered);
    static ServiceError refusal(const HandledMessage &taken);
    HandledMessage record(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                          const QString &movedTo) const;
    Session m_session;
    std::function<bool()> m_afterMove;
};

} // namespace pd
