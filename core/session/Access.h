#pragma once

#include "session/Session.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pd {

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
// loaded request looks like through a scope (pd::inScope, pd::intakeFields) is in cases/Case.h,
// and its condition in SQL is the requests' own (CaseListRepository::scopeCondition).
class CaseScope final
{
public:
    static constexpr int kccWindowDays = 7;

    static CaseScope of(const Session &session);

    std::optional<Role> role() const { return m_role; }
    bool all() const { return m_all; }
    bool none() const { return !m_all && m_login.isEmpty(); }
    bool intakeOnly() const { return !m_all; } // KCC: the intake fields, nothing else
    // The acting user's login (as users.login and cases.received_by hold it); empty unless
    // limited to one's own requests.
    QString login() const { return m_login; }
    // The first day of receipt the window lets through on today; invalid when all().
    QDate since(QDate today) const;

private:
    std::optional<Role> m_role;
    bool m_all = false;
    QString m_login;
};

} // namespace pd
