#pragma once

// What ends a restriction of processing under art. 18(1)(a) or (d) AVG: the decision on the
// rectification or the objection it waits for. Until that request is decided the restriction
// holds (RestrictionService::lift refuses, and the notice of lifting cannot be made); the notice
// then states the decision (letters/LetterRestrictionTexts.cpp). Grounds (b) and (c) wait for
// no request of the person: the officer judges when their reason is gone.
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
    // What decides it: Rectificatie (sub a), Bezwaar (sub d).
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
    // The type of request whose decision ends a restriction on the ground: Rectificatie for sub
    // a, Bezwaar for sub d; nullopt for sub b and c.
    static std::optional<RequestType> waitsFor(RestrictionGround ground);
    // One for each of the restrictions on ground a or d. The request it waits for: its own when
    // that has the type, else a request of the person of the type not answered before the
    // restriction began (one still open first, else the last answered). Reads the person's
    // requests through cases (ViewAllCases); a failed read is an error, never "decided".
    static std::optional<QList<RestrictionDecision>>
    of(const CaseService &cases, const QSqlDatabase &db, qint64 personId,
       const QList<PersonRestriction> &restrictions, ServiceError *error);
    // Why the restriction cannot be lifted yet (translated), or empty when its reason is gone or
    // it waits for no request.
    static QString holding(const PersonRestriction &restriction,
                           const QList<RestrictionDecision> &decisions);
    // For the documents that show a restriction (the inzage report, the AP dossier): under a or
    // d, what it waits for by number and kind ("holds until the decision on AVG-2026-0012
    // (rectification)") or, that request decided, that its reason is gone and since when (the
    // day as dateText writes it); translated. Empty for b and c.
    static QString reasonText(const PersonRestriction &restriction,
                              const QList<RestrictionDecision> &decisions,
                              QString (*dateText)(QDate));
    // The decision for the restriction, or nullptr.
    static const RestrictionDecision *find(const QList<RestrictionDecision> &decisions,
                                           qint64 restrictionId);
};

} // namespace pd
