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

// Fictitious data subjects and requests, for the demo store and for measuring with tens of
// thousands of cases. Every name, street and number is made up. Customer numbers carry a letter
// and phone numbers a dash, so that none of them can pass the BSN 11-proef.
//
// Each request is written through CaseService with a clock set to the day of each step, so
// the demo has real deadlines, extensions (some sent too late), outcomes and audit trails, in
// batches of one transaction per 500 requests.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DemoData)
public:
    // progress(done, total) is called after every batch; returning false stops (what was
    // written so far stays).
    static bool generate(Store &store, const DemoOptions &options,
                         const std::function<bool(int, int)> &progress, QString *error);
};

} // namespace pd
