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

// Read from the server's header, never kept in the store.
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

// Taking a message is exactly once, also with several desks on one folder, and nothing is lost when
// a desk stops halfway: the store records it pending first (UNIQUE: one desk wins), the server
// moves it (atomic), then the request is registered; a failure moves it back, and recover()
// finishes what a stopped desk left. The network calls touch no store: the desk runs them on a
// worker thread.
class MailboxService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailboxService)
public:
    explicit MailboxService(const Session &session);

    std::optional<MailboxAccount> account(ServiceError *error) const;
    // An empty secret keeps the stored one.
    bool setAccount(const MailboxAccount &account, ServiceError *error);

    // Signs in, reads the folder of new messages and makes the two folders it moves messages to;
    // when the account sends, signs in to the SMTP server too.
    static bool check(const MailboxAccount &account, QString *error);
    static constexpr int listingSeconds = 600;
    static std::optional<QList<MailboxMessage>> waiting(const MailboxAccount &account,
                                                        QString *error);
    static std::optional<QByteArray> fetch(const MailboxAccount &account, qint64 uid,
                                           QString *error);
    static QString keyOf(const QByteArray &message);
    static QString fileName(const QByteArray &message, qint64 uid);

    std::optional<Case> take(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                             NewCase request, BsnCheck bsnCheck, ServiceError *error);
    bool dismiss(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                 const QString &reason, BsnCheck bsnCheck, ServiceError *error);
    std::optional<QList<HandledMessage>> handled(int limit, ServiceError *error) const;

    // A message a desk holds (MailboxRepository::Hold) is left alone; another login's pending
    // message also for pendingGraceSeconds: that desk may be at work on it.
    std::optional<QString> recover(const MailboxAccount &account, ServiceError *error);
    static constexpr int pendingGraceSeconds = 15 * 60;

    // Tests: false stops right after the move, as a desk killed then leaves it.
    void setAfterMove(std::function<bool()> proceed) { m_afterMove = std::move(proceed); }

private:
    struct Recovered;
    bool claim(ImapClient &client, const MailboxAccount &account, HandledMessage *handled,
               MailboxRepository::Hold *hold, ServiceError *error);
    bool moveAway(ImapClient &client, const MailboxAccount &account, const HandledMessage &handled,
                  qint64 *movedUid, ServiceError *error);
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
