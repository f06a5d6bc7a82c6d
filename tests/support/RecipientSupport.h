#pragma once

#include "TestSupport.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <optional>

namespace pd::test {

// A recipient of the catalogue by name, category and role, added through RecipientService on
// clock; empty (with a warning saying why) when it was refused.
inline std::optional<Recipient> addRecipient(const Store &store, const Clock &clock,
                                             const QString &name, RecipientCategory category,
                                             RecipientRole role = RecipientRole::Ontvanger)
{
    Recipient r;
    r.name = name;
    r.category = category;
    r.role = role;
    ServiceError error;
    const std::optional<Recipient> added
        = RecipientService(Session { store, clock }).add(r, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("addRecipient: %s", qPrintable(error.message));
    return added;
}

} // namespace pd::test
