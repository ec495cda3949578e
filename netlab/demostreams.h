#pragma once

// The course's UDP streams without the teacher's hardware: ASCII sensor lines on one port at
// a slow rate and 40-byte drone frames on another at a faster rate, with values that change
// like a real sensor's, sent to loopback or to a broadcast address. Headless (no widgets):
// the workbench's tab, `netlab demo-streams` and the agent use the same class.
//
//   sensor line := "seq=<n> temperature=<°C, 2 decimals> humidity=<%, 1 decimal>
//                   pressure=<hPa, 2 decimals> light=<0..1023>"          (ASCII, no newline)
//   drone frame := struct.pack('<diiiiffff', date, pitch, roll, yaw, battery, barometer,
//                              agx, agy, agz)                                 (40 bytes)

#include <netlab/structformat.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

namespace netlab {

class DemoStreams : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kTextPort = 52001;
    static constexpr quint16 kDronePort = 52002;
    static constexpr double kDefaultTextRate = 2.0; // lines per second
    static constexpr double kDefaultDroneRate = 25.0; // frames per second
    static constexpr double kMaxRate = 100000.0;
    static constexpr int kMaxBurst = 1000; // datagrams per timer turn when catching up

    explicit DemoStreams(QObject *parent = nullptr);
    ~DemoStreams() override;

    // Destination: 127.0.0.1 by default, or a broadcast / unicast / multicast address.
    void setDestination(const QHostAddress &address);
    QHostAddress destination() const { return m_destination; }
    void setTextPort(quint16 port) { m_textPort = port; }
    quint16 textPort() const { return m_textPort; }
    void setDronePort(quint16 port) { m_dronePort = port; }
    quint16 dronePort() const { return m_dronePort; }
    // Datagrams per second; 0 turns that stream off. Clamped to (0, kMaxRate].
    void setTextRate(double perSecond);
    double textRate() const { return m_textRate; }
    void setDroneRate(double perSecond);
    double droneRate() const { return m_droneRate; }
    // Same seed, same values (for tests); by default a random seed.
    void setSeed(quint32 seed) { m_random.seed(seed); }

    // false + errorOccurred() when there is nothing to send to (null address, port 0, both
    // rates 0) or the socket cannot be opened.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }

    qint64 linesSent() const { return m_text.sent; }
    qint64 framesSent() const { return m_drone.sent; }
    qint64 sendErrors() const { return m_sendErrors; }

    // The next sensor line / drone frame (advances the simulated sensors).
    QByteArray nextSensorLine();
    QByteArray nextDroneFrame(double secondsSinceEpoch);

signals:
    void runningChanged(bool running);
    // Once a second while running: totals so far.
    void progress(qint64 linesSent, qint64 framesSent);
    void errorOccurred(const QString &message);

private:
    struct Stream
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 sent = 0; // total
        qint64 sentSinceStart = 0; // for pacing
    };

    void pump(Stream &stream, double rate, quint16 port, bool text);
    void send(const QByteArray &payload, quint16 port);

    QHostAddress m_destination = QHostAddress(QHostAddress::LocalHost);
    quint16 m_textPort = kTextPort;
    quint16 m_dronePort = kDronePort;
    double m_textRate = kDefaultTextRate;
    double m_droneRate = kDefaultDroneRate;
    bool m_running = false;
    qint64 m_sendErrors = 0;
    QString m_lastError;
    QUdpSocket m_socket;
    Stream m_text;
    Stream m_drone;
    QTimer m_progressTimer;
    QRandomGenerator m_random;
    StructFormat m_droneFormat = StructFormat::droneFrame();

    // Simulated sensors.
    qint64 m_lineSeq = 0;
    double m_temperature = 21.5;
    double m_humidity = 45.0;
    double m_pressure = 1013.25;
    double m_phase = 0; // drone attitude oscillation
    double m_yaw = 0;
    double m_battery = 100.0;
};

} // namespace netlab
