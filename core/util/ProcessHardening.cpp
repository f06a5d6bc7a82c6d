#include "util/ProcessHardening.h"

#include <cstdlib>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
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
    // Everything the program creates without choosing a mode itself (the settings file, the
    // back-off entries, a folder Qt makes) is its user's alone, whatever the login's umask.
    umask(S_IRWXG | S_IRWXO);
    return ok;
}

bool keepTemporaryFilesInMemory()
{
    const char *runtime = std::getenv("XDG_RUNTIME_DIR");
    if (!runtime || runtime[0] != '/')
        return false;
    struct stat info
    {
    };
    if (lstat(runtime, &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != geteuid()
        || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return false;
    return setenv("TMPDIR", runtime, 1) == 0;
}

} // namespace pd
