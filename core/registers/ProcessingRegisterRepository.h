#pragma once

#include "registers/ProcessingRegister.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// The one place that writes SQL naming the tables `processing_activities` and
// `processing_activity_items`: the register of art. 30 AVG. Every function runs on
// the connection it is given, inside the caller's transaction or UnitOfWork, and reports a
// failed read as an error (ServiceError::fromSql), never as an empty register, 0 or "the name is
// free": a function returns std::nullopt (or false) only when *error says why.
class ProcessingRegisterRepository final
{
public:
    // --- reads ---

    // Every activity with its items, in id order (the service puts them in register order).
    static std::optional<QList<ProcessingActivity>> all(const QSqlDatabase &db,
                                                        ServiceError *error);
    static std::optional<int> count(const QSqlDatabase &db, ServiceError *error);
    // The sub-codes in use under a main purpose code.
    static std::optional<QStringList> subCodes(const QSqlDatabase &db, const QString &purposeCode,
                                               ServiceError *error);
    // The name main purpose purposeCode has on another activity than exceptId; empty: none.
    static std::optional<QString> purposeName(const QSqlDatabase &db, const QString &purposeCode,
                                              qint64 exceptId, ServiceError *error);

    // --- writes (now: the UTC moment as stored; user: who changes it) ---

    // The activity's row and its items: the new id.
    static std::optional<qint64> insert(const QSqlDatabase &db, const ProcessingActivity &activity,
                                        const QString &now, const QString &user,
                                        ServiceError *error);
    // The activity's row, and its items replaced.
    static bool update(const QSqlDatabase &db, const ProcessingActivity &activity,
                       const QString &now, const QString &user, ServiceError *error);
    // The activity and its items.
    static bool remove(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
