#pragma once

// A sensor node in software, on the far end of a pseudo-terminal pair, so the serial lab
// works without hardware and the tests have a real serial peer. It speaks the protocol of
// sensornodesession.h: on the start command it streams DATA packets (magic, sequence, time
// in ms since START, displacement x/y/z in metres, roll/pitch/yaw in degrees, encoded with
// the configured struct format) until the stop command or its packet limit; it counts the
// acknowledgements it receives. Faults can be scheduled for tests and demonstrations.
//
// Pseudo-terminals exist on Linux, macOS and the BSDs only (Q_OS_UNIX): elsewhere start()
// fails with a message. Port name: the slave side's path, e.g. /dev/pts/7.

#include "sensornodesession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace netlab {

class SimulatedSensorNode : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        CorruptPacket, // the sequence field and a pad byte overwritten
        DropByte, // one byte inside the packet never sent
        Garbage, // 37 random bytes before the packet
        Silence, // from this packet on, nothing is sent (commands still read)
        Disconnect, // the first half of the packet, then the pty is closed
    };
    Q_ENUM(Fault)

    enum class WriteMode {
        Whole, // one write per packet
        Split, // each packet in 7-byte pieces, one per timer tick
        Burst, // ten packets per write
    };
    Q_ENUM(WriteMode)

    static constexpr qsizetype kMaxPendingOutput = 256 * 1024;

    explicit SimulatedSensorNode(QObject *parent = nullptr);
    ~SimulatedSensorNode() override;

    // Commands, packet size and format as the session uses them (SensorNodeSession's
    // settings; packetCount and timeoutMs are not used).
    bool setSettings(const SensorNodeSettings &settings, QString *error = nullptr);
    // Packets per second (default 100); 0: as fast as the pty takes them.
    void setPacketRate(double perSecond);
    double packetRate() const { return m_rate; }
    // The rate a real line would carry: baud / 10 bits per byte / packet size.
    void setLineRate(qint32 baud);
    void setPacketLimit(int count); // 0 (default): until the stop command
    void setWriteMode(WriteMode mode);
    // The fault happens to the packet with this index (0 = the first after START).
    void scheduleFault(Fault fault, int packetIndex);
    void clearFaults();

    // Opens a new pty pair. false + errorOccurred (and *error) when it cannot.
    bool start(QString *error = nullptr);
    void stop(); // closes the pty: a port open on it sees the device go away
    bool isRunning() const { return m_masterFd >= 0; }
    bool isStreaming() const { return m_streaming; }
    QString portName() const { return m_portName; }

    // Since the last start command.
    quint64 packetsSent() const { return m_packetsSent; }
    quint64 acksReceived() const { return m_acks; }
    quint64 startsReceived() const { return m_starts; }
    quint64 stopsReceived() const { return m_stops; }
    quint64 unknownBytes() const { return m_unknownBytes; }

signals:
    void started(const QString &portName);
    void stopped();
    void streamingChanged(bool streaming);
    void commandReceived(const QByteArray &command);
    void errorOccurred(const QString &message);

private:
    void readCommands();
    void handleCommand(const QByteArray &command);
    void tick();
    QByteArray makePacket(quint64 index);
    void queue(const QByteArray &bytes);
    void flush();
    void setStreaming(bool streaming);
    bool fail(const QString &message, QString *error);

    SensorNodeSettings m_settings;
    StructFormat m_format;
    double m_rate = 100.0;
    int m_limit = 0;
    WriteMode m_writeMode = WriteMode::Whole;
    QList<QPair<int, Fault>> m_faults;

    int m_masterFd = -1;
    int m_slaveFd = -1; // kept open so the master never sees a hang-up between clients
    QString m_portName;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_input;
    QByteArray m_output;
    QByteArray m_splitRest; // Split mode: the rest of the packet being written
    bool m_streaming = false;
    bool m_silent = false;
    quint64 m_index = 0; // packets generated since START
    QElapsedTimer m_clock;
    QRandomGenerator m_random {20240611};
    quint64 m_packetsSent = 0;
    quint64 m_acks = 0;
    quint64 m_starts = 0;
    quint64 m_stops = 0;
    quint64 m_unknownBytes = 0;
};

} // namespace netlab
