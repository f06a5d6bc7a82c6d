#pragma once

namespace pd {

// The crash tests kill the process (SIGKILL, as a power cut would stop it) at a named point with
// PRIVACYDESK_TEST_CRASH_AT=<point>, and check that what the next run finds is whole. Harmless
// outside the tests: it stops the process only where a power cut could, and every caller
// recovers from that by design.
void crashPointForTests(const char *point);

} // namespace pd
