#pragma once

#include "session/Session.h"

// Closing a request or a data breach that still holds data outside Privacydesk (
// finding 12): the completion (or the breach's closure) and what becomes of its holds
// (ExternalHoldService::settleAtClose) in one transaction, for the CLI and the desk alike.

#include "retention/ExternalHolds.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace pd {

class BreachService;
class CaseService;
struct Completion;

class HoldsClosing final
{
    Q_DECLARE_TR_FUNCTIONS(pd::HoldsClosing)
public:
    using Owner = ExternalHoldService::Owner;

    explicit HoldsClosing(const Session &session);

    // The holds of the request or breach still held, which its closing must decide on; empty
    // for a role that may not change them (the closing itself refuses that role). A failed read
    // is an error.
    std::optional<QList<ExternalHold>> pending(Owner owner, const QString &number,
                                               ServiceError *error) const;
    // CaseService::complete, then the holds still held as decision says: committed together
    // or not at all. Undecided while a hold is held is refused (Invalid) before anything is
    // written.
    bool completeRequest(CaseService &cases, const QString &number, const Completion &completion,
                         const HoldsAtClose &decision, bool bsnOverride, ServiceError *error,
                         std::optional<int> expectedVersion = {});
    // BreachService::close, then the breach's holds as decision says, the same way.
    bool closeBreach(BreachService &breaches, const QString &number, const HoldsAtClose &decision,
                     ServiceError *error);

private:
    // The refusal while a hold is held and nothing was decided; true to go on.
    bool decided(Owner owner, const QString &number, const HoldsAtClose &decision,
                 ServiceError *error) const;
    bool closing(Owner owner, const QString &number, const HoldsAtClose &decision,
                 const std::function<bool(ServiceError *)> &close, ServiceError *error);
    Session m_session;
};

} // namespace pd
