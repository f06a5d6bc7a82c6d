#pragma once

#include "session/Roles.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QString>

#include <any>
#include <optional>
#include <string_view>

namespace pd {

class Store;

// Who acts on which store; owns neither the store nor the clock. The role is read at each check,
// so a user removed on another seat is held to it at once, unless a Held is alive.
class Session final
{
public:
    explicit Session(const Store &store, const Clock &clock = systemClock());

    const Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    // The actor of every audit event.
    QString userName() const;
    QString login() const;
    // nullopt: no active user, who may do nothing. Beheerder with the recovery key.
    std::optional<Role> role() const;
    bool may(Permission permission) const;

    // A refusal writes one user.denied event naming action and target (never personal data) and
    // sets *error to Denied.
    bool permit(Permission permission, const QString &action, const QString &target,
                ServiceError *error) const;
    bool permitRead(Permission permission, const QString &action, const QString &target = {},
                    ServiceError *error = nullptr) const;

    static QString deniedMessage(std::optional<Role> role);

    // While one is alive on this thread, checks use the role read when it was made.
    class Held final
    {
        Q_DISABLE_COPY_MOVE(Held)
    public:
        explicit Held(const Session &session);
        ~Held();
    };
    static int roleReads();

    // A value read once for a batch's units while a Held over store is alive; the module that
    // changes the value forgets it.
    static const std::any *kept(const Store &store, std::string_view name);
    static void keep(const Store &store, std::string_view name, std::any value);
    static void forget(const Store &store, std::string_view name);
    static void recordRefusal(const Store &store, const Clock &clock, std::optional<Role> role,
                              const QString &action, const QString &target);
    static void countUnrecordedRefusal();
    static int refusalsRecorded();

private:
    static std::optional<Role> readRole(const Store &store);

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace pd
