#pragma once

#include <QStringList>

namespace pd {

// Keeps key material and decrypted records out of core files: a crash must not leave the
// master key or a tenant's data on disk, and other processes of the same user must not read
// this one's memory. Called first thing in both programs' main.
//  - setrlimit(RLIMIT_CORE, 0), soft and hard limit: no core file, and the process cannot
//    raise the limit again.
//  - Linux: prctl(PR_SET_DUMPABLE, 0): no core dump even through a core_pattern pipe (systemd-
//    coredump), /proc/PID/mem and ptrace attach closed to other processes of the same user.
//    A debugger that starts the program itself still works.
//  - umask(077): files and folders made without an explicit mode (QSettings' file, back-off
//    entries) are private to the user whatever the login's umask.
// Returns false when a step failed (it never throws); the program runs on regardless.
bool hardenProcess();

// Points TMPDIR at the user's runtime folder (XDG_RUNTIME_DIR: a tmpfs in RAM, owned by the user,
// mode 0700, emptied at logout) when there is one, so that what Qt or a library spools through a
// temporary file (a print job on its way to CUPS) never reaches a disk. Only a folder that is a
// real directory owned by this user and closed to everyone else is taken; otherwise TMPDIR stays
// as it is. Call before QCoreApplication exists (QDir::tempPath reads TMPDIR). Returns whether
// it changed TMPDIR.
bool keepTemporaryFilesInMemory();

// When XDG_RUNTIME_DIR is missing or unusable (cron, a root shell, `su`): makes a private one, so
// that Qt neither warns on stderr ("QStandardPaths: XDG_RUNTIME_DIR not set") nor spools into a
// world-readable /tmp on disk. The folder is /dev/shm/privacydesk-UID (RAM), created 0700 and
// taken only when it is a real directory of this user closed to everyone else; when that name
// is taken by someone else, a fresh /dev/shm/privacydesk-UID-XXXXXX; without /dev/shm, nothing
// changes. A usable XDG_RUNTIME_DIR is left alone. Call before QCoreApplication exists, then
// keepTemporaryFilesInMemory(). Returns the folder now in XDG_RUNTIME_DIR (nullptr: none).
// `base` is for tests.
const char *providePrivateRuntimeDir(const char *base = "/dev/shm");

// Removes every environment variable that libpq reads (PGHOST, PGHOSTADDR, PGPORT, PGSERVICE,
// PGSSLMODE, PGPASSFILE, ...: all whose name begins with "PG"), so that only a store's location
// decides where a server store's password goes (with PGHOSTADDR set, a
// postgresql://localhost location would send the password wherever that address listens).
// Called first thing in both programs' main, and by ServerConnection::open before every
// connection. Returns the names removed (for a test; never their values).
QStringList forgetLibpqEnvironment();

} // namespace pd
