#pragma once

#include "cases/CaseService.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QString>

#include <optional>

namespace pd {

// A portability request is not completed as granted while its export holds none of the person's
// data. Both the recorded export and one made now count, so that completing first and exporting
// an empty file afterwards is refused as well.
class PortabilityGate final
{
public:
    static std::optional<bool> holdsData(const Session &session, Relation relation,
                                         ServiceError *error);
    static std::optional<QString> completionRefusal(const Session &session,
                                                    const QString &caseNumber,
                                                    const Completion &completion,
                                                    ServiceError *error);
    static CaseService::CompletionRule rule(const Session &session);
};

} // namespace pd
