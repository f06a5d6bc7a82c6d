#pragma once

#include "util/ServiceError.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace pd {

// The table settings (key, value, changed_at, changed_by), the one code that writes SQL naming it:
// the organisation's details (organisation.*), its security policy (security.*) and
// its deadline policy (deadline.*, CaseService::policy), and the store's own stamps of the last
// backup and integrity check (store/StoreBackup.cpp). It sits in the store, the lowest layer
// that keeps rows there.
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
    // was there, on the connection of the caller's unit of work; false with the statement's
    // error.
    static bool put(const QSqlDatabase &db, const QString &key, const QString &value,
                    const QDateTime &at, const QString &by, ServiceError *error);
    // The same with the moment as stored (ISO 8601 with milliseconds, UTC), on the store's own
    // statement (its backup stamps), which words the query's error itself.
    static bool put(QSqlQuery &query, const QString &key, const QString &value,
                    const QString &changedAt, const QString &by);
    // Runs "the keys' key and value" on query, for a caller that reads the rows and words the
    // query's error itself (the store's own StoreError); false when it failed.
    static bool select(QSqlQuery &query, const QStringList &keys);
};

} // namespace pd
