#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace pd {

class Store;

struct DemoOptions
{
    int cases = 300;
    quint32 seed = 20261121; // the same seed gives the same store
    QDate today; // invalid: the system's today
};

// Every name and number is made up: customer numbers carry a letter and phone numbers a dash, so
// that none can pass the BSN 11-proef. Written through CaseService with a clock at each step's day,
// so that the demo has real deadlines and audit trails.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DemoData)
public:
    // The demo's officer, whose name signs its letters (fictitious, as everything in the demo).
    static constexpr auto userDisplayName = "Dana de Demo";
    // Returning false stops; what was written stays.
    static bool generate(Store &store, const DemoOptions &options,
                         const std::function<bool(int, int)> &progress, QString *error);
};

} // namespace pd
