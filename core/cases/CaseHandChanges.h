#pragma once

#include "audit/RowChange.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QString>

#include <optional>

namespace pd {

// The hand edits a server's row trail kept of a request, by event seq; a store folder has none.
// nullopt with *error when refused or unreadable, never "none".
std::optional<QHash<qint64, RowChange>>
handChangesOfCase(const Session &session, const QString &number, ServiceError *error);

} // namespace pd
