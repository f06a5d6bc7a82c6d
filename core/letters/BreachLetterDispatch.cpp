// A breach's letters recorded as sent all at once: what BreachLetterService::recordDispatch
// records of one letter, for every letter made and not yet sent, in one transaction.

#include "breaches/BreachService.h"
#include "letters/BreachLetters.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "outbox/OutboxRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QSet>

namespace pd {

std::optional<int> BreachLetterService::recordDispatchAll(const QString &number, QDate sentOn,
                                                          const QString &how, BsnCheck bsnCheck,
                                                          ServiceError *error)
{
    *error = {};
    const QString wanted = number.trimmed().toUpper();
    if (!m_session.permit(Permission::EditRegisters, QStringLiteral("breach.letter_sent"), wanted,
                          error))
        return std::nullopt;
    if (how.trimmed().isEmpty()) {
        *error = support::invalid(tr("Say how the letter was sent (per post, per e-mail, ...)."));
        return std::nullopt;
    }
    // Without their texts: only what the record and its event name.
    const std::optional<QList<BreachLetter>> all
        = LetterRepository::breachLettersTo(m_session.store().database(), wanted, {}, false, error);
    if (!all)
        return std::nullopt;
    // A letter whose e-mail is not done was not in the post: its e-mail settles it, or a post run
    // that prints it (which overtakes the e-mail).
    const std::optional<Breach> breach = BreachService(m_session).get(wanted, error);
    if (!breach)
        return std::nullopt;
    const std::optional<QList<OutboxItem>> mailing
        = OutboxRepository::openMailOfBreach(m_session.store().database(), breach->id, error);
    if (!mailing)
        return std::nullopt;
    QSet<qint64> byEmail;
    for (const OutboxItem &item : *mailing)
        byEmail.insert(item.letterId());
    QList<BreachLetter> unsent;
    for (const BreachLetter &letter : *all) {
        if (!letter.isSent() && !letter.destroyed && !byEmail.contains(letter.id))
            unsent << letter;
    }
    if (unsent.isEmpty()) {
        //: Dutch: "Datalek %1 heeft geen gemaakte brieven die nog niet verstuurd zijn."
        *error = support::invalid(
            tr("Data breach %1 has no letters made and not yet sent.").arg(wanted));
        return std::nullopt;
    }
    UnitOfWork::Batch batch(m_session, UnitOfWork::Batch::Units::FailTogether);
    if (!batch.begun(error))
        return std::nullopt;
    for (const BreachLetter &letter : unsent) {
        UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.letter_sent"),
                        wanted);
        if (!LetterService::guardDispatch(unit, how, tr("How it was sent"), bsnCheck, error)
            || !dispatch(unit, wanted, letter, sentOn, how, error))
            return std::nullopt;
    }
    if (!batch.commit(error))
        return std::nullopt;
    return static_cast<int>(unsent.size());
}

} // namespace pd
