#include "reading/ReaderCage.h"

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

namespace pd::reading {

namespace {

#if defined(__x86_64__)
constexpr unsigned int ownArchitecture = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr unsigned int ownArchitecture = AUDIT_ARCH_AARCH64;
#else
#error "the reader's system-call filter knows x86-64 and AArch64"
#endif

constexpr unsigned int refuse = SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);

sock_filter statement(unsigned short code, unsigned int k)
{
    return BPF_STMT(code, k);
}

sock_filter jump(unsigned short code, unsigned int k, unsigned char ifTrue, unsigned char ifFalse)
{
    return BPF_JUMP(code, k, ifTrue, ifFalse);
}

constexpr unsigned int syscallNumber = offsetof(seccomp_data, nr);
constexpr unsigned int architecture = offsetof(seccomp_data, arch);
constexpr unsigned int lowArgument(int i)
{
    // The low 32 bits of an argument (little-endian): flags and pids fit in them.
    return offsetof(seccomp_data, args) + unsigned(i) * sizeof(__u64);
}

// Refused outright, whatever their arguments.
const std::vector<long> &refusedCalls()
{
    static const std::vector<long> calls
    {
        SYS_socket, SYS_connect, SYS_bind, SYS_listen, SYS_accept, SYS_accept4, SYS_execve,
            SYS_execveat, SYS_ptrace, SYS_process_vm_readv, SYS_process_vm_writev, SYS_unlinkat,
            SYS_renameat, SYS_renameat2, SYS_mkdirat, SYS_linkat, SYS_symlinkat, SYS_fchmodat,
            SYS_fchownat, SYS_truncate, SYS_mknodat, SYS_openat2, SYS_setsid,
#if defined(__x86_64__)
            SYS_unlink, SYS_rename, SYS_mkdir, SYS_rmdir, SYS_link, SYS_symlink, SYS_chmod,
            SYS_chown, SYS_lchown, SYS_creat, SYS_mknod,
#endif
    };
    return calls;
}

} // namespace

bool installSyscallFilter()
{
    const unsigned int self = unsigned(getpid());
    std::vector<sock_filter> program;
    // Another architecture's calls (the x32 or i386 entry) are refused as a whole.
    program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, architecture));
    program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, ownArchitecture, 1, 0));
    program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS));
    program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, syscallNumber));
    for (const long call : refusedCalls()) {
        program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, unsigned(call), 0, 1));
        program.push_back(statement(BPF_RET | BPF_K, refuse));
    }
    // openat(dir, path, flags): only for reading.
    const unsigned int writing = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND;
    program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 0, 4));
    program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, lowArgument(2)));
    program.push_back(jump(BPF_JMP | BPF_JSET | BPF_K, writing, 0, 1));
    program.push_back(statement(BPF_RET | BPF_K, refuse));
    program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
#if defined(__x86_64__)
    // open(path, flags): the same.
    program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, SYS_open, 0, 4));
    program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, lowArgument(1)));
    program.push_back(jump(BPF_JMP | BPF_JSET | BPF_K, writing, 0, 1));
    program.push_back(statement(BPF_RET | BPF_K, refuse));
    program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
#endif
    // kill(pid, ...), tgkill(tgid, ...): only this process itself (abort() raises SIGABRT).
    for (const long call : { long(SYS_kill), long(SYS_tgkill) }) {
        program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, unsigned(call), 0, 4));
        program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, lowArgument(0)));
        program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, self, 0, 1));
        program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
        program.push_back(statement(BPF_RET | BPF_K, refuse));
    }
    program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));

    const sock_fprog filter { static_cast<unsigned short>(program.size()), program.data() };
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return false;
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter) == 0;
}

FilterProbe probeSyscallFilter()
{
    FilterProbe probe;
    errno = 0;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    probe.socketRefused = fd < 0 && errno == EPERM;
    if (fd >= 0)
        ::close(fd);
    char *const arguments[] = { nullptr };
    errno = 0;
    // A program that is not there: without the filter the answer is ENOENT, never a new image.
    probe.execRefused
        = ::execve("/nonexistent/privacydesk-probe", arguments, arguments) < 0 && errno == EPERM;
    errno = 0;
    const int file = ::open("/tmp/privacydesk-reader-probe", O_WRONLY | O_CREAT, 0600);
    probe.writeOpenRefused = file < 0 && errno == EPERM;
    if (file >= 0) {
        ::close(file);
        ::unlink("/tmp/privacydesk-reader-probe");
    }
    errno = 0;
    probe.unlinkRefused = ::unlink("/tmp/privacydesk-reader-probe-none") < 0 && errno == EPERM;
    errno = 0;
    probe.signalRefused = ::kill(getppid(), 0) < 0 && errno == EPERM;
    return probe;
}

} // namespace pd::reading
