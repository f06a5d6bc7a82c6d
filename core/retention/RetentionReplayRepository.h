#pragma once

#include "terms/RetentionTerms.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

class RetentionReplayRepository final
{
public:
    static std::optional<QHash<QString, QString>> anonymisedRequestsMade(const QSqlDatabase &db,
                                                                         ServiceError *error);
    // Matched by number or id and moment of creation, never by number alone.
    static std::optional<QList<DestructionTrace>>
    destructionTraces(const QSqlDatabase &db, const QHash<QString, QString> &requestMade,
                      ServiceError *error);
    // createdAt as stored; 0: none.
    static std::optional<qint64> personOfRequest(const QSqlDatabase &db, const QString &number,
                                                 const QString &createdAt, ServiceError *error);
};

} // namespace pd
