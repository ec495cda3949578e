#pragma once

// A real Mosquitto broker for tests: `mosquitto -c <generated config>` on a free loopback
// port (listener 127.0.0.1 PORT, allow_anonymous true), its log kept. kill() ends it at once
// (SIGKILL, like a power cut); start(samePort) brings it back on the same port.

#include <netlab/mqttclient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

namespace netlab::test {

// Options for a client of the test's broker on 127.0.0.1.
inline MqttConnectOptions localOptions(quint16 port, const QString &id = {}, bool clean = true)
{
    MqttConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.clientId = id;
    options.cleanSession = clean;
    options.keepAliveSeconds = 10;
    return options;
}

inline QString mosquittoPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (path.isEmpty()) // Debian installs it in /usr/sbin, not on a user's PATH
        path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

class MosquittoBroker
{
public:
    ~MosquittoBroker() { kill(); }

    // Starts on `port` (0: a free one). False (with log()) when it did not come up.
    // extraConfig: more lines for the generated config (a benchmark's log_type subscribe).
    bool start(quint16 port = 0, const QByteArray &extraConfig = {})
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            quint16 wanted = port;
            if (wanted == 0) {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost, 0))
                    return false;
                wanted = probe.serverPort();
            }
            if (startOn(wanted, extraConfig))
                return true;
            if (port != 0) // the same port again: retry while it is being released
                continue;
        }
        return false;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
        m_log += m_process.readAll();
    }

    quint16 port() const { return m_port; }
    QByteArray log() { return m_log += m_process.readAll(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    bool startOn(quint16 port, const QByteArray &extraConfig)
    {
        const QString config = m_dir.filePath(QStringLiteral("mosquitto.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\nlog_dest stderr\n"
                                  "log_type error\nlog_type warning\nlog_type notice\n"
                                  "log_type information\nmax_queued_messages 100000\n")
                       .arg(port)
                       .toUtf8()
            + extraConfig);
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(mosquittoPath(), {QStringLiteral("-c"), config});
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20'000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_log += m_process.readAll();
            if (m_log.contains(" running")) {
                m_port = port;
                m_log.clear();
                return true;
            }
        }
        kill();
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace netlab::test
