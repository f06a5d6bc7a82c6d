#include "util/ProcessHardening.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace pd {

bool hardenProcess()
{
    bool ok = true;
    rlimit noCore {};
    noCore.rlim_cur = 0;
    noCore.rlim_max = 0;
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        ok = false;
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
#endif
    return ok;
}

} // namespace pd
