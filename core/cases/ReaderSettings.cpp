#include "cases/ReaderSettings.h"

#include "organisation/OrganisationSettings.h"
#include "reading/ReaderProcess.h"

namespace pd {

// The setting's bounds are the reader's own: a value the desk accepts, the reader takes.
static_assert(SecurityPolicy::minimumReaderSeconds == ReaderLimits::minimumSeconds
              && SecurityPolicy::maximumReaderSeconds == ReaderLimits::maximumSeconds
              && SecurityPolicy::minimumReaderMemoryMb == ReaderLimits::minimumMemoryMb
              && SecurityPolicy::maximumReaderMemoryMb == ReaderLimits::maximumMemoryMb);
static_assert(SecurityPolicy {}.readerSeconds == ReaderLimits {}.seconds
              && SecurityPolicy {}.readerMemoryMb == ReaderLimits {}.memoryMb);

void useReaderLimitsOf(const Session &session)
{
    const SecurityPolicy policy = OrganisationSettings(session).security();
    ReaderProcess::setLimits({ policy.readerSeconds, policy.readerMemoryMb });
}

} // namespace pd
