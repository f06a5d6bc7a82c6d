#pragma once

#include "registers/Dpia.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming dpias.
class DpiaRepository final
{
public:
    // Without the activity's code and name.
    static std::optional<QList<Dpia>> all(const QSqlDatabase &db, ServiceError *error);
    static bool insert(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                       const QString &user, ServiceError *error);
    static bool update(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                       const QString &user, ServiceError *error);
};

} // namespace pd
