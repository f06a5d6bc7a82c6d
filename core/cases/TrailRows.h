#pragma once

#include "audit/RecordedState.h"

namespace pd {

// The rows verify compares with what their audit trail last recorded (audit/RecordedState), each
// read by the module that owns it: the requests (CaseRepository) and the data subjects
// (PersonRepository). The one list every caller of Store::verify gives (the CLI's verify, a
// server restore's check, the tests): the store sits below both modules and cannot name them.
// With the rows go the rules of what their events record, which the audit layer only applies:
//   requests  state   the new value of the last event with "state": [old, new]
//                     ("ontvangen" from case.created on: CaseService inserts every request so)
//             outcome "outcome" of the last case.completed, cleared by case.reopened
//   persons   name    person.created's "name", person.updated's changes.name.new
// Schema 15 renamed the state and outcome "niet-ontvankelijk" to "niet-in-behandeling" in the
// rows without an event: the events before it are read with the new code.
class TrailRows final
{
public:
    static RecordedState::Sources all();

    // The rules themselves, one event at a time (RecordedState::ApplyEvent).
    static void applyCaseEvent(const QString &action, const QByteArray &payload, bool destroyed,
                               RecordedState::Recorded *recorded);
    static void applyPersonEvent(const QString &action, const QByteArray &payload, bool destroyed,
                                 RecordedState::Recorded *recorded);
};

} // namespace pd
