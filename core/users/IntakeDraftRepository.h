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

// A half-typed phone intake or new request as stored (cases/IntakeDrafts keeps and offers them).
struct IntakeDraft
{
    qint64 id = 0;
    QDateTime savedAt; // UTC
    QJsonObject fields; // the form's fields by name: strings, booleans, numbers, string arrays
};

// The one place that writes SQL naming the table intake_drafts: the phone intakes and
// new requests a user left half-typed (cases/IntakeDrafts), removed with their user
// (users/UserService) or with the person they name (retention/RetentionDestruction). It sits with
// the users, below the requests, because the drafts belong to their user and go when the user is
// removed. Every function runs on the connection it is given, inside the caller's transaction or
// unit of work, and reports a failed read as an error (std::nullopt or false with *error set),
// never as no draft.
class IntakeDraftRepository final
{
public:
    // The new draft's id.
    static std::optional<qint64> insert(const QSqlDatabase &db, const QString &login,
                                        const QString &savedAt, const QString &fields,
                                        ServiceError *error);
    // False with no error: there is no such draft of this login.
    static std::optional<bool> remove(const QSqlDatabase &db, qint64 id, const QString &login,
                                      ServiceError *error);
    // The login's drafts, newest first (a user keeps a few at most): nullopt with *error when
    // the read failed.
    static std::optional<QList<IntakeDraft>> ofLogin(const QSqlDatabase &db, const QString &login,
                                                     ServiceError *error);
    static std::optional<int> count(const QSqlDatabase &db, const QString &login,
                                    ServiceError *error);
    // A removed user's drafts (users/UserService): how many went.
    static std::optional<int> removeAllOf(const QSqlDatabase &db, const QString &login,
                                          ServiceError *error);
    // Every draft of every user, in id order, with its fields as stored (JSON text), for the
    // destruction that looks for the drafts naming a person; and the removal of one.
    static std::optional<QList<std::pair<qint64, QString>>> all(const QSqlDatabase &db,
                                                                ServiceError *error);
    static bool removeById(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
