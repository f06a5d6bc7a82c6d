#pragma once

#include "breaches/Breach.h"
#include "letters/BreachLetterRun.h"
#include "sending/LetterMail.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <atomic>
#include <functional>
#include <optional>

namespace pd {

class UnitOfWork;

struct BreachMailResult
{
    int total = 0; // letters to go by e-mail when the run began
    int sent = 0; // taken by the mail server now
    int foundInSent = 0; // had arrived after an earlier try: recorded, not sent again
    QList<BreachLetterRunPerson> notSent; // with why: refused, to try later, unsure, a BSN
};

// A breach's e-mail that failed for now, to be tried again by the desk
// (BreachLetterMail::dueAgain).
struct BreachMailDue
{
    QString breach; // its number
    qint64 letterId = 0;
};

// A data breach's art. 34 letters by e-mail (BreachLetterRun made them with email): every letter
// made and not yet sent whose person has an e-mail address, one at a time as LetterMail sends a
// request's: the message planned in the outbox with its exact bytes
// (breach.letter_mail_planned), sent after that commit, and only once the server took it the
// letter recorded as sent "per e-mail aan … (Message-ID <…>)" and the person as informed
// (breach.letter_mailed with breach.letter_sent, together). A run that stopped goes on where it
// was: a letter sent is never sent again, a message planned before goes again byte for byte
// after a look in Sent, and one handed over without an answer is left for the officer. Only the
// letters' ids are held: memory does not grow with the letters' texts. Needs EditRegisters.
class BreachLetterMail final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachLetterMail)
public:
    explicit BreachLetterMail(const Session &session);

    // Whether the privacy mailbox sends: asked before the letters are made for e-mail.
    static bool ready(const Session &session, ServiceError *error);
    // The role, the breach, the account that sends, and the letters to go, a page at a time.
    bool start(const QString &number, ServiceError *error);
    int total() const { return m_result.total; }
    int done() const { return int(m_at); }
    // The next letter's message planned (or taken again); nullopt with *error empty when every
    // letter had its turn, with *error on a failure that stops the run. A person whose message
    // cannot be made is listed in the result and passed.
    std::optional<PreparedMail> next(ServiceError *error);
    // The answer in one transaction; nothing when it needs the officer first (listed).
    bool record(const PreparedMail &prepared, const MailAnswer &answer, ServiceError *error);
    const BreachMailResult &result() const { return m_result; }

    // The breach e-mails the open desk tries again by itself, as LetterMail::dueAgain does a
    // request's: failed for now (a 4xx, no connection), planned by this login, tried fewer than
    // LetterMail::automaticTries times, the last try LetterMail::retryMinutes ago. A refusal and
    // an unsettled message wait for the officer, and so does a letter never tried, which a run
    // that was cancelled left. Empty for a login that may not edit the registers.
    static std::optional<QList<BreachMailDue>> dueAgain(const Session &session,
                                                        ServiceError *error);
    // The message of that one letter, planned before, to go again (then send and record).
    std::optional<PreparedMail> again(const BreachMailDue &due, ServiceError *error);

    // start, then next, LetterMail::send and record until done or *cancelled (between letters).
    static std::optional<BreachMailResult> run(const Session &session, const QString &number,
                                               const std::function<void(int, int)> &progress,
                                               const std::atomic_bool *cancelled,
                                               ServiceError *error);

private:
    std::optional<PreparedMail> prepare(qint64 letterId, qint64 personId, ServiceError *error);
    // The message planned before for this letter and address, not yet done, to go again.
    static std::optional<PreparedMail> plannedBefore(const QList<OutboxItem> &earlier,
                                                     const QString &to, PreparedMail prepared,
                                                     const QString &number);
    // The e-mail's text for the person, filled and guarded in unit.
    std::optional<MailText> text(UnitOfWork &unit, const Person &person, const BreachLetter &letter,
                                 QString *organisation, ServiceError *error) const;
    void pass(qint64 personId, const QString &why);

    Session m_session;
    std::optional<Breach> m_breach;
    std::optional<MailboxAccount> m_account;
    QList<QPair<qint64, qint64>> m_queue; // letter id, person id
    qsizetype m_at = 0;
    BreachMailResult m_result;
};

} // namespace pd
