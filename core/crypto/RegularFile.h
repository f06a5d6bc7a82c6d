#pragma once

#include <QString>

namespace pd {

// A store's files must be ordinary: a FIFO blocks the first read, a device reads without end, a
// symlink points the store elsewhere.
enum class FileKind {
    Missing, // nothing there (lstat: ENOENT)
    Regular,
    NotRegular, // a symlink (dangling or not), FIFO, socket, device or folder
    Unreadable, // lstat or open failed otherwise (errno in *error)
};

FileKind fileKind(const QString &path, int *error = nullptr);

// lstat, open without following or blocking, then fstat must show the same file (it may have been
// swapped in between).
int openRegularFile(const QString &path, FileKind *kind, int *error = nullptr);

} // namespace pd
