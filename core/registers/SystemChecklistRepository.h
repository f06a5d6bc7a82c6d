#pragma once

#include "registers/SystemChecklist.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming case_system_checks.
class SystemChecklistRepository final
{
public:
    static std::optional<QList<SystemCheck>> ofCase(const QSqlDatabase &db, qint64 caseId,
                                                    ServiceError *error);
    static bool tick(const QSqlDatabase &db, qint64 caseId, const SystemTick &tick,
                     const QString &user, const QString &now, ServiceError *error);
    // Who searched, when and the result stay as proof.
    static bool eraseNotes(const QSqlDatabase &db, const QString &caseIds,
                           const QVariantList &values, ServiceError *error);
};

} // namespace pd
