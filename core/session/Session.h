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

// Who acts on which store, and when: the opened store, the clock, and the acting user.
//
// One session per opened store: whoever opens the store (the desk's main window, the command
// line) makes it once and hands it down to every page and service. It owns neither the store nor
// the clock and keeps no role of its own, so a copy is two references: each keeps one. It is the
// one object that knows the acting role: nothing else reads it.
//
// The role is read from the store when it is asked (one users query), so that a user removed or
// given another role by a beheerder on another seat is held to it at their next action. A unit
// of work, a batch and any call that checks more than once hold the role for their duration
// (Session::Held): the units of a demo batch read it once, not once each, and the complaint
// dossier reads it once for all its parts.
//
// Writes go through a UnitOfWork over the session; reads ask permitRead() (or may(), for a read
// that narrows what it shows instead of refusing).
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
    // user row (which may do nothing). The role held on this thread, or read now.
    std::optional<Role> role() const;
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

    // While one is alive, the session's role is the one it read when made, instead of being read
    // again at every check. A unit of work holds one from its role check on, a batch from the
    // moment its transaction began (its units are one action of the user), and a call that
    // checks several times holds one at its start. The next check after it reads the role
    // again, so a removed user stops there.
    class Held final
    {
        Q_DISABLE_COPY_MOVE(Held)
    public:
        explicit Held(const Session &session);
        ~Held();
    };
    // How many times the role was read from the store on this thread: a test counts what a
    // call costs.
    static int roleReads();

    // Another value read once for the units of a batch (the deadline policy, read by most of a
    // request's service calls): while a Held over a session of store is alive on this thread,
    // kept() returns what keep() put there under that name, and null otherwise (then keep() keeps
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
    // The acting role of the store as opened: one users query.
    static std::optional<Role> readRole(const Store &store);

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace pd
