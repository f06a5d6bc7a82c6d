#pragma once

#include "terms/RetentionTerms.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

struct DueQuery;

// What the replay of destructions on a restored copy reads (RetentionReplayRepository.cpp).
class RetentionReplayRepository final
{
public:
    // The number and created_at of every request of an anonymised data subject.
    static std::optional<QHash<QString, QString>> anonymisedRequestsMade(const QSqlDatabase &db,
                                                                         ServiceError *error);
    // The destruction log as traces, in order: the requests among requestMade's by number and
    // moment of creation, a breach by number and moment of reporting, a person by id and
    // moment of creation.
    static std::optional<QList<DestructionTrace>>
    destructionTraces(const QSqlDatabase &db, const QHash<QString, QString> &requestMade,
                      ServiceError *error);
    // The person of the request with this number made at createdAt (stored moment); 0: none.
    static std::optional<qint64> personOfRequest(const QSqlDatabase &db, const QString &number,
                                                 const QString &createdAt, ServiceError *error);
};

} // namespace pd
