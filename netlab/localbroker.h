#pragma once

// A Mosquitto broker for a lab without one: `mosquitto -c <config>` found on PATH (or in
// /usr/sbin, where Debian installs it), on a free loopback port, with a generated config in a
// temporary directory (listener 127.0.0.1 PORT, allow_anonymous true). Asynchronous (no
// waits): started() once its log says it runs, logLine() for each line of its log, stopped()
// when it ends; the destructor stops it, so it never outlives the workbench.

#include <QObject>
#include <QProcess>

#include <memory>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
QT_END_NAMESPACE

namespace netlab {

class LocalBroker : public QObject
{
    Q_OBJECT
public:
    explicit LocalBroker(QObject *parent = nullptr);
    ~LocalBroker() override;

    // The mosquitto executable, or empty when it is not installed.
    static QString executable();
    // Starts on a free loopback port; false + errorOccurred when it cannot.
    bool start();
    void stop();
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }
    bool isReady() const { return m_ready; }
    quint16 port() const { return m_port; }

signals:
    void started(quint16 port);
    void stopped();
    void logLine(const QString &line);
    void errorOccurred(const QString &message);

private:
    void readLog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QByteArray m_pending;
    quint16 m_port = 0;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace netlab
