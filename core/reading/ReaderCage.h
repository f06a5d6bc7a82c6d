#pragma once

namespace pd::reading {

// Locks the reader process in further, once it has started and before it reads a byte of the
// file: a seccomp filter (Linux) that answers EPERM to every system call a reader of a file has
// no use for — network sockets, running programs, tracing or signalling other processes,
// creating, removing, renaming or changing files, opening a file for writing. Reading its
// libraries and fonts, memory, threads and its pipes stay. Should a hostile file ever take over
// the reader through a fault in a parser, it can then neither reach the network nor touch the
// store. Returns whether the filter is in place (no_new_privs is set by the desk before exec).
bool installSyscallFilter();

// What the filter answers, for the reader's self-test: each of a socket, an exec, a file
// opened for writing and a signal to the parent refused (true) or not.
struct FilterProbe
{
    bool socketRefused = false;
    bool execRefused = false;
    bool writeOpenRefused = false;
    bool unlinkRefused = false;
    bool signalRefused = false;
};
FilterProbe probeSyscallFilter();

} // namespace pd::reading
