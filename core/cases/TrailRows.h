#pragma once

#include "audit/RecordedState.h"

namespace pd {

// What verify compares with the trail, read by the modules that own the rows: the store cannot
// name them. Schema 15 renamed "niet-ontvankelijk" without an event: older events are read with
// the new code.
class TrailRows final
{
public:
    static RecordedState::Sources all();

    static void applyCaseEvent(const QString &action, const QByteArray &payload, bool destroyed,
                               RecordedState::Recorded *recorded);
    static void applyPersonEvent(const QString &action, const QByteArray &payload, bool destroyed,
                                 RecordedState::Recorded *recorded);
};

} // namespace pd
