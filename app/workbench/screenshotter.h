#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

class QSettings;

namespace netlab {

class MainWindow;
class WorkbenchCore;

// `netlab-workbench --screenshot-dir DIR`: stages a small live scene on loopback (a TCP
// echo server and a client talking to it), then renders every tab to DIR/<tab key>.png,
// so the screenshots in the README and the user guide show the current build at work.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(WorkbenchCore *core, const QString &directory, QObject *parent = nullptr);

    // Call before the window exists: starts the servers of the scene and writes the inputs
    // the tabs will show into settings.
    bool stageServers(QSettings *settings);
    // Then, with the window shown: the clients' part of the scene, then the captures.
    void capture(MainWindow *window);

    QStringList writtenFiles() const { return m_written; }

signals:
    void finished(bool ok, const QString &message);

private:
    void captureTabs();
    void stageDevices();
    void stageSensorHistory();
    void stageChat(); // a classmate joins the hosted chat and they exchange a few lines
    // The UDP lab: demo streams to two free loopback ports, both listened to.
    void stageUdp(QSettings *settings);

    WorkbenchCore *m_core = nullptr;
    MainWindow *m_window = nullptr;
    QString m_directory;
    quint16 m_serverPort = 0;
    QStringList m_written;
    bool m_done = false;
    QTemporaryDir m_agentData; // the scene's simulated agent stores its readings here
    QElapsedTimer m_udpClock; // the UDP rates tick once a second: wait for the first ticks
};

} // namespace netlab
