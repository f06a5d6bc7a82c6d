#include "reports/YearReport.h"

#include "reports/YearReportSections.h"
#include "session/Access.h"
#include "store/Store.h"

namespace pd {

namespace {

// The report's sections in their order: adding one is a function (YearSections) and a line.
const QList<YearSectionBuilder> &sectionBuilders()
{
    static const QList<YearSectionBuilder> builders {
        YearSections::requests,    YearSections::deadlines,    YearSections::breaches,
        YearSections::disclosures, YearSections::destructions, YearSections::dpias,
        YearSections::covenants,
    };
    return builders;
}

} // namespace

// --- the sources ---

YearSources::YearSources(const Session &session, int year)
    : m_session(session)
    , m_year(year)
    , m_from(year, 1, 1)
    , m_until(year, 12, 31)
{ }

template<typename Figures>
const Figures *YearSources::once(std::optional<Figures> &cache,
                                 const std::function<Figures(ServiceError *)> &read,
                                 ServiceError *error)
{
    if (!cache) {
        ServiceError failure;
        Figures figures = read(&failure);
        if (failure.isError()) {
            if (error)
                *error = failure;
            return nullptr; // never zeros for figures that could not be read
        }
        cache = std::move(figures);
    }
    return &*cache;
}

const DeadlineFigures *YearSources::deadlines(ServiceError *error)
{
    return once<DeadlineFigures>(
        m_deadlines,
        [this](ServiceError *e) { return DashboardService(m_session).deadlines(m_until, e); },
        error);
}

const RetentionFigures *YearSources::retention(ServiceError *error)
{
    return once<RetentionFigures>(
        m_retention,
        [this](ServiceError *e) { return DashboardService(m_session).retention(m_until, e); },
        error);
}

const DisclosureFigures *YearSources::disclosures(ServiceError *error)
{
    return once<DisclosureFigures>(
        m_disclosures,
        [this](ServiceError *e) { return DashboardService(m_session).disclosures(m_until, e); },
        error);
}

const BreachFigures *YearSources::breaches(ServiceError *error)
{
    return once<BreachFigures>(
        m_breaches,
        [this](ServiceError *e) {
            return DashboardService(m_session).breaches(
                DashboardService::breachMoment(m_until, m_session.clock().now()), e);
        },
        error);
}

// --- the report ---

YearReportService::YearReportService(const Session &session)
    : m_session(session)
{ }

bool YearReportService::validYear(int year) const
{
    return year >= firstYear && year <= m_session.clock().today().year();
}

std::optional<YearReport> YearReportService::report(int year, ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("yearreport.read"),
                          QString::number(year), error))
        return std::nullopt;
    const QDate today = m_session.clock().today();
    if (!validYear(year)) {
        if (error)
            //: Dutch: "Kies een jaar van %1 tot en met %2."
            *error = ServiceError(
                ServiceError::Code::Invalid,
                tr("Choose a year from %1 up to %2.").arg(firstYear).arg(today.year()));
        return std::nullopt;
    }
    YearReport report;
    report.year = year;
    report.from = QDate(year, 1, 1);
    report.until = QDate(year, 12, 31);
    report.complete = today > report.until;
    report.madeOn = today;
    YearSources sources(m_session, year);
    for (const YearSectionBuilder build : sectionBuilders()) {
        YearSection section;
        if (!build(sources, &section, error))
            return std::nullopt;
        report.sections.append(section);
    }
    return report;
}

} // namespace pd
