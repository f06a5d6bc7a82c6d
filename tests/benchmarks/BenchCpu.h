#pragma once

// CPU time of this process (user + system) in milliseconds: beside the wall clock, because the
// machine a benchmark runs on is shared and the wall clock also measures the others' load. The
// standard library and POSIX only, so that bench_import_floor (no Qt) shares it too.

#include <sys/resource.h>

namespace pd::bench {

inline double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace pd::bench
