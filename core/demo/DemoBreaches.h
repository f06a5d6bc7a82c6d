#pragma once

#include <QDate>
#include <QString>

namespace pd {

class Store;

namespace demo {

// Three data breaches, so that the Datalekken section and its dashboard are not
// empty: a letter to the wrong address whose 72-hour clock is still running, a hacked mailbox at
// the hosting processor notified to the AP late (with the reasons) and the people informed, and
// a lost laptop with an encrypted disk assessed as "geen risico" and closed, kept in the register.
// Its processor is the demo's hosting recipient, when there is one. false with *error.
bool addBreaches(Store &store, QDate today, QString *error);

} // namespace demo

} // namespace pd
