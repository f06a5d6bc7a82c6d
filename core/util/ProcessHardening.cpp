#include "util/ProcessHardening.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

namespace {

// A real directory (not a symlink) of this user, closed to the group and others.
bool isPrivateFolder(const char *path)
{
    if (!path || path[0] != '/')
        return false;
    struct stat info
    {
    };
    return lstat(path, &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == geteuid()
        && (info.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

} // namespace

bool keepTemporaryFilesInMemory()
{
    const char *runtime = std::getenv("XDG_RUNTIME_DIR");
    if (!isPrivateFolder(runtime))
        return false;
    return setenv("TMPDIR", runtime, 1) == 0;
}

const char *providePrivateRuntimeDir(const char *base)
{
    if (const char *given = std::getenv("XDG_RUNTIME_DIR"); isPrivateFolder(given))
        return given;
    if (access(base, W_OK | X_OK) != 0)
        return nullptr;
    static char path[4096];
    const auto uid = static_cast<unsigned>(geteuid());
    if (std::snprintf(path, sizeof path, "%s/privacydesk-%u", base, uid) >= int(sizeof path) - 8)
        return nullptr;
    if (mkdir(path, S_IRWXU) != 0 && errno != EEXIST)
        return nullptr;
    if (!isPrivateFolder(path)) {
        // Someone else's folder, a symlink or an open one under our name: never used. A fresh
        // folder of our own instead (mkdtemp makes it 0700).
        std::snprintf(path, sizeof path, "%s/privacydesk-%u-XXXXXX", base, uid);
        if (!mkdtemp(path) || !isPrivateFolder(path))
            return nullptr;
    }
    if (setenv("XDG_RUNTIME_DIR", path, 1) != 0)
        return nullptr;
    return path;
}

QStringList forgetLibpqEnvironment()
{
    // Names first, then unsetenv: removing entries while walking environ would skip some.
    QStringList names;
    for (char **entry = environ; entry && *entry; ++entry) {
        const char *equals = std::strchr(*entry, '=');
        if (std::strncmp(*entry, "PG", 2) == 0 && equals)
            names << QString::fromLocal8Bit(*entry, equals - *entry);
    }
    for (const QString &name : std::as_const(names))
        unsetenv(name.toLocal8Bit().constData());
    return names;
}

} // namespace pd
