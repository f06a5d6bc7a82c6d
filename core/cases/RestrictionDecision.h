#pragma once

// What ends a restriction on ground a or d: the decision on the rectification or objection it
// waits for; until then it holds. Grounds b and c wait for no request.
#include "cases/Case.h"
#include "cases/Restriction.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace pd {

class CaseService;

struct RestrictionDecision
{
    qint64 restrictionId = 0;
    RequestType type = RequestType::Rectificatie;
    QString caseNumber; // the request of that type it waits for; empty: none recorded
    bool decided = false; // that request completed
    std::optional<Outcome> outcome; // the decision on the type (else the request's outcome)
    QDate decidedOn; // the answer's day
    QList<ObjectionPart> objection; // sub d: what the objection was about, each stopped or not
};

class RestrictionDecisions final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RestrictionDecisions)
public:
    static std::optional<RequestType> waitsFor(RestrictionGround ground);
    // A failed read is an error, never "decided".
    static std::optional<QList<RestrictionDecision>>
    of(const CaseService &cases, const QSqlDatabase &db, qint64 personId,
       const QList<PersonRestriction> &restrictions, ServiceError *error);
    // Empty when its reason is gone or it waits for no request.
    static QString holding(const PersonRestriction &restriction,
                           const QList<RestrictionDecision> &decisions);
    static QString reasonText(const PersonRestriction &restriction,
                              const QList<RestrictionDecision> &decisions,
                              QString (*dateText)(QDate));
    static const RestrictionDecision *find(const QList<RestrictionDecision> &decisions,
                                           qint64 restrictionId);
};

} // namespace pd
