#pragma once

#include "util/ServiceError.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace pd {

// The table settings (key, value, changed_at, changed_by) as the organisation keeps it (issue 37):
// its details (organisation.*), its security policy (security.*) and its deadline policy
// (deadline.*, CaseService::policy). The only code of the services that writes SQL naming the
// table; below them, the store keeps its own backup stamps there (store/StoreBackup.cpp).
//
// A read that fails is an error (nullopt with *error), never an empty setting.
class SettingsRepository final
{
public:
    // A key as stored: its value and who changed it when.
    struct Entry
    {
        QString value;
        QDateTime changedAt; // UTC
        QString changedBy;
    };

    // Every key that starts with prefix ("organisation.") and its value.
    static std::optional<QHash<QString, QString>>
    startingWith(const QSqlDatabase &db, const QString &prefix, ServiceError *error);
    // One key; an Entry with a null value when it was never set.
    static std::optional<Entry> entry(const QSqlDatabase &db, const QString &key,
                                      ServiceError *error);
    // Sets key to value (empty for NULL: QPSQL binds an empty QString as NULL), replacing what
    // was there, on query's connection (inside the caller's unit of work); false with the
    // query's error.
    static bool put(QSqlQuery &query, const QString &key, const QString &value, const QDateTime &at,
                    const QString &by);
};

} // namespace pd
