#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace netlab {

// The agent's field-debugging commands, for a student who sends a capture with a bug report:
//   netlab-agent record-edges [--count N] [--dht-pin PIN] [--model dht11|dht22] FILE
//       on the Pi: N start pulses through the libgpiod path, the edges seen after each saved
//       to FILE (EdgeCapture's text format); each answer's decoding printed as it comes
//   netlab-agent decode-edges FILE [--model dht11|dht22] [--json]
//       anywhere: every frame of FILE (a recording or a logic-analyzer capture) decoded as the
//       agent would; --json: one object per frame per line
// Exit status: 0 when at least one reading came out, 1 when none did or the file/line failed,
// 2 for a usage error.
class EdgesCommand
{
    Q_DECLARE_TR_FUNCTIONS(netlab::EdgesCommand)

public:
    // arguments[1] names one of the commands.
    static bool handles(const QStringList &arguments);
    static int run(const QStringList &arguments, FILE *out, FILE *err);
};

} // namespace netlab
