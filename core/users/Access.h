#pragma once

#include "cases/CaseService.h"
#include "users/UserService.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pd {

class Store;

// The role check at the entry of every write of the case, register, settings and document
// services (issue 8): UserService::check with the answer as a ServiceError. Denied: *error has
// code Denied and the translated "Your role (…) does not allow this.", and a user.denied audit
// event names the action and the target (an identifier, never personal data). Nothing else is
// written.
bool permitted(const Store &store, const Clock &clock, Permission permission, const QString &action,
               const QString &target, ServiceError *error);

// The same at the entry of a read (Permission::ViewAllCases, ViewRegisters), for reads that
// have no error to report through: error may be null. A refused read returns nothing (empty,
// nullopt, 0) and leaves one user.denied event.
bool readable(const Store &store, const Clock &clock, Permission permission, const QString &action,
              const QString &target = {}, ServiceError *error = nullptr);

// Which requests, and which of their fields, the acting user may read (issue 8). Derived once
// from the acting role (one users query) and kept by whoever reads often (CaseQuery keeps one
// for its life: a role does not change while a store is open, except by a beheerder's user
// management of *other* users).
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
class CaseScope final
{
public:
    static constexpr int kccWindowDays = 7;

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
    // Whether a loaded request lies in scope on today (the same rule as condition()).
    bool covers(const Case &request, QDate today) const;
    // The request with only the intake fields left: number, person (name, customer number and
    // contact as entered), types, channel, receipt, representative, description, callback
    // number and state. Identification, extension, outcome, refusal grounds, answer and handler
    // are emptied and intakeOnly is set (CaseService::deadlines still gives its deadline).
    static Case intakeFields(const Case &request);

private:
    std::optional<Role> m_role;
    bool m_all = false;
    QString m_login;
};

} // namespace pd
