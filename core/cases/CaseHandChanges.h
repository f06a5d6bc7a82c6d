#pragma once

#include "audit/RowChange.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QString>

#include <optional>

namespace pd {

// What a server's row trail kept of the changes made by hand to a request (its sql.changed
// events), by the number (seq) of the event that names each: for the officer's timeline, under
// the timeline's permission (Permission::ViewAllCases). A store folder keeps none: an empty
// hash. std::nullopt with *error when refused or when the read failed, never "none".
std::optional<QHash<qint64, RowChange>>
handChangesOfCase(const Session &session, const QString &number, ServiceError *error);

} // namespace pd
