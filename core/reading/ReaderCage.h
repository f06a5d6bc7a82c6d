#pragma once

namespace pd::reading {

// A seccomp filter that refuses every system call a reader has no use for (network, exec, writing
// files, signals), so that a reader taken over by a hostile file can neither reach the network nor
// touch the store.
bool installSyscallFilter();

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
