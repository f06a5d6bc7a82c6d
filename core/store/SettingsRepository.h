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

// The one code that writes SQL naming the table settings.
class SettingsRepository final
{
public:
    // The columns of select().
    enum SelectColumn { SelectKey, SelectValue };
    struct Entry
    {
        QString value;
        QDateTime changedAt; // UTC
        QString changedBy;
    };

    static std::optional<QHash<QString, QString>>
    startingWith(const QSqlDatabase &db, const QString &prefix, ServiceError *error);
    // A null value when never set.
    static std::optional<Entry> entry(const QSqlDatabase &db, const QString &key,
                                      ServiceError *error);
    // An empty value is stored as NULL (QPSQL binds an empty QString so).
    static bool put(const QSqlDatabase &db, const QString &key, const QString &value,
                    const QDateTime &at, const QString &by, ServiceError *error);
    static bool put(QSqlQuery &query, const QString &key, const QString &value,
                    const QString &changedAt, const QString &by);
    static bool select(QSqlQuery &query, const QStringList &keys);
};

} // namespace pd
