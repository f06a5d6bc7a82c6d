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

class Store;
class UnitOfWork;

// The holds' and restrictions' texts: each within InputLimits::maxShortText, then the
// unit's BSN guard over them. false with *error.
bool guardHoldTexts(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                    bool bsnOverride, ServiceError *error);

// What a new hold says (ExternalHoldService::add).
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

// What becomes of the holds still held when their request is completed (or closed otherwise) or
// their data breach is closed (finding 12): released ("verzoek afgerond"), or kept
// until a day. Undecided is refused while a hold is held: data secured for a request must not
// outlive its purpose unnoticed.
struct HoldsAtClose
{
    enum class Choice { Undecided, Release, KeepUntil };
    Choice choice = Choice::Undecided;
    QDate keepUntil; // with KeepUntil: not before today
};

// Holds on data outside Privacydesk on a request or a data breach. Every write is a
// UnitOfWork (Permission::EditRegisters: the functionaris, and the beheerder) with its event on
// the request's trail (case.external_hold_added, _secured, _released) or the breach's
// (breach.external_hold_...), so that the AP dossier's chronology shows them. The holds of a
// request are read with ViewAllCases, those of a breach and the list of all with ViewRegisters.
class ExternalHoldService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ExternalHoldService)
public:
    using Owner = ExternalHoldRepository::Owner;

    explicit ExternalHoldService(const Session &session);

    std::optional<ExternalHold> add(Owner owner, const QString &number, const NewExternalHold &hold,
                                    bool bsnOverride, ServiceError *error);
    // Secured on (not after today) by (empty: the acting user).
    bool secure(Owner owner, const QString &number, qint64 id, QDate on, const QString &by,
                bool bsnOverride, ServiceError *error);
    bool release(Owner owner, const QString &number, qint64 id, const QString &reason,
                 bool bsnOverride, ServiceError *error);

    // The day a hold still held is kept until ("vastgelegd tot", not
    // before today), replacing an earlier one; its event is *.external_hold_kept.
    bool keepUntil(Owner owner, const QString &number, qint64 id, QDate until, ServiceError *error);
    // Every hold of the request or breach still held decided as *decision says: each released
    // (the reason "verzoek afgerond", "datalek afgesloten") or kept until its day, one unit
    // each (a caller's UnitOfWork::Batch makes them one with the closing). Undecided while one
    // is held is Invalid, with closeRefusal's sentence.
    bool settleAtClose(Owner owner, const QString &number, const HoldsAtClose &decision,
                       ServiceError *error);
    // "This request still holds data outside Privacydesk: hold 3 (Camera system), ...":
    // translated, for the holds still held; empty when there are none.
    static QString closeRefusal(Owner owner, const QList<ExternalHold> &held);
    // The holds of the request or breach still held; a failed read is an error.
    std::optional<QList<ExternalHold>> stillHeld(Owner owner, const QString &number,
                                                 ServiceError *error) const;

    // Camera images are used only for incidents, by authorised staff (ieder1): who viewed a
    // hold's secured data, when (not before the recording, not after today or its release) and
    // why. Kept on the request's or breach's trail, append-only and
    // chained (*.external_hold_viewed, in words in the AP dossier); who and why under the BSN
    // guard. Also for a released hold, for a viewing before its release.
    bool recordViewing(Owner owner, const QString &number, qint64 id, const HoldViewing &viewing,
                       bool bsnOverride, ServiceError *error);
    // The viewings of the request's or breach's holds from its trail, in the order recorded; a
    // failed read is an error.
    std::optional<QList<HoldViewing>> viewings(Owner owner, const QString &number,
                                               ServiceError *error) const;

    std::optional<QList<ExternalHold>> of(Owner owner, const QString &number,
                                          ServiceError *error) const;
    // Every hold still held, the earliest overwrite first ("Vandaag", the dashboards).
    std::optional<QList<ExternalHold>> held(ServiceError *error) const;

private:
    // The row id of the request or breach of this number; NotFound when there is none.
    std::optional<qint64> ownerId(Owner owner, const QString &number, ServiceError *error) const;
    // The hold with this id, of this request or breach; mustBeHeld: only while it is held.
    std::optional<ExternalHold> holdOf(Owner owner, const QString &number, qint64 id,
                                       ServiceError *error, bool mustBeHeld = true) const;
    bool permitRead(Owner owner, const QString &number, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
