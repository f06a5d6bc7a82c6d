#pragma once

#include "cases/CaseService.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QString>

#include <optional>

namespace pd {

class Store;

// The empty-export gate in one place: a request for portability (art. 20 GDPR) is not
// completed as granted, in whole or in part, while its export holds none of the person's data,
// because only data processed on consent or for a contract fall under art. 20(1) and the register
// names none for the person's relation. It counts both the export recorded for the request
// (case.report_exported "portable_data") and the export as it would be made now
// (PersonPortability::holdsData over the register), so that completing first and exporting an
// empty file afterwards is refused as well (seed 000: complete, then [empty-export] on the
// decision letter). The refusal's words are LetterService::completionRefusal's.
class PortabilityGate final
{
public:
    // Whether the portability export of a person with this relation holds any data now.
    static std::optional<bool> holdsData(const Session &session, Relation relation,
                                         ServiceError *error);
    // The refusal of completing the request so, or empty; nullopt with *error when it could not be
    // read.
    static std::optional<QString> completionRefusal(const Session &session,
                                                    const QString &caseNumber,
                                                    const Completion &completion,
                                                    ServiceError *error);
    // The gate as CaseService::complete runs it (CaseService::setCompletionRule).
    static CaseService::CompletionRule rule(const Session &session);
};

} // namespace pd
