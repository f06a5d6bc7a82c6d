// Holds at the closing of a request or breach (HoldsAtClose.h, finding 12), and the
// steps of ExternalHoldService that decide them: keep until a day, settle at close.
#include "retention/HoldsAtClose.h"

#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "vera/VeraWriteBack.h"

#include <QJsonObject>
#include <QLocale>

namespace pd {

using namespace support;

bool ExternalHoldService::keepUntil(Owner owner, const QString &number, qint64 id, QDate until,
                                    ServiceError *error)
{
    const QString action = actionOf(owner, "kept");
    UnitOfWork unit(m_session, Permission::EditRegisters, action, number);
    if (!unit.permit(error))
        return false;
    if (!until.isValid() || until < m_session.clock().today()) {
        //: Dutch: "Kies voor ‘vastgelegd tot’ een datum vanaf vandaag."
        *error = invalid(tr("Choose a day from today for ‘kept until’."));
        return false;
    }
    const std::optional<ExternalHold> hold = holdOf(owner, number, id, error);
    if (!hold)
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!ExternalHoldRepository::setKeptUntil(write.database(), id, until, failure))
                return false;
            QJsonObject payload { { QStringLiteral("hold"), id },
                                  { QStringLiteral("system"), hold->system },
                                  { QStringLiteral("kept_until"), isoDate(until) } };
            if (hold->keptUntil.isValid())
                payload.insert(QStringLiteral("previous_kept_until"), isoDate(hold->keptUntil));
            if (hold->ownerClosedOn.isValid())
                payload.insert(QStringLiteral("closed_on"), isoDate(hold->ownerClosedOn));
            write.record(entityOf(owner), number, action, payload);
            return true;
        },
        error);
}

std::optional<QList<ExternalHold>>
ExternalHoldService::stillHeld(Owner owner, const QString &number, ServiceError *error) const
{
    std::optional<QList<ExternalHold>> all = of(owner, number, error);
    if (all)
        all->removeIf([](const ExternalHold &h) { return !h.held(); });
    return all;
}

QString ExternalHoldService::closeRefusal(Owner owner, const QList<ExternalHold> &held)
{
    if (held.isEmpty())
        return {};
    QStringList holds;
    for (const ExternalHold &h : held)
        //: Dutch: "bewaring %1 (%2)"
        holds << tr("hold %1 (%2)").arg(h.id).arg(h.system);
    return (owner == Owner::Case
                //: Dutch: "Bij dit verzoek worden nog gegevens buiten Privacydesk bewaard: %1.
                //: Kies wat ermee gebeurt: vrijgeven, of vastleggen tot een datum."
                ? tr("This request still holds data outside Privacydesk: %1. Choose what "
                     "becomes of them: release them, or keep them until a date.")
                //: Dutch: "Bij dit datalek worden nog gegevens buiten Privacydesk bewaard: %1.
                //: Kies wat ermee gebeurt: vrijgeven, of vastleggen tot een datum."
                : tr("This data breach still holds data outside Privacydesk: %1. Choose what "
                     "becomes of them: release them, or keep them until a date."))
        .arg(holds.join(QStringLiteral(", ")));
}

bool ExternalHoldService::settleAtClose(Owner owner, const QString &number,
                                        const HoldsAtClose &decision, ServiceError *error)
{
    const std::optional<QList<ExternalHold>> held = stillHeld(owner, number, error);
    if (!held)
        return false;
    if (held->isEmpty())
        return true;
    if (decision.choice == HoldsAtClose::Choice::Undecided) {
        *error = invalid(closeRefusal(owner, *held));
        return false;
    }
    const QString reason = owner == Owner::Case
        //: Dutch: "verzoek afgerond"
        ? tr("request completed")
        //: Dutch: "datalek afgesloten"
        : tr("data breach closed");
    for (const ExternalHold &h : *held) {
        const bool done = decision.choice == HoldsAtClose::Choice::Release
            ? release(owner, number, h.id, reason, BsnCheck::Refuse, error)
            : keepUntil(owner, number, h.id, decision.keepUntil, error);
        if (!done)
            return false;
    }
    return true;
}

HoldsClosing::HoldsClosing(const Session &session)
    : m_session(session)
{ }

std::optional<QList<ExternalHold>> HoldsClosing::pending(Owner owner, const QString &number,
                                                         ServiceError *error) const
{
    if (!m_session.may(Permission::EditRegisters) || !m_session.may(Permission::ViewAllCases))
        return QList<ExternalHold> {};
    return ExternalHoldService(m_session).stillHeld(owner, number, error);
}

bool HoldsClosing::decided(Owner owner, const QString &number, const HoldsAtClose &decision,
                           ServiceError *error) const
{
    const std::optional<QList<ExternalHold>> held = pending(owner, number, error);
    if (!held)
        return false;
    if (held->isEmpty() || decision.choice != HoldsAtClose::Choice::Undecided)
        return true;
    *error = invalid(ExternalHoldService::closeRefusal(owner, *held));
    return false;
}

bool HoldsClosing::closing(Owner owner, const QString &number, const HoldsAtClose &decision,
                           const std::function<bool(ServiceError *)> &close, ServiceError *error)
{
    if (!decided(owner, number, decision, error))
        return false;
    UnitOfWork::Batch batch(m_session, UnitOfWork::Batch::Units::FailTogether);
    if (!batch.begun(error) || !close(error))
        return false;
    if (!ExternalHoldService(m_session).settleAtClose(owner, number, decision, error))
        return false;
    return batch.commit(error);
}

bool HoldsClosing::completeRequest(CaseService &cases, const QString &number,
                                   const Completion &completion, const HoldsAtClose &decision,
                                   BsnCheck bsnCheck, ServiceError *error,
                                   std::optional<int> expectedVersion)
{
    return closing(
        Owner::Case, number, decision,
        [&](ServiceError *failure) {
            // The marks a granted erasure calls for in the corporation's systems are planned
            // with the decision, or the decision is not recorded (sent after the commit).
            return cases.complete(number, completion, bsnCheck, failure, expectedVersion)
                && VeraWriteBack(m_session).planFor(number, failure).has_value();
        },
        error);
}

bool HoldsClosing::closeBreach(BreachService &breaches, const QString &number,
                               const HoldsAtClose &decision, ServiceError *error)
{
    return closing(
        Owner::Breach, number, decision,
        [&](ServiceError *failure) { return breaches.close(number, failure); }, error);
}

} // namespace pd
