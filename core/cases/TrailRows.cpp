#include "cases/TrailRows.h"

#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"

namespace pd {

RecordedState::Sources TrailRows::all()
{
    return { { QStringLiteral("case"), &CaseRepository::forEachRecordedRow },
             { QStringLiteral("person"), &PersonRepository::forEachRecordedRow } };
}

} // namespace pd
