#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace pd {
class FixedClock;
class Store;
} // namespace pd

namespace pd::test {

// A small store for the dashboards, built through the real services in the order things
// happened (the clock moved to each day), so that every figure at the peildata below can be
// computed by hand. The story, with the effective deadlines its policy gives (30 days, not
// moved; one month with the working-day move; the identification pause added), is written out
// in DashboardFixture.cpp; tst_dashboardservice and tst_cli_report check against it.
struct DashboardFixture
{
    static inline const QDate peildatumA { 2026, 3, 16 }; // "today": a Monday
    static inline const QDate peildatumB { 2025, 12,
                                           10 }; // the past: requests open that are closed now
    static inline const QDate peildatumC { 2025, 5,
                                           10 }; // early: before an extension and a destruction

    // Case numbers by the fixture's names ("C1" .. "C15"), person ids ("P1" ..) and recipient
    // ids ("R1" .. "R6").
    QHash<QString, QString> cases;
    QHash<QString, qint64> persons;
    QHash<QString, qint64> recipients;

    // Builds the story on an empty store; on failure false with the reason in *error. Leaves the
    // clock on peildatumA.
    bool build(Store &store, FixedClock &clock, QString *error);
};

} // namespace pd::test
