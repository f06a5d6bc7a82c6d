#include "documents/PortabilityGate.h"

#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "letters/Letters.h"
#include "registers/ProcessingRegister.h"

namespace pd {

std::optional<bool> PortabilityGate::holdsData(const Session &session, Relation relation,
                                               ServiceError *error)
{
    ServiceError readError;
    const QList<ProcessingActivity> activities = ProcessingRegister(session).list(&readError);
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

std::optional<QString> PortabilityGate::completionRefusal(const Session &session,
                                                          const QString &caseNumber,
                                                          const Completion &completion,
                                                          ServiceError *error)
{
    const std::optional<Case> c = CaseService(session).find(caseNumber, error);
    if (!c)
        return std::nullopt;
    if (!c->types.contains(RequestType::Overdraagbaarheid))
        return QString();
    const std::optional<bool> recordedEmpty
        = LetterService(session).exportHeldNothing(caseNumber, error);
    if (!recordedEmpty)
        return std::nullopt;
    const std::optional<bool> holds = holdsData(session, c->person.relation, error);
    if (!holds)
        return std::nullopt;
    return LetterService::completionRefusal(*c, completion, *recordedEmpty || !*holds);
}

CaseService::CompletionRule PortabilityGate::rule(const Session &session)
{
    return [session](const QString &caseNumber, const Completion &completion, ServiceError *error) {
        return completionRefusal(session, caseNumber, completion, error);
    };
}

} // namespace pd
