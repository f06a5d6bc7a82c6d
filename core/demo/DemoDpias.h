#pragma once

#include <QDate>
#include <QString>

namespace pd {

class Store;

namespace demo {

bool addDpias(const Store &store, QDate today, QString *error);

} // namespace demo

} // namespace pd
