#pragma once

#include <QDate>
#include <QString>

namespace pd {

class Store;

namespace demo {

// The demo register's DPIAs, after the example register: camera surveillance (on the
// AP's list) assessed with a DPIA whose review is due today, the housing-fraud investigation (on
// the list too) needed but not done yet, and the customer portal login with no DPIA needed and
// why. false with *error.
bool addDpias(const Store &store, QDate today, QString *error);

} // namespace demo

} // namespace pd
