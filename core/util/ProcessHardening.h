#pragma once

namespace pd {

// Keeps key material and decrypted records out of core files: a crash must not leave the
// master key or a tenant's data on disk, and other processes of the same user must not read
// this one's memory. Called first thing in both programs' main.
//  - setrlimit(RLIMIT_CORE, 0), soft and hard limit: no core file, and the process cannot
//    raise the limit again.
//  - Linux: prctl(PR_SET_DUMPABLE, 0): no core dump even through a core_pattern pipe (systemd-
//    coredump), /proc/PID/mem and ptrace attach closed to other processes of the same user.
//    A debugger that starts the program itself still works.
// Returns false when a step failed (it never throws); the program runs on regardless.
bool hardenProcess();

} // namespace pd
