#pragma once

#include "session/Session.h"

// Closing a request or breach and settling its holds in one transaction.

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

    // Empty for a role that may not change them (the closing itself refuses that role).
    std::optional<QList<ExternalHold>> pending(Owner owner, const QString &number,
                                               ServiceError *error) const;
    // Committed together or not at all, with the marks a granted erasure calls for in the
    // organisation's systems (VeraWriteBack: planned, sent by the caller); Undecided while a hold
    // is held is refused before any write.
    bool completeRequest(CaseService &cases, const QString &number, const Completion &completion,
                         const HoldsAtClose &decision, BsnCheck bsnCheck, ServiceError *error,
                         std::optional<int> expectedVersion = {});
    bool closeBreach(BreachService &breaches, const QString &number, const HoldsAtClose &decision,
                     ServiceError *error);

private:
    bool decided(Owner owner, const QString &number, const HoldsAtClose &decision,
                 ServiceError *error) const;
    bool closing(Owner owner, const QString &number, const HoldsAtClose &decision,
                 const std::function<bool(ServiceError *)> &close, ServiceError *error);
    Session m_session;
};

} // namespace pd
