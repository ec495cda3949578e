#pragma once

// The sensor-node exchange over a serial link (defaults in brackets):
//
//   host -> node   start command                        ["START\n"]
//   node -> host   DATA packet (see sensornodedecoder.h) [64 bytes]
//   host -> node   acknowledgement, after each good packet ["ACK\n"]
//   ... until packetCount good packets arrived [200] or the user stops ...
//   host -> node   stop command                         ["STOP\n"]
//
// A node that sends nothing for timeoutMs [3000] ends the session with a message; a port
// that closes or fails ends it too. The packets decoded so far are kept in every case.

#include "sensornodedecoder.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>

#include <deque>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace netlab {

class SerialLink;

struct SensorNodeSettings
{
    QByteArray startCommand = QByteArrayLiteral("START\n");
    QByteArray stopCommand = QByteArrayLiteral("STOP\n");
    QByteArray ackCommand = QByteArrayLiteral("ACK\n"); // empty: no acknowledgements
    int packetCount = 200; // 0: until stopped
    int timeoutMs = 3000;
    SensorNodeDecoderConfig decoder;
};

struct SensorNodeCounters
{
    quint64 received = 0; // good packets
    quint64 acknowledged = 0;
    quint64 bad = 0;
    quint64 resyncs = 0;
    quint64 missed = 0; // sequence numbers skipped
    quint64 skippedBytes = 0;
    quint64 timeouts = 0; // over every session of this object
    double packetsPerSecond = 0.0;
};

class SensorNodeSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running };
    Q_ENUM(State)

    static constexpr int kMaxPacketCount = 10'000'000;
    static constexpr qsizetype kMaxStoredPackets = 20000; // oldest dropped beyond
    static constexpr int kMinTimeoutMs = 10;
    static constexpr int kMaxTimeoutMs = 3'600'000;

    explicit SensorNodeSession(SerialLink *link, QObject *parent = nullptr);

    // false + *error when the settings cannot work (also checked by start()).
    bool setSettings(const SensorNodeSettings &settings, QString *error = nullptr);
    const SensorNodeSettings &settings() const { return m_settings; }
    const StructFormat &format() const { return m_decoder.format(); }

    // Clears the packets and counters of the last session, sends the start command.
    // false + errorOccurred when the port is not open or a session runs.
    bool start();
    // Sends the stop command and ends the session (finished(true, …)).
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const std::deque<SensorNodePacket> &packets() const { return m_packets; }
    quint64 droppedPackets() const { return m_droppedPackets; } // beyond kMaxStoredPackets
    SensorNodeCounters counters() const;
    QString lastMessage() const { return m_lastMessage; }

    void clear(); // forgets packets and counters (not while running)

    // CSV (netlab::CsvWriter): a header row (received_ms, then the field names) and one row
    // per stored packet, values as Python prints them, bytes fields as text; text a node sent
    // that would read as a spreadsheet formula is escaped.
    QByteArray csvHeader() const;
    QStringList csvFields(const SensorNodePacket &packet) const;
    QByteArray csvRow(const SensorNodePacket &packet) const;
    bool writeCsv(QIODevice &device, QString *error = nullptr) const;
    bool saveCsv(const QString &path, QString *error = nullptr) const;

signals:
    void stateChanged(netlab::SensorNodeSession::State state);
    void started();
    // One call per read from the port; `first` is the index of the first new packet in
    // packets() (after drops).
    void packetsDecoded(qsizetype first, qsizetype count);
    void packetsDropped(qsizetype count); // the oldest stored packets were dropped
    void packetsCleared();
    void badPacket(const QString &message);
    void countersChanged();
    // ok: the wanted count arrived or the user stopped; else why it ended.
    void finished(bool ok, const QString &message);
    void errorOccurred(const QString &message);

private:
    void handleData(const QByteArray &data);
    void handleSilence();
    void handleLinkClosed(const QString &reason);
    void end(bool ok, const QString &message, bool sendStop);
    void setState(State state);

    SerialLink *m_link = nullptr;
    SensorNodeSettings m_settings;
    SensorNodeDecoder m_decoder;
    State m_state = State::Idle;
    QTimer *m_silenceTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEndMs = -1;
    std::deque<SensorNodePacket> m_packets;
    QList<SensorNodePacket> m_batch;
    QList<SensorNodeDecoder::Issue> m_issues;
    quint64 m_droppedPackets = 0;
    quint64 m_acknowledged = 0;
    quint64 m_timeouts = 0;
    quint64 m_received = 0;
    QString m_lastMessage;
};

} // namespace netlab
