#pragma once

#include "session/Session.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pd {

// Which requests the acting user may read: ViewAllCases every request; a KCC user the intake fields
// of those they logged and received in the last kccWindowDays days (the date of receipt keeps the
// window an index range); no active user nothing. Its SQL is CaseListRepository::scopeCondition.
class CaseScope final
{
public:
    static constexpr int kccWindowDays = 7;

    static CaseScope of(const Session &session);

    std::optional<Role> role() const { return m_role; }
    bool all() const { return m_all; }
    bool none() const { return !m_all && m_login.isEmpty(); }
    bool intakeOnly() const { return !m_all; } // KCC: the intake fields, nothing else
    // Empty unless limited to one's own requests.
    QString login() const { return m_login; }
    // Invalid when all().
    QDate since(QDate today) const;

private:
    std::optional<Role> m_role;
    bool m_all = false;
    QString m_login;
};

} // namespace pd
