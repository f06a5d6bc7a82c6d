#pragma once

#include "retention/ExternalHold.h"
#include "retention/ExternalHoldRepository.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

namespace pd {

struct NewExternalHold
{
    QString system;
    QString secured; // what is (to be) secured
    QDate recordedOn;
    RetentionPeriod period { 4, RetentionUnit::Weeks }; // the system's own retention
    QDate securedOn; // invalid: still to be secured
    QString securedBy; // empty: the acting user (when securedOn is given)
    QDate keptUntil; // invalid: no end set
};

// Undecided is refused while a hold is held: data secured for a request must not outlive its
// purpose unnoticed.
struct HoldsAtClose
{
    enum class Choice { Undecided, Release, KeepUntil };
    Choice choice = Choice::Undecided;
    QDate keepUntil; // with KeepUntil: not before today
};

// Every write has its event on the request's or breach's trail, so the AP dossier's chronology
// shows it. Writes need EditRegisters; a request's holds are read with ViewAllCases.
class ExternalHoldService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ExternalHoldService)
public:
    using Owner = ExternalHoldRepository::Owner;

    explicit ExternalHoldService(const Session &session);

    std::optional<ExternalHold> add(Owner owner, const QString &number, const NewExternalHold &hold,
                                    BsnCheck bsnCheck, ServiceError *error);
    // on: not after today; by empty: the acting user.
    bool secure(Owner owner, const QString &number, qint64 id, QDate on, const QString &by,
                BsnCheck bsnCheck, ServiceError *error);
    bool release(Owner owner, const QString &number, qint64 id, const QString &reason,
                 BsnCheck bsnCheck, ServiceError *error);

    // Not before today; replaces an earlier day.
    bool keepUntil(Owner owner, const QString &number, qint64 id, QDate until, ServiceError *error);
    // One unit per hold (a caller's UnitOfWork::Batch makes them one with the closing).
    bool settleAtClose(Owner owner, const QString &number, const HoldsAtClose &decision,
                       ServiceError *error);
    static QString closeRefusal(Owner owner, const QList<ExternalHold> &held);
    std::optional<QList<ExternalHold>> stillHeld(Owner owner, const QString &number,
                                                 ServiceError *error) const;

    // Camera images may be viewed only for incidents, by authorised staff: who, when and why,
    // append-only on the trail.
    bool recordViewing(Owner owner, const QString &number, qint64 id, const HoldViewing &viewing,
                       BsnCheck bsnCheck, ServiceError *error);
    std::optional<QList<HoldViewing>> viewings(Owner owner, const QString &number,
                                               ServiceError *error) const;

    std::optional<QList<ExternalHold>> of(Owner owner, const QString &number,
                                          ServiceError *error) const;
    std::optional<QList<ExternalHold>> held(ServiceError *error) const;

private:
    std::optional<qint64> ownerId(Owner owner, const QString &number, ServiceError *error) const;
    std::optional<ExternalHold> holdOf(Owner owner, const QString &number, qint64 id,
                                       ServiceError *error, bool mustBeHeld = true) const;
    bool permitRead(Owner owner, const QString &number, ServiceError *error) const;
    // The owner on the trail ("case", "breach") and an event about its hold
    // ("case.external_hold_added").
    static QString entityOf(Owner owner);
    static QString actionOf(Owner owner, const char *what);
    Session m_session;
};

} // namespace pd
