#include "reports/DashboardService.h"

#include "cases/CaseService.h"
#include "reports/DashboardMonths.h"
#include "reports/DashboardRepository.h"
#include "session/Access.h"
#include "store/Store.h"
#include "util/Clock.h"

namespace pd {

using dashboard::emptyBreakdown;

// --- figures ---

int MonthlyBreakdown::total() const
{
    int sum = 0;
    for (const Series &s : series)
        for (int count : s.counts)
            sum += count;
    return sum;
}

int MonthlyBreakdown::totalIn(int monthIndex) const
{
    int sum = 0;
    for (const Series &s : series)
        sum += s.counts.value(monthIndex);
    return sum;
}

std::optional<double> MonthShare::share() const
{
    if (answered <= 0)
        return std::nullopt;
    return double(onTime) / double(answered);
}

DashboardService::DashboardService(const Session &session)
    : m_session(session)
{ }

DeadlineFigures DashboardService::deadlines(QDate on, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("dashboard.read"), {},
                              error))
        return {};
    DeadlineFigures f;
    // The policy is read first: the open requests are counted with their lateness.
    const auto policy = [this](ServiceError *policyError) {
        return CaseService(m_session).policy(policyError).value_or(DeadlinePolicy {});
    };
    if (!DashboardRepository::deadlines(m_session.store().database(), on, policy, &f, error))
        return {}; // never zeros for figures that could not be read
    return f;
}

RetentionFigures DashboardService::retention(QDate on, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("dashboard.read"), {},
                              error))
        return {};
    RetentionFigures f;
    f.destructionsByMonth
        = emptyBreakdown(monthsEndingWith(on),
                         { { QStringLiteral("verzoekdossier"), tr("Request files") },
                           { QStringLiteral("item"), tr("Other data") },
                           { QStringLiteral("datalek"), tr("Data breaches") } });
    if (!DashboardRepository::retention(m_session.store().database(), on, &f, error))
        return {}; // never zeros for figures that could not be read
    return f;
}

DisclosureFigures DashboardService::disclosures(QDate on, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("dashboard.read"), {},
                              error))
        return {};
    DisclosureFigures f;
    if (!DashboardRepository::disclosures(m_session.store().database(), on, &f, error))
        return {}; // never zeros for figures that could not be read
    return f;
}

BreachFigures DashboardService::breaches(const QDateTime &now, ServiceError *error) const
{
    return BreachService(m_session).figures(now, error);
}

} // namespace pd
