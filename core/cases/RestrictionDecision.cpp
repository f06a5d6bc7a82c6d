// What ends a restriction under art. 18(1)(a) or (d) AVG (RestrictionDecision.h).
#include "cases/RestrictionDecision.h"

#include "cases/CaseRepository.h"
#include "cases/CaseService.h"

#include <algorithm>

namespace pd {

std::optional<RequestType> RestrictionDecisions::waitsFor(RestrictionGround ground)
{
    switch (ground) {
    case RestrictionGround::Accuracy:
        return RequestType::Rectificatie;
    case RestrictionGround::Objection:
        return RequestType::Bezwaar;
    case RestrictionGround::Unlawful:
    case RestrictionGround::LegalClaims:
        break;
    }
    return std::nullopt;
}

namespace {

// The request the restriction waits for among the person's, or nullptr.
const Case *linkedRequest(const PersonRestriction &r, RequestType type, const QList<Case> &requests)
{
    const auto own = std::find_if(requests.cbegin(), requests.cend(), [&](const Case &c) {
        return !r.caseNumber.isEmpty() && c.number == r.caseNumber && c.types.contains(type);
    });
    if (own != requests.cend())
        return &*own;
    const Case *last = nullptr;
    for (const Case &c : requests) {
        if (!c.types.contains(type) || (c.answeredOn.isValid() && c.answeredOn < r.startedOn))
            continue;
        if (c.state != CaseState::Afgerond)
            return &c; // still to be decided: the restriction waits for it
        if (!last || c.answeredOn > last->answeredOn)
            last = &c;
    }
    return last;
}

} // namespace

std::optional<QList<RestrictionDecision>>
RestrictionDecisions::of(const CaseService &cases, const QSqlDatabase &db, qint64 personId,
                         const QList<PersonRestriction> &restrictions, ServiceError *error)
{
    QList<RestrictionDecision> result;
    if (std::none_of(restrictions.cbegin(), restrictions.cend(),
                     [](const PersonRestriction &r) { return waitsFor(r.ground).has_value(); }))
        return result;
    const auto numbers = CaseRepository::requestsOfPerson(db, personId, error);
    if (!numbers)
        return std::nullopt;
    QList<Case> requests; // the person's requests are few
    for (const auto &request : *numbers) {
        const std::optional<Case> c = cases.find(request.first, error);
        if (!c)
            return std::nullopt;
        requests << *c;
    }
    for (const PersonRestriction &r : restrictions) {
        const std::optional<RequestType> type = waitsFor(r.ground);
        if (!type)
            continue;
        RestrictionDecision d;
        d.restrictionId = r.id;
        d.type = *type;
        if (const Case *c = linkedRequest(r, *type, requests)) {
            d.caseNumber = c->number;
            d.decided = c->state == CaseState::Afgerond;
            if (d.decided) {
                d.decidedOn = c->answeredOn;
                d.outcome = c->outcome;
                for (const TypeDecision &decision : CaseWorkflow::decisionsOf(*c))
                    if (decision.type == *type)
                        d.outcome = decision.outcome;
                d.objection = c->objection;
            }
        }
        result << d;
    }
    return result;
}

const RestrictionDecision *RestrictionDecisions::find(const QList<RestrictionDecision> &decisions,
                                                      qint64 restrictionId)
{
    const auto it = std::find_if(
        decisions.cbegin(), decisions.cend(),
        [restrictionId](const RestrictionDecision &d) { return d.restrictionId == restrictionId; });
    return it == decisions.cend() ? nullptr : &*it;
}

QString RestrictionDecisions::holding(const PersonRestriction &r,
                                      const QList<RestrictionDecision> &decisions)
{
    const RestrictionDecision *d = find(decisions, r.id);
    if (!d || d->decided)
        return {};
    const bool accuracy = d->type == RequestType::Rectificatie;
    //: Dutch: "De beperking van ‘%1’ (artikel 18 lid 1 sub a AVG) geldt tot over de
    //: rectificatie is besloten."
    const QString holds = accuracy
        ? tr("The restriction of ‘%1’ (art. 18(1)(a) GDPR) holds until the rectification is "
             "decided.")
              .arg(r.data)
        //: Dutch: "De beperking van ‘%1’ (artikel 18 lid 1 sub d AVG) geldt tot over het bezwaar
        //: is besloten."
        : tr("The restriction of ‘%1’ (art. 18(1)(d) GDPR) holds until the objection is "
             "decided.")
              .arg(r.data);
    if (!d->caseNumber.isEmpty())
        //: Dutch: "%1 Verzoek %2 is nog niet afgerond: rond het eerst af met de beslissing, en hef
        //: daarna de beperking op."
        return tr("%1 Request %2 has not been completed yet: complete it with the decision first, "
                  "then lift the restriction.")
            .arg(holds, d->caseNumber);
    return accuracy
        //: Dutch: "%1 Er is geen verzoek om rectificatie van deze betrokkene vastgelegd: leg het
        //: verzoek vast en rond het af met de beslissing; hef daarna de beperking op."
        ? tr("%1 No request for rectification of this data subject is recorded: record the "
             "request and complete it with the decision; then lift the restriction.")
              .arg(holds)
        //: Dutch: "%1 Er is geen bezwaar van deze betrokkene vastgelegd: leg het bezwaar vast en
        //: rond het af met de beslissing; hef daarna de beperking op."
        : tr("%1 No objection of this data subject is recorded: record the objection and "
             "complete it with the decision; then lift the restriction.")
              .arg(holds);
}

QString RestrictionDecisions::reasonText(const PersonRestriction &r,
                                         const QList<RestrictionDecision> &decisions,
                                         QString (*dateText)(QDate))
{
    const RestrictionDecision *d = find(decisions, r.id);
    if (!d)
        return {};
    const bool accuracy = d->type == RequestType::Rectificatie;
    if (d->caseNumber.isEmpty())
        return accuracy
            //: Dutch: "De beperking geldt tot de beslissing op een verzoek om rectificatie; dat
            //: verzoek is nog niet vastgelegd."
            ? tr("The restriction holds until the decision on a request for rectification; that "
                 "request has not been recorded yet.")
            //: Dutch: "De beperking geldt tot de beslissing op een bezwaar; dat bezwaar is nog
            //: niet vastgelegd."
            : tr("The restriction holds until the decision on an objection; that objection has "
                 "not been recorded yet.");
    //: Dutch: "rectificatie", the kind of request a restriction waits for
    const QString kind = accuracy ? tr("rectification")
                                  //: Dutch: "bezwaar", the kind of request a restriction waits for
                                  : tr("objection");
    if (!d->decided)
        //: Dutch: "De beperking geldt tot de beslissing op %1 (%2)."
        return tr("The restriction holds until the decision on %1 (%2).").arg(d->caseNumber, kind);
    if (!d->decidedOn.isValid())
        //: Dutch: "Over %1 (%2) is beslist: de reden voor de beperking is vervallen."
        return tr("%1 (%2) has been decided: the reason for the restriction is gone.")
            .arg(d->caseNumber, kind);
    //: Dutch: "Op %3 is over %1 (%2) beslist: sindsdien is de reden voor de beperking vervallen."
    return tr("%1 (%2) was decided on %3: since then the reason for the restriction is gone.")
        .arg(d->caseNumber, kind, dateText(d->decidedOn));
}

} // namespace pd
