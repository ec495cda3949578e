#pragma once

// The real netlab-agent process for end-to-end tests: simulated sensor, a reading every 40 ms,
// on a loopback port.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include "childprocess.h"

namespace netlab::test {

// Starts the agent on a port (0: any) and returns the port it listens on, or 0. extra: more
// options (--mqtt-broker ...).
inline quint16 startAgent(
    QProcess &process, const QString &dataDir, quint16 port = 0, const QStringList &extra = {})
{
    startProgram(process, QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"),
        QStringList {QStringLiteral("--simulate"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--data-dir"), dataDir, QStringLiteral("--sim-min-interval-ms"),
            QStringLiteral("40"), QStringLiteral("--interval"), QStringLiteral("0.04")}
            + extra);
    if (!process.waitForStarted(5000))
        return 0;
    QByteArray output;
    static const QRegularExpression pattern(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10'000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const auto match = pattern.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    return 0;
}

inline void stopAgent(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10'000))
        process.kill();
}

} // namespace netlab::test
