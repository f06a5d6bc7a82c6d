#pragma once

#include <QString>

namespace pd {

// The files of a store folder (the keyring, the database, its -wal, -shm and -journal) must be
// ordinary files. A FIFO in their place blocks the first read (and the desk or the command with
// it), a device can be read without end, and a symlink lets whoever may write in the folder
// point the store at a file elsewhere. These two are the one check for all of them.
enum class FileKind {
    Missing, // nothing there (lstat: ENOENT)
    Regular,
    NotRegular, // a symlink (dangling or not), FIFO, socket, device or folder
    Unreadable, // lstat or open failed otherwise (errno in *error)
};

// What stands at path, a final symlink not followed (lstat). Never opens or reads it.
FileKind fileKind(const QString &path, int *error = nullptr);

// Opens path read-only only when it is an ordinary file: lstat first, then open without
// following a link and without blocking (O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC), then fstat must
// show the same ordinary file (it may have been swapped in between). The descriptor, or -1 with
// *kind saying why (never Regular then).
int openRegularFile(const QString &path, FileKind *kind, int *error = nullptr);

} // namespace pd
