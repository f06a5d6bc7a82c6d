#include "session/Session.h"

#include "audit/AuditLog.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

#include <atomic>
#include <map>
#include <string>

namespace pd {

namespace {

// The users module's category: refusals were logged there before the session took them over.
Q_LOGGING_CATEGORY(lcAccess, "privacydesk.users")

std::atomic_int refusals { 0 };

thread_local int roleReadCount = 0;

// The roles Session::Held holds on this thread, innermost last.
struct HeldRole
{
    const Session::Held *holder;
    const Store *store;
    std::optional<Role> role;
    std::map<std::string, std::any, std::less<>> values; // Session::keep()
};
thread_local QList<HeldRole> heldRoles;

HeldRole *innermostHeld(const Store &store)
{
    for (auto held = heldRoles.rbegin(); held != heldRoles.rend(); ++held)
        if (held->store == &store)
            return &*held;
    return nullptr;
}

} // namespace

Session::Session(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Session::Held::Held(const Session &session)
{
    // Inside another holder over the same store, the role it holds (one action of the user).
    heldRoles.append({ this, &session.store(), session.role(), {} });
}

Session::Held::~Held()
{
    heldRoles.removeIf([this](const HeldRole &held) { return held.holder == this; });
}

int Session::roleReads()
{
    return roleReadCount;
}

std::optional<Role> Session::role() const
{
    if (const HeldRole *held = innermostHeld(m_store))
        return held->role;
    return readRole(m_store);
}

const std::any *Session::kept(const Store &store, std::string_view name)
{
    const HeldRole *held = innermostHeld(store);
    if (!held)
        return nullptr;
    const auto value = held->values.find(name);
    return value == held->values.end() ? nullptr : &value->second;
}

void Session::keep(const Store &store, std::string_view name, std::any value)
{
    if (HeldRole *held = innermostHeld(store))
        held->values.insert_or_assign(std::string(name), std::move(value));
}

void Session::forget(const Store &store, std::string_view name)
{
    // Every holder over the store: an outer batch must not keep the old value either.
    for (HeldRole &held : heldRoles) {
        if (held.store != &store)
            continue;
        if (const auto value = held.values.find(name); value != held.values.end())
            held.values.erase(value);
    }
}

QString Session::userName() const
{
    return m_store.userName();
}

QString Session::login() const
{
    return Roles::normalisedLogin(m_store.userName());
}

bool Session::may(Permission permission) const
{
    const std::optional<Role> acting = role();
    return acting && Roles::may(*acting, permission);
}

bool Session::permit(Permission permission, const QString &action, const QString &target,
                     ServiceError *error) const
{
    const std::optional<Role> acting = role();
    if (acting && Roles::may(*acting, permission))
        return true;
    recordRefusal(m_store, m_clock, acting, action, target);
    *error = { ServiceError::Code::Denied, deniedMessage(acting), {}, action };
    return false;
}

bool Session::permitRead(Permission permission, const QString &action, const QString &target,
                         ServiceError *error) const
{
    ServiceError ignored;
    return permit(permission, action, target, error ? error : &ignored);
}

QString Session::deniedMessage(std::optional<Role> role)
{
    // UserService's context, where these sentences were first translated (and the desk's
    // DeskAccess::deniedReason reads them).
    return role
        ? QCoreApplication::translate("pd::UserService", "Your role (%1) does not allow this.")
              .arg(Roles::name(*role))
        : QCoreApplication::translate(
            "pd::UserService", "You are not an active user of this store; nothing is allowed.");
}

std::optional<Role> Session::readRole(const Store &store)
{
    ++roleReadCount;
    if (store.openedWithRecoveryKey())
        return Role::Beheerder;
    const std::optional<UserRepository::ActingUser> user
        = UserRepository::actingUser(store.database(), Roles::normalisedLogin(store.userName()));
    if (!user)
        return std::nullopt;
    // Removed: removed_at holds the moment (as UserAccount::isActive reads it).
    if (!user->removedAt.isEmpty()
        && QDateTime::fromString(user->removedAt, Qt::ISODateWithMs).isValid())
        return std::nullopt;
    // An unknown code reads as the role that writes nothing.
    return Roles::fromCode(user->roleCode).value_or(Role::Auditor);
}

void Session::recordRefusal(const Store &store, const Clock &clock, std::optional<Role> role,
                            const QString &action, const QString &target)
{
    ++refusals;
    Transaction transaction(store.database());
    QString auditError;
    if (!transaction.isOpen()
        || !AuditLog(store.database(), store.storeId().toString(QUuid::WithoutBraces), clock)
                .append(store.userName(), QStringLiteral("user"),
                        Roles::normalisedLogin(store.userName()), QStringLiteral("user.denied"),
                        QJsonObject { { QStringLiteral("action"), action },
                                      { QStringLiteral("target"), target },
                                      { QStringLiteral("role"),
                                        role ? Roles::code(*role) : QStringLiteral("geen") } },
                        &auditError)
        || !transaction.commit())
        qCWarning(lcAccess) << "a denied attempt could not be recorded:" << auditError
                            << transaction.errorText();
}

void Session::countUnrecordedRefusal()
{
    ++refusals;
}

int Session::refusalsRecorded()
{
    return refusals.load();
}

} // namespace pd
