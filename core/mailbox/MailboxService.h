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

#include <optional>

namespace pd {

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

// The privacy mailbox (issue 41). The account is the store's (one, mailbox_account): set by a
// beheerder (Permission::ChangeSettings, event mailbox.account_set, without its secret), read
// by whoever may take messages (Permission::EditCases: functionaris and beheerder).
//
// Taking a message is exactly once, also with several desks on one store and one folder:
//   1. the store: a message whose key (Message-ID) was taken before is refused, naming the
//      request it became;
//   2. the server: the message is moved to the done folder (UID MOVE, atomic on the server);
//      a desk that finds it gone is refused with "al geregistreerd door een andere werkplek"
//      and registers nothing;
//   3. the request is added (CaseService::add, the .eml intake: day of receipt, sender, BSN
//      guard, identity-document hints) with the whole message as its original, and the message
//      recorded under its key (UNIQUE) in the same transaction, with the event
//      case.mailbox_taken. When that fails the message is moved back, or the error says
//      exactly where it is.
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
    explicit MailboxService(const Store &store, const Clock &clock = systemClock());

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

private:
    // Steps 1 and 2: the store's and the server's claim; *movedUid the message's UID in to.
    bool claim(const MailboxAccount &account, qint64 uid, const QString &key, const QString &to,
               qint64 *movedUid, ServiceError *error);
    // The claim undone after a failed registration: the message back in its folder, or why not
    // added to *error.
    void release(const MailboxAccount &account, const QString &from, qint64 movedUid,
                 ServiceError *error);
    HandledMessage record(const QByteArray &message, const QString &movedTo) const;

    const Store &m_store;
    const Clock &m_clock;
    Session m_session;
};

} // namespace pd
