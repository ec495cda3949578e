// Preloaded (LD_PRELOAD) into the tests of a cross build when they run under qemu-user, and
// only there (tests/CMakeLists.txt).
//
// QProcess (Qt's forkfd) starts a child with clone(CLONE_PIDFD) once the probe
// waitid(P_PIDFD, …) answers EBADF, "the kernel knows pidfds". qemu-user 7.2 (Debian 12) hands
// that probe to the kernel but rejects CLONE_PIDFD itself with EINVAL, so no test could start
// a process at all. Answering the probe with ENOSYS, as a kernel without pidfds would, makes
// forkfd fall back to fork(), which qemu emulates. Every other system call goes through.
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

constexpr long kPidfdIdType = 3; // P_PIDFD (Linux 5.4)

// The test's own children (socat, curl, the emulated agent) do not need this library: a
// native program would only warn that it cannot load it.
__attribute__((constructor)) void forgetPreload()
{
    unsetenv("LD_PRELOAD");
}

} // namespace

extern "C" long syscall(long number, ...) noexcept
{
    va_list list;
    va_start(list, number);
    long arguments[6];
    for (long &argument : arguments)
        argument = va_arg(list, long);
    va_end(list);
    if (number == SYS_waitid && arguments[0] == kPidfdIdType) {
        errno = ENOSYS;
        return -1;
    }
    using Syscall = long (*)(long, ...);
    static const auto next = reinterpret_cast<Syscall>(dlsym(RTLD_NEXT, "syscall"));
    return next(
        number, arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[5]);
}
