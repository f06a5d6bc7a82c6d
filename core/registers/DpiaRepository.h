#pragma once

#include "registers/Dpia.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The one place that writes SQL naming `dpias`. Every function runs on the connection
// it is given, inside the caller's unit, and reports a failed read as an error, never as "no
// DPIA".
class DpiaRepository final
{
public:
    // Every assessment, in id order, without the activity's code and name.
    static std::optional<QList<Dpia>> all(const QSqlDatabase &db, ServiceError *error);
    static bool insert(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                       const QString &user, ServiceError *error);
    static bool update(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                       const QString &user, ServiceError *error);
};

} // namespace pd
