#pragma once

#include <QStringList>

namespace pd {

// Keeps key material and decrypted records out of core files and other processes' reach. False when
// a step failed; the program runs on regardless.
bool hardenProcess();

// TMPDIR in the user's runtime folder (RAM), so that what a library spools (a print job) never
// reaches a disk. Call before QCoreApplication exists.
bool keepTemporaryFilesInMemory();

// A private runtime folder in RAM when XDG_RUNTIME_DIR is unusable, so that Qt does not spool into
// a world-readable /tmp.
const char *providePrivateRuntimeDir(const char *base = "/dev/shm");

// So that only a store's location decides where a server store's password goes (PGHOSTADDR would
// send it elsewhere). Returns the names, never the values.
QStringList forgetLibpqEnvironment();

} // namespace pd
