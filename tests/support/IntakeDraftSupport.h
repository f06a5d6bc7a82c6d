#pragma once

// The phone intake's draft as a test reads it (tst_intakedrafts, tst_lockdesk).

#include "cases/IntakeDrafts.h"
#include "util/ServiceError.h"

#include <QtGlobal>

#include <optional>

namespace pd::test {

// The user's newest phone intake draft, as the desk reads it; a failed read is warned about and
// gives none, which the callers' checks then catch.
inline std::optional<IntakeDraft> latestCall(const IntakeDrafts &drafts)
{
    std::optional<IntakeDraft> draft;
    ServiceError error;
    if (!drafts.latest(IntakeDrafts::Form::PhoneIntake, &draft, &error))
        qWarning("drafts unreadable: %s", qPrintable(error.message));
    return draft;
}

} // namespace pd::test
