#pragma once

#include <QStringList>

namespace netlab::cli {

// A subcommand of `netlab`. run() receives the arguments after the subcommand's name and
// returns the process exit code: 0 success, 1 runtime failure, 2 bad arguments.
struct Command
{
    const char *name;
    const char *summary; // one line for `netlab --help`
    int (*run)(const QStringList &arguments);
};

// One line per subcommand; each is defined in its own <name>command.cpp.
int runAgent(const QStringList &arguments);
int runChat(const QStringList &arguments);
int runCode(const QStringList &arguments);
int runDemoStreams(const QStringList &arguments);
int runHttp(const QStringList &arguments);
int runHttpServe(const QStringList &arguments);
int runIfaces(const QStringList &arguments);
int runLookup(const QStringList &arguments);
int runMqtt(const QStringList &arguments);
int runPortCheck(const QStringList &arguments);
int runSerial(const QStringList &arguments);
int runSerialNode(const QStringList &arguments);
int runSerialSim(const QStringList &arguments);
int runTcpClient(const QStringList &arguments);
int runTcpServer(const QStringList &arguments);
int runUdpListen(const QStringList &arguments);
int runUdpSend(const QStringList &arguments);

} // namespace netlab::cli
