#pragma once

// Starting the project's own programs (bin/netlab, bin/netlab-agent) from a test.
//
// In a cross build the tests run under an emulator (qemu-user with the target's sysroot,
// CMake's CMAKE_CROSSCOMPILING_EMULATOR), which tests/CMakeLists.txt hands to every test as
// NETLAB_TEST_EMULATOR: a command line split like a shell's (QProcess::splitCommand). The
// programs a test starts are of the target architecture too, so they are started through the
// same emulator. Natively the variable is unset and the program is started as it is.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace netlab::test {

// The emulator command the tests run under (program first), empty when they run natively.
inline QStringList emulator()
{
    return QProcess::splitCommand(qEnvironmentVariable("NETLAB_TEST_EMULATOR"));
}

inline bool underEmulator()
{
    return !emulator().isEmpty();
}

// The command line that runs `program arguments…` here: through the emulator when there is one.
inline QStringList command(const QString &program, const QStringList &arguments = {})
{
    return emulator() + QStringList {program} + arguments;
}

// Sets program and arguments for a later process.start().
inline void setCommand(QProcess &process, const QString &program, const QStringList &arguments)
{
    QStringList line = command(program, arguments);
    process.setProgram(line.takeFirst());
    process.setArguments(line);
}

inline void startProgram(QProcess &process, const QString &program, const QStringList &arguments,
    QIODevice::OpenMode mode = QIODevice::ReadWrite)
{
    setCommand(process, program, arguments);
    process.start(mode);
}

// What a program that ran to its end left: exit code (-1: it did not end in time), its
// standard output and error.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `program arguments…` (through the emulator when there is one) to its end.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    startProgram(process, program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace netlab::test

// Skips the current test when it runs under the emulator; `reason` names what qemu-user lacks.
#define NETLAB_SKIP_UNDER_EMULATOR(reason)                                                         \
    do {                                                                                           \
        if (netlab::test::underEmulator())                                                         \
            QSKIP("qemu-user does not emulate " reason);                                           \
    } while (false)
