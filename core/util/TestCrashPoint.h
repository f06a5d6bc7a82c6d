#pragma once

namespace pd {

// Kills the process at a named point (PRIVACYDESK_TEST_CRASH_AT) as a power cut would; harmless
// outside the tests, since every caller recovers from that by design.
void crashPointForTests(const char *point);

} // namespace pd
