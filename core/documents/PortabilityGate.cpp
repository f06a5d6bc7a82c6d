#include "documents/PortabilityGate.h"

#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "letters/Letters.h"
#include "registers/ProcessingRegister.h"

namespace pd {

std::optional<bool> PortabilityGate::holdsData(const Store &store, const Clock &clock,
                                               Relation relation, ServiceError *error)
{
    ServiceError readError;
    const QList<ProcessingActivity> activities = ProcessingRegister(store, clock).list(&readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    PersonReport report;
    report.person.relation = relation;
    for (const ProcessingActivity &a : activities) {
        if (PersonReport::concerns(a, relation))
            report.activities << a;
    }
    return PersonPortability::holdsData(report);
}

std::optional<QString> PortabilityGate::completionRefusal(const Store &store, const Clock &clock,
                                                          const QString &caseNumber,
                                                          const Completion &completion,
                                                          ServiceError *error)
{
    const std::optional<Case> c = CaseService(store, clock).find(caseNumber, error);
    if (!c)
        return std::nullopt;
    if (!c->types.contains(RequestType::Overdraagbaarheid))
        return QString();
    const std::optional<bool> recordedEmpty
        = LetterService(store, clock).exportHeldNothing(caseNumber, error);
    if (!recordedEmpty)
        return std::nullopt;
    const std::optional<bool> holds = holdsData(store, clock, c->person.relation, error);
    if (!holds)
        return std::nullopt;
    return LetterService::completionRefusal(*c, completion, *recordedEmpty || !*holds);
}

CaseService::CompletionRule PortabilityGate::rule(const Store &store, const Clock &clock)
{
    return [&store, &clock](const QString &caseNumber, const Completion &completion,
                            ServiceError *error) {
        return completionRefusal(store, clock, caseNumber, completion, error);
    };
}

} // namespace pd
