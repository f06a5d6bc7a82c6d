#pragma once

#include <QDate>
#include <QString>

namespace pd {

class Store;

namespace demo {

// Three breaches, so that the register and its dashboard are not empty.
bool addBreaches(Store &store, QDate today, QString *error);

} // namespace demo

} // namespace pd
