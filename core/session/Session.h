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

// Who acts on which store, and when: the opened store, the clock, and the acting user
// with the role read once — when the session is made (one users query), instead of at every
// check of every call (ComplaintDossier::collect read it six times). A role does not change
// while a store is open, except by a beheerder's management of *other* users.
//
// The session owns neither the store nor the clock: whoever opened the store keeps it (and the
// clock) for longer than every session over it. A session is a small value: services keep a
// copy, and the role stays read.
//
// Writes go through a UnitOfWork over the session; reads ask permit() (or may(), for a read that
// narrows what it shows instead of refusing).
class Session final
{
public:
    explicit Session(const Store &store, const Clock &clock = systemClock());

    const Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    // The user name the store was opened with: the actor of every audit event.
    QString userName() const;
    // The same as users.login holds it (Roles::normalisedLogin).
    QString login() const;
    // The acting role: Beheerder with the recovery key, nullopt for a slot without an active
    // user row (which may do nothing).
    std::optional<Role> role() const { return m_role; }
    bool may(Permission permission) const;

    // The role check at the entry of a write or a read: true when the acting role may;
    // otherwise one user.denied audit event names the action (a stable code, "breach.updated")
    // and the target (an identifier, never personal data), and *error is Denied with the
    // translated "Your role (…) does not allow this." (action as its detail). Nothing else is
    // written, and *error is left alone when allowed.
    bool permit(Permission permission, const QString &action, const QString &target,
                ServiceError *error) const;
    // The same at the entry of a read that may have no error to report through (error may be
    // null): a refused read returns nothing and leaves one user.denied event.
    bool permitRead(Permission permission, const QString &action, const QString &target = {},
                    ServiceError *error = nullptr) const;

    // What permit() says to a refused role (nullopt: not an active user), translated.
    static QString deniedMessage(std::optional<Role> role);
    // The acting role of a store as opened (one users query); what a session reads once.
    static std::optional<Role> actingRoleOf(const Store &store);

    // While one is alive, a session made over that store on this thread takes the role it read
    // instead of reading it again. UnitOfWork::Batch holds one from the moment its transaction
    // began: its units are one transaction, one action of the user, and read the role once
    // instead of once each (12.6 reads of users for every demo request on a server).
    // After the batch, the next session reads it again, so a removed user stops there.
    class RoleHeld final
    {
        Q_DISABLE_COPY_MOVE(RoleHeld)
    public:
        explicit RoleHeld(const Store &store);
        ~RoleHeld();
    };
    // Another value read once for the units of a batch (the deadline policy, read by most of a
    // request's service calls): while a RoleHeld over store is alive on this thread, kept()
    // returns what keep() put there under that name, and null otherwise (then keep() keeps
    // nothing). The module that changes the value forgets it at once, so that a unit after the
    // change reads it again.
    static const std::any *kept(const Store &store, std::string_view name);
    static void keep(const Store &store, std::string_view name, std::any value);
    static void forget(const Store &store, std::string_view name);
    // The user.denied event of a refusal, in its own transaction (or a savepoint when the caller
    // holds one); a failure to record it is logged. Counts the refusal.
    static void recordRefusal(const Store &store, const Clock &clock, std::optional<Role> role,
                              const QString &action, const QString &target);
    // A refusal that had no store to be recorded in (a restore whose live store cannot open).
    static void countUnrecordedRefusal();
    // How many refusals this process saw: the CLI marks a failure after one with the one code
    // [denied], whichever service refused.
    static int refusalsRecorded();

private:
    const Store &m_store;
    const Clock &m_clock;
    std::optional<Role> m_role;
};

} // namespace pd
