#pragma once

#include "reports/YearReport.h"

#include <functional>
#include <optional>

namespace pd {

// What the sections read, each set of figures once, at peildatum 31 December: their 12-month window
// is the calendar year.
class YearSources final
{
public:
    YearSources(const Session &session, int year);

    const Session &session() const { return m_session; }
    int year() const { return m_year; }
    QDate from() const { return m_from; }
    QDate until() const { return m_until; } // 31 December

    // Null with *error set when the figures could not be read.
    const DeadlineFigures *deadlines(ServiceError *error);
    const RetentionFigures *retention(ServiceError *error);
    const DisclosureFigures *disclosures(ServiceError *error);
    const BreachFigures *breaches(ServiceError *error);

private:
    template<typename Figures>
    const Figures *once(std::optional<Figures> &cache,
                        const std::function<Figures(ServiceError *)> &read, ServiceError *error);

    const Session &m_session;
    int m_year = 0;
    QDate m_from;
    QDate m_until;
    std::optional<DeadlineFigures> m_deadlines;
    std::optional<RetentionFigures> m_retention;
    std::optional<DisclosureFigures> m_disclosures;
    std::optional<BreachFigures> m_breaches;
};

using YearSectionBuilder
    = bool (*)(YearSources &sources, YearSection *section, ServiceError *error);

class YearSections final
{
    Q_DECLARE_TR_FUNCTIONS(pd::YearSections)
public:
    static bool requests(YearSources &sources, YearSection *section, ServiceError *error);
    static bool deadlines(YearSources &sources, YearSection *section, ServiceError *error);
    static bool breaches(YearSources &sources, YearSection *section, ServiceError *error);
    static bool disclosures(YearSources &sources, YearSection *section, ServiceError *error);
    static bool destructions(YearSources &sources, YearSection *section, ServiceError *error);
    // The registers that keep a state, read as they are now.
    static bool dpias(YearSources &sources, YearSection *section, ServiceError *error);
    static bool covenants(YearSources &sources, YearSection *section, ServiceError *error);

    static YearFigure count(const QString &code, const QString &label, int value);
    static QString dayText(QDate day);
};

} // namespace pd
