#pragma once

#include "outbox/Outbox.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace pd {

// The only code that names the outbox table. A failed read is an error, never "nothing to do".
class OutboxRepository final
{
public:
    // A write already planned (the same request, channel, address and action) is not planned
    // twice: *added says whether this one was.
    static bool plan(const QSqlDatabase &db, const OutboxItem &item, bool *added,
                     ServiceError *error);
    // A request's writes through one channel ("vera", "e-mail"), every state.
    static std::optional<QList<OutboxItem>> ofCase(const QSqlDatabase &db, qint64 caseId,
                                                   const QString &channel, ServiceError *error);
    // The e-mails of one letter of a data breach, every state (caseNumber empty).
    static std::optional<QList<OutboxItem>> ofBreachLetter(const QSqlDatabase &db, qint64 breachId,
                                                           qint64 letterId, ServiceError *error);
    // A data breach's e-mails not yet done, without their messages (body empty).
    static std::optional<QList<OutboxItem>> openMailOfBreach(const QSqlDatabase &db,
                                                             qint64 breachId, ServiceError *error);
    // The same for every breach at once.
    static std::optional<QList<OutboxItem>> openMailOfBreaches(const QSqlDatabase &db,
                                                               ServiceError *error);
    // A destroyed breach's e-mails: the messages and addresses go, the rest stays as proof.
    static bool eraseMailOfBreach(const QSqlDatabase &db, qint64 breachId, ServiceError *error);
    // Every write through the channel not yet done, oldest first (a request's).
    // A list without the messages (Bodies::Without) leaves body empty.
    enum class Bodies { With, Without };
    static std::optional<QList<OutboxItem>> open(const QSqlDatabase &db, const QString &channel,
                                                 ServiceError *error, Bodies bodies = Bodies::With);
    // A request's write not yet done that a later one to the same address overtakes. Answer::Drop
    // clears its last answer and who had it (the trail keeps both), so that a write set aside by
    // someone (dismiss: done_by with the reason) is told from one overtaken.
    enum class Answer { Keep, Drop };
    static bool supersede(const QSqlDatabase &db, qint64 caseId, const QString &address,
                          const QString &action, ServiceError *error, Answer answer = Answer::Keep);
    // The e-mails of a person's requests (caseIdsSql, bound with personId) once their files are
    // destroyed: the message and the address go; when, what and its state stay as proof.
    static bool eraseMailOf(const QSqlDatabase &db, const QString &caseIdsSql, qint64 personId,
                            ServiceError *error);
    // A write not done set aside by someone (state vervallen), with why, when and who; false
    // with a conflict unless exactly that write was still open.
    static bool dismiss(const QSqlDatabase &db, const OutboxItem &item, ServiceError *error);
    // The answer to one try: its state, words and moment; the tries counted.
    static bool answer(const QSqlDatabase &db, const OutboxItem &item, ServiceError *error);
};

} // namespace pd
