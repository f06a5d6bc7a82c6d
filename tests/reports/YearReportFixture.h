#pragma once

#include "DashboardFixture.h"

namespace pd::test {

// DashboardFixture's story plus four data breaches around 2025, for the year report:
//   B1 discovered 2025-04-01 10:00, confidentiality; notified to the AP 2025-04-02 10:00 (in time)
//   B2 discovered 2025-06-10 09:00, confidentiality + availability; notified 2025-06-14 09:00
//      (late: 72 hours ended 06-13 09:00); its data subjects informed on 2025-06-20
//   B3 discovered 2025-12-30 20:00, integrity; notified 2026-01-02 10:00 (in time, in 2026)
//   B4 discovered 2024-12-31 23:30, confidentiality; notified 2025-01-02 10:00 (in time, in 2025)
// (times in Dutch time). So 2025: discovered 3, notified 3, of which late 1, data subjects
// informed 1; by nature: confidentiality 2, integrity 1, availability 1.
struct YearReportFixture : DashboardFixture
{
    QHash<QString, QString> breaches; // number by title

    bool build(Store &store, FixedClock &clock, QString *error);
};

} // namespace pd::test
