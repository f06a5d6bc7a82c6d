#pragma once

#include "audit/RecordedState.h"

namespace pd {

// The rows verify compares with what their audit trail last recorded (audit/RecordedState), each
// read by the module that owns it: the requests (CaseRepository) and the data subjects
// (PersonRepository). The one list every caller of Store::verify gives (the CLI's verify, a
// server restore's check, the tests): the store sits below both modules and cannot name them.
class TrailRows final
{
public:
    static RecordedState::Sources all();
};

} // namespace pd
