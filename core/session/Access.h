#pragma once

#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pd {

class Store;

// The role check at the entry of every write of the case, register, settings and document
// services not yet on a UnitOfWork: Session::permit on a session made for the one
// call. Denied: *error has code Denied and the translated "Your role (…) does not allow this.",
// and a user.denied audit event names the action and the target (an identifier, never personal
// data). Nothing else is written.
bool permitted(const Store &store, const Clock &clock, Permission permission, const QString &action,
               const QString &target, ServiceError *error);

// The same at the entry of a read (Permission::ViewAllCases, ViewRegisters), for reads that
// have no error to report through: error may be null. A refused read returns nothing (empty,
// nullopt, 0) and leaves one user.denied event.
bool readable(const Store &store, const Clock &clock, Permission permission, const QString &action,
              const QString &target = {}, ServiceError *error = nullptr);

// Which requests the acting user may read, and whether all their fields. Derived from
// the session's role (read once) and kept by whoever reads often (CaseQuery keeps one for its
// life).
//
//   every role with ViewAllCases   every request, every field
//   kcc                            the requests they logged (received_by is their login) and
//                                  received in the last kccWindowDays days, intake fields only
//   no active user                 nothing
//
// "Logged in the last 7 days" is enforced on the date of receipt, which is never later than the
// day of logging: a request received today − 7 or later was also logged then. A call logged
// with an older date of receipt is not shown (the phone intake records today's date); the
// window stays an index range (cases_received_number) on 50,000 requests.
//
// The scope knows the rule, not the request: the session is below the cases module, so what a
// loaded request looks like through a scope (pd::inScope, pd::intakeFields) is in cases/Case.h.
class CaseScope final
{
public:
    static constexpr int kccWindowDays = 7;

    static CaseScope of(const Session &session);
    // The same for a store as opened (one users query).
    static CaseScope of(const Store &store);

    std::optional<Role> role() const { return m_role; }
    bool all() const { return m_all; }
    bool none() const { return !m_all && m_login.isEmpty(); }
    bool intakeOnly() const { return !m_all; } // KCC: the intake fields, nothing else
    // The acting user's login (as users.login and cases.received_by hold it); empty unless
    // limited to one's own requests.
    QString login() const { return m_login; }
    // The first day of receipt the window lets through on today; invalid when all().
    QDate since(QDate today) const;

    // " AND …" over cases c that keeps only the requests in scope on today, with its values
    // appended; empty for all().
    QString condition(QDate today, QVariantList *values) const;

private:
    std::optional<Role> m_role;
    bool m_all = false;
    QString m_login;
};

} // namespace pd
