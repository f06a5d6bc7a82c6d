#pragma once

#include "util/ServiceError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace pd {

// A half-typed phone intake or new request as stored.
struct IntakeDraft
{
    qint64 id = 0;
    QDateTime savedAt; // UTC
    QJsonObject fields; // the form's fields by name: strings, booleans, numbers, string arrays
};

// Sits with the users, below the requests: a draft is its user's and goes with them. A failed read
// is an error, never no draft.
class IntakeDraftRepository final
{
public:
    static std::optional<qint64> insert(const QSqlDatabase &db, const QString &login,
                                        const QString &savedAt, const QString &fields,
                                        ServiceError *error);
    // false with no error: there is no such draft of this login.
    static std::optional<bool> remove(const QSqlDatabase &db, qint64 id, const QString &login,
                                      ServiceError *error);
    static std::optional<QList<IntakeDraft>> ofLogin(const QSqlDatabase &db, const QString &login,
                                                     ServiceError *error);
    static std::optional<int> count(const QSqlDatabase &db, const QString &login,
                                    ServiceError *error);
    static std::optional<int> removeAllOf(const QSqlDatabase &db, const QString &login,
                                          ServiceError *error);
    static std::optional<QList<std::pair<qint64, QString>>> all(const QSqlDatabase &db,
                                                                ServiceError *error);
    static bool removeById(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
