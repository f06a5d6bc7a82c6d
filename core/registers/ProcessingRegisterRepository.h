#pragma once

#include "registers/ProcessingRegister.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// The only code that writes SQL naming processing_activities and processing_activity_items.
class ProcessingRegisterRepository final
{
public:
    // In id order; the service puts them in register order.
    static std::optional<QList<ProcessingActivity>> all(const QSqlDatabase &db,
                                                        ServiceError *error);
    static std::optional<int> count(const QSqlDatabase &db, ServiceError *error);
    static std::optional<QStringList> subCodes(const QSqlDatabase &db, const QString &purposeCode,
                                               ServiceError *error);
    static std::optional<QString> purposeName(const QSqlDatabase &db, const QString &purposeCode,
                                              qint64 exceptId, ServiceError *error);

    // now: the UTC moment as stored; user: who changes it.

    static std::optional<qint64> insert(const QSqlDatabase &db, const ProcessingActivity &activity,
                                        const QString &now, const QString &user,
                                        ServiceError *error);
    static bool update(const QSqlDatabase &db, const ProcessingActivity &activity,
                       const QString &now, const QString &user, ServiceError *error);
    static bool remove(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
