#pragma once

#include "domain/DeadlineCalendar.h"

namespace pd {

// The law alone (art. 12(3) AVG): one month, extended by two more, moved to a working day, so
// that the own deadlines are the legal ones. A store counts with it until its organisation has
// chosen a policy: DeadlinePolicy's 30 days are an own term nobody may promise unasked.
DeadlinePolicy lawAlonePolicy();
// Whether the policy promises nothing beyond the law: its own term is the law's.
bool isLawAlone(const DeadlinePolicy &policy);

} // namespace pd
