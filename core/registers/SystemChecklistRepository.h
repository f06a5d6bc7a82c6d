#pragma once

#include "registers/SystemChecklist.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The one place that writes SQL naming `case_system_checks`: the systems searched for
// a request. Every function runs on the connection it is given, inside the caller's unit, and
// reports a failed read as an error (ServiceError::fromSql), never as "nothing ticked".
class SystemChecklistRepository final
{
public:
    // The ticks of request caseId, by system name (the file's name joined in).
    static std::optional<QList<SystemCheck>> ofCase(const QSqlDatabase &db, qint64 caseId,
                                                    ServiceError *error);
    // Ticks a system: a new row, or the row of the same system replaced.
    static bool tick(const QSqlDatabase &db, qint64 caseId, const SystemTick &tick,
                     const QString &user, const QString &now, ServiceError *error);
    // Destruction (retention): the notes of the ticks of the requests caseIds names (" IN
    // (SELECT ...)" with its values) go; who searched, when and the result stay as proof.
    static bool eraseNotes(const QSqlDatabase &db, const QString &caseIds,
                           const QVariantList &values, ServiceError *error);
};

} // namespace pd
