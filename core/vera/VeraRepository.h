#pragma once

#include "util/ServiceError.h"
#include "vera/VeraSystem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that names vera_systems. A failed read is an error, never "no systems".
class VeraRepository final
{
public:
    // Secret::Without: the columns an auditor may read (the secret stays empty).
    enum class Secret { With, Without };
    static std::optional<QList<VeraSystem>> systems(const QSqlDatabase &db, Secret secret,
                                                    ServiceError *error);
    // A second system of the same name fails (UNIQUE).
    static bool insert(const QSqlDatabase &db, const VeraSystem &system, ServiceError *error);
    static bool remove(const QSqlDatabase &db, const QString &name, ServiceError *error);
};

} // namespace pd
