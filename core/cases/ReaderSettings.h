#pragma once

namespace pd {

class Session;

// Given to the reader process for every file read from now on; a setting that cannot be read
// leaves the defaults (10 seconds, 512 MB).
void useReaderLimitsOf(const Session &session);

} // namespace pd
